"""What every printed plan tells the patient: how to exercise safely and when to get help.

Our own plain-English wording of the seed leaflet's "when to seek advice" and further-information list
(../shared/seed/inflammatory-back-pain.txt), of CLINICAL.md section 7 (7a red flags, 7b uveitis, 7c
safety-net lines), section 8c (flares) and of the pain-response rule R18 in EXERCISES-OUTLINE.md section 4.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.vocab import normalize_tag


@dataclass(frozen=True)
class Tip:
    """One point of 'how to use this plan': a short heading and a sentence or two."""

    heading: str
    text: str


HOW_TO_USE: tuple[Tip, ...] = (
    Tip("Your exercise cards", "Do the exercises in the order of the cards. Each card shows how to start and"
        " finish, the steps, how much to do, and what to do on a bad day."),
    Tip("Warm up first", "Walk around your home for 5 minutes, or exercise after a warm shower."),
    Tip("Go at your own pace", "Move slowly and smoothly. Never bounce or force a movement. Keep breathing:"
        " do not hold your breath."),
    Tip("Some discomfort is normal", "A gentle stretch or a mild ache is safe. Keep any pain at 4 out of 10"
        " or less. It should settle within 2 hours."),
    Tip("If you are sore the next day", "If pain or stiffness is worse the next morning, do fewer next time,"
        " then build up again slowly."),
    Tip("Little and often", "A few minutes every day helps more than a long session once a week."),
    Tip("On a bad day (a flare)", "Keep moving gently. Do the smaller flare-day amount shown on each"
        " exercise."),
)

# Printed on every exercise card; the full list is on the "Keeping safe" page.
CARD_STOP_LINE = "Stop if you get sharp pain, chest pain, dizziness or are very out of breath."

STOP_RULES: tuple[str, ...] = (
    "sharp or stabbing pain",
    "pain still worse 2 hours after you finish",
    "dizziness or feeling faint",
    "chest pain or a racing heartbeat",
    "unusual shortness of breath",
)


@dataclass(frozen=True)
class AdviceGroup:
    """One boxed group of advice: who to contact (`who` is the short badge), and the reasons to do so."""

    who: str
    heading: str
    reasons: tuple[str, ...]
    emergency: bool = False


SAFETY_NET: tuple[AdviceGroup, ...] = (
    AdviceGroup(
        "999", "Call 999 or go to A&E now if you have",
        (
            "numbness between your legs or around your bottom",
            "new trouble passing urine or controlling your bladder or bowels",
            "new weakness or numbness in both legs",
            "severe chest pain",
        ),
        emergency=True,
    ),
    AdviceGroup(
        "Same day", "Get seen the same day if you have",
        (
            "new or different neck or back pain after a fall or a knock. With a stiff spine, even a small fall"
            " can break a bone: go to A&E.",
            "a red, painful eye, light hurts it, or your sight is blurred: go to eye casualty, not to a routine"
            " GP appointment.",
        ),
        emergency=True,
    ),
    AdviceGroup(
        "111", "Ring NHS 111 today if you have",
        (
            "a joint that suddenly becomes red, hot and swollen",
            "pain with a high temperature, or you feel very unwell",
            "numbness or weakness that is spreading or getting worse",
        ),
    ),
    AdviceGroup(
        "GP", "Contact your GP practice if you have",
        (
            "severe pain that stops you sleeping or doing everyday things",
            "had a serious injury",
            "symptoms that are not getting better with these exercises and your usual self-care",
            "lost weight without trying, or pain every night that rest does not ease",
        ),
    ),
)


@dataclass(frozen=True)
class Charity:
    name: str
    website: str
    about: str


# The seed leaflet's further-information list: NASS for everyone, the others by condition.
NASS = Charity(
    "National Axial Spondyloarthritis Society (NASS)", "nass.co.uk",
    "The UK charity for people with axial spondyloarthritis, including ankylosing spondylitis. It has advice"
    " on living well, exercise and flares, and runs local exercise groups.",
)
CONDITION_CHARITIES: dict[str, Charity] = {
    "psoriasis": Charity(
        "Psoriasis and Psoriatic Arthritis Alliance (PAPAA)", "papaa.org",
        "Information for people with psoriasis or psoriatic arthritis.",
    ),
    "ibd": Charity(
        "Crohn's & Colitis UK", "crohnsandcolitis.org.uk",
        "Information for people with Crohn's disease or colitis.",
    ),
}


def further_information(conditions: Iterable[str]) -> tuple[Charity, ...]:
    """NASS always; the psoriasis and colitis charities only for patients with those conditions."""
    present = {normalize_tag(c) for c in conditions}
    return (NASS, *(charity for tag, charity in CONDITION_CHARITIES.items() if tag in present))

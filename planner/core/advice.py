"""What every printed plan tells the patient: how to exercise safely and when to get help.

Our own plain-English wording of the seed leaflet's "when to seek advice" (../shared/seed/) and the
safety-net lines of CLINICAL.md section 7 (7a red flags, 7b uveitis, 7c safety-net wording), and
of the pain-response rule R18 in EXERCISES-OUTLINE.md section 4.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class AdviceGroup:
    """One boxed group of advice: who to contact, and the reasons to contact them."""

    heading: str
    reasons: tuple[str, ...]


HOW_TO_USE: tuple[str, ...] = (
    "Warm up first. A warm shower or a few minutes of easy walking loosens stiff joints.",
    "Move slowly and smoothly. Never bounce or force a movement.",
    "Breathe normally. Do not hold your breath.",
    "Feeling a gentle stretch or mild discomfort is normal. It should ease within 2 hours.",
    "Keep pain during exercise at 4 out of 10 or less. If pain is worse the next morning, do less next time.",
    "A little every day helps more than a lot once a week.",
    "On a bad day (a flare), do the flare-day amount instead of stopping altogether.",
)

STOP_RULES: tuple[str, ...] = (
    "sharp or stabbing pain",
    "pain that is still worse 2 hours after you finish",
    "dizziness or feeling faint",
    "chest pain, a racing heartbeat or unusual shortness of breath",
)

SAFETY_NET: tuple[AdviceGroup, ...] = (
    AdviceGroup(
        "Call 999 or go to A&E now if you have",
        (
            "numbness between your legs or around your bottom",
            "new trouble controlling your bladder or bowels",
            "new weakness or numbness in both legs",
            "severe chest pain",
        ),
    ),
    AdviceGroup(
        "Get checked the same day if",
        (
            "you have new or different neck or back pain after a fall or knock: with a stiff or fused spine,"
            " even a small fall can break a bone",
            "an eye becomes red and painful, light hurts it, or your sight is blurred: go to eye casualty"
            " or an urgent eye service, not a routine GP appointment",
        ),
    ),
    AdviceGroup(
        "Ring NHS 111 if",
        (
            "a joint suddenly becomes red, hot and swollen",
            "you have painful joints with a high temperature or feel very unwell",
        ),
    ),
    AdviceGroup(
        "Contact your GP practice if",
        (
            "your pain is severe and stops you sleeping or doing everyday things",
            "you have had a serious injury",
            "your symptoms are not getting better with these exercises and your usual self-care",
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
    "The UK charity for people with axial spondyloarthritis, including ankylosing spondylitis.",
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
    present = set(conditions)
    return (NASS, *(charity for tag, charity in CONDITION_CHARITIES.items() if tag in present))

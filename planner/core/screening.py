"""Safety screening: the ASAS inflammatory back pain criteria, the red flags and the uveitis warning."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.core.errors import Problem, ValidationError

# Section numbers refer to ../shared/clinical/CLINICAL.md, which carries the full references.


@dataclass(frozen=True)
class IbpItem:
    id: str
    question: str


# §1a ASAS experts' criteria — Sieper J, et al. Ann Rheum Dis 2009;68:784–788. They apply only to back
# pain of 3 months or longer; they are a screening aid, never a diagnosis.
IBP_ASAS_ITEMS: tuple[IbpItem, ...] = (
    IbpItem("onset_before_40", "Did your back pain start before you were 40?"),
    IbpItem("insidious_onset", "Did it come on slowly, rather than all of a sudden?"),
    IbpItem("improves_with_exercise", "Does it get better when you exercise?"),
    IbpItem("no_improvement_with_rest", "Does it stay the same, or get worse, when you rest?"),
    IbpItem("night_pain", "Do you have pain at night that eases once you get up?"),
)
IBP_ASAS_MIN_ITEMS = 4   # §1a: at least 4 of the 5


@dataclass(frozen=True)
class IbpResult:
    met: bool
    count: int
    items: tuple[str, ...]   # the ids answered yes, in criteria order


def ibp_answer_problems(field: str, answers: object) -> list[Problem]:
    """Problems with a set of IBP answers: all five, each true or false, nothing else."""
    known = [item.id for item in IBP_ASAS_ITEMS]
    if not isinstance(answers, Mapping):
        return [Problem(field, f"must be an object with true or false for each of: {', '.join(known)}")]
    problems = [Problem(f"{field}.{key}", f"unknown item (allowed: {', '.join(known)})")
                for key in answers if key not in known]
    for key in known:
        if key not in answers or answers[key] is None:
            problems.append(Problem(f"{field}.{key}", "missing (needs true or false; all 5 are needed)"))
        elif not isinstance(answers[key], bool):
            problems.append(Problem(f"{field}.{key}", "must be true or false"))
    return problems


def assess_ibp_asas(answers: Mapping[str, bool]) -> IbpResult:
    """Count the ASAS IBP items present; IBP criteria met with 4 or more of 5 (§1a)."""
    problems = ibp_answer_problems("ibp", answers)
    if problems:
        raise ValidationError(problems)
    items = tuple(item.id for item in IBP_ASAS_ITEMS if answers[item.id])
    return IbpResult(met=len(items) >= IBP_ASAS_MIN_ITEMS, count=len(items), items=items)


@dataclass(frozen=True)
class RedFlag:
    id: str
    category: str
    question: str   # asked by the therapist, in plain words
    urgency: str    # a key of URGENCY_LABELS
    action: str     # what to do when the answer is yes


URGENCY_LABELS: dict[str, str] = {
    "999": "Emergency: call 999 or go to A&E now",
    "same_day": "Same-day emergency assessment",
    "eye_same_day": "Eye casualty the same day",
    "urgent": "Urgent medical review",
    "gp": "Medical review by the GP or rheumatology team",
    "risk_factor": "Risk factor: no referral on its own; take other flags more seriously",
}
# Most pressing first; these are the levels that stop the plan and need urgent referral.
URGENT_LEVELS: tuple[str, ...] = ("999", "same_day", "eye_same_day", "urgent")

CATEGORY_LABELS: dict[str, str] = {
    "cauda_equina": "Cauda equina syndrome",
    "spinal_fracture": "Spinal fracture",
    "cancer": "Cancer",
    "infection": "Infection",
    "neurology": "Progressive neurological signs",
    "chest_heart": "Chest or heart",
    "eye": "Uveitis (eye inflammation)",
    "disease_course": "Change in the course of the disease",
}

_CAUDA_EQUINA = "Emergency: send to A&E now or call 999. Do not start the plan."
_FRACTURE = ("Same-day emergency assessment. Stop exercise. A plain X-ray can miss these fractures: "
             "CT or MRI is needed.")
_CANCER = "Urgent medical review by the GP or rheumatology team before starting the plan."
_INFECTION = "Urgent medical review the same day. Do not start the plan."

# §7a red flags (NICE CKS low back pain and NG59; ASAS-EULAR 2022; Eur Spine J 2011;20:403–407),
# §7b uveitis (LSCFT axSpA leaflet) and §7c hot swollen joint (NHS arthritis advice; seed leaflet).
# Risk factors (long-term steroids, immunosuppression) lower the threshold but are not referrals alone:
# many people with axSpA take biologics, and §7d says to keep exercising on them.
RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag("saddle_numbness", "cauda_equina",
            "Any numbness or strange feeling between your legs, around your bottom or genitals?",
            "999", _CAUDA_EQUINA),
    RedFlag("bladder_bowel_change", "cauda_equina",
            "Any new trouble passing urine, or any loss of bladder or bowel control?", "999", _CAUDA_EQUINA),
    RedFlag("new_sexual_dysfunction", "cauda_equina",
            "Any new problem with sexual function?", "999", _CAUDA_EQUINA),
    RedFlag("both_legs_symptoms", "cauda_equina",
            "Pain, numbness or weakness in both legs, or leg weakness that is getting worse?",
            "999", _CAUDA_EQUINA),
    RedFlag("new_spinal_pain_after_trauma", "spinal_fracture",
            "New or different pain in your spine or neck after a fall, knock or jolt, even a small one?",
            "same_day", _FRACTURE),
    RedFlag("osteoporosis_or_long_term_steroids", "spinal_fracture",
            "Do you have osteoporosis, or have you taken steroid tablets for a long time?",
            "risk_factor", "Treat any new spinal pain after a fall or knock as a possible fracture."),
    RedFlag("history_of_cancer", "cancer", "Have you ever had cancer?", "urgent", _CANCER),
    RedFlag("unexplained_weight_loss", "cancer",
            "Have you lost weight without trying?", "urgent", _CANCER),
    RedFlag("new_pain_over_50", "cancer",
            "Are you over 50, with back pain that is new?", "urgent", _CANCER),
    RedFlag("constant_pain_not_eased", "cancer",
            "Is the pain there all the time, not eased by rest or changing position, even at night?",
            "urgent", _CANCER),
    RedFlag("thoracic_pain", "cancer",
            "Do you have new pain in the middle of your back, unlike your usual pain?", "urgent", _CANCER),
    RedFlag("fever_or_unwell", "infection",
            "Do you have a fever or sweats, or feel generally unwell, with the back pain?",
            "same_day", _INFECTION),
    RedFlag("immunosuppressed", "infection",
            "Do you take a biologic (such as anti-TNF or IL-17), steroids or other drugs that lower "
            "your immunity?",
            "risk_factor",
            "Keep exercising; take any fever or feeling unwell seriously and refer the same day."),
    RedFlag("intravenous_drug_use", "infection",
            "Do you inject drugs, or have you in the past?", "same_day", _INFECTION),
    RedFlag("recent_infection_or_spinal_procedure", "infection",
            "Have you recently had an infection, or an operation or injection in your spine?",
            "same_day", _INFECTION),
    RedFlag("hot_swollen_joint", "infection",
            "Has a joint suddenly become red, hot and swollen?",
            "urgent", "Call NHS 111 or get an urgent GP appointment today."),
    RedFlag("progressive_neurology", "neurology",
            "Is numbness or weakness spreading, or are you getting clumsy or walking differently?",
            "urgent", "Urgent medical review before starting the plan."),
    RedFlag("severe_chest_pain", "chest_heart",
            "Do you have severe chest pain now?", "999", "Call 999. Stop exercise."),
    RedFlag("cardiac_symptoms_on_exertion", "chest_heart",
            "Do you get chest pain, unusual breathlessness, a racing or uneven heartbeat, or faint, "
            "especially when active?",
            "urgent", "Stop exercise and seek medical advice before starting the plan."),
    RedFlag("uveitis_symptoms", "eye",
            "Is one of your eyes red and painful, sensitive to light, or blurred?",
            "eye_same_day",
            "Same-day (within 24 hours) assessment at eye casualty or an urgent optician service, "
            "not a routine GP appointment."),
    RedFlag("marked_change_in_disease", "disease_course",
            "Has your condition changed a lot recently, in a way unlike your usual flares?",
            "gp", "Ask the GP or rheumatology team to look for causes other than inflammation, such as "
                  "a spinal fracture, including imaging."),
)
RED_FLAGS_BY_ID: dict[str, RedFlag] = {flag.id: flag for flag in RED_FLAGS}

# §7b: the eye warning goes on every plan, whether or not the flag is positive.
UVEITIS_WARNING = RED_FLAGS_BY_ID["uveitis_symptoms"]


def unknown_red_flags(ids: Iterable[str]) -> list[str]:
    return [flag_id for flag_id in ids if flag_id not in RED_FLAGS_BY_ID]


def urgent_flags(positive_ids: Iterable[str]) -> tuple[RedFlag, ...]:
    """The positive flags that need urgent referral, most pressing first, then in table order."""
    ids = set(positive_ids)
    unknown = unknown_red_flags(sorted(ids))
    if unknown:
        raise ValidationError(Problem("red_flags", f"unknown red flag '{flag_id}'") for flag_id in unknown)
    flags = [flag for flag in RED_FLAGS if flag.id in ids and flag.urgency in URGENT_LEVELS]
    return tuple(sorted(flags, key=lambda flag: URGENT_LEVELS.index(flag.urgency)))

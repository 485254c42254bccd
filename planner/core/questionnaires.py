"""What the assessment form asks, in the app's own paraphrase of CLINICAL.md, and its fixed choices."""

from __future__ import annotations

from dataclasses import dataclass

# BASDAI, about the past week; 0 = none, 10 = very severe (CLINICAL.md section 2, Garrett 1994).
BASDAI_QUESTIONS: tuple[str, ...] = (
    "How would you rate your overall tiredness (fatigue)?",
    "How would you rate your overall neck, back or hip pain from your condition?",
    "How would you rate the overall pain or swelling in joints other than your neck, back or hips?",
    "How would you rate the overall discomfort from any areas that hurt when touched or pressed?",
    "How bad is your morning stiffness, from the time you wake up?",
    "How long does your morning stiffness last from the time you wake up? (0 = none, 10 = 2 hours or more)",
)
BASDAI_ANCHORS = ("none", "very severe")

# BASFI, about the past week; 0 = easy, 10 = impossible (CLINICAL.md section 3, Calin 1994).
# Items 1–8 are everyday tasks, 9–10 coping with the day; the wording is the app's own.
BASFI_QUESTIONS: tuple[str, ...] = (
    "Pulling on your socks or tights, with no help and no gadgets",
    "Bending forward from the waist to pick a pen off the floor, with no gadget",
    "Reaching up to a high shelf, with no help and no gadgets",
    "Getting up from a dining chair without arms, without using your hands or any help",
    "Getting up from lying on your back on the floor, with no help",
    "Standing on your own for 10 minutes without it becoming uncomfortable",
    "Going up 12 to 15 stairs one foot per step, without the handrail or a walking aid",
    "Looking over your shoulder without turning your body",
    "Doing physically hard things, such as your exercises, gardening or sport",
    "Getting through a whole day's activities, at home or at work",
)
BASFI_ANCHORS = ("easy", "impossible")

# BAS-G: how the condition has affected well-being; 0 = very good, 10 = very bad (CLINICAL.md section 4).
BAS_G_QUESTIONS: tuple[str, ...] = (
    "Over the past week, how has your condition affected how well you feel?",
    "Over the past 6 months, how has your condition affected how well you feel?",
)
BAS_G_ANCHORS = ("very good", "very bad")

# ASAS patient global for ASDAS (CLINICAL.md sections 4 and 6a): not the same question as BAS-G.
PATIENT_GLOBAL_QUESTION = "How active has your spondylitis been, on average, over the past week?"
PATIENT_GLOBAL_ANCHORS = ("not active", "very active")

FATIGUE_QUESTION = "How tired do you usually feel these days?"
FATIGUE_ANCHORS = ("not tired", "exhausted")


@dataclass(frozen=True)
class MeasurementHow:
    key: str            # the BASMI key of planner.core.scoring.BASMI_ITEMS, or "chest_expansion_cm"
    how: str            # how to measure, for the therapist


# BASMI technique paraphrased from CLINICAL.md section 5a (Jenkinson 1994; ASAS handbook 2009).
# Chest expansion follows the ASAS handbook (2009) description; CLINICAL.md does not detail it.
MEASUREMENT_HOW: dict[str, str] = {
    "tragus_to_wall_cm": "Heels and buttocks against the wall, knees straight, chin in, head back as far "
                         "as it goes. Measure from the ear's tragus to the wall, each side.",
    "lumbar_side_flexion_cm": "Standing straight, slide the fingertips down the side of the thigh without "
                              "bending forward or bending the knees. Record how far the fingertip moved.",
    "modified_schober_cm": "Mark the level of the dimples of the low back, 10 cm above and 5 cm below. Bend "
                           "fully forward, knees straight. Record the increase over 15 cm, not the tape reading.",
    "intermalleolar_cm": "Lying, legs apart as wide as they go, knees straight and toes up. Measure between "
                         "the inner ankle bones.",
    "cervical_rotation_deg": "Goniometer on the forehead, lying on the back: turn the head as far as it goes "
                             "to each side.",
    "chest_expansion_cm": "Hands on the head; measure round the chest at the 4th rib space at full breath in "
                          "and full breath out. Record the difference (best of two tries).",
}
SCHOBER_CHECK_ABOVE_CM = 10.0   # CLINICAL.md 5a: an increase above about 10 cm is implausible; ask to check

# History choices: (stored key, shown text). The first of each is "not recorded" and is not stored.
DIAGNOSES: tuple[tuple[str, str], ...] = (
    ("", "Not recorded"),
    ("axspa", "Axial spondyloarthritis (non-radiographic)"),
    ("as", "Ankylosing spondylitis (radiographic axSpA)"),
    ("psa", "Related to psoriasis (psoriatic arthritis)"),
    ("ibd", "Related to Crohn's disease or colitis"),
    ("suspected", "Suspected, not yet diagnosed"),
)
NIGHT_PAIN: tuple[tuple[str, str], ...] = (
    ("", "Not recorded"),
    ("none", "No night pain"),
    ("eases_on_rising", "Wakes with pain that eases on getting up"),
    ("constant", "Pain at night that does not ease (check red flags)"),
)
RESPONSES: tuple[tuple[str, str], ...] = (
    ("", "Not recorded"),
    ("better", "Better"),
    ("no_change", "No change"),
    ("worse", "Worse"),
)
SLEEP: tuple[tuple[str, str], ...] = (
    ("", "Not recorded"),
    ("good", "Sleeps well"),
    ("sometimes_woken", "Sometimes woken by pain"),
    ("mostly_woken", "Woken by pain most nights"),
    ("poor_other", "Poor sleep for other reasons"),
)
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "diagnosis": DIAGNOSES, "night_pain": NIGHT_PAIN, "exercise_response": RESPONSES,
    "rest_response": RESPONSES, "sleep": SLEEP,
}

# Free-text history fields: (key, label, example shown in the empty field).
HISTORY_TEXTS: tuple[tuple[str, str, str], ...] = (
    ("pain_pattern", "Pattern of pain", "e.g. low back and buttocks, alternating sides, worst early morning"),
    ("work", "Work and activities", "e.g. desk job 4 days a week; swims on Saturdays"),
    ("medication", "Medication", "e.g. naproxen 500 mg twice a day; adalimumab every 2 weeks"),
    ("family_history", "Family history", "e.g. father has AS; sister has psoriasis"),
)
MAX_HISTORY_TEXT = 500
AGE_RANGE_YEARS: tuple[float, float] = (0.0, 110.0)
DURATION_RANGE_YEARS: tuple[float, float] = (0.0, 100.0)
MAX_GOALS = 5

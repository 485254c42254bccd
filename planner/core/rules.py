"""The tailoring rules as a table: each row reads the findings and says what the plan should favour.

Rows carry their id from ../shared/clinical/EXERCISES-OUTLINE.md section 4 (R1–R18) and the source keys
of section 5. The outline's thresholds are suggestions for the physiotherapist to confirm; where a number
here is a project choice rather than a source's, the comment says so. R14 (biologic therapy) has no row:
the assessment contract records no treatment, and its advice (keep exercising) changes nothing chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from planner.core import scoring
from planner.core.findings import Findings
from planner.core.goal_words import goal_activities, goal_targets
from planner.core.vocab import CONDITION_LABELS

# ---- Thresholds ----
CHEST_EXPANSION_REDUCED_CM = 2.5     # R2: "< 2.5 cm at the 4th intercostal space"
MORNING_STIFFNESS_LONG_MINUTES = 30  # R13: "morning stiffness > 30 min"
FATIGUE_MARKED = 6.0                 # R9 "marked fatigue": project choice on the 0–10 scale (BASDAI Q1)
BASFI_LOW_FUNCTION = 4.0             # R11 "low function (BASFI high)": project choice, BASDAI's cut-off of 4
# R3, R4, R5, R8: a BASMI measurement counts as reduced when it leaves the mild band of the 3-point BASMI
# (CLINICAL.md §5c; Jenkinson 1994; ASAS handbook Table 7): tragus ≥ 15 cm, side flexion ≤ 10 cm,
# Schober ≤ 4 cm, intermalleolar ≤ 100 cm, cervical rotation ≤ 70°.
_BASMI = {item.key: item for item in scoring.BASMI_ITEMS}

# The categories a balanced programme includes (CLINICAL.md §8a: NICE NG65/QS170 stretching, strengthening,
# deep breathing, range of movement and aerobic exercise; Millner 2016; EULAR 2018's four domains).
BALANCED_CATEGORIES: tuple[str, ...] = ("mobility", "stretch", "strength", "breathing", "aerobic")
# CLINICAL.md §8c: the flare version is mobility and breathing; R1 adds relaxation.
FLARE_CATEGORIES: tuple[str, ...] = ("mobility", "breathing", "relaxation")

CATEGORY_GUIDANCE: dict[str, str] = {
    "mobility": "daily spinal and joint mobility",
    "stretch": "daily stretching",
    "strength": "strengthening on 2 or 3 days a week",
    "posture": "daily posture work",
    "breathing": "daily deep breathing for the rib cage",
    "aerobic": "aerobic activity building to 150 minutes a week",
    "balance": "balance work to prevent falls",
    "relaxation": "relaxation for pain and tiredness",
}

TARGET_WORDS: dict[str, str] = {
    "neck-rotation": "neck turning", "neck-side-flexion": "neck side tilting",
    "neck-retraction": "drawing the head back", "neck-flexion-extension": "neck nodding",
    "thoracic-extension": "upper-back extension", "thoracic-rotation": "upper-back turning",
    "thoracic-side-flexion": "side bending", "lumbar-flexion": "low-back bending",
    "lumbar-extension": "low-back extension", "lumbar-side-flexion": "low-back side bending",
    "lumbar-rotation": "low-back turning", "chest-expansion": "rib-cage expansion",
    "breathing-control": "breathing control", "posture-kyphosis": "posture", "posture-awareness": "posture habits",
    "morning-stiffness": "loosening stiffness", "hip-extension": "hip extension", "hip-flexion": "hip bending",
    "hip-rotation": "hip rotation", "hip-abduction": "hip movement to the side", "hamstring-length": "hamstrings",
    "hip-flexor-length": "front-of-hip length", "quadriceps-length": "front-of-thigh length",
    "calf-length": "calf length", "achilles": "the Achilles tendon", "plantar-fascia": "the sole of the foot",
    "hamstring-enthesitis": "the hamstring attachment", "shoulder-flexion": "reaching overhead",
    "shoulder-retraction": "drawing the shoulders back", "pectoral-length": "chest stretch",
    "scapular-control": "shoulder-blade control", "core-stability": "trunk stability",
    "back-extensor-strength": "back muscle strength", "gluteal-strength": "buttock strength",
    "leg-strength": "leg strength", "upper-body-strength": "arm and shoulder strength", "balance": "balance",
    "falls-prevention": "preventing falls", "cardio-fitness": "fitness", "fatigue": "energy",
    "pain-relief": "pain relief", "relaxation": "relaxation", "sleep": "sleep", "bone-health": "bone strength",
}

_FLOOR_HARD = {"four-point-kneeling": 2.0, "kneeling": 2.0, "lying-prone": 0.6, "side-lying": 0.3}


@dataclass(frozen=True)
class Hit:
    """What one rule asks of the plan for this patient.

    boosts: target tag -> weight; exercises: exercise id -> weight (named in the outline);
    categories: categories the plan should include; avoid_positions: position -> score penalty;
    max_level / max_items / max_minutes: limits on what is suggested; flare_dosing: use flare doses.
    """

    rule: str
    finding: str
    boosts: Mapping[str, float] = field(default_factory=dict)
    exercises: Mapping[str, float] = field(default_factory=dict)
    categories: tuple[str, ...] = ()
    sets_expected: bool = False        # the categories replace the balanced set (flare)
    prefer_categories: Mapping[str, float] = field(default_factory=dict)
    avoid_positions: Mapping[str, float] = field(default_factory=dict)
    level_penalty: float = 0.0         # per level above 1
    max_level: int | None = None
    max_items: int | None = None
    max_minutes: float | None = None
    flare_dosing: bool = False
    aim: str = ""                      # replaces the target words in reasons, when set
    exercise_aims: Mapping[str, str] = field(default_factory=dict)   # words for exercises named directly
    advice: str = ""
    in_reasons: bool = True


@dataclass(frozen=True)
class Rule:
    id: str
    finding: str
    action: str
    sources: tuple[str, ...]           # keys of EXERCISES-OUTLINE.md section 5 (vocab.EVIDENCE_SOURCES)
    fire: Callable[[Findings], list[Hit]]
    source_note: str = ""              # a source without a key, as the outline words it


def _reduced(key: str, value: float | None) -> bool:
    if value is None:
        return False
    item = _BASMI[key]
    value = scoring.comparable(value)
    return value >= item.band_mild if item.worse_when_larger else value <= item.band_mild


def _n(value: float) -> str:
    return scoring.format_one_decimal(value).removesuffix(".0")


def _has(f: Findings, *conditions: str) -> list[str]:
    return [c for c in conditions if c in f.conditions]


def _labels(conditions: list[str]) -> str:
    return " and ".join(CONDITION_LABELS.get(c, c) for c in conditions)


def _base(f: Findings) -> list[Hit]:
    # Everyone: spinal mobility first, with extension and posture (Millner 2016; NICE QS170 statement 3).
    return [Hit("G1", "AxSpA home programme", boosts={
        "thoracic-rotation": 0.5, "thoracic-extension": 0.5, "lumbar-flexion": 0.3, "lumbar-extension": 0.3,
        "lumbar-rotation": 0.3, "neck-rotation": 0.3, "posture-kyphosis": 0.4, "chest-expansion": 0.3,
        "hip-flexor-length": 0.3, "hip-extension": 0.3, "gluteal-strength": 0.3, "leg-strength": 0.2,
        "cardio-fitness": 0.4, "breathing-control": 0.2, "morning-stiffness": 0.2, "neck-retraction": 0.2,
    }, categories=BALANCED_CATEGORIES, level_penalty=0.25, max_level=3, max_items=10, max_minutes=20.0,
        in_reasons=False)]


def _r1(f: Findings) -> list[Hit]:
    if not f.flare:
        if f.basdai is None or not scoring.basdai_active(f.basdai):
            return []
        # R1 note: raised activity alone is no reason to hold back (Sveaas 2020 trained people with active disease).
        return [Hit("R1", f"BASDAI {_n(f.basdai)}: active disease, no flare recorded", in_reasons=False,
                    advice=f"BASDAI {_n(f.basdai)} shows active disease but no flare is recorded, so the usual "
                           "doses are kept. Record a flare if symptoms are worse than usual.")]
    return [Hit("R1", f.flare_reason, boosts={"morning-stiffness": 0.4, "pain-relief": 0.5, "relaxation": 0.4,
                                              "breathing-control": 0.5},
                categories=FLARE_CATEGORIES, sets_expected=True,
                prefer_categories={"mobility": 0.4, "breathing": 0.4, "relaxation": 0.3, "strength": -1.0},
                level_penalty=0.6, max_level=2, max_items=8, max_minutes=15.0, flare_dosing=True,
                aim="gentle daily movement at the flare-day dose",
                advice="Flare: every dose is the flare-day dose, and exercises without one are left out. Keep "
                       "moving every day; step back up to the usual doses over 1 to 2 weeks as it settles. "
                       "Contact the rheumatology team if it is severe or not settling.")]


def _r2(f: Findings) -> list[Hit]:
    if f.chest_expansion_cm is None or f.chest_expansion_cm >= CHEST_EXPANSION_REDUCED_CM:
        return []
    return [Hit("R2", f"Chest expansion {_n(f.chest_expansion_cm)} cm", boosts={
        "chest-expansion": 1.5, "breathing-control": 0.8, "thoracic-extension": 0.7, "pectoral-length": 0.6,
        "cardio-fitness": 0.4}, categories=("breathing", "aerobic"))]


def _r3(f: Findings) -> list[Hit]:
    raised = _reduced("tragus_to_wall_cm", f.tragus_to_wall_cm)
    stoop = _has(f, "kyphosis-severe")
    if not raised and not stoop:
        return []
    finding = f"Tragus-to-wall {_n(f.tragus_to_wall_cm)} cm" if raised else "Severe stoop"
    return [Hit("R3", finding, boosts={
        "posture-kyphosis": 1.3, "thoracic-extension": 1.0, "neck-retraction": 0.9, "pectoral-length": 0.6,
        "back-extensor-strength": 0.7, "posture-awareness": 0.4}, exercises={"prone-lying": 0.8},
        exercise_aims={"prone-lying": "lying face down every day"}, categories=("posture",),
        # Someone who cannot lie flat needs pillows for every lying exercise: favour sitting and standing.
        avoid_positions={"lying-supine": 0.6, "lying-prone": 0.6} if stoop else {})]


def _r4(f: Findings) -> list[Hit]:
    if not _reduced("cervical_rotation_deg", f.cervical_rotation_deg):
        return []
    return [Hit("R4", f"Cervical rotation {_n(f.cervical_rotation_deg)}°",
                boosts={"neck-rotation": 1.6, "thoracic-rotation": 0.6, "neck-side-flexion": 0.3})]


def _r5(f: Findings) -> list[Hit]:
    side = _reduced("lumbar_side_flexion_cm", f.lumbar_side_flexion_cm)
    schober = _reduced("modified_schober_cm", f.modified_schober_cm)
    if not side and not schober:
        return []
    parts = ([f"Lumbar side flexion {_n(f.lumbar_side_flexion_cm)} cm"] if side else []) + \
            ([f"modified Schober {_n(f.modified_schober_cm)} cm"] if schober else [])
    boosts = {"lumbar-rotation": 0.6, "lumbar-extension": 0.4}
    if side:
        boosts |= {"lumbar-side-flexion": 1.2, "thoracic-side-flexion": 0.5}
    if schober:
        boosts |= {"lumbar-flexion": 1.0}
    finding = " and ".join(parts)
    return [Hit("R5", finding[:1].upper() + finding[1:], boosts=boosts)]


def _r6(f: Findings) -> list[Hit]:
    kinds = _has(f, "enthesitis-achilles", "enthesitis-plantar")
    if not kinds:
        return []
    heels = sorted(set(f.achilles_sides) | set(f.plantar_sides))
    tender = f", {' and '.join(heels)} heel tender" if heels else ""
    return [Hit("R6", f"{_labels(kinds)}{tender}", boosts={"calf-length": 0.8, "achilles": 0.6,
                                                          "plantar-fascia": 0.6},
                exercises={"cycling": 0.9, "swimming": 0.6, "water-walking": 0.6}, categories=("aerobic",),
                aim="low-impact activity that spares the heel",
                advice="Heel enthesitis: gentle calf stretches help but carry the heel caution, so add them "
                       "with a reason if the heel allows. Move the ankle for a minute before standing after "
                       "rest; no jumping.")]


def _r7(f: Findings) -> list[Hit]:
    found = _has(f, "osteoporosis", "spinal-fusion")
    if not found:
        return []
    advice = []
    if "osteoporosis" in found:
        advice.append("Osteoporosis: no loaded or forced forward bending, no twisting under load, no high impact.")
    if "spinal-fusion" in found:
        advice.append("Fused spine: never force the end of the range; new spinal pain after even a minor fall "
                      "needs same-day emergency assessment.")
    return [Hit("R7", _labels(found), boosts={
        "back-extensor-strength": 1.0, "posture-kyphosis": 0.6, "posture-awareness": 0.6, "leg-strength": 0.8,
        "bone-health": 0.8, "balance": 0.6, "falls-prevention": 1.0, "scapular-control": 0.4},
        categories=("strength", "balance", "posture"), level_penalty=0.3,
        avoid_positions=_FLOOR_HARD if "spinal-fusion" in found else {}, advice=" ".join(advice))]


def _r8(f: Findings) -> list[Hit]:
    reduced = _reduced("intermalleolar_cm", f.intermalleolar_cm)
    replaced = _has(f, "hip-replacement")
    if not reduced and not replaced:
        return []
    finding = " and ".join(([f"Intermalleolar distance {_n(f.intermalleolar_cm)} cm"] if reduced else [])
                           + (["hip replacement"] if replaced else []))
    return [Hit("R8", finding[:1].upper() + finding[1:], boosts={
        "hip-extension": 1.0, "hip-flexor-length": 1.0, "gluteal-strength": 1.0, "hip-rotation": 0.8,
        "hip-abduction": 0.8}, exercises={"cycling": 0.5, "prone-lying": 0.6},
        exercise_aims={"cycling": "low-impact activity for the hips"},
        advice="Hip replacement: check each hip exercise against the surgeon's precautions "
               "(no bending past 90°, no crossing the midline)." if replaced else "")]


def _r9(f: Findings) -> list[Hit]:
    if f.fatigue is None or f.fatigue < FATIGUE_MARKED:
        return []
    return [Hit("R9", f"Fatigue {_n(f.fatigue)}/10", boosts={"fatigue": 0.8, "relaxation": 0.5,
                                                              "cardio-fitness": 0.3},
                categories=("relaxation",), max_items=7, max_minutes=12.0,
                advice="Fatigue: split the exercises into 2 or 3 short blocks across the day; doing a little "
                       "every day matters more than doing a lot.")]


def _r10(f: Findings) -> list[Hit]:
    if not _has(f, "cardiovascular"):
        return []
    return [Hit("R10", "Heart or circulation disease", exercises={"walking": 0.6, "cycling": 0.4},
                categories=("aerobic",), aim="moderate aerobic activity",
                advice="Heart or circulation disease: moderate effort only (able to talk); intervals only "
                       "after medical clearance. Stop for chest pain, palpitations or faintness.")]


def _r11(f: Findings) -> list[Hit]:
    if f.basfi is None or scoring.comparable(f.basfi) < BASFI_LOW_FUNCTION:
        return []
    return [Hit("R11", f"BASFI {_n(f.basfi)}", boosts={
        "leg-strength": 1.0, "gluteal-strength": 0.8, "core-stability": 0.6, "upper-body-strength": 0.6,
        "back-extensor-strength": 0.6}, categories=("strength",))]


def _r12(f: Findings) -> list[Hit]:
    found = _has(f, "balance-impaired", "high-fall-risk", "spinal-fusion")
    if not found:
        return []
    return [Hit("R12", _labels(found), boosts={"balance": 1.2, "falls-prevention": 1.2, "leg-strength": 0.5},
                categories=("balance",), avoid_positions=_FLOOR_HARD,
                advice="Falls: balance work next to a worktop or sturdy chair; floor exercises only if getting "
                       "down and up is safe.")]


def _r13(f: Findings) -> list[Hit]:
    minutes = f.morning_stiffness_minutes
    if minutes is None or minutes <= MORNING_STIFFNESS_LONG_MINUTES:
        return []
    shown = "2 hours or more" if minutes >= 120 else f"{_n(minutes)} minutes"
    return [Hit("R13", f"Morning stiffness {shown}", boosts={"morning-stiffness": 1.0},
                advice="Morning stiffness: do the mobility exercises first thing, after a warm shower if you can.")]


def _r15(f: Findings) -> list[Hit]:
    if not f.newly_diagnosed:
        return []
    return [Hit("R15", "Newly diagnosed", categories=("mobility", "stretch", "strength", "aerobic", "balance"),
                max_level=2, in_reasons=False,
                advice="Newly diagnosed: refer for a specialist physiotherapy review; supervised or group "
                       "exercise works better than home exercise alone. Progress using the harder versions "
                       "after 2 to 4 weeks.")]


def _r16(f: Findings) -> list[Hit]:
    found = _has(f, "wrist-pain", "knee-pain", "shoulder-impingement")
    if not found:
        return []
    floor = {"four-point-kneeling": 2.0, "kneeling": 2.0} if _has(f, "wrist-pain", "knee-pain") else {}
    return [Hit("R16", _labels(found), avoid_positions=floor, in_reasons=False,
                advice=f"{_labels(found)}: hands-and-knees and kneeling work swapped for sitting, standing or "
                       "wall versions; overhead work only within comfort.")]


def _r17(f: Findings) -> list[Hit]:
    if not _has(f, "pregnancy"):
        return []
    return [Hit("R17", "Pregnancy", avoid_positions={"lying-prone": 3.0, "lying-supine": 1.0}, in_reasons=False,
                advice="Pregnancy: no lying face down, and no long spells lying on the back after about 16 to "
                       "20 weeks; confirm the plan with the midwife.")]


def _r18(f: Findings) -> list[Hit]:
    return [Hit("R18", "Pain response", in_reasons=False,
                advice="Pain during exercise should stay at 4/10 or below and settle within 2 hours; if it is "
                       "worse the next morning, go back one step.")]


def _goals(f: Findings) -> list[Hit]:
    hits = []
    for goal in f.goals:
        targets, activities = goal_targets(goal), goal_activities(goal)
        if targets or activities:
            hits.append(Hit("G2", f'Goal "{goal}"', boosts=dict.fromkeys(targets, 0.6),
                            exercises=dict.fromkeys(activities, 0.8),
                            exercise_aims=dict.fromkeys(activities, "the activity it names")))
    return hits


RULES: tuple[Rule, ...] = (
    Rule("G1", "Every patient", "Balanced programme: spinal mobility, stretching, strengthening, breathing and "
         "aerobic activity; 6 to 10 exercises, about 15 to 20 minutes", ("nice-ng65", "nice-qs170",
                                                                        "millner-2016", "eular-pa-2018"), _base),
    Rule("R1", "Flare reported, or a rise in BASDAI (≥ 2, to 4 or more) or ASDAS (≥ 0.9)",
         "Flare-day doses; leave out exercises without one; favour level 1 mobility, breathing and relaxation",
         ("nass-flares", "millner-2016", "sveaas-2020"), _r1),
    Rule("R2", "Chest expansion under 2.5 cm", "Favour chest expansion, breathing, upper-back extension, chest "
         "stretch and an aerobic activity", ("nass-ribs", "millner-2016", "ince-2006", "masiero-2011"), _r2),
    Rule("R3", "Tragus-to-wall 15 cm or more, or a severe stoop", "Favour posture, upper-back extension, head "
         "retraction, chest stretch, back-muscle strength and daily lying face down",
         ("nice-qs170", "saa-posture", "millner-2016"), _r3),
    Rule("R4", "Cervical rotation 70° or less", "Favour the neck-turning chain and upper-back turning",
         ("nhs-leaflet-as", "masiero-2011"), _r4),
    Rule("R5", "Lumbar side flexion 10 cm or less, or modified Schober 4 cm or less",
         "Favour low-back side bending, bending and turning", ("millner-2016", "pure-physio"), _r5),
    Rule("R6", "Achilles or plantar enthesitis (condition or tender heel on the body chart)",
         "Low-impact aerobic activity; heel-loading and jumping exercises excluded by their caution",
         ("msd-achilles", "myas-feet"), _r6),
    Rule("R7", "Osteoporosis or fused spine", "Strength, daily posture and back-muscle work, balance and fall "
         "prevention; no floor work that is hard to get up from", ("ttf-2014", "ssst-2022", "millner-2016",
                                                                   "mayo-falls"), _r7),
    Rule("R8", "Intermalleolar distance 100 cm or less, or hip replacement", "Favour hip extension, rotation and "
         "abduction, front-of-hip stretch, buttock strength and cycling",
         ("saa-posture", "rheumatologist-2019", "millner-2016"), _r8),
    Rule("R9", "Fatigue 6/10 or more (fatigue answer or BASDAI question 1)", "Fewer exercises (up to 7, about 12 "
         "minutes) with relaxation and moderate aerobic activity", ("nass-living-well", "millner-2016",
                                                                   "eular-pa-2018"), _r9),
    Rule("R10", "Heart or circulation disease", "Moderate walking or cycling; intervals only after clearance",
         ("eular-pa-2018", "sveaas-2020", "extasi"), _r10),
    Rule("R11", "BASFI 4 or more", "Favour strengthening, 2 to 3 days a week",
         ("eular-pa-2018", "sveaas-2020", "hsieh-2014"), _r11),
    Rule("R12", "Poor balance, high fall risk or fused spine", "Add balance work with support; avoid floor "
         "work", ("millner-2016", "ttf-2014", "mayo-falls"), _r12),
    Rule("R13", "Morning stiffness over 30 minutes", "Favour morning-stiffness exercises, first thing in the day",
         ("versus-arthritis-as", "nass-living-well"), _r13),
    Rule("R15", "Newly diagnosed", "All four activity domains at levels 1 and 2; specialist physiotherapy review",
         ("nice-ng65", "pontone-2022"), _r15),
    Rule("R16", "Wrist, knee or shoulder pain", "Sitting, standing or wall versions instead of hands-and-knees "
         "or kneeling", ("pure-physio",), _r16, "Clinical reasoning (no single source)"),
    Rule("R17", "Pregnancy", "No prone lying; little lying on the back", (), _r17,
         "General antenatal exercise guidance (not specific to axSpA; confirm with the midwife)"),
    Rule("R18", "Every patient", "Pain during exercise at most 4/10, settled within 2 hours", ("pure-physio",),
         _r18, "Clinical convention"),
    Rule("G2", "Patient's goals", "Favour exercises whose targets serve a goal", ("nice-ng65", "eular-pa-2018"),
         _goals),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def fire_rules(findings: Findings) -> list[Hit]:
    """Every rule's hits for these findings, in table order."""
    return [hit for rule in RULES for hit in rule.fire(findings)]

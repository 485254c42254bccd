"""The axSpA clinical scores (BASDAI, BASFI, BAS-G, BASMI, ASDAS), their cut-offs and how they read."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from planner.core.errors import Problem, ValidationError

# Section numbers below refer to ../shared/clinical/CLINICAL.md, which carries the full references.

# Patient-reported items are 0–10 numerical rating scales (CLINICAL.md preamble; ASAS handbook 2009).
NRS_RANGE: tuple[float, float] = (0.0, 10.0)

# §2 BASDAI — Garrett S, et al. J Rheumatol 1994;21:2286–2291.
BASDAI_ITEM_COUNT = 6
BASDAI_Q6_MINUTES_PER_POINT = 12.0   # §2: Q6 = min(10, minutes / 12); 2 hours or more = 10
STIFFNESS_MINUTES_RANGE: tuple[float, float] = (0.0, 1440.0)   # project bound: up to a whole day
# §2: BASDAI ≥ 4 = active disease (CamCOPS basdai.py; NICE TA383 biologic eligibility).
BASDAI_ACTIVE_CUTOFF = 4.0
# §2: response = a fall of ≥ 2 points or to 50 % of the start or less (NICE TA383; "BASDAI 50").
BASDAI_IMPROVEMENT_POINTS = 2.0
BASDAI_IMPROVEMENT_FRACTION = 0.5
# §7d: a BASDAI rise of ≥ 2 is one sign of an acute flare.
BASDAI_WORSENING_POINTS = 2.0

# §3 BASFI — Calin A, et al. J Rheumatol 1994;21:2281–2285.
BASFI_ITEM_COUNT = 10

# §6b ASDAS — Lukas C, et al. Ann Rheum Dis 2009;68:18–24 and Ramiro S, et al. Ann Rheum Dis
# 2023;82:19–34 Table 2: the 3-decimal weights (the project's decision over the rounded 2-decimal set).
ASDAS_CRP_WEIGHTS = (0.121, 0.058, 0.110, 0.073, 0.579)   # back pain, stiffness, global, peripheral, ln
ASDAS_ESR_WEIGHTS = (0.079, 0.069, 0.113, 0.086, 0.293)   # ..., √ESR
ASDAS_CRP_FLOOR_MG_L = 2.0   # §6b: CRP below 2 mg/L (including 0) counts as 2 (Ramiro 2023)
# §6c states — Machado P, et al. Ann Rheum Dis 2011;70:47–53; names from Machado 2018 (77:1539–1540).
ASDAS_INACTIVE_BELOW = 1.3
ASDAS_LOW_BELOW = 2.1
ASDAS_HIGH_UP_TO = 3.5
ASDAS_CUTOFFS: tuple[float, ...] = (ASDAS_INACTIVE_BELOW, ASDAS_LOW_BELOW, ASDAS_HIGH_UP_TO)
# §6d change — Machado 2011 (improvement ≥ 1.1, major ≥ 2.0); Molto A, et al. Ann Rheum Dis
# 2018;77:124–127 (increase ≥ 0.9 = clinically important worsening).
ASDAS_IMPORTANT_IMPROVEMENT = 1.1
ASDAS_MAJOR_IMPROVEMENT = 2.0
ASDAS_IMPORTANT_WORSENING = 0.9

# §6e (project decision): compare scores and changes with cut-offs after rounding to 6 decimal places,
# and show two decimals when the unrounded score is within 0.05 of a cut-off.
COMPARE_DECIMALS = 6
NEAR_CUTOFF_MARGIN = 0.05

# Laboratory values accepted: project plausibility bounds, not from the sources.
CRP_RANGE_MG_L: tuple[float, float] = (0.0, 1000.0)
ESR_RANGE_MM_H: tuple[float, float] = (0.0, 200.0)   # the Westergren tube is 200 mm long


@dataclass(frozen=True)
class BasmiItem:
    """One BASMI measurement and how each BASMI method scores it (§5)."""

    key: str
    label: str
    unit: str
    paired: bool                        # recorded left and right; scored as their mean (§5a decision)
    plausible: tuple[float, float]      # accepted input range: project bound, not from the sources
    worse_when_larger: bool
    linear_zero_at: float               # §5b: the measurement that scores 0 ...
    linear_per_point: float             # ... and how far the measurement moves per item point
    band_mild: float                    # §5c: beyond this on the good side scores 0
    band_severe: float                  # §5c: beyond this on the bad side scores 2


# §5b linear equations: van der Heijde D, et al. Ann Rheum Dis 2008;67:489–493 Table 3 and ASAS handbook
# Table 9. §5c bands: Jenkinson TR, et al. J Rheumatol 1994;21:1694–1698 and ASAS handbook Table 7.
BASMI_ITEMS: tuple[BasmiItem, ...] = (
    BasmiItem("tragus_to_wall_cm", "Tragus to wall", "cm", True, (0.0, 60.0), True, 8.0, 3.0, 15.0, 30.0),
    BasmiItem("lumbar_side_flexion_cm", "Lumbar side flexion", "cm", True, (0.0, 40.0), False,
              21.1, 2.1, 10.0, 5.0),
    BasmiItem("modified_schober_cm", "Modified Schober (increase)", "cm", False, (0.0, 15.0), False,
              7.4, 0.7, 4.0, 2.0),
    BasmiItem("intermalleolar_cm", "Intermalleolar distance", "cm", False, (0.0, 200.0), False,
              124.5, 10.0, 100.0, 70.0),
    BasmiItem("cervical_rotation_deg", "Cervical rotation", "°", True, (0.0, 120.0), False,
              89.3, 8.5, 70.0, 20.0),
)
BASMI_ITEM_SCORE_RANGE: tuple[float, float] = (0.0, 10.0)   # §5b: clamp every linear item to 0–10

Measurement = float | tuple[float, float]

ASDAS_STATE_LABELS: dict[str, str] = {
    "inactive": "Inactive disease",
    "low": "Low disease activity",
    "high": "High disease activity",
    "very_high": "Very high disease activity",
}
ASDAS_CHANGE_LABELS: dict[str, str] = {
    "major_improvement": "Major improvement",
    "clinically_important_improvement": "Clinically important improvement",
    "no_clinically_important_change": "No clinically important change",
    "clinically_important_worsening": "Clinically important worsening",
}
BASDAI_STATE_LABELS: dict[str, str] = {
    "active": "Active disease (BASDAI 4 or more)",
    "not_active": "Below the activity threshold (BASDAI under 4)",
}


@dataclass(frozen=True)
class BasmiMeasurements:
    """The five BASMI measurements; a left/right pair is allowed where `BasmiItem.paired` says so."""

    tragus_to_wall_cm: Measurement | None = None
    lumbar_side_flexion_cm: Measurement | None = None
    modified_schober_cm: Measurement | None = None
    intermalleolar_cm: Measurement | None = None
    cervical_rotation_deg: Measurement | None = None


# ---- Validation shared with the assessment reader: every problem, each naming its field and range ----

def show_number(value: float) -> str:
    """A number as a person writes it: 11 rather than 11.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def number_problem(field: str, value: object, low: float, high: float) -> Problem | None:
    """Why `value` is not a number from `low` to `high` (None when it is)."""
    allowed = f"{show_number(low)} to {show_number(high)}"
    if value is None:
        return Problem(field, f"missing (needs a number from {allowed})")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return Problem(field, f"must be a number from {allowed}")
    if not low <= value <= high:
        return Problem(field, f"{show_number(value)} is outside {allowed}")
    return None


def nrs_form_problems(field: str, answers: object, count: int) -> list[Problem]:
    """Problems with a form of `count` 0–10 answers; a partial form is never scored."""
    if isinstance(answers, str) or not isinstance(answers, Sequence):
        return [Problem(field, f"must be a list of {count} numbers from 0 to 10")]
    problems = []
    if len(answers) != count:
        problems.append(Problem(field, f"needs {count} answers, got {len(answers)}"))
    for index, value in enumerate(answers):
        problem = number_problem(f"{field}[{index}]", value, *NRS_RANGE)
        if problem:
            problems.append(problem)
    return problems


def measurement_problems(field: str, item: BasmiItem, value: object) -> list[Problem]:
    """Problems with one BASMI measurement: a number, or a [left, right] pair where the item allows it."""
    low, high = item.plausible
    if item.paired and isinstance(value, list | tuple):
        if len(value) != 2:
            return [Problem(field, f"must be one number or a [left, right] pair, got {len(value)} values")]
        problems = (number_problem(f"{field}[{side}]", v, low, high) for side, v in enumerate(value))
        return [p for p in problems if p]
    problem = number_problem(field, value, low, high)
    return [problem] if problem else []


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


# ---- Scores ----

def basdai_q6_from_minutes(minutes: float) -> float:
    """BASDAI Q6 from the minutes morning stiffness lasts (§2: 1 hour = 5, 2 hours or more = 10)."""
    problem = number_problem("morning_stiffness_minutes", minutes, *STIFFNESS_MINUTES_RANGE)
    _raise_if([problem] if problem else [])
    return min(NRS_RANGE[1], minutes / BASDAI_Q6_MINUTES_PER_POINT)


def score_basdai(answers: Sequence[float]) -> float:
    """BASDAI = (Q1 + Q2 + Q3 + Q4 + (Q5 + Q6) / 2) / 5, range 0–10 (§2)."""
    _raise_if(nrs_form_problems("basdai", answers, BASDAI_ITEM_COUNT))
    q1, q2, q3, q4, q5, q6 = answers
    return (q1 + q2 + q3 + q4 + (q5 + q6) / 2) / 5


def score_basfi(answers: Sequence[float]) -> float:
    """BASFI = mean of the ten answers, range 0–10 (§3)."""
    _raise_if(nrs_form_problems("basfi", answers, BASFI_ITEM_COUNT))
    return sum(answers) / BASFI_ITEM_COUNT


def score_bas_g(past_week: float, past_six_months: float) -> float:
    """BAS-G = mean of the well-being answers for the past week and the past 6 months (§4)."""
    _raise_if(nrs_form_problems("bas_g", (past_week, past_six_months), 2))
    return (past_week + past_six_months) / 2


def side_mean(value: Measurement) -> float:
    """One number for a measurement: the mean of left and right when both were recorded (§5a)."""
    if isinstance(value, tuple | list):
        left, right = value
        return (left + right) / 2
    return value


def _basmi_values(measurements: BasmiMeasurements) -> dict[str, float]:
    problems = []
    for item in BASMI_ITEMS:
        value = getattr(measurements, item.key)
        problems += measurement_problems(f"basmi.{item.key}", item, value)
    _raise_if(problems)
    return {item.key: side_mean(getattr(measurements, item.key)) for item in BASMI_ITEMS}


def basmi_linear_item_scores(measurements: BasmiMeasurements) -> dict[str, float]:
    """Each measurement on 0–10 by the §5b equation, clamped, unrounded."""
    values = _basmi_values(measurements)
    scores = {}
    for item in BASMI_ITEMS:
        value = values[item.key]
        if item.worse_when_larger:
            score = (value - item.linear_zero_at) / item.linear_per_point
        else:
            score = (item.linear_zero_at - value) / item.linear_per_point
        scores[item.key] = min(BASMI_ITEM_SCORE_RANGE[1], max(BASMI_ITEM_SCORE_RANGE[0], score))
    return scores


def score_basmi_linear(measurements: BasmiMeasurements) -> float:
    """BASMI linear = mean of the five clamped item scores, range 0–10 (§5b, the default method)."""
    return sum(basmi_linear_item_scores(measurements).values()) / len(BASMI_ITEMS)


def basmi_3point_item_scores(measurements: BasmiMeasurements) -> dict[str, int]:
    """Each measurement as 0 (mild), 1 (moderate) or 2 (severe); a value on a limit is 1 (§5c)."""
    values = _basmi_values(measurements)
    scores = {}
    for item in BASMI_ITEMS:
        # §6e convention: a left/right mean such as 14.9 and 15.1 lands exactly on the limit.
        value = comparable(values[item.key])
        if item.worse_when_larger:
            scores[item.key] = 0 if value < item.band_mild else 2 if value > item.band_severe else 1
        else:
            scores[item.key] = 0 if value > item.band_mild else 2 if value < item.band_severe else 1
    return scores


def score_basmi_3point(measurements: BasmiMeasurements) -> int:
    """BASMI 3-point (BASMI2) = the SUM of the five 0/1/2 item scores, range 0–10 (§5c)."""
    return sum(basmi_3point_item_scores(measurements).values())


def _asdas_inputs(field: str, back_pain: float, stiffness: float, patient_global: float, peripheral: float,
                  marker: float, marker_range: tuple[float, float]) -> None:
    checks = [
        number_problem("back_pain (BASDAI Q2)", back_pain, *NRS_RANGE),
        number_problem("stiffness_duration (BASDAI Q6)", stiffness, *NRS_RANGE),
        number_problem("patient_global", patient_global, *NRS_RANGE),
        number_problem("peripheral_pain (BASDAI Q3)", peripheral, *NRS_RANGE),
        number_problem(field, marker, *marker_range),
    ]
    _raise_if([p for p in checks if p])


def score_asdas_crp(*, back_pain: float, stiffness: float, patient_global: float, peripheral: float,
                    crp_mg_l: float) -> float:
    """ASDAS-CRP with the 3-decimal weights and CRP′ = max(CRP, 2 mg/L) (§6b)."""
    _asdas_inputs("crp_mg_l", back_pain, stiffness, patient_global, peripheral, crp_mg_l, CRP_RANGE_MG_L)
    w_bp, w_ms, w_pg, w_pp, w_crp = ASDAS_CRP_WEIGHTS
    crp = max(crp_mg_l, ASDAS_CRP_FLOOR_MG_L)
    return (w_bp * back_pain + w_ms * stiffness + w_pg * patient_global + w_pp * peripheral
            + w_crp * math.log(crp + 1))


def score_asdas_esr(*, back_pain: float, stiffness: float, patient_global: float, peripheral: float,
                    esr_mm_h: float) -> float:
    """ASDAS-ESR with the 3-decimal weights; no floor on ESR (§6b)."""
    _asdas_inputs("esr_mm_h", back_pain, stiffness, patient_global, peripheral, esr_mm_h, ESR_RANGE_MM_H)
    w_bp, w_ms, w_pg, w_pp, w_esr = ASDAS_ESR_WEIGHTS
    return (w_bp * back_pain + w_ms * stiffness + w_pg * patient_global + w_pp * peripheral
            + w_esr * math.sqrt(esr_mm_h))


# ---- Interpretation: always on the value rounded to 6 decimals (§6e) ----

def comparable(value: float) -> float:
    """The value compared with cut-offs: rounded to 6 dp, which removes binary noise (2.0999999999999996)."""
    return round(value, COMPARE_DECIMALS)


def asdas_state(score: float) -> str:
    """`inactive` < 1.3 ≤ `low` < 2.1 ≤ `high` ≤ 3.5 < `very_high` (§6c)."""
    value = comparable(score)
    if value < ASDAS_INACTIVE_BELOW:
        return "inactive"
    if value < ASDAS_LOW_BELOW:
        return "low"
    if value <= ASDAS_HIGH_UP_TO:
        return "high"
    return "very_high"


def asdas_change(baseline: float, follow_up: float) -> str:
    """How ASDAS changed between two visits (same ASDAS version at both) (§6d)."""
    delta = comparable(baseline - follow_up)   # positive = better
    if delta >= ASDAS_MAJOR_IMPROVEMENT:
        return "major_improvement"
    if delta >= ASDAS_IMPORTANT_IMPROVEMENT:
        return "clinically_important_improvement"
    if delta <= -ASDAS_IMPORTANT_WORSENING:
        return "clinically_important_worsening"
    return "no_clinically_important_change"


def basdai_active(score: float) -> bool:
    """BASDAI ≥ 4 (§2)."""
    return comparable(score) >= BASDAI_ACTIVE_CUTOFF


def basdai_state(score: float) -> str:
    return "active" if basdai_active(score) else "not_active"


def basdai_improved(baseline: float, follow_up: float) -> bool:
    """Clinically important improvement: a fall of ≥ 2 points, or to 50 % of the baseline or less (§2)."""
    fall = comparable(baseline - follow_up)
    if fall >= BASDAI_IMPROVEMENT_POINTS:
        return True
    return fall > 0 and comparable(follow_up) <= comparable(baseline * BASDAI_IMPROVEMENT_FRACTION)


def basdai_worsened(baseline: float, follow_up: float) -> bool:
    """A rise of ≥ 2 points, one sign of a flare (§7d)."""
    return comparable(follow_up - baseline) >= BASDAI_WORSENING_POINTS


# ---- Display ----

def _half_up(value: float, places: int) -> str:
    # Decimal of the 6-dp value, so 2.2499999999999996 (an exact 2.25 in decimal arithmetic) shows 2.3.
    exact = Decimal(repr(comparable(value)))
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return str(abs(rounded) if rounded == 0 else rounded)   # never "-0.0"


def format_one_decimal(value: float) -> str:
    """One decimal, half rounded up: how every score is shown (§2, §3, §5b, §6e)."""
    return _half_up(value, 1)


def format_two_decimals(value: float) -> str:
    return _half_up(value, 2)


def format_near_cutoffs(value: float, cutoffs: Sequence[float]) -> str:
    """One decimal, or two when within 0.05 of a cut-off, so 1.2966 reads 1.30 and not 1.3 (§6e)."""
    if any(comparable(abs(value - cutoff)) <= NEAR_CUTOFF_MARGIN for cutoff in cutoffs):
        return format_two_decimals(value)
    return format_one_decimal(value)


def format_asdas(score: float) -> str:
    return format_near_cutoffs(score, ASDAS_CUTOFFS)


def format_basdai(score: float) -> str:
    return format_near_cutoffs(score, (BASDAI_ACTIVE_CUTOFF,))


def describe_asdas(score: float) -> str:
    """The score and its state in words, e.g. '1.30 – Low disease activity'."""
    return f"{format_asdas(score)} – {ASDAS_STATE_LABELS[asdas_state(score)]}"


def describe_basdai(score: float) -> str:
    return f"{format_basdai(score)} – {BASDAI_STATE_LABELS[basdai_state(score)]}"

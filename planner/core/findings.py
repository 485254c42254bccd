"""What the tailoring rules read from an assessment: measurements, conditions, flare, fatigue and goals."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core import scoring
from planner.core.assessment import AssessmentInput, Scores

# CLINICAL.md §2: BASDAI Q6 = minutes / 12, so minutes = Q6 × 12 (Q6 = 10 means two hours or more).
_MINUTES_PER_Q6_POINT = scoring.BASDAI_Q6_MINUTES_PER_POINT


@dataclass(frozen=True)
class TailoringContext:
    """What the assessment JSON alone cannot say: the patient's history and the therapist's judgement."""

    previous: Scores | None = None     # scores of the patient's previous signed assessment, if any
    newly_diagnosed: bool = False      # R15


@dataclass(frozen=True)
class Findings:
    """One patient's findings in the units the rules compare (None: not recorded)."""

    conditions: frozenset[str] = frozenset()   # hyphen form; includes body-chart enthesitis and acute-flare
    flare: bool = False
    flare_reason: str = ""
    basdai: float | None = None
    basfi: float | None = None
    tragus_to_wall_cm: float | None = None
    lumbar_side_flexion_cm: float | None = None
    modified_schober_cm: float | None = None
    intermalleolar_cm: float | None = None
    cervical_rotation_deg: float | None = None
    chest_expansion_cm: float | None = None
    morning_stiffness_minutes: float | None = None
    fatigue: float | None = None
    achilles_sides: tuple[str, ...] = ()       # heels marked tender on the body chart
    plantar_sides: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    newly_diagnosed: bool = False


def _sides(entheses: tuple[str, ...] | None, site: str) -> tuple[str, ...]:
    return tuple(side for side in ("left", "right") if f"{site}_{side}" in (entheses or ()))


def _flare_reason(a: AssessmentInput, scores: Scores, previous: Scores | None) -> str:
    """Why this is a flare, or "" (R1; CLINICAL.md §7d: reported, BASDAI up ≥ 2, or ASDAS up ≥ 0.9).

    Raised activity alone is not a flare (R1 note: Sveaas 2020 enrolled people with active disease).
    """
    if a.flare:
        return "Flare reported"
    if previous is None:
        return ""
    now, before = scores.basdai, previous.basdai
    if now is not None and before is not None and scoring.basdai_active(now) and scoring.basdai_worsened(before, now):
        return (f"BASDAI {scoring.format_one_decimal(now)}, up {scoring.format_one_decimal(now - before)}"
                " since the last assessment")
    for name, label in (("asdas_crp", "ASDAS-CRP"), ("asdas_esr", "ASDAS-ESR")):
        now, before = getattr(scores, name), getattr(previous, name)
        if now is not None and before is not None and \
                scoring.asdas_change(before, now) == "clinically_important_worsening":
            return f"{label} {scoring.format_one_decimal(now)}, up {scoring.format_one_decimal(now - before)}"
    return ""


def _mean(value: scoring.Measurement | None) -> float | None:
    return None if value is None else scoring.side_mean(value)


def gather_findings(a: AssessmentInput, scores: Scores, context: TailoringContext | None = None) -> Findings:
    """The findings of one assessment, with what the history adds (a flare seen as a rise in scores)."""
    context = context or TailoringContext()
    flare_reason = _flare_reason(a, scores, context.previous)
    achilles, plantar = _sides(a.entheses, "achilles"), _sides(a.entheses, "plantar_fascia")
    conditions = set(a.conditions)
    # A tender heel on the body chart is active enthesitis (R6), which the caution tags name.
    if achilles:
        conditions.add("enthesitis-achilles")
    if plantar:
        conditions.add("enthesitis-plantar")
    if flare_reason:
        conditions.add("acute-flare")
    stiffness = a.morning_stiffness_minutes
    if stiffness is None and a.basdai is not None:
        stiffness = a.basdai[5] * _MINUTES_PER_Q6_POINT
    fatigue = a.fatigue if a.fatigue is not None else (a.basdai[0] if a.basdai is not None else None)
    basmi = a.basmi or scoring.BasmiMeasurements()
    return Findings(
        conditions=frozenset(conditions), flare=bool(flare_reason), flare_reason=flare_reason,
        basdai=scores.basdai, basfi=scores.basfi,
        tragus_to_wall_cm=_mean(basmi.tragus_to_wall_cm),
        lumbar_side_flexion_cm=_mean(basmi.lumbar_side_flexion_cm),
        modified_schober_cm=_mean(basmi.modified_schober_cm),
        intermalleolar_cm=_mean(basmi.intermalleolar_cm),
        cervical_rotation_deg=_mean(basmi.cervical_rotation_deg),
        chest_expansion_cm=a.chest_expansion_cm, morning_stiffness_minutes=stiffness, fatigue=fatigue,
        achilles_sides=achilles, plantar_sides=plantar, goals=a.goals, newly_diagnosed=context.newly_diagnosed,
    )

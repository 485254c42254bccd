"""The stored assessment form: its contract view, live scores, what a re-assessment keeps, sign-off rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from planner.core.assessment import ASSESSMENT_SCHEMA, AssessmentInput, Scores, compute_scores, parse_assessment
from planner.core.assessment_record import SCORE_COLUMNS
from planner.core.errors import ValidationError
from planner.core.screening import urgent_flags

# The `planner.assessment/1` fields (ARCHITECTURE.md); a test checks parse_assessment accepts exactly these.
CONTRACT_KEYS: tuple[str, ...] = (
    "basdai", "basfi", "basmi", "patient_global", "bas_g", "crp_mg_l", "esr_mm_h", "ibp", "red_flags", "flare",
    "conditions", "entheses", "chest_expansion_cm", "morning_stiffness_minutes", "fatigue", "goals",
)
# Form-only fields kept beside the contract in the record's `data` (stripped before scoring).
EXTRA_KEYS: tuple[str, ...] = (
    "history",              # {age_at_onset, symptom_duration_years, diagnosis, night_pain, ... free texts}
    "crp_date", "esr_date",  # ISO dates of the lab values
    "back_pain_3_months",   # the ASAS IBP criteria apply only to back pain of 3 months or more (§1)
    "red_flags_screened",   # the therapist confirms every red-flag question was asked
    "entheses_examined",    # the body chart was examined (so no tender site means a count of 0)
    "started_from",         # ISO date of the assessment a re-assessment was copied from
)

# A re-assessment starts from the last signed one. It keeps what describes the person and the history
# of their condition, and clears every finding of the day: measures, labs (a value belongs to its date),
# the red-flag screen (asked at every visit, CLINICAL.md §7a), the body chart, flare and current symptoms.
KEPT_ON_REASSESSMENT: tuple[str, ...] = ("ibp", "back_pain_3_months", "conditions", "goals")
KEPT_HISTORY: tuple[str, ...] = ("age_at_onset", "symptom_duration_years", "diagnosis", "work", "medication",
                                 "family_history")
_DAYS_PER_YEAR = 365.25


def _complete(value: object) -> bool:
    """A part is scorable only with every answer given (a partial form is never scored, §2 and §3)."""
    if value is None or value == "":
        return False
    if isinstance(value, list):
        return all(_complete(v) for v in value)
    if isinstance(value, Mapping):
        return all(_complete(v) for v in value.values())
    return True


def contract_view(data: Mapping[str, Any]) -> dict[str, Any]:
    """The form as a `planner.assessment/1` document: contract keys only, unfinished parts left out."""
    view: dict[str, Any] = {"schema": ASSESSMENT_SCHEMA}
    for key in CONTRACT_KEYS:
        value = data.get(key)
        if key == "goals" and isinstance(value, list):
            value = [goal.strip() for goal in value if isinstance(goal, str) and goal.strip()]
        if key == "entheses" and not data.get("entheses_examined"):
            continue
        if key == "ibp" and not data.get("back_pain_3_months"):
            continue
        if (key in ("red_flags", "conditions", "goals", "entheses") and isinstance(value, list)) or _complete(value):
            view[key] = value
    return view


def scorable_input(data: Mapping[str, Any]) -> AssessmentInput:
    """The parsed form, leaving out any part the contract refuses, so one slip never hides the other scores."""
    view = contract_view(data)
    try:
        return parse_assessment(view)
    except ValidationError:
        accepted = {}
        for key, value in view.items():
            try:
                parse_assessment({key: value})
            except ValidationError:
                continue
            accepted[key] = value
        return parse_assessment(accepted)


def form_scores(data: Mapping[str, Any]) -> Scores:
    """Every score the form allows so far, unrounded."""
    return compute_scores(scorable_input(data))


def score_columns(scores: Scores) -> dict[str, float | None]:
    return {column: getattr(scores, column) for column in SCORE_COLUMNS}


def urgent_flag_ids(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The positive red flags that need urgent referral, most pressing first."""
    return tuple(flag.id for flag in urgent_flags(scorable_input(data).red_flags))


def sign_problems(data: Mapping[str, Any], red_flag_action: str) -> list[str]:
    """Why the form cannot be signed off yet (empty when it can)."""
    problems = []
    if not data.get("red_flags_screened"):
        problems.append("Confirm the red-flag screen: tick that you asked every red-flag question.")
    if urgent_flag_ids(data) and not red_flag_action.strip():
        problems.append("Record what you did about the urgent red flag (who you contacted, when).")
    return problems


def reassessment_start(previous: Mapping[str, Any], previous_on: date, today: date) -> dict[str, Any]:
    """The data a re-assessment starts with, copied from the previous one by the rules above."""
    data = {key: previous[key] for key in KEPT_ON_REASSESSMENT if key in previous}
    history = {key: value for key, value in (previous.get("history") or {}).items() if key in KEPT_HISTORY}
    duration = history.get("symptom_duration_years")
    if isinstance(duration, int | float):
        # The symptoms have lasted as much longer as the time since the previous assessment.
        history["symptom_duration_years"] = round(duration + (today - previous_on).days / _DAYS_PER_YEAR, 1)
    if history:
        data["history"] = history
    data["started_from"] = previous_on.isoformat()
    return data

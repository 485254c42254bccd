"""Suggestions for a plan: from an assessment JSON (the CLI) or a patient's latest signed assessment."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.assessment import AssessmentInput, compute_scores, parse_assessment
from planner.core.assessment_record import AssessmentRecord
from planner.core.dosage import estimate_minutes
from planner.core.errors import PlannerError, ValidationError
from planner.core.findings import TailoringContext, gather_findings
from planner.core.plan import PlanItem
from planner.core.plan_checks import session_time
from planner.core.tailoring import Suggestions, suggest
from planner.library.loader import Library
from planner.services.assessments import complete_parts
from planner.storage.store import Store

SUGGESTIONS_SCHEMA = "planner.suggestions/1"
# The fields of the assessment contract (ARCHITECTURE.md); a stored record may carry history fields too.
ASSESSMENT_FIELDS: frozenset[str] = frozenset({
    "schema", "basdai", "basfi", "basmi", "patient_global", "bas_g", "crp_mg_l", "esr_mm_h", "ibp", "red_flags",
    "flare", "conditions", "entheses", "chest_expansion_cm", "morning_stiffness_minutes", "fatigue", "goals",
})


def suggest_for(assessment: AssessmentInput, library: Library, context: TailoringContext | None = None) -> Suggestions:
    findings = gather_findings(assessment, compute_scores(assessment), context)
    return suggest(findings, library.exercises.values())


def suggestions_json(suggestions: Suggestions, library: Library) -> dict[str, Any]:
    """The `planner suggest` output: suggested (id, reason, dosage, ...) and excluded (id, reason, ...)."""
    suggested = []
    for s in suggestions.suggested:
        exercise = library.get(s.exercise_id)
        minutes = estimate_minutes(s.dosage, exercise.side)
        suggested.append({
            "id": s.exercise_id, "name": exercise.name, "category": exercise.category, "reason": s.reason,
            "rules": list(s.rules), "rank": s.rank, "score": s.score, "dosage": s.dosage.to_dict(),
            "flare_dosage": s.flare_dosage.to_dict() if s.flare_dosage else None,
            "minutes": round(minutes, 1), "goals": [suggestions.goals[i] for i in s.goals],
        })
    return {
        "schema": SUGGESTIONS_SCHEMA,
        "flare": suggestions.flare,
        "findings": list(suggestions.findings),
        "expected_categories": list(suggestions.expected_categories),
        "session_minutes": round(session_time(
            [PlanItem(s.exercise_id, s.dosage) for s in suggestions.suggested], library.get).session_minutes, 1),
        "suggested": suggested,
        "excluded": [{"id": x.exercise_id, "name": library.get(x.exercise_id).name, "reason": x.reason,
                      "cautions": list(x.cautions)} for x in suggestions.excluded],
        "warnings": list(suggestions.warnings),
    }


def suggest_document(data: object, library: Library, newly_diagnosed: bool = False) -> dict[str, Any]:
    """Suggestions JSON for an assessment document; bad input raises ValidationError naming every field."""
    assessment = parse_assessment(data)
    return suggestions_json(suggest_for(assessment, library, TailoringContext(newly_diagnosed=newly_diagnosed)),
                            library)


def read_record(record: AssessmentRecord) -> AssessmentInput:
    """The complete, contract parts of a stored assessment."""
    data: Mapping[str, Any] = {k: v for k, v in record.data.items() if k in ASSESSMENT_FIELDS}
    try:
        return parse_assessment(complete_parts(data))
    except ValidationError as error:
        first = error.problems[0] if error.problems else "unknown problem"
        raise PlannerError(f"the assessment of {record.assessed_on:%d %b %Y} cannot be read ({first})") from None


@dataclass(frozen=True)
class PatientSuggestions:
    assessment: AssessmentRecord   # the latest signed assessment the suggestions read
    suggestions: Suggestions


class SuggestService:
    def __init__(self, store: Store, library: Callable[[], Library]) -> None:
        self._store = store
        self._library = library

    def for_patient(self, patient_id: int, newly_diagnosed: bool = False) -> PatientSuggestions | None:
        """Suggestions from the patient's latest signed assessment (None if none is signed yet).

        The signed assessment before it, if any, lets a rise in BASDAI or ASDAS count as a flare (R1).
        """
        signed = [r for r in self._store.assessments.for_patient(patient_id) if r.signed]
        if not signed:
            return None
        latest = signed[-1]
        previous = compute_scores(read_record(signed[-2])) if len(signed) > 1 else None
        context = TailoringContext(previous=previous, newly_diagnosed=newly_diagnosed)
        return PatientSuggestions(latest, suggest_for(read_record(latest), self._library(), context))

"""Suggestions for a plan: from an assessment JSON (the CLI) or a patient's latest signed assessment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.core.assessment import AssessmentInput, compute_scores, parse_assessment
from planner.core.assessment_record import AssessmentRecord
from planner.core.dosage import estimate_minutes
from planner.core.findings import TailoringContext, gather_findings
from planner.core.plan import PlanItem
from planner.core.plan_checks import session_time
from planner.core.tailoring import Suggestions, suggest
from planner.library.loader import Library
from planner.services.assessment_form import scorable_input
from planner.services.assessments import AssessmentService
from planner.storage.store import Store

SUGGESTIONS_SCHEMA = "planner.suggestions/1"


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


@dataclass(frozen=True)
class PatientSuggestions:
    assessment: AssessmentRecord   # the latest signed assessment the suggestions read
    suggestions: Suggestions


class SuggestService:
    def __init__(self, store: Store, library: Callable[[], Library]) -> None:
        self._assessments = AssessmentService(store)
        self._library = library

    def for_patient(self, patient_id: int, newly_diagnosed: bool = False) -> PatientSuggestions | None:
        """Suggestions from the patient's latest signed assessment in force (None if none is signed yet).

        The signed assessment before it, if any, lets a rise in BASDAI or ASDAS count as a flare (R1).
        """
        latest = self._assessments.latest_findings(patient_id)
        if latest is None:
            return None
        before = self._assessments.previous_signed(latest.record)
        previous = compute_scores(scorable_input(before.data)) if before else None
        context = TailoringContext(previous=previous, newly_diagnosed=newly_diagnosed)
        findings = gather_findings(latest.assessment, latest.scores, context)
        return PatientSuggestions(latest.record, suggest(findings, self._library().exercises.values()))

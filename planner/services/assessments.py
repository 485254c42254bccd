"""Assessments: drafts saved as they are typed, scores recomputed on each save, sign-off and history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from planner.core.assessment import compute_scores, parse_assessment
from planner.core.assessment_record import SCORE_COLUMNS, AssessmentRecord
from planner.core.audit import CORRECTION, SIGN_OFF
from planner.core.errors import ValidationError
from planner.services import audit
from planner.storage.store import Store


def complete_parts(data: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of a half-filled form that can be scored: a measure with any blank answer is left out."""
    complete: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list) and any(v is None for v in value):
            continue
        if isinstance(value, Mapping) and any(v is None for v in value.values()):
            continue
        complete[key] = value
    return complete


def score_form(data: Mapping[str, Any]) -> dict[str, float | None]:
    """Unrounded scores of everything complete in the form; None for the rest (or for refused input)."""
    try:
        scores = compute_scores(parse_assessment(complete_parts(data)))
    except ValidationError:
        return dict.fromkeys(SCORE_COLUMNS)
    return {column: getattr(scores, column) for column in SCORE_COLUMNS}


class AssessmentService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def open_draft(self, patient_id: int, today: date | None = None) -> AssessmentRecord:
        """The patient's unsigned draft if there is one; else a new draft starting from the last assessment."""
        latest = self._store.assessments.latest(patient_id)
        if latest is not None and not latest.signed:
            return latest
        start = dict(latest.data) if latest else {}
        return AssessmentRecord(patient_id=patient_id, assessed_on=today or date.today(), data=start)

    def save_draft(self, record: AssessmentRecord, data: Mapping[str, Any]) -> AssessmentRecord:
        scores = score_form(data)
        return self._store.assessments.save_draft(replace(record, data=dict(data), scores=scores))

    def sign(self, record: AssessmentRecord, therapist_id: int | None = None) -> AssessmentRecord:
        if record.id is None:
            record = self._store.assessments.save_draft(record)
        signed = self._store.assessments.sign(record.id, therapist_id)
        audit.record(self._store, CORRECTION if signed.corrects_id else SIGN_OFF, signed.patient_id,
                     f"assessment {signed.id}")
        return signed

    def history(self, patient_id: int) -> list[AssessmentRecord]:
        return self._store.assessments.for_patient(patient_id)

    def latest(self, patient_id: int) -> AssessmentRecord | None:
        return self._store.assessments.latest(patient_id)

"""Assessments in the store: drafts saved as typed, sign-off, corrections as new versions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from sqlite_utils import Database

from planner.core.assessment_record import SCORE_COLUMNS, AssessmentRecord
from planner.core.errors import NotFoundError, PlannerError
from planner.storage.db import now_iso, transaction


def _to_record(row: dict[str, Any]) -> AssessmentRecord:
    return AssessmentRecord(
        id=row["id"], patient_id=row["patient_id"], assessed_on=date.fromisoformat(row["assessed_on"]),
        data=json.loads(row["data"]), scores={c: row[c] for c in SCORE_COLUMNS}, status=row["status"],
        urgent_flags=tuple(json.loads(row["urgent_flags"])), red_flag_action=row["red_flag_action"],
        corrects_id=row["corrects_id"], therapist_id=row["therapist_id"],
        created_at=row["created_at"], updated_at=row["updated_at"], signed_at=row["signed_at"],
    )


class AssessmentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save_draft(self, record: AssessmentRecord) -> AssessmentRecord:
        """Insert a new draft, or overwrite a draft in place. A signed assessment is refused."""
        stamp = now_iso()
        values = [
            record.patient_id, record.assessed_on.isoformat(), json.dumps(record.data, ensure_ascii=False),
            *(record.scores.get(c) for c in SCORE_COLUMNS), json.dumps(list(record.urgent_flags)),
            record.red_flag_action, record.corrects_id, record.therapist_id,
        ]
        columns = ("patient_id, assessed_on, data, " + ", ".join(SCORE_COLUMNS)
                   + ", urgent_flags, red_flag_action, corrects_id, therapist_id")
        with transaction(self._db):
            if record.id is None:
                cursor = self._db.execute(
                    f"INSERT INTO assessments ({columns}, status, created_at, updated_at)"
                    f" VALUES ({', '.join('?' * (len(values) + 3))})",
                    [*values, "draft", stamp, stamp],
                )
                return replace(record, id=cursor.lastrowid, status="draft", created_at=stamp, updated_at=stamp)
            self._require_draft(record.id)
            assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
            self._db.execute(f"UPDATE assessments SET {assignments}, updated_at = ? WHERE id = ?",
                             [*values, stamp, record.id])
        return replace(record, updated_at=stamp)

    def sign(self, assessment_id: int, therapist_id: int | None = None) -> AssessmentRecord:
        """Make an assessment read-only for good."""
        stamp = now_iso()
        with transaction(self._db):
            self._require_draft(assessment_id)
            self._db.execute(
                "UPDATE assessments SET status = 'signed', signed_at = ?, updated_at = ?,"
                " therapist_id = coalesce(?, therapist_id) WHERE id = ?",
                [stamp, stamp, therapist_id, assessment_id],
            )
        return self.get(assessment_id)

    def _require_draft(self, assessment_id: int) -> None:
        rows = list(self._db.query("SELECT status FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise NotFoundError(f"assessment {assessment_id} does not exist")
        if rows[0]["status"] == "signed":
            raise PlannerError("this assessment is signed off and cannot be changed; start a correction instead")

    def get(self, assessment_id: int) -> AssessmentRecord:
        rows = list(self._db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise NotFoundError(f"assessment {assessment_id} does not exist")
        return _to_record(rows[0])

    def for_patient(self, patient_id: int) -> list[AssessmentRecord]:
        """Every assessment of a patient, oldest first."""
        return [_to_record(r) for r in self._db.query(
            "SELECT * FROM assessments WHERE patient_id = ? ORDER BY assessed_on, id", [patient_id])]

    def draft_for(self, patient_id: int) -> AssessmentRecord | None:
        """The patient's newest unsigned draft (the app keeps at most one open at a time)."""
        rows = list(self._db.query(
            "SELECT * FROM assessments WHERE patient_id = ? AND status = 'draft' ORDER BY id DESC LIMIT 1",
            [patient_id]))
        return _to_record(rows[0]) if rows else None

    def delete_draft(self, assessment_id: int) -> None:
        """Throw away a draft; a signed assessment is refused (it is kept for good)."""
        with transaction(self._db):
            self._require_draft(assessment_id)
            self._db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])

    def latest(self, patient_id: int) -> AssessmentRecord | None:
        rows = list(self._db.query(
            "SELECT * FROM assessments WHERE patient_id = ? ORDER BY assessed_on DESC, id DESC LIMIT 1",
            [patient_id]))
        return _to_record(rows[0]) if rows else None

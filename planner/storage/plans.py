"""Plans in the store: each save of a patient's plan is a new numbered version with its items."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from sqlite_utils import Database

from planner.core.dosage import Dosage
from planner.core.errors import NotFoundError
from planner.core.plan import Plan, PlanItem, PlanOptions
from planner.storage.db import now_iso, transaction


def _dosage_json(dosage: Dosage | None) -> str | None:
    return json.dumps(asdict(dosage), ensure_ascii=False) if dosage else None


def _dosage(text: str | None) -> Dosage | None:
    return Dosage(**json.loads(text)) if text else None


class PlanRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save_new_version(self, plan: Plan) -> Plan:
        """Store `plan` as the patient's next version, items in order, in one transaction."""
        stamp = now_iso()
        with transaction(self._db):
            version = 1 + int(self._db.execute(
                "SELECT coalesce(max(version), 0) FROM plans WHERE patient_id = ?", [plan.patient_id]
            ).fetchone()[0])
            cursor = self._db.execute(
                "INSERT INTO plans (patient_id, assessment_id, therapist_id, version, plan_date, review_date,"
                " goals, notes, options, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [plan.patient_id, plan.assessment_id, plan.therapist_id, version, plan.plan_date.isoformat(),
                 plan.review_date.isoformat() if plan.review_date else None,
                 json.dumps(list(plan.goals), ensure_ascii=False), plan.notes,
                 json.dumps(asdict(plan.options)), stamp, stamp],
            )
            plan_id = cursor.lastrowid
            for position, item in enumerate(plan.items):
                self._db.execute(
                    "INSERT INTO plan_items (plan_id, position, exercise_id, dosage, flare_dosage, note, reason,"
                    " override_reason, goals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [plan_id, position, item.exercise_id, _dosage_json(item.dosage), _dosage_json(item.flare_dosage),
                     item.note, item.reason, item.override_reason, json.dumps(list(item.goals))],
                )
        return replace(plan, id=plan_id, version=version, created_at=stamp, updated_at=stamp)

    def get(self, plan_id: int) -> Plan:
        rows = list(self._db.query("SELECT * FROM plans WHERE id = ?", [plan_id]))
        if not rows:
            raise NotFoundError(f"plan {plan_id} does not exist")
        return self._to_plan(rows[0])

    def for_patient(self, patient_id: int) -> list[Plan]:
        """Every plan version of a patient, oldest first."""
        return [self._to_plan(r) for r in self._db.query(
            "SELECT * FROM plans WHERE patient_id = ? ORDER BY version", [patient_id])]

    def latest(self, patient_id: int) -> Plan | None:
        rows = list(self._db.query(
            "SELECT * FROM plans WHERE patient_id = ? ORDER BY version DESC LIMIT 1", [patient_id]))
        return self._to_plan(rows[0]) if rows else None

    def _to_plan(self, row: dict[str, Any]) -> Plan:
        items = tuple(
            PlanItem(
                exercise_id=r["exercise_id"], dosage=_dosage(r["dosage"]) or Dosage(reps=1),
                flare_dosage=_dosage(r["flare_dosage"]), note=r["note"], reason=r["reason"],
                override_reason=r["override_reason"], goals=tuple(json.loads(r["goals"])),
            )
            for r in self._db.query("SELECT * FROM plan_items WHERE plan_id = ? ORDER BY position", [row["id"]])
        )
        return Plan(
            id=row["id"], patient_id=row["patient_id"], assessment_id=row["assessment_id"],
            therapist_id=row["therapist_id"], version=row["version"],
            plan_date=date.fromisoformat(row["plan_date"]),
            review_date=date.fromisoformat(row["review_date"]) if row["review_date"] else None,
            goals=tuple(json.loads(row["goals"])), notes=row["notes"],
            options=PlanOptions(**json.loads(row["options"])), items=items,
            created_at=row["created_at"], updated_at=row["updated_at"],
        )

"""The clinic's own exercises in the store: one row per exercise, its record (file schema) as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from planner.core.errors import NotFoundError, PlannerError
from planner.storage.db import now_iso, transaction


@dataclass(frozen=True)
class CustomExerciseRow:
    id: str
    data: dict[str, Any]
    based_on: str | None
    created_at: str
    updated_at: str


def _row(row: Mapping[str, Any]) -> CustomExerciseRow:
    return CustomExerciseRow(row["id"], json.loads(row["data"]), row["based_on"], row["created_at"],
                             row["updated_at"])


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True)


class CustomExerciseRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[CustomExerciseRow]:
        return [_row(r) for r in self._db.query("SELECT * FROM custom_exercises ORDER BY id")]

    def get(self, exercise_id: str) -> CustomExerciseRow:
        rows = list(self._db.query("SELECT * FROM custom_exercises WHERE id = ?", [exercise_id]))
        if not rows:
            raise NotFoundError(f"the clinic has no exercise {exercise_id!r}")
        return _row(rows[0])

    def ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM custom_exercises").fetchall()}

    def add_all(self, records: Iterable[tuple[Mapping[str, Any], str | None]]) -> list[str]:
        """Insert (record, based_on) pairs in one transaction: all are stored, or none (an id taken)."""
        stamp = now_iso()
        added: list[str] = []
        with transaction(self._db):
            for data, based_on in records:
                exercise_id = str(data["id"])
                if self._db.execute("SELECT 1 FROM custom_exercises WHERE id = ?", [exercise_id]).fetchone():
                    raise PlannerError(f"the clinic already has an exercise with the id {exercise_id!r}")
                self._db.execute(
                    "INSERT INTO custom_exercises (id, data, based_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    [exercise_id, _json(data), based_on, stamp, stamp],
                )
                added.append(exercise_id)
        return added

    def add(self, data: Mapping[str, Any], based_on: str | None = None) -> CustomExerciseRow:
        self.add_all([(data, based_on)])
        return self.get(str(data["id"]))

    def update(self, data: Mapping[str, Any]) -> CustomExerciseRow:
        exercise_id = str(data["id"])
        with transaction(self._db):
            cursor = self._db.execute("UPDATE custom_exercises SET data = ?, updated_at = ? WHERE id = ?",
                                      [_json(data), now_iso(), exercise_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"the clinic has no exercise {exercise_id!r}")
        return self.get(exercise_id)

    def delete(self, exercise_id: str) -> None:
        with transaction(self._db):
            cursor = self._db.execute("DELETE FROM custom_exercises WHERE id = ?", [exercise_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"the clinic has no exercise {exercise_id!r}")

    def plans_using(self, exercise_id: str) -> list[tuple[str, int]]:
        """(patient name, plan version) of every saved plan with this exercise."""
        return [(r[0], r[1]) for r in self._db.execute(
            "SELECT DISTINCT pa.name, p.version FROM plan_items i JOIN plans p ON p.id = i.plan_id"
            " JOIN patients pa ON pa.id = p.patient_id WHERE i.exercise_id = ? ORDER BY pa.name, p.version",
            [exercise_id]).fetchall()]

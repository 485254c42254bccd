"""The clinic's saved templates: a plan kept under a name, to start other patients' plans from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from planner.core.errors import NotFoundError, PlannerError
from planner.storage.db import now_iso, transaction


@dataclass(frozen=True)
class SavedTemplateRow:
    """`data` is in the shape of a template file (docs/exercise-format.md), read by planner.library."""

    id: str
    data: dict[str, Any]
    created_at: str
    updated_at: str


class TemplateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[SavedTemplateRow]:
        rows = self._db.query("SELECT * FROM saved_templates ORDER BY id")
        return [SavedTemplateRow(r["id"], json.loads(r["data"]), r["created_at"], r["updated_at"]) for r in rows]

    def ids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT id FROM saved_templates").fetchall()}

    def add(self, template_id: str, data: dict[str, Any]) -> SavedTemplateRow:
        stamp = now_iso()
        with transaction(self._db):
            if self._db.execute("SELECT 1 FROM saved_templates WHERE id = ?", [template_id]).fetchone():
                raise PlannerError(f"a saved template called '{template_id}' already exists")
            self._db.execute("INSERT INTO saved_templates (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)",
                             [template_id, json.dumps(data, ensure_ascii=False), stamp, stamp])
        return SavedTemplateRow(template_id, data, stamp, stamp)

    def delete(self, template_id: str) -> None:
        with transaction(self._db):
            if not self._db.execute("DELETE FROM saved_templates WHERE id = ?", [template_id]).rowcount:
                raise NotFoundError(f"saved template '{template_id}' does not exist")

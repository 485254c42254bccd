"""The audit trail in the store: append an entry, read entries back (newest first)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from planner.core.audit import AuditEntry
from planner.storage.db import now_iso, transaction


def insert_entry(db: Database, action: str, patient_id: int | None, detail: str, therapist: str) -> None:
    """Append inside the caller's transaction, so the entry is saved with the change it records."""
    db.execute("INSERT INTO audit_log (at, therapist, action, patient_id, detail) VALUES (?, ?, ?, ?, ?)",
               [now_iso(), therapist, action, patient_id, detail])


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, action: str, patient_id: int | None, detail: str, therapist: str) -> None:
        with transaction(self._db):
            insert_entry(self._db, action, patient_id, detail, therapist)

    def entries(self, patient_id: int | None = None, action: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        where: list[str] = []
        params: list[Any] = []
        if patient_id is not None:
            where.append("patient_id = ?")
            params.append(patient_id)
        if action is not None:
            where.append("action = ?")
            params.append(action)
        sql = "SELECT id, at, therapist, action, patient_id, detail FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY at DESC, id DESC"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [AuditEntry(*row) for row in self._db.execute(sql, params).fetchall()]

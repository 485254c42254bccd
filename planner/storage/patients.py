"""Patients in the store: add, change, find as you type, delete.

Writes use plain SQL inside `transaction()`: sqlite-utils' own write helpers commit on their own,
which would break the one-transaction-per-save rule. The list is what the app shows at start, so this
repository works on the plain connection (see storage/db.py).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

from planner.core.errors import NotFoundError
from planner.core.patient import Patient, PatientSummary
from planner.storage.db import now_iso, query, transaction


def fold_for_search(text: str) -> str:
    """Case and accents do not matter when searching: 'Zoë Łukasz' is found by 'zoe lukasz'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}))


def _search_text(patient: Patient) -> str:
    return fold_for_search(f"{patient.name} {patient.hospital_number}")


def _to_patient(row: dict[str, Any]) -> Patient:
    return Patient(
        id=row["id"], name=row["name"],
        date_of_birth=date.fromisoformat(row["date_of_birth"]) if row["date_of_birth"] else None,
        hospital_number=row["hospital_number"], contact=row["contact"], notes=row["notes"],
        created_at=row["created_at"], updated_at=row["updated_at"],
    )


class PatientRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._db = conn

    def add(self, patient: Patient) -> Patient:
        stamp = now_iso()
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO patients (name, date_of_birth, hospital_number, contact, notes, search_text,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [patient.name, _iso(patient.date_of_birth), patient.hospital_number, patient.contact,
                 patient.notes, _search_text(patient), stamp, stamp],
            )
        return replace(patient, id=cursor.lastrowid, created_at=stamp, updated_at=stamp)

    def update(self, patient: Patient) -> Patient:
        if patient.id is None:
            raise ValueError("update needs a saved patient")
        stamp = now_iso()
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE patients SET name = ?, date_of_birth = ?, hospital_number = ?, contact = ?, notes = ?,"
                " search_text = ?, updated_at = ? WHERE id = ?",
                [patient.name, _iso(patient.date_of_birth), patient.hospital_number, patient.contact,
                 patient.notes, _search_text(patient), stamp, patient.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"patient {patient.id} does not exist")
        return replace(patient, updated_at=stamp)

    def get(self, patient_id: int) -> Patient:
        rows = list(query(self._db, "SELECT * FROM patients WHERE id = ?", [patient_id]))
        if not rows:
            raise NotFoundError(f"patient {patient_id} does not exist")
        return _to_patient(rows[0])

    def delete(self, patient_id: int) -> None:
        """Remove the patient and, through foreign keys, their assessments and plans."""
        with transaction(self._db):
            cursor = self._db.execute("DELETE FROM patients WHERE id = ?", [patient_id])
            if cursor.rowcount == 0:
                raise NotFoundError(f"patient {patient_id} does not exist")

    def search(self, text: str = "", limit: int | None = None) -> list[PatientSummary]:
        """Patients whose name or number contains every typed word; most recently changed first."""
        words = fold_for_search(text).split()
        where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in words) or "1"
        params: list[Any] = [f"%{_escape_like(w)}%" for w in words]
        sql = (f"SELECT id, name, date_of_birth, hospital_number, updated_at FROM patients WHERE {where}"
               " ORDER BY updated_at DESC, id DESC")
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            PatientSummary(row["id"], row["name"],
                           date.fromisoformat(row["date_of_birth"]) if row["date_of_birth"] else None,
                           row["hospital_number"], row["updated_at"])
            for row in query(self._db, sql, params)
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM patients").fetchone()[0])


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

"""Therapist profiles in the store: the names, roles and registration numbers printed on plans.

A removed profile is only marked inactive: plans and assessments that name it keep pointing at it.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from planner.core.errors import NotFoundError
from planner.core.printable import Therapist, TherapistProfile
from planner.storage.db import now_iso, transaction


def _to_profile(row: dict[str, Any]) -> TherapistProfile:
    return TherapistProfile(row["id"], Therapist(name=row["name"], role=row["role"],
                                                 registration=row["registration"], contact=row["contact"]))


class TherapistRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, therapist: Therapist) -> TherapistProfile:
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO therapists (name, role, registration, contact, active, created_at)"
                " VALUES (?, ?, ?, ?, 1, ?)",
                [therapist.name, therapist.role, therapist.registration, therapist.contact, now_iso()],
            )
        return TherapistProfile(cursor.lastrowid, therapist)

    def update(self, profile: TherapistProfile) -> TherapistProfile:
        therapist = profile.therapist
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE therapists SET name = ?, role = ?, registration = ?, contact = ? WHERE id = ?",
                [therapist.name, therapist.role, therapist.registration, therapist.contact, profile.id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError(f"therapist {profile.id} does not exist")
        return profile

    def retire(self, therapist_id: int) -> None:
        """Take the profile off the list; plans already printed with it still find it."""
        with transaction(self._db):
            cursor = self._db.execute("UPDATE therapists SET active = 0 WHERE id = ?", [therapist_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"therapist {therapist_id} does not exist")

    def get(self, therapist_id: int) -> TherapistProfile:
        rows = list(self._db.query("SELECT * FROM therapists WHERE id = ?", [therapist_id]))
        if not rows:
            raise NotFoundError(f"therapist {therapist_id} does not exist")
        return _to_profile(rows[0])

    def active(self) -> list[TherapistProfile]:
        """The profiles to choose from, by name."""
        return [_to_profile(r) for r in self._db.query(
            "SELECT * FROM therapists WHERE active = 1 ORDER BY name COLLATE NOCASE, id")]

"""Ordered schema migrations; the database's `user_version` is the number applied.

Never edit a released migration: add the next one. Each runs in the same transaction as the
version bump, so a crash leaves the schema either before or after it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one inside the caller's transaction (executescript would commit it)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def _m001_initial(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            date_of_birth TEXT,
            hospital_number TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX patients_by_updated ON patients (updated_at DESC);

        CREATE TABLE therapists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'Physiotherapist',
            registration TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );

        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
            assessed_on TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
            corrects_id INTEGER REFERENCES assessments (id) ON DELETE SET NULL,
            therapist_id INTEGER REFERENCES therapists (id) ON DELETE SET NULL,
            data TEXT NOT NULL,
            basdai REAL, basfi REAL, basmi REAL, asdas_crp REAL, asdas_esr REAL,
            urgent_flags TEXT NOT NULL DEFAULT '[]',
            red_flag_action TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            signed_at TEXT
        );
        CREATE INDEX assessments_by_patient ON assessments (patient_id, assessed_on);

        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
            assessment_id INTEGER REFERENCES assessments (id) ON DELETE SET NULL,
            therapist_id INTEGER REFERENCES therapists (id) ON DELETE SET NULL,
            version INTEGER NOT NULL,
            plan_date TEXT NOT NULL,
            review_date TEXT,
            goals TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (patient_id, version)
        );

        CREATE TABLE plan_items (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            dosage TEXT NOT NULL,
            flare_dosage TEXT,
            note TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            override_reason TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '[]',
            UNIQUE (plan_id, position)
        );

        CREATE TABLE custom_exercises (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            based_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE saved_templates (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            therapist TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            patient_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_by_time ON audit_log (at);
        """
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_m001_initial,)
SCHEMA_VERSION = len(MIGRATIONS)

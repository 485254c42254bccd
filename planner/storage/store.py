"""The store as one object: the open database and a repository per kind of record."""

from __future__ import annotations

from pathlib import Path

from planner.storage.assessments import AssessmentRepository
from planner.storage.db import open_database
from planner.storage.patients import PatientRepository
from planner.storage.plans import PlanRepository
from planner.storage.settings import SettingsRepository
from planner.storage.templates import TemplateRepository
from planner.storage.therapists import TherapistRepository


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = open_database(path)
        self.patients = PatientRepository(self.db)
        self.assessments = AssessmentRepository(self.db)
        self.plans = PlanRepository(self.db)
        self.settings = SettingsRepository(self.db)
        self.therapists = TherapistRepository(self.db)
        self.templates = TemplateRepository(self.db)

    def close(self) -> None:
        self.db.conn.close()

    def reopen(self) -> None:
        """Open the file again after a restore replaced it; the repositories move to the new connection."""
        self.close()
        Store.__init__(self, self.path)

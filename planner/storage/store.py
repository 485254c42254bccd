"""The store as one object: the open database and a repository per kind of record."""

from __future__ import annotations

from pathlib import Path

from planner.storage.assessments import AssessmentRepository
from planner.storage.custom_exercises import CustomExerciseRepository
from planner.storage.db import open_database
from planner.storage.patients import PatientRepository
from planner.storage.plans import PlanRepository
from planner.storage.settings import SettingsRepository


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = open_database(path)
        self.patients = PatientRepository(self.db)
        self.assessments = AssessmentRepository(self.db)
        self.custom_exercises = CustomExerciseRepository(self.db)
        self.plans = PlanRepository(self.db)
        self.settings = SettingsRepository(self.db)

    def close(self) -> None:
        self.db.conn.close()

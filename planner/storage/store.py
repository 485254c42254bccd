"""The store as one object: the open database and a repository per kind of record."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner.storage.db import open_connection, wrap
from planner.storage.patients import PatientRepository

if TYPE_CHECKING:
    from sqlite_utils import Database

    from planner.storage.assessments import AssessmentRepository
    from planner.storage.custom_exercises import CustomExerciseRepository
    from planner.storage.plans import PlanRepository
    from planner.storage.settings import SettingsRepository
    from planner.storage.templates import TemplateRepository
    from planner.storage.therapists import TherapistRepository


class Store:
    """The patient list is ready at once; the other repositories (and sqlite-utils) load on first use."""

    _LAZY = ("db", "assessments", "plans", "settings", "templates", "therapists", "custom_exercises")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = open_connection(path)
        self.patients = PatientRepository(self.conn)

    @cached_property
    def db(self) -> Database:
        return wrap(self.conn)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        from planner.storage.assessments import AssessmentRepository

        return AssessmentRepository(self.db)

    @cached_property
    def custom_exercises(self) -> CustomExerciseRepository:
        from planner.storage.custom_exercises import CustomExerciseRepository

        return CustomExerciseRepository(self.db)

    @cached_property
    def plans(self) -> PlanRepository:
        from planner.storage.plans import PlanRepository

        return PlanRepository(self.db)

    @cached_property
    def settings(self) -> SettingsRepository:
        from planner.storage.settings import SettingsRepository

        return SettingsRepository(self.db)

    @cached_property
    def templates(self) -> TemplateRepository:
        from planner.storage.templates import TemplateRepository

        return TemplateRepository(self.db)

    @cached_property
    def therapists(self) -> TherapistRepository:
        from planner.storage.therapists import TherapistRepository

        return TherapistRepository(self.db)

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        """Open the file again after a restore replaced it; every repository moves to the new connection."""
        self.close()
        for name in self._LAZY:
            self.__dict__.pop(name, None)
        self.conn = open_connection(self.path)
        self.patients = PatientRepository(self.conn)

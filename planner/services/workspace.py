"""A working session on one clinic's data: the store, the exercise library and the services over them."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner import paths
from planner.services.patients import PatientService
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.library.loader import Library
    from planner.services.assessments import AssessmentService
    from planner.services.library import LibraryService
    from planner.services.plans import PlanService


class Workspace:
    """Opened once by the GUI (or a CLI command that needs the store); close() when done.

    Only what the patient list needs is loaded at start; the other services (and the scoring,
    library and PDF code behind them) are imported the first time they are used.
    """

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir or paths.data_dir()
        self.store = Store(paths.database_path(self.data_dir))
        self.patients = PatientService(self.store)

    @cached_property
    def assessments(self) -> AssessmentService:
        from planner.services.assessments import AssessmentService

        return AssessmentService(self.store)

    @cached_property
    def plans(self) -> PlanService:
        from planner.services.plans import PlanService

        return PlanService(self.store, lambda: self.library)

    @property
    def library(self) -> Library:
        """Shipped and clinic exercises: one live view that follows edits made through exercise_library."""
        return self.exercise_library.library

    @cached_property
    def exercise_library(self) -> LibraryService:
        from planner.services.library import LibraryService

        return LibraryService(self.store)

    def patients_count(self) -> int:
        return self.store.patients.count()

    def close(self) -> None:
        self.store.close()

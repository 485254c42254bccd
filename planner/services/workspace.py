"""A working session on one clinic's data: the store, the exercise library and the services over them."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner import paths
from planner.services.patients import PatientService
from planner.storage.lock import DataLock
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.library.loader import Library
    from planner.services.assessments import AssessmentService
    from planner.services.audit import AuditService
    from planner.services.backup import BackupService
    from planner.services.library import LibraryService
    from planner.services.plans import PlanService
    from planner.services.printing import PrintService
    from planner.services.privacy import PrivacyService
    from planner.services.settings import SettingsService
    from planner.services.suggest import SuggestService


class Workspace:
    """Opened once by the GUI (or a CLI command that needs the store); close() when done.

    Only what the patient list needs is loaded at start; the other services (and the scoring,
    library and PDF code behind them) are imported the first time they are used.
    """

    def __init__(self, data_dir: Path | None = None, exclusive: bool = False) -> None:
        self.data_dir = data_dir or paths.data_dir()
        # exclusive (the GUI): hold the data folder's lock, so a second window is refused, not let in.
        self.lock = DataLock(self.data_dir)
        if exclusive:
            self.lock.acquire()
        try:
            self.store = Store(paths.database_path(self.data_dir))
        except BaseException:
            self.lock.release()
            raise
        self.patients = PatientService(self.store)

    @cached_property
    def assessments(self) -> AssessmentService:
        from planner.services.assessments import AssessmentService

        return AssessmentService(self.store)

    @cached_property
    def plans(self) -> PlanService:
        from planner.services.plans import PlanService

        return PlanService(self.store, lambda: self.library)

    @cached_property
    def settings(self) -> SettingsService:
        from planner.services.settings import SettingsService

        return SettingsService(self.store)

    @cached_property
    def printing(self) -> PrintService:
        from planner.services.printing import PrintService

        return PrintService(self.store, lambda: self.library, self.settings)

    @cached_property
    def backups(self) -> BackupService:
        from planner.services.backup import BackupService

        return BackupService(self.store, self.data_dir, self.lock)

    @cached_property
    def privacy(self) -> PrivacyService:
        from planner.services.privacy import PrivacyService

        return PrivacyService(self.store, self.data_dir)

    @cached_property
    def audit(self) -> AuditService:
        from planner.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def suggestions(self) -> SuggestService:
        from planner.services.suggest import SuggestService

        return SuggestService(self.store, lambda: self.library)

    @property
    def library(self) -> Library:
        """Shipped and clinic exercises: one live view that follows edits made through exercise_library."""
        return self.exercise_library.current()

    @cached_property
    def exercise_library(self) -> LibraryService:
        from planner.services.library import LibraryService

        return LibraryService(self.store)

    def patients_count(self) -> int:
        return self.store.patients.count()

    def close(self) -> None:
        self.store.close()
        self.lock.release()

"""A working session on one clinic's data: the store, the exercise library and the services over them."""

from __future__ import annotations

from pathlib import Path

from planner import paths
from planner.library.loader import Library
from planner.services.library import shipped_library
from planner.services.patients import PatientService
from planner.services.plans import PlanService
from planner.storage.store import Store


class Workspace:
    """Opened once by the GUI (or a CLI command that needs the store); close() when done."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir or paths.data_dir()
        self.store = Store(paths.database_path(self.data_dir))
        self.patients = PatientService(self.store)
        self.plans = PlanService(self.store, self.library)

    @property
    def library(self) -> Library:
        return shipped_library()

    def close(self) -> None:
        self.store.close()

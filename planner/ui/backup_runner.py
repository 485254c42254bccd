"""Runs a backup on a worker thread so the window never freezes; reports progress and the outcome."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from planner.core.errors import PlannerError

if TYPE_CHECKING:
    from planner.services.backup import BackupJob


class _BackupThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)   # the Path written
    failed = Signal(str)

    def __init__(self, job: BackupJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            written = self._job.run(lambda done, total: self.progressed.emit(done, total))
        except PlannerError as error:
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(written)


class BackupRunner(QObject):
    """One backup at a time; `finished(path or None, message)` is emitted on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _BackupThread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: BackupJob) -> bool:
        """Start `job`; False (and nothing started) if a backup is already running."""
        if self._thread is not None:
            return False
        thread = _BackupThread(job, self)
        thread.progressed.connect(self.progressed)
        thread.succeeded.connect(lambda path: self._done(path, ""))
        thread.failed.connect(lambda message: self._done(None, message))
        self._thread = thread
        thread.start()
        return True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _done(self, path: Path | None, message: str) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.finished.emit(path, message)

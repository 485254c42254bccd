"""Backups for the clinic: rolling copies on start and daily, a copy on request, checked restores."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner import paths
from planner.core.audit import BACKUP, RESTORE
from planner.core.errors import Problem, ValidationError
from planner.services.audit import record
from planner.storage.backup import (
    BackupFile,
    Progress,
    backup_database,
    list_backups,
    make_rolling_backup,
    restore_database,
)
from planner.storage.lock import DataLock
from planner.storage.store import Store

KEEP_KEY = "backup_keep"              # settings: how many automatic backups to keep
DEFAULT_KEEP = 10
KEEP_RANGE = (1, 365)
DAILY = timedelta(hours=24)
# Opening and closing the app many times a day must not push last week's backups out of the rotation.
START_GAP = timedelta(hours=1)


@dataclass(frozen=True)
class BackupJob:
    """A backup that touches files only (not the app's open connection), so it may run on a worker thread."""

    db_path: Path
    out: Path | None          # None: a rolling backup into `folder`
    folder: Path
    keep: int
    now: datetime | None = None

    def run(self, progress: Progress | None = None) -> Path:
        if self.out is not None:
            return backup_database(self.db_path, self.out, progress)
        return make_rolling_backup(self.db_path, self.folder, self.keep, self.now, progress)


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path | None     # the copy of the data that was replaced, in the backups folder


def _newest_age(folder: Path, now: datetime) -> timedelta | None:
    automatic = [b for b in list_backups(folder) if b.automatic]
    return now - automatic[0].made_at if automatic else None


def restore_into(data_dir: Path, candidate: Path, now: datetime | None = None) -> Restored:
    """Restore `candidate` as the store of `data_dir` with no store open (the command line's way).

    Takes the data lock first: refused with DataInUseError while a Planner window is open.
    """
    with DataLock(data_dir):
        kept = restore_database(candidate, paths.database_path(data_dir), paths.backups_dir(data_dir), now)
        store = Store(paths.database_path(data_dir))   # migrates a backup from an older version
        try:
            record(store, RESTORE, None, _restore_detail(kept))
        finally:
            store.close()
    return Restored(candidate, kept)


def _restore_detail(kept: Path | None) -> str:
    return f"data replaced from a backup file; previous data kept as {kept.name}" if kept else \
        "data restored from a backup file into an empty data folder"


class BackupService:
    def __init__(self, store: Store, data_dir: Path, lock: DataLock) -> None:
        self._store = store
        self.data_dir = data_dir
        self._lock = lock

    @property
    def folder(self) -> Path:
        return paths.backups_dir(self.data_dir)

    @property
    def keep(self) -> int:
        try:
            value = self._store.settings.get(KEEP_KEY, DEFAULT_KEEP)
        except sqlite3.DatabaseError:   # a damaged store: the backup itself then says so, in words
            return DEFAULT_KEEP
        return value if isinstance(value, int) and KEEP_RANGE[0] <= value <= KEEP_RANGE[1] else DEFAULT_KEEP

    def set_keep(self, count: int) -> None:
        low, high = KEEP_RANGE
        if not isinstance(count, int) or not low <= count <= high:
            raise ValidationError([Problem("backup_keep", f"keep from {low} to {high} backups")])
        self._store.settings.set(KEEP_KEY, count)

    def backups(self) -> list[BackupFile]:
        return list_backups(self.folder)

    def copy_job(self, out: Path) -> BackupJob:
        return BackupJob(self._store.path, out, self.folder, self.keep)

    def rolling_job(self, now: datetime | None = None) -> BackupJob:
        return BackupJob(self._store.path, None, self.folder, self.keep, now)

    def note_copy(self) -> None:
        """Audit a copy of all data written where the user chose (it can leave the clinic)."""
        record(self._store, BACKUP, None, "copy of all data written to a file chosen by the user")

    def back_up_to(self, out: Path, progress: Progress | None = None) -> Path:
        """A copy of all the clinic's data at `out` (for the clinic's own backup routine)."""
        self.copy_job(out).run(progress)
        self.note_copy()
        return out

    def rolling_backup(self, now: datetime | None = None, progress: Progress | None = None) -> Path:
        return self.rolling_job(now).run(progress)

    def due_on_start(self, now: datetime | None = None) -> bool:
        """A rolling backup is made at start, unless one was made in the last hour."""
        age = _newest_age(self.folder, now or datetime.now(UTC))
        return age is None or age >= START_GAP

    def due_daily(self, now: datetime | None = None) -> bool:
        """The daily backup, when the newest is 24 hours old (a timer checks while the app runs)."""
        age = _newest_age(self.folder, now or datetime.now(UTC))
        return age is None or age >= DAILY

    def backup_on_start(self, now: datetime | None = None) -> Path | None:
        return self.rolling_backup(now) if self.due_on_start(now) else None

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        return self.rolling_backup(now) if self.due_daily(now) else None

    def restore(self, candidate: Path, now: datetime | None = None) -> Restored:
        """Replace the open store with `candidate`: checked first, current data kept, then reopened."""
        acquired_here = not self._lock.held
        self._lock.acquire()   # DataInUseError if another Planner holds the folder
        try:
            self._store.close()
            try:
                kept = restore_database(candidate, self._store.path, self.folder, now)
            finally:
                self._store.reopen()
            record(self._store, RESTORE, None, _restore_detail(kept))
        finally:
            if acquired_here:
                self._lock.release()
        return Restored(candidate, kept)

"""Backups with SQLite's backup API, rolling copies in the backups folder, and checked, atomic restores.

Every copy is written to a temp file beside its destination, checked, flushed and renamed, so a
crash or a full disk never leaves half a backup or half a database behind.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.core.errors import StorageError
from planner.storage.db import storage_error
from planner.storage.lock import IN_USE_MESSAGE, DataInUseError
from planner.storage.migrations import SCHEMA_VERSION

AUTOMATIC_PREFIX = "planner-"
BEFORE_RESTORE_PREFIX = "before-restore-"
SUFFIX = ".sqlite3"
REQUIRED_TABLES = frozenset({"patients", "assessments", "plans", "settings", "audit_log"})
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(rf"^({AUTOMATIC_PREFIX}|{BEFORE_RESTORE_PREFIX})(\d{{8}}T\d{{6}}Z)(?:-\d+)?\.sqlite3$")
_PAGES_PER_STEP = 1024

Progress = Callable[[int, int], None]   # (pages copied, total pages)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime     # UTC, from the file name (a copied file keeps its name, not always its mtime)
    automatic: bool       # rolling backups are pruned; copies kept before a restore never are

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":   # a rename is durable once its folder is flushed (not possible on Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _temp_beside(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise StorageError(f"cannot write in {path.parent}: {error.strerror or error}") from None
    os.close(handle)
    return Path(name)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def problems_in(conn: sqlite3.Connection, name: str, quick: bool = False) -> str | None:
    """Why the open database `name` is not a usable Planner store, or None if it is."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        return f"{name} is not a Planner database or backup ({error})"
    if version == 0 or not REQUIRED_TABLES.issubset(tables):
        return f"{name} is not a Planner database or backup (it does not have Planner's tables)"
    if version > SCHEMA_VERSION:
        return (f"{name} was made by a newer version of Planner (schema {version}; this version knows up to "
                f"{SCHEMA_VERSION}); install the newer version to use it")
    try:
        check = [row[0] for row in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return f"{name} is damaged ({error})"
    if check != ["ok"]:
        found = " ".join(" ".join(check[:3]).split())   # the first problems, on one line
        return f"{name} is damaged (integrity check: {found})"
    return None


def backup_database(db_path: Path, out: Path, progress: Progress | None = None) -> Path:
    """Copy the live store at `db_path` to `out` as one self-contained, checked file.

    Safe while the app is running: the backup API copies a consistent snapshot. A damaged store is
    refused (StorageError) rather than copied, so it never pushes good backups out of the rotation.
    """
    if not db_path.is_file():
        raise StorageError(f"there is no database to back up at {db_path}")
    temp = _temp_beside(out)
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        target = sqlite3.connect(temp)
        try:
            source.backup(target, pages=_PAGES_PER_STEP,
                          progress=(lambda _status, left, total: progress(total - left, total)) if progress else None)
            target.execute("PRAGMA journal_mode = DELETE")   # one file, no -wal beside it
            problem = problems_in(target, "the database", quick=True)
        finally:
            target.close()
            source.close()
        if problem:
            raise StorageError(f"{problem}; it was not backed up. Restore an earlier backup (File → Restore)")
        os.chmod(temp, 0o600)
        _fsync_file(temp)
        os.replace(temp, out)
        _fsync_dir(out.parent)
    except sqlite3.Error as error:
        _remove(temp)
        raise storage_error(error, f"the backup to {out} failed") from None
    except OSError as error:
        _remove(temp)
        raise StorageError(f"the backup to {out} failed: {error.strerror or error}; nothing was changed") from None
    except BaseException:
        _remove(temp)
        raise
    return out


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                made = datetime.strptime(match.group(2), _STAMP).replace(tzinfo=UTC)
                found.append(BackupFile(path, made, match.group(1) == AUTOMATIC_PREFIX))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _new_name(folder: Path, prefix: str, now: datetime) -> Path:
    base = f"{prefix}{now.astimezone(UTC).strftime(_STAMP)}"
    path, count = folder / f"{base}{SUFFIX}", 1
    while path.exists():
        count += 1
        path = folder / f"{base}-{count}{SUFFIX}"
    return path


def make_rolling_backup(db_path: Path, folder: Path, keep: int, now: datetime | None = None,
                        progress: Progress | None = None) -> Path:
    """Back up into `folder` and delete the oldest automatic backups beyond the newest `keep`."""
    out = backup_database(db_path, _new_name(folder, AUTOMATIC_PREFIX, now or datetime.now(UTC)), progress)
    automatic = [b for b in list_backups(folder) if b.automatic]
    for old in automatic[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
    return out


def _prepare_candidate(candidate: Path, temp: Path) -> None:
    """Copy `candidate` (and its -wal, if any) to `temp`, check it, and make it a one-file database."""
    if not candidate.is_file():
        raise StorageError(f"{candidate}: no such file")
    if candidate.stat().st_size == 0:
        raise StorageError(f"{candidate} is empty; it is not a Planner backup")
    try:
        shutil.copyfile(candidate, temp)
        wal = candidate.with_name(candidate.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, temp.with_name(temp.name + "-wal"))
    except OSError as error:
        raise StorageError(f"cannot copy {candidate}: {error.strerror or error}; nothing was changed") from None
    conn = sqlite3.connect(temp)
    try:
        problem = problems_in(conn, str(candidate))
        if problem:
            raise StorageError(f"{problem}. Nothing was restored")
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        raise storage_error(error, f"cannot read {candidate}") from None
    finally:
        conn.close()
    _fsync_file(temp)


def _set_aside(db_path: Path, folder: Path, now: datetime) -> Path | None:
    """Keep an exact copy of the current store (with its -wal if it could not be folded in)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        # Fold the WAL into the main file so the copy is one file and no stale -wal can meet the new one.
        conn = sqlite3.connect(db_path, timeout=1)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DataInUseError(IN_USE_MESSAGE) from None
    except sqlite3.DatabaseError:
        pass   # a damaged store cannot be folded; it is copied exactly as it is, -wal and all
    kept = _new_name(folder, BEFORE_RESTORE_PREFIX, now)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for part in ("", "-wal"):
        source = db_path.with_name(db_path.name + part)
        if source.is_file():
            target = kept.with_name(kept.name + part)
            shutil.copyfile(source, target)
            os.chmod(target, 0o600)
            _fsync_file(target)
    _fsync_dir(folder)
    return kept


def restore_database(candidate: Path, db_path: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """Replace the store at `db_path` with `candidate` after checking it; returns the kept previous copy.

    The caller must hold the DataLock and have closed its own connection. The file is checked
    (integrity, Planner's tables, a schema this version knows) before anything is touched; the
    current store is copied into `folder` first; the swap itself is one rename.
    """
    temp = _temp_beside(db_path)
    try:
        _prepare_candidate(candidate, temp)
        kept = _set_aside(db_path, folder, now or datetime.now(UTC))
        for stale in ("-wal", "-shm"):
            db_path.with_name(db_path.name + stale).unlink(missing_ok=True)
        os.replace(temp, db_path)
        _fsync_dir(db_path.parent)
    except OSError as error:
        raise StorageError(f"the restore failed: {error.strerror or error}; the current data was kept") from None
    finally:
        _remove(temp)
    return kept

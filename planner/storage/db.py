"""Opening the store: one SQLite file, WAL, foreign keys on, migrated in order, private to the user.

The file is opened with the standard library's sqlite3; sqlite-utils wraps that same connection when a
repository first needs it (Store.db). Importing sqlite-utils costs about 60 ms, half a bare Qt window's
start, so the patient list, which is all the app shows at start, reads the connection directly.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core.errors import StorageError
from planner.storage.migrations import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    Connectable = sqlite3.Connection | Database

_BUSY_TIMEOUT_S = 3.0


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _make_private_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageError(f"cannot create the data folder {folder}: {error.strerror or error}") from None


def _create_private_file(path: Path) -> None:
    """Create the database file with mode 0600 before SQLite does (its -wal and -shm copy that mode)."""
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        return
    except OSError as error:
        raise StorageError(f"cannot write in the data folder {path.parent}: {error.strerror or error}") from None


def _read_version(path: Path) -> int:
    """Read the schema version without changing anything (read-only connection)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        raise StorageError(f"cannot open the database {path}: {error}") from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path} is damaged or is not a planner database ({error})") from None
    finally:
        conn.close()
    if version == 0 and tables:
        raise StorageError(f"{path} is not a planner database; it was left untouched")
    return int(version)


def open_connection(path: Path) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the store at `path`.

    Raises StorageError with a sentence for a person when the folder is not writable, the file is
    damaged or not ours, it was written by a newer version (left untouched), or another program holds
    it locked.
    """
    _make_private_dir(path.parent)
    _create_private_file(path)
    if not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)):
        raise StorageError(f"the data folder {path.parent} is read-only (the disk or its permissions); Planner "
                           "needs to save there. Nothing was changed")
    version = _read_version(path) if path.stat().st_size else 0
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"this database was written by a newer version of Planner (schema {version}; this version "
            f"knows up to {SCHEMA_VERSION}). Please install the newer version. The file was not changed."
        )
    conn = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = NORMAL")   # safe with WAL: a crash loses no committed transaction
        _check_writable(conn)
        _migrate(conn, version)
    except sqlite3.OperationalError as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise StorageError(f"the database {path} is in use by another program; close it and try again") from None
        raise StorageError(f"cannot use the database {path}: {error}") from None
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StorageError(f"{path} is damaged or is not a planner database ({error})") from None
    return conn


def open_database(path: Path) -> Database:
    """The store as a sqlite-utils Database (for callers that want its helpers from the start)."""
    return wrap(open_connection(path))


def wrap(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over an open connection; no plugins may hook into the clinical database."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _check_writable(conn: sqlite3.Connection) -> None:
    """Take and release the write lock now, so a locked store is reported at start, not on first save."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


def _migrate(conn: sqlite3.Connection, current: int) -> None:
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        with transaction(conn):
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number}")


def _raw(db: Connectable) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def query(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Rows as dictionaries, like sqlite-utils' Database.query, straight from a connection."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def storage_error(error: sqlite3.Error, doing: str) -> StorageError:
    """A full disk, a read-only disk or a busy store, said in words a person can act on."""
    text = str(error)
    if "full" in text:
        return StorageError(f"{doing}: the disk is full. Free some space and try again; nothing was changed")
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{doing}: the data folder or disk is read-only; nothing was changed")
    if "locked" in text or "busy" in text:
        return StorageError(f"{doing}: the database is in use by another program; close it and try again")
    return StorageError(f"{doing}: {text}")


@contextmanager
def transaction(db: Connectable) -> Iterator[Connectable]:
    """One atomic unit of work: everything inside is saved together or not at all."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if _raw(db).in_transaction:   # SQLite has already rolled back after some errors (a full disk)
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.OperationalError as error:
        if _raw(db).in_transaction:
            db.execute("ROLLBACK")
        raise storage_error(error, "not saved") from None


def schema_version(db: Connectable) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])

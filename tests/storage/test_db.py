"""Opening the store: private files, WAL, foreign keys, migrations, and refusals that change nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from planner.core.errors import StorageError
from planner.storage.db import open_database, schema_version
from planner.storage.migrations import SCHEMA_VERSION
from planner.storage.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_wal_with_foreign_keys_and_current_schema(store: Store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(store.db) == SCHEMA_VERSION
    assert {"patients", "assessments", "plans", "plan_items", "settings", "audit_log"} <= set(store.db.table_names())


def test_reopening_keeps_data_and_applies_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    first = open_database(path)
    first.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    first.conn.close()
    again = open_database(path)
    assert again.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "1"
    assert schema_version(again) == SCHEMA_VERSION
    again.conn.close()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StorageError, match=r"newer version of Planner.*not changed"):
        open_database(path)
    assert _digest(path) == before
    assert not path.with_name("planner.sqlite3-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = _digest(path)
    with pytest.raises(StorageError, match="damaged or is not a planner database"):
        open_database(path)
    assert _digest(path) == before


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a planner database"):
        open_database(path)


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    open_database(path).conn.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="in use by another program"):
            Store(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_unusable_data_folder_gives_a_clear_error(tmp_path: Path) -> None:
    # A regular file where the folder should be fails for every user, root included.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the data folder"):
        open_database(blocker / "data" / "planner.sqlite3")

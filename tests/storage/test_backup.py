"""Backups and restores: consistent one-file copies, rolling rotation, and restores that refuse bad files."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.core.errors import StorageError
from planner.core.patient import Patient
from planner.storage import backup as backup_module
from planner.storage.backup import backup_database, list_backups, make_rolling_backup, restore_database
from planner.storage.lock import DataInUseError, DataLock
from planner.storage.migrations import SCHEMA_VERSION
from planner.storage.store import Store

T0 = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM patients ORDER BY id")]
    finally:
        conn.close()


def _store_with(path: Path, *names: str) -> Store:
    store = Store(path)
    for name in names:
        store.patients.add(Patient(name))
    return store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "planner.sqlite3"


def test_backup_is_one_private_checked_file_with_everything_committed(db_path: Path, tmp_path: Path) -> None:
    store = _store_with(db_path, "Zoë Łukasz", "Ana Ñúñez-O'Brien")
    try:   # taken while the store is open and in WAL mode, as the running app does
        out = backup_database(db_path, tmp_path / "copy.sqlite3")
    finally:
        store.close()
    assert _names(out) == ["Zoë Łukasz", "Ana Ñúñez-O'Brien"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "data"]   # no temp file left


def test_rolling_backups_keep_the_newest_n(db_path: Path, data_dir: Path) -> None:
    _store_with(db_path, "A Patient").close()
    folder = data_dir / "backups"
    for hour in range(5):
        make_rolling_backup(db_path, folder, keep=3, now=T0 + timedelta(hours=hour))
    kept = list_backups(folder)
    assert [b.made_at for b in kept] == [T0 + timedelta(hours=h) for h in (4, 3, 2)]
    assert kept[0].path.name == "planner-20261125T133000Z.sqlite3"
    assert all(b.automatic for b in kept)


def test_two_backups_in_the_same_second_both_survive(db_path: Path, data_dir: Path) -> None:
    _store_with(db_path).close()
    first = make_rolling_backup(db_path, data_dir / "backups", keep=10, now=T0)
    second = make_rolling_backup(db_path, data_dir / "backups", keep=10, now=T0)
    assert first != second and first.exists() and second.exists()


def test_restore_replaces_the_data_and_keeps_the_current_copy(db_path: Path, data_dir: Path, tmp_path: Path) -> None:
    _store_with(db_path, "In The Backup").close()
    saved = backup_database(db_path, tmp_path / "saved.sqlite3")
    store = _store_with(db_path, "Added Later")
    store.close()
    kept = restore_database(saved, db_path, data_dir / "backups", now=T0)
    assert _names(db_path) == ["In The Backup"]
    assert kept is not None and kept.name == "before-restore-20261125T093000Z.sqlite3"
    assert _names(kept) == ["In The Backup", "Added Later"]
    assert not list_backups(data_dir / "backups")[0].automatic   # never pruned by the rotation
    assert not db_path.with_name("planner.sqlite3-wal").exists()
    reopened = Store(db_path)   # and the restored file opens as the live store again
    assert reopened.patients.count() == 1
    reopened.close()


def _newer_version(path: Path) -> None:
    shutil.copyfile(path, path.with_name("tmp"))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size // 2 // 4096 * 4096)
        stream.write(b"\xde\xad\xbe\xef" * 1024)


def _someone_elses(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("spoil", "message"), [
    (lambda p: p.write_text("shopping list\n" * 100), "not a Planner database or backup"),
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_text('{"schema": "planner.plan/1", "items": []}'), "not a Planner database or backup"),
    (lambda p: p.write_bytes(p.read_bytes()[:3000]), "not a Planner database|damaged"),
    (_someone_elses, "does not have Planner's tables"),
    (_newer_version, "newer version of Planner"),
    (_damage, "is damaged"),
])
def test_restore_refuses_a_bad_file_and_changes_nothing(db_path: Path, data_dir: Path, tmp_path: Path,
                                                         spoil, message: str) -> None:
    store = _store_with(db_path, *(f"Patient {n}" for n in range(300)))   # several pages, so damage lands
    candidate = backup_database(db_path, tmp_path / "candidate.sqlite3")
    store.close()
    spoil(candidate)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match=message):
        restore_database(candidate, db_path, data_dir / "backups")
    assert db_path.read_bytes() == before
    assert list_backups(data_dir / "backups") == []
    assert sorted(p.name for p in data_dir.iterdir()) == ["planner.sqlite3"]   # no temp left behind


def test_restore_of_a_missing_file_says_so(db_path: Path, data_dir: Path, tmp_path: Path) -> None:
    _store_with(db_path).close()
    with pytest.raises(StorageError, match="no such file"):
        restore_database(tmp_path / "nowhere.sqlite3", db_path, data_dir / "backups")


def test_a_damaged_store_is_not_backed_up_and_can_be_restored_over(db_path: Path, data_dir: Path,
                                                                    tmp_path: Path) -> None:
    store = _store_with(db_path, *(f"Patient {n}" for n in range(300)))
    good = backup_database(db_path, tmp_path / "good.sqlite3")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(StorageError, match=r"is damaged.*not backed up"):
        make_rolling_backup(db_path, data_dir / "backups", keep=10)
    assert list_backups(data_dir / "backups") == []   # the damaged copy did not push a good one out
    kept = restore_database(good, db_path, data_dir / "backups")
    assert len(_names(db_path)) == 300
    # The damaged file itself is kept: every page as it was (only the header's journal-mode bytes differ).
    assert kept is not None and kept.read_bytes()[100:] == damaged[100:]


def test_restore_is_refused_while_another_process_uses_the_store(db_path: Path, data_dir: Path,
                                                                 tmp_path: Path) -> None:
    store = _store_with(db_path, "Still Here")
    candidate = backup_database(db_path, tmp_path / "candidate.sqlite3")
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM patients").fetchone()   # an open read transaction elsewhere
    store.close()
    try:
        with pytest.raises(DataInUseError, match="in use by another window or user"):
            restore_database(candidate, db_path, data_dir / "backups")
    finally:
        reader.close()
    assert _names(db_path) == ["Still Here"]


def test_a_full_disk_during_restore_changes_nothing(db_path: Path, data_dir: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with(db_path, "Before").close()
    candidate = backup_database(db_path, tmp_path / "candidate.sqlite3")
    _store_with(db_path, "After").close()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module.os, "replace", disk_full)
    with pytest.raises(StorageError, match=r"No space left on device.*current data was kept"):
        restore_database(candidate, db_path, data_dir / "backups")
    assert _names(db_path) == ["Before", "After"]
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_during_backup_leaves_no_half_file(db_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with(db_path, "Someone").close()
    previous = tmp_path / "out.sqlite3"
    previous.write_bytes(b"an older backup")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module, "_fsync_file", disk_full)
    with pytest.raises(StorageError, match="No space left on device"):
        backup_database(db_path, previous)
    assert previous.read_bytes() == b"an older backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.sqlite3"]


def test_restore_needs_no_lock_object_but_the_app_lock_blocks_the_command(data_dir: Path) -> None:
    with DataLock(data_dir), pytest.raises(DataInUseError):
        DataLock(data_dir).acquire()

"""Faults met while working: a full disk, a read-only store, a damaged store, files that fail to write.

Each gets a sentence a person can act on (never a traceback) and loses nothing already saved.
A real full or read-only disk cannot be made in CI without root, so SQLite is given the same
conditions: `max_page_count` makes it report SQLITE_FULL, `query_only` makes it refuse writes.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from planner import files
from planner.core.errors import PlannerError, StorageError
from planner.services.workspace import Workspace
from planner.storage.store import Store


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = Workspace(tmp_path / "data")
    yield opened
    opened.close()


def _fill_the_disk(store: Store) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_while_saving_is_explained_and_keeps_what_was_saved(workspace: Workspace) -> None:
    kept = workspace.patients.add("Saved Before")
    draft = workspace.assessments.save_draft(workspace.assessments.open_draft(kept.id, date(2026, 11, 2)),
                                             {"basdai": [1, 2, 3, 4, 5, 6]})
    _fill_the_disk(workspace.store)
    with pytest.raises(StorageError, match=r"^not saved: the disk is full\. Free some space"):
        for number in range(200):   # until the file must grow
            workspace.patients.add(f"Patient {number} " + "x" * 100)
    with pytest.raises(StorageError, match="disk is full"):
        workspace.assessments.save_draft(draft, {"basdai": [9, 9, 9, 9, 9, 9], "goals": ["y" * 20000]})
    workspace.store.db.execute("PRAGMA max_page_count = 1000000")   # space freed
    assert workspace.patients.get(kept.id).name == "Saved Before"
    assert workspace.assessments.latest(kept.id).data == {"basdai": [1, 2, 3, 4, 5, 6]}
    assert workspace.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    workspace.patients.add("After Space Was Freed")   # the store works again without a restart


def test_a_read_only_store_refuses_writes_in_words(workspace: Workspace) -> None:
    workspace.patients.add("Saved Before")
    workspace.store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError, match=r"^not saved: the data folder or disk is read-only; nothing was changed$"):
        workspace.patients.add("Not Saved")
    assert [p.name for p in workspace.patients.search()] == ["Saved Before"]


def test_a_file_that_cannot_be_written_leaves_the_old_one_whole(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF- the plan printed last week")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(PlannerError, match=r"No space left on device; nothing was changed"):
        files.write_atomically(out, b"%PDF- the new plan")
    assert out.read_bytes() == b"%PDF- the plan printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_an_export_to_a_read_only_folder_is_refused_in_words(workspace: Workspace, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    patient = workspace.patients.add("Ana Ñúñez-O'Brien")

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    with pytest.raises(PlannerError, match=r"cannot write to .*: Read-only file system"):
        workspace.privacy.export_patient(patient.id, tmp_path / "sar.json")
    assert workspace.audit.entries() == []   # nothing exported, so nothing recorded


def test_a_damaged_store_is_found_by_the_start_up_backup(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "data")
    for number in range(300):
        workspace.patients.add(f"Patient {number}")
    workspace.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = workspace.store.path
    workspace.close()
    with path.open("r+b") as stream:   # a failing disk overwrites a page in the middle
        stream.seek(path.stat().st_size // 2 // 4096 * 4096)
        stream.write(b"\x00\xff" * 2048)
    workspace = Workspace(tmp_path / "data")   # the header is fine, so the store still opens
    try:
        with pytest.raises(StorageError, match=r"is damaged .*not backed up\. Restore an earlier backup"):
            workspace.backups.backup_on_start()
        assert workspace.backups.backups() == []
    finally:
        workspace.close()


def test_a_read_only_data_folder_is_named_as_such_at_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(tmp_path / "data" / "planner.sqlite3").close()
    # os.access is what a read-only disk (or folder permissions) answers False to, even for root.
    monkeypatch.setattr("planner.storage.db.os.access", lambda _path, _mode: False)
    with pytest.raises(StorageError, match=r"is read-only \(the disk or its permissions\).*Nothing was changed"):
        Store(tmp_path / "data" / "planner.sqlite3")

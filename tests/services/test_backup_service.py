"""The backup service: when rolling backups are made, how many are kept, and restoring the open store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.core.errors import StorageError, ValidationError
from planner.services.backup import DEFAULT_KEEP, restore_into
from planner.services.workspace import Workspace
from planner.storage.lock import DataInUseError

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def test_a_backup_is_made_on_start_unless_one_is_less_than_an_hour_old(workspace: Workspace) -> None:
    service = workspace.backups
    assert service.backup_on_start(T0) is not None
    assert service.backup_on_start(T0 + timedelta(minutes=59)) is None
    assert service.backup_on_start(T0 + timedelta(minutes=61)) is not None
    assert len(service.backups()) == 2


def test_the_daily_backup_waits_24_hours(workspace: Workspace) -> None:
    service = workspace.backups
    assert service.backup_if_due(T0) is not None
    assert service.backup_if_due(T0 + timedelta(hours=23)) is None
    assert service.backup_if_due(T0 + timedelta(hours=24)) is not None


def test_the_number_kept_is_a_setting(workspace: Workspace) -> None:
    service = workspace.backups
    assert service.keep == DEFAULT_KEEP == 10
    service.set_keep(2)
    for day in range(4):
        service.backup_if_due(T0 + timedelta(days=day))
    assert [b.made_at for b in service.backups()] == [T0 + timedelta(days=3), T0 + timedelta(days=2)]
    with pytest.raises(ValidationError, match="backup_keep: keep from 1 to 365 backups"):
        service.set_keep(0)


def test_restoring_the_open_store_swaps_the_data_and_audits_it(workspace: Workspace, tmp_path: Path) -> None:
    workspace.patients.add("In The Backup")
    saved = workspace.backups.back_up_to(tmp_path / "saved.sqlite3")
    workspace.patients.add("Added Later")
    restored = workspace.backups.restore(saved)
    assert [p.name for p in workspace.patients.search()] == ["In The Backup"]   # the same services still work
    assert restored.kept is not None and restored.kept.parent == workspace.data_dir / "backups"
    # The restored data's own trail, plus the restore; the "backup" entry was written after that copy.
    assert [e.action for e in workspace.audit.entries()] == ["restore"]
    assert f"previous data kept as {restored.kept.name}" in workspace.audit.entries()[0].detail


def test_a_refused_restore_leaves_the_open_store_working(workspace: Workspace, tmp_path: Path) -> None:
    workspace.patients.add("Still Here")
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a backup")
    with pytest.raises(StorageError, match="not a Planner database"):
        workspace.backups.restore(bad)
    assert [p.name for p in workspace.patients.search()] == ["Still Here"]
    assert not workspace.lock.held


def test_restore_from_the_command_line_is_refused_while_a_window_holds_the_data(tmp_path: Path) -> None:
    window = Workspace(tmp_path / "data", exclusive=True)
    try:
        window.patients.add("Open In A Window")
        saved = window.backups.back_up_to(tmp_path / "saved.sqlite3")
        with pytest.raises(DataInUseError, match="in use by another window or user"):
            restore_into(tmp_path / "data", saved)
        with pytest.raises(DataInUseError):
            Workspace(tmp_path / "data", exclusive=True)
    finally:
        window.close()
    restored = restore_into(tmp_path / "data", saved)   # free once the window closed
    assert restored.kept is not None

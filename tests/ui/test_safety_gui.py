"""Backups, restore, export, erasure and the audit log from the main window, and the single-instance rule."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import paths
from planner.services.workspace import Workspace
from planner.ui.app import run_gui
from planner.ui.dialogs.audit_dialog import AuditDialog
from planner.ui.dialogs.backup_dialogs import RestoreDialog
from planner.ui.dialogs.erase_dialog import EraseDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.audit_table import AuditTableModel


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _open(window: MainWindow, name: str) -> int:
    patient = window.workspace.patients.add(name)
    window.patient_list.refresh()
    window.patient_list.select_patient(patient.id)
    return patient.id


def _wait_for_backup(qtbot, window: MainWindow, start) -> tuple[Path | None, str]:
    with qtbot.waitSignal(window.safety.runner.finished, timeout=10000) as blocker:
        start()
    return tuple(blocker.args)


def test_the_menus_offer_backup_restore_export_erase_and_the_audit_log(main_window: MainWindow) -> None:
    file_menu = _menu_texts(main_window, "&File")
    for text in ("E&xport patient data…", "Erase patient &completely…", "&Back up now…", "&Restore from backup…"):
        assert text in file_menu
    assert file_menu[-1] == "&Quit"
    assert _menu_texts(main_window, "&View") == ["&Audit log"]
    assert not main_window.safety.export_action.isEnabled()
    _open(main_window, "Ana Ñúñez-O'Brien")
    assert main_window.safety.export_action.isEnabled() and main_window.safety.erase_action.isEnabled()


def test_back_up_now_writes_the_file_on_a_worker_thread_and_audits_it(qtbot, main_window: MainWindow,
                                                                      tmp_path: Path) -> None:
    _open(main_window, "Ana Ñúñez-O'Brien")
    out = tmp_path / "clinic.sqlite3"
    written, message = _wait_for_backup(qtbot, main_window, lambda: main_window.safety.back_up_now(out))
    assert (written, message) == (out, "")
    assert out.stat().st_size > 0
    assert [e.action for e in main_window.workspace.audit.entries()] == ["backup"]
    assert main_window.statusBar().currentMessage() == f"Backup saved: {out}"


def test_a_failed_backup_is_reported(qtbot, main_window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    written, _message = _wait_for_backup(qtbot, main_window,
                                         lambda: main_window.safety.back_up_now(blocker / "sub" / "b.sqlite3"))
    assert written is None
    assert warnings and warnings[0].startswith("The backup could not be made: cannot write in")
    assert main_window.workspace.audit.entries() == []


def test_the_start_up_backup_goes_into_the_backups_folder(qtbot, main_window: MainWindow) -> None:
    written, _ = _wait_for_backup(qtbot, main_window, main_window.safety.start_backups)
    assert written.parent == main_window.workspace.data_dir / "backups"
    assert main_window.safety.timer.isActive()
    main_window.safety.timer.stop()


def test_restore_from_the_list_of_backups(qtbot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _open(main_window, "In The Backup")
    main_window.workspace.backups.rolling_backup()
    added = _open(main_window, "Added Later")
    assert main_window.patient_workspace.patient.id == added
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))

    def choose_newest() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1 and "automatic backup" in dialog.list.item(0).text()
        dialog.restore_button.click()
    QTimer.singleShot(0, choose_newest)
    main_window.safety.restore_action.trigger()
    assert [p.name for p in main_window.workspace.patients.search()] == ["In The Backup"]
    assert main_window.patient_list.model.rowCount() == 1
    assert main_window.patient_workspace.patient is None
    assert informed and "The data you had before is kept as before-restore-" in informed[0]


def test_a_bad_file_is_not_restored_and_the_window_keeps_working(main_window: MainWindow, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _open(main_window, "Kept")
    bad = tmp_path / "plan.json"
    bad.write_text("{}")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not main_window.safety.restore(bad)
    assert warnings == [f"{bad} is not a Planner database or backup (file is not a database). Nothing was restored"]
    assert [p.name for p in main_window.workspace.patients.search()] == ["Kept"]


def test_export_patient_data(main_window: MainWindow, tmp_path: Path) -> None:
    patient_id = _open(main_window, "Ana Ñúñez-O'Brien")
    written = main_window.safety.export_patient(tmp_path / "sar.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["patient_id"] == patient_id
    assert document["tables"]["patients"][0]["name"] == "Ana Ñúñez-O'Brien"


def test_erasing_needs_the_typed_name_and_a_second_yes(qtbot, main_window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _open(main_window, "Stays Here")
    _open(main_window, "Zoë Łukasz")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    seen: dict[str, bool] = {}

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        dialog.name_edit.insert("zoë")   # QTest.keyClicks aborts on letters outside ASCII
        seen["after part of the name"] = dialog.erase_button.isEnabled()
        dialog.name_edit.insert("  łukasz")
        seen["after the whole name"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()
    QTimer.singleShot(0, type_name)
    main_window.safety.erase_action.trigger()
    assert seen == {"after part of the name": False, "after the whole name": True}
    assert questions == ["Last check: erase this patient now? This cannot be undone."]
    assert [p.name for p in main_window.workspace.patients.search()] == ["Stays Here"]
    assert main_window.patient_list.model.rowCount() == 1
    assert main_window.workspace.audit.entries()[0].action == "erase"


def test_erasure_cancelled_at_the_last_question_keeps_the_patient(qtbot, main_window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _open(main_window, "Zoë Łukasz")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.name_edit.setText("Zoë Łukasz")
        dialog.erase_button.click()
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, type_name)
    main_window.safety.erase_action.trigger()
    assert main_window.workspace.patients_count() == 1


def test_the_audit_log_dialog_lists_and_filters(qtbot, main_window: MainWindow) -> None:
    patient_id = _open(main_window, "Ana Ñúñez-O'Brien")
    audit = main_window.workspace.audit
    audit.record("sign-off", patient_id, "assessment 1", "Sam Taylor")
    audit.record("plan-print", patient_id, "plan 1 version 1 as PDF", "Sam Taylor")
    audit.record("restore", None, "data replaced from a backup file", "Sam Taylor")
    dialog = main_window.safety.show_audit()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AuditDialog)
    assert dialog.model.rowCount() == 3
    assert [dialog.model.index(r, 2).data() for r in range(3)] == [
        "Data restored", "Plan printed", "Assessment signed off"]
    assert dialog.model.index(1, 3).data() == f"#{patient_id}" and dialog.model.index(0, 3).data() == "—"
    dialog.patient_box.setChecked(True)
    assert dialog.model.rowCount() == 2
    dialog.action_box.setCurrentText("Plan printed")
    assert dialog.model.rowCount() == 1 and dialog.count_label.text() == "1 entry"


def test_the_audit_table_model_passes_the_model_tester(qtmodeltester, workspace: Workspace) -> None:
    workspace.audit.record("export", 3, "all of the patient's data exported to a file", "Sam Taylor")
    workspace.audit.record("erase", None, "patient #4 erased", "Sam Taylor")
    model = AuditTableModel()
    model.set_entries(workspace.audit.entries())
    qtmodeltester.check(model)


def test_a_second_window_is_told_the_data_is_in_use(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    first = Workspace(exclusive=True)
    try:
        assert run_gui(quit_after_start=True) == 2
    finally:
        first.close()
    assert capsys.readouterr().err == (
        "planner: the planner data is in use by another window or user; close the other Planner window "
        "(or ask who is using it) and try again\n")
    assert run_gui(quit_after_start=True) == 0   # free again once the first has closed


def test_the_window_refuses_a_store_from_a_newer_version_untouched(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    Workspace().close()
    path = paths.database_path(Path(os.environ["PLANNER_DATA_DIR"]))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert run_gui(quit_after_start=True) == 2
    assert "written by a newer version of Planner" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_the_window_refuses_a_file_that_is_not_a_database(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    path = paths.database_path(Path(os.environ["PLANNER_DATA_DIR"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("not a database\n" * 500)
    assert run_gui(quit_after_start=True) == 2
    assert "is damaged or is not a planner database" in capsys.readouterr().err
    assert path.read_text() == "not a database\n" * 500

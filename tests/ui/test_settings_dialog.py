"""Settings: Edit → Settings… opens a dialog of pages; clinic branding, print defaults and therapists are saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout

from planner.core.plan import PlanOptions
from planner.core.printable import Therapist
from planner.services.workspace import Workspace
from planner.ui.dialogs.settings_dialog import SettingsDialog, SettingsPage, default_pages
from planner.ui.main_window import MainWindow
from tests.report.sample_files import write_png


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> SettingsDialog:
    opened = SettingsDialog(default_pages(workspace.settings))
    qtbot.addWidget(opened)
    opened.show()
    return opened


def stored(workspace: Workspace, key: str) -> dict:
    row = workspace.store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else {}


def test_edit_settings_opens_the_dialog_with_its_pages(main_window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert main_window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    main_window.settings_action.trigger()
    assert [page.title for page in opened[0].pages] == ["Clinic", "Print defaults", "Therapists"]


def test_clinic_branding_is_saved_on_ok(qtbot, dialog: SettingsDialog, workspace: Workspace, tmp_path: Path) -> None:
    clinic = dialog.page("Clinic")
    qtbot.keyClicks(clinic.name_edit, "Riverside Physio")
    qtbot.keyClicks(clinic.phone_edit, "01632 960 123")
    clinic.address_edit.setPlainText("1 River Lane\nExampleton")
    logo = write_png(tmp_path / "logo.png")
    clinic.logo_edit.setText(str(logo))
    assert not clinic.errors["logo"].isVisible() and not clinic.logo_preview.pixmap().isNull()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert stored(workspace, "clinic") == {"name": "Riverside Physio", "phone": "01632 960 123",
                                           "address": "1 River Lane\nExampleton", "logo": str(logo)}


def test_a_missing_or_non_picture_logo_is_explained_and_keeps_the_dialog_open(qtbot, dialog: SettingsDialog,
                                                                               workspace: Workspace,
                                                                               tmp_path: Path) -> None:
    clinic = dialog.page("Clinic")
    clinic.logo_edit.setText(str(tmp_path / "gone.png"))
    assert clinic.errors["logo"].isVisible()
    assert clinic.errors["logo"].text() == (f"⚠ The clinic logo {tmp_path / 'gone.png'} was not found. Plans will"
                                            " print without a logo until this is fixed.")
    not_picture = tmp_path / "notes.png"
    not_picture.write_text("hello")
    clinic.logo_edit.setText(str(not_picture))
    assert "is not a picture file (PNG, JPEG or GIF)" in clinic.errors["logo"].text()
    dialog.page_list.setCurrentRow(2)
    dialog.save()
    assert dialog.isVisible() and dialog.page_list.currentRow() == 0   # back on the page with the problem
    assert stored(workspace, "clinic") == {}


def test_print_defaults_are_saved(qtbot, dialog: SettingsDialog, workspace: Workspace) -> None:
    defaults = dialog.page("Print defaults")
    defaults.paper_combo.setCurrentIndex(defaults.paper_combo.findData("letter"))
    defaults.large_print_check.setChecked(True)
    defaults.weeks_spin.setValue(8)
    dialog.save()
    assert workspace.settings.print_defaults() == PlanOptions(large_print=True, paper="letter", tracking_weeks=8)


def test_therapists_are_added_edited_and_removed(qtbot, dialog: SettingsDialog, workspace: Workspace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = dialog.page("Therapists")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editors["name"], "Sam O'Brien")   # QTest types ASCII only; names in any script are
    qtbot.keyClicks(page.editors["registration"], "PH123456")   # covered by the storage and service tests
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (sam,) = workspace.settings.therapists()
    assert sam.therapist == Therapist("Sam O'Brien", "Physiotherapist", "PH123456")
    assert page.list.currentItem().text() == "Sam O'Brien · Physiotherapist"

    page.editors["role"].clear()
    qtbot.keyClicks(page.editors["role"], "Clinical specialist")
    dialog.save()                                    # OK saves what was typed in the form
    assert workspace.settings.therapist(sam.id).therapist.role == "Clinical specialist"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert workspace.settings.therapists() == [] and page.list.count() == 0


def test_a_therapist_without_a_name_is_refused_under_the_field(qtbot, dialog: SettingsDialog) -> None:
    page = dialog.page("Therapists")
    qtbot.keyClicks(page.editors["registration"], "PH1")
    assert page.save() is False
    assert page.errors["name"].text() == "⚠ Is required"


def test_other_pages_can_be_added(qtbot, workspace: Workspace) -> None:
    class BackupsPage(SettingsPage):
        title = "Backups"

        def __init__(self) -> None:
            super().__init__()
            self.saved = False
            QVBoxLayout(self).addWidget(QLabel("Backups"))

        def load(self) -> None:
            pass

        def save(self) -> bool:
            self.saved = True
            return True

    backups = BackupsPage()
    dialog = SettingsDialog([*default_pages(workspace.settings), backups])
    qtbot.addWidget(dialog)
    assert dialog.page_list.item(3).text() == "Backups"
    dialog.save()
    assert backups.saved and dialog.result() == SettingsDialog.DialogCode.Accepted


def test_the_therapist_using_this_computer_is_named_in_the_audit_log(qtbot, dialog: SettingsDialog,
                                                                     workspace: Workspace) -> None:
    workspace.settings.save_therapist(Therapist("Jo Bloggs"))
    sam = workspace.settings.save_therapist(Therapist("Sam Taylor", registration="PH123456"))
    page = dialog.page("Therapists")
    page.load()
    combo = page.current_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Jo Bloggs", "Sam Taylor"]
    combo.setCurrentIndex(combo.findText("Sam Taylor"))
    combo.activated.emit(combo.currentIndex())
    assert workspace.settings.current_therapist_id() == sam.id
    workspace.audit.record("export", 1, "test")
    assert workspace.audit.entries()[0].therapist == "Sam Taylor (PH123456)"

"""A busy clinic's keyboard and a small screen: one control per Alt+letter on every page, Tab never opens
another patient, Enter never stores half-done work, Escape closes without saving, every control is named,
and the window and dialogs fit a 1024 x 700 screen."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QWidget,
)

from planner.core.assessment_record import AssessmentRecord
from planner.services.workspace import Workspace
from planner.ui.dialogs.exercise_editor import ExerciseEditor
from planner.ui.dialogs.patient_dialog import PatientDialog
from planner.ui.dialogs.settings_dialog import SettingsDialog, default_pages
from planner.ui.main_window import MainWindow

PATIENTS = Path(__file__).resolve().parents[1] / "fixtures" / "patients"
SMALL_SCREEN = QSize(1024, 700)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter the visible controls of `window` answer to, with who answers."""
    letters: dict[str, list[str]] = defaultdict(list)
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions() if bar.isVisible() else ():
            if key := _mnemonic(action.text()):
                letters[key].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            if key := _mnemonic(text):
                letters[key].append(f"{type(widget).__name__} {text!r}")
    return letters


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: who for key, who in alt_letters(window).items() if len(who) > 1}


def unnamed_controls(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.text() if isinstance(w, QAbstractButton | QLabel) else ''}"
            for w in root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(w, QScrollBar)
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)   # their own parts: the box is named
            and w.window() is root.window() and not w.accessibleName()]


@pytest.fixture
def planned(qtbot, main_window: MainWindow) -> MainWindow:
    """A patient with a signed assessment (a fused spine, so some exercises are left out) and a saved plan."""
    ws: Workspace = main_window.workspace
    patient = ws.patients.add("Marguerite Okonkwo-Hale", "1961-09-23")
    data = {**json.loads((PATIENTS / "fused-spine-osteoporosis.json").read_text("utf-8")), "red_flags_screened": True}
    ws.assessments.sign(ws.assessments.save_draft(AssessmentRecord(patient_id=patient.id,
                                                                   assessed_on=date(2026, 5, 4)), data))
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    plan_page = main_window.patient_workspace.plan_page
    plan_page.suggestions.add_all()
    assert plan_page.save() is not None
    return main_window


def test_no_two_visible_controls_answer_the_same_alt_letter(qtbot, planned: MainWindow) -> None:
    steps = planned.patient_workspace.steps
    for index in range(steps.count()):
        steps.setCurrentIndex(index)
        assert clashes(planned) == {}, steps.tabText(index)
    planned.show_library()
    assert clashes(planned) == {}
    planned.show_patients()

    settings = SettingsDialog(default_pages(planned.workspace.settings), planned)
    qtbot.addWidget(settings)
    settings.show()
    for row, page in enumerate(settings.pages):
        settings.page_list.setCurrentRow(row)
        assert clashes(settings) == {}, page.title
    service = planned.workspace.exercise_library
    editor = ExerciseEditor(service, service.copy_record("thoracic-rotation-sitting"), creating=True, parent=planned)
    qtbot.addWidget(editor)
    editor.show()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        assert clashes(editor) == {}, editor.tabs.tabText(index)


def test_the_print_step_keeps_alt_p_for_print_and_alt_h_for_the_help_menu(planned: MainWindow) -> None:
    pane = planned.patient_workspace
    pane.steps.setCurrentWidget(pane.print_page)
    letters = alt_letters(planned)
    assert letters["p"] == ["QPushButton '&Print…'"]
    assert letters["h"] == ["menu &Help"]


def test_tab_from_the_patient_list_goes_on_to_the_steps_and_never_opens_another_patient(
        qtbot, planned: MainWindow) -> None:
    planned.workspace.patients.add("Zoë Łukasz")
    planned.patient_list.refresh()
    opened = planned.patient_workspace.patient
    planned.patient_list.table.setFocus()
    qtbot.keyClick(planned.patient_list.table, Qt.Key.Key_Tab)
    assert planned.patient_workspace.patient == opened
    assert planned.focusWidget() is planned.patient_workspace.steps.tabBar()
    for table in (planned.patient_workspace.plan_page.table, planned.patient_workspace.history_page.table):
        assert not table.tabKeyNavigation()   # Tab leaves the table; arrows move inside it


def test_enter_in_the_patient_search_opens_the_first_patient_found(qtbot, main_window: MainWindow) -> None:
    for name in ("Samuel Okafor", "Priya Raman"):
        main_window.workspace.patients.add(name)
    main_window.patient_list.refresh()
    search = main_window.patient_list.search_edit
    qtbot.keyClicks(search, "okaf")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert main_window.patient_workspace.patient.name == "Samuel Okafor"
    assert main_window.patient_list.table.hasFocus()


def test_enter_in_the_exercise_editor_never_stores_a_half_made_exercise(qtbot, workspace: Workspace) -> None:
    service = workspace.exercise_library
    record = service.copy_record("thoracic-rotation-sitting")   # complete: Save would store it at once
    editor = ExerciseEditor(service, record, creating=True)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.name_edit.setFocus()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(3)
    qtbot.keyClicks(editor.targets.filter_edit, "posture")
    qtbot.keyClick(editor.targets.filter_edit, Qt.Key.Key_Return)   # Enter in a filter: on to its list
    assert editor.isVisible() and editor.saved is None
    assert editor.targets.list.hasFocus()
    assert workspace.store.custom_exercises.all() == []

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)   # Ctrl+S saves
    assert editor.saved is not None and editor.saved.id == record["id"]
    assert QKeySequence(QKeySequence.StandardKey.Save).toString() in \
        editor.buttons.buttons()[0].toolTip() + editor.buttons.buttons()[1].toolTip()


def test_escape_closes_the_dialogs_without_saving(qtbot, workspace: Workspace) -> None:
    patient_dialog = PatientDialog(workspace.patients)
    settings = SettingsDialog(default_pages(workspace.settings))
    service = workspace.exercise_library
    editor = ExerciseEditor(service, service.copy_record("thoracic-rotation-sitting"), creating=True)
    for dialog in (patient_dialog, settings, editor):
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.keyClicks(patient_dialog.name_edit, "Priya Raman")
    qtbot.keyClicks(settings.page("Clinic").name_edit, "Riverside Physiotherapy")
    for dialog in (patient_dialog, settings, editor):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert workspace.patients_count() == 0
    assert workspace.settings.clinic().name == ""
    assert workspace.store.custom_exercises.all() == []


def test_enter_in_the_patient_dialog_saves_or_keeps_every_character_typed(qtbot, workspace: Workspace) -> None:
    dialog = PatientDialog(workspace.patients)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Priya Raman")
    qtbot.keyClicks(dialog.dob_edit, "31/02/1994")
    qtbot.keyClick(dialog.dob_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.dob_edit.text() == "31/02/1994" and dialog.name_edit.text() == "Priya Raman"
    assert dialog.errors["date_of_birth"].text() == \
        "⚠ “31/02/1994” is not a date; type it as dd/mm/yyyy, e.g. 21/03/1984"
    dialog.dob_edit.setText("08/03/1994")
    qtbot.keyClick(dialog.dob_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(p.name, p.date_of_birth) for p in workspace.patients.search()] == [("Priya Raman", date(1994, 3, 8))]


def test_every_control_of_the_window_and_its_dialogs_has_an_accessible_name(qtbot, planned: MainWindow) -> None:
    assert unnamed_controls(planned) == []
    ws = planned.workspace
    patient = planned.patient_workspace.patient
    service = ws.exercise_library
    dialogs = [SettingsDialog(default_pages(ws.settings), planned), PatientDialog(ws.patients, patient, planned),
               ExerciseEditor(service, service.copy_record("bridge"), creating=True, parent=planned),
               planned.safety.show_audit()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_the_window_and_the_dialogs_fit_a_1024_by_700_screen(qtbot, planned: MainWindow) -> None:
    steps = planned.patient_workspace.steps
    for index in range(steps.count()):
        steps.setCurrentIndex(index)
        needed = planned.minimumSizeHint()
        assert needed.width() <= SMALL_SCREEN.width() and needed.height() <= SMALL_SCREEN.height(), \
            (steps.tabText(index), needed)
    planned.show_library()
    assert planned.minimumSizeHint().height() <= SMALL_SCREEN.height()
    ws = planned.workspace
    service = ws.exercise_library
    editor = ExerciseEditor(service, service.copy_record("thoracic-rotation-sitting"), creating=True)
    settings = SettingsDialog(default_pages(ws.settings))
    for dialog in (editor, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.width() <= SMALL_SCREEN.width() and dialog.height() <= SMALL_SCREEN.height() - 40
        assert dialog.minimumSizeHint().height() <= SMALL_SCREEN.height() - 40


def test_the_assessment_form_does_not_scroll_sideways_at_1024_by_700(qtbot, planned: MainWindow) -> None:
    planned.resize(SMALL_SCREEN)
    qtbot.waitUntil(lambda: planned.width() == SMALL_SCREEN.width())
    page = planned.patient_workspace.assess_page
    planned.patient_workspace.steps.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.scroll.viewport().width() > 0)
    content = page.scroll.widget()
    assert content.minimumSizeHint().width() <= page.scroll.viewport().width()
    assert not page.scroll.horizontalScrollBar().isVisible()


def test_dialogs_show_every_line_of_their_wrapped_words(qtbot, planned: MainWindow) -> None:
    from planner.ui.dialogs.erase_dialog import EraseDialog
    from planner.ui.dialogs.override_dialog import OverrideDialog

    erase = EraseDialog(planned.patient_workspace.patient, planned)
    override = OverrideDialog("Standing back bend", "Caution for fused (ankylosed) spine: if your spine is fused, "
                              "lean back only as far as it moves easily.", planned)
    for dialog in (erase, override):
        qtbot.addWidget(dialog)
        dialog.show()
        for label in dialog.findChildren(QLabel):
            if label.wordWrap() and label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    explain = next(label for label in erase.findChildren(QLabel) if "Type the patient" in label.text())
    assert explain.height() >= explain.heightForWidth(explain.width())   # the instruction was cut off

"""The clinic's own exercises in the GUI: the editor and its messages, duplicate, delete, bundles, and a
custom exercise that survives a restart and reaches a plan and its PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.services.workspace import Workspace
from planner.ui.dialogs.exercise_bundle import ImportReport
from planner.ui.dialogs.exercise_editor import ExerciseEditor, blank_record
from planner.ui.main_window import MainWindow
from planner.ui.pages.library_page import LibraryPage

STEPS = ("Stand facing a wall with your hands on it at shoulder height.\n"
         "Bend your elbows and lean in slowly.\n"
         "Pause for 3 seconds, then push back to the start.")


def _fill(qtbot, editor: ExerciseEditor, name: str = "Wall press with a pause") -> None:
    qtbot.keyClicks(editor.name_edit, name)
    editor.text_lists["instructions"].setPlainText(STEPS)
    editor.text_lists["cues"].setPlainText("Slow and steady")
    editor.text_lists["common_mistakes"].setPlainText("Letting your back sag")
    editor.easier_tip.setText("Stand closer to the wall.")
    editor.harder_tip.setText("Stand a little further from the wall.")
    editor.regions.set_checked("shoulder", True)
    editor.targets.set_checked("upper-body-strength", True)


def _save(qtbot, editor: ExerciseEditor) -> None:
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _in_modal(act) -> None:
    """Run `act` on the dialog the next exec() opens (pytest-qt pattern for modal dialogs)."""
    QTimer.singleShot(0, lambda: act(QApplication.activeModalWidget()))


def _library(main_window: MainWindow) -> LibraryPage:
    return main_window.show_library()


def test_every_problem_is_shown_under_its_field_and_nothing_is_saved(qtbot, workspace: Workspace) -> None:
    service = workspace.exercise_library
    editor = ExerciseEditor(service, blank_record(service), creating=True)
    qtbot.addWidget(editor)
    editor.show()
    _save(qtbot, editor)
    assert editor.saved is None and editor.isVisible()
    shown = {key: error.text() for key, error in editor.errors.items() if not error.isHidden()}
    assert shown["name"] == "⚠ Must not be empty"
    assert shown["id"] == "⚠ Must not be empty"
    assert shown["instructions"] == "⚠ Has 0 items; 3 to 6 allowed"
    assert shown["body_region"] == "⚠ Needs at least 1 item"
    assert shown["targets"] == "⚠ Needs at least 1 item"
    assert shown["easier_tip"] == "⚠ Must not be empty"
    assert shown["cues"] == "⚠ Has 0 items; 1 to 4 allowed"
    assert editor.tabs.tabText(0).startswith("⚠ ") and editor.tabs.tabText(1).startswith("⚠ ")
    assert not editor.tabs.tabText(2).startswith("⚠ ")   # the dose is fine
    assert editor.tabs.currentIndex() == 0
    assert editor.summary.text() == f"⚠ {len(shown)} problems to fix: see the fields marked ⚠."
    assert shown["common_mistakes"] == "⚠ Has 0 items; 1 to 4 allowed"
    assert workspace.store.custom_exercises.all() == []

    _fill(qtbot, editor)
    assert editor.id_edit.text() == "clinic-wall-press-with-a-pause"
    editor.text_lists["instructions"].setPlainText(STEPS + "\n" + " ".join(["word"] * 26))
    editor.dosage.spins["reps"].setValue(0)
    _save(qtbot, editor)
    assert editor.errors["instructions"].text() == "⚠ [3]: has 26 words; at most 25 allowed"
    assert editor.errors["dosage"].text() == "⚠ Needs reps, a hold in seconds or a duration in minutes"
    assert editor.errors["name"].isHidden()
    assert editor.tabs.tabText(0) == "&Basics"

    editor.text_lists["instructions"].setPlainText(STEPS)
    editor.dosage.spins["reps"].setValue(8)
    _save(qtbot, editor)
    assert editor.saved is not None and editor.saved.id == "clinic-wall-press-with-a-pause"
    data = json.loads(workspace.store.db.execute("SELECT data FROM custom_exercises").fetchone()[0])
    assert data["instructions"] == STEPS.splitlines() and data["dosage"]["reps"] == 8
    assert data["figure"] == {"view": "side", "start": {"preset": "standing"}, "end": {}}


def test_new_from_the_page_then_edit_it(qtbot, main_window: MainWindow) -> None:
    page = _library(main_window)
    _in_modal(lambda editor: (_fill(qtbot, editor), _save(qtbot, editor)))
    created = page.new_exercise()
    assert created is not None and page.current_exercise() == created
    assert page.status_label.text() == "Saved Wall press with a pause."
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    def change(editor: ExerciseEditor) -> None:
        assert editor.id_edit.isReadOnly() and editor.id_edit.text() == created.id
        editor.level.setCurrentIndex(editor.level.findData(3))
        editor.cautions.set_checked("shoulder-impingement", True)
        poses = editor.pose_editor
        poses.start_preset.setCurrentIndex(poses.start_preset.findData("sitting"))
        poses.props.set_checked("chair", True)
        poses.end_sliders.set_angle("shoulder_right", 90)
        _save(qtbot, editor)

    _in_modal(change)
    changed = page.edit_exercise()
    assert changed.level == 3 and changed.cautions == ("shoulder-impingement",)
    assert changed.figure == {"view": "side", "props": ["chair"], "start": {"preset": "sitting"},
                              "end": {"joints": {"shoulder_right": 90}}}
    assert page.detail.figure.has_pictures()
    assert main_window.workspace.library.get(created.id).level == 3
    assert "level 3 · clinic's own" in page.model.index(page.model.row_of(created.id), 0).data()


def test_duplicate_a_shipped_exercise_with_its_figure(qtbot, main_window: MainWindow) -> None:
    page = _library(main_window)
    assert page.select("thoracic-rotation-sitting") and not page.edit_button.isEnabled()

    def rename(editor: ExerciseEditor) -> None:
        assert editor.name_edit.text() == "Seated upper-back twist (clinic)"
        editor.name_edit.setText("Seated twist, small")
        _save(qtbot, editor)

    _in_modal(rename)
    copy = page.duplicate_exercise()
    shipped = main_window.workspace.library.get("thoracic-rotation-sitting")
    assert copy.id == "clinic-seated-upper-back-twist" and copy.based_on == shipped.id
    assert copy.figure == shipped.figure and copy.instructions == shipped.instructions
    assert "Based on: Seated upper-back twist" in page.detail.text.text()
    assert page.detail.figure.has_pictures()
    row = main_window.workspace.store.db.execute("SELECT based_on FROM custom_exercises").fetchone()
    assert row[0] == "thoracic-rotation-sitting"


def test_delete_asks_first_and_is_refused_while_a_plan_uses_it(qtbot, main_window: MainWindow, monkeypatch) -> None:
    page = _library(main_window)
    _in_modal(lambda editor: (_fill(qtbot, editor), _save(qtbot, editor)))
    created = page.new_exercise()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert page.delete_exercise() is False and main_window.workspace.library.get(created.id)

    patient = main_window.workspace.patients.add("Eve Plan")
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    page = _library(main_window)
    assert page.select(created.id) and page.add_to_plan()
    qtbot.mouseClick(main_window.patient_workspace.plan_page.save_button, Qt.MouseButton.LeftButton)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    page = _library(main_window)
    page.select(created.id)
    assert page.delete_exercise() is False
    assert told == ["“Wall press with a pause” is in saved plans of Eve Plan (version 1); "
                    "it is kept so those plans still print."]

    main_window.workspace.store.db.execute("DELETE FROM plans")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.delete_exercise() is True
    assert main_window.workspace.store.custom_exercises.all() == []
    assert page.model.row_of(created.id) is None and page.status_label.text() == "Deleted Wall press with a pause."


def test_bundle_round_trip_and_the_import_report(qtbot, tmp_path: Path, main_window: MainWindow) -> None:
    page = _library(main_window)
    _in_modal(lambda editor: (_fill(qtbot, editor), _save(qtbot, editor)))
    created = page.new_exercise()
    out = tmp_path / "shared.json"
    assert page.export_bundle(out, [created.id]) == 1
    assert page.status_label.text() == f"Exported 1 exercise to {out}."

    other = Workspace(tmp_path / "other")
    try:
        other_page = LibraryPage(other.exercise_library)
        qtbot.addWidget(other_page)
        outcomes = other_page.import_bundle(out)
        assert [(o.id, o.status) for o in outcomes] == [(created.id, "imported")]
        assert other_page.model.row_of(created.id) is not None
        assert other_page.status_label.text() == "1 imported, 0 refused, 0 skipped (already in the library)."
        document = json.loads(out.read_text(encoding="utf-8"))
        document["exercises"].append({**document["exercises"][0], "id": "clinic-broken", "targets": ["flying"]})
        out.write_text(json.dumps(document), encoding="utf-8")
        outcomes = other_page.import_bundle(out)
        assert [o.status for o in outcomes] == ["skipped", "refused"]
        report = other_page.import_report
        assert isinstance(report, ImportReport) and report.isVisible()
        html = report.details.toPlainText()
        assert "Skipped: Wall press with a pause (clinic-wall-press-with-a-pause)" in html
        assert "Refused: Wall press with a pause (clinic-broken)" in html
        assert "targets[0]: 'flying' is not one of:" in html
    finally:
        other.close()


def test_a_custom_exercise_survives_a_restart_and_reaches_the_plan_pdf(
        qtbot, tmp_path: Path, main_window: MainWindow, settings: QSettings) -> None:
    page = _library(main_window)
    _in_modal(lambda editor: (_fill(qtbot, editor, "Wall press for Ana"), _save(qtbot, editor)))
    created = page.new_exercise()
    main_window.close()
    main_window.workspace.close()

    reopened = Workspace(main_window.workspace.data_dir)
    try:
        window = MainWindow(reopened, settings)
        qtbot.addWidget(window)
        window.show()
        assert reopened.library.get(created.id) == created
        patient = reopened.patients.add("Ana Ñúñez-O'Brien")
        window.patient_list.refresh()
        window.patient_list.select_patient(patient.id)
        library_page = window.show_library()
        assert library_page.select(created.id)
        qtbot.mouseClick(library_page.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(library_page.back_button, Qt.MouseButton.LeftButton)
        steps = window.patient_workspace
        qtbot.mouseClick(steps.plan_page.save_button, Qt.MouseButton.LeftButton)
        item = reopened.store.db.execute("SELECT exercise_id FROM plan_items").fetchone()
        assert item[0] == created.id
        with qtbot.waitSignal(steps.print_page.pdf_ready, timeout=30000):
            steps.print_page.make_pdf()
        pdf = steps.print_page.pdf_path
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        assert "Wall press for Ana" in text and "Pause for 3 seconds" in text
    finally:
        reopened.close()

"""From a signed-off assessment to a saved plan of 8 items, through the Choose and Plan steps."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.core.assessment_record import AssessmentRecord
from planner.ui.dialogs.override_dialog import OverrideDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.plan_items import EXERCISE_ID_ROLE, column_of

PATIENTS = Path(__file__).resolve().parents[1] / "fixtures" / "patients"


def open_signed(main_window: MainWindow, fixture: str, name: str = "Dev Patel") -> int:
    ws = main_window.workspace
    patient = ws.patients.add(name)
    data = {**json.loads((PATIENTS / f"{fixture}.json").read_text("utf-8")), "red_flags_screened": True}
    record = ws.assessments.save_draft(AssessmentRecord(patient_id=patient.id, assessed_on=date(2026, 5, 4)), data)
    ws.assessments.sign(record)
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    return patient.id


def ids(main_window: MainWindow) -> list[str]:
    return [item.exercise_id for item in main_window.patient_workspace.draft.items]


def row_of(main_window: MainWindow, exercise_id: str) -> int:
    return ids(main_window).index(exercise_id)


def answer_override(qtbot, reason: str) -> list[bool]:
    """Fill the override dialog once it is open; returns whether OK was enabled before typing."""
    seen: list[bool] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OverrideDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        qtbot.keyClicks(dialog.reason_edit, reason)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, act)
    return seen


def test_signed_assessment_to_a_saved_plan_of_eight(qtbot, main_window: MainWindow) -> None:
    patient_id = open_signed(main_window, "hip-replacement")
    pane = main_window.patient_workspace
    choose = pane.choose_page
    suggested = choose.suggestions.suggested_list
    assert suggested.count() == 10
    assert suggested.item(0).text().startswith("1. Lying pelvic tilts – 1×10, hold 3 s, 2/day, 7/wk\n"
                                               "Modified Schober 3.8 cm: low-back bending")
    left_out = choose.suggestions.excluded_list
    excluded = [left_out.item(i).text() for i in range(left_out.count())]
    assert any(t.startswith("Clam (side-lying knee opening) – Caution for hip replacement") for t in excluded)

    qtbot.mouseClick(choose.suggestions.add_all_button, Qt.MouseButton.LeftButton)
    assert len(ids(main_window)) == 10
    pane.steps.setCurrentIndex(2)
    page = pane.plan_page

    # Remove three: two with the button, one with the Delete key.
    for exercise_id in ("single-leg-stance", "thoracic-rotation-sitting"):
        page._select(row_of(main_window, exercise_id))
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    page._select(row_of(main_window, "heel-raise"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert ids(main_window) == ["pelvic-tilt-supine", "bridge", "chest-expansion-arm-raise", "sit-to-stand",
                                "hip-flexor-stretch-standing", "prone-lying", "cycling"]

    # Clam has a hip-replacement caution: it goes in only with a reason, typed in the dialog.
    panel = page.suggestions
    for row in range(panel.excluded_list.count()):
        if panel.excluded_list.item(row).data(EXERCISE_ID_ROLE) == "clam":
            panel.excluded_list.setCurrentRow(row)
    ok_before_typing = answer_override(qtbot, "Surgeon allows it with a pillow between the knees")
    qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
    assert ok_before_typing == [False]
    assert ids(main_window)[-1] == "clam" and len(ids(main_window)) == 8

    # Added last, clam is a second trip to the floor: the builder says so, and ordering by position fixes it.
    assert any(w.startswith("Bridge (2) and Clam (side-lying knee opening) (8) are on the floor")
               for w in page.warnings())
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    assert page.warnings() == []
    assert ids(main_window) == ["pelvic-tilt-supine", "bridge", "clam", "chest-expansion-arm-raise", "sit-to-stand",
                                "hip-flexor-stretch-standing", "prone-lying", "cycling"]

    # Ctrl+Down moves the selected exercise; a drag moves cycling before lying face down.
    main_window.activateWindow()   # the closed dialog took the activation with it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page._select(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ids(main_window)[:2] == ["bridge", "pelvic-tilt-supine"]
    assert page.table.currentIndex().row() == 1
    model = page.model
    drag = model.mimeData([model.index(7, 0)])
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, 6, 0, QModelIndex()) and model.removeRows(8, 1)
    assert ids(main_window)[6:] == ["cycling", "prone-lying"]

    # Dose in a spin box: bridge to 3 sets, typed into the delegate's editor.
    sets = model.index(0, column_of("sets"))
    page.table.setCurrentIndex(sets)
    page.table.edit(sets)
    editor = page.table.indexWidget(sets)
    assert editor.accessibleName() == "Sets for Bridge" and (editor.minimum(), editor.maximum()) == (1, 10)
    editor.setValue(3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: main_window.patient_workspace.draft.items[0].dosage.sets == 3)

    # Link bridge to the second goal too; set the review date.
    page._select(0)
    page.details.goals_list.item(1).setCheckState(Qt.CheckState.Checked)
    page.review_date_edit.setDate(QDate(2027, 1, 11))
    assert "About 17 minutes" not in page.minutes_label.text()
    assert page.minutes_label.text().startswith("8 exercises · about")

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    db = main_window.workspace.store.db
    plan = db.execute("SELECT id, version, review_date, goals FROM plans WHERE patient_id = ?",
                      [patient_id]).fetchone()
    assert plan[1:3] == (1, "2027-01-11")
    assert json.loads(plan[3]) == ["Climb the stairs at home without holding the rail", "Cycle with my grandchildren"]
    rows = list(db.query("SELECT position, exercise_id, dosage, reason, override_reason, goals FROM plan_items"
                         " WHERE plan_id = ? ORDER BY position", [plan[0]]))
    assert [(r["position"], r["exercise_id"]) for r in rows] == list(enumerate(
        ["bridge", "pelvic-tilt-supine", "clam", "chest-expansion-arm-raise", "sit-to-stand",
         "hip-flexor-stretch-standing", "cycling", "prone-lying"]))
    by_id = {r["exercise_id"]: r for r in rows}
    assert json.loads(by_id["bridge"]["dosage"])["sets"] == 3
    assert json.loads(by_id["bridge"]["goals"]) == [0, 1]
    assert by_id["clam"]["override_reason"] == "Surgeon allows it with a pillow between the knees"
    assert by_id["pelvic-tilt-supine"]["reason"].startswith("Modified Schober 3.8 cm: low-back bending")
    assert all(r["override_reason"] == "" for r in rows if r["exercise_id"] != "clam")
    assert page.status_label.text().startswith("Saved as plan version 1")
    assert pane.print_page.plan.version == 1


def test_cancelling_the_reason_adds_nothing(qtbot, main_window: MainWindow) -> None:
    open_signed(main_window, "hip-replacement")
    choose = main_window.patient_workspace.choose_page
    choose.search_edit.setText("clam")
    choose.list.setCurrentRow(0)
    assert "needs a reason" in choose.list.currentItem().text()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OverrideDialog)
        dialog.reject()
    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(choose.add_button, Qt.MouseButton.LeftButton)
    assert ids(main_window) == []


def test_a_flare_plan_and_its_flare_doses(qtbot, main_window: MainWindow) -> None:
    open_signed(main_window, "flare")
    pane = main_window.patient_workspace
    panel = pane.choose_page.suggestions
    assert panel.flare_label.text().startswith("⚠ Flare")
    panel.add_all()
    library = main_window.workspace.library
    for item in pane.draft.items:
        assert item.dosage == library.get(item.exercise_id).flare_dosage


def test_templates_apply_with_reasons_and_a_plan_saves_as_a_template(qtbot, main_window: MainWindow) -> None:
    open_signed(main_window, "hip-replacement")
    pane = main_window.patient_workspace
    choose = pane.choose_page
    hip_focus = next(t for t in main_window.workspace.plans.templates() if t.id == "hip-focus")
    added = choose.apply_template(hip_focus)
    status = choose.status_label.text()
    # Kept: lying face down, standing hip-flexor stretch, bridge, cycling; the other six have the hip caution.
    assert added == 4 and status.startswith("Added 4 exercises from “Hip focus”.\nLeft out:\n")
    assert "Left out:\n• Knee fall-outs (lying hip rotation): Caution for hip replacement" in status
    assert all("hip-replacement" not in main_window.workspace.library.get(i).cautions for i in ids(main_window))
    assert pane.plan_page.save_as_template("Hip plan for Dev")
    saved = [t for t in main_window.workspace.plans.templates() if t.origin == "saved"]
    assert [(t.id, len(t.items)) for t in saved] == [("hip-plan-for-dev", added)]
    choose.templates_menu.aboutToShow.emit()
    titles = [a.text() for a in choose.templates_menu.actions()]
    assert "Saved by the clinic" in titles and "Hip plan for Dev" in titles


def test_versions_changes_export_and_import(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    patient_id = open_signed(main_window, "neck-dominant")
    pane = main_window.patient_workspace
    page = pane.plan_page
    pane.choose_page.suggestions.add_all()
    first = page.save()
    assert first.version == 1
    # The next version starts from the first; changes since it are listed as they are made.
    page._select(0)
    page.remove_current()
    changes = [page.changes_list.item(i).text() for i in range(page.changes_list.count())]
    assert changes == ["Removed Lying head turns (1×10, hold 3 s, 2/day, 7/wk)."]
    second = page.save()
    assert second.version == 2 and page.version_label.text().startswith("Starting from version 2")
    out = page.export_json(tmp_path / "neck.json")
    data = json.loads(out.read_text("utf-8"))
    assert data["schema"] == "planner.plan/1" and len(data["items"]) == 9
    page.start_from_previous()
    page._select(0)
    page.remove_current()
    assert page.import_json(out)
    assert [i.exercise_id for i in pane.draft.items] == [i["exercise"] for i in data["items"]]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**data, "items": [{"exercise": "moonwalk", "dosage": {"reps": 1}}]}), "utf-8")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    assert not page.import_json(bad)
    assert "items[0].exercise: 'moonwalk' is not an exercise in the library" in page.status_label.text()
    versions = main_window.workspace.plans.history(patient_id)
    assert [p.version for p in versions] == [1, 2]


def test_signing_off_in_the_assess_step_brings_the_suggestions(qtbot, main_window: MainWindow) -> None:
    ws = main_window.workspace
    patient = ws.patients.add("Kim Lee")
    data = {**json.loads((PATIENTS / "neck-dominant.json").read_text("utf-8")), "red_flags_screened": True}
    ws.assessments.save_draft(AssessmentRecord(patient_id=patient.id, assessed_on=date(2026, 5, 4)), data)
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    pane = main_window.patient_workspace
    panel = pane.choose_page.suggestions
    assert panel.suggested_list.count() == 0
    assert panel.heading.text() == "Sign off an assessment to see suggestions for this patient."
    qtbot.mouseClick(pane.assess_page.sign_button, Qt.MouseButton.LeftButton)
    assert panel.suggested_list.count() == 10
    assert panel.heading.text() == "Suggestions from the assessment of 04 May 2026."
    assert panel.findings_label.text() == "Found: R3: Tragus-to-wall 16 cm · R4: Cervical rotation 45°"

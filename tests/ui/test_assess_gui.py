"""The Assess page through its widgets: live scores, what is stored, the red-flag banner and print block,
draft recovery, sign-off, correction and re-assessment, the body chart, and the History page."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollBar, QWidget

from planner.services.workspace import Workspace
from planner.ui.app import window_settings
from planner.ui.main_window import MainWindow
from planner.ui.pages.assess_page import AssessPage


def _open(window: MainWindow, name: str = "Zoë Łukasz") -> tuple[int, AssessPage]:
    patient = window.workspace.patients.add(name)
    window.patient_list.refresh()
    window.patient_list.select_patient(patient.id)
    return patient.id, window.patient_workspace.assess_page


def _row(window: MainWindow, patient_id: int) -> dict:
    rows = list(window.workspace.store.db.query(
        "SELECT * FROM assessments WHERE patient_id = ? ORDER BY id DESC LIMIT 1", [patient_id]))
    row = rows[0]
    row["data"] = json.loads(row["data"])
    return row


def _type_basdai_and_asdas(qtbot, page: AssessPage) -> None:
    for field, answer in zip(page.basdai_fields, ("2", "10", "7", "1", "9", "3"), strict=True):
        qtbot.keyClicks(field.edit, answer)
    qtbot.keyClicks(page.measures.patient_global.edit, "6")
    qtbot.keyClicks(page.measures.crp.edit, "12")
    qtbot.keyClicks(page.measures.esr.edit, "30")


def test_basdai_and_asdas_typed_show_their_categories_and_are_stored_unrounded(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    _type_basdai_and_asdas(qtbot, page)
    crp = 0.121 * 10 + 0.058 * 3 + 0.110 * 6 + 0.073 * 7 + 0.579 * math.log(12 + 1)   # 4.0401…
    esr = 0.079 * 10 + 0.069 * 3 + 0.113 * 6 + 0.086 * 7 + 0.293 * math.sqrt(30)       # 3.8818…
    assert page.scores.text("basdai") == "BASDAI 5.2 – Active disease (BASDAI 4 or more)"
    assert page.scores.text("asdas_crp") == "ASDAS-CRP 4.0 – Very high disease activity"
    assert page.scores.text("asdas_esr") == "ASDAS-ESR 3.9 – Very high disease activity"
    row = _row(main_window, patient_id)
    assert abs(row["basdai"] - 5.2) < 1e-9 and abs(row["asdas_crp"] - crp) < 1e-9
    assert abs(row["asdas_esr"] - esr) < 1e-9
    assert row["data"]["crp_mg_l"] == 12.0 and row["status"] == "draft"

    page.measures.crp.edit.clear()
    qtbot.keyClicks(page.measures.crp.edit, "0.5")   # below 2 mg/L counts as 2 (CLINICAL.md §6b)
    low = 0.121 * 10 + 0.058 * 3 + 0.110 * 6 + 0.073 * 7 + 0.579 * math.log(3)          # 3.1907…
    assert abs(_row(main_window, patient_id)["asdas_crp"] - low) < 1e-9
    assert page.scores.text("asdas_crp") == "ASDAS-CRP 3.2 – High disease activity"


def test_out_of_range_input_is_refused_at_the_field_with_its_range(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    qtbot.keyClicks(page.measures.crp.edit, "2000")
    assert page.measures.crp.error.text() == "⚠ 2000 is outside 0 to 1000"
    qtbot.keyClicks(page.measures.basmi.fields["cervical_rotation_deg"][0].edit, "130")
    assert page.measures.basmi.fields["cervical_rotation_deg"][0].error.text() == "⚠ 130 is outside 0 to 120"
    qtbot.keyClicks(page.measures.crp_date.edit, "31/02/2026")
    assert "dd/mm/yyyy" in page.measures.crp_date.error.text()
    assert "crp_mg_l" not in _row(main_window, patient_id)["data"]


def test_basmi_shows_both_methods_and_stores_left_and_right(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    values = {"tragus_to_wall_cm": ("14", "16"), "lumbar_side_flexion_cm": ("9", "11"),
              "modified_schober_cm": ("4",), "intermalleolar_cm": ("100",), "cervical_rotation_deg": ("70", "70")}
    for key, typed in values.items():
        for field, text in zip(page.measures.basmi.fields[key], typed, strict=True):
            qtbot.keyClicks(field.edit, text)
    # linear: mean of (15 − 8)/3, (21.1 − 10)/2.1, (7.4 − 4)/0.7, (124.5 − 100)/10, (89.3 − 70)/8.5 = 3.3836…
    linear = (7 / 3 + 11.1 / 2.1 + 3.4 / 0.7 + 2.45 + 19.3 / 8.5) / 5
    assert page.scores.text("basmi") == "BASMI 3.4 linear (0–10); 3-point 5 of 10"
    assert page.measures.basmi.item_scores["modified_schober_cm"].text() == "4.9 linear · 1 (3-point)"
    row = _row(main_window, patient_id)
    assert abs(row["basmi"] - linear) < 1e-9
    assert row["data"]["basmi"]["tragus_to_wall_cm"] == [14.0, 16.0]
    qtbot.keyClicks(page.measures.basmi.fields["modified_schober_cm"][0].edit, "1")   # now 41 cm: refused
    page.measures.basmi.fields["modified_schober_cm"][0].edit.setText("12")
    assert page.measures.basmi.schober_check.isVisibleTo(page)


def test_urgent_red_flag_shows_the_banner_blocks_printing_until_the_action_is_recorded(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    workspace_widget = main_window.patient_workspace
    assert not page.banner.isVisibleTo(page)
    page.screening.flag_boxes["bladder_bowel_change"].setChecked(True)
    assert page.banner.isVisibleTo(page)
    banner = page.banner.message.text()
    assert "URGENT RED FLAG – Emergency: call 999 or go to A&amp;E now" in banner
    assert "Cauda equina syndrome" in banner and "Printing the plan stays blocked" in banner
    row = _row(main_window, patient_id)
    assert row["urgent_flags"] == '["bladder_bowel_change"]' and row["red_flag_action"] == ""

    print_page = workspace_widget.print_page
    workspace_widget.steps.setCurrentWidget(print_page)
    assert not print_page.make_button.isEnabled()
    assert print_page.status_label.text().startswith("Printing is blocked: urgent red flag")
    assert print_page.make_pdf() is None

    workspace_widget.steps.setCurrentWidget(page)
    page.screening.screened.setChecked(True)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert "Record what you did about the urgent red flag" in page.sign_problems.text()
    qtbot.keyClicks(page.banner.action_edit, "10:40 called 999, ambulance to A&E")
    assert "Action recorded. Printing is allowed." in page.banner.message.text()
    row = _row(main_window, patient_id)
    assert row["red_flag_action"] == "10:40 called 999, ambulance to A&E"
    assert main_window.workspace.assessments.print_block(patient_id) is None
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert _row(main_window, patient_id)["status"] == "signed"
    assert page.banner.action_edit.isReadOnly()


def test_a_draft_survives_the_window_being_destroyed_mid_entry(qtbot, workspace: Workspace, settings) -> None:
    window = MainWindow(workspace, settings)
    window.show()
    patient_id, page = _open(window)
    qtbot.keyClicks(page.history.texts["medication"], "Naproxen 500 mg")
    page.history.choices["diagnosis"].setCurrentIndex(2)
    for field, answer in zip(page.basdai_fields[:3], ("4", "5", "6"), strict=True):
        qtbot.keyClicks(field.edit, answer)
    page.conditions.condition_boxes["osteoporosis"].setChecked(True)
    qtbot.keyClicks(page.conditions.goal_edits[2], "Swim")
    window.deleteLater()   # no close event, no save button: as if the app had crashed
    QApplication.processEvents()

    reopened = Workspace(workspace.data_dir)   # a second connection reads only what was committed
    try:
        again = MainWindow(reopened, window_settings(reopened))
        qtbot.addWidget(again)
        again.patient_list.refresh()
        again.patient_list.select_patient(patient_id)
        page = again.patient_workspace.assess_page
        assert page.history.texts["medication"].text() == "Naproxen 500 mg"
        assert page.history.choices["diagnosis"].currentData() == "as"
        assert [f.edit.text() for f in page.basdai_fields] == ["4", "5", "6", "", "", ""]
        assert page.conditions.condition_boxes["osteoporosis"].isChecked()
        assert [e.text() for e in page.conditions.goal_edits] == ["", "", "Swim", "", ""]
        assert not page.record.signed and page.record.id is not None
    finally:
        reopened.close()


def test_signed_is_read_only_and_a_correction_is_a_new_version(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    _type_basdai_and_asdas(qtbot, page)
    page.screening.screened.setChecked(True)
    page.sign_off()
    first = page.record
    assert first.signed and page.basdai_fields[0].edit.isReadOnly()
    assert not page.screening.screened.isEnabled() and page.correct_button.isVisibleTo(page)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert page.record.corrects_id == first.id and not page.basdai_fields[0].edit.isReadOnly()
    page.basdai_fields[1].edit.setText("4")   # Q2 was 10: BASDAI (2 + 4 + 7 + 1 + 6) / 5 = 4.0
    page.sign_off()
    rows = list(main_window.workspace.store.db.query(
        "SELECT id, status, basdai, corrects_id FROM assessments WHERE patient_id = ? ORDER BY id", [patient_id]))
    assert [(r["status"], r["corrects_id"]) for r in rows] == [("signed", None), ("signed", first.id)]
    assert abs(rows[0]["basdai"] - 5.2) < 1e-9 and abs(rows[1]["basdai"] - 4.0) < 1e-9

    history = main_window.patient_workspace.history_page
    main_window.patient_workspace.steps.setCurrentWidget(history)
    statuses = [history.table.item(r, 1).text() for r in range(history.table.rowCount())]
    assert statuses[0] == "Correction, signed off" and statuses[1].startswith("Replaced by the correction")
    assert history.chart.isVisibleTo(history)


def test_reassessment_copies_history_and_conditions_but_not_the_findings(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    qtbot.keyClicks(page.history.age_at_onset.edit, "24")
    page.conditions.condition_boxes["cervical-fusion"].setChecked(True)
    _type_basdai_and_asdas(qtbot, page)
    page.screening.flag_boxes["immunosuppressed"].setChecked(True)
    page.screening.screened.setChecked(True)
    page.sign_off()
    qtbot.mouseClick(page.reassess_button, Qt.MouseButton.LeftButton)
    assert page.record.id is None and not page.record.signed
    assert len(main_window.workspace.assessments.history(patient_id)) == 1   # saved on its first change
    assert page.history.age_at_onset.edit.text() == "24"
    assert page.conditions.condition_boxes["cervical-fusion"].isChecked()
    assert page.conditions.carried.text().startswith(f"Copied from the assessment of {date.today().day} ")
    assert page.basdai_fields[1].edit.text() == "" and page.measures.crp.edit.text() == ""
    assert not page.screening.flag_boxes["immunosuppressed"].isChecked()
    assert not page.screening.screened.isChecked()


def test_body_chart_by_mouse_and_by_keyboard_counts_each_index(qtbot, main_window) -> None:
    patient_id, page = _open(main_window)
    body = page.body
    page.go_to(body)
    centre = body.chart.marker_centre("achilles_left")
    qtbot.mouseClick(body.chart, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y())))
    assert body.examined.isChecked()
    body.sites.setFocus()
    qtbot.keyClicks(body.sites, "Back point of the pelvis")
    qtbot.keyClick(body.sites, Qt.Key.Key_Space)
    assert body.counts.text() == "<b>MASES 2 of 13 · SPARCC 1 of 16 · LEI 1 of 6 · dactylitis 0 digits</b>"
    assert "Achilles tendon insertion at the heel, left" in body.tender_list.text()
    assert _row(main_window, patient_id)["data"]["entheses"] == ["psis_left", "achilles_left"]
    assert body.chart.marked == {"achilles_left", "psis_left"}


def test_discarding_a_draft_asks_first(qtbot, main_window, monkeypatch) -> None:
    patient_id, page = _open(main_window)
    qtbot.keyClicks(page.history.fatigue.edit, "4")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.discard()
    assert _row(main_window, patient_id)["data"]["fatigue"] == 4.0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.discard()
    assert main_window.workspace.assessments.history(patient_id) == []
    assert page.history.fatigue.edit.text() == "" and page.record.id is None



LAZY_CHART = """
import sys
from planner.services.workspace import Workspace
from planner.ui.app import application, window_settings
from planner.ui.main_window import MainWindow
app = application()
workspace = Workspace()
window = MainWindow(workspace, window_settings(workspace))
window.show()
patient = workspace.patients.add("Lazy")
window.patient_list.refresh()
window.patient_list.select_patient(patient.id)
page = window.patient_workspace.assess_page
page.screening.screened.setChecked(True)
page.sign_off()
print("after sign-off:", "reportlab" in sys.modules)
window.patient_workspace.steps.setCurrentWidget(window.patient_workspace.history_page)
print("after History:", "reportlab" in sys.modules)
window.close()
workspace.close()
"""


def test_reportlab_is_imported_only_when_the_history_chart_is_shown(tmp_path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(tmp_path),
           "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-c", LAZY_CHART], capture_output=True, text=True, env=env, cwd=root,
                            check=True)
    assert result.stdout.splitlines() == ["after sign-off: False", "after History: True"]


def test_every_control_of_assess_and_history_has_an_accessible_name(main_window) -> None:
    _open(main_window)
    workspace_widget = main_window.patient_workspace
    for page in (workspace_widget.assess_page, workspace_widget.history_page):
        controls = [w for w in page.findChildren(QWidget)
                    if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(w, QScrollBar)
                    and w.window() is main_window]   # combo-box pop-ups are windows of their own
        assert len(controls) > (100 if page is workspace_widget.assess_page else 2)
        unnamed = [f"{type(w).__name__} {w.parent().objectName()}" for w in controls if not w.accessibleName()]
        assert unnamed == []

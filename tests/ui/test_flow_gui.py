"""The thin slice through the GUI: score a BASDAI, choose exercises, save the plan, make its PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from planner.ui.main_window import MainWindow
from planner.ui.models.plan_items import column_of


def _open(main_window: MainWindow, name: str) -> int:
    patient = main_window.workspace.patients.add(name)
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    assert main_window.patient_workspace.patient.id == patient.id
    return patient.id


def test_basdai_typed_in_the_form_shows_the_score_and_stores_it(qtbot, main_window: MainWindow) -> None:
    patient_id = _open(main_window, "Zoë Łukasz")
    page = main_window.patient_workspace.assess_page
    for field, answer in zip(page.basdai_fields, ("2", "10", "7", "1", "9", "3"), strict=True):
        qtbot.keyClicks(field.edit, answer)
    # (2 + 10 + 7 + 1 + (9 + 3) / 2) / 5 = 26 / 5 = 5.2, active disease (CLINICAL.md section 2)
    assert page.score_label.text() == "BASDAI 5.2 – Active disease (BASDAI 4 or more)"
    row = main_window.workspace.store.db.execute(
        "SELECT basdai, status, data FROM assessments WHERE patient_id = ?", [patient_id]).fetchone()
    assert abs(row[0] - 5.2) < 1e-9 and row[1] == "draft"
    assert '"basdai": [2.0, 10.0, 7.0, 1.0, 9.0, 3.0]' in row[2]

    qtbot.keyClicks(page.basdai_fields[0].edit, "5")   # "25" is refused at the field, with the range
    assert page.basdai_fields[0].error.text() == "⚠ 25 is outside 0 to 10"
    assert page.score_label.text() == "BASDAI: answer all six questions to see the score"
    page.basdai_fields[0].edit.setText("2")
    page.screening.screened.setChecked(True)   # sign-off needs the red-flag screen confirmed
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    status = main_window.workspace.store.db.execute("SELECT status FROM assessments").fetchone()[0]
    assert status == "signed"
    assert page.basdai_fields[0].edit.isReadOnly()


def test_choose_plan_and_print_gives_a_pdf_with_the_name_and_exercises(qtbot, main_window: MainWindow) -> None:
    patient_id = _open(main_window, "O'Brien <Jr> & Sons")
    workspace_widget = main_window.patient_workspace
    choose = workspace_widget.choose_page
    chosen = []
    for row in range(min(3, choose.list.count())):
        choose.list.setCurrentRow(row)
        qtbot.mouseClick(choose.add_button, Qt.MouseButton.LeftButton)
        chosen.append(main_window.workspace.library.get(choose.list.item(row).data(Qt.ItemDataRole.UserRole + 1)))
    assert len(workspace_widget.draft.items) == len(chosen) >= 1

    plan_page = workspace_widget.plan_page
    assert plan_page.model.setData(plan_page.model.index(0, column_of("sets")), 3)
    qtbot.mouseClick(plan_page.save_button, Qt.MouseButton.LeftButton)
    rows = list(main_window.workspace.store.db.query(
        "SELECT i.position, i.exercise_id, i.dosage FROM plan_items i JOIN plans p ON p.id = i.plan_id"
        " WHERE p.patient_id = ? ORDER BY i.position", [patient_id]))
    assert [r["exercise_id"] for r in rows] == [e.id for e in chosen]
    assert '"sets": 3' in rows[0]["dosage"]

    with qtbot.waitSignal(workspace_widget.print_page.pdf_ready, timeout=30000):
        workspace_widget.print_page.make_pdf()
    pdf_path = workspace_widget.print_page.pdf_path
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "O'Brien <Jr> & Sons" in text
    for exercise in chosen:
        assert exercise.name in text
    assert workspace_widget.print_page.document.pageCount() >= 3

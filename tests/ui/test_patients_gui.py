"""Patients through the GUI: add with the dialog, see problems by the field, search, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.ui.dialogs.patient_dialog import PatientDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.patient_table import PatientTableModel


def _fill_and_save(qtbot, dialog: PatientDialog, name: str, dob: str = "", number: str = "") -> None:
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.dob_edit.clear()
    qtbot.keyClicks(dialog.dob_edit, dob)
    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, number)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _run_patient_dialog(qtbot, window: MainWindow, fill) -> None:
    """Open File → New patient; `fill(dialog)` types into it while it is modal."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PatientDialog)
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, act)
    window.new_action.trigger()


def test_adding_a_patient_through_the_dialog_stores_the_row(qtbot, main_window: MainWindow) -> None:
    _run_patient_dialog(qtbot, main_window, lambda d: _fill_and_save(qtbot, d, "O'Brien <Jr> & Sons",
                                                                      "1984-03-21", "943 476 5919"))
    rows = list(main_window.workspace.store.db.query("SELECT name, date_of_birth, hospital_number FROM patients"))
    assert rows == [{"name": "O'Brien <Jr> & Sons", "date_of_birth": "1984-03-21", "hospital_number": "9434765919"}]
    assert main_window.patient_list.model.rowCount() == 1
    assert main_window.patient_workspace.patient.name == "O'Brien <Jr> & Sons"
    assert "O&#x27;Brien &lt;Jr&gt; &amp; Sons" in main_window.patient_workspace.header.text()


def test_problems_show_next_to_their_fields_and_nothing_is_saved(qtbot, main_window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: PatientDialog) -> None:
        _fill_and_save(qtbot, dialog, "   ", "2999-01-01", "943 476 5918")
        seen.update({name: error.text() for name, error in dialog.errors.items() if error.isVisible()})
        seen["still open"] = str(dialog.isVisible())

    _run_patient_dialog(qtbot, main_window, fill)
    assert seen["name"] == "⚠ Please enter the patient's name"
    assert seen["date_of_birth"] == "⚠ Is in the future"
    assert "check digit" in seen["hospital_number"]
    assert seen["still open"] == "True"
    assert main_window.workspace.patients_count() == 0


def test_search_as_you_type_and_sort(qtbot, main_window: MainWindow) -> None:
    for name in ("Zoë Łukasz", "Ana Ñúñez-O'Brien", "Bob Smith"):
        main_window.workspace.patients.add(name)
    main_window.patient_list.refresh()
    assert main_window.patient_list.model.rowCount() == 3
    qtbot.keyClicks(main_window.patient_list.search_edit, "lukasz")
    assert main_window.patient_list.model.rowCount() == 1
    assert main_window.patient_list.model.patient_at(0).name == "Zoë Łukasz"
    assert main_window.patient_list.count_label.text() == "1 patient"
    main_window.patient_list.search_edit.clear()
    main_window.patient_list.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = main_window.patient_list.table.model()
    assert [shown.index(r, 0).data() for r in range(3)] == ["Ana Ñúñez-O'Brien", "Bob Smith", "Zoë Łukasz"]


def test_edit_and_delete_with_confirmation(qtbot, main_window: MainWindow, monkeypatch) -> None:
    patient = main_window.workspace.patients.add("Before Edit")
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    assert main_window.edit_action.isEnabled()

    def fill(dialog: PatientDialog) -> None:
        _fill_and_save(qtbot, dialog, "After Edit")
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    main_window.edit_action.trigger()
    assert main_window.workspace.patients.get(patient.id).name == "After Edit"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    main_window.delete_action.trigger()
    assert main_window.workspace.patients_count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.delete_action.trigger()
    assert main_window.workspace.patients_count() == 0
    assert main_window.patient_workspace.patient is None
    assert not main_window.delete_action.isEnabled()


def test_patient_table_model_passes_the_model_tester(qtmodeltester, workspace) -> None:
    workspace.patients.add("Zoë Łukasz", "1990-02-03", "RBH12345")
    workspace.patients.add("Bob Smith")
    model = PatientTableModel()
    model.set_patients(workspace.patients.search())
    qtmodeltester.check(model)


def test_window_geometry_is_remembered(qtbot, workspace, settings) -> None:
    first = MainWindow(workspace, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)   # inside the offscreen screen (800 × 600)
    first.close()
    second = MainWindow(workspace, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_wrapped_messages_push_the_buttons_down_rather_than_under_the_notes(qtbot, workspace) -> None:
    dialog = PatientDialog(workspace.patients)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Zoë Łukasz")
    dialog.dob_edit.setText("1991-13-02")
    dialog.number_edit.setText("943 476 5918")   # a wrong check digit: a message long enough to wrap
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    notes_bottom = dialog.notes_edit.mapTo(dialog, dialog.notes_edit.rect().bottomLeft()).y()
    assert notes_bottom < dialog.buttons.geometry().top()
    for error in (dialog.errors["date_of_birth"], dialog.errors["hospital_number"]):
        assert error.isVisible() and error.height() >= error.heightForWidth(error.width())


def test_a_date_of_birth_is_typed_and_shown_day_first(qtbot, main_window: MainWindow) -> None:
    _run_patient_dialog(qtbot, main_window, lambda d: _fill_and_save(qtbot, d, "Priya Raman", "08/03/1994"))
    patient = main_window.patient_workspace.patient
    assert patient.date_of_birth.isoformat() == "1994-03-08"
    shown: list[str] = []
    QTimer.singleShot(0, lambda: (shown.append(QApplication.activeModalWidget().dob_edit.text()),
                                  QApplication.activeModalWidget().reject()))
    main_window.edit_action.trigger()
    assert shown == ["08/03/1994"]


def test_a_narrow_list_hides_the_changed_column_so_names_keep_their_room(qtbot, main_window: MainWindow) -> None:
    main_window.workspace.patients.add("Marguerite Okonkwo-Hale")
    main_window.patient_list.refresh()
    table = main_window.patient_list.table
    main_window.splitter.setSizes([300, 900])
    qtbot.waitUntil(lambda: main_window.patient_list.width() < 440)
    assert table.isColumnHidden(3) and not table.isColumnHidden(0)
    main_window.splitter.setSizes([480, 720])
    qtbot.waitUntil(lambda: not table.isColumnHidden(3))

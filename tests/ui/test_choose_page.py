"""The Choose step's exercise list follows the library: clinic exercises made, imported or deleted after the
page was built show (or go) at once, and its markers stay readable in a narrow list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.main_window import MainWindow
from planner.ui.pages.choose_page import EXERCISE_ID_ROLE, ChoosePage


def _open(main_window: MainWindow) -> ChoosePage:
    patient = main_window.workspace.patients.add("Ana Ñúñez-O'Brien")
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    pane = main_window.patient_workspace
    pane.steps.setCurrentWidget(pane.choose_page)
    return pane.choose_page


def _listed(page: ChoosePage) -> list[str]:
    return [page.list.item(row).data(EXERCISE_ID_ROLE) for row in range(page.list.count())]


def test_a_clinic_exercise_made_in_the_library_is_listed_and_found_without_a_restart(
        qtbot, main_window: MainWindow) -> None:
    page = _open(main_window)
    shipped = len(_listed(page))
    service = main_window.workspace.exercise_library
    record = service.copy_record("thoracic-rotation-sitting")
    record["name"] = "Zig-zag chair twist"
    record["id"] = service.new_id(record["name"])

    main_window.show_library()   # made while the Library page is shown, as a therapist would
    created = service.create(record)
    main_window.show_patients()
    assert len(_listed(page)) == shipped + 1 and created.id in _listed(page)
    qtbot.keyClicks(page.search_edit, "zig-zag")
    assert _listed(page) == [created.id]

    page.search_edit.clear()
    service.delete(created.id)   # deleted while the page is shown: the next search no longer offers it
    qtbot.keyClicks(page.search_edit, "zig-zag")
    assert _listed(page) == []


def test_enter_in_the_search_goes_to_the_first_result_and_enter_there_adds_it(qtbot, main_window: MainWindow) -> None:
    page = _open(main_window)
    qtbot.keyClicks(page.search_edit, "chin tuck")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.list.hasFocus() and page.list.currentRow() == 0
    first = page.list.item(0).data(EXERCISE_ID_ROLE)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert [item.exercise_id for item in main_window.patient_workspace.draft.items] == [first]
    assert page.list.item(0).text().endswith("✓ in plan")
    assert page.list.wordWrap()   # the marker wraps into sight rather than off the right edge

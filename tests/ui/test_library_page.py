"""The Library page through its widgets: search, filters, safety for the open patient, details, adding."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

from planner.core.assessment_record import AssessmentRecord
from planner.ui.dialogs import override_dialog
from planner.ui.main_window import MainWindow
from planner.ui.pages.library_page import LibraryPage

OSTEOPOROSIS_NOTE = "If you have thin bones (osteoporosis), turn gently and never bounce or force the turn."


def _open_patient(main_window: MainWindow, name: str, conditions: tuple[str, ...] = (), flare: bool = False) -> int:
    workspace = main_window.workspace
    patient = workspace.patients.add(name)
    if conditions or flare:
        service = workspace.assessments
        record = service.save_draft(AssessmentRecord(patient_id=patient.id, assessed_on=date(2026, 11, 20)),
                                    {"red_flags": [], "red_flags_screened": True,
                                     "conditions": list(conditions), "flare": flare})
        service.sign(record)
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    return patient.id


def _names(page: LibraryPage) -> list[str]:
    return [page.model.exercise(row).name for row in range(page.model.rowCount())]


def _library(qtbot, main_window: MainWindow) -> LibraryPage:
    QTest.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    page = main_window.library_page
    assert page is not None and main_window.pages.currentWidget() is page
    return page


def test_the_menu_opens_the_library_and_back_returns_to_the_patient(qtbot, main_window: MainWindow) -> None:
    _open_patient(main_window, "Ana Ñúñez")
    choose = main_window.patient_workspace.choose_page
    qtbot.mouseClick(choose.library_button, Qt.MouseButton.LeftButton)
    assert main_window.pages.currentWidget() is main_window.library_page
    main_window.show_patients()
    page = _library(qtbot, main_window)
    assert "Adding to the plan of Ana Ñúñez" in page.heading.text()
    assert page.search_edit.hasFocus()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert main_window.pages.currentWidget() is main_window.splitter
    main_window.library_action.trigger()
    main_window.step_actions[2].trigger()
    assert main_window.pages.currentWidget() is main_window.splitter
    assert main_window.patient_workspace.steps.currentIndex() == 2


def test_search_as_you_type_filters_and_the_detail_pane(qtbot, main_window: MainWindow, qtmodeltester) -> None:
    page = _library(qtbot, main_window)
    assert page.model.rowCount() == len(main_window.workspace.library) >= 100
    qtmodeltester.check(page.model)
    qtbot.keyClicks(page.search_edit, "bri")
    assert _names(page)[0] == "Bridge"
    qtbot.keyClicks(page.search_edit, "dge march")
    assert _names(page) == ["Bridge with alternate foot lift"]
    assert page.detail.exercise.id == "bridge-march"
    assert "<h2>Bridge with alternate foot lift</h2>" in page.detail.title.text()
    text = page.detail.text.text()
    assert "<h3>Steps</h3><ol>" in text and "<h3>How much</h3>" in text and "<h3>Cautions</h3>" in text
    assert page.count_label.text() == "1 exercise"

    page.search_edit.clear()
    page.filters.set_value("category", "mobility")
    assert _names(page) and all("mobility" in (e.category, *e.secondary_categories)
                                for e in (page.model.exercise(r) for r in range(page.model.rowCount())))
    page.filters.set_value("level", 1)
    page.filters.set_value("equipment", "none")
    shown = [page.model.exercise(r) for r in range(page.model.rowCount())]
    assert shown and all(e.level == 1 and e.equipment == ("none",) for e in shown)
    page.filters.set_value("position", "lying-prone")
    assert page.model.rowCount() == 0 and page.detail.exercise is None
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == len(main_window.workspace.library)
    qtmodeltester.check(page.model)


def test_safe_for_this_patient_hides_with_the_reason_and_asks_why_before_adding(
        qtbot, main_window: MainWindow, monkeypatch) -> None:
    _open_patient(main_window, "Ben Osteo", conditions=("osteoporosis",))
    page = _library(qtbot, main_window)
    assert page.safe_check.isChecked() and page.safe_check.isEnabled()
    hidden = dict((e.id, reason) for e, reason in page.hidden())
    assert "thoracic-rotation-sitting" not in [page.model.exercise(r).id for r in range(page.model.rowCount())]
    assert hidden["thoracic-rotation-sitting"] == f"Caution for osteoporosis or osteopenia: {OSTEOPOROSIS_NOTE}"
    library = main_window.workspace.library
    assert set(hidden) == {e.id for e in library.exercises.values() if "osteoporosis" in e.cautions}
    assert f"{len(hidden)} hidden as not safe for this patient" in page.count_label.text()

    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    assert page.hidden_list.isVisible()
    lines = [page.hidden_list.item(i).text() for i in range(page.hidden_list.count())]
    assert f"Seated upper-back twist — Caution for osteoporosis or osteopenia: {OSTEOPOROSIS_NOTE}" in lines

    qtbot.mouseClick(page.safe_check, Qt.MouseButton.LeftButton)
    assert not page.hidden() and page.model.rowCount() == len(library)
    assert page.select("thoracic-rotation-sitting")
    row = page.model.row_of("thoracic-rotation-sitting")
    assert page.model.index(row, 0).data().endswith("⚠ caution for this patient")
    assert page.detail.caution_banner.isVisible()
    assert OSTEOPOROSIS_NOTE in page.detail.caution_banner.text()
    asked = []

    def ask(_parent, name: str, why: str) -> str | None:
        asked.append((name, why))
        return None if len(asked) == 1 else "Shown in clinic: small turns, no pain"

    monkeypatch.setattr(override_dialog, "ask_override_reason", ask)
    draft = main_window.patient_workspace.draft
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)   # cancelled: nothing added
    assert asked == [("Seated upper-back twist", f"Caution for osteoporosis or osteopenia: {OSTEOPOROSIS_NOTE}")]
    assert not draft.contains("thoracic-rotation-sitting")
    assert page.status_label.text() == "Not added: Seated upper-back twist."
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    item = next(i for i in draft.items if i.exercise_id == "thoracic-rotation-sitting")
    assert item.override_reason == "Shown in clinic: small turns, no pain"


def test_a_flare_hides_exercises_with_a_flare_caution_or_no_flare_dose(qtbot, main_window: MainWindow) -> None:
    _open_patient(main_window, "Cara Flare", flare=True)
    page = _library(qtbot, main_window)
    exercises = main_window.workspace.library.exercises.values()
    flare_ids = {e.id for e in exercises if "acute-flare" in e.cautions or e.flare_dosage is None}
    assert flare_ids and {e.id for e, _reason in page.hidden()} == flare_ids
    for exercise, reason in page.hidden():
        expected = "Caution for flare" if "acute-flare" in exercise.cautions else "Not advised during a flare"
        assert reason.startswith(expected), (exercise.id, reason)


def test_add_to_plan_and_links_that_navigate(qtbot, main_window: MainWindow) -> None:
    _open_patient(main_window, "Dan Plain")
    page = _library(qtbot, main_window)
    draft = main_window.patient_workspace.draft
    assert page.select("thoracic-rotation-sitting")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [item.exercise_id for item in draft.items] == ["thoracic-rotation-sitting"]
    assert page.status_label.text() == "Added Seated upper-back twist to the plan of Dan Plain (1 exercise)."
    assert not page.add_button.isEnabled()
    row = page.model.row_of("thoracic-rotation-sitting")
    assert page.model.index(row, 0).data().endswith("✓ in the plan")

    page.search_edit.setText("seated upper")
    assert "open-book-side-lying" in page.detail.text.text()
    page.detail.text.linkActivated.emit("exercise:open-book-side-lying")
    assert page.current_exercise().id == "open-book-side-lying"
    assert page.search_edit.text() == ""   # cleared: the search did hide it
    assert not page.select("no-such-exercise")


def test_with_no_patient_open_nothing_can_be_added(qtbot, main_window: MainWindow) -> None:
    page = _library(qtbot, main_window)
    assert "No patient is open" in page.heading.text()
    assert not page.safe_check.isEnabled() and not page.add_button.isEnabled()
    assert page.add_to_plan() is False


def test_thumbnails_are_drawn_only_for_rows_shown_and_only_once(qtbot, main_window: MainWindow) -> None:
    page = _library(qtbot, main_window)
    assert page.select("thoracic-rotation-sitting")
    exercise = main_window.workspace.library.get("thoracic-rotation-sitting")
    qtbot.waitUntil(lambda: page.figures.thumbnail(exercise) is not None, timeout=3000)
    pixmap = page.model.index(page.model.row_of(exercise.id), 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and pixmap.width() == 120 * pixmap.devicePixelRatio()
    asked = len(page.figures._thumbnails)
    assert 0 < asked < len(main_window.workspace.library)   # the rows on screen, not the whole library
    assert page.figures.thumbnail(exercise).cacheKey() == pixmap.cacheKey()   # drawn once, then kept


def test_every_control_of_the_library_and_the_editor_has_an_accessible_name(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QScrollBar, QWidget

    from planner.ui.dialogs.exercise_editor import ExerciseEditor

    page = _library(qtbot, main_window)
    service = main_window.workspace.exercise_library
    editor = ExerciseEditor(service, service.copy_record("thoracic-rotation-sitting"), creating=True)
    qtbot.addWidget(editor)
    for widget, window, least in ((page, main_window, 15), (editor, editor, 100)):
        controls = [w for w in widget.findChildren(QWidget)
                    if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(w, QScrollBar)
                    and not isinstance(w.parent(), QAbstractSpinBox)   # its text box: the spin box has the name
                    and w.window() is window]
        assert len(controls) > least
        unnamed = [f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}" for w in controls
                   if not w.accessibleName()]
        assert unnamed == []

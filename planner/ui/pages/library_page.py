"""The Library page: find exercises as you type, filter them, see one in full, add it to the open plan,
and manage the clinic's own exercises (new, duplicate, edit, delete, import, export)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.exercise import Exercise
from planner.library.search import ExerciseIndex
from planner.services.library import LibraryService
from planner.ui.add_exercise import add_checked
from planner.ui.models.exercises import ExerciseListModel
from planner.ui.plan_draft import PlanDraft
from planner.ui.thumbnails import THUMBNAIL_SIZE, FigureCache
from planner.ui.widgets.exercise_detail import ExerciseDetail
from planner.ui.widgets.library_filters import LibraryFilters

if TYPE_CHECKING:
    from planner.ui.dialogs.exercise_bundle import ImportReport

BUNDLE_FILTER = "Exercise bundles (*.json);;All files (*)"


@dataclass(frozen=True)
class PatientContext:
    """The open patient as the library needs them: their name, and the plan being built for them.

    The draft knows the patient's conditions and flare from the latest signed assessment, and so which
    exercises need the therapist's reason to go in the plan (`PlanDraft.exclusion`).
    """

    name: str
    draft: PlanDraft


class LibraryPage(QWidget):
    closed = Signal()   # the therapist asked to go back to the patient

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.patient: PatientContext | None = None
        self.figures = FigureCache(self)
        self.model = ExerciseListModel(self.figures, self)
        self._index: ExerciseIndex | None = None
        self._revision = -1
        self._hidden: list[tuple[Exercise, str]] = []
        self.import_report: ImportReport | None = None
        self._build()
        self.set_patient(None)

    # ---- building ----

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setAccessibleName("Library heading")
        self.back_button = self._button("Bac&k to patient", self.closed.emit)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search: name, other names, aims, steps…")
        self.search_edit.setAccessibleName("Search the library")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(lambda: self.list_view.setFocus())
        search_label = QLabel("Fin&d")
        search_label.setBuddy(self.search_edit)
        self.filters = LibraryFilters()
        self.filters.changed.connect(self.refresh)
        self.safe_check = QCheckBox("Only exercises &safe for this patient")
        self.safe_check.setAccessibleName("Only exercises safe for this patient")
        self.safe_check.setChecked(True)
        self.safe_check.toggled.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Exercises shown")
        self.why_button = self._button("&Why hidden?", self._toggle_hidden)
        self.hidden_list = QListWidget()
        self.hidden_list.setAccessibleName("Hidden exercises and why")
        self.hidden_list.setWordWrap(True)
        self.hidden_list.hide()
        self.problems_label = QLabel()
        self.problems_label.setAccessibleName("Clinic exercises that could not be read")
        self.problems_label.setWordWrap(True)

        self.list_view = QListView()
        self.list_view.setAccessibleName("Exercises")
        self.list_view.setModel(self.model)
        self.list_view.setIconSize(THUMBNAIL_SIZE)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSpacing(2)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.list_view.activated.connect(lambda _index: self.add_to_plan())
        self.detail = ExerciseDetail(self.service.library, self.figures)
        self.detail.link_activated.connect(self.select)

        self.add_button = self._button("&Add to plan", self.add_to_plan)
        self.new_button = self._button("&New…", self.new_exercise)
        self.duplicate_button = self._button("D&uplicate…", self.duplicate_exercise)
        self.edit_button = self._button("Ed&it…", self.edit_exercise)
        self.delete_button = self._button("Dele&te…", self.delete_exercise)
        self.import_button = self._button("I&mport…", lambda: self.import_bundle())
        self.export_button = self._button("E&xport…", lambda: self.export_bundle())
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Library status")
        self.status_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        safe_row = QHBoxLayout()
        safe_row.addWidget(self.safe_check)
        safe_row.addWidget(self.count_label, 1)
        safe_row.addWidget(self.why_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 3)
        left_layout.addWidget(self.hidden_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.edit_button, self.delete_button,
                       self.import_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for row in (top, search_row):
            layout.addLayout(row)
        layout.addWidget(self.filters)
        layout.addLayout(safe_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)

    # ---- the open patient ----

    def set_patient(self, patient: PatientContext | None) -> None:
        """Whose plan "Add to plan" fills, and whose conditions "safe for this patient" reads."""
        old = self.patient.draft if self.patient else None
        new = patient.draft if patient else None
        if old is not None and old is not new:
            old.changed.disconnect(self.refresh)
            old.context_changed.disconnect(self.refresh)
        if new is not None and new is not old:
            new.changed.connect(self.refresh)
            new.context_changed.connect(self.refresh)
        self.patient = patient
        if patient is None:
            self.heading.setText("<h2>Exercise library</h2>No patient is open: open one to add exercises to a plan.")
            self.safe_check.setText("Only exercises &safe for this patient")
        else:
            self.heading.setText(f"<h2>Exercise library</h2>Adding to the plan of {escape(patient.name)}.")
            self.safe_check.setText(f"Only exercises &safe for this patient ({patient.name.replace('&', '&&')})")
        self.safe_check.setEnabled(patient is not None)
        self.back_button.setEnabled(patient is not None)
        self.status_label.clear()
        self.refresh()

    def caution(self, exercise: Exercise) -> str | None:
        """Why `exercise` needs a reason to go in the open patient's plan (a caution, a flare), or None."""
        exclusion = self.patient.draft.exclusion(exercise) if self.patient else None
        return exclusion.reason if exclusion else None

    # ---- the list ----

    def refresh(self) -> None:
        self.service.current()   # reads the clinic's exercises again after a restore
        if self._revision != self.service.revision or self._index is None:
            self._index = ExerciseIndex(self.service.library.exercises.values())
            self._revision = self.service.revision
        current = self.current_exercise()
        wanted = self.filters.current()
        found = [e for e in self._index.search(self.search_edit.text()) if wanted.matches(e)]
        hide_unsafe = self.patient is not None and self.safe_check.isChecked()
        shown, self._hidden, notes = [], [], {}
        for exercise in found:
            reason = self.caution(exercise)
            if reason and hide_unsafe:
                self._hidden.append((exercise, reason))
                continue
            shown.append(exercise)
            note = []
            if self.patient and self.patient.draft.contains(exercise.id):
                note.append("✓ in the plan")
            if reason:
                note.append("⚠ caution for this patient")
            notes[exercise.id] = "  ".join(note)
        self.model.set_exercises(shown, notes)
        self._show_counts(len(shown))
        if current is not None and self.model.row_of(current.id) is not None:
            self.select(current.id)
        elif self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        self._show_current()

    def _show_counts(self, shown: int) -> None:
        text = f"{shown} exercise{'' if shown == 1 else 's'}"
        if self._hidden:
            text += f", {len(self._hidden)} hidden as not safe for this patient"
        self.count_label.setText(text)
        self.why_button.setEnabled(bool(self._hidden))
        self.hidden_list.clear()
        for exercise, reason in self._hidden:
            self.hidden_list.addItem(f"{exercise.name} — {reason}")
        if not self._hidden:
            self.hidden_list.hide()
        problems = self.service.custom_problems
        self.problems_label.setVisible(bool(problems))
        self.problems_label.setText("⚠ Some of the clinic's exercises could not be read and are not shown:\n"
                                    + "\n".join(str(p) for p in problems[:5]) if problems else "")

    def hidden(self) -> list[tuple[Exercise, str]]:
        """The exercises the safety filter hides now, each with its reason."""
        return list(self._hidden)

    def _toggle_hidden(self) -> None:
        self.hidden_list.setVisible(not self.hidden_list.isVisible() and bool(self._hidden))

    def current_exercise(self) -> Exercise | None:
        return self.model.exercise(self.list_view.currentIndex().row()) if self.list_view.currentIndex().isValid() \
            else None

    def select(self, exercise_id: str) -> bool:
        """Show `exercise_id`, clearing the search, then the filters, then the safety filter if they hide it.

        Returns False for an id the library does not have.
        """
        if exercise_id not in self.service.library.exercises:
            return False
        for widget, reset in ((self.search_edit, self.search_edit.clear), (self.filters, self.filters.clear),
                              (self.safe_check, lambda: self.safe_check.setChecked(False))):
            if self.model.row_of(exercise_id) is not None:
                break
            widget.blockSignals(True)
            reset()
            widget.blockSignals(False)
            self.refresh()
        row = self.model.row_of(exercise_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)
        return True

    def _show_current(self) -> None:
        exercise = self.current_exercise()
        self.detail.show_exercise(exercise, self.caution(exercise) if exercise else None)
        custom = exercise is not None and exercise.origin == "custom"
        in_plan = bool(exercise and self.patient and self.patient.draft.contains(exercise.id))
        self.add_button.setEnabled(exercise is not None and self.patient is not None and not in_plan)
        self.duplicate_button.setEnabled(exercise is not None)
        self.edit_button.setEnabled(custom)
        self.delete_button.setEnabled(custom)
        self.export_button.setEnabled(bool(self.service.custom_exercises()))

    # ---- actions ----

    def add_to_plan(self) -> bool:
        exercise = self.current_exercise()
        if exercise is None or self.patient is None:
            return False
        if self.patient.draft.contains(exercise.id):
            self.status_label.setText(f"{exercise.name} is already in the plan.")
            return False
        if not add_checked(self, self.patient.draft, exercise):   # asks for the reason when one is needed
            self.status_label.setText(f"Not added: {exercise.name}.")
            return False
        count = len(self.patient.draft.items)
        self.status_label.setText(f"Added {exercise.name} to the plan of {self.patient.name} "
                                  f"({count} exercise{'' if count == 1 else 's'}).")
        return True

    def _open_editor(self, record: dict, creating: bool) -> Exercise | None:
        from planner.ui.dialogs.exercise_editor import ExerciseEditor  # only when the therapist edits

        editor = ExerciseEditor(self.service, record, creating=creating, parent=self)
        if editor.exec() and editor.saved is not None:
            self.refresh()
            self.select(editor.saved.id)
            self.status_label.setText(f"Saved {editor.saved.name}.")
            return editor.saved
        return None

    def new_exercise(self) -> Exercise | None:
        from planner.ui.dialogs.exercise_editor import blank_record

        return self._open_editor(blank_record(self.service), creating=True)

    def duplicate_exercise(self) -> Exercise | None:
        exercise = self.current_exercise()
        return self._open_editor(self.service.copy_record(exercise.id), creating=True) if exercise else None

    def edit_exercise(self) -> Exercise | None:
        exercise = self.current_exercise()
        if exercise is None or exercise.origin != "custom":
            return None
        return self._open_editor(self.service.record(exercise.id), creating=False)

    def delete_exercise(self) -> bool:
        exercise = self.current_exercise()
        if exercise is None:
            return False
        problem = self.service.delete_problem(exercise.id)
        if problem:
            QMessageBox.information(self, "Exercise kept", problem)
            self.status_label.setText(problem)
            return False
        answer = QMessageBox.question(self, "Delete exercise", f"Delete the clinic's exercise “{exercise.name}”?"
                                      "\n\nThis cannot be undone.",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.service.delete(exercise.id)
        self.refresh()
        self.status_label.setText(f"Deleted {exercise.name}.")
        return True

    def import_bundle(self, path: Path | None = None) -> list | None:
        """Import a bundle file (asked for when not given) and show what happened to each exercise."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, "Import exercises", "", BUNDLE_FILTER)
            if not chosen:
                return None
            path = Path(chosen)
        from planner.ui.dialogs.exercise_bundle import ImportReport

        try:
            outcomes = self.service.import_bundle(path)
        except PlannerError as error:
            QMessageBox.warning(self, "Nothing imported", str(error))
            self.status_label.setText(f"Nothing imported: {error}")
            return None
        self.refresh()
        if self.import_report is not None:
            self.import_report.close()
            self.import_report.deleteLater()
        self.import_report = ImportReport(outcomes, self)
        self.status_label.setText(self.import_report.summary)
        self.import_report.open()
        return outcomes

    def export_bundle(self, path: Path | None = None, ids: list[str] | None = None) -> int:
        """Export the chosen clinic exercises (asked for when not given) to a bundle file."""
        from planner.ui.dialogs.exercise_bundle import choose_exercises_to_export

        if ids is None:
            current = self.current_exercise()
            ids = choose_exercises_to_export(self.service.custom_exercises(), current.id if current else None, self)
            if not ids:
                return 0
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export exercises", "clinic-exercises.json", BUNDLE_FILTER)
            if not chosen:
                return 0
            path = Path(chosen)
        try:
            count = self.service.export_bundle(ids, path)
        except PlannerError as error:
            QMessageBox.warning(self, "Nothing exported", str(error))
            return 0
        self.status_label.setText(f"Exported {count} exercise{'' if count == 1 else 's'} to {path}.")
        return count

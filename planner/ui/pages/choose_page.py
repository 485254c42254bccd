"""Choose step: the suggestions with their reasons, the excluded exercises, templates, and a library search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.template import Template
from planner.core.vocab import CATEGORY_LABELS
from planner.library.search import ExerciseIndex
from planner.services.library import LibraryService
from planner.services.plans import PlanService
from planner.ui.add_exercise import add_checked
from planner.ui.plan_draft import PlanDraft
from planner.ui.widgets.suggestions_panel import SuggestionsPanel

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoosePage(QWidget):
    """The search list follows the library: a clinic exercise made or imported since shows at once."""

    library_requested = Signal()   # "Browse the library…" was pressed

    def __init__(self, exercises: LibraryService, draft: PlanDraft, plans: PlanService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._library = exercises.current()   # one live view: edits show through it
        self._index: ExerciseIndex | None = None
        self._revision = -1
        self._draft = draft
        self._plans = plans
        draft.attach_library(self._library)
        self._build()
        draft.changed.connect(self._refresh)
        draft.context_changed.connect(self._refresh)
        self._refresh()

    def _build(self) -> None:
        self.suggestions = SuggestionsPanel(self._library, self._draft)
        self.templates_button = QPushButton("&Templates")   # a push button draws its menu arrow beside the word
        self.templates_button.setAccessibleName("Templates")
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.templates_button.setMenu(self.templates_menu)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search exercises: name, body part, aim…")
        self.search_edit.setAccessibleName("Search exercises")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._refresh)
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.setWordWrap(True)   # "✓ in plan" and "⚠ needs a reason" stay in sight in a narrow list
        self.list.itemActivated.connect(lambda item: self._add(item))
        self.add_button = QPushButton("&Add to plan")
        self.add_button.setAccessibleName("Add to plan")
        self.add_button.clicked.connect(lambda: self._add(self.list.currentItem()))
        self.summary = QLabel()
        self.summary.setAccessibleName("Plan size")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Choose status")
        self.status_label.setWordWrap(True)
        search_side = QWidget()
        search_layout = QVBoxLayout(search_side)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.templates_button)
        self.library_button = QPushButton("&Browse the library…")
        self.library_button.setAccessibleName("Browse the library")
        self.library_button.clicked.connect(self.library_requested)
        search_row.addWidget(self.library_button)
        search_layout.addLayout(search_row)
        search_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_button)
        search_layout.addLayout(buttons)
        search_layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.suggestions)
        splitter.addWidget(search_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._exercises.current()   # reads the clinic's exercises again after a restore
        if self._revision != self._exercises.revision:
            self._refresh()   # the Library page may have added, changed or deleted a clinic exercise

    def _search_index(self) -> ExerciseIndex:
        """The search index, built again whenever the library changed (its revision went up)."""
        self._exercises.current()   # reads the clinic's exercises again after a restore
        if self._index is None or self._revision != self._exercises.revision:
            self._index = ExerciseIndex(self._library.exercises.values())
            self._revision = self._exercises.revision
        return self._index

    def _refresh(self) -> None:
        current = self.list.currentItem().data(EXERCISE_ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for exercise in self._search_index().search(self.search_edit.text()):
            marker = "  ✓ in plan" if self._draft.contains(exercise.id) else ""
            caution = "  ⚠ needs a reason" if self._draft.exclusion(exercise) else ""
            item = QListWidgetItem(f"{exercise.name}  ·  {CATEGORY_LABELS[exercise.category]}  ·  level "
                                   f"{exercise.level}{marker}{caution}")
            item.setData(EXERCISE_ID_ROLE, exercise.id)
            self.list.addItem(item)
            if exercise.id == current:
                self.list.setCurrentItem(item)
        count = len(self._draft.items)
        self.summary.setText(f"{count} exercise{'' if count == 1 else 's'} in the plan")
        self.templates_button.setEnabled(self._draft.patient_id is not None)

    def _go_to_results(self) -> None:
        """Enter in the search: on to the list, on its first exercise (Enter there adds it)."""
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _add(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        exercise = self._library.get(item.data(EXERCISE_ID_ROLE))
        if exercise:
            add_checked(self, self._draft, exercise)

    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        templates = self._plans.templates()
        for origin, title in (("shipped", "Built-in"), ("saved", "Saved by the clinic")):
            group = [t for t in templates if t.origin == origin]
            if not group:
                continue
            self.templates_menu.addSection(title)
            for template in group:
                action = self.templates_menu.addAction(template.name)
                action.setToolTip(template.rationale)
                action.triggered.connect(lambda _=False, t=template: self.apply_template(t))

    def apply_template(self, template: Template) -> int:
        """Add the template's exercises that suit this patient; say which were left out and why."""
        applied = self._plans.apply_template(template, self._draft.conditions, self._draft.flare)
        added = sum(1 for item in applied.items if self._draft.add_item(item))
        lines = [f"Added {added} exercise{'' if added == 1 else 's'} from “{template.name}”."]
        if applied.excluded:
            lines.append("Left out:")
            for x in applied.excluded:
                exercise = self._library.get(x.exercise_id)
                lines.append(f"• {exercise.name if exercise else x.exercise_id}: {x.reason}")
        self.status_label.setText("\n".join(lines))
        return added

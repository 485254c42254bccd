"""The suggestions for the open patient, each with its reason; the excluded exercises with theirs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.dosage import short_dosage
from planner.library.loader import Library
from planner.ui.add_exercise import add_checked
from planner.ui.plan_draft import PlanDraft

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)   # the panel may be narrow beside the plan
    return label


class SuggestionsPanel(QWidget):
    def __init__(self, library: Library, draft: PlanDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = draft
        self._build()
        draft.context_changed.connect(self.refresh)
        draft.changed.connect(self._mark_in_plan)
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setAccessibleName("Suggestions source")
        self.heading.setWordWrap(True)
        self.flare_label = QLabel()
        self.flare_label.setAccessibleName("Flare")
        self.flare_label.setWordWrap(True)
        self.findings_label = QLabel()
        self.findings_label.setAccessibleName("Findings")
        self.findings_label.setWordWrap(True)
        self.newly_diagnosed_check = QCheckBox("&Newly diagnosed")
        self.newly_diagnosed_check.setAccessibleName("Newly diagnosed")
        self.newly_diagnosed_check.setToolTip("A gentle start (levels 1 and 2) and advice to arrange a specialist "
                                              "review")
        self.newly_diagnosed_check.toggled.connect(self._draft.set_newly_diagnosed)
        self.suggested_list = QListWidget()
        self.suggested_list.setAccessibleName("Suggested exercises")
        self.suggested_list.setWordWrap(True)
        self.suggested_list.itemActivated.connect(lambda _item: self.add_current())
        self.add_button = QPushButton("A&dd suggestion")
        self.add_all_button = QPushButton("Add a&ll suggested")
        self.excluded_list = QListWidget()
        self.excluded_list.setAccessibleName("Excluded exercises")
        self.excluded_list.setWordWrap(True)
        self.excluded_list.itemActivated.connect(lambda _item: self.add_excluded())
        self.override_button = QPushButton("Add with a &reason…")
        for button in (self.add_button, self.add_all_button, self.override_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.add_button.clicked.connect(self.add_current)
        self.add_all_button.clicked.connect(self.add_all)
        self.override_button.clicked.connect(self.add_excluded)
        self.advice_list = QListWidget()
        self.advice_list.setAccessibleName("Advice from the rules")
        self.advice_list.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.add_all_button)
        buttons.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.flare_label, self.findings_label, self.newly_diagnosed_check):
            layout.addWidget(widget)
        layout.addWidget(_caption("<b>Suggested</b>, in the order to do them"))
        layout.addWidget(self.suggested_list, 3)
        layout.addLayout(buttons)
        layout.addWidget(_caption("<b>Left out for this patient</b> (add only with a reason)"))
        layout.addWidget(self.excluded_list, 2)
        layout.addWidget(self.override_button)
        layout.addWidget(_caption("<b>Advice</b>"))
        layout.addWidget(self.advice_list, 1)
        # The lists share the spare height (3:2:1) down to a few rows each; their preferred height is ignored
        # so that the panel scrolls only when even that does not fit, never in an ordinary window.
        for widget, rows in ((self.suggested_list, 4), (self.excluded_list, 3), (self.advice_list, 2)):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            widget.setMinimumHeight(rows * widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth())
        # In a short window the panel scrolls rather than squeezing its wrapped words on top of each other.
        scroll = QScrollArea()
        scroll.setAccessibleName("Suggestions")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes straight to the controls inside
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        suggested = self._draft.suggested
        self.suggested_list.clear()
        self.excluded_list.clear()
        self.advice_list.clear()
        self.newly_diagnosed_check.blockSignals(True)
        self.newly_diagnosed_check.setChecked(self._draft.newly_diagnosed)
        self.newly_diagnosed_check.blockSignals(False)
        if suggested is None:
            self.heading.setText(self._draft.suggestion_problem
                                 or "Sign off an assessment to see suggestions for this patient.")
            self.flare_label.clear()
            self.findings_label.clear()
        else:
            result = suggested.suggestions
            self.heading.setText(f"Suggestions from the assessment of {suggested.assessment.assessed_on:%d %b %Y}.")
            self.flare_label.setText("⚠ Flare: every dose is the flare-day dose; exercises without one are left "
                                     "out." if result.flare else "")
            shown = " · ".join(escape(f) for f in result.findings) or "no finding beyond the usual programme"
            self.findings_label.setText(f"Found: {shown}")
            for number, s in enumerate(result.suggested, start=1):
                exercise = self._library.get(s.exercise_id)
                item = QListWidgetItem(f"{number}. {exercise.name} – {short_dosage(s.dosage)}\n{s.reason}")
                item.setData(EXERCISE_ID_ROLE, s.exercise_id)
                item.setToolTip(f"Rank {s.rank} · rules {', '.join(s.rules)}")
                self.suggested_list.addItem(item)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for x in result.excluded:
                item = QListWidgetItem(warning, f"{self._library.get(x.exercise_id).name} – {x.reason}")
                item.setData(EXERCISE_ID_ROLE, x.exercise_id)
                self.excluded_list.addItem(item)
            if not result.excluded:
                self.excluded_list.addItem("None: no exercise has a caution for this patient's conditions.")
            info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            for advice in result.warnings:
                self.advice_list.addItem(QListWidgetItem(info, advice))
        self.flare_label.setVisible(bool(self.flare_label.text()))
        for widget in (self.add_button, self.add_all_button, self.override_button, self.newly_diagnosed_check):
            widget.setEnabled(suggested is not None)
        self._mark_in_plan()

    def _mark_in_plan(self) -> None:
        for row in range(self.suggested_list.count()):
            item = self.suggested_list.item(row)
            text = item.text().removesuffix("  ✓ in plan")
            item.setText(text + ("  ✓ in plan" if self._draft.contains(item.data(EXERCISE_ID_ROLE)) else ""))

    def add_current(self) -> None:
        item = self.suggested_list.currentItem()
        if item is None or self._draft.suggested is None:
            return
        for suggestion in self._draft.suggested.suggestions.suggested:
            if suggestion.exercise_id == item.data(EXERCISE_ID_ROLE):
                self._draft.add_suggestion(suggestion)

    def add_all(self) -> None:
        if self._draft.suggested is None:
            return
        for suggestion in self._draft.suggested.suggestions.suggested:
            self._draft.add_suggestion(suggestion)

    def add_excluded(self) -> None:
        item = self.excluded_list.currentItem()
        exercise = self._library.get(item.data(EXERCISE_ID_ROLE)) if item else None
        if exercise is not None:
            add_checked(self, self._draft, exercise)

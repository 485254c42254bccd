"""Conditions and goals section: conditions that change the exercise choice, flare, the patient's goals."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from planner.core.assessment import MAX_GOAL_CHARS
from planner.core.questionnaires import MAX_GOALS
from planner.core.vocab import CONDITION_LABELS, CONDITIONS, normalize_tag
from planner.ui.pages.assess_section import FormSection, caption, check, hint, put

_COLUMNS = 2


class ConditionsSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("5 Conditions, flare and goals", parent)
        layout = QVBoxLayout(self)
        self.carried = hint("")
        self.carried.hide()
        layout.addWidget(self.carried)
        layout.addWidget(caption("<b>Conditions that change the exercise choice</b> (tick all that apply)"))
        grid = QGridLayout()
        self.condition_boxes: dict[str, QCheckBox] = {}
        for index, tag in enumerate(CONDITIONS):
            box = QCheckBox(CONDITION_LABELS[tag])
            box.setAccessibleName(f"Condition: {CONDITION_LABELS[tag]}")
            grid.addWidget(box, index // _COLUMNS, index % _COLUMNS)
            self.condition_boxes[tag] = box
            box.toggled.connect(self.changed)
        layout.addLayout(grid)
        self.flare = QCheckBox("In a flare now (the plan gets its gentler flare version)")
        self.flare.setAccessibleName("In a flare now")
        self.flare.toggled.connect(self.changed)
        layout.addWidget(self.flare)
        layout.addWidget(caption(f"<b>The patient's goals</b> in their own words (up to {MAX_GOALS})"))
        form = QFormLayout()
        self.goal_edits: list[QLineEdit] = []
        for number in range(1, MAX_GOALS + 1):
            edit = QLineEdit()
            edit.setAccessibleName(f"Goal {number}")
            edit.setMaxLength(MAX_GOAL_CHARS)
            if number == 1:
                edit.setPlaceholderText("e.g. Walk the dog for 30 minutes without stopping")
            edit.textChanged.connect(self.changed)
            form.addRow(f"Goal {number}", edit)
            self.goal_edits.append(edit)
        layout.addLayout(form)

    def show_carried_from(self, started_from: str | None) -> None:
        """Say where copied conditions and goals came from, so they are checked rather than trusted."""
        self.carried.setVisible(bool(started_from))
        if started_from:
            day = date.fromisoformat(started_from)
            self.carried.setText(f"Copied from the assessment of {day.day} {day:%b %Y}: check each is still true.")

    def load(self, data: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        tags = {normalize_tag(tag) for tag in data.get("conditions") or []}
        for tag, box in self.condition_boxes.items():
            box.setChecked(tag in tags)
        check(self.flare, data.get("flare"))
        goals = list(data.get("goals") or [])
        for index, edit in enumerate(self.goal_edits):
            edit.setText(goals[index] if index < len(goals) else "")
        self.blockSignals(False)

    def write(self, data: dict[str, Any]) -> None:
        data["conditions"] = [tag for tag, box in self.condition_boxes.items() if box.isChecked()]
        data["flare"] = self.flare.isChecked()
        # Kept in place (blanks too) so goal 3 stays goal 3; the contract view drops the blanks.
        goals = [edit.text() for edit in self.goal_edits]
        put(data, "goals", goals if any(g.strip() for g in goals) else None)

    def focus_chain(self) -> list[QWidget]:
        return [*self.condition_boxes.values(), self.flare, *self.goal_edits]

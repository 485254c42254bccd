"""The BASMI measurements grid: left and right where the method asks, how to measure, each item's score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from planner.core import scoring
from planner.core.questionnaires import MEASUREMENT_HOW, SCHOBER_CHECK_ABOVE_CM
from planner.ui.pages.assess_section import hint
from planner.ui.widgets.number_field import NumberField

SIDES = ("left", "right")


class BasmiGrid(QWidget):
    """`value()` is the stored `basmi` object ({key: number or [left, right]}), or None when all blank."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(4, 1)
        for column, text in enumerate(("Measurement", "Left", "Right", "Item score")):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.fields: dict[str, list[NumberField]] = {}
        self.item_scores: dict[str, QLabel] = {}
        row = 1
        for item in scoring.BASMI_ITEMS:
            unit = "degrees" if item.unit == "°" else item.unit
            label = QLabel(f"{item.label} ({unit})")
            label.setWordWrap(True)
            sides = SIDES if item.paired else ("",)
            fields = [NumberField(f"{item.label} {side} ({unit})".replace("  ", " "), *item.plausible)
                      for side in sides]
            for index, field in enumerate(fields):
                grid.addWidget(field, row, 1 + index, 1, 1 if item.paired else 2)
                field.changed.connect(self._changed)
            label.setBuddy(fields[0].edit)
            score = QLabel("–")
            score.setAccessibleName(f"{item.label} item score")
            grid.addWidget(label, row, 0)
            grid.addWidget(score, row, 3)
            grid.addWidget(hint(MEASUREMENT_HOW[item.key]), row + 1, 0, 1, 5)
            self.fields[item.key] = fields
            self.item_scores[item.key] = score
            row += 2
        self.schober_check = QLabel(
            f"⚠ Check: over {SCHOBER_CHECK_ABOVE_CM:g} cm is unusual. Record the increase over 15 cm, "
            "not the tape reading.")
        self.schober_check.setWordWrap(True)
        self.schober_check.setAccessibleName("Schober check")
        self.schober_check.hide()
        grid.addWidget(self.schober_check, row, 0, 1, 5)

    def _changed(self) -> None:
        schober = self.fields["modified_schober_cm"][0].value()
        self.schober_check.setVisible(schober is not None and schober > SCHOBER_CHECK_ABOVE_CM)
        self.changed.emit()

    def value(self) -> dict[str, Any] | None:
        stored: dict[str, Any] = {}
        for key, fields in self.fields.items():
            values = [field.value() for field in fields]
            stored[key] = values if len(values) == 2 else values[0]
        blank = all(v is None or v == [None, None] for v in stored.values())
        return None if blank else stored

    def load(self, stored: object) -> None:
        values = stored if isinstance(stored, Mapping) else {}
        for key, fields in self.fields.items():
            value = values.get(key)
            if len(fields) == 2:
                pair = value if isinstance(value, list) and len(value) == 2 else [value, value]
                for field, side_value in zip(fields, pair, strict=True):
                    field.set_value(side_value)
            else:
                fields[0].set_value(value)
        self.schober_check.setVisible(False)

    def show_item_scores(self, measurements: scoring.BasmiMeasurements | None) -> None:
        """Each item's linear score and 3-point band, once all five measurements are in."""
        if measurements is None:
            for label in self.item_scores.values():
                label.setText("–")
            return
        linear = scoring.basmi_linear_item_scores(measurements)
        bands = scoring.basmi_3point_item_scores(measurements)
        for key, label in self.item_scores.items():
            label.setText(f"{scoring.format_one_decimal(linear[key])} linear · {bands[key]} (3-point)")

    def focus_chain(self) -> list[QWidget]:
        return [field.edit for fields in self.fields.values() for field in fields]

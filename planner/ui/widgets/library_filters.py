"""The Library page's filters: one drop-down per property, each starting at "any"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from planner.core.vocab import CATEGORY_LABELS, EQUIPMENT, POSITION_LABELS, REGION_LABELS
from planner.library.filters import ExerciseFilter

LEVEL_LABELS = {1: "1 – very gentle", 2: "2 – easy", 3: "3 – moderate", 4: "4 – demanding"}
ORIGIN_LABELS = {"shipped": "Shipped with Planner", "custom": "The clinic's own"}
EQUIPMENT_LABELS = {"none": "No equipment", **{e: e.replace("-", " ").capitalize() for e in EQUIPMENT[1:]}}

# field name, label, "any" text, choices (value -> text)
_FILTERS: tuple[tuple[str, str, str, dict], ...] = (
    ("category", "&Category", "Any category", CATEGORY_LABELS),
    ("region", "&Body part", "Any body part", REGION_LABELS),
    ("position", "&Position", "Any position", POSITION_LABELS),
    ("equipment", "E&quipment", "Any equipment", EQUIPMENT_LABELS),
    ("level", "Leve&l", "Any level", LEVEL_LABELS),
    ("origin", "Sou&rce", "Shipped and clinic's own", ORIGIN_LABELS),
)


class LibraryFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, (name, label, any_text, choices) in enumerate(_FILTERS):
            combo = QComboBox()
            combo.setAccessibleName(label.replace("&", ""))
            combo.addItem(any_text, None)
            for value, text in choices.items():
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
            caption = QLabel(label)
            caption.setBuddy(combo)
            layout.addWidget(caption, 0, column)
            layout.addWidget(combo, 1, column)
            self.combos[name] = combo
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button, 1, len(_FILTERS))

    def current(self) -> ExerciseFilter:
        return ExerciseFilter(**{name: combo.currentData() for name, combo in self.combos.items()})

    def set_value(self, name: str, value: object) -> None:
        combo = self.combos[name]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()

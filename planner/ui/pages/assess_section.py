"""What every section of the assessment form shares: load, write, focus order, read-only, small builders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.core.scoring import NRS_RANGE
from planner.ui.widgets.date_field import DateField
from planner.ui.widgets.number_field import NumberField


class FormSection(QGroupBox):
    """A titled part of the form. `changed` fires on every edit; the page saves the draft then."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)

    def load(self, data: Mapping[str, Any]) -> None:
        """Show the stored form (never emits `changed`)."""
        raise NotImplementedError

    def write(self, data: dict[str, Any]) -> None:
        """Put this section's answers into `data` (the record's JSON), removing the ones left blank."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        """The section's inputs in the order Tab visits them."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.focus_chain():
            freeze(widget, read_only)


def freeze(widget: QWidget, read_only: bool) -> None:
    """Text stays selectable when read-only; buttons, boxes and lists are disabled."""
    if isinstance(widget, QLineEdit):
        widget.setReadOnly(read_only)
    else:
        widget.setEnabled(not read_only)


def focus_widget(field: QWidget) -> QWidget:
    return field.edit if isinstance(field, NumberField | DateField) else field


def question(text: str, buddy: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setBuddy(focus_widget(buddy))
    return label


def caption(text: str) -> QLabel:
    """A heading inside a section; it wraps, so it never sets the form's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4a5560;")
    return label


def nrs_field(name: str) -> NumberField:
    return NumberField(name, *NRS_RANGE)


def choice_box(name: str, choices: Sequence[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    # Long answers do not set the form's width (the list still shows them in full); the tip shows the choice.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    box.currentTextChanged.connect(box.setToolTip)
    for key, text in choices:
        box.addItem(text, key)
    return box


def set_choice(box: QComboBox, key: object) -> None:
    index = box.findData(key if isinstance(key, str) else "")
    box.setCurrentIndex(max(0, index))


def numbers(fields: Sequence[NumberField]) -> list[float | None] | None:
    """The answers of a questionnaire as stored: None when every field is blank."""
    values = [field.value() for field in fields]
    return values if any(v is not None for v in values) else None


def load_numbers(fields: Sequence[NumberField], values: object) -> None:
    stored = list(values) if isinstance(values, list) else []
    for index, field in enumerate(fields):
        field.set_value(stored[index] if index < len(stored) else None)


def put(data: dict[str, Any], key: str, value: object) -> None:
    """Store a value, or drop the key when the value is blank."""
    if value is None or value == "" or value == []:
        data.pop(key, None)
    else:
        data[key] = value


def check(button: QAbstractButton, value: object) -> None:
    button.setChecked(value is True)


class _ClickLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._box.isEnabled():
            self._box.toggle()
        super().mousePressEvent(event)


class WrappedCheck(QWidget):
    """A check box whose long text wraps (QCheckBox text never does); clicking the text ticks the box."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(name)
        self.label = _ClickLabel(text, self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)


def question_grid(rows: Sequence[tuple[str, QWidget]]) -> QGridLayout:
    """Questions on the left, taking the spare width so they wrap late; their answer fields on the right."""
    grid = QGridLayout()
    grid.setColumnStretch(0, 1)
    for row, (text, field) in enumerate(rows):
        grid.addWidget(question(text, field), row, 0)
        grid.addWidget(field, row, 1)
    return grid

"""A number entry that may be left blank and refuses, in words, anything outside its range."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QWidget

from planner.core.scoring import show_number
from planner.ui.widgets.checked_field import CheckedField


class NumberField(CheckedField[float]):
    """A decimal comma is read as a point; the message names the allowed range."""

    def __init__(self, name: str, low: float, high: float, parent: QWidget | None = None) -> None:
        self.low, self.high = low, high
        super().__init__(name, f"{show_number(low)}–{show_number(high)}", 110, parent)

    def read(self, text: str) -> tuple[float | None, str | None]:
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        allowed = f"{show_number(self.low)} to {show_number(self.high)}"
        if not math.isfinite(number):
            return None, f"type a number from {allowed}"
        if not self.low <= number <= self.high:
            return None, f"{text} is outside {allowed}"
        return number, None

    def show(self, value: float) -> str:
        return show_number(float(value))

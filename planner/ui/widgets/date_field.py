"""A date entry that may be left blank: 2026-11-25 or 25/11/2026, refused in words when it is not a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from planner.core.patient import parse_day
from planner.ui.widgets.checked_field import CheckedField

EARLIEST = date(1900, 1, 1)


class DateField(CheckedField[date]):
    """No date before 1900 or after `latest` (default today) is accepted."""

    def __init__(self, name: str, latest: date | None = None, parent: QWidget | None = None) -> None:
        self.latest = latest
        super().__init__(name, "dd/mm/yyyy", 130, parent)

    def read(self, text: str) -> tuple[date | None, str | None]:
        day = parse_day(text)   # the forms a date of birth takes
        latest = self.latest or date.today()
        if day is None:
            return None, "type a date as dd/mm/yyyy, e.g. 25/11/2026"
        if not EARLIEST <= day <= latest:
            return None, f"must be from {EARLIEST:%d/%m/%Y} to {latest:%d/%m/%Y}"
        return day, None

    def show(self, value: date) -> str:
        return f"{value:%d/%m/%Y}"

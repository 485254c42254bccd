"""The crash log never holds patient data, and expected trouble is explained without a log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.core.errors import StorageError
from planner.ui import excepthook

NAME = "Zebedee Quuxley-Þórsdóttir"


def _raise_with_patient_data() -> None:
    notes = f"{NAME} lives at 12 Marmalade Row"   # a local variable holding patient data
    try:
        {"patients": []}[NAME]
    except KeyError as error:
        raise ValueError(f"could not save {notes!r}") from error


def test_the_crash_log_keeps_the_code_path_but_no_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    try:
        _raise_with_patient_data()
    except ValueError as error:
        excepthook.handle_exception(ValueError, error, error.__traceback__)
    logs = list((Path(os.environ["PLANNER_DATA_DIR"]) / "logs").glob("planner-*.log"))
    text = logs[0].read_text(encoding="utf-8")
    assert "Zebedee" not in text and "Marmalade" not in text and "Þórsdóttir" not in text
    assert "builtins.ValueError (message withheld: it may hold patient data)" in text
    assert "builtins.KeyError (message withheld" in text
    assert "in _raise_with_patient_data" in text
    assert text.index("KeyError") < text.index("ValueError")   # the cause first, as Python prints it
    assert oct(logs[0].stat().st_mode & 0o777) == "0o600"


def test_a_planner_error_is_shown_in_words_and_not_logged(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    error = StorageError("not saved: the disk is full. Free some space and try again; nothing was changed")
    excepthook.handle_exception(StorageError, error, None)
    assert shown == ["not saved: the disk is full. Free some space and try again; nothing was changed\n\n"
                     "Work you had saved is safe."]
    assert not (Path(os.environ["PLANNER_DATA_DIR"]) / "logs").exists()

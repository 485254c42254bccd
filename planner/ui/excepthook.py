"""Last line of defence: an unexpected error is logged to a file and explained in a friendly dialog.

The log holds no patient data: exception messages and values can carry names or notes (a
ValueError quoting what was typed), so only the exception's type and the code locations are
written, never its message, arguments or local variables.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from planner import paths
from planner.core.errors import PlannerError

_DAMAGED_HELP = ("Planner could not read its data file; it may be damaged. Your backups are safe: use "
                 "File → Restore from backup to go back to the latest one.")


def scrubbed_report(error: BaseException) -> str:
    """The traceback of `error` (and of its causes) with every message left out."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = traceback.extract_tb(current.__traceback__)
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        lines[:0] = ["Traceback (most recent call last):\n", *traceback.format_list(stack),
                     f"{kind} (message withheld: it may hold patient data)\n"]
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is not None:
            lines[:0] = ["\nwhich was raised while handling:\n"]   # read bottom-up, as Python prints chains
        current = cause
    return "".join(lines)


def write_crash_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path | None:
    """Append the scrubbed traceback to today's log in the user log folder; None if even that fails."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        log = folder / f"planner-{datetime.now():%Y-%m-%d}.log"
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} unexpected error ===\n")
            stream.write(scrubbed_report(error.with_traceback(tb)))
        log.chmod(0o600)
        return log
    except OSError:
        return None


def handle_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if isinstance(error, PlannerError):
        # Expected trouble (a full or read-only disk, a store in use) already has a sentence for a person.
        _show("Planner could not do that", f"{error}\n\nWork you had saved is safe.", None)
        return
    log = write_crash_log(kind, error, tb)
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        _show("Planner cannot read its data", _DAMAGED_HELP, log)
        return
    _show("Something went wrong",
          "Planner hit an unexpected problem. Work you had saved is safe; drafts are saved as you type.\n\n"
          "If it happens again, please send the log file to your IT support (it holds no patient data).", log)


def _show(title: str, text: str, log: Path | None) -> None:
    if QApplication.instance() is None:
        sys.stderr.write(f"planner: {text}{f' Details: {log}' if log else ''}\n")
        return
    if log:
        text += f"\n\nThe details were saved in:\n{log}"
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setAccessibleName(title)
    box.exec()


def install() -> None:
    sys.excepthook = handle_exception

"""Last line of defence: an unexpected error is logged to a file and explained in a friendly dialog."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from planner import paths


def write_crash_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path | None:
    """Append the traceback to today's log in the user log folder; None if even that fails."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        log = folder / f"planner-{datetime.now():%Y-%m-%d}.log"
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} unexpected error ===\n")
            stream.write("".join(traceback.format_exception(kind, error, tb)))
        return log
    except OSError:
        return None


def handle_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log = write_crash_log(kind, error, tb)
    if QApplication.instance() is None:
        sys.stderr.write(f"planner: an unexpected error happened; details are in {log}\n")
        return
    where = f"The details were saved in:\n{log}" if log else "The details could not be saved."
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                      "Planner hit an unexpected problem. Work you had saved is safe; drafts are saved as you "
                      f"type.\n\nIf it happens again, please send the log file to your IT support.\n\n{where}")
    box.setAccessibleName("Unexpected error")
    box.exec()


def install() -> None:
    sys.excepthook = handle_exception

"""Does the Qt binding lose references to None/True/False? Prints the drift per GUI action.

PySide6 6.12.0 (shiboken6 6.12.0) on Python 3.11 returns None from every void method without a new
reference, so each call such as QLabel.setText lowers None's reference count by one; when it
reaches zero Python aborts with "Fatal Python error: none_dealloc". Python 3.12+ makes None, True and
False immortal, which hides it; PySide6 6.11.3 on 3.11 shows no drift. planner.ui.qt_fixes gives
None, True and False a reserve of references when the drift is present, so the app survives it.
Run this after changing the Python or PySide6 version: every figure should be 0, and then the
work-around can go.
Usage: python tests/benchmarks/qt_refcounts.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

CALLS = 200


def drift(action: Callable[[], object], calls: int = CALLS) -> float:
    """Average change of None's reference count per call (0 when the binding is sound)."""
    action()   # first call may create caches
    before = sys.getrefcount(None)
    for _ in range(calls):
        action()
    return (sys.getrefcount(None) - before) / calls


def main() -> int:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QLabel, QWidget

    from planner.services.workspace import Workspace
    from planner.ui.app import application
    from planner.ui.main_window import MainWindow

    app = application()
    print(f"Python {sys.version.split()[0]}, PySide6 {pyside_version}; None has {sys.getrefcount(None)} references")
    label, widget = QLabel(), QWidget()
    print(f"  QLabel.setText            {drift(lambda: label.setText('x')):+.1f} per call")
    print(f"  QWidget.setEnabled(True)  {drift(lambda: widget.setEnabled(True)):+.1f} per call")
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder))
        first = workspace.patients.add("Ana Ñúñez-O'Brien").id
        second = workspace.patients.add("Zoë Łukasz").id
        window = MainWindow(workspace, QSettings(str(Path(folder) / "w.ini"), QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        ids = [first, second]

        def open_patient() -> None:
            ids.reverse()
            window.patient_list.select_patient(ids[0])
            app.processEvents()

        per_open = drift(open_patient, 20)
        print(f"  opening a patient         {per_open:+.1f} per open")
        if per_open < 0:
            print(f"  => the app would abort after about {int(sys.getrefcount(None) / -per_open)} more patient opens")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.close()
        app.processEvents()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call; the app must survive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_MANY_PATIENT_OPENS = """
import sys, tempfile
from pathlib import Path
import planner.ui  # applies the work-around before any widget exists
from planner.services.workspace import Workspace
from planner.ui.app import application, window_settings
from planner.ui.main_window import MainWindow

app = application()
workspace = Workspace(Path(tempfile.mkdtemp()))
ids = [workspace.patients.add(name).id for name in ("Ana Ñúñez-O'Brien", "Zoë Łukasz")]
window = MainWindow(workspace, window_settings(workspace))
window.show()
for turn in range(150):   # without the work-around this aborted after about 20 opens
    window.patient_list.select_patient(ids[turn % 2])
    app.processEvents()
label_calls = 0
for _ in range(100000):
    window.statusBar().showMessage("x")
    label_calls += 1
print("survived", label_calls)
sys.stdout.flush()
"""


def test_opening_patients_and_100000_void_calls_do_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _MANY_PATIENT_OPENS], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.strip() == "survived 100000"

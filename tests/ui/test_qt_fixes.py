"""PySide6 6.12.0 drops a reference to None or True on every void call or emit; the app must survive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_MANY_EMITS = """
import planner.ui  # applies the work-around before any signal is emitted
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage, QPainter

class Source(QObject):
    changed = Signal()

app = QCoreApplication([])
source = Source()
source.changed.connect(lambda: None)
for _ in range(20000):
    source.changed.emit()           # each took a reference from True
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
for _ in range(50000):
    painter.setOpacity(0.5)         # each void call took a reference from None
painter.end()
print("survived")
"""


def test_many_emits_and_void_calls_do_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _MANY_EMITS], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"

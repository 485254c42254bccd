"""Start-up pays only for the patient list: the heavy parts load when first used (tests/benchmarks/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_START = """
import json, sys
from planner.cli import main
code = main(["gui", "--quit-after-start"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# Each of these costs tens of milliseconds to import; none is needed to show the patient list.
NOT_AT_START = (
    "sqlite_utils",            # wraps the connection on first use of a repository other than patients
    "reportlab",               # only when a PDF or a chart is made
    "PySide6.QtPdf",           # the Print step
    "PySide6.QtSvgWidgets",    # the History chart
    "planner.library.loader",  # the exercise library
    "planner.core.scoring",    # the Assess step
    "planner.core.rules",      # suggestions
    "planner.figures",         # exercise pictures
)


def test_showing_the_patient_list_loads_none_of_the_heavy_parts(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=60)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    loaded = [name for name in NOT_AT_START if name in report["modules"]]
    assert loaded == []

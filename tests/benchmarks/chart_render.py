"""Trend chart cost: importing reportlab, drawing the chart, SVG, and painting it in a QSvgWidget.

Each figure is a median over runs in fresh processes (the import and first draw) or in one process
(warm draws). Prints the figures; never asserts a time. Usage: python tests/benchmarks/chart_render.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_RUN = """
import time
from datetime import date, timedelta
t0 = time.perf_counter()
from planner.report.charts import render_svg, trend_drawing
t1 = time.perf_counter()
dates = [date(2024, 1, 9) + timedelta(days=91 * i) for i in range(12)]
scores = {"asdas_crp": [4.2 - 0.25 * i for i in range(12)], "asdas_esr": [None] * 12,
          "basdai": [7.5 - 0.4 * i for i in range(12)], "basfi": [6.0 - 0.3 * i for i in range(12)],
          "basmi": [4.5 - 0.05 * i for i in range(12)]}
svg = render_svg(trend_drawing(dates, scores, width=560, height=380))
t2 = time.perf_counter()
warm = []
for _ in range(20):
    start = time.perf_counter()
    render_svg(trend_drawing(dates, scores, width=560, height=380))
    warm.append(time.perf_counter() - start)
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication
from PySide6.QtSvgWidgets import QSvgWidget
app = QApplication([])
widget = QSvgWidget()
widget.resize(900, 610)
t3 = time.perf_counter()
widget.load(QByteArray(svg))
widget.grab()
t4 = time.perf_counter()
warm.sort()
print(t1 - t0, t2 - t1, warm[len(warm) // 2], t4 - t3, len(svg))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", ONE_RUN], check=True, env=env, cwd=ROOT, capture_output=True,
                             text=True).stdout.split()
        runs.append([float(v) for v in out])
    names = ("import reportlab + charts", "first chart (12 visits) to SVG", "warm chart to SVG",
             "QSvgWidget load + paint 900×610")
    print(f"trend chart, median of {args.runs} fresh processes:")
    for index, name in enumerate(names):
        print(f"  {name:34} {statistics.median(r[index] for r in runs) * 1000:6.1f} ms")
    print(f"  SVG size {int(runs[0][4]):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

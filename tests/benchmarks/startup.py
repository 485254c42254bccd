"""Start-up cost: `planner gui --quit-after-start` against a bare PySide6 QMainWindow, as a ratio.

Each run is a new process (interpreter, imports, window shown, quit), the two commands paired and
alternated so both see the same machine state. Prints the figures; never asserts a time.
Usage: python tests/benchmarks/startup.py [--runs N] [--drop-caches]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()\nw.close()\n"
)


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run (root)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": data,
               "PYTHONPATH": str(ROOT)}
        app = [sys.executable, "-m", "planner", "gui", "--quit-after-start"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _timed(app, env)    # the first run creates the database and compiles bytecode: not counted
        _timed(bare, env)   # likewise warm the bare window's files into the page cache
        pairs: list[tuple[float, float]] = []
        for _ in range(args.runs):
            if args.drop_caches:
                _drop_caches()
            bare_time = _timed(bare, env)
            if args.drop_caches:
                _drop_caches()
            pairs.append((bare_time, _timed(app, env)))
    bare_median = statistics.median(b for b, _ in pairs)
    app_median = statistics.median(a for _, a in pairs)
    ratios = [a / b for b, a in pairs]
    print(f"start-up over {args.runs} paired runs{' (page cache dropped)' if args.drop_caches else ''}:")
    print(f"  bare QMainWindow  median {bare_median * 1000:6.0f} ms")
    print(f"  planner gui       median {app_median * 1000:6.0f} ms")
    print(f"  ratio of medians  {app_median / bare_median:.2f}x   (per pair: median {statistics.median(ratios):.2f}x,"
          f" min {min(ratios):.2f}x, max {max(ratios):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

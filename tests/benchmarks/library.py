"""Library timings: load and validate the shipped files, search 10,000 exercises as you type, draw every figure.

Prints the figures; never asserts a time. Targets (issue #5): load and validate under 200 ms; median search
per keystroke under 16 ms over 10,000 exercises; drawing all figures offscreen is reported.
Usage: python tests/benchmarks/library.py [--runs N] [--size N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.core.exercise import Exercise  # noqa: E402 - the repository root must be importable first
from planner.library.loader import load_library  # noqa: E402
from planner.library.search import ExerciseIndex  # noqa: E402

# What a therapist types, one letter at a time.
QUERIES = ("thoracic rotation", "hamstring stretch", "chin tuck", "bridge", "breathing", "wall", "knee to chest",
           "balance", "hip flexor", "neck")
_WORDS = ("gentle", "seated", "standing", "supported", "deep", "slow", "band", "towel", "morning", "evening",
          "easy", "long", "short", "advanced", "modified", "partner", "floor", "chair", "step", "half")


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def load_times(runs: int) -> list[float]:
    folder = ROOT / "exercises"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        report = load_library(folder)
        times.append(time.perf_counter() - start)
    assert not report.problems, report.problems[0]
    return times


def synthetic(shipped: list[Exercise], size: int, seed: int = 5) -> list[Exercise]:
    """`size` exercises made from the shipped ones: new ids and names, same kind of text."""
    rng = random.Random(seed)
    made = []
    for n in range(size):
        base = shipped[n % len(shipped)]
        extra = " ".join(rng.sample(_WORDS, 2))
        made.append(replace(base, id=f"{base.id}-{n}", name=f"{base.name} {extra}"[:60],
                            aliases=tuple(rng.sample(base.aliases, len(base.aliases)))))
    return made


def keystroke_times(index: ExerciseIndex) -> list[float]:
    times = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            index.search(query[:end])
            times.append(time.perf_counter() - start)
    return times


def figure_times(exercises: list[Exercise]) -> tuple[float, float, int]:
    """Seconds to build every figure's two scenes, and to paint them as list thumbnails (offscreen Qt)."""
    from PySide6.QtGui import QGuiApplication

    from planner.ui.thumbnails import build_figure, render_thumbnail

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs an application
    drawn = [e for e in exercises if e.figure is not None]
    start = time.perf_counter()
    scenes = [build_figure(e.figure) for e in drawn]
    built = time.perf_counter() - start
    start = time.perf_counter()
    for pair in scenes:
        if pair is not None:
            render_thumbnail(pair, 1.0)
    painted = time.perf_counter() - start
    return built, painted, len(drawn)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()

    loads = load_times(args.runs)
    shipped = list(load_library(ROOT / "exercises").library.exercises.values())
    print(f"load + validate {len(shipped)} shipped exercises: median {_median_ms(loads):.1f} ms "
          f"(min {min(loads) * 1000:.1f}, max {max(loads) * 1000:.1f}; {args.runs} runs)")

    exercises = synthetic(shipped, args.size)
    start = time.perf_counter()
    index = ExerciseIndex(exercises)
    print(f"index of {len(exercises)} synthetic exercises built in {(time.perf_counter() - start) * 1000:.1f} ms")
    keys = [t for _ in range(args.runs) for t in keystroke_times(index)]
    keys.sort()
    print(f"search as you type over {len(exercises)}: median {_median_ms(keys):.2f} ms per keystroke, "
          f"95th percentile {keys[int(len(keys) * 0.95)] * 1000:.2f} ms, max {keys[-1] * 1000:.2f} ms "
          f"({len(keys)} keystrokes)")

    built, painted, count = figure_times(shipped)
    print(f"figures of the shipped library ({count} exercises with a figure): build {built * 1000:.0f} ms, "
          f"paint as thumbnails {painted * 1000:.0f} ms; total {(built + painted) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

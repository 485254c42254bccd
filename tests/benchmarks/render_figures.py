"""Time to draw every exercise figure of a library: the model, then each painter, offscreen.

Builds the start and end Scenes of every exercise file with a [figure] table, paints them with QPainter into
an image and with reportlab into a PDF page. Prints the figures; never asserts a time.
Usage: python tests/benchmarks/render_figures.py [FOLDER] [--rounds N]   (FOLDER defaults to exercises/)
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402 - the repository root must be importable first
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from planner.figures import Scene, build_scenes, parse_figure  # noqa: E402
from planner.report.figure_drawing import scene_drawing  # noqa: E402
from planner.ui.figure_painter import paint_scene  # noqa: E402


def _tables(folder: Path) -> list[dict]:
    tables = []
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if "figure" in data:
            tables.append(data["figure"])
    return tables


def _model(tables: list[dict]) -> list[tuple[Scene, Scene]]:
    pairs = []
    for table in tables:
        spec, problems = parse_figure(table)
        if spec is None:
            raise SystemExit(f"a [figure] table has problems: {problems[0]}")
        pairs.append(build_scenes(spec))
    return pairs


def _qt(pairs: list[tuple[Scene, Scene]]) -> None:
    image = QImage(440, 220, QImage.Format.Format_RGB32)
    for start, end in pairs:
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_scene(painter, start, QRectF(0, 0, 216, 216))
        paint_scene(painter, end, QRectF(224, 0, 216, 216))
        painter.end()


def _pdf(pairs: list[tuple[Scene, Scene]]) -> int:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for start, end in pairs:
        renderPDF.draw(scene_drawing(start, 160, 160), canvas, 40, 600)
        renderPDF.draw(scene_drawing(end, 160, 160), canvas, 220, 600)
        canvas.showPage()
    canvas.save()
    return len(buffer.getvalue())


def _timed(work, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "exercises")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter on a QImage needs it
    tables = _tables(args.folder)
    if not tables:
        print(f"no exercise in {args.folder} has a [figure] table")
        return 0
    pairs = _model(tables)
    n = len(pairs)
    model = _timed(lambda: _model(tables), args.rounds)
    qt = _timed(lambda: _qt(pairs), args.rounds)
    pdf = _timed(lambda: _pdf(pairs), args.rounds)
    primitives = sum(len(s.primitives) for pair in pairs for s in pair)
    print(f"{n} exercises, {2 * n} pictures, {primitives} primitives (median of {args.rounds} rounds)")
    print(f"model  (parse + build both scenes): {model * 1000:8.1f} ms total, {model / n * 1000:6.2f} ms per exercise")
    print(f"Qt     (QPainter into a QImage):    {qt * 1000:8.1f} ms total, {qt / n * 1000:6.2f} ms per exercise")
    print(f"PDF    (reportlab Drawing, 1 page each): {pdf * 1000:5.1f} ms total, {pdf / n * 1000:6.2f} ms per exercise")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

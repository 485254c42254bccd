"""Render the start and end figure of every exercise file into one PNG per category (or one sheet).

Run from the repository root:  python -m docs.tools.contact_sheets [FOLDER] [--out-dir DIR] [--single NAME]
FOLDER defaults to exercises/. Problems in a [figure] table are printed, and that exercise is left out.
With --pdf each sheet is also drawn by the reportlab painter into NAME.pdf, to compare with the PNG.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.figures import Scene, build_scenes, parse_figure

GAP = 14
NAME_HEIGHT = 40
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    category: str
    scenes: tuple[Scene, Scene]


def load_entries(folder: Path) -> tuple[list[Entry], list[str]]:
    """Every exercise whose figure builds, and one line per problem found on the way."""
    entries, problems = [], []
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        spec, found = parse_figure(data.get("figure"), source=str(path))
        problems += [str(problem) for problem in found]
        if spec is not None:
            entries.append(
                Entry(
                    data.get("id", path.stem),
                    data.get("name", path.stem),
                    data.get("category", "uncategorised"),
                    build_scenes(spec),
                )
            )
    return entries, problems


def render_sheet(entries: Sequence[Entry], title: str, path: Path, panel: int = 210, columns: int = 4) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    from planner.ui.figure_painter import paint_scene

    cell_w, cell_h = 2 * panel + GAP, panel + NAME_HEIGHT
    rows = (len(entries) + columns - 1) // columns
    width = columns * (cell_w + 2 * GAP) + GAP
    height = 50 + rows * (cell_h + GAP) + GAP
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    painter.drawText(QRectF(GAP, 8, width - 2 * GAP, 36), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(QFont("DejaVu Sans", 10))
    for i, entry in enumerate(entries):
        x = GAP + (i % columns) * (cell_w + 2 * GAP)
        y = 50 + (i // columns) * (cell_h + GAP)
        for j, scene in enumerate(entry.scenes):
            rect = QRectF(x + j * (panel + GAP), y, panel, panel)
            painter.setPen(QPen(QColor("#cccccc"), 1))
            painter.drawRect(rect)
            paint_scene(painter, scene, rect.adjusted(4, 4, -4, -4))
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x, y + panel + 2, cell_w, NAME_HEIGHT - 2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            f"{entry.name}  ({entry.id})",
        )
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.png")
    image.save(str(tmp), "PNG")
    tmp.replace(path)


def render_pdf(entries: Sequence[Entry], title: str, path: Path, columns: int = 4) -> None:
    """The same sheet through the PDF painter: one table cell per exercise, its name underneath."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from planner.report.figure_drawing import scene_drawing

    styles = getSampleStyleSheet()
    size = 30 * mm
    cells = [
        [
            Table([[scene_drawing(e.scenes[0], size, size), scene_drawing(e.scenes[1], size, size)]]),
            Paragraph(escape(e.name), styles["Normal"]),
        ]
        for e in entries
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [[""]] * (columns - len(rows[-1]))
    story = [
        Paragraph(escape(title), styles["Title"]),
        Table([[Table([[c] for c in cell]) for cell in row] for row in rows]),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.pdf")
    SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=8 * mm, rightMargin=8 * mm).build(story)
    tmp.replace(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REPO / "exercises")
    parser.add_argument("--out-dir", type=Path, default=REPO / "docs" / "contact-sheets")
    parser.add_argument("--single", metavar="NAME", help="put every exercise on one sheet NAME.png")
    parser.add_argument("--panel", type=int, default=210, help="size of each picture in pixels")
    parser.add_argument("--columns", type=int, default=4, help="exercises per row")
    parser.add_argument("--only", nargs="*", default=(), help="ids to include (default: all)")
    parser.add_argument("--pdf", action="store_true", help="also draw each sheet with reportlab into NAME.pdf")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need an application
    entries, problems = load_entries(args.folder)
    if args.only:
        entries = [entry for entry in entries if entry.id in args.only]
    for line in problems:
        print(line, file=sys.stderr)
    groups: dict[str, list[Entry]] = defaultdict(list)
    if args.single:
        groups[args.single] = entries
    else:
        for entry in entries:
            groups[entry.category].append(entry)
    for name, members in sorted(groups.items()):
        out = args.out_dir / f"{name}.png"
        render_sheet(members, f"{name} ({len(members)} exercises)", out, args.panel, args.columns)
        print(out)
        if args.pdf:
            render_pdf(members, f"{name} ({len(members)} exercises)", out.with_suffix(".pdf"), args.columns)
            print(out.with_suffix(".pdf"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

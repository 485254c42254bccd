"""PNGs of every page of the demo plan, in normal and large print, drawn with QtPdf (no other tool needed).

Usage: python docs/tools/plan_pages.py [OUTDIR] [--dpi N]   (default docs/plan-pages, 80 dpi)
Writes OUTDIR/normal/page-NN.png and OUTDIR/large/page-NN.png, replacing what was there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402

from planner.services.demo import write_demo_plan  # noqa: E402


def write_pages(pdf: Path, folder: Path, dpi: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page-*.png"):
        old.unlink()
    document = QPdfDocument()
    document.load(str(pdf))
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        page = QImage(size, QImage.Format.Format_RGB888)   # QtPdf draws on transparent: put it on paper
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, document.render(index, size))
        painter.end()
        page.save(str(folder / f"page-{index + 1:02d}.png"))
    return document.pageCount()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", default=str(ROOT / "docs" / "plan-pages"))
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        for name, large in (("normal", False), ("large", True)):
            pdf = Path(temp) / f"{name}.pdf"
            write_demo_plan(pdf, large_print=large)
            pages = write_pages(pdf, Path(args.outdir) / name, args.dpi)
            print(f"{name} print: {pages} pages in {Path(args.outdir) / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

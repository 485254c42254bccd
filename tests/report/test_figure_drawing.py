"""A figure Scene becomes a reportlab Drawing that goes into a PDF like any flowable."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from planner.figures import ArrowSpec, Box, FigureSpec, Polygon, PoseSpec, Scene, build_scenes
from planner.figures.style import ARROW, OUTLINE
from planner.report.figure_drawing import scene_drawing

SPEC = FigureSpec(PoseSpec("standing"), PoseSpec("standing", {"shoulder": 170}), props=("wall",))


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _fill_colours(content: bytes) -> set[tuple[float, float, float]]:
    found = re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", content)
    return {tuple(round(float(v), 2) for v in triple) for triple in found}


def test_the_drawing_has_the_requested_size_and_one_shape_per_primitive() -> None:
    start, _ = build_scenes(SPEC)
    drawing = scene_drawing(start, 150, 120)
    assert (drawing.width, drawing.height) == (150, 120)
    (framed,) = drawing.contents
    clip, picture = framed.contents
    assert clip.isClipPath == 1
    assert len(picture.contents) == len(start.primitives)
    k, _, _, k2, _, _ = picture.transform
    assert k == k2 and abs(k - min(150 / start.bounds.width, 120 / start.bounds.height)) < 1e-9


def test_a_one_page_pdf_with_both_pictures_opens_and_carries_their_colours() -> None:
    start, end = build_scenes(replace(SPEC, arrows=(ArrowSpec(path="hand_right"),)))
    buffer = io.BytesIO()
    story = [
        Table([[scene_drawing(start, 160, 160), scene_drawing(end, 160, 160)]]),
        Paragraph("Arm raise: start and finish", getSampleStyleSheet()["Normal"]),
    ]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert "Arm raise: start and finish" in page.extract_text()
    content = page.get_contents().get_data()
    colours = _fill_colours(content)
    assert tuple(round(v, 2) for v in _rgb(ARROW)) in colours
    assert tuple(round(v, 2) for v in _rgb(OUTLINE)) in {
        tuple(round(float(v), 2) for v in t) for t in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) RG", content)
    }
    assert content.count(b" W* n") == 2  # each picture is clipped to its own frame


def test_see_through_colours_become_pdf_transparency() -> None:
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    scene = Scene((Polygon(square, "#ff000080"),), Box(0, 0, 10, 10))
    (framed,) = scene_drawing(scene, 50, 50).contents
    (polygon,) = framed.contents[1].contents
    assert polygon.fillColor.alpha == 0x80 / 255
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([scene_drawing(scene, 50, 50)])
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    states = page["/Resources"]["/ExtGState"]
    assert any(abs(float(state.get_object().get("/ca", 1)) - 0x80 / 255) < 1e-3 for state in states.values())

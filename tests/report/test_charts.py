"""The trend chart: one reportlab Drawing for the PDF, the same drawing as SVG for the screen."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

from pypdf import PdfReader
from reportlab.graphics import renderPDF

from planner.report.charts import render_svg, trend_drawing

DATES = [date(2025, 3, 4), date(2025, 9, 2), date(2026, 11, 25)]
SCORES = {"asdas_crp": [4.1, None, 1.2966], "asdas_esr": [None, 2.4, None], "basdai": [7.2, 4.4, 2.0],
          "basfi": [6.0, 4.0, 2.8], "basmi": [4.2, 4.0, 3.8]}


def _texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return [node.text or "" for node in root.iter("{http://www.w3.org/2000/svg}text")]


def test_svg_carries_bands_in_words_dates_values_and_every_series() -> None:
    svg = render_svg(trend_drawing(DATES, SCORES))
    texts = _texts(svg)
    for words in ("inactive", "low", "high", "very high", "BASDAI 4", "ASDAS", "ASDAS-CRP", "ASDAS-ESR",
                  "BASDAI", "BASFI", "BASMI (linear)", "4 Mar 25", "2 Sep 25", "25 Nov 26"):
        assert words in texts, words
    # Near a cut-off the value shows two decimals (CLINICAL.md §6e): 1.2966 is inactive, not "1.3".
    assert "1.30" in texts and "4.1" in texts and "2.4" in texts
    assert "font-family: 'DejaVu Sans', sans-serif" in svg.decode()
    assert not re.search(r'd="M [-\d.,]+ L [-\d.,]+ Z"', svg.decode())   # open lines keep their dashes


def test_a_single_visit_and_missing_scores_draw_without_error() -> None:
    texts = _texts(render_svg(trend_drawing([date(2026, 1, 6)], {"basdai": [3.0]})))
    assert "6 Jan 26" in texts and "BASDAI" in texts and "ASDAS-CRP" not in texts


def test_the_same_drawing_goes_into_a_pdf_with_its_text() -> None:
    pdf = renderPDF.drawToString(trend_drawing(DATES, SCORES, width=500, height=340))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "very high" in text and "25 Nov 26" in text and "BASMI (linear)" in text

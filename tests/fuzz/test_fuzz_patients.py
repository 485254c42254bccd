"""Random text through patient fields into the store and back, and into the plan PDF."""

from __future__ import annotations

import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from planner.core.errors import ValidationError
from planner.core.patient import MAX_CONTACT, MAX_NAME, MAX_NOTES
from planner.core.plan import PlanItem
from planner.services.library import shipped_library
from planner.services.printing import build_printable, render_pdf
from planner.services.workspace import Workspace
from tests.fuzz.conftest import FUZZ

FIELDS = ("name", "date_of_birth", "hospital_number", "contact", "notes")
MARKUP = "<>&'\"\\%_;/*-\n\t\u00a0\u200b"   # markup, SQL LIKE and quoting characters, odd spaces
any_text = st.text(max_size=300) | st.text(alphabet=MARKUP + "ab<Jr>", max_size=40)
long_text = st.text(min_size=1, max_size=MAX_NOTES + 100)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    opened = Workspace(tmp_path_factory.mktemp("fuzz") / "data")
    yield opened
    opened.close()


@FUZZ
@given(name=any_text, contact=any_text, notes=any_text | long_text)
def test_patient_text_round_trips_exactly_or_is_refused_by_field(workspace: Workspace, name: str, contact: str,
                                                                notes: str) -> None:
    try:
        saved = workspace.patients.add(name, "", "", contact, notes, today=date(2026, 11, 25))
    except ValidationError as error:
        assert error.problems and {p.field for p in error.problems} <= set(FIELDS)
        clean = " ".join(name.split())
        bad_name = not clean or len(clean) > MAX_NAME or any(unicodedata.category(c) == "Cc" for c in clean)
        expected = ({"name"} if bad_name else set()) | \
            ({"contact"} if len(contact) > MAX_CONTACT else set()) | ({"notes"} if len(notes) > MAX_NOTES else set())
        assert {p.field for p in error.problems} == expected
        return
    again = workspace.patients.get(saved.id)
    assert (again.name, again.contact, again.notes) == (" ".join(name.split()), contact.strip(), notes.strip())
    assert saved.id in {p.id for p in workspace.patients.search(again.name)}   # found by its own name
    workspace.patients.search(name)   # any typed text is a harmless search


@FUZZ
@given(text=st.text(max_size=60))
def test_any_search_text_is_safe(workspace: Workspace, text: str) -> None:
    found = workspace.patients.search(text)
    assert all(p.id is not None for p in found)


# Letters the bundled font has glyphs for, so the PDF's text layer can give them back.
printable_letters = st.text(
    alphabet=st.characters(codec="utf-8", categories=("Lu", "Ll", "Nd", "Zs", "Po", "Sm"),
                           max_codepoint=0x4FF) | st.sampled_from("<>&'\"ÑñŁłŐőЖж"),
    min_size=1, max_size=MAX_NAME,
).map(lambda s: " ".join(s.split())).filter(bool)


@FUZZ
@given(name=printable_letters, notes=any_text)
def test_patient_text_reaches_the_pdf_exactly(name: str, notes: str) -> None:
    printable = build_printable(name, date(2026, 11, 25), [PlanItem("bridge", shipped_library().get("bridge").dosage)],
                                shipped_library(), notes=notes)
    text = "".join(PdfReader(BytesIO(render_pdf(printable))).pages[0].extract_text().split())
    assert "".join(name.split()) in text


@FUZZ
@given(name=st.text(min_size=1, max_size=MAX_NAME), notes=st.text(max_size=2000))
def test_any_unicode_makes_a_pdf(name: str, notes: str, tmp_path: Path) -> None:
    printable = build_printable(name, date(2026, 11, 25), [PlanItem("bridge", shipped_library().get("bridge").dosage)],
                                shipped_library(), goals=(name,), notes=notes)
    pdf = render_pdf(printable)
    assert pdf.startswith(b"%PDF-") and len(PdfReader(BytesIO(pdf)).pages) >= 1


def test_a_name_with_a_control_character_is_refused(workspace: Workspace) -> None:
    # Found by the round-trip test above: SQLite's LIKE stops at NUL, so '\x00 0' could never be found.
    with pytest.raises(ValidationError, match="name: remove the control characters"):
        workspace.patients.add("\x00 0")

"""Random numbers (and non-numbers) into the assessment reader and the scores, and the Assess page."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core import scoring
from planner.core.assessment import compute_scores, parse_assessment
from planner.core.errors import ValidationError
from planner.ui.pages.assess_page import AssessPage
from planner.ui.widgets.number_field import NumberField
from tests.fuzz.conftest import FUZZ

numbers = (st.floats(allow_nan=True, allow_infinity=True) | st.floats(-20, 1500) | st.integers(-10**30, 10**30)
           | st.booleans())
anything = numbers | st.none() | st.text(max_size=8) | st.lists(st.floats(0, 10), max_size=3)
NUMBER_FIELDS = ("patient_global", "bas_g", "crp_mg_l", "esr_mm_h", "chest_expansion_cm",
                 "morning_stiffness_minutes", "fatigue")


def _side(value: st.SearchStrategy) -> st.SearchStrategy:
    return value | st.lists(value, min_size=2, max_size=2)


assessments = st.fixed_dictionaries({}, optional={
    "basdai": st.lists(numbers, min_size=6, max_size=6) | st.lists(numbers, max_size=8) | anything,
    "basfi": st.lists(numbers, min_size=10, max_size=10) | anything,
    "basmi": st.fixed_dictionaries({}, optional={item.key: _side(numbers) for item in scoring.BASMI_ITEMS}) | anything,
    **{field: numbers | anything for field in NUMBER_FIELDS},
})


@FUZZ
@given(data=assessments)
def test_scores_are_in_range_or_the_input_is_refused_by_field(data: dict) -> None:
    try:
        scores = compute_scores(parse_assessment(data))
    except ValidationError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.field.split(".")[0].split("[")[0] in data, problem
            assert problem.message
        return
    for name in ("basdai", "basfi", "basmi", "bas_g"):
        value = getattr(scores, name)
        assert value is None or 0 <= value <= 10, (name, value)
    for name in ("asdas_crp", "asdas_esr"):
        value = getattr(scores, name)
        assert value is None or (math.isfinite(value) and value >= 0), (name, value)


@FUZZ
@given(text=st.text(max_size=30) | numbers.map(str))
def test_a_number_field_accepts_only_numbers_in_its_range(qtbot, text: str) -> None:
    field = NumberField("BASDAI question 1", 0, 10)
    qtbot.addWidget(field)
    field.edit.setText(text)
    value = field.value()
    assert value is None or (math.isfinite(value) and 0 <= value <= 10)
    typed = text.strip()
    assert field.error.isHidden() == (not typed or value is not None)
    if value is None and typed:
        assert field.error.text().startswith("⚠ ") and "0 to 10" in field.error.text()


@pytest.fixture(scope="module")
def assess_page(tmp_path_factory: pytest.TempPathFactory, qapp):
    from planner.services.workspace import Workspace

    workspace = Workspace(tmp_path_factory.mktemp("assess") / "data")
    patient = workspace.patients.add("Ana Ñúñez-O'Brien")
    page = AssessPage(workspace.assessments)
    page.open_patient(patient.id)
    yield page, workspace
    page.deleteLater()
    workspace.close()


@FUZZ
@given(answers=st.lists(st.text(max_size=6) | numbers.map(str), min_size=6, max_size=6))
def test_the_assess_page_saves_what_it_accepts_and_scores_only_complete_answers(assess_page, answers) -> None:
    page, workspace = assess_page
    for field, text in zip(page.basdai_fields, answers, strict=True):
        field.edit.setText(text)
    values = [field.value() for field in page.basdai_fields]
    stored = workspace.assessments.latest(page.record.patient_id)
    if any(v is not None for v in values):
        assert stored.data["basdai"] == values   # the draft holds exactly the accepted answers
    if all(v is not None for v in values):
        assert stored.scores["basdai"] == pytest.approx((sum(values[:4]) + (values[4] + values[5]) / 2) / 5)
        assert page.score_label.text().startswith(f"BASDAI {stored.scores['basdai']:.1f}")
    else:
        assert page.score_label.text() == "BASDAI: answer all six questions to see the score"

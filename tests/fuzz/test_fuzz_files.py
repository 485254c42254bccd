"""Malformed plan files: random bytes and random JSON give a clear refusal, never a crash or a save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.errors import PlannerError, ValidationError
from planner.core.plan_document import parse_plan_document
from planner.services.workspace import Workspace
from tests.fuzz.conftest import FUZZ

json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=20,
)
item = st.fixed_dictionaries({"exercise": st.sampled_from(["bridge", "walking", "no-such-exercise"]) | json_values},
                             optional={"dosage": st.dictionaries(st.sampled_from(["sets", "reps", "hold_seconds",
                                                                                   "colour"]), json_values),
                                       "note": json_values})
plan_like = st.fixed_dictionaries(
    {"schema": st.just("planner.plan/1") | json_values},
    optional={"patient": st.fixed_dictionaries({"name": json_values}) | json_values, "date": json_values,
              "review_date": json_values, "goals": json_values, "notes": json_values,
              "items": st.lists(item, max_size=3) | json_values, "options": json_values, "surprise": json_values,
              "conditions": st.lists(st.sampled_from(["psoriasis", "Hip_Replacement", "gout"]) | json_values,
                                     max_size=3) | json_values},
)


@FUZZ
@given(data=plan_like | json_values)
def test_any_json_is_read_as_a_plan_or_refused_by_field(data: object) -> None:
    try:
        parse_plan_document(data)
    except ValidationError as error:
        assert error.problems and all(problem.message for problem in error.problems)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    opened = Workspace(tmp_path_factory.mktemp("files") / "data")
    yield opened
    opened.close()


@FUZZ
@given(content=st.binary(max_size=400) | plan_like.map(lambda d: json.dumps(d).encode()))
def test_importing_a_malformed_plan_file_saves_nothing(workspace: Workspace, tmp_path_factory, content: bytes) -> None:
    patient = workspace.patients.search()[0] if workspace.patients.search() else workspace.patients.add("Ana Ñúñez")
    source = Path(tmp_path_factory.mktemp("plan")) / "plan.json"
    source.write_bytes(content)
    before = len(workspace.plans.history(patient.id))
    try:
        workspace.plans.import_json(source, patient.id)
    except PlannerError as error:
        assert str(error)
        assert len(workspace.plans.history(patient.id)) == before

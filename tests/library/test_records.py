"""Exercise records round-trip through the schema; clinic ids and links follow their own rules."""

from __future__ import annotations

import pytest

from planner.library.custom import parse_custom
from planner.library.records import custom_id_for, exercise_to_record, slug
from planner.library.schema import parse_exercise
from planner.services.library import shipped_library

SHIPPED = shipped_library()


@pytest.mark.parametrize("exercise_id", sorted(SHIPPED.exercises))
def test_every_shipped_exercise_round_trips_through_its_record(exercise_id: str) -> None:
    exercise = SHIPPED.exercises[exercise_id]
    again, problems = parse_exercise(exercise_to_record(exercise))
    assert problems == []
    assert again == exercise


def test_slug_and_free_clinic_ids() -> None:
    assert slug("Côte à côte: wall press!") == "cote-a-cote-wall-press"
    assert slug("   ") == ""
    assert custom_id_for("Wall press", set()) == "clinic-wall-press"
    assert custom_id_for("Wall press", {"clinic-wall-press", "clinic-wall-press-2"}) == "clinic-wall-press-3"
    assert custom_id_for("!!!", set()) == "clinic-exercise"


def _record(**changes: object) -> dict:
    record = exercise_to_record(SHIPPED.exercises["bridge"])
    record.update({"id": "clinic-bridge", **changes})
    return record


def test_a_clinic_record_needs_the_prefix_and_links_that_resolve() -> None:
    exercise, problems = parse_custom(_record(), SHIPPED.exercises.keys())
    assert problems == [] and exercise is not None and exercise.origin == "custom"

    _none, problems = parse_custom(_record(id="my-bridge", harder=["nowhere", "bridge-march"]),
                                   SHIPPED.exercises.keys())
    assert [str(p) for p in problems] == [
        "id: 'my-bridge' must start with 'clinic-', so that it never clashes with a shipped exercise",
        "harder[0]: 'nowhere' is not an exercise in the library",
    ]


def test_a_clinic_record_reports_every_problem_by_field() -> None:
    record = _record(level=9, category="yoga", based_on=3)
    record["dosage"] = {"sets": 0, "reps": 10}
    del record["name"]
    _none, problems = parse_custom(record, SHIPPED.exercises.keys())
    fields = {p.field for p in problems}
    assert {"name", "level", "category", "dosage.sets", "based_on"} <= fields
    assert "level: 9 must be a whole number from 1 to 4" in [str(p) for p in problems]

"""Bundle files: what an import would do with each exercise, and files that are not bundles at all."""

from __future__ import annotations

import json

import pytest

from planner.core.errors import ValidationError
from planner.library.bundle import (
    BUNDLE_SCHEMA,
    IMPORTED,
    REFUSED,
    SKIPPED,
    bundle_bytes,
    plan_import,
    read_bundle_records,
)
from planner.library.records import exercise_to_record
from planner.services.library import shipped_library

SHIPPED = shipped_library()
LIBRARY_IDS = set(SHIPPED.exercises)


def _record(exercise_id: str, **changes: object) -> dict:
    record = exercise_to_record(SHIPPED.exercises["bridge"])
    record.update({"id": exercise_id, "easier": [], "harder": [], **changes})
    return record


def test_a_bundle_file_round_trips() -> None:
    records = [_record("clinic-a"), _record("clinic-b", name="Bridge B")]
    data = bundle_bytes(records, "2026-11-25T10:00:00+00:00")
    document = json.loads(data)
    assert document["schema"] == BUNDLE_SCHEMA and document["exported"] == "2026-11-25T10:00:00+00:00"
    assert read_bundle_records(data, "b.json") == records


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe", "b.json: is not a text file (UTF-8)"),
    (b'{"schema": ', "b.json:1: is not valid JSON (Expecting value)"),
    (b"[1, 2]", "b.json: is not an exercise bundle (a JSON object is expected)"),
    (b'{"schema": "planner.plan/1"}', "b.json: schema: 'planner.plan/1' is not 'planner.exercise-bundle/1'"),
    (b'{"schema": "planner.exercise-bundle/1", "exercises": {}}',
     "b.json: exercises: must be a list of exercise records"),
])
def test_a_file_that_is_not_a_bundle_is_refused_as_a_whole(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        read_bundle_records(data, "b.json")
    assert [str(p) for p in error.value.problems] == [message]


def test_each_exercise_is_imported_refused_or_skipped_with_its_reasons() -> None:
    records = [
        _record("clinic-good", harder=["clinic-second"]),   # links forward to another of the bundle
        _record("clinic-second", easier=["bridge"]),
        _record("bridge"),                                    # a shipped id: left alone
        _record("clinic-bad", level=0, category="yoga"),
        _record("clinic-bad"),                                # the same id again
        "not a record",
        _record("clinic-leans-on-bad", easier=["clinic-bad"]),
        _record("plain-id"),
    ]
    outcomes = plan_import(records, LIBRARY_IDS)
    assert [(o.id, o.status) for o in outcomes] == [
        ("clinic-good", IMPORTED), ("clinic-second", IMPORTED), ("bridge", SKIPPED), ("clinic-bad", REFUSED),
        ("clinic-bad", REFUSED), ("", REFUSED), ("clinic-leans-on-bad", REFUSED), ("plain-id", REFUSED),
    ]
    reasons = {o.index: o.reasons for o in outcomes}
    assert reasons[2] == ("an exercise with this id is already in the library; it was kept as it is",)
    assert "level: 0 must be a whole number from 1 to 4" in reasons[3]
    assert any(r.startswith("category: 'yoga' is not one of") for r in reasons[3])
    assert reasons[4] == ("the id is used twice in the bundle (also #4)",)
    assert reasons[5] == ("is not an exercise record (a JSON object)",)
    assert reasons[6] == ("easier[0]: 'clinic-bad' is not an exercise in the library",)
    assert reasons[7] == ("id: 'plain-id' must start with 'clinic-', so that it never clashes with a shipped exercise",)
    assert outcomes[0].exercise is not None and outcomes[0].exercise.harder == ("clinic-second",)
    assert outcomes[6].label == "Bridge (clinic-leans-on-bad)" and outcomes[5].label == "#6"

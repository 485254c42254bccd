"""The portable plan JSON (`planner.plan/1`): round trip, and every problem named with its range."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from planner.core.dosage import Dosage
from planner.core.errors import ValidationError
from planner.core.plan import PlanItem, PlanOptions
from planner.core.plan_document import PlanDocument, parse_plan_document, plan_document_json
from planner.core.printable import Clinic, Therapist

CONTRACT_EXAMPLE = {
    "schema": "planner.plan/1",
    "patient": {"name": "Ana Ñúñez-O'Brien"},
    "therapist": {"name": "Sam Taylor", "role": "Physiotherapist", "contact": "01632 960 123"},
    "clinic": {"name": "Riverside", "phone": "01632 960 123", "address": "1 River Lane", "logo": "optional/path.png"},
    "date": "2026-11-25", "review_date": "2027-01-06",
    "goals": ["Walk the dog"], "notes": "Little and often.",
    "items": [{"exercise": "thoracic-rotation-sitting",
               "dosage": {"sets": 2, "reps": 10, "hold_seconds": 5, "rest_seconds": 30,
                          "sessions_per_day": 1, "days_per_week": 7},
               "flare_dosage": {"sets": 1, "reps": 5, "hold_seconds": 3}, "note": "Mornings."}],
    "options": {"large_print": False, "paper": "a4", "tracking_weeks": 6},
}


FULL_PLAN = {
    **CONTRACT_EXAMPLE,
    "clinic": {"name": "Riverside", "phone": "01632 960 123", "address": "1 River Lane", "logo": "logo.png"},
    "goals": ["Walk the dog for 30 minutes"],
    "options": {"large_print": True, "paper": "letter", "tracking_weeks": 4},
    "conditions": ["psoriasis"],
}


def problems(data: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse_plan_document(data)
    return [str(p) for p in caught.value.problems]


def test_the_contract_example_reads() -> None:
    doc = parse_plan_document(CONTRACT_EXAMPLE)
    assert doc.patient_name == "Ana Ñúñez-O'Brien"
    assert (doc.plan_date, doc.review_date) == (date(2026, 11, 25), date(2027, 1, 6))
    assert doc.therapist == Therapist(name="Sam Taylor", contact="01632 960 123")
    assert doc.clinic.logo == "optional/path.png"
    (item,) = doc.items
    assert item.dosage == Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30)
    assert item.flare_dosage == Dosage(sets=1, reps=5, hold_seconds=3)
    assert item.note == "Mornings." and doc.goals == ("Walk the dog",)


def test_every_contract_field_and_the_conditions_read() -> None:
    doc = parse_plan_document(FULL_PLAN)
    assert doc.patient_name == "Ana Ñúñez-O'Brien"
    assert (doc.plan_date, doc.review_date) == (date(2026, 11, 25), date(2027, 1, 6))
    assert doc.therapist == Therapist("Sam Taylor", "Physiotherapist", "", "01632 960 123")
    assert doc.clinic == Clinic("Riverside", "01632 960 123", "1 River Lane", "logo.png")
    assert doc.items == (PlanItem("thoracic-rotation-sitting",
                                  Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30),
                                  Dosage(sets=1, reps=5, hold_seconds=3), note="Mornings."),)
    assert doc.options == PlanOptions(large_print=True, paper="letter", tracking_weeks=4)
    assert doc.conditions == ("psoriasis",)


def test_conditions_are_read_in_one_spelling_and_may_be_left_out() -> None:
    assert parse_plan_document({**FULL_PLAN, "conditions": ["Hip_Replacement", "ibd"]}).conditions == (
        "hip-replacement", "ibd")
    assert parse_plan_document({**FULL_PLAN, "conditions": None}).conditions == ()
    assert parse_plan_document(CONTRACT_EXAMPLE).conditions == ()


def test_a_missing_flare_dosage_means_rest_on_a_flare_day() -> None:
    data = {**FULL_PLAN, "items": [{"exercise": "bridge", "dosage": {"reps": 8}}]}
    assert parse_plan_document(data).items[0].flare_dosage is None


def test_written_documents_read_back_the_same() -> None:
    doc = PlanDocument(
        "Zoë Łukasz", date(2026, 3, 2), (
            PlanItem("bridge", Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=60, days_per_week=3),
                     None, note="Slowly", reason="BASFI 5.1: leg strength", override_reason="", goals=(0,)),
            PlanItem("walking", Dosage(duration_minutes=25.0, days_per_week=5, intensity="can talk, not sing"),
                     Dosage(duration_minutes=10.0), override_reason="Cushioned shoes; heel settled"),
        ), date(2026, 4, 13), ("Climb the stairs",), "Ring if unsure", Therapist("Sam"), Clinic("Riverside"),
        PlanOptions(large_print=True, paper="letter", tracking_weeks=8),
    )
    text = json.dumps(plan_document_json(doc), ensure_ascii=False)
    assert parse_plan_document(json.loads(text)) == doc
    assert "conditions" not in json.loads(text)   # none known: the file stays readable by older versions
    with_conditions = replace(doc, conditions=("psoriasis", "hip-replacement"))
    data = plan_document_json(with_conditions)
    assert data["conditions"] == ["psoriasis", "hip-replacement"]
    assert parse_plan_document(json.loads(json.dumps(data))) == with_conditions


def test_every_problem_is_named_at_once() -> None:
    bad = {
        "schema": "planner.plan/2",
        "patient": {"name": ""},
        "date": "25/11/2026",
        "review_date": "2026-01-01",
        "goals": ["Walk", 7],
        "items": [{"exercise": "Thoracic Rotation", "dosage": {"sets": 12, "reps": 10}, "goals": [3]},
                  {"exercise": "bridge", "dosage": {"sets": 1, "reps": 5}, "colour": "red"}],
        "options": {"paper": "a3", "tracking_weeks": 99, "large_print": "yes"},
        "extra": 1,
    }
    assert problems(bad) == [
        "extra: unknown field (allowed: schema, patient, therapist, clinic, date, review_date, goals, notes, items, "
        "options, conditions)",
        "schema: must be 'planner.plan/1'",
        "patient.name: must be text of 1 to 200 characters",
        "date: must be a date written YYYY-MM-DD, e.g. 2026-11-25",
        "goals[1]: must be text of 1 to 200 characters",
        "items[0].exercise: must be an exercise id (lower-case words joined by hyphens)",
        "items[0].dosage.sets: 12 is outside 1 to 10",
        "items[0].goals: must list goals by their place in the plan's goals (numbers from 0 to 1)",
        "items[1].colour: unknown field (allowed: exercise, dosage, flare_dosage, note, reason, override_reason, "
        "goals)",
        "options.large_print: must be true or false",
        "options.paper: must be one of: a4, letter",
        "options.tracking_weeks: must be a whole number from 0 to 52",
    ]


def test_every_problem_is_reported_at_once_with_bad_conditions_and_items() -> None:
    bad = {**FULL_PLAN, "schema": "planner.plan/2", "patient": {"name": ""}, "date": "25/11/2026", "colour": "red",
           "items": [{"exercise": "bridge", "dosage": {"sets": 0, "reps": 8}, "extra": 1}, "knee-rolls"],
           "options": {"paper": "a5", "tracking_weeks": 60, "large_print": "yes"}, "conditions": ["gout"]}
    assert problems(bad) == [
        "colour: unknown field (allowed: schema, patient, therapist, clinic, date, review_date, goals, notes,"
        " items, options, conditions)",
        "schema: must be 'planner.plan/1'",
        "patient.name: must be text of 1 to 200 characters",
        "date: must be a date written YYYY-MM-DD, e.g. 2026-11-25",
        "items[0].extra: unknown field (allowed: exercise, dosage, flare_dosage, note, reason, override_reason,"
        " goals)",
        "items[0].dosage.sets: 0 is outside 1 to 10",
        "items[1]: must be an object with an exercise and its dosage",
        "conditions[0]: 'gout' is not a condition (allowed: osteoporosis, spinal-fusion, cervical-fusion,"
        " hip-replacement, uveitis, psoriasis, ibd, pregnancy, balance-impaired, high-fall-risk,"
        " cardiovascular, shoulder-impingement, knee-pain, wrist-pain, enthesitis-achilles,"
        " enthesitis-plantar, kyphosis-severe)",
        "options.large_print: must be true or false",
        "options.paper: must be one of: a4, letter",
        "options.tracking_weeks: must be a whole number from 0 to 52",
    ]
    assert problems({**FULL_PLAN, "conditions": "psoriasis"}) == ["conditions: must be a list of texts"]
    assert problems({**FULL_PLAN, "conditions": [7]}) == ["conditions[0]: must be text of 1 to 200 characters"]


def test_review_before_the_plan_date_and_repeated_exercises_are_refused() -> None:
    data = {**CONTRACT_EXAMPLE, "review_date": "2026-11-24",
            "items": CONTRACT_EXAMPLE["items"] * 2}
    assert problems(data) == ["review_date: must be on or after the plan date 2026-11-25",
                              "items[1].exercise: 'thoracic-rotation-sitting' is in the plan twice"]
    # A refused item before the repeat does not shift the place named.
    data = {**CONTRACT_EXAMPLE, "items": ["bridge", *CONTRACT_EXAMPLE["items"] * 2]}
    assert problems(data) == ["items[0]: must be an object with an exercise and its dosage",
                              "items[2].exercise: 'thoracic-rotation-sitting' is in the plan twice"]


@pytest.mark.parametrize(("data", "expected"), [
    ([], ["plan: must be a JSON object"]),
    ({"schema": "planner.plan/1", "date": "2026-01-01", "items": []},
     ["patient: missing (needs an object with a name)", "items: must be a list of 1 to 60 exercises"]),
])
def test_missing_parts(data: object, expected: list[str]) -> None:
    assert problems(data) == expected

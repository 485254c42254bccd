"""Reading a portable plan file: the contract's fields, every problem at once, paths beside the file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.core.dosage import Dosage
from planner.core.errors import PlannerError, ValidationError
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import Clinic, Therapist
from planner.services.plan_file import parse_plan, read_plan_file

PLAN = {
    "schema": "planner.plan/1",
    "patient": {"name": "Ana Ñúñez-O'Brien"},
    "therapist": {"name": "Sam Taylor", "role": "Physiotherapist", "contact": "01632 960 123"},
    "clinic": {"name": "Riverside", "phone": "01632 960 123", "address": "1 River Lane", "logo": "logo.png"},
    "date": "2026-11-25", "review_date": "2027-01-06",
    "goals": ["Walk the dog for 30 minutes"], "notes": "Little and often.",
    "items": [{"exercise": "thoracic-rotation-sitting",
               "dosage": {"sets": 2, "reps": 10, "hold_seconds": 5, "rest_seconds": 30,
                          "sessions_per_day": 1, "days_per_week": 7},
               "flare_dosage": {"sets": 1, "reps": 5, "hold_seconds": 3}, "note": "Mornings."}],
    "options": {"large_print": True, "paper": "letter", "tracking_weeks": 4},
    "conditions": ["psoriasis"],
}


def problems_of(data: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as refused:
        parse_plan(data)
    return [(p.field, p.message) for p in refused.value.problems]


def test_the_contract_example_reads_into_a_plan() -> None:
    plan = parse_plan(PLAN)
    assert plan.patient_name == "Ana Ñúñez-O'Brien"
    assert (plan.plan_date, plan.review_date) == (date(2026, 11, 25), date(2027, 1, 6))
    assert plan.therapist == Therapist("Sam Taylor", "Physiotherapist", "", "01632 960 123")
    assert plan.clinic == Clinic("Riverside", "01632 960 123", "1 River Lane", "logo.png")
    assert plan.items == (PlanItem("thoracic-rotation-sitting",
                                   Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30),
                                   Dosage(sets=1, reps=5, hold_seconds=3), note="Mornings."),)
    assert plan.options == PlanOptions(large_print=True, paper="letter", tracking_weeks=4)
    assert plan.conditions == ("psoriasis",)


def test_a_missing_flare_dosage_means_rest_on_a_flare_day() -> None:
    data = {**PLAN, "items": [{"exercise": "bridge", "dosage": {"reps": 8}}]}
    assert parse_plan(data).items[0].flare_dosage is None


def test_every_problem_is_reported_at_once_naming_the_field() -> None:
    bad = {**PLAN, "schema": "planner.plan/2", "patient": {"name": ""}, "date": "25/11/2026", "colour": "red",
           "items": [{"exercise": "bridge", "dosage": {"sets": 0, "reps": 8}, "extra": 1}, "knee-rolls"],
           "options": {"paper": "a5", "tracking_weeks": 60, "large_print": "yes"}, "conditions": ["gout"]}
    assert problems_of(bad) == [
        ("colour", "unknown field (allowed: schema, patient, therapist, clinic, date, review_date, goals, notes,"
                   " items, options, conditions)"),
        ("schema", "must be 'planner.plan/1'"),
        ("patient.name", "must be text of 1 to 200 characters"),
        ("date", "must be a date written YYYY-MM-DD, e.g. 2026-11-25"),
        ("items[0].extra", "unknown field (allowed: exercise, dosage, flare_dosage, note, reason, override_reason,"
                           " goals)"),
        ("items[0].dosage.sets", "0 is outside 1 to 10"),
        ("items[1]", "must be an object with an exercise and its dosage"),
        ("conditions[0]", "'gout' is not a condition (allowed: osteoporosis, spinal-fusion, cervical-fusion,"
                          " hip-replacement, uveitis, psoriasis, ibd, pregnancy, balance-impaired, high-fall-risk,"
                          " cardiovascular, shoulder-impingement, knee-pain, wrist-pain, enthesitis-achilles,"
                          " enthesitis-plantar, kyphosis-severe)"),
        ("options.large_print", "must be true or false"),
        ("options.paper", "must be one of: a4, letter"),
        ("options.tracking_weeks", "must be a whole number from 0 to 52"),
    ]


def test_a_plan_needs_a_patient_and_at_least_one_exercise() -> None:
    assert problems_of({"schema": "planner.plan/1", "date": "2026-11-25", "items": []}) == [
        ("patient", "missing (needs an object with a name)"), ("items", "must be a list of 1 to 60 exercises")]
    assert problems_of([]) == [("plan", "must be a JSON object")]


def test_a_review_before_the_plan_date_is_refused() -> None:
    assert problems_of({**PLAN, "review_date": "2026-11-24"}) == [
        ("review_date", "must be on or after the plan date 2026-11-25")]


def test_a_relative_logo_is_found_beside_the_plan_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    assert read_plan_file(path).clinic.logo == str(tmp_path / "logo.png")


def test_unreadable_files_say_what_is_wrong_and_where(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="no such file"):
        read_plan_file(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "planner.plan/1",\n "date": }', encoding="utf-8")
    with pytest.raises(PlannerError, match=r"broken.json:2: not valid JSON"):
        read_plan_file(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**PLAN, "date": "soon"}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        read_plan_file(wrong)
    assert str(refused.value.problems[0]) == f"{wrong}: date: must be a date written YYYY-MM-DD, e.g. 2026-11-25"

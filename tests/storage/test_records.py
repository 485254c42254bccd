"""Assessments and plans: drafts, sign-off that freezes, plan versions with ordered items."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.dosage import Dosage
from planner.core.errors import PlannerError
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem, PlanOptions
from planner.storage.store import Store


def test_draft_saves_in_place_until_signed_then_is_frozen(store: Store) -> None:
    patient = store.patients.add(Patient(name="A"))
    draft = store.assessments.save_draft(AssessmentRecord(
        patient_id=patient.id, assessed_on=date(2026, 11, 25), data={"basdai": [2, 10, 7, 1, 9, 3]},
        scores={"basdai": 5.2}))
    draft = store.assessments.save_draft(AssessmentRecord(**{**draft.__dict__, "scores": {"basdai": 5.3}}))
    assert store.db.execute("SELECT count(*), basdai FROM assessments").fetchone() == (1, 5.3)
    signed = store.assessments.sign(draft.id)
    assert signed.signed and signed.signed_at
    with pytest.raises(PlannerError, match="signed off"):
        store.assessments.save_draft(signed)
    with pytest.raises(PlannerError, match="signed off"):
        store.assessments.sign(signed.id)
    assert store.assessments.get(draft.id).data == {"basdai": [2, 10, 7, 1, 9, 3]}


def test_plans_are_numbered_versions_with_items_in_order(store: Store) -> None:
    patient = store.patients.add(Patient(name="B"))
    items = (
        PlanItem("knee-rolls", Dosage(sets=1, reps=10, hold_seconds=3), Dosage(reps=6), note="slowly"),
        PlanItem("bridge", Dosage(sets=2, reps=10), override_reason="cleared by surgeon", goals=(0,)),
    )
    first = store.plans.save_new_version(Plan(
        patient_id=patient.id, plan_date=date(2026, 11, 25), review_date=date(2027, 1, 6), items=items,
        goals=("Walk the dog",), options=PlanOptions(large_print=True, paper="letter")))
    second = store.plans.save_new_version(Plan(patient_id=patient.id, plan_date=date(2026, 12, 9), items=items[::-1]))
    assert (first.version, second.version) == (1, 2)
    loaded = store.plans.get(first.id)
    assert loaded.items == items
    assert loaded.options == PlanOptions(large_print=True, paper="letter", tracking_weeks=6)
    assert loaded.goals == ("Walk the dog",)
    assert [i.exercise_id for i in store.plans.latest(patient.id).items] == ["bridge", "knee-rolls"]
    rows = list(store.db.query("SELECT position, exercise_id FROM plan_items WHERE plan_id = ? ORDER BY position",
                               [second.id]))
    assert rows == [{"position": 0, "exercise_id": "bridge"}, {"position": 1, "exercise_id": "knee-rolls"}]

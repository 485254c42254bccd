"""The clinic's exercises in the store: rows as written, one transaction per import, plans that use one."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.dosage import Dosage
from planner.core.errors import NotFoundError, PlannerError
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.storage.store import Store


def test_add_get_update_delete(store: Store) -> None:
    repo = store.custom_exercises
    added = repo.add({"id": "clinic-a", "name": "Ä wall press"}, based_on="wall-push-up")
    assert added.data == {"id": "clinic-a", "name": "Ä wall press"} and added.based_on == "wall-push-up"
    row = store.db.execute("SELECT data, based_on FROM custom_exercises").fetchone()
    assert row == ('{"id": "clinic-a", "name": "Ä wall press"}', "wall-push-up")

    changed = repo.update({"id": "clinic-a", "name": "Wall press"})
    assert changed.data["name"] == "Wall press" and changed.based_on == "wall-push-up"
    assert changed.created_at == added.created_at
    assert repo.ids() == {"clinic-a"}
    repo.delete("clinic-a")
    assert repo.all() == []
    with pytest.raises(NotFoundError):
        repo.get("clinic-a")
    with pytest.raises(NotFoundError):
        repo.update({"id": "clinic-a"})
    with pytest.raises(NotFoundError):
        repo.delete("clinic-a")


def test_add_all_stores_every_record_or_none(store: Store) -> None:
    repo = store.custom_exercises
    repo.add({"id": "clinic-b"})
    with pytest.raises(PlannerError, match="already has an exercise with the id 'clinic-b'"):
        repo.add_all([({"id": "clinic-a"}, None), ({"id": "clinic-b"}, None)])
    assert repo.ids() == {"clinic-b"}
    assert repo.add_all([({"id": "clinic-c"}, None), ({"id": "clinic-a"}, "bridge")]) == ["clinic-c", "clinic-a"]
    assert [r.id for r in repo.all()] == ["clinic-a", "clinic-b", "clinic-c"]


def test_plans_using_names_each_patient_and_version(store: Store) -> None:
    ana = store.patients.add(Patient(name="Ana"))
    ben = store.patients.add(Patient(name="Ben"))
    item = PlanItem("clinic-a", Dosage(reps=5), None)
    for patient in (ben, ana, ana):
        store.plans.save_new_version(Plan(patient_id=patient.id, plan_date=date(2026, 11, 25), items=(item,)))
    store.plans.save_new_version(Plan(patient_id=ben.id, plan_date=date(2026, 11, 26),
                                      items=(PlanItem("bridge", Dosage(reps=5), None),)))
    assert store.custom_exercises.plans_using("clinic-a") == [("Ana", 1), ("Ana", 2), ("Ben", 1)]
    assert store.custom_exercises.plans_using("clinic-z") == []

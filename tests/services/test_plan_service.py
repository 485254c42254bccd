"""Plan versions with checks on save, what changed, templates from the store, portable JSON files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.core.dosage import Dosage
from planner.core.errors import PlannerError, ValidationError
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.services.plans import PlanService


@pytest.fixture
def service(store, library) -> PlanService:
    return PlanService(store, lambda: library)


def item(library, exercise_id: str, **changes) -> PlanItem:
    exercise = library.get(exercise_id)
    return PlanItem(exercise_id, changes.pop("dosage", exercise.dosage), exercise.flare_dosage, **changes)


def test_a_cautioned_exercise_is_saved_only_with_a_reason(service, store, library) -> None:
    patient = store.patients.add(Patient(name="A"))
    plan = Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), items=(item(library, "clam"),))
    with pytest.raises(ValidationError) as caught:
        service.save(plan, conditions={"hip-replacement"})
    assert [str(p) for p in caught.value.problems] == [
        "items[0].override_reason: Clam (side-lying knee opening) has a caution for hip replacement: record why "
        "it is kept"]
    assert store.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 0
    kept = Plan(patient_id=patient.id, plan_date=date(2026, 5, 4),
                items=(item(library, "clam", override_reason="Surgeon allows side-lying with a pillow"),))
    saved = service.save(kept, conditions={"hip-replacement"})
    row = store.db.execute("SELECT override_reason FROM plan_items WHERE plan_id = ?", [saved.id]).fetchone()
    assert row[0] == "Surgeon allows side-lying with a pillow"


def test_an_unknown_exercise_is_refused(service, store) -> None:
    patient = store.patients.add(Patient(name="A"))
    with pytest.raises(ValidationError, match="'moonwalk' is not an exercise in the library"):
        service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), items=(PlanItem("moonwalk",
                                                                                              Dosage(reps=3)),)))


def test_versions_copy_and_changes(service, store, library) -> None:
    patient = store.patients.add(Patient(name="A"))
    first = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), review_date=date(2026, 6, 15),
                              items=(item(library, "bridge"), item(library, "walking"))))
    assert service.copy_previous(patient.id) == first.items
    second = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 6, 15), review_date=date(2026, 7, 27),
                               items=(item(library, "walking"), item(library, "bridge", dosage=Dosage(
                                   sets=3, reps=10, hold_seconds=5, rest_seconds=60, days_per_week=3)))))
    assert [p.version for p in service.history(patient.id)] == [1, 2]
    assert [c.text for c in service.changes(first, second)] == [
        "Moved Bridge from place 1 to 2.",
        "Changed the dose of Bridge: 2×10, hold 5 s, 1/day, 3/wk → 3×10, hold 5 s, 1/day, 3/wk.",
        "Review date 15 Jun 2026 → 27 Jul 2026.",
    ]


def test_save_a_plan_as_a_template_and_apply_it_to_another_patient(service, library) -> None:
    saved = service.save_template("After hip surgery", [item(library, "bridge"), item(library, "clam")])
    assert saved.id == "after-hip-surgery"
    listed = [t for t in service.templates() if t.origin == "saved"]
    assert listed == [saved]
    assert service.template("after-hip-surgery", "saved") == saved
    applied = service.apply_template(saved, conditions={"hip-replacement"})
    assert [i.exercise_id for i in applied.items] == ["bridge"]
    assert [x.exercise_id for x in applied.excluded] == ["clam"]
    assert service.save_template("After hip surgery", [item(library, "bridge")]).id == "after-hip-surgery-2"
    with pytest.raises(ValidationError, match="name"):
        service.save_template("  ", [item(library, "bridge")])


def test_shipped_templates_come_first(service) -> None:
    assert [t.origin for t in service.templates()] == ["shipped"] * 10


def test_export_then_import_a_plan_file(service, store, library, tmp_path: Path) -> None:
    patient = store.patients.add(Patient(name="Ana Ñúñez-O'Brien"))
    store.settings.set("clinic", {"name": "Riverside", "phone": "01632 960 123"})
    plan = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), goals=("Walk the dog",),
                             items=(item(library, "walking", goals=(0,), note="Flat paths"),)))
    out = service.export_json(plan, tmp_path / "plan.json")
    data = json.loads(out.read_text("utf-8"))
    assert data["schema"] == "planner.plan/1" and data["patient"] == {"name": "Ana Ñúñez-O'Brien"}
    assert data["clinic"]["name"] == "Riverside" and data["items"][0]["goals"] == [0]
    assert not list(tmp_path.glob(".*tmp"))   # written through a temp file, renamed
    other = store.patients.add(Patient(name="B"))
    imported = service.import_json(out, other.id)
    assert (imported.version, imported.items, imported.goals) == (1, plan.items, plan.goals)


def test_a_bad_plan_file_names_every_problem(service, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema": "planner.plan/1", "patient": {"name": "A"}, "date": "2026-05-04",
                                "items": [{"exercise": "moonwalk", "dosage": {"reps": 3}}]}), "utf-8")
    with pytest.raises(ValidationError, match=r"items\[0\]\.exercise: 'moonwalk' is not an exercise"):
        service.read_json(path)
    path.write_text("{oops", "utf-8")
    with pytest.raises(PlannerError, match=r"bad\.json:1: not valid JSON"):
        service.read_json(path)
    with pytest.raises(PlannerError, match="no such file"):
        service.read_json(tmp_path / "missing.json")

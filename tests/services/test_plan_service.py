"""Plan versions with checks on save, what changed, templates from the store, portable JSON files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.dosage import Dosage
from planner.core.errors import PlannerError, ValidationError
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.core.printable import Clinic, Therapist
from planner.services.plans import PlanService, read_plan_document
from planner.services.printing import render_plan_file
from planner.services.settings import SettingsService
from tests.report.pdf_facts import all_text, flat

PLAN_FILE = {
    "schema": "planner.plan/1", "patient": {"name": "Ana Ñúñez-O'Brien"},
    "clinic": {"name": "Riverside", "logo": "logo.png"}, "date": "2026-11-25",
    "items": [{"exercise": "thoracic-rotation-sitting", "dosage": {"sets": 2, "reps": 10}}],
}


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


def test_export_writes_the_conditions_so_import_and_render_round_trip(service, store, library,
                                                                      tmp_path: Path) -> None:
    patient = store.patients.add(Patient(name="Ana Ñúñez-O'Brien"))
    store.assessments.save_draft(AssessmentRecord(patient.id, date(2026, 5, 1),
                                                  {"conditions": ["psoriasis", "hip_replacement"]}))
    plan = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), items=(item(library, "walking"),)))
    out = service.export_json(plan, tmp_path / "plan.json")
    assert json.loads(out.read_text("utf-8"))["conditions"] == ["psoriasis", "hip-replacement"]
    assert read_plan_document(out).conditions == ("psoriasis", "hip-replacement")
    other = store.patients.add(Patient(name="B"))
    assert service.import_json(out, other.id).items == plan.items
    pdf = render_plan_file(out, tmp_path / "plan.pdf")
    text = flat(all_text(pdf.path.read_bytes()))
    assert "For Ana Ñúñez-O'Brien" in text and "Psoriasis and Psoriatic Arthritis Alliance (PAPAA)" in text


def test_a_relative_logo_is_found_beside_the_plan_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN_FILE), encoding="utf-8")
    assert read_plan_document(path).clinic.logo == str(tmp_path / "logo.png")


def test_unreadable_plan_files_say_what_is_wrong_and_where(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="no such file"):
        read_plan_document(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "planner.plan/1",\n "date": }', encoding="utf-8")
    with pytest.raises(PlannerError, match=r"broken.json:2: not valid JSON"):
        read_plan_document(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**PLAN_FILE, "date": "soon"}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        read_plan_document(wrong)
    assert str(refused.value.problems[0]) == f"{wrong}: date: must be a date written YYYY-MM-DD, e.g. 2026-11-25"


def test_export_and_pdf_name_the_therapist_and_clinic_the_print_step_uses(service, store, library,
                                                                           tmp_path: Path) -> None:
    settings = SettingsService(store)
    settings.save_clinic(Clinic("Riverside Physio", "01632 960 123"))
    store.settings.set("therapist", {"name": "Old Setting"})   # the single-therapist setting is not read
    settings.save_therapist(Therapist("Amir Khan", "Physiotherapist", "PH555"))
    sam = settings.save_therapist(Therapist("Sam Taylor", "Clinical specialist", "PH123"))
    patient = store.patients.add(Patient(name="Ana Ñúñez-O'Brien"))
    recorded = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), therapist_id=sam.id,
                                 items=(item(library, "walking"),)))
    data = json.loads(service.export_json(recorded, tmp_path / "plan.json").read_text("utf-8"))
    assert data["therapist"] == {"name": "Sam Taylor", "role": "Clinical specialist", "registration": "PH123",
                                 "contact": ""}
    assert data["clinic"] == {"name": "Riverside Physio", "phone": "01632 960 123", "address": "", "logo": ""}
    text = flat(all_text(service.write_pdf(recorded, tmp_path / "plan.pdf").path.read_bytes()))
    assert "Sam Taylor, Clinical specialist (registration PH123)" in text and "Riverside Physio" in text
    assert "Old Setting" not in text and "Amir Khan" not in text
    latest = store.db.execute("SELECT action, therapist FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(latest) == ("plan-print", "Sam Taylor")
    # None recorded: with two profiles nobody is guessed; once one is retired, the clinic's only therapist.
    unrecorded = service.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4),
                                   items=(item(library, "walking"),)))
    data = json.loads(service.export_json(unrecorded, tmp_path / "plan.json").read_text("utf-8"))
    assert Therapist(**data["therapist"]) == Therapist()   # no one named
    settings.retire_therapist(sam.id)
    data = json.loads(service.export_json(unrecorded, tmp_path / "plan.json").read_text("utf-8"))
    assert data["therapist"]["name"] == "Amir Khan"
    text = flat(all_text(service.write_pdf(unrecorded, tmp_path / "plan.pdf").path.read_bytes()))
    assert "Amir Khan, Physiotherapist (registration PH555)" in text
    # A plan that recorded a therapist since retired still names them.
    data = json.loads(service.export_json(recorded, tmp_path / "plan.json").read_text("utf-8"))
    assert data["therapist"]["name"] == "Sam Taylor"

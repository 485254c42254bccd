"""The app's library: shipped plus the clinic's own exercises, their rules, bundles and printing."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.core.dosage import Dosage
from planner.core.errors import PlannerError, ValidationError
from planner.core.plan import Plan, PlanItem
from planner.library.bundle import IMPORTED, REFUSED, SKIPPED
from planner.services.library import LibraryService
from planner.services.printing import build_printable, render_pdf
from planner.services.workspace import Workspace


@pytest.fixture
def service(workspace: Workspace) -> LibraryService:
    return workspace.exercise_library


def _wall_press(service: LibraryService) -> dict:
    record = service.copy_record("wall-push-up")
    record.update(name="Wall press with a pause", id=service.new_id("Wall press with a pause"))
    record["instructions"] = ["Stand facing a wall.", "Put your hands on it at shoulder height.",
                              "Bend your elbows, pause for 3 seconds, then push back."]
    return record


def test_a_copy_gets_a_free_clinic_id_and_remembers_where_it_came_from(service: LibraryService) -> None:
    source = service.library.get("thoracic-rotation-sitting")
    record = service.copy_record(source.id)
    assert record["id"] == "clinic-seated-upper-back-twist" and record["name"] == "Seated upper-back twist (clinic)"
    assert record["based_on"] == source.id and record["figure"] == source.figure
    record["figure"]["start"]["joints"]["elbow"] = 10   # a deep copy: editing it changes nothing shipped
    assert source.figure["start"]["joints"]["elbow"] == 130


def test_created_exercises_join_the_live_library_and_survive_a_restart(tmp_path: Path, workspace: Workspace) -> None:
    library = workspace.library          # held by a page before the edit
    shipped = len(library)
    exercise = workspace.exercise_library.create(_wall_press(workspace.exercise_library))
    assert exercise.id == "clinic-wall-press-with-a-pause" and exercise.origin == "custom"
    assert exercise.based_on == "wall-push-up"
    assert len(library) == shipped + 1 and library.get(exercise.id) == exercise
    names = [e.name for e in library.exercises.values()]
    assert names == sorted(names, key=str.casefold)
    row = workspace.store.db.execute("SELECT data, based_on FROM custom_exercises").fetchone()
    assert json.loads(row[0])["name"] == "Wall press with a pause" and "based_on" not in json.loads(row[0])
    assert row[1] == "wall-push-up"
    workspace.close()

    reopened = Workspace(tmp_path / "data")
    try:
        again = reopened.library.get(exercise.id)
        assert again == exercise
    finally:
        reopened.close()


def test_create_refuses_a_taken_id_and_bad_fields_with_every_problem(service: LibraryService) -> None:
    record = _wall_press(service)
    service.create(record)
    with pytest.raises(ValidationError) as taken:
        service.create(record)
    assert [str(p) for p in taken.value.problems] == [
        "id: 'clinic-wall-press-with-a-pause' is already used by “Wall press with a pause”"]
    with pytest.raises(ValidationError) as shipped:
        service.create({**record, "id": "bridge"})
    assert str(shipped.value.problems[0]) == "id: 'bridge' is already used by “Bridge”"
    with pytest.raises(ValidationError) as bad:
        service.create({**record, "id": "clinic-other", "name": "", "level": 5, "harder": ["ghost"]})
    assert {str(p) for p in bad.value.problems} == {
        "name: must not be empty", "level: 5 must be a whole number from 1 to 4",
        "harder[0]: 'ghost' is not an exercise in the library"}


def test_update_changes_only_clinic_exercises(service: LibraryService) -> None:
    exercise = service.create(_wall_press(service))
    record = service.record(exercise.id)
    record["level"] = 3
    assert service.update(record).level == 3
    assert service.library.get(exercise.id).level == 3
    with pytest.raises(PlannerError, match="only the clinic's own exercises can be changed"):
        service.update(service.record("bridge"))


def test_delete_is_refused_while_a_plan_or_a_link_needs_the_exercise(workspace: Workspace,
                                                                    service: LibraryService) -> None:
    exercise = service.create(_wall_press(service))
    harder = service.copy_record("bridge")
    harder["easier"] = [exercise.id]
    linked = service.create(harder)
    assert "is the easier or harder step of Bridge (clinic)" in service.delete_problem(exercise.id)
    service.delete(linked.id)
    patient = workspace.patients.add("Ana Ñúñez")
    workspace.plans.save(Plan(patient_id=patient.id, plan_date=date(2026, 11, 25),
                              items=(PlanItem(exercise.id, Dosage(reps=5), None),)))
    with pytest.raises(PlannerError) as refused:
        service.delete(exercise.id)
    assert str(refused.value) == ("“Wall press with a pause” is in saved plans of Ana Ñúñez (version 1); "
                                  "it is kept so those plans still print.")
    assert service.delete_problem("bridge").startswith("Only the clinic's own exercises can be deleted")
    workspace.store.db.execute("DELETE FROM plans")
    service.delete(exercise.id)
    assert service.library.get(exercise.id) is None and service.custom_exercises() == []


def test_a_stored_record_that_no_longer_validates_is_left_out_and_reported(workspace: Workspace) -> None:
    workspace.store.custom_exercises.add({"id": "clinic-old", "name": "Old", "level": 9})
    service = LibraryService(workspace.store)
    assert service.library.get("clinic-old") is None
    messages = [str(p) for p in service.custom_problems]
    assert "clinic exercise clinic-old: level: 9 must be a whole number from 1 to 4" in messages


def test_bundle_export_then_import_into_another_clinic(tmp_path: Path, service: LibraryService) -> None:
    first = service.create(_wall_press(service))
    second_record = service.copy_record("bridge")
    second_record["harder"] = [first.id]
    second = service.create(second_record)
    out = tmp_path / "shared.json"
    assert service.export_bundle([second.id, first.id], out) == 2
    with pytest.raises(ValidationError, match="'bridge' is not one of the clinic's exercises"):
        service.export_bundle(["bridge"], tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()

    other = Workspace(tmp_path / "other")
    try:
        outcomes = other.exercise_library.import_bundle(out)
        assert [(o.id, o.status) for o in outcomes] == [(second.id, IMPORTED), (first.id, IMPORTED)]
        assert other.library.get(second.id) == second and other.library.get(first.id) == first
        again = other.exercise_library.import_bundle(out)
        assert {o.status for o in again} == {SKIPPED}
    finally:
        other.close()


def test_an_import_with_refusals_stores_only_the_valid_exercises(tmp_path: Path, service: LibraryService) -> None:
    good = _wall_press(service)
    bad = {**service.copy_record("bridge"), "dosage": {"sets": 20}}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps({"schema": "planner.exercise-bundle/1", "exercises": [good, bad]}), encoding="utf-8")
    outcomes = service.import_bundle(path)
    assert [o.status for o in outcomes] == [IMPORTED, REFUSED]
    assert outcomes[1].reasons == ("dosage.sets: 20 is outside 1 to 10",
                                   "dosage: needs reps, a hold in seconds or a duration in minutes")
    assert [e.id for e in service.custom_exercises()] == [good["id"]]
    with pytest.raises(PlannerError, match="cannot be read"):
        service.import_bundle(tmp_path / "missing.json")


def test_a_clinic_exercise_prints_in_the_plan_pdf(service: LibraryService) -> None:
    exercise = service.create(_wall_press(service))
    printable = build_printable("Ana Ñúñez", date(2026, 11, 25),
                                [PlanItem(exercise.id, exercise.dosage, exercise.flare_dosage)], service.library)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(render_pdf(printable))).pages)
    assert "Wall press with a pause" in text
    assert "pause for 3 seconds" in text


def test_a_restore_brings_back_the_clinic_exercises_of_the_backup(tmp_path: Path, workspace: Workspace) -> None:
    service = workspace.exercise_library
    kept = service.create(_wall_press(service))
    saved = workspace.backups.back_up_to(tmp_path / "saved.sqlite3")
    service.delete(kept.id)
    assert workspace.library.get(kept.id) is None
    workspace.backups.restore(saved)
    assert workspace.library.get(kept.id) == kept
    assert [e.id for e in service.custom_exercises()] == [kept.id]

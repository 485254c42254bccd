"""The audit trail records sign-offs, corrections, printed plans and exports, with ids, not names."""

from __future__ import annotations

from pathlib import Path

from planner.core.printable import Therapist
from planner.services.settings import SettingsService
from planner.services.workspace import Workspace
from tests.services.conftest import add_full_record


def test_sign_off_and_correction_are_recorded_with_the_therapist_profile(workspace: Workspace) -> None:
    settings = SettingsService(workspace.store)
    settings.save_therapist(Therapist("Jo Bloggs"))
    sam = settings.save_therapist(Therapist("Sam Taylor", registration="PH123456"))
    settings.set_current_therapist(sam.id)
    record = add_full_record(workspace, "Ana Ñúñez-O'Brien", "", "note")
    first = workspace.assessments.history(record.patient.id)[0]
    correction = workspace.assessments.start_correction(first)
    correction = workspace.assessments.save_draft(correction, {**correction.data, "basdai": [1, 1, 1, 1, 1, 1]})
    workspace.assessments.sign(correction)
    entries = workspace.audit.entries(patient_id=record.patient.id)
    assert [(e.action, e.detail, e.therapist) for e in entries] == [
        ("correction", f"assessment {correction.id}", "Sam Taylor (PH123456)"),
        ("sign-off", f"assessment {first.id}", "Sam Taylor (PH123456)"),
    ]


def test_a_printed_plan_is_recorded(workspace: Workspace, tmp_path: Path) -> None:
    record = add_full_record(workspace, "Ana Ñúñez-O'Brien", "", "note")
    workspace.plans.write_pdf(record.plan, tmp_path / "plan.pdf")
    latest = workspace.audit.entries(limit=1)[0]
    assert (latest.action, latest.patient_id) == ("plan-print", record.patient.id)
    assert latest.detail == f"plan {record.plan.id} version 1 as PDF"


def test_the_clinics_only_therapist_is_named_when_none_is_chosen(workspace: Workspace) -> None:
    settings = SettingsService(workspace.store)
    sam = settings.save_therapist(Therapist("Sam Taylor"))
    workspace.audit.record("export", 1, "test")
    assert workspace.audit.entries()[0].therapist == "Sam Taylor"
    settings.save_therapist(Therapist("Jo Bloggs"))   # two profiles and none chosen: nobody is guessed
    workspace.audit.record("export", 1, "test")
    assert workspace.audit.entries()[0].therapist.startswith("account ")
    settings.set_current_therapist(sam.id)
    settings.retire_therapist(sam.id)                  # a retired profile is no longer the current one
    assert settings.current_therapist_id() is None


def test_without_a_profile_the_computer_account_is_named(workspace: Workspace) -> None:
    workspace.audit.record("export", 1, "test")
    assert workspace.audit.entries()[0].therapist.startswith("account ")


def test_a_plan_exported_as_json_is_recorded(workspace: Workspace, tmp_path: Path) -> None:
    record = add_full_record(workspace, "Ana Ñúñez-O'Brien", "", "note")
    workspace.plans.export_json(record.plan, tmp_path / "plan.json")
    latest = workspace.audit.entries(limit=1)[0]
    assert (latest.action, latest.patient_id, latest.detail) == (
        "export", record.patient.id, f"plan {record.plan.id} version 1 as plan JSON")

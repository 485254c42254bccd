"""A patient's data rights: the full export, and an erasure that leaves nothing of them behind."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from planner.core.errors import NotFoundError
from planner.services.workspace import Workspace
from tests.services.conftest import add_full_record

SECRET_NAME = "Zebedee Quuxley-Þórsdóttir"
SECRET_NUMBER = "QX77123"
SECRET_NOTE = "Lives at 12 Marmalade Row"


def _every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_export_holds_every_row_about_the_patient_and_only_theirs(workspace: Workspace, tmp_path: Path) -> None:
    record = add_full_record(workspace, SECRET_NAME, SECRET_NUMBER, SECRET_NOTE)
    add_full_record(workspace, "Other Person", "OP12345", "other note")
    out = workspace.privacy.export_patient(record.patient.id, tmp_path / "sar.json")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert document["schema"] == "planner.patient-export/1"
    tables = document["tables"]
    assert [p["name"] for p in tables["patients"]] == [SECRET_NAME]
    assert tables["patients"][0]["hospital_number"] == SECRET_NUMBER
    assert [a["id"] for a in tables["assessments"]] == [record.assessment_id]
    assert json.loads(tables["assessments"][0]["data"])["goals"] == [f"{SECRET_NOTE} goal"]
    assert [p["id"] for p in tables["plans"]] == [record.plan.id]
    assert [i["exercise_id"] for i in tables["plan_items"]] == ["thoracic-rotation-sitting", "bridge"]
    assert [e["action"] for e in tables["audit_log"]] == ["sign-off"]
    assert "Other Person" not in out.read_text(encoding="utf-8")
    assert [e.action for e in workspace.audit.entries(patient_id=record.patient.id)] == ["export", "sign-off"]


def test_export_of_an_unknown_patient_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="patient 42 does not exist"):
        workspace.privacy.export_patient(42, tmp_path / "sar.json")
    assert not (tmp_path / "sar.json").exists()


def test_erasure_leaves_no_trace_in_the_store_index_backups_or_printed_files(workspace: Workspace) -> None:
    record = add_full_record(workspace, SECRET_NAME, SECRET_NUMBER, SECRET_NOTE)
    other = add_full_record(workspace, "Other Person", "OP12345", "other note")
    # A full-text index over patients, as a later version might add (external content, with triggers).
    workspace.store.db["patients"].enable_fts(["name", "hospital_number", "notes"], create_triggers=True)
    printed = workspace.data_dir / "printed"
    printed.mkdir()
    (printed / f"plan-patient{record.patient.id}-v1.pdf").write_bytes(SECRET_NAME.encode())
    (printed / f"plan-patient{other.patient.id}-v1.pdf").write_bytes(b"other")
    workspace.backups.rolling_backup()
    assert SECRET_NAME.encode() in _every_byte(workspace.data_dir)

    report = workspace.privacy.erase_patient(record.patient.id)

    assert report.rows == {"patients": 1, "assessments": 1, "audit_log": 1, "plans": 1, "plan_items": 2}
    assert report.search_indexes == ("patients_fts",)
    assert (report.printed_files_deleted, report.backups_cleaned, report.backups_not_cleaned) == (1, 1, ())
    assert report.log_cleared
    everything = _every_byte(workspace.data_dir)
    for secret in (SECRET_NAME, SECRET_NUMBER, SECRET_NOTE, "Marmalade"):
        assert secret.encode("utf-8") not in everything, secret
    db = workspace.store.db
    assert list(db.query("SELECT rowid FROM patients_fts WHERE patients_fts MATCH 'zebedee'")) == []
    assert [p.name for p in workspace.patients.search()] == ["Other Person"]
    assert len(workspace.plans.history(other.patient.id)) == 1
    assert sorted(p.name for p in printed.iterdir()) == [f"plan-patient{other.patient.id}-v1.pdf"]


def test_erasure_is_audited_without_personal_data(workspace: Workspace) -> None:
    record = add_full_record(workspace, SECRET_NAME, SECRET_NUMBER, SECRET_NOTE)
    workspace.privacy.erase_patient(record.patient.id)
    entries = workspace.audit.entries()
    assert [(e.action, e.patient_id) for e in entries] == [("erase", None), ("sign-off", None)]
    erase, earlier = entries
    assert erase.detail.startswith(f"patient #{record.patient.id} erased: rows deleted patients 1, assessments 1")
    assert earlier.detail == f"[erased patient #{record.patient.id}] assessment {record.assessment_id}"
    trail = " ".join(f"{e.therapist} {e.detail}" for e in entries)
    for secret in (SECRET_NAME, SECRET_NUMBER, SECRET_NOTE):
        assert secret not in trail


def test_erasing_an_unknown_patient_changes_nothing(workspace: Workspace) -> None:
    add_full_record(workspace, "Other Person", "OP12345", "other note")
    with pytest.raises(NotFoundError):
        workspace.privacy.erase_patient(999)
    assert workspace.patients_count() == 1
    assert [e.action for e in workspace.audit.entries()] == ["sign-off"]

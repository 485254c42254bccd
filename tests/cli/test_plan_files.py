"""`planner plan export|import`: a plan version to a planner.plan/1 file and back as a new version."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import planner.cli
from planner.core.assessment_record import AssessmentRecord
from planner.core.dosage import Dosage
from planner.core.plan import Plan, PlanItem
from planner.services.workspace import Workspace


@pytest.fixture(autouse=True)
def plan_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner.cli, "COMMAND_MODULES", ("planner.cli.plan",))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    ws = Workspace(folder)
    try:
        first = ws.patients.add("Ana Ñúñez-O'Brien")
        ws.patients.add("Hip patient")
        record = ws.assessments.save_draft(AssessmentRecord(patient_id=2, assessed_on=date(2026, 5, 4)),
                                           {"conditions": ["hip_replacement"], "red_flags_screened": True})
        ws.assessments.sign(record)
        ws.plans.save(Plan(patient_id=first.id, plan_date=date(2026, 5, 4), goals=("Walk the dog",),
                           items=(PlanItem("walking", Dosage(duration_minutes=20.0, days_per_week=5), goals=(0,)),
                                  PlanItem("clam", Dosage(sets=2, reps=10, days_per_week=3)))))
    finally:
        ws.close()
    return folder


def test_export_then_import_as_a_new_version(capsys, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    assert planner.cli.main(["--data-dir", str(data_dir), "plan", "export", "1", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    document = json.loads(out.read_text("utf-8"))
    assert document["patient"] == {"name": "Ana Ñúñez-O'Brien"}
    assert [i["exercise"] for i in document["items"]] == ["walking", "clam"]
    assert planner.cli.main(["--data-dir", str(data_dir), "plan", "import", str(out), "--patient", "1"]) == 0
    assert capsys.readouterr().out == "Saved as plan version 2 for Ana Ñúñez-O'Brien\n"


def test_importing_a_cautioned_exercise_without_a_reason_is_refused(capsys, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    planner.cli.main(["--data-dir", str(data_dir), "plan", "export", "1", "--out", str(out)])
    capsys.readouterr()
    assert planner.cli.main(["--data-dir", str(data_dir), "plan", "import", str(out), "--patient", "2"]) == 2
    assert capsys.readouterr().err == ("items[1].override_reason: Clam (side-lying knee opening) has a caution "
                                       "for hip replacement: record why it is kept\n")
    document = json.loads(out.read_text("utf-8"))
    document["items"][1]["override_reason"] = "Surgeon agrees, pillow between the knees"
    out.write_text(json.dumps(document), "utf-8")
    assert planner.cli.main(["--data-dir", str(data_dir), "plan", "import", str(out), "--patient", "2"]) == 0


@pytest.mark.parametrize(("argv", "message"), [
    (["plan", "export", "1", "--version", "7", "--out", "x.json"],
     "planner: patient 1 has no plan version 7 (versions 1 to 1)\n"),
    (["plan", "export", "2", "--out", "x.json"], "planner: patient 2 has no plan yet\n"),
    (["plan", "export", "9", "--out", "x.json"], "planner: patient 9 does not exist\n"),
])
def test_bad_requests_are_one_line(capsys, data_dir: Path, argv: list[str], message: str) -> None:
    assert planner.cli.main(["--data-dir", str(data_dir), *argv]) == 2
    assert capsys.readouterr().err == message

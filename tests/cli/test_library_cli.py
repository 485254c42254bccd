"""`planner library list|export|import` with the clinic's own exercises, and no store made by a listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner import paths
from planner.cli import main
from planner.services.workspace import Workspace


def _make_custom(name: str) -> str:
    workspace = Workspace()
    try:
        service = workspace.exercise_library
        record = service.copy_record("bridge")
        record.update(name=name, id=service.new_id(name))
        return service.create(record).id
    finally:
        workspace.close()


def test_list_shows_shipped_exercises_without_making_a_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "list", "--search", "bridge"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("bridge\tBridge\tstrength")
    assert not paths.database_path(paths.data_dir()).exists()


def test_list_includes_the_clinic_exercises_when_there_is_a_store(capsys: pytest.CaptureFixture[str]) -> None:
    exercise_id = _make_custom("Hip lift with a hold")
    assert main(["library", "list", "--json", "--category", "strength"]) == 0
    records = json.loads(capsys.readouterr().out)
    mine = next(r for r in records if r["id"] == exercise_id)
    assert mine["name"] == "Hip lift with a hold" and mine["origin"] == "custom"
    assert any(r["id"] == "bridge" and r["origin"] == "shipped" for r in records)


def test_export_then_import_elsewhere_with_a_report_per_exercise(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["library", "export", "--out", str(tmp_path / "none.json")]) == 2
    assert capsys.readouterr().err == "planner: the clinic has no exercises of its own to export\n"
    first, second = _make_custom("Hip lift A"), _make_custom("Hip lift B")
    out = tmp_path / "bundle.json"
    assert main(["library", "export", "--out", str(out), first]) == 0
    assert capsys.readouterr().out == f"1 exercise written to {out.resolve()}\n"
    assert main(["library", "export", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"2 exercises written to {out.resolve()}\n"
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))["exercises"]] == [first, second]

    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "other-clinic"))
    assert main(["library", "import", str(out)]) == 0
    assert capsys.readouterr().out == (f"imported: Hip lift A ({first})\nimported: Hip lift B ({second})\n"
                                       "2 imported, 0 refused, 0 skipped\n")
    assert main(["library", "import", str(out)]) == 0
    assert capsys.readouterr().out.endswith("0 imported, 0 refused, 2 skipped\n")

    document = json.loads(out.read_text(encoding="utf-8"))
    document["exercises"][0]["id"] = "clinic-new"
    document["exercises"][0]["level"] = 0
    out.write_text(json.dumps(document), encoding="utf-8")
    assert main(["library", "import", str(out)]) == 1
    assert capsys.readouterr().out == ("refused: Hip lift A (clinic-new)\n"
                                       "    level: 0 must be a whole number from 1 to 4\n"
                                       f"skipped: Hip lift B ({second})\n"
                                       "    an exercise with this id is already in the library; it was kept as it is\n"
                                       "0 imported, 1 refused, 1 skipped\n")


def test_import_of_a_file_that_is_not_a_bundle_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"schema": "planner.plan/1"}', encoding="utf-8")
    assert main(["library", "import", str(path)]) == 2
    assert capsys.readouterr().err == f"{path}: schema: 'planner.plan/1' is not 'planner.exercise-bundle/1'\n"

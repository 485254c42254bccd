"""`planner backup`, `restore`, `export-patient`, `erase-patient` and `audit` on a real store."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from planner import paths
from planner.cli import main
from planner.services.workspace import Workspace


@pytest.fixture
def data_dir() -> Path:
    return Path(os.environ["PLANNER_DATA_DIR"])   # a fresh folder per test (tests/conftest.py)


def _add(name: str) -> int:
    workspace = Workspace()
    try:
        return workspace.patients.add(name).id
    finally:
        workspace.close()


def _names(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return [row[0] for row in conn.execute("SELECT name FROM patients ORDER BY id")]
    finally:
        conn.close()


def test_backup_then_restore_round_trip(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add("In The Backup")
    out = tmp_path / "clinic.sqlite3"
    assert main(["backup", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out.resolve()}\n"
    _add("Added Later")
    assert main(["restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"restored {out}; the previous data is kept in {data_dir / 'backups'}")
    assert _names(data_dir) == ["In The Backup"]
    assert main(["audit"]) == 0
    assert " restore " in capsys.readouterr().out


def test_backup_without_out_adds_a_rolling_backup(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add("Someone")
    assert main(["backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == data_dir / "backups" and written.name.startswith("planner-")


def test_restore_refuses_a_file_that_is_not_a_planner_database(data_dir: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _add("Kept Safe")
    plan = tmp_path / "plan.json"
    plan.write_text('{"schema": "planner.plan/1"}')
    assert main(["restore", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err == (f"planner: {plan} is not a Planner database or backup (file is not a database). "
                   "Nothing was restored\n")
    assert _names(data_dir) == ["Kept Safe"]


def test_export_patient_writes_private_json(data_dir: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    patient_id = _add("Ana Ñúñez-O'Brien")
    out = tmp_path / "sar.json"
    assert main(["export-patient", str(patient_id), "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["tables"]["patients"][0]["name"] == "Ana Ñúñez-O'Brien"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize(("argv", "message"), [
    (["export-patient", "7", "--out", "x.json"], "planner: patient 7 does not exist\n"),
    (["erase-patient", "1"], "planner: erasing a patient cannot be undone; add --yes to confirm\n"),
    (["erase-patient", "7", "--yes"], "planner: patient 7 does not exist\n"),
])
def test_bad_patient_commands_say_why_with_exit_2(argv: list[str], message: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _add("Someone")
    assert main(argv) == 2
    assert capsys.readouterr().err == message
    assert not (tmp_path / "x.json").exists()
    assert main(["audit", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_patient_id_that_is_not_a_number_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export-patient", "seven", "--out", "x.json"])
    assert raised.value.code == 2
    assert capsys.readouterr().err.startswith("planner: argument ID: invalid int value: 'seven'")


def test_erase_patient_removes_them(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    erased = _add("Zebedee Quux")
    _add("Stays")
    assert main(["erase-patient", str(erased), "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"patient {erased} erased: patients 1, assessments 0")
    assert "Zebedee" not in out
    assert _names(data_dir) == ["Stays"]
    assert main(["audit", "--json"]) == 0
    trail = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["patient_id"]) for e in trail] == [("erase", None)]

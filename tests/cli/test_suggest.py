"""`planner suggest FILE|-`: suggested and excluded exercises as JSON, or one line per bad field, exit 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import planner.cli

PATIENTS = Path(__file__).resolve().parents[1] / "fixtures" / "patients"


@pytest.fixture(autouse=True)
def suggest_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner.cli, "COMMAND_MODULES", ("planner.cli.suggest",))


@pytest.mark.parametrize("name", sorted(p.stem for p in PATIENTS.glob("*.json")))
def test_every_example_patient_gets_a_plan(capsys, name: str) -> None:
    assert planner.cli.main(["suggest", str(PATIENTS / f"{name}.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 6 <= len(data["suggested"]) <= 10
    for entry in data["suggested"]:
        assert entry["id"] and entry["reason"] and entry["dosage"]["sets"] >= 1
    for entry in data["excluded"]:
        assert entry["id"] and entry["reason"]


def test_newly_diagnosed_option(capsys) -> None:
    assert planner.cli.main(["suggest", "--newly-diagnosed", str(PATIENTS / "newly-diagnosed.json")]) == 0
    assert any(w.startswith("R15:") for w in json.loads(capsys.readouterr().out)["warnings"])


def test_standard_input_and_a_flare(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"flare": True, "conditions": ["osteoporosis"]})))
    assert planner.cli.main(["suggest", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["flare"] is True
    assert all(e["flare_dosage"] == e["dosage"] for e in data["suggested"])


def test_bad_input_exits_2_with_one_line_per_field(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(
        {"basdai": [1, 2, 3], "chest_expansion_cm": -1, "conditions": ["gout"]})))
    assert planner.cli.main(["suggest", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "basdai: needs 6 answers, got 3",
        "conditions[0]: 'gout' is not a known condition (allowed: osteoporosis, spinal-fusion, cervical-fusion, "
        "hip-replacement, uveitis, psoriasis, ibd, pregnancy, balance-impaired, high-fall-risk, cardiovascular, "
        "shoulder-impingement, knee-pain, wrist-pain, enthesitis-achilles, enthesitis-plantar, kyphosis-severe "
        "('_' or '-'))",
        "chest_expansion_cm: -1 is outside 0 to 20",
    ]


def test_a_missing_file_is_one_line(capsys) -> None:
    assert planner.cli.main(["suggest", "no-such.json"]) == 2
    assert capsys.readouterr().err == "planner: no-such.json: no such file\n"

"""`planner score FILE|-`: the scores JSON on stdout, or one line per bad field on stderr with exit 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import planner.cli

ASSESSMENT = {
    "schema": "planner.assessment/1",
    "basdai": [2, 10, 7, 1, 9, 3],
    "basfi": [0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    "basmi": {"tragus_to_wall_cm": 15, "lumbar_side_flexion_cm": [9, 11], "modified_schober_cm": 4,
              "intermalleolar_cm": 100, "cervical_rotation_deg": 70},
    "patient_global": 3, "crp_mg_l": 1.0, "esr_mm_h": 4,
    "ibp": {"onset_before_40": True, "insidious_onset": False, "improves_with_exercise": True,
            "no_improvement_with_rest": True, "night_pain": False},
    "red_flags": ["new_spinal_pain_after_trauma"],
    "conditions": ["cervical_fusion"],
}


@pytest.fixture(autouse=True)
def score_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # The gui and demo commands belong to other branches; this test needs only `score`.
    monkeypatch.setattr(planner.cli, "COMMAND_MODULES", ("planner.cli.score",))


def run_with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    return planner.cli.main(["score", "-"])


def assert_expected_scores(scores: dict) -> None:
    assert scores["basdai"] == pytest.approx(5.2, abs=1e-9)          # (2+10+7+1 + (9+3)/2) / 5
    assert scores["basfi"] == pytest.approx(0.1, abs=1e-9)           # 1 / 10
    # 7/3 + 37/7 (mean of 9 and 11 = 10) + 34/7 + 2.45 + 193/85 = 30696.25/1785; /5 = 24557/7140
    assert scores["basmi"] == pytest.approx(24557 / 7140, abs=1e-9)
    assert scores["basmi_3point"] == 5
    # BP 10, MS 3, PG 3, PP 7; CRP 1 → 2: 1.21 + 0.174 + 0.33 + 0.511 = 2.225;
    # + 0.579 ln 3 = 0.6360965151388355
    assert scores["asdas_crp"] == pytest.approx(2.8610965151388355, abs=1e-9)
    assert scores["asdas_crp_state"] == "high"
    # 0.79 + 0.207 + 0.339 + 0.602 = 1.938; + 0.293 × 2 = 0.586 → 2.524
    assert scores["asdas_esr"] == pytest.approx(2.524, abs=1e-9)
    assert scores["asdas_esr_state"] == "high"
    assert scores["ibp_asas"]["met"] is False and scores["ibp_asas"]["count"] == 3
    assert [u["id"] for u in scores["urgent"]] == ["new_spinal_pain_after_trauma"]
    assert scores["urgent"][0]["action"].startswith("Same-day emergency assessment")


def test_score_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(ASSESSMENT), encoding="utf-8")
    assert planner.cli.main(["score", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert_expected_scores(json.loads(out))


def test_score_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_with_stdin(monkeypatch, json.dumps(ASSESSMENT)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    scores = json.loads(out)
    assert {"basdai", "basfi", "basmi", "basmi_3point", "asdas_crp", "asdas_crp_state", "asdas_esr",
            "asdas_esr_state", "ibp_asas", "urgent"} <= scores.keys()
    assert_expected_scores(scores)


@pytest.mark.parametrize(("document", "lines"), [
    ({"basdai": [1, 2, 3, 4, 5]}, ["basdai: needs 6 answers, got 5"]),
    ({"basdai": [1, 2, 11, 4, 5, 6]}, ["basdai[2]: 11 is outside 0 to 10"]),
    ({"conditions": ["cervical_fusion", "flying"]},
     ["conditions[1]: 'flying' is not a known condition (allowed: osteoporosis, spinal-fusion, "
      "cervical-fusion, hip-replacement, uveitis, psoriasis, ibd, pregnancy, balance-impaired, "
      "high-fall-risk, cardiovascular, shoulder-impingement, knee-pain, wrist-pain, enthesitis-achilles, "
      "enthesitis-plantar, kyphosis-severe ('_' or '-'))"]),
    ({"basdai_total": 5},
     ["basdai_total: unknown field (allowed: schema, basdai, basfi, basmi, patient_global, bas_g, crp_mg_l, "
      "esr_mm_h, ibp, red_flags, flare, conditions, entheses, chest_expansion_cm, morning_stiffness_minutes, "
      "fatigue, goals)"]),
    ({"basdai": [1, 2, 3, 4, 5], "basfi": [11] + [0] * 9, "crp_mg_l": -1, "oops": 1},
     ["oops: unknown field", "basdai: needs 6 answers, got 5", "basfi[0]: 11 is outside 0 to 10",
      "crp_mg_l: -1 is outside 0 to 1000"]),
])
def test_bad_input_one_line_per_field(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                      document: dict, lines: list[str]) -> None:
    assert run_with_stdin(monkeypatch, json.dumps(document)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    printed = err.splitlines()
    assert len(printed) == len(lines)
    for line, expected in zip(printed, lines, strict=True):
        assert line.startswith(expected)


def test_not_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_with_stdin(monkeypatch, '{"basdai": [1, 2,') == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "planner: standard input:1: not valid JSON (Expecting value)\n"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.json"
    assert planner.cli.main(["score", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"planner: {missing}: no such file\n"

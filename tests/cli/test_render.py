"""`planner render PLAN.json --out FILE.pdf` and the demo in both print sizes: contract behaviour and refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from tests.report.pdf_facts import all_text, drawn_text_sizes, flat, reader

ROOT = Path(__file__).resolve().parents[2]
PLAN = {
    "schema": "planner.plan/1",
    "patient": {"name": "Ana Ñúñez-O'Brien"},
    "therapist": {"name": "Sam Taylor", "role": "Physiotherapist", "contact": "01632 960 123"},
    "clinic": {"name": "Riverside", "phone": "01632 960 123", "address": "1 River Lane"},
    "date": "2026-11-25", "review_date": "2027-01-06", "goals": ["Walk the dog for 30 minutes"],
    "items": [{"exercise": "thoracic-rotation-sitting",
               "dosage": {"sets": 2, "reps": 10, "hold_seconds": 5, "rest_seconds": 30,
                          "sessions_per_day": 1, "days_per_week": 7},
               "flare_dosage": {"sets": 1, "reps": 5, "hold_seconds": 3}, "note": "Mornings are best."}],
    "options": {"large_print": False, "paper": "a4", "tracking_weeks": 6},
}


def plan_file(folder: Path, **changes: object) -> Path:
    path = folder / "plan.json"
    path.write_text(json.dumps({**PLAN, **changes}), encoding="utf-8")
    return path


def test_render_writes_the_pdf_and_prints_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    assert main(["render", str(plan_file(tmp_path)), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out.resolve()}\n"
    text = flat(all_text(out.read_bytes()))
    assert "For Ana Ñúñez-O'Brien" in text and "Seated upper-back twist" in text
    assert "2 sets of 10. Hold each one for 5 seconds." in text
    assert "Note from Sam Taylor: Mornings are best." in text


def test_render_large_print_on_letter(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["render", str(plan_file(tmp_path)), "--out", str(out), "--large-print", "--paper", "letter"]) == 0
    data = out.read_bytes()
    assert min(size for sizes in drawn_text_sizes(data).values() for size in sizes) == 16.0
    page = reader(data).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)


def test_an_unknown_exercise_exits_2_naming_it_and_writes_nothing(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    items = [*PLAN["items"], {"exercise": "moon-walk", "dosage": {"reps": 5}}]
    out = tmp_path / "out.pdf"
    assert main(["render", str(plan_file(tmp_path, items=items)), "--out", str(out)]) == 2
    assert capsys.readouterr().err == "items[1].exercise: 'moon-walk' is not an exercise in the library\n"
    assert not out.exists()


def test_bad_fields_exit_2_with_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = plan_file(tmp_path, date="tomorrow", options={"paper": "a5"})
    assert main(["render", str(path), "--out", str(tmp_path / "out.pdf")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: date: must be a date written YYYY-MM-DD, e.g. 2026-11-25",
        f"{path}: options.paper: must be one of: a4, letter",
    ]
    assert not (tmp_path / "out.pdf").exists()


def test_a_missing_plan_file_or_out_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "none.json"), "--out", str(tmp_path / "out.pdf")]) == 2
    assert capsys.readouterr().err == f"planner: {tmp_path / 'none.json'}: no such file\n"
    with pytest.raises(SystemExit) as exit_info:
        main(["render", str(tmp_path / "none.json")])
    assert exit_info.value.code == 2


def test_a_missing_logo_prints_the_plan_and_warns_on_stderr(tmp_path: Path) -> None:
    clinic = {**PLAN["clinic"], "logo": "missing-logo.png"}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "planner", "render", str(plan_file(tmp_path, clinic=clinic)),
                           "--out", str(tmp_path / "out.pdf")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0
    assert done.stderr == (f"planner: The clinic logo {tmp_path / 'missing-logo.png'} was not found."
                           " The plan was printed without it.\n")
    assert (tmp_path / "out.pdf").exists()


def test_the_demo_in_large_print(tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    assert main(["demo", "--out", str(out), "--large-print"]) == 0
    assert min(size for sizes in drawn_text_sizes(out.read_bytes()).values() for size in sizes) == 16.0

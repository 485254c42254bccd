"""The loader reads every file and reports every problem at once, with file and line."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from planner.library.loader import load_library

SHIPPED_EXAMPLE = Path(__file__).resolve().parents[2] / "exercises" / "thoracic-rotation-sitting.toml"


def _write_valid(folder: Path, exercise_id: str, harder: str = "") -> Path:
    text = SHIPPED_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('id = "thoracic-rotation-sitting"', f'id = "{exercise_id}"')
    text = text.replace('harder = ["thoracic-rotation-sitting-stick", "open-book-side-lying"]',
                        f'harder = [{harder}]')
    path = folder / f"{exercise_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    _write_valid(tmp_path, "seated-twist", harder='"standing-twist"')
    _write_valid(tmp_path, "standing-twist")
    return tmp_path


def test_valid_files_load_with_no_problems(library_dir: Path) -> None:
    report = load_library(library_dir)
    assert report.problems == ()
    assert report.files == 2
    assert list(report.library.exercises) == ["seated-twist", "standing-twist"]
    twist = report.library.exercises["seated-twist"]
    assert twist.dosage.reps == 10 and twist.dosage.hold_seconds == 3 and twist.dosage.sessions_per_day == 2
    assert twist.flare_dosage is not None and twist.flare_dosage.reps == 6
    assert twist.harder == ("standing-twist",)
    assert twist.easier_tip.startswith("Make the turn smaller")


def test_every_problem_in_every_file_is_reported_with_its_line(library_dir: Path) -> None:
    (library_dir / "broken-syntax.toml").write_text('id = "broken-syntax"\nname = "x\n', encoding="utf-8")
    bad = _write_valid(library_dir, "bad-values")
    text = bad.read_text(encoding="utf-8")
    text = text.replace('category = "mobility"', 'category = "yoga"')
    text = text.replace("level = 1", "level = 7")
    text = text.replace("reps = 10", "reps = 0")
    text = text.replace('timed = false', 'timed = false\ncolour = "red"')
    text = text.replace('harder = []', 'harder = ["no-such-exercise"]')
    bad.write_text(text, encoding="utf-8")
    lines = text.splitlines()

    report = load_library(library_dir)
    messages = [str(p) for p in report.problems]
    syntax = next(m for m in messages if "broken-syntax.toml" in m)
    assert "broken-syntax.toml:2: TOML syntax error" in syntax

    def line(fragment: str) -> int:
        return next(i for i, text_line in enumerate(lines, 1) if text_line.startswith(fragment))

    expected = {
        f"bad-values.toml:{line('category')}: category: 'yoga' is not one of",
        f"bad-values.toml:{line('level')}: level: 7 must be a whole number from 1 to 4",
        f"bad-values.toml:{line('reps = 0')}: dosage.reps: 0 is outside 1 to 100",
        f"bad-values.toml:{line('colour')}: colour: unknown key",
    }
    for fragment in expected:
        assert any(fragment in m for m in messages), (fragment, messages)
    # The bad file is refused as a whole; the good ones still load.
    assert set(report.library.exercises) == {"seated-twist", "standing-twist"}


def test_missing_keys_duplicates_and_dangling_links(library_dir: Path) -> None:
    shutil.copy(library_dir / "standing-twist.toml", library_dir / "copy.toml")
    (library_dir / "empty.toml").write_text('id = "empty"\n', encoding="utf-8")
    _write_valid(library_dir, "lonely", harder='"nowhere"')
    report = load_library(library_dir)
    messages = [str(p) for p in report.problems]
    assert any("copy.toml:1: id: 'standing-twist' must match the file name 'copy'" in m for m in messages)
    assert any("standing-twist.toml:1: id: 'standing-twist' is also used by" in m and "copy.toml" in m
               for m in messages)
    assert any("empty.toml: name: is missing" in m for m in messages)
    assert any("empty.toml: dosage: is missing" in m for m in messages)
    assert any("lonely.toml:27: harder[0]: 'nowhere' is not an exercise in the library" in m for m in messages)


def test_templates_are_checked_against_the_library(library_dir: Path) -> None:
    templates = library_dir / "templates"
    templates.mkdir()
    (templates / "twists.toml").write_text(
        'id = "twists"\nname = "Twists"\nrationale = "Turning."\n'
        '[[items]]\nexercise = "seated-twist"\n'
        '[[items]]\nexercise = "ghost"\n'
        '[items.dosage]\nsets = 0\nreps = 5\n',
        encoding="utf-8",
    )
    report = load_library(library_dir)
    messages = [str(p) for p in report.problems]
    assert any("twists.toml:9: items[1].dosage.sets: 0 is outside 1 to 10" in m for m in messages), messages
    assert "twists" not in report.library.templates

    (templates / "twists.toml").write_text(
        'id = "twists"\nname = "Twists"\nrationale = "Turning."\n'
        '[[items]]\nexercise = "seated-twist"\n[[items]]\nexercise = "ghost"\n', encoding="utf-8")
    messages = [str(p) for p in load_library(library_dir).problems]
    assert any("twists.toml:7: items[1].exercise: 'ghost' is not an exercise in the library" in m
               for m in messages), messages


def test_the_shipped_library_has_no_problems_and_over_100_exercises() -> None:
    report = load_library(SHIPPED_EXAMPLE.parent)
    assert [str(p) for p in report.problems] == []
    assert report.files == len(report.library.exercises) >= 100
    assert len(report.library.templates) == 10
    categories = {e.category for e in report.library.exercises.values()}
    assert categories == {"mobility", "stretch", "strength", "posture", "breathing", "aerobic", "balance", "relaxation"}


def test_poses_out_of_joint_range_are_reported_with_their_line(tmp_path: Path) -> None:
    text = SHIPPED_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('harder = ["thoracic-rotation-sitting-stick", "open-book-side-lying"]', "harder = []")
    text = text.replace("upper_back_turn = 35", "upper_back_turn = 350")
    (tmp_path / "thoracic-rotation-sitting.toml").write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "upper_back_turn = 350" in row)
    messages = [str(p) for p in load_library(tmp_path).problems]
    assert messages == [f"{Path(os.path.relpath(tmp_path))}/thoracic-rotation-sitting.toml:{line}: "
                        "figure.end.joints.upper_back_turn: 350 is out of the joint's range: allowed -50 to 50 degrees"]


def test_every_exercise_needs_a_figure(tmp_path: Path) -> None:
    text = SHIPPED_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('harder = ["thoracic-rotation-sitting-stick", "open-book-side-lying"]', "harder = []")
    (tmp_path / "thoracic-rotation-sitting.toml").write_text(text[:text.index("[figure]")], encoding="utf-8")
    messages = [str(p) for p in load_library(tmp_path).problems]
    assert messages == [f"{Path(os.path.relpath(tmp_path))}/thoracic-rotation-sitting.toml: figure: is missing"]

"""Reading a [figure] table: a good one gives a spec, a bad one lists every problem with its field."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from planner.figures import (
    JOINTS_BY_NAME,
    PRESETS,
    PROPS,
    VIEWS,
    FigureSpec,
    build_scenes,
    joint_problems,
    parse_figure,
)

GOOD = {
    "view": "front",
    "props": ["chair"],
    "start": {"preset": "sitting", "joints": {"elbow": 130}},
    "end": {"joints": {"upper_back_turn": 35, "neck_turn": 15}},
    "arrows": [{"turn": "upper_back"}],
}


def test_a_good_table_gives_a_spec_and_the_end_builds_on_the_start() -> None:
    spec, problems = parse_figure(GOOD)
    assert problems == []
    assert isinstance(spec, FigureSpec)
    assert spec.view == "front" and spec.props == ("chair",)
    assert spec.start.preset == "sitting" and spec.start.joints == {"elbow": 130.0}
    # The end has no preset of its own, so it is the start pose with its changes added.
    assert spec.end.preset == "sitting"
    assert spec.end.joints == {"elbow": 130.0, "upper_back_turn": 35.0, "neck_turn": 15.0}
    assert spec.arrows[0].turn == "upper_back" and spec.arrows[0].frame == "end"


def test_an_end_with_its_own_preset_starts_afresh() -> None:
    spec, _ = parse_figure({**GOOD, "end": {"preset": "standing"}, "arrows": []})
    assert spec is not None and spec.end.preset == "standing" and spec.end.joints == {}


def test_every_problem_is_reported_at_once_with_its_field() -> None:
    table = {
        "view": "sideways",
        "tilt": 120,
        "colour": "red",
        "props": ["chair", "trampoline", "chair"],
        "start": {"preset": "handstand", "joints": {"knee_left": 170, "elbow": "bent", "wrist": 10}},
        "end": {"joints": {"neck_turn": -95}},
        "arrows": [{"path": "hand_left", "turn": "head"}, {"path": "nose"}, {"turn": "head"}],
    }
    spec, problems = parse_figure(table, source="exercises/x.toml")
    assert spec is None
    by_field = {p.field: p.message for p in problems}
    assert by_field["figure.view"].startswith("'sideways' is not known; choose one of: side, front")
    assert by_field["figure.tilt"] == "120 is out of range: allowed 0 to 90"
    assert by_field["figure.colour"].startswith("unknown key; allowed: view, tilt")
    assert "'trampoline' is not known" in by_field["figure.props[1]"]
    assert by_field["figure.props[2]"] == "'chair' is listed twice"
    assert "'handstand' is not known" in by_field["figure.start.preset"]
    assert by_field["figure.start.joints.knee_left"] == "170 is out of the joint's range: allowed 0 to 155 degrees"
    assert by_field["figure.start.joints.elbow"] == "must be a number of degrees (0 to 150 degrees)"
    assert by_field["figure.start.joints.wrist"].startswith("unknown joint")
    assert by_field["figure.arrows[0]"].startswith("give exactly one of `path`")
    assert "'nose' is not known" in by_field["figure.arrows[1].path"]
    assert all(p.source == "exercises/x.toml" for p in problems)
    # The end is checked even though the start could not be read.
    assert by_field["figure.end.joints.neck_turn"] == "-95 is out of the joint's range: allowed -80 to 80 degrees"
    assert len(problems) == 12


def test_joint_changes_can_be_checked_alone_for_a_pose_editor() -> None:
    problems = joint_problems({"knee": 160, "elbow_left": 20, "tail": 3}, "pose")
    assert [(p.field, p.message) for p in problems] == [
        ("pose.knee", "160 is out of the joint's range: allowed 0 to 155 degrees"),
        ("pose.tail", "unknown joint; see planner/figures/README.md for the list"),
    ]


def test_side_less_joint_names_are_checked_against_the_range_of_both_sides() -> None:
    _, problems = parse_figure({**GOOD, "end": {"joints": {"knee": -5, "hip_out": 80}}, "arrows": []})
    assert [(p.field, p.message) for p in problems] == [
        ("figure.end.joints.knee", "-5 is out of the joint's range: allowed 0 to 155 degrees"),
        ("figure.end.joints.hip_out", "80 is out of the joint's range: allowed -30 to 70 degrees"),
    ]


def test_missing_figure_start_and_end_are_problems() -> None:
    assert [p.field for p in parse_figure(None)[1]] == ["figure"]
    assert [p.field for p in parse_figure({"view": "side"})[1]] == ["figure.start", "figure.end"]
    assert [p.field for p in parse_figure({"start": {}, "end": {}})[1]] == ["figure.start.preset"]


def test_a_turn_arrow_needs_a_turn_between_the_poses() -> None:
    table = {**GOOD, "end": {"joints": {"hip": 80}}, "arrows": [{"turn": "head"}]}
    _, problems = parse_figure(table)
    assert [(p.field, p.message) for p in problems] == [
        ("figure.arrows[0].turn", "the head does not turn between the start and end poses"),
    ]


def test_booleans_are_not_numbers_and_numbers_are_not_booleans() -> None:
    table = {**GOOD, "tilt": True, "mirror": 1, "arrows": [{"path": "head", "offset": False}]}
    fields = sorted(p.field for p in parse_figure(table)[1])
    assert fields == ["figure.arrows[0].offset", "figure.mirror", "figure.tilt"]


def test_the_readme_documents_every_name_a_writer_can_use() -> None:
    readme = (Path(__file__).parents[2] / "planner" / "figures" / "README.md").read_text(encoding="utf-8")
    for name in [*JOINTS_BY_NAME, *PRESETS, *PROPS, *VIEWS]:
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize("path", sorted((Path(__file__).parents[2] / "exercises").glob("*.toml")))
def test_every_figure_table_in_the_shipped_library_parses(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if "figure" in data:
        _, problems = parse_figure(data["figure"], source=str(path))
        assert problems == []


# Lying face down is a rest: nothing moves, so its figure needs no arrow.
STILL = {"prone-lying"}


@pytest.mark.parametrize("path", sorted((Path(__file__).parents[2] / "exercises").glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_figure_shows_a_change_in_one_frame(path: Path) -> None:
    spec, problems = parse_figure(tomllib.loads(path.read_text(encoding="utf-8"))["figure"], source=str(path))
    assert problems == []
    assert spec is not None and (bool(spec.arrows) or path.stem in STILL)
    start, end = build_scenes(spec)
    assert start.bounds == end.bounds and start.primitives != end.primitives

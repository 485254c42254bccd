"""Props for standing exercises (chairs held or squatted to, a step, Nordic poles) and the floor under a mat."""

from __future__ import annotations

import math

import pytest

from planner.figures import Polygon, build_scenes, furniture, held, parse_figure
from planner.figures.body import lowest_point
from planner.figures.build import _poses
from planner.figures.camera import Camera
from planner.figures.furniture import SEAT_HEIGHT
from planner.figures.props import STEP_HEIGHT
from planner.figures.skeleton import Skeleton
from planner.figures.solids import Capsule, Hull, Part
from planner.figures.stage import Stage, seat_height
from planner.figures.style import FLOOR, MAT

HOLDING_ON = {"shoulder": 25, "elbow": 25}  # hands forward at about 90 cm, as on the back of a chair


def _stage(**table) -> Stage:
    spec, problems = parse_figure(table)
    assert problems == [] and spec is not None
    (first, last), placer = _poses(spec)
    return Stage(placer.place(first), placer.place_end(last), placer.rest, Camera("side"))


def _corners(parts: list[Part]) -> list[tuple[float, float, float]]:
    return [p for part in parts for shape in part.shapes if isinstance(shape, Hull) for p in shape.points]


def test_a_chair_ahead_stands_in_front_with_its_backrest_under_the_hands() -> None:
    stage = _stage(start={"preset": "standing", "joints": HOLDING_ON}, end={"joints": {}})
    parts = furniture.chair_ahead(stage, stage.start)
    hand = stage.start.points["hand_right"]
    corners = _corners(parts)
    assert max(y for _, y, _ in corners) == pytest.approx(hand[1] - 2.5, abs=0.01)
    # The backrest is at the hands; the rest of the chair is further ahead, clear of the body.
    assert min(x for x, _, _ in corners) == pytest.approx(hand[0] - 1.75, abs=0.01)
    assert min(x for x, _, _ in corners) > stage.start.points["toes_right"][0]
    seat = parts[0].shapes[0]
    assert max(y for _, y, _ in seat.points) == pytest.approx(SEAT_HEIGHT, abs=0.01)


def test_a_chair_beside_stands_at_the_left_with_the_left_hand_on_its_backrest() -> None:
    stage = _stage(start={"preset": "standing", "joints": {"shoulder_left": 15}}, end={"joints": {}})
    hand = stage.start.points["hand_left"]
    corners = _corners(furniture.chair_beside(stage, stage.start))
    assert max(y for _, y, _ in corners) == pytest.approx(hand[1] - 2.5, abs=0.01)
    # Left of the figure (negative z), its near edge at the hand, centred on the hand front to back.
    assert max(z for _, _, z in corners) == pytest.approx(hand[2] + 1.5, abs=0.6)
    xs = [x for x, _, _ in corners]
    assert (min(xs) + max(xs)) / 2 == pytest.approx(hand[0], abs=1.0)


def test_a_squat_puts_the_chair_under_the_end_picture_and_a_sit_to_stand_under_the_start() -> None:
    squat = _stage(
        start={"preset": "standing"},
        end={"joints": {"body_tilt": 35, "hip": 100, "knee": 95}},
    )
    seat = furniture.chair(squat, squat.start)[0].shapes[0]
    assert max(y for _, y, _ in seat.points) == pytest.approx(seat_height(squat.end), abs=0.01)
    assert seat_height(squat.end) < 60
    sit_to_stand = _stage(start={"preset": "sitting"}, end={"preset": "standing"})
    seat = furniture.chair(sit_to_stand, sit_to_stand.start)[0].shapes[0]
    assert max(y for _, y, _ in seat.points) == pytest.approx(seat_height(sit_to_stand.start), abs=0.01)


def _sole(skeleton: Skeleton, side: str) -> float:
    return min(skeleton.points[f"heel_{side}"][1], skeleton.points[f"toes_{side}"][1])


def test_a_step_up_ends_standing_on_the_step_the_start_put_one_foot_on() -> None:
    stage = _stage(
        props=["step"],
        anchor="ankle_right",
        start={"preset": "standing", "joints": {"hip_right": 50, "knee_right": 70}},
        end={"joints": {"hip_right": 0, "knee_right": 0}},
    )
    (step,) = furniture.step(stage, stage.start)
    top = max(y for _, y, _ in step.shapes[0].points)
    assert lowest_point(stage.start) == pytest.approx(0.0, abs=1e-6)  # the left foot is on the floor
    assert _sole(stage.start, "right") - 2.5 == pytest.approx(top, abs=0.01)
    assert lowest_point(stage.end) == pytest.approx(top, abs=0.01)
    assert _sole(stage.end, "left") == pytest.approx(_sole(stage.end, "right"), abs=1.0)
    assert stage.end.points["ankle_right"][0] == pytest.approx(stage.start.points["ankle_right"][0], abs=1e-6)


def test_both_feet_on_a_step_still_stand_on_it_in_both_pictures() -> None:
    stage = _stage(props=["step"], start={"preset": "standing"}, end={"joints": {"ankle": -20}})
    assert lowest_point(stage.start) == pytest.approx(STEP_HEIGHT, abs=1e-6)
    assert lowest_point(stage.end) == pytest.approx(STEP_HEIGHT, abs=1e-6)


def test_walking_poles_run_from_the_hands_back_to_the_floor() -> None:
    stage = _stage(
        start={"preset": "standing", "joints": {"shoulder": 10, "elbow": 90}},
        end={"joints": {"shoulder_left": 40, "shoulder_right": -30, "elbow": 20}},
    )
    for skeleton in (stage.start, stage.end):
        for side, part in zip(("left", "right"), held.poles(stage, skeleton), strict=True):
            (pole,) = part.shapes
            assert isinstance(pole, Capsule)
            hand = skeleton.points[f"hand_{side}"]
            assert pole.b[1] == pytest.approx(0.0)  # the tip is on the floor...
            assert pole.b[0] < hand[0] - 20  # ...well behind the hand: the pole slants back
            assert pole.b[2] == pytest.approx(hand[2], abs=3.0)
            assert math.dist(pole.a, pole.b) == pytest.approx(held.POLE_LENGTH + 6.0, abs=0.01)


def test_a_high_step_up_ends_on_the_step_with_the_other_knee_lifted() -> None:
    stage = _stage(
        props=["step"],
        anchor="ankle_right",
        start={"preset": "standing", "joints": {"hip_right": 75, "knee_right": 95}},
        end={"joints": {"hip_right": 0, "knee_right": 0, "hip_left": 90, "knee_left": 90}},
    )
    (step,) = furniture.step(stage, stage.start)
    top = max(y for _, y, _ in step.shapes[0].points)
    assert top > 25
    assert lowest_point(stage.end) == pytest.approx(top, abs=0.01)
    assert _sole(stage.end, "left") > _sole(stage.end, "right") + 30


def test_a_foot_left_on_the_step_while_the_other_is_on_the_floor_keeps_the_figure_on_the_floor() -> None:
    stage = _stage(
        props=["step"],
        start={"preset": "standing", "joints": {"hip_right": 50, "knee_right": 70}},
        end={"joints": {"body_tilt": 10}},
    )
    assert lowest_point(stage.end) == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize(("props", "tilt", "floor"), [(["mat"], 0, True), (["mat"], 25, False), ([], 25, True)])
def test_a_raised_camera_shows_the_mat_without_a_floor_box_under_it(props: list[str], tilt: float, floor: bool) -> None:
    spec, problems = parse_figure(
        {"props": props, "tilt": tilt, "start": {"preset": "lying-side"}, "end": {"joints": {"hip_left_out": 30}}}
    )
    assert problems == [] and spec is not None
    for scene in build_scenes(spec):
        fills = {p.fill for p in scene.primitives if isinstance(p, Polygon)}
        assert (FLOOR.fill in fills) is floor
        assert (MAT.fill in fills) is bool(props)

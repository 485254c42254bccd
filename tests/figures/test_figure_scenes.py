"""Building the pictures: one shared frame, figures resting on the floor, props and arrows where they belong."""

from __future__ import annotations

import math

import pytest

from planner.figures import PRESETS, PROPS, VIEWS, Ellipse, Polygon, Polyline, build_scenes, furniture, parse_figure
from planner.figures.body import lowest_point
from planner.figures.build import _poses
from planner.figures.camera import Camera
from planner.figures.props import STEP_HEIGHT
from planner.figures.scene import bounds_of
from planner.figures.stage import Stage
from planner.figures.style import ARROW, FURNITURE, SURFACE


def _spec(**table):
    spec, problems = parse_figure(table)
    assert problems == []
    assert spec is not None
    return spec


def _placed(spec):
    poses, placer = _poses(spec)
    return placer.place(poses[0]), placer.place_end(poses[1])


SIT_TO_STAND = _spec(
    props=["chair"],
    start={"preset": "sitting"},
    end={"preset": "standing"},
    arrows=[{"path": "pelvis"}],
)


def test_start_and_end_share_one_frame_that_holds_everything() -> None:
    start, end = build_scenes(SIT_TO_STAND)
    assert start.bounds == end.bounds
    for scene in (start, end):
        assert scene.bounds.contains(bounds_of(scene.primitives))


def test_the_anchor_stays_put_and_the_chair_does_not_move() -> None:
    sitting, standing = _placed(SIT_TO_STAND)
    for skeleton in (sitting, standing):
        # The sitting preset's anchor is the feet: their midpoint stays above the origin.
        assert skeleton.points["ankle_left"][0] + skeleton.points["ankle_right"][0] == pytest.approx(0.0, abs=1e-6)
    start, end = build_scenes(SIT_TO_STAND)
    chair = [p for p in start.primitives if isinstance(p, Polygon) and p.fill == FURNITURE.fill]
    assert chair and chair == [p for p in end.primitives if isinstance(p, Polygon) and p.fill == FURNITURE.fill]


def test_each_figure_rests_on_the_floor_or_the_mat() -> None:
    for props, rest in (((), 0.0), (("mat",), 1.5)):
        spec = _spec(props=list(props), start={"preset": "lying-back"}, end={"joints": {"hip_left": 60}})
        for skeleton in _placed(spec):
            assert lowest_point(skeleton) == pytest.approx(rest, abs=1e-6)


def test_the_seat_meets_the_thighs_and_the_backrest_stands_behind_the_back() -> None:
    sitting, standing = _placed(SIT_TO_STAND)
    seat, *_, backrest = furniture.chair(Stage(sitting, standing, 0.0, Camera("side")), sitting)
    seat_top = max(point[1] for point in seat.shapes[0].points)
    assert seat_top == pytest.approx(sitting.points["hip_right"][1] - 7.8, abs=1.0)
    assert max(point[0] for point in backrest.shapes[0].points) < sitting.points["back"][0]


def test_a_pinned_hand_stays_where_it_was() -> None:
    spec = _spec(
        pins=["hands"],
        props=["wall-ahead"],
        start={"preset": "standing", "joints": {"shoulder": 85, "elbow": 20}},
        end={"joints": {"body_tilt": 20}},
    )
    start, end = _placed(spec)
    for side in ("left", "right"):
        assert math.dist(start.points[f"hand_{side}"], end.points[f"hand_{side}"]) < 1.0
    # ...and the wall ahead touches the hands.
    wall = [p for p in build_scenes(spec)[0].primitives if isinstance(p, Polygon) and p.fill == SURFACE.fill]
    assert min(x for x, _ in wall[0].points) == pytest.approx(start.points["hand_right"][0] + 2.5, abs=0.5)


def test_an_arrow_is_drawn_only_in_its_picture_and_points_the_way_the_body_moves() -> None:
    start, end = build_scenes(SIT_TO_STAND)
    assert not [p for p in start.primitives if getattr(p, "colour", None) == ARROW]
    shaft = [p for p in end.primitives if isinstance(p, Polyline) and p.colour == ARROW]
    head = [p for p in end.primitives if isinstance(p, Polygon) and p.fill == ARROW]
    assert len(shaft) == 1 and len(head) == 1
    # Standing up: the pelvis rises, so the shaft ends higher than it starts.
    assert shaft[0].points[-1][1] > shaft[0].points[0][1] + 20


def test_a_close_up_frames_the_head_and_clips_the_rest() -> None:
    spec = _spec(crop="head", start={"preset": "sitting"}, end={"joints": {"neck_turn": 60}})
    full, _ = build_scenes(_spec(start={"preset": "sitting"}, end={"joints": {"neck_turn": 60}}))
    close, _ = build_scenes(spec)
    assert close.bounds.height < 0.6 * full.bounds.height
    assert not close.bounds.contains(bounds_of(close.primitives))  # the legs fall outside the frame


def test_the_front_view_of_standing_is_symmetric() -> None:
    scene, _ = build_scenes(_spec(view="front", start={"preset": "standing"}, end={"joints": {}}))
    eyes = [p.center for p in scene.primitives if isinstance(p, Ellipse) and p.rx < 2]
    assert len(eyes) == 2
    assert eyes[0][0] == pytest.approx(-eyes[1][0], abs=1e-6) and eyes[0][1] == pytest.approx(eyes[1][1])


def test_the_side_view_shows_one_eye_and_the_far_limbs_lighter() -> None:
    scene, _ = build_scenes(_spec(start={"preset": "standing"}, end={"joints": {}}))
    eyes = [p for p in scene.primitives if isinstance(p, Ellipse) and p.rx < 2]
    assert len(eyes) == 1
    fills = {p.fill for p in scene.primitives if isinstance(p, Polygon)}
    assert {"#7ea7d8", "#c6d8ee"} <= fills


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_preset_builds_in_every_view(preset: str, view: str) -> None:
    start, _end = build_scenes(_spec(view=view, start={"preset": preset}, end={"joints": {"neck_turn": 30}}))
    assert len(start.primitives) > 20 and start.bounds.width > 30 and start.bounds.height > 20


def test_every_prop_builds_around_a_figure_it_suits() -> None:
    for name in PROPS:
        preset = {
            "bike": "sitting",
            "ball": "sitting",
            "chair": "sitting",
            "foam-roller": "lying-back-knees-bent",
            "pillow": "lying-back",
            "chest-pillow": "lying-face-down",
            "door-frame": "lying-back",
        }.get(name, "standing")
        spec = _spec(props=[name], start={"preset": preset, "joints": {"shoulder": 60}}, end={"joints": {}})
        start, _end = build_scenes(spec)
        plain, _ = build_scenes(_spec(start={"preset": preset, "joints": {"shoulder": 60}}, end={"joints": {}}))
        assert len(start.primitives) > len(plain.primitives), name


def _prop_parts(spec, name: str):
    poses, placer = _poses(spec)
    start, end = placer.place(poses[0]), placer.place_end(poses[1])
    return start, end, PROPS[name](Stage(start, end, placer.rest, Camera(spec.view)), start)


def _corners(parts) -> list[tuple[float, float, float]]:
    return [point for part in parts for shape in part.shapes for point in shape.points]


def test_a_chair_ahead_side_has_its_backrest_under_the_forward_hand() -> None:
    spec = _spec(
        props=["chair-ahead-side"],
        pins=["hand_left"],
        start={"preset": "standing", "joints": {"shoulder_left": 70, "elbow_left": 10}},
        end={"joints": {"hip_left": 30, "knee_left": 30, "hip_right": -15}},
    )
    start, _end, parts = _prop_parts(spec, "chair-ahead-side")
    hand = start.points["hand_left"]
    points = _corners(parts)
    assert max(y for _, y, _ in points) == pytest.approx(hand[1] - 2.0, abs=0.1)
    # The backrest is under the hand and the seat beyond it, clear of the figure's feet.
    assert min(x for x, _, _ in points) == pytest.approx(hand[0] - 4.5, abs=0.5)
    assert min(x for x, _, _ in points) > max(start.points[f"toes_{s}"][0] for s in ("left", "right"))
    # It stands to the holding hand's side (the figure's left is -z).
    assert sum(z for _, _, z in points) / len(points) < hand[2]


def test_a_rail_runs_along_the_figure_under_the_higher_hand() -> None:
    spec = _spec(
        props=["rail"],
        start={"preset": "standing", "joints": {"shoulder_left": 45, "elbow_left": 40}},
        end={"joints": {}},
    )
    start, _end, parts = _prop_parts(spec, "rail")
    hand = start.points["hand_left"]
    bar = parts[0].shapes[0]
    assert bar.a[1] == pytest.approx(hand[1] - 3.0) and bar.b[1] == pytest.approx(hand[1] - 3.0)
    assert bar.a[2] == pytest.approx(hand[2]) and bar.a[0] < hand[0] < bar.b[0]


def test_a_door_frame_stands_at_the_back_of_the_raised_heel() -> None:
    spec = _spec(
        props=["door-frame"],
        start={"preset": "lying-back-knees-bent", "joints": {"hip_left": 0, "knee_left": 0, "ankle_left": -25}},
        end={"joints": {"hip_right": 88, "knee_right": 0, "ankle_right": 5}},
    )
    _start, end, parts = _prop_parts(spec, "door-frame")
    heel = end.points["heel_right"]
    xs = [x for x, _, _ in _corners(parts)]
    # Lying with the head on the left (-x): the back of the raised heel faces the feet (+x).
    assert min(xs) == pytest.approx(heel[0] + 1.0, abs=0.1)
    assert max(y for _, y, _ in _corners(parts)) > end.points["toes_right"][1]


def test_a_chest_pillow_fills_the_gap_under_a_raised_chest() -> None:
    spec = _spec(
        props=["mat", "chest-pillow"],
        start={"preset": "lying-face-down", "joints": {"body_tilt": 72, "hip": -18, "neck_bend": 30}},
        end={"joints": {"body_tilt": 90, "hip": 0}},
    )
    start, _end, parts = _prop_parts(spec, "chest-pillow")
    ys = [y for _, y, _ in _corners(parts)]
    assert min(ys) == pytest.approx(1.5) and max(ys) == pytest.approx(start.points["chest"][1] + 0.5)
    assert max(ys) - min(ys) > 8


def test_with_anchor_height_a_heel_sinks_below_the_step_the_other_foot_stands_on() -> None:
    table = {
        "props": ["step"],
        "anchor": "ankle_left",
        "start": {"preset": "standing"},
        "end": {"joints": {"hip_left": 20, "knee_left": 40, "hip_right": -5, "ankle_right": 35}},
    }
    for held in (False, True):
        start, end = _placed(_spec(**table, anchor_height=held))
        assert lowest_point(start) == pytest.approx(STEP_HEIGHT)  # standing on the step
        if held:
            assert end.points["ankle_left"] == pytest.approx(start.points["ankle_left"])
            assert end.points["heel_right"][1] < start.points["heel_right"][1] - 4
        else:  # resting on its lowest point, the sunk heel would lift the body back onto the step
            assert lowest_point(end) == pytest.approx(STEP_HEIGHT)
    _, problems = parse_figure({**table, "anchor_height": "yes"})
    assert [p.field for p in problems] == ["figure.anchor_height"]


def test_a_to_arrow_runs_up_the_body_within_one_picture() -> None:
    spec = _spec(
        props=["chair"],
        start={"preset": "sitting"},
        end={"joints": {"neck_bend": 20}},
        arrows=[{"path": "toes_right", "to": "head", "offset": 25, "curve": 15}],
    )
    start, end = build_scenes(spec)
    assert not [p for p in start.primitives if getattr(p, "colour", None) == ARROW]
    shaft = next(p for p in end.primitives if isinstance(p, Polyline) and p.colour == ARROW).points
    head = next(p for p in end.primitives if isinstance(p, Polygon) and p.fill == ARROW)
    _, seated = _placed(spec)
    camera = Camera("side")
    toes, top = (camera.project(seated.points[name])[0] for name in ("toes_right", "head"))
    # From the feet up to the head, beside the body (in front of it, where the figure faces).
    assert shaft[0][1] < toes[1] + 15 and max(y for _, y in head.points) > top[1] - 15
    assert min(x for x, _ in shaft) > toes[0] - 30 and max(x for x, _ in shaft) > top[0] + 20


def test_only_a_path_arrow_can_run_to_another_point() -> None:
    table = {"start": {"preset": "sitting"}, "end": {"joints": {"neck_turn": 30}}}
    for arrow, field in (
        ({"turn": "head", "to": "feet"}, "figure.arrows[0].to"),
        ({"path": "head", "to": "elbow"}, "figure.arrows[0].to"),
    ):
        assert [p.field for p in parse_figure({**table, "arrows": [arrow]})[1]] == [field]


def test_a_rail_stands_its_posts_clear_of_the_feet_on_a_step() -> None:
    spec = _spec(
        props=["step", "rail"],
        start={"preset": "standing", "joints": {"shoulder_left": 45, "shoulder_left_out": 20, "elbow_left": 40}},
        end={"joints": {}},
    )
    start, _end, parts = _prop_parts(spec, "rail")
    feet = [start.points[f"{p}_{s}"][0] for p in ("heel", "toes") for s in ("left", "right")]
    for post in parts[0].shapes[1:]:
        assert post.a[0] < min(feet) - 20 or post.a[0] > max(feet) + 20

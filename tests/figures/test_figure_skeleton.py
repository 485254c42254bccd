"""The figure's body: limbs stay attached and rigid in any pose, proportions are human, feet rest flat."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.figures import JOINTS, PRESETS
from planner.figures.body import body_extent, body_parts, lowest_point
from planner.figures.camera import Camera
from planner.figures.pose import Pose, resolve_pose
from planner.figures.skeleton import BODY, solve
from planner.figures.solids import Capsule, depth_of

HEAD = 2 * BODY.head_radius

# Every segment, by the body points it joins, with the length it must keep.
SEGMENTS = (
    [(f"shoulder_{s}", f"elbow_{s}", BODY.upper_arm) for s in ("left", "right")]
    + [(f"elbow_{s}", f"wrist_{s}", BODY.forearm) for s in ("left", "right")]
    + [(f"wrist_{s}", f"hand_{s}", BODY.hand) for s in ("left", "right")]
    + [(f"hip_{s}", f"knee_{s}", BODY.thigh) for s in ("left", "right")]
    + [(f"knee_{s}", f"ankle_{s}", BODY.shin) for s in ("left", "right")]
    + [
        ("pelvis", "hip_left", BODY.hip_half_width),
        ("pelvis", "hip_right", BODY.hip_half_width),
        ("neck_base", "shoulder_left", math.dist((0, 0, 0), BODY.shoulder)),
        ("neck_base", "shoulder_right", math.dist((0, 0, 0), BODY.shoulder)),
    ]
)

angles = st.fixed_dictionaries({j.name: st.floats(j.minimum, j.maximum, allow_nan=False) for j in JOINTS})


@settings(max_examples=60, deadline=None)
@given(angles)
def test_every_segment_keeps_its_length_in_any_pose(pose_angles: dict[str, float]) -> None:
    skeleton = solve(Pose(pose_angles))
    for a, b, length in SEGMENTS:
        assert math.dist(skeleton.points[a], skeleton.points[b]) == pytest.approx(length, abs=1e-6), (a, b)


@settings(max_examples=40, deadline=None)
@given(angles)
def test_each_limb_is_one_chain_starting_at_its_joint(pose_angles: dict[str, float]) -> None:
    skeleton = solve(Pose(pose_angles))
    for part in body_parts(skeleton, Camera("side"))[2:]:  # arms and legs
        capsules = [shape for shape in part.shapes if isinstance(shape, Capsule)]
        for parent, child in itertools.pairwise(capsules):
            assert child.a == parent.b  # the child segment starts where its parent ends
        root = capsules[0].a
        assert root in (skeleton.points[f"{j}_{s}"] for j in ("shoulder", "hip") for s in ("left", "right"))


def _standing():
    return solve(resolve_pose("standing"))


def test_standing_figure_is_seven_and_a_half_heads_tall() -> None:
    low, high = body_extent(_standing(), (0.0, 1.0, 0.0))
    assert 168 <= high - low <= 176
    assert 7.2 <= (high - low) / HEAD <= 7.8


def test_thigh_and_shin_are_about_equal_and_arm_span_matches_height() -> None:
    assert 0.9 <= BODY.thigh / BODY.shin <= 1.15
    span = 2 * (BODY.shoulder[2] + BODY.upper_arm + BODY.forearm + BODY.hand)
    low, high = body_extent(_standing(), (0.0, 1.0, 0.0))
    assert 0.92 <= span / (high - low) <= 1.05


def test_trunk_from_chin_to_crotch_is_about_three_heads() -> None:
    skeleton = _standing()
    chin = skeleton.points["head"][1] - BODY.head_radius
    crotch = skeleton.points["pelvis"][1] - 7.8  # the thigh's radius at the hip
    assert 2.5 <= (chin - crotch) / HEAD <= 3.2


def test_shoulders_are_wider_than_hips_and_the_head_is_half_their_width() -> None:
    skeleton = _standing()
    shoulders = math.dist(skeleton.points["shoulder_left"], skeleton.points["shoulder_right"])
    hips = math.dist(skeleton.points["hip_left"], skeleton.points["hip_right"])
    assert shoulders > 1.8 * hips
    assert 0.5 <= HEAD / shoulders <= 0.7


def test_standing_feet_are_level_and_below_the_hips() -> None:
    skeleton = _standing()
    for side in ("left", "right"):
        heel, toes = skeleton.points[f"heel_{side}"], skeleton.points[f"toes_{side}"]
        assert heel[1] == pytest.approx(toes[1], abs=1.0)
        assert toes[0] > heel[0]  # toes point forward
        assert skeleton.points[f"ankle_{side}"][0] == pytest.approx(skeleton.points[f"hip_{side}"][0], abs=0.5)


def test_sitting_feet_stay_flat_on_the_floor_and_thighs_level() -> None:
    skeleton = solve(resolve_pose("sitting"))
    floor = lowest_point(skeleton)
    for side in ("left", "right"):
        assert skeleton.points[f"heel_{side}"][1] == pytest.approx(skeleton.points[f"toes_{side}"][1], abs=1.0)
        assert skeleton.points[f"heel_{side}"][1] - floor < 8.0
        assert skeleton.points[f"knee_{side}"][1] == pytest.approx(skeleton.points[f"hip_{side}"][1], abs=2.0)


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_keeps_its_angles_in_range(name: str) -> None:
    pose = resolve_pose(name)
    for joint in JOINTS:
        assert joint.allows(pose.angles[joint.name]), (name, joint.name)


@pytest.mark.parametrize(
    ("preset", "face_axis", "face_sign", "trunk_axis", "trunk_sign"),
    [
        ("standing", 0, 1, 1, 1),  # faces forward (+x), head above the hips
        ("lying-back", 1, 1, 0, -1),  # face up, head to the left of the hips
        ("lying-face-down", 1, -1, 0, 1),  # face down, head to the right
        ("lying-side", 2, 1, 0, -1),  # faces the viewer of the side view, head to the left
    ],
)
def test_presets_face_the_documented_way(
    preset: str, face_axis: int, face_sign: int, trunk_axis: int, trunk_sign: int
) -> None:
    skeleton = solve(resolve_pose(preset))
    face = [a - b for a, b in zip(skeleton.points["face"], skeleton.points["head"], strict=True)]
    trunk = [a - b for a, b in zip(skeleton.points["neck_base"], skeleton.points["pelvis"], strict=True)]
    assert face[face_axis] * face_sign > 0.8 * BODY.head_radius
    assert trunk[trunk_axis] * trunk_sign > 40


def test_turning_the_head_left_moves_the_face_to_the_figures_left() -> None:
    turned = solve(resolve_pose("standing", {"neck_turn": 60}))
    straight = solve(resolve_pose("standing"))
    # The body's left is -z: the face moves that way.
    assert turned.points["face"][2] < straight.points["face"][2] - 8


def test_an_arm_drawn_back_keeps_its_forearm_upright_when_its_turn_follows_the_raise_direction() -> None:
    # Forearms on a door frame while the chest goes through: the upper arm points back past the side...
    skeleton = solve(resolve_pose("standing", {"shoulder": 90, "shoulder_out": 125, "shoulder_turn": 125, "elbow": 90}))
    shoulder, elbow, wrist = (skeleton.points[f"{p}_right"] for p in ("shoulder", "elbow", "wrist"))
    assert elbow[0] < shoulder[0] - 15 and elbow[1] == pytest.approx(shoulder[1], abs=1e-6)
    # ...and the forearm stands straight up from the elbow, as it does in the goal-post position.
    assert wrist[0] == pytest.approx(elbow[0], abs=1e-6) and wrist[2] == pytest.approx(elbow[2], abs=1e-6)
    assert wrist[1] == pytest.approx(elbow[1] + BODY.forearm)


def test_the_head_is_painted_over_the_neck_when_the_trunk_turns_away() -> None:
    # Seen from the side, an upper back turned away from the viewer carries the head further off than the
    # torso's middle; the head still covers the neck that joins it.
    camera = Camera("side")
    turned = solve(resolve_pose("standing", {"upper_back_turn": 10, "shoulder_right": -30}))
    torso, head = body_parts(turned, camera)[:2]
    assert depth_of(head, camera) > depth_of(torso, camera)
    # Lying on the back seen from the feet, the trunk is nearer than the head and still covers it.
    lying = solve(resolve_pose("lying-back-knees-bent"))
    from_feet = Camera("front", tilt=20)
    torso, head = body_parts(lying, from_feet)[:2]
    assert depth_of(torso, from_feet) > depth_of(head, from_feet)

"""From a figure spec to the start and end Scenes, placed on the floor and drawn in one shared frame."""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.figures import style
from planner.figures.arrows import arrow, bend_path, circle_path, offset_path, segment_axis, turn_path
from planner.figures.body import body_parts, lowest_point
from planner.figures.camera import Camera
from planner.figures.geometry import Vec3, add, apply, rotation, scale
from planner.figures.joints import expand_both_sides
from planner.figures.pins import PINS, limb_joints, pin_limbs
from planner.figures.pose import Pose, resolve_pose
from planner.figures.presets import PRESETS
from planner.figures.props import PROPS, end_rest, rest_height
from planner.figures.scene import Box, Primitive, Scene, bounds_of, weighted
from planner.figures.skeleton import BODY, Skeleton, landmark, moved, solve
from planner.figures.solids import FLOOR, Part, paint_order
from planner.figures.spec import CROPS, FRAMES, ArrowSpec, FigureSpec, turn_change
from planner.figures.stage import Stage, box

MARGIN = 4.0
# Line widths are right for a picture this big (cm); bigger or closer pictures scale them to look alike.
REFERENCE_SIZE = 200.0
_TRACE_STEPS = 16
# Below this camera angle the floor shows as a strip; from higher up the mat alone marks the ground.
_FLOOR_MAX_TILT = 60.0
# With a mat, any raised camera leaves the floor out: seen from above it reads as a box under the mat.
_FLOOR_MAX_TILT_ON_MAT = 10.0
_MIN_CROP = 80.0  # cm: a closer crop would make the figure's outlines heavy
# Turn arrows: which frame and point they circle, and how far out.
_TURN_CIRCLES: dict[str, tuple[str, str, float]] = {
    "head": ("head", "head", BODY.head_radius + 6.0),
    "upper_back": ("upper_back_mid", "upper_back_mid", 25.0),
    "lower_back": ("lower_back_mid", "lower_back_mid", 22.0),
    "body": ("pelvis", "pelvis", 24.0),
}
_TURN_SWEEP = 100.0  # degrees of arc drawn, whatever the size of the turn


@dataclass(frozen=True)
class _Placer:
    """Puts every pose of one exercise on the same spot: anchor above the origin, lowest point resting.

    `end_rest` differs from `rest` only when the end picture stands on a step the start had one foot on.
    With `height` (`anchor_height`), the anchor is put at that height instead of the lowest point resting
    (a foot staying on a step while the other heel sinks below it).
    """

    anchor: str
    rest: float
    end_rest: float
    height: float | None = None

    def place(self, pose: Pose, along: float = 0.0) -> Skeleton:
        """`pose` placed; `along` says how far it is from the start (0) to the end (1) picture."""
        skeleton = solve(pose)
        ax, ay, az = landmark(skeleton, self.anchor)
        if self.height is not None:
            lift = self.height - ay
        else:
            lift = self.rest + (self.end_rest - self.rest) * along - lowest_point(skeleton)
        return moved(skeleton, (-ax, lift, -az))

    def place_end(self, pose: Pose) -> Skeleton:
        return self.place(pose, 1.0)


def _poses(figure: FigureSpec) -> tuple[tuple[Pose, Pose], _Placer]:
    """Both poses with their pinned hands and feet in place, and how to put them on the floor.

    A pinned limb end stays where the preset puts it (in the start pose, unless the start sets that limb's
    angles itself) and where the start pose has it (in the end pose).
    """
    preset = resolve_pose(figure.start.preset)
    chosen_start = resolve_pose(figure.start.preset, figure.start.joints)
    rest = rest_height(figure.props, solve(chosen_start))
    anchor = figure.anchor or PRESETS[figure.start.preset].anchor
    placer = _Placer(anchor, rest, rest)
    pinned = [point for pin in figure.pins for point in PINS[pin]]
    at_rest = placer.place(preset)
    chosen = expand_both_sides(figure.start.joints)
    targets = {p: at_rest.points[p] for p in pinned if not any(j in chosen for j in limb_joints(p))}
    first = pin_limbs(chosen_start, targets, placer.place)
    start = placer.place(first)
    chosen_end = resolve_pose(figure.end.preset, figure.end.joints)
    height = landmark(start, anchor)[1] if figure.anchor_height else None
    placer = _Placer(anchor, rest, end_rest(figure.props, start, solve(chosen_end), rest), height)
    last = pin_limbs(chosen_end, {p: start.points[p] for p in pinned}, placer.place_end)
    return (first, last), placer


def _floor(points: list[Vec3], camera: Camera) -> Part:
    """A floor under everything drawn: wide across the picture, shallow towards the viewer.

    Seen from a little above, a deep floor would fill the page, so it reaches only a little in front of
    and behind the nearest and farthest things on it.
    """
    toward = camera.depth_axis()
    yaw = math.degrees(math.atan2(-toward[2], toward[0])) - 90.0  # the floor's x runs across the picture
    across = apply(rotation(1, yaw), (1.0, 0.0, 0.0))
    deep = apply(rotation(1, yaw), (0.0, 0.0, 1.0))
    xs = [p[0] * across[0] + p[2] * across[2] for p in points]
    zs = [p[0] * deep[0] + p[2] * deep[2] for p in points]
    x0, x1, z0, z1 = min(xs) - 30, max(xs) + 30, min(zs) - 12, max(zs) + 12
    centre = add(scale(across, (x0 + x1) / 2), scale(deep, (z0 + z1) / 2))
    return Part((box((centre[0], -1.25, centre[2]), (x1 - x0, 2.5, z1 - z0), yaw),), style.FLOOR, FLOOR)


def _parts(figure: FigureSpec, stage: Stage) -> list[list[Part]]:
    """Body and props of each picture, with one floor under both."""
    skeletons = (stage.start, stage.end)
    part_lists = [
        body_parts(s, stage.camera) + [p for name in figure.props for p in PROPS[name](stage, s)] for s in skeletons
    ]
    max_tilt = _FLOOR_MAX_TILT_ON_MAT if "mat" in figure.props else _FLOOR_MAX_TILT
    if "pool" not in figure.props and figure.view != "top" and figure.tilt < max_tilt:
        points = [pt for parts in part_lists for part in parts for pt in part.key_points()]
        floor = _floor(points + [p for s in skeletons for p in s.points.values()], stage.camera)
        for parts in part_lists:
            parts.insert(0, floor)
    return part_lists


def _arrow(
    spec: ArrowSpec,
    figure: FigureSpec,
    poses: tuple[Pose, Pose],
    placer: _Placer,
    on: Skeleton,
    camera: Camera,
    weight: float,
) -> list[Primitive]:
    if spec.turn:
        frame_name, point, radius = _TURN_CIRCLES[spec.turn]
        axis, front = segment_axis(on.frames[frame_name])
        path = turn_path(on.points[point], axis, front, radius, _TURN_SWEEP, camera)
        if turn_change(spec.turn, figure.start, figure.end) < 0:
            path.reverse()
        return arrow(path, spec.both_ways, weight)
    if spec.circle:
        centre = camera.project(landmark(on, spec.circle))[0]
        return arrow(circle_path(centre, abs(spec.offset), spec.clockwise), spec.both_ways, weight)
    assert spec.path is not None
    start, end = poses
    steps = 1 if spec.straight else _TRACE_STEPS
    if spec.to:  # from one body point to another within this picture
        trace = [camera.project(landmark(on, name))[0] for name in (spec.path, spec.to)]
    else:
        trace = [
            camera.project(landmark(placer.place(start.blend(end, i / steps), i / steps), spec.path))[0]
            for i in range(steps + 1)
        ]
    centre = camera.project(on.points["waist"])[0]
    beside = offset_path(trace, centre, spec.offset, spec.frame == "start")
    return arrow(bend_path(beside, centre, spec.curve), spec.both_ways, weight)


def _crop_box(crop: str, skeletons: tuple[Skeleton, Skeleton], camera: Camera) -> Box:
    """A close-up around some body points of both poses, never smaller than _MIN_CROP."""
    points = [camera.project(s.points[name])[0] for s in skeletons for name in CROPS[crop]]
    found = Box(
        min(p[0] for p in points),
        min(p[1] for p in points),
        max(p[0] for p in points),
        max(p[1] for p in points),
    ).grown(BODY.head_radius + 8.0)
    grow_x = max(0.0, _MIN_CROP - found.width) / 2
    grow_y = max(0.0, 0.75 * _MIN_CROP - found.height) / 2
    return Box(found.x0 - grow_x, found.y0 - grow_y, found.x1 + grow_x, found.y1 + grow_y)


def build_scenes(figure: FigureSpec) -> tuple[Scene, Scene]:
    """The start and end pictures, sharing one frame so they can stand side by side at one scale."""
    camera = Camera(figure.view, figure.tilt, figure.turn, figure.mirror)
    poses, placer = _poses(figure)
    stage = Stage(placer.place(poses[0]), placer.place_end(poses[1]), placer.rest, camera)
    drawn = [paint_order(parts, camera) for parts in _parts(figure, stage)]
    if figure.crop == "full":
        shown = bounds_of(drawn[0] + drawn[1])
    else:
        shown = _crop_box(figure.crop, (stage.start, stage.end), camera)
    weight = max(0.45, min(1.4, max(shown.width, shown.height) / REFERENCE_SIZE))
    drawn = [[weighted(p, weight) for p in primitives] for primitives in drawn]
    if figure.crop == "full":
        shown = bounds_of(drawn[0] + drawn[1])
    for which, skeleton, primitives in zip(FRAMES, (stage.start, stage.end), drawn, strict=True):
        for spec in figure.arrows:
            if spec.frame == which:
                shapes = _arrow(spec, figure, poses, placer, skeleton, camera, weight)
                shown = shown.union(bounds_of(shapes)) if shapes else shown
                primitives += shapes
    frame = shown.grown(MARGIN * weight)
    return Scene(tuple(drawn[0]), frame), Scene(tuple(drawn[1]), frame)

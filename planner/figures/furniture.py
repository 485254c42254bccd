"""Furniture and surfaces, placed from the start figure so they stay put in the end picture."""

from __future__ import annotations

from planner.figures import style
from planner.figures.body import body_extent
from planner.figures.geometry import Vec3, add, apply, lerp, mean, rotation, scale, sub
from planner.figures.skeleton import BODY, Skeleton, landmark
from planner.figures.solids import BACKDROP, GROUND, Ball, Capsule, Part
from planner.figures.stage import (
    Stage,
    body_points,
    box,
    cylinder,
    disc,
    facing_yaw,
    forward,
    lengthwise_yaw,
    seat_height,
)

MAT_THICKNESS = 1.5
STEP_LEVEL = 5.0  # cm: soles closer in height than this stand on one level (both feet on a step)
STEP_TOP_BELOW_SOLE = 2.5  # a sole point is this far above the surface it stands on


def mat(stage: Stage, _: Skeleton) -> list[Part]:
    """A mat under the whole body, as wide as a real one (65 cm) and centred on the trunk."""
    s = stage.start
    yaw = lengthwise_yaw(s)
    along = forward(yaw, 1.0)
    across = apply(rotation(1, yaw), (0.0, 0.0, 1.0))
    ends = [body_extent(sk, along) for sk in (stage.start, stage.end)]
    low, high = min(e[0] for e in ends) - 12, max(e[1] for e in ends) + 12
    if high - low < 160:  # kneeling or sitting on it: still a whole mat
        low, high = (low + high) / 2 - 80, (low + high) / 2 + 80
    trunk = mean([s.points["pelvis"], s.points["neck_base"]])
    centre = add(scale(along, (low + high) / 2), scale(across, sum(t * a for t, a in zip(trunk, across, strict=True))))
    return [
        Part(
            (box((centre[0], MAT_THICKNESS / 2, centre[2]), (high - low, MAT_THICKNESS, 65), yaw),),
            style.MAT,
            GROUND,
        )
    ]


SEAT_HEIGHT = 46.0  # a dining chair's seat, for a chair nobody sits on
_SEATED_LOWER = 10.0  # cm: the end picture sits this much lower than the start (a squat to a chair)


def _chair_parts(base: Vec3, yaw: float, seat: float, back_top: float) -> list[Part]:
    """A chair facing `yaw`: seat top at `seat`, backrest (on its rear edge) up to `back_top`."""

    def at(x: float, y: float, z: float) -> Vec3:
        return add(base, apply(rotation(1, yaw), (x, y, z)))

    shapes = [box(at(0, seat - 1.5, 0), (46, 3, 44), yaw)]
    shapes += [box(at(x, seat / 2, z), (3, seat, 3), yaw) for x in (-21.5, 21.5) for z in (-20.5, 20.5)]
    shapes += [box(at(-22, (seat + back_top) / 2, z), (3, back_top - seat, 3), yaw) for z in (-20.5, 20.5)]
    shapes.append(box(at(-22.5, back_top - 11, 0), (2.5, 20, 44), yaw))
    return [Part((shape,), style.FURNITURE, depth_bias=-2.0) for shape in shapes]


def chair(stage: Stage, _: Skeleton) -> list[Part]:
    """Under the thighs of the start picture, or of the end one when it sits lower (squatting to the seat)."""
    s = stage.start
    if seat_height(stage.end) < seat_height(s) - _SEATED_LOWER:
        s = stage.end
    yaw, h = facing_yaw(s), max(seat_height(s), 30.0)
    base = add(landmark(s, "hips"), forward(yaw, 9.0))
    return _chair_parts((base[0], 0.0, base[2]), yaw, h, h + 44)


def _held_chair(stage: Stage, hand: Vec3, turn: float) -> list[Part]:
    """A chair whose backrest top is under `hand`, facing `turn` degrees to the left of the figure."""
    yaw = facing_yaw(stage.start) + turn
    back_top = hand[1] - 2.5
    seat = min(SEAT_HEIGHT, back_top - 20.0)
    base = add((hand[0], 0.0, hand[2]), forward(yaw, 22.0))
    return _chair_parts(base, yaw, seat, back_top)


def chair_ahead(stage: Stage, _: Skeleton) -> list[Part]:
    """Standing behind a chair: in front of the figure, its back towards it, the backrest under the hands."""
    s = stage.start
    hands = landmark(s, "hands")
    return _held_chair(stage, (hands[0], min(s.points["hand_left"][1], s.points["hand_right"][1]), hands[2]), 0.0)


def chair_beside(stage: Stage, _: Skeleton) -> list[Part]:
    """Standing beside a chair: at the figure's left, its back towards the figure, the left hand on it."""
    return _held_chair(stage, stage.start.points["hand_left"], 90.0)


def _foremost_hand(s: Skeleton, yaw: float) -> Vec3:
    turn = rotation(1, -yaw)  # into the figure's own floor frame: x forward
    return max((s.points[f"hand_{side}"] for side in ("left", "right")), key=lambda hand: apply(turn, hand)[0])


def chair_ahead_side(stage: Stage, _: Skeleton) -> list[Part]:
    """A chair in front, facing away, the top of its backrest under the hand that reaches furthest forward.

    It stands a little to that hand's side, so a leg stepping forward passes beside it.
    """
    s = stage.start
    yaw = facing_yaw(s)
    hand = _foremost_hand(s, yaw)
    across = apply(rotation(1, yaw), (0.0, 0.0, 1.0))
    outward = 1.0 if sum(a * b for a, b in zip(sub(hand, s.points["pelvis"]), across, strict=True)) >= 0 else -1.0
    top = max(hand[1] - 2.0, 40.0)
    base = add(add(hand, forward(yaw, 19.0)), scale(across, 16.0 * outward))
    return _chair_parts((base[0], 0.0, base[2]), yaw, max(top - 44.0, 25.0), top)


def rail(stage: Stage, _: Skeleton) -> list[Part]:
    """A handrail beside the figure, along the way it faces, under the higher hand."""
    s = stage.start
    yaw = facing_yaw(s)
    hand = max((s.points[f"hand_{side}"] for side in ("left", "right")), key=lambda point: point[1])
    bar = (hand[0], hand[1] - 3.0, hand[2])
    # The posts stand well behind and ahead of the hand, clear of the feet and of a step under them.
    shapes = [Capsule(add(bar, forward(yaw, -95.0)), add(bar, forward(yaw, 60.0)), 2.2, 2.2)]
    for along in (-85.0, 50.0):
        foot = add((bar[0], 0.0, bar[2]), forward(yaw, along))
        shapes.append(Capsule(foot, add(foot, (0.0, bar[1], 0.0)), 1.8, 1.8))
    return [Part(tuple(shapes), style.FURNITURE, depth_bias=-2.0)]


def ball(stage: Stage, _: Skeleton) -> list[Part]:
    s = stage.start
    radius = max(seat_height(s), 40.0) / 2
    hips = landmark(s, "hips")
    return [Part((Ball((hips[0] - 2.0, radius, hips[2]), radius),), style.BALL, depth_bias=-2.0)]


def _wall(stage: Stage, ahead: bool) -> list[Part]:
    s = stage.start
    yaw = facing_yaw(s)
    turn = rotation(1, -yaw)  # into the figure's own floor frame: x forward
    if ahead:  # the hands rest on it
        x = max(apply(turn, s.points[f"hand_{side}"])[0] for side in ("left", "right")) + 2.5
    else:  # the back, buttocks or head touch it
        x = body_extent(s, forward(yaw, 1.0))[0]
    normal = forward(yaw, 1.0 if ahead else -1.0)
    toward_viewer = stage.camera.depth_axis()
    if sum(n * v for n, v in zip(normal, toward_viewer, strict=True)) > 0.5:
        return []  # the wall would stand between the viewer and the figure
    # As high as the figure reaches and a little more: a full-height wall would dwarf a figure on the floor.
    height = max(body_extent(sk, (0.0, 1.0, 0.0))[1] for sk in (stage.start, stage.end)) + 25.0
    centre = apply(rotation(1, yaw), (x + (3.0 if ahead else -3.0), height / 2, 0.0))
    return [Part((box(centre, (6, height, 150), yaw),), style.SURFACE, BACKDROP)]


def wall(stage: Stage, _: Skeleton) -> list[Part]:
    return _wall(stage, ahead=False)


def wall_ahead(stage: Stage, _: Skeleton) -> list[Part]:
    return _wall(stage, ahead=True)


def doorway(stage: Stage, _: Skeleton) -> list[Part]:
    s = stage.start
    yaw = facing_yaw(s)
    elbows = mean([s.points["elbow_left"], s.points["elbow_right"]])
    centre = (elbows[0], 0.0, elbows[2])
    half = 48.0
    shapes = [box(add(centre, apply(rotation(1, yaw), (0, 105, z))), (12, 210, 8), yaw) for z in (-half, half)]
    shapes.append(box(add(centre, apply(rotation(1, yaw), (0, 206, 0))), (12, 8, 2 * half + 8), yaw))
    return [Part((shape,), style.FURNITURE, BACKDROP) for shape in shapes]


def table(stage: Stage, _: Skeleton) -> list[Part]:
    s = stage.start
    yaw = facing_yaw(s)
    hands = landmark(s, "hands")
    top = min(s.points["hand_left"][1], s.points["hand_right"][1]) - 2.5
    near = add((hands[0], 0.0, hands[2]), forward(yaw, -12.0))

    def at(x: float, y: float, z: float) -> Vec3:
        return add(near, apply(rotation(1, yaw), (x, y, z)))

    shapes = [box(at(35, top - 2, 0), (70, 4, 110), yaw)]
    shapes += [box(at(x, (top - 4) / 2, z), (4, top - 4, 4), yaw) for x in (5, 65) for z in (-50, 50)]
    return [Part((shape,), style.FURNITURE, depth_bias=-2.0) for shape in shapes]


def pillow(stage: Stage, _: Skeleton) -> list[Part]:
    head = stage.start.points["head"]
    top = head[1] - BODY.head_radius + 0.5
    thickness = max(top - stage.rest, 4.0)
    yaw = lengthwise_yaw(stage.start)
    return [
        Part(
            (box((head[0], top - thickness / 2, head[2]), (34, thickness, 50), yaw),),
            style.SOFT,
            depth_bias=-20.0,
        )
    ]


def chest_pillow(stage: Stage, _: Skeleton) -> list[Part]:
    """A pillow under the chest of a figure lying face down, filling the gap to the floor."""
    chest = stage.start.points["chest"]
    thickness = max(chest[1] + 0.5 - stage.rest, 4.0)
    yaw = lengthwise_yaw(stage.start)
    centre = (chest[0], stage.rest + thickness / 2, chest[2])
    return [Part((box(centre, (30, thickness, 50), yaw),), style.SOFT, depth_bias=-20.0)]


def door_frame(stage: Stage, _: Skeleton) -> list[Part]:
    """The side of a door frame at the back of the highest heel of a lying figure (a leg resting up it)."""
    yaw = lengthwise_yaw(stage.start)
    heel = max(
        (skeleton.points[f"heel_{side}"] for skeleton in (stage.start, stage.end) for side in ("left", "right")),
        key=lambda point: point[1],
    )
    # As high as the figure reaches and a little more, like a wall: a whole door would dwarf the figure.
    height = max(body_extent(sk, (0.0, 1.0, 0.0))[1] for sk in (stage.start, stage.end)) + 25.0
    centre = add((heel[0], height / 2, heel[2]), forward(yaw, -5.0))  # toward the feet, touching the heel
    return [Part((box(centre, (8, height, 12), yaw),), style.FURNITURE, BACKDROP)]


def foam_roller(stage: Stage, _: Skeleton) -> list[Part]:
    s = stage.start
    back = s.points["back"]
    across = apply(s.frames["pelvis"], (0.0, 0.0, 30.0))
    # Under the upper back, filling the gap to the floor (a roller, or a rolled towel for a lower arch).
    radius = max(5.0, min(9.0, (back[1] - stage.rest) / 2))
    centre = (back[0], stage.rest + radius, back[2])
    return [Part((cylinder(sub(centre, across), add(centre, across), radius),), style.ROLLER, depth_bias=-30.0)]


def step(stage: Stage, _: Skeleton) -> list[Part]:
    s = stage.start
    yaw = facing_yaw(s)
    soles = {side: min(s.points[f"heel_{side}"][1], s.points[f"toes_{side}"][1]) for side in ("left", "right")}
    high = max(soles, key=lambda side: soles[side])
    feet = [high] if soles[high] - min(soles.values()) > STEP_LEVEL else ["left", "right"]
    top = min(soles[side] for side in feet) - STEP_TOP_BELOW_SOLE
    balls = mean([lerp(s.points[f"heel_{side}"], s.points[f"toes_{side}"], 0.7) for side in feet])
    centre = add((balls[0], top / 2, balls[2]), forward(yaw, 8.0))
    return [Part((box(centre, (32, top, 70), yaw),), style.FURNITURE, depth_bias=-15.0)]


def pool(stage: Stage, _: Skeleton) -> list[Part]:
    """Water to just above the upper back: clear water behind, and a see-through layer in front."""
    points = body_points(stage.start) + body_points(stage.end)
    surface = stage.start.points["upper_back_mid"][1] + 6.0
    x0, x1 = min(p[0] for p in points) - 35, max(p[0] for p in points) + 35
    z0, z1 = min(p[2] for p in points) - 35, max(p[2] for p in points) + 35
    bottom = min(stage.rest - 20.0, surface - 60.0)
    middle = ((x0 + x1) / 2, (surface + bottom) / 2, (z0 + z1) / 2)
    behind = box(middle, (x1 - x0, surface - bottom, z1 - z0))
    in_front = box((middle[0], middle[1], z1), (x1 - x0, surface - bottom, 1.0))
    return [Part((behind,), style.WATER, GROUND), Part((in_front,), style.WATER_FRONT, depth_bias=500.0)]


def bike(stage: Stage, skeleton: Skeleton) -> list[Part]:
    """An exercise bike round the start figure; only the pedal cranks follow each picture's feet."""
    s = stage.start
    yaw = facing_yaw(s)
    seat = landmark(s, "hips")
    seat = (seat[0], seat_height(s), seat[2])
    crank = mean([s.points["ankle_left"], s.points["ankle_right"]])
    bars = landmark(s, "hands")
    foot = add((crank[0], 0.0, crank[2]), forward(yaw, -25.0))
    front = add((bars[0], 0.0, bars[2]), forward(yaw, 10.0))
    wheel_x, _, wheel_z = lerp(crank, front, 0.6)
    wheel = (wheel_x, 26.0, wheel_z)
    shapes = [
        Capsule(foot, front, 3.0, 3.0),
        Capsule(add(seat, (0, -3, 0)), crank, 2.2, 2.2),
        Capsule(crank, add(front, (0, 20, 0)), 2.2, 2.2),
        Capsule(add(front, (0, 5, 0)), bars, 2.2, 2.2),
        box(add(seat, (0, -1.5, 0)), (26, 4, 14), yaw),
    ]
    parts = [
        Part((disc(wheel, 24.0, yaw),), style.METAL, depth_bias=-6.0),
        Part(tuple(shapes), style.METAL, depth_bias=-3.0),
    ]
    bar_across = apply(rotation(1, yaw), (0.0, 0.0, 22.0))
    parts.append(Part((Capsule(sub(bars, bar_across), add(bars, bar_across), 1.6, 1.6),), style.METAL, depth_bias=-3.0))
    for side in ("left", "right"):
        pedal = lerp(skeleton.points[f"heel_{side}"], skeleton.points[f"toes_{side}"], 0.55)
        parts.append(Part((Capsule(crank, pedal, 1.4, 1.4),), style.METAL, depth_bias=-1.0))
    return parts

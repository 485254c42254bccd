"""Where the picture is seen from: a named view, optionally raised, optionally mirrored."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from planner.figures.geometry import Matrix, Vec2, Vec3, apply, compose, rotation

# Camera turn about the vertical (degrees) for each named view of a figure facing +x.
VIEWS: dict[str, tuple[float, float]] = {
    "side": (0.0, 0.0),  # profile, facing right; the body's right side is nearest
    "front": (-90.0, 0.0),  # the figure faces you; its left is on your right
    "back": (90.0, 0.0),
    "top": (0.0, 90.0),  # looking straight down; the head of a lying figure is on the left
}


@dataclass(frozen=True)
class Camera:
    """Orthographic camera; screen x right, y up, depth towards the viewer."""

    view: str = "side"
    tilt: float = 0.0  # extra degrees of looking down from above
    turn: float = 0.0  # degrees the camera swings round the figure; from the side, + goes towards its front
    mirror: bool = False

    @cached_property
    def matrix(self) -> Matrix:
        turn, down = VIEWS[self.view]
        return compose(rotation(0, down + self.tilt), rotation(1, turn - self.turn))

    def project(self, point: Vec3) -> tuple[Vec2, float]:
        """Screen position and depth (larger is nearer) of a world point."""
        x, y, depth = apply(self.matrix, point)
        return ((-x if self.mirror else x), y), depth

    def depth_axis(self) -> Vec3:
        """The world direction pointing at the viewer."""
        m = self.matrix
        return (m[2][0], m[2][1], m[2][2])

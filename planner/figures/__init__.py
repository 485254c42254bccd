"""Qt-free pose model of the exercise illustrations and the geometry both painters share.

A figure is drawn from joint angles into flat Scenes; the painters (planner.ui.figure_painter and
planner.report.figure_drawing) only map Scene primitives to their API.
The `[figure]` table format is documented in README.md beside this file.
"""

from __future__ import annotations

from planner.figures.build import build_scenes
from planner.figures.camera import VIEWS
from planner.figures.joints import BOTH_SIDES, JOINTS, JOINTS_BY_NAME, Joint
from planner.figures.parse import joint_problems, parse_figure
from planner.figures.presets import PRESETS, Preset
from planner.figures.props import PROPS
from planner.figures.scene import Box, Ellipse, Polygon, Polyline, Primitive, Scene
from planner.figures.skeleton import LANDMARKS
from planner.figures.spec import TURNS, ArrowSpec, FigureSpec, PoseSpec

__all__ = [
    "BOTH_SIDES",
    "JOINTS",
    "JOINTS_BY_NAME",
    "LANDMARKS",
    "PRESETS",
    "PROPS",
    "TURNS",
    "VIEWS",
    "ArrowSpec",
    "Box",
    "Ellipse",
    "FigureSpec",
    "Joint",
    "Polygon",
    "Polyline",
    "PoseSpec",
    "Preset",
    "Primitive",
    "Scene",
    "build_scenes",
    "joint_problems",
    "parse_figure",
]

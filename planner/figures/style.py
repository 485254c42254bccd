"""Colours and line widths of the drawings (cm in figure space), chosen for print and tired eyes."""

from __future__ import annotations

from planner.figures.solids import Style

OUTLINE = "#1f3047"
OUTLINE_WIDTH = 1.3
NEAR_BODY = Style("#7ea7d8", OUTLINE, OUTLINE_WIDTH)
FAR_BODY = Style("#c6d8ee", "#4d6482", OUTLINE_WIDTH)

PROP_OUTLINE = "#6f6a62"
FURNITURE = Style("#d9c6a5", PROP_OUTLINE, 1.0)
SURFACE = Style("#e4e2dd", PROP_OUTLINE, 0.8)
FLOOR = Style("#e9e7e2", "#9c978e", 0.8)
MAT = Style("#b9d9c6", "#5e8a70", 0.8)
SOFT = Style("#f3f0ea", PROP_OUTLINE, 0.9)
WATER = Style("#d4eaf8", "#5aa2d4", 1.0)
WATER_FRONT = Style("#9fd0f080", "#5aa2d4", 1.0)  # see-through: the body shows under the surface
BAND = Style("#3fa463", "#1f6a3b", 0.5)
TOWEL = Style("#f1dba6", "#9a7a3c", 0.6)
STICK = Style("#a0703f", "#5c3d1e", 0.6)
BALL = Style("#f0a98c", "#9b4e34", 1.0)
ROLLER = Style("#f5c56f", "#98702a", 1.0)
METAL = Style("#aab3bd", "#4f5963", 0.8)

ARROW = "#d9480f"
ARROW_WIDTH = 2.2
ARROW_HEAD = 7.5

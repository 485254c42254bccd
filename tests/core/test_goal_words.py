"""Goals in everyday words point at exercise targets and named activities."""

from __future__ import annotations

import pytest

from planner.core.goal_words import goal_activities, goal_targets


@pytest.mark.parametrize(("goal", "targets"), [
    ("Turn my head to reverse the car", ("neck-rotation", "thoracic-rotation")),
    ("Carry the shopping bags", ("cardio-fitness", "leg-strength", "upper-body-strength", "core-stability")),
    ("Sleep through the night", ("relaxation", "sleep")),
    ("Be happier", ()),
])
def test_goal_targets(goal: str, targets: tuple[str, ...]) -> None:
    assert goal_targets(goal) == targets


def test_a_whole_word_stem_does_not_match_inside_another_word() -> None:
    assert "neck-rotation" not in goal_targets("Carry my scarf")
    assert goal_targets("Drive my car") == ("neck-rotation", "thoracic-rotation")


def test_named_activities() -> None:
    assert goal_activities("Cycle with my grandchildren and go swimming") == ("cycling", "swimming")
    assert goal_activities("Walk the dog") == ("walking",)

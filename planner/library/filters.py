"""Narrowing the library by category, body region, position, equipment, level and origin."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.exercise import Exercise


@dataclass(frozen=True)
class ExerciseFilter:
    """Each set field must match; None means any. Categories count the secondary ones too."""

    category: str | None = None
    region: str | None = None
    position: str | None = None
    equipment: str | None = None   # "none": needs no equipment at all
    level: int | None = None
    origin: str | None = None      # "shipped" or "custom"

    def matches(self, exercise: Exercise) -> bool:
        if self.category and self.category != exercise.category \
                and self.category not in exercise.secondary_categories:
            return False
        if self.region and self.region not in exercise.body_region:
            return False
        if self.position and self.position != exercise.position:
            return False
        if self.equipment == "none" and exercise.equipment != ("none",):
            return False
        if self.equipment and self.equipment != "none" and self.equipment not in exercise.equipment:
            return False
        if self.level and self.level != exercise.level:
            return False
        return not self.origin or self.origin == exercise.origin

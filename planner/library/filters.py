"""Narrowing the library: by category, region, position, equipment, level and origin, and by safety."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from planner.core.exercise import Exercise
from planner.core.vocab import CONDITION_LABELS

FLARE = "acute-flare"   # the caution tag an exercise carries when it does not suit a flare day
CAUTION_LABELS: dict[str, str] = {**CONDITION_LABELS, FLARE: "A flare"}


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


def caution_reason(exercise: Exercise, conditions: Collection[str]) -> str | None:
    """Why this exercise is not safe as it stands for a patient with `conditions`, or None.

    Conditions are the patient's condition tags (hyphen or underscore), plus "acute-flare" during a flare.
    The reason names the matching cautions and gives the exercise's own caution notes.
    """
    matches = exercise.caution_matches(frozenset(conditions))
    if not matches:
        return None
    labels = " and ".join(CAUTION_LABELS.get(tag, tag).lower() for tag in matches)
    notes = exercise.caution_notes.strip()
    return f"Caution for {labels}" + (f": {notes}" if notes else ".")

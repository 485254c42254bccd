"""Reading a patient's goals: the everyday words that point at exercise targets."""

from __future__ import annotations

import re

# Word stems in a goal -> the target tags (EXERCISES-OUTLINE.md section 1) that serve it.
# Project table: goals are individual (NICE NG65 asks for an individualised programme; EULAR 2018 asks for
# shared decision-making), so a goal only nudges the choice; it never overrides a caution.
GOAL_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("walk", "dog", "shop", "hike", "ramble"), ("cardio-fitness", "leg-strength")),
    (("stair", "steps", "climb", "hill"), ("leg-strength", "balance", "gluteal-strength")),
    (("turn", "head", "revers", "driv", "car ", "over my shoulder", "look round"),
     ("neck-rotation", "thoracic-rotation")),
    (("sock", "shoe", "tights", "bend", "pick", "garden", "floor"),
     ("lumbar-flexion", "hamstring-length", "hip-flexion")),
    (("sleep", "night", "bed"), ("relaxation", "sleep")),
    (("posture", "straight", "stand tall", "stoop", "upright"), ("posture-kyphosis", "posture-awareness")),
    (("breath", "puff"), ("chest-expansion", "breathing-control")),
    (("balance", "steady", "fall", "wobbl"), ("balance", "falls-prevention")),
    (("tired", "energy", "fatigue", "exhaust"), ("fatigue", "cardio-fitness")),
    (("computer", "desk", "screen", "office", "sit through", "sitting"), ("posture-awareness", "neck-retraction")),
    (("run", "jog", "football", "gym", "sport", "tennis", "golf", "dance"), ("cardio-fitness", "leg-strength")),
    (("swim",), ("cardio-fitness", "chest-expansion")),
    (("cycl", "bike"), ("cardio-fitness", "leg-strength")),
    (("lift", "carry", "bags", "pick up"), ("leg-strength", "upper-body-strength", "core-stability")),
    (("reach", "shelf", "overhead", "hair"), ("shoulder-flexion", "thoracic-extension")),
    (("stiff", "morning"), ("morning-stiffness",)),
    (("neck",), ("neck-rotation", "neck-side-flexion", "neck-retraction")),
    (("chair", "get up", "stand up", "toilet"), ("leg-strength", "falls-prevention")),
)


# A goal that names an activity the library has asks for that activity itself.
GOAL_ACTIVITIES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("walk", "hike", "ramble"), "walking"),
    (("nordic",), "nordic-walking"),
    (("cycl", "bike"), "cycling"),
    (("swim",), "swimming"),
)


def _words(goal: str) -> str:
    return " " + re.sub(r"[^a-z]+", " ", goal.casefold()) + " "


def _says(text: str, stems: tuple[str, ...]) -> bool:
    # A stem matches at the start of a word ("driv" in "driving"); a trailing space asks for the whole
    # word ("car " matches "car" but not "carry").
    return any(f" {stem}" in text for stem in stems)


def goal_targets(goal: str) -> tuple[str, ...]:
    """The targets a goal's words point at, in table order and without repeats."""
    text = _words(goal)
    found: list[str] = []
    for stems, targets in GOAL_WORDS:
        if _says(text, stems):
            found += [t for t in targets if t not in found]
    return tuple(found)


def goal_activities(goal: str) -> tuple[str, ...]:
    """The exercise ids of activities a goal names."""
    text = _words(goal)
    return tuple(exercise_id for stems, exercise_id in GOAL_ACTIVITIES if _says(text, stems))

"""The rules a clinic-made exercise meets on top of the file schema: its id and links that resolve."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from planner.core.errors import Problem
from planner.core.exercise import Exercise
from planner.library.records import CUSTOM_PREFIX
from planner.library.schema import ID_PATTERN, parse_exercise


def parse_custom(record: Mapping[str, Any], known_ids: Collection[str]) -> tuple[Exercise | None, list[Problem]]:
    """Validate a clinic exercise record; `known_ids` are the exercises its easier/harder links may name.

    Every problem is collected, each naming its field, as `parse_exercise` does for files.
    """
    exercise, problems = parse_exercise(record, origin="custom")
    exercise_id = record.get("id")
    if isinstance(exercise_id, str) and exercise_id and not exercise_id.startswith(CUSTOM_PREFIX):
        problems.append(Problem("id", f"{exercise_id!r} must start with {CUSTOM_PREFIX!r}, so that it never "
                                      "clashes with a shipped exercise"))
    based_on = record.get("based_on")
    if based_on is not None and not isinstance(based_on, str):
        problems.append(Problem("based_on", "must be the id of an exercise"))
    for key in ("easier", "harder"):
        links = record.get(key)
        if not isinstance(links, list):
            continue
        for index, link in enumerate(links):
            if isinstance(link, str) and ID_PATTERN.match(link) and link != exercise_id and link not in known_ids:
                problems.append(Problem(f"{key}[{index}]", f"{link!r} is not an exercise in the library"))
    if problems:
        return None, problems
    return exercise, []

"""The exercise record schema: turns one parsed file (or a custom record) into an Exercise, or problems.

Rules: ../shared/clinical/EXERCISES-OUTLINE.md section 1 and docs/exercise-format.md. Every problem is
collected; nothing stops at the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from planner.core import vocab
from planner.core.dosage import Dosage, parse_dosage
from planner.core.errors import Problem
from planner.core.exercise import Evidence, Exercise, Illustration
from planner.figures import parse_figure

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_NAME = 60
MAX_STEP_WORDS = 25

_REQUIRED = (
    "id", "name", "aliases", "category", "body_region", "position", "equipment", "level", "side", "timed",
    "instructions", "cues", "common_mistakes", "easier_tip", "harder_tip", "cautions", "targets", "easier",
    "harder", "dosage", "illustration", "evidence", "figure",
)
_OPTIONAL = ("secondary_categories", "caution_notes", "flare_dosage")
KNOWN_KEYS = frozenset(_REQUIRED + _OPTIONAL)


class _Reader:
    """Reads typed fields from a mapping, noting a Problem for each bad one."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[Problem] = []

    def problem(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message))

    def text(self, key: str, *, max_len: int = 2000, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(key, "must be text")
            return ""
        if required and not value.strip():
            self.problem(key, "must not be empty")
        if len(value) > max_len:
            self.problem(key, f"is {len(value)} characters long; at most {max_len} allowed")
        return value.strip()

    def texts(self, key: str, *, low: int = 0, high: int = 50, check: Callable[[int, str], None] | None = None
              ) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "must be a list of text")
            return ()
        if not low <= len(value) <= high:
            self.problem(key, f"has {len(value)} items; {low} to {high} allowed")
        for index, item in enumerate(value):
            if not item.strip():
                self.problem(f"{key}[{index}]", "must not be empty")
            elif check:
                check(index, item)
        return tuple(v.strip() for v in value)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.data.get(key)
        if value is None:
            return ""
        if value not in allowed:
            self.problem(key, f"{value!r} is not one of: {', '.join(allowed)}")
        return str(value)

    def choices(self, key: str, allowed: tuple[str, ...], *, at_least: int = 0) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.problem(key, "must be a list")
            return ()
        if len(value) < at_least:
            self.problem(key, f"needs at least {at_least} item{'s' if at_least > 1 else ''}")
        for index, item in enumerate(value):
            if item not in allowed:
                self.problem(f"{key}[{index}]", f"{item!r} is not one of: {', '.join(allowed)}")
        if len(set(value)) != len(value):
            self.problem(key, "lists an item twice")
        return tuple(str(v) for v in value)


def parse_exercise(data: Mapping[str, Any], *, origin: str = "shipped") -> tuple[Exercise | None, list[Problem]]:
    """Validate one exercise record; return the Exercise, or None and every problem found."""
    read = _Reader(data)
    for key in data:
        if key not in KNOWN_KEYS and not (origin == "custom" and key in ("origin", "based_on")):
            read.problem(key, "unknown key")
    for key in _REQUIRED:
        if key not in data:
            read.problem(key, "is missing")

    exercise_id = read.text("id", max_len=80)
    if exercise_id and not ID_PATTERN.match(exercise_id):
        read.problem("id", f"{exercise_id!r} must be lower-case words joined by hyphens")
    name = read.text("name", max_len=MAX_NAME)
    level = data.get("level")
    if level is not None and (isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 4):
        read.problem("level", f"{level!r} must be a whole number from 1 to 4")
    timed = data.get("timed", False)
    if not isinstance(timed, bool):
        read.problem("timed", "must be true or false")

    def check_step(index: int, step: str) -> None:
        words = len(step.split())
        if words > MAX_STEP_WORDS:
            read.problem(f"instructions[{index}]", f"has {words} words; at most {MAX_STEP_WORDS} allowed")

    equipment = read.choices("equipment", vocab.EQUIPMENT, at_least=1)
    if "none" in equipment and len(equipment) > 1:
        read.problem("equipment", "'none' must stand alone")
    links = {}
    for key in ("easier", "harder"):
        links[key] = read.texts(key)
        for index, link in enumerate(links[key]):
            if not ID_PATTERN.match(link):
                read.problem(f"{key}[{index}]", f"{link!r} is not an exercise id")
            elif link == exercise_id:
                read.problem(f"{key}[{index}]", "links the exercise to itself")

    dosage, dosage_problems = _dosage(data, "dosage")
    flare, flare_problems = _dosage(data, "flare_dosage")
    read.problems += dosage_problems + flare_problems
    illustration = _table(read, "illustration", ("start", "end", "notes"))
    evidence = _table(read, "evidence", ("note", "sources"))
    sources = evidence.get("sources", [])
    if not isinstance(sources, list):
        read.problem("evidence.sources", "must be a list")
        sources = []
    for index, key in enumerate(sources):
        if key not in vocab.EVIDENCE_SOURCES:
            read.problem(f"evidence.sources[{index}]", f"{key!r} is not a known source key")
    figure = data.get("figure")
    if figure is not None:
        # Poses out of joint range, unknown presets or props: the figure model checks its own table.
        read.problems += parse_figure(figure)[1]

    exercise = Exercise(
        id=exercise_id,
        name=name,
        aliases=read.texts("aliases", high=10),
        category=read.choice("category", vocab.CATEGORIES),
        secondary_categories=read.choices("secondary_categories", vocab.CATEGORIES),
        body_region=read.choices("body_region", vocab.BODY_REGIONS, at_least=1),
        position=read.choice("position", vocab.POSITIONS),
        equipment=equipment,
        level=level if isinstance(level, int) else 0,
        side=read.choice("side", vocab.SIDES),
        timed=bool(timed),
        instructions=read.texts("instructions", low=3, high=6, check=check_step),
        cues=read.texts("cues", low=1, high=4),
        common_mistakes=read.texts("common_mistakes", low=1, high=4),
        cautions=read.choices("cautions", vocab.CAUTION_TAGS),
        caution_notes=read.text("caution_notes", required=False),
        targets=read.choices("targets", vocab.TARGET_TAGS, at_least=1),
        easier=links["easier"],
        harder=links["harder"],
        dosage=dosage or Dosage(reps=1),
        flare_dosage=flare,
        illustration=Illustration(**{k: str(illustration.get(k, "")) for k in ("start", "end", "notes")}),
        evidence=Evidence(note=str(evidence.get("note", "")), sources=tuple(sources)),
        figure=figure if isinstance(figure, Mapping) else None,
        origin=origin,
        based_on=data.get("based_on") if origin == "custom" else None,
        easier_tip=read.text("easier_tip", max_len=200),
        harder_tip=read.text("harder_tip", max_len=200),
    )
    if read.problems:
        return None, read.problems
    return exercise, []


def _dosage(data: Mapping[str, Any], key: str) -> tuple[Dosage | None, list[Problem]]:
    if key not in data:
        return None, []
    return parse_dosage(data[key], key)


def _table(read: _Reader, key: str, allowed: tuple[str, ...]) -> Mapping[str, Any]:
    value = read.data.get(key, {})
    if not isinstance(value, Mapping):
        read.problem(key, "must be a table")
        return {}
    for inner in value:
        if inner not in allowed:
            read.problem(f"{key}.{inner}", f"unknown key (allowed: {', '.join(allowed)})")
    for inner in allowed:
        if inner in value and not isinstance(value[inner], str | list):
            read.problem(f"{key}.{inner}", "must be text")
    return value

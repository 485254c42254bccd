"""Reads the whole exercise library and reports every problem in every file at once."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from planner.core.errors import Problem
from planner.core.exercise import Exercise
from planner.core.template import Template
from planner.library.records import CUSTOM_PREFIX
from planner.library.schema import parse_exercise
from planner.library.templates import parse_template
from planner.library.toml_lines import decode_error_line, key_lines, line_of


@dataclass(frozen=True)
class Library:
    """Valid exercises (shipped and custom) and templates, by id."""

    exercises: Mapping[str, Exercise] = field(default_factory=dict)
    templates: Mapping[str, Template] = field(default_factory=dict)

    def get(self, exercise_id: str) -> Exercise | None:
        return self.exercises.get(exercise_id)

    def __len__(self) -> int:
        return len(self.exercises)


@dataclass(frozen=True)
class LoadReport:
    library: Library
    problems: tuple[Problem, ...]
    files: int   # exercise files read, valid or not


def _display(path: Path) -> str:
    """A path as a person would type it: relative to the current folder when it is inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


class _KeyLines:
    """Line numbers of a file's keys, worked out only when a problem needs one (most files have none)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[str, int] | None = None

    def of(self, field: str) -> int | None:
        if self._lines is None:
            self._lines = key_lines(self._text)
        return line_of(self._lines, field)


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, _KeyLines, list[Problem]]:
    source = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, _KeyLines(""), [Problem("", f"cannot be read ({error.__class__.__name__})", source)]
    try:
        return tomllib.loads(text), _KeyLines(text), []
    except tomllib.TOMLDecodeError as error:
        message = str(error).split(" (at ", 1)[0]
        return None, _KeyLines(""), [Problem("", f"TOML syntax error: {message}", source,
                                             decode_error_line(str(error)))]


def _parse_files(
    paths: Iterable[Path], parse: Callable[[dict[str, Any]], tuple[Any, list[Problem]]]
) -> tuple[list[tuple[Any, str, _KeyLines]], list[Problem]]:
    parsed: list[tuple[Any, str, _KeyLines]] = []
    problems: list[Problem] = []
    for path in paths:
        data, lines, read_problems = _read_toml(path)
        problems += read_problems
        if data is None:
            continue
        source = _display(path)
        record, record_problems = parse(data)
        for problem in record_problems:
            problems.append(replace(problem, source=source, line=lines.of(problem.field)))
        if record is not None:
            if record.id != path.stem:
                problems.append(Problem("id", f"{record.id!r} must match the file name {path.stem!r}",
                                        source, lines.of("id")))
            if isinstance(record, Exercise) and record.id.startswith(CUSTOM_PREFIX):
                problems.append(Problem("id", f"ids starting with {CUSTOM_PREFIX!r} are kept for the clinic's own "
                                              "exercises", source, lines.of("id")))
            parsed.append((record, source, lines))
    return parsed, problems


def load_library(directory: Path, custom: Iterable[Exercise] = ()) -> LoadReport:
    """Load `directory/*.toml` and `directory/templates/*.toml`, plus the clinic's custom exercises.

    Collects syntax errors with their line, unknown or missing keys, values outside the vocabularies,
    duplicate ids, easier/harder links and template items that do not resolve.
    """
    exercise_paths = sorted(directory.glob("*.toml"))
    template_paths = sorted((directory / "templates").glob("*.toml"))
    parsed, problems = _parse_files(exercise_paths, parse_exercise)

    exercises: dict[str, Exercise] = {}
    places: dict[str, tuple[str, _KeyLines]] = {}
    for exercise, source, lines in parsed:
        if exercise.id in exercises:
            problems.append(Problem("id", f"{exercise.id!r} is also used by {places[exercise.id][0]}",
                                    source, lines.of("id")))
            continue
        exercises[exercise.id] = exercise
        places[exercise.id] = (source, lines)
    for exercise in custom:
        exercises.setdefault(exercise.id, exercise)

    for exercise_id, (source, lines) in places.items():
        exercise = exercises[exercise_id]
        for key in ("easier", "harder"):
            for index, link in enumerate(getattr(exercise, key)):
                if link not in exercises:
                    problems.append(Problem(f"{key}[{index}]", f"{link!r} is not an exercise in the library",
                                            source, lines.of(key)))

    templates: dict[str, Template] = {}
    parsed_templates, template_problems = _parse_files(template_paths, parse_template)
    problems += template_problems
    for template, source, lines in parsed_templates:
        missing = [(i, item.exercise) for i, item in enumerate(template.items) if item.exercise not in exercises]
        for index, exercise_id in missing:
            field_name = f"items[{index}].exercise"
            problems.append(Problem(field_name, f"{exercise_id!r} is not an exercise in the library",
                                    source, lines.of(field_name)))
        if not missing:
            templates[template.id] = template

    ordered = dict(sorted(exercises.items(), key=lambda kv: (kv[1].name.casefold(), kv[0])))
    return LoadReport(Library(ordered, templates), tuple(problems), len(exercise_paths))

"""Exercise bundle files (`planner.exercise-bundle/1`): how clinics share their own exercises.

A bundle is JSON: {"schema": "planner.exercise-bundle/1", "exported": "2026-11-25T10:00:00+00:00",
"exercises": [record, ...]} where each record is an exercise in the file schema (docs/exercise-format.md)
plus an optional "based_on". Reading one decides, exercise by exercise, what an import does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.errors import Problem, ValidationError
from planner.core.exercise import Exercise
from planner.library.custom import parse_custom

BUNDLE_SCHEMA = "planner.exercise-bundle/1"
IMPORTED, REFUSED, SKIPPED = "imported", "refused", "skipped"
ALREADY_THERE = "an exercise with this id is already in the library; it was kept as it is"


def bundle_bytes(records: Iterable[Mapping[str, Any]], exported: str) -> bytes:
    """The bundle file's contents (UTF-8 JSON, readable by a person)."""
    document = {"schema": BUNDLE_SCHEMA, "exported": exported, "exercises": [dict(r) for r in records]}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class ImportOutcome:
    """What happens to one exercise of a bundle, and why."""

    index: int                # its place in the bundle, from 0
    id: str                   # as written in the bundle ('' when it has none)
    name: str
    status: str               # IMPORTED, REFUSED or SKIPPED
    reasons: tuple[str, ...] = ()
    exercise: Exercise | None = None
    record: Mapping[str, Any] | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})" if self.name and self.id else self.id or self.name or f"#{self.index + 1}"


def read_bundle_records(data: bytes, source: str) -> list[Any]:
    """The exercise records of a bundle file; a file that is not a bundle is refused as a whole."""
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError([Problem("", "is not a text file (UTF-8)", source)]) from None
    except json.JSONDecodeError as error:
        raise ValidationError([Problem("", f"is not valid JSON ({error.msg})", source, error.lineno)]) from None
    if not isinstance(document, Mapping):
        raise ValidationError([Problem("", "is not an exercise bundle (a JSON object is expected)", source)])
    if document.get("schema") != BUNDLE_SCHEMA:
        raise ValidationError([Problem("schema", f"{document.get('schema')!r} is not {BUNDLE_SCHEMA!r}", source)])
    records = document.get("exercises")
    if not isinstance(records, list):
        raise ValidationError([Problem("exercises", "must be a list of exercise records", source)])
    return records


def _text(record: Any, key: str) -> str:
    value = record.get(key) if isinstance(record, Mapping) else None
    return value if isinstance(value, str) else ""


def plan_import(records: list[Any], library_ids: set[str]) -> list[ImportOutcome]:
    """Decide for each record: imported, refused (with every reason) or skipped (its id is taken).

    Links (easier/harder) may name exercises of the library or of this bundle; a record whose link names
    one that is refused is refused too, so nothing is stored with a link that does not resolve.
    """
    outcomes: dict[int, ImportOutcome] = {}
    candidates: dict[str, int] = {}
    for index, record in enumerate(records):
        exercise_id, name = _text(record, "id"), _text(record, "name")
        if not isinstance(record, Mapping):
            outcomes[index] = ImportOutcome(index, "", "", REFUSED, ("is not an exercise record (a JSON object)",))
        elif exercise_id in library_ids:
            outcomes[index] = ImportOutcome(index, exercise_id, name, SKIPPED, (ALREADY_THERE,))
        elif exercise_id and exercise_id in candidates:
            twice = f"the id is used twice in the bundle (also #{candidates[exercise_id] + 1})"
            outcomes[index] = ImportOutcome(index, exercise_id, name, REFUSED, (twice,))
        else:
            candidates[exercise_id] = index
    while True:
        known = library_ids | set(candidates)
        refused_now = False
        for exercise_id, index in list(candidates.items()):
            exercise, problems = parse_custom(records[index], known)
            if exercise is None:
                outcomes[index] = ImportOutcome(index, exercise_id, _text(records[index], "name"), REFUSED,
                                                tuple(str(p) for p in problems))
                del candidates[exercise_id]
                refused_now = True
            else:
                outcomes[index] = ImportOutcome(index, exercise_id, exercise.name, IMPORTED, (), exercise,
                                                records[index])
        if not refused_now:
            break
    return [outcomes[i] for i in range(len(records))]

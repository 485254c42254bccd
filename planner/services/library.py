"""The exercise library as the app sees it: shipped files plus the clinic's own exercises from the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from planner import paths
from planner.core.errors import NotFoundError, PlannerError, Problem, ValidationError
from planner.core.exercise import Exercise
from planner.files import write_atomically
from planner.library.bundle import IMPORTED, ImportOutcome, bundle_bytes, plan_import, read_bundle_records
from planner.library.custom import parse_custom
from planner.library.loader import Library, LoadReport, load_library
from planner.library.records import custom_id_for, exercise_to_record
from planner.library.search import ExerciseIndex
from planner.storage.store import Store


def check_library(directory: Path | None = None) -> LoadReport:
    """Validate every exercise and template file in `directory` (default: the shipped library)."""
    return load_library(directory or paths.exercises_dir())


@lru_cache(maxsize=4)
def _shipped(directory: Path) -> Library:
    return load_library(directory).library


def shipped_library() -> Library:
    """The valid shipped exercises, loaded once per folder (they are read-only at run time)."""
    return _shipped(paths.exercises_dir())


def _by_name(exercises: Iterable[Exercise]) -> dict[str, Exercise]:
    return {e.id: e for e in sorted(exercises, key=lambda e: (e.name.casefold(), e.id))}


class LibraryService:
    """Shipped plus custom exercises. `library` is one live view: after an edit, every holder sees it.

    Custom exercises are validated like files (`parse_custom`); a stored one that no longer validates (an
    older record after an upgrade) is left out and listed in `custom_problems`. Shipped files are never
    written.
    """

    def __init__(self, store: Store, shipped: Library | None = None) -> None:
        self._store = store
        self._shipped = shipped or shipped_library()
        self._exercises: dict[str, Exercise] = {}
        self.library = Library(MappingProxyType(self._exercises), self._shipped.templates)
        self.custom_problems: list[Problem] = []
        self.revision = 0   # goes up on every change, so views know their copies are stale
        self._reload()

    def current(self) -> Library:
        """The live library, read again first if the store was reopened (a restore replaced the data)."""
        if self._store.conn is not self._conn:
            self._reload()
        return self.library

    def _reload(self) -> None:
        self._conn = self._store.conn
        rows = self._store.custom_exercises.all()
        known = set(self._shipped.exercises) | {row.id for row in rows}
        custom, problems = [], []
        for row in rows:
            exercise, found = parse_custom({**row.data, "based_on": row.based_on}, known)
            if exercise is None:
                problems += [replace(p, source=f"clinic exercise {row.id}") for p in found]
            else:
                custom.append(exercise)
        merged = _by_name([*self._shipped.exercises.values(), *custom])
        self._exercises.clear()
        self._exercises.update(merged)
        self.custom_problems = problems
        self.revision += 1

    # ---- reading ----

    def is_custom(self, exercise_id: str) -> bool:
        exercise = self.library.get(exercise_id)
        return exercise is not None and exercise.origin == "custom"

    def custom_exercises(self) -> list[Exercise]:
        return [e for e in self.library.exercises.values() if e.origin == "custom"]

    def record(self, exercise_id: str) -> dict[str, Any]:
        """The editable record of any exercise in the library (a copy: changing it changes nothing)."""
        exercise = self.library.get(exercise_id)
        if exercise is None:
            raise NotFoundError(f"{exercise_id!r} is not an exercise in the library")
        record = exercise_to_record(exercise)
        if exercise.based_on:
            record["based_on"] = exercise.based_on
        return record

    def copy_record(self, exercise_id: str) -> dict[str, Any]:
        """A new clinic exercise copied from `exercise_id` (figure included), with a free id; not saved yet."""
        source = self.library.get(exercise_id)
        if source is None:
            raise NotFoundError(f"{exercise_id!r} is not an exercise in the library")
        record = exercise_to_record(source)
        record["name"] = f"{source.name} (clinic)"[:60]
        record["id"] = custom_id_for(source.name, self.library.exercises.keys())
        record["based_on"] = source.based_on or source.id
        return record

    def new_id(self, name: str) -> str:
        return custom_id_for(name, self.library.exercises.keys())

    # ---- changing the clinic's exercises ----

    def _validated(self, record: Mapping[str, Any]) -> Exercise:
        exercise, problems = parse_custom(record, self.library.exercises.keys())
        if exercise is None:
            raise ValidationError(problems)
        return exercise

    def create(self, record: Mapping[str, Any]) -> Exercise:
        """Validate and store a new clinic exercise; its id must not be taken (shipped or custom)."""
        exercise_id = record.get("id")
        if isinstance(exercise_id, str) and exercise_id in self.library.exercises:
            raise ValidationError([Problem("id", f"{exercise_id!r} is already used by "
                                                 f"“{self.library.exercises[exercise_id].name}”")])
        exercise = self._validated(record)
        data, based_on = _split(record)
        self._store.custom_exercises.add(data, based_on)
        self._reload()
        return self.library.exercises[exercise.id]

    def update(self, record: Mapping[str, Any]) -> Exercise:
        """Replace a clinic exercise (same id); shipped exercises are refused, never written."""
        exercise_id = str(record.get("id", ""))
        if not self.is_custom(exercise_id):
            raise PlannerError(f"only the clinic's own exercises can be changed; {exercise_id!r} is not one "
                               "(duplicate a shipped exercise to change a copy)")
        exercise = self._validated(record)
        data, _based_on = _split(record)
        self._store.custom_exercises.update(data)
        self._reload()
        return self.library.exercises[exercise.id]

    def delete_problem(self, exercise_id: str) -> str | None:
        """Why this exercise cannot be deleted (shipped, in a saved plan, linked from another), or None."""
        exercise = self.library.get(exercise_id)
        if exercise is None or exercise.origin != "custom":
            return "Only the clinic's own exercises can be deleted; shipped exercises are always kept."
        plans = self._store.custom_exercises.plans_using(exercise_id)
        if plans:
            shown = ", ".join(f"{name} (version {version})" for name, version in plans[:3])
            more = f" and {len(plans) - 3} more" if len(plans) > 3 else ""
            return f"“{exercise.name}” is in saved plans of {shown}{more}; it is kept so those plans still print."
        linking = [e.name for e in self.custom_exercises() if exercise_id in (*e.easier, *e.harder)]
        if linking:
            return (f"“{exercise.name}” is the easier or harder step of {', '.join(linking)}; "
                    "remove those links first.")
        return None

    def delete(self, exercise_id: str) -> None:
        problem = self.delete_problem(exercise_id)
        if problem:
            raise PlannerError(problem)
        self._store.custom_exercises.delete(exercise_id)
        self._reload()

    # ---- sharing between clinics ----

    def export_bundle(self, exercise_ids: Iterable[str], out: Path) -> int:
        """Write the chosen clinic exercises to a bundle file (atomically); returns how many."""
        ids = list(dict.fromkeys(exercise_ids))
        problems = [Problem("ids", f"{i!r} is not one of the clinic's exercises (only those can be exported)")
                    for i in ids if not self.is_custom(i)]
        if not ids:
            problems.append(Problem("ids", "choose at least one of the clinic's exercises"))
        if problems:
            raise ValidationError(problems)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        write_atomically(out, bundle_bytes((self.record(i) for i in ids), stamp))
        return len(ids)

    def import_bundle(self, path: Path) -> list[ImportOutcome]:
        """Read a bundle; store every valid new exercise in one transaction; say what happened to each."""
        try:
            data = path.read_bytes()
        except OSError as error:
            raise PlannerError(f"{path}: cannot be read ({error.strerror or error.__class__.__name__})") from None
        outcomes = plan_import(read_bundle_records(data, str(path)), set(self.library.exercises))
        imported = [_split(o.record) for o in outcomes if o.status == IMPORTED and o.record is not None]
        if imported:
            self._store.custom_exercises.add_all(imported)
            self._reload()
        return outcomes


def _split(record: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The stored record and its based_on column (kept apart: it is about the record, not the exercise)."""
    data = {k: v for k, v in record.items() if k not in ("based_on", "origin")}
    based_on = record.get("based_on")
    return data, based_on if isinstance(based_on, str) else None


def list_exercises(search: str | None = None, category: str | None = None,
                   library: Library | None = None) -> list[Exercise]:
    chosen = library or shipped_library()
    found = ExerciseIndex(chosen.exercises.values()).search(search or "")
    return [e for e in found if category is None or e.category == category]


def exercise_record(exercise: Exercise) -> dict[str, Any]:
    """The JSON record of `planner library list --json` (contract: ARCHITECTURE.md): the file schema's record
    without the pose, every dosage field present (null where unset), and where the exercise comes from."""
    record = exercise_to_record(exercise)
    record.pop("figure", None)
    record["dosage"] = exercise.dosage.to_dict()
    record["flare_dosage"] = exercise.flare_dosage.to_dict() if exercise.flare_dosage else None
    record["origin"] = exercise.origin
    return record


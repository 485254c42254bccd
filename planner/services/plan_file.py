"""Reading a portable plan file (`planner.plan/1`, ARCHITECTURE.md) strictly, with every problem at once.

Extends the contract with an optional `conditions` list (assessment condition tags), so a plan printed
from a file names the same condition-specific charities as one printed in the app.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from planner.core.dosage import Dosage, parse_dosage
from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import PAPER_SIZES, TRACKING_WEEKS_RANGE, Clinic, Therapist
from planner.core.vocab import CONDITIONS, normalize_tag

PLAN_SCHEMA = "planner.plan/1"
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 2000
MAX_ITEMS = 60
TOP_FIELDS = ("schema", "patient", "therapist", "clinic", "date", "review_date", "goals", "notes", "items",
              "options", "conditions")
ITEM_FIELDS = ("exercise", "dosage", "flare_dosage", "note", "reason", "override_reason", "goals")


@dataclass(frozen=True)
class PlanFile:
    patient_name: str
    plan_date: date
    items: tuple[PlanItem, ...]
    review_date: date | None = None
    goals: tuple[str, ...] = ()
    notes: str = ""
    therapist: Therapist = field(default_factory=Therapist)
    clinic: Clinic = field(default_factory=Clinic)
    conditions: tuple[str, ...] = ()
    options: PlanOptions = field(default_factory=PlanOptions)


class _Reader:
    """Collects problems while reading; each helper returns a usable default when its field is wrong."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def refuse(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def text(self, value: object, where: str, limit: int = MAX_TEXT_CHARS, required: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            self.refuse(where, f"must be text of {'1 to' if required else 'at most'} {limit} characters")
            return ""
        return value.strip()

    def day(self, value: object, where: str) -> date | None:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.refuse(where, "must be a date written YYYY-MM-DD, e.g. 2026-11-25")
        return None

    def mapping(self, value: object, where: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            self.refuse(where, f"must be an object with: {', '.join(keys)}")
            return {}
        for key in value:
            if key not in keys:
                self.refuse(f"{where}.{key}", f"unknown field (allowed: {', '.join(keys)})")
        return value

    def texts(self, value: object, where: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.refuse(where, "must be a list of texts")
            return []
        return [self.text(v, f"{where}[{i}]", MAX_NAME_CHARS, required=True) for i, v in enumerate(value)]

    def people(self, data: Mapping[str, Any]) -> tuple[str, Therapist, Clinic]:
        if "patient" not in data:
            self.refuse("patient", "missing (needs an object with a name)")
        patient = self.mapping(data.get("patient"), "patient", ("name",))
        name = self.text(patient.get("name"), "patient.name", MAX_NAME_CHARS, required="patient" in data)
        keys = ("name", "role", "registration", "contact")
        raw = self.mapping(data.get("therapist"), "therapist", keys)
        therapist = Therapist(**{k: self.text(raw[k], f"therapist.{k}", MAX_NAME_CHARS) for k in keys if k in raw})
        keys = ("name", "phone", "address", "logo")
        raw = self.mapping(data.get("clinic"), "clinic", keys)
        clinic = Clinic(**{k: self.text(raw[k], f"clinic.{k}", MAX_NAME_CHARS) for k in keys if k in raw})
        return name, therapist, clinic

    def options(self, value: object) -> PlanOptions:
        raw = self.mapping(value, "options", ("large_print", "paper", "tracking_weeks"))
        chosen: dict[str, Any] = {}
        if "large_print" in raw:
            if isinstance(raw["large_print"], bool):
                chosen["large_print"] = raw["large_print"]
            else:
                self.refuse("options.large_print", "must be true or false")
        if "paper" in raw:
            if raw["paper"] in PAPER_SIZES:
                chosen["paper"] = raw["paper"]
            else:
                self.refuse("options.paper", f"must be one of: {', '.join(PAPER_SIZES)}")
        if "tracking_weeks" in raw:
            weeks, (low, high) = raw["tracking_weeks"], TRACKING_WEEKS_RANGE
            if isinstance(weeks, int) and not isinstance(weeks, bool) and low <= weeks <= high:
                chosen["tracking_weeks"] = weeks
            else:
                self.refuse("options.tracking_weeks", f"must be a whole number from {low} to {high}")
        return PlanOptions(**chosen)

    def conditions(self, value: object) -> tuple[str, ...]:
        tags = [normalize_tag(t) for t in self.texts(value, "conditions")]
        for index, tag in enumerate(tags):
            if tag and tag not in CONDITIONS:
                self.refuse(f"conditions[{index}]", f"{tag!r} is not a condition (allowed: {', '.join(CONDITIONS)})")
        return tuple(tags)

    def item(self, value: object, where: str, goal_count: int) -> PlanItem | None:
        if not isinstance(value, Mapping):
            self.refuse(where, "must be an object with an exercise and its dosage")
            return None
        before = len(self.problems)
        self.mapping(value, where, ITEM_FIELDS)
        exercise = value.get("exercise")
        if not isinstance(exercise, str) or not exercise.strip():
            self.refuse(f"{where}.exercise", "must be an exercise id, e.g. thoracic-rotation-sitting")
        dosage, problems = parse_dosage(value.get("dosage"), f"{where}.dosage")
        self.problems += problems
        flare: Dosage | None = None
        if value.get("flare_dosage") is not None:   # absent or null: the exercise rests on a flare day
            flare, problems = parse_dosage(value["flare_dosage"], f"{where}.flare_dosage")
            self.problems += problems
        texts = {key: self.text(value.get(key), f"{where}.{key}") for key in ("note", "reason", "override_reason")}
        goals = value.get("goals", [])
        if not isinstance(goals, list) or any(isinstance(g, bool) or not isinstance(g, int)
                                              or not 0 <= g < goal_count for g in goals):
            allowed = f"numbers from 0 to {goal_count - 1}" if goal_count else "empty: the plan has no goals"
            self.refuse(f"{where}.goals", f"must list goals by their place in the plan's goals ({allowed})")
        if len(self.problems) > before or dosage is None or not isinstance(exercise, str):
            return None
        return PlanItem(exercise.strip(), dosage, flare, goals=tuple(goals), **texts)


def parse_plan(data: object) -> PlanFile:
    """Read plan data, refusing it with every problem at once (each names its field and the allowed values)."""
    if not isinstance(data, Mapping):
        raise ValidationError([Problem("plan", "must be a JSON object")])
    read = _Reader()
    for key in data:
        if key not in TOP_FIELDS:
            read.refuse(str(key), f"unknown field (allowed: {', '.join(TOP_FIELDS)})")
    if data.get("schema") != PLAN_SCHEMA:
        read.refuse("schema", f"must be '{PLAN_SCHEMA}'")
    name, therapist, clinic = read.people(data)
    plan_date = read.day(data.get("date"), "date")
    review = read.day(data["review_date"], "review_date") if data.get("review_date") is not None else None
    if plan_date and review and review < plan_date:
        read.refuse("review_date", f"must be on or after the plan date {plan_date.isoformat()}")
    goals = read.texts(data.get("goals"), "goals")
    notes = read.text(data.get("notes"), "notes")
    items: list[PlanItem] = []
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
        read.refuse("items", f"must be a list of 1 to {MAX_ITEMS} exercises")
    else:
        for index, raw in enumerate(raw_items):
            item = read.item(raw, f"items[{index}]", len(goals))
            if item is not None:
                items.append(item)
    conditions = read.conditions(data.get("conditions"))
    options = read.options(data.get("options"))
    if read.problems or plan_date is None:
        raise ValidationError(read.problems)
    return PlanFile(name, plan_date, tuple(items), review, tuple(goals), notes, therapist, clinic, conditions,
                    options)


def read_plan_file(path: Path) -> PlanFile:
    """Read and check a plan file; a relative logo path is taken from the plan file's folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlannerError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PlannerError(f"{path}: cannot be read ({error.__class__.__name__})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlannerError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from None
    try:
        plan = parse_plan(data)
    except ValidationError as error:
        raise ValidationError(Problem(p.field, p.message, str(path)) for p in error.problems) from None
    logo = plan.clinic.logo
    if logo and not Path(logo).expanduser().is_absolute():
        plan = replace(plan, clinic=replace(plan.clinic, logo=str(path.parent / logo)))
    return plan

"""The portable plan JSON (`planner.plan/1`): strict reading with every problem at once, and writing.

Extends the contract with an optional `conditions` list (assessment condition tags), so a plan printed
from a file names the same condition-specific charities as one printed in the app.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from planner.core.dosage import Dosage, parse_dosage
from planner.core.errors import Problem, ValidationError
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import PAPER_SIZES, TRACKING_WEEKS_RANGE, Clinic, Therapist
from planner.core.vocab import CONDITIONS, normalize_tag

PLAN_SCHEMA = "planner.plan/1"
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 2000
MAX_ITEMS = 60
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class PlanDocument:
    """A plan as it travels between clinics and versions: no database ids, the patient by name."""

    patient_name: str
    plan_date: date
    items: tuple[PlanItem, ...]
    review_date: date | None = None
    goals: tuple[str, ...] = ()
    notes: str = ""
    therapist: Therapist = field(default_factory=Therapist)
    clinic: Clinic = field(default_factory=Clinic)
    options: PlanOptions = field(default_factory=PlanOptions)
    conditions: tuple[str, ...] = ()   # hyphen form, as in vocab.CONDITIONS


def _text(value: object, where: str, problems: list[Problem], limit: int = MAX_TEXT_CHARS,
          required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        need = f"1 to {limit}" if required else f"at most {limit}"
        problems.append(Problem(where, f"must be text of {need} characters"))
        return ""
    return value.strip()


def _date(value: object, where: str, problems: list[Problem]) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(Problem(where, "must be a date written YYYY-MM-DD, e.g. 2026-11-25"))
    return None


def _object(value: object, where: str, keys: tuple[str, ...], problems: list[Problem]) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        problems.append(Problem(where, f"must be an object with: {', '.join(keys)}"))
        return {}
    for key in value:
        if key not in keys:
            problems.append(Problem(f"{where}.{key}", f"unknown field (allowed: {', '.join(keys)})"))
    return dict(value)


def _people(data: Mapping[str, Any], problems: list[Problem]) -> tuple[str, Therapist, Clinic]:
    patient = _object(data.get("patient"), "patient", ("name",), problems)
    if "patient" not in data:
        problems.append(Problem("patient", "missing (needs an object with a name)"))
    name = _text(patient.get("name"), "patient.name", problems, MAX_NAME_CHARS, required="patient" in data)
    therapist_keys = ("name", "role", "registration", "contact")
    raw = _object(data.get("therapist"), "therapist", therapist_keys, problems)
    therapist = Therapist(**{k: _text(raw.get(k), f"therapist.{k}", problems, MAX_NAME_CHARS)
                             for k in therapist_keys if k in raw})
    clinic_keys = ("name", "phone", "address", "logo")
    raw = _object(data.get("clinic"), "clinic", clinic_keys, problems)
    clinic = Clinic(**{k: _text(raw.get(k), f"clinic.{k}", problems, MAX_NAME_CHARS) for k in clinic_keys if k in raw})
    return name, therapist, clinic


def _options(value: object, problems: list[Problem]) -> PlanOptions:
    raw = _object(value, "options", ("large_print", "paper", "tracking_weeks"), problems)
    options: dict[str, Any] = {}
    if "large_print" in raw:
        if isinstance(raw["large_print"], bool):
            options["large_print"] = raw["large_print"]
        else:
            problems.append(Problem("options.large_print", "must be true or false"))
    if "paper" in raw:
        if raw["paper"] in PAPER_SIZES:
            options["paper"] = raw["paper"]
        else:
            problems.append(Problem("options.paper", f"must be one of: {', '.join(PAPER_SIZES)}"))
    if "tracking_weeks" in raw:
        weeks, (low, high) = raw["tracking_weeks"], TRACKING_WEEKS_RANGE
        if isinstance(weeks, int) and not isinstance(weeks, bool) and low <= weeks <= high:
            options["tracking_weeks"] = weeks
        else:
            problems.append(Problem("options.tracking_weeks", f"must be a whole number from {low} to {high}"))
    return PlanOptions(**options)


def _conditions(value: object, problems: list[Problem]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(Problem("conditions", "must be a list of texts"))
        return ()
    tags = [normalize_tag(_text(v, f"conditions[{i}]", problems, MAX_NAME_CHARS, required=True))
            for i, v in enumerate(value)]
    for index, tag in enumerate(tags):
        if tag and tag not in CONDITIONS:
            problems.append(Problem(f"conditions[{index}]",
                                    f"{tag!r} is not a condition (allowed: {', '.join(CONDITIONS)})"))
    return tuple(tag for tag in tags if tag)


_ITEM_KEYS = ("exercise", "dosage", "flare_dosage", "note", "reason", "override_reason", "goals")


def _item(value: object, where: str, goal_count: int, problems: list[Problem]) -> PlanItem | None:
    if not isinstance(value, Mapping):
        problems.append(Problem(where, "must be an object with an exercise and its dosage"))
        return None
    found: list[Problem] = [Problem(f"{where}.{key}", f"unknown field (allowed: {', '.join(_ITEM_KEYS)})")
                            for key in value if key not in _ITEM_KEYS]
    exercise = value.get("exercise")
    if not isinstance(exercise, str) or not exercise or not set(exercise) <= _ID_CHARS:
        found.append(Problem(f"{where}.exercise", "must be an exercise id (lower-case words joined by hyphens)"))
    dosage, dosage_problems = parse_dosage(value.get("dosage"), f"{where}.dosage")
    found += dosage_problems
    flare: Dosage | None = None
    if value.get("flare_dosage") is not None:
        flare, flare_problems = parse_dosage(value["flare_dosage"], f"{where}.flare_dosage")
        found += flare_problems
    texts = {key: _text(value.get(key), f"{where}.{key}", found) for key in ("note", "reason", "override_reason")}
    goals = value.get("goals", [])
    if not isinstance(goals, list) or any(isinstance(g, bool) or not isinstance(g, int) or not 0 <= g < goal_count
                                          for g in goals):
        allowed = f"numbers from 0 to {goal_count - 1}" if goal_count else "empty: the plan has no goals"
        found.append(Problem(f"{where}.goals", f"must list goals by their place in the plan's goals ({allowed})"))
        goals = []
    problems += found
    if found or dosage is None:
        return None
    return PlanItem(exercise, dosage, flare, goals=tuple(dict.fromkeys(goals)), **texts)


def parse_plan_document(data: object) -> PlanDocument:
    """Read a plan document, refusing it with every problem at once (each names its field and range)."""
    if not isinstance(data, Mapping):
        raise ValidationError([Problem("plan", "must be a JSON object")])
    problems: list[Problem] = []
    allowed = ("schema", "patient", "therapist", "clinic", "date", "review_date", "goals", "notes", "items",
               "options", "conditions")
    for key in data:
        if key not in allowed:
            problems.append(Problem(str(key), f"unknown field (allowed: {', '.join(allowed)})"))
    if data.get("schema") != PLAN_SCHEMA:
        problems.append(Problem("schema", f"must be '{PLAN_SCHEMA}'"))
    name, therapist, clinic = _people(data, problems)
    plan_date = _date(data.get("date"), "date", problems)
    review = _date(data["review_date"], "review_date", problems) if data.get("review_date") is not None else None
    if plan_date and review and review < plan_date:
        problems.append(Problem("review_date", f"must be on or after the plan date {plan_date.isoformat()}"))
    goals_value = data.get("goals", [])
    goals: list[str] = []
    if not isinstance(goals_value, list):
        problems.append(Problem("goals", "must be a list of texts"))
    else:
        goals = [_text(g, f"goals[{i}]", problems, MAX_NAME_CHARS, required=True) for i, g in enumerate(goals_value)]
    notes = _text(data.get("notes"), "notes", problems)
    raw_items = data.get("items")
    items: list[PlanItem] = []
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
        problems.append(Problem("items", f"must be a list of 1 to {MAX_ITEMS} exercises"))
    else:
        read = [(index, _item(raw, f"items[{index}]", len(goals), problems)) for index, raw in enumerate(raw_items)]
        items = [item for _, item in read if item]
        seen: set[str] = set()
        for index, item in read:   # the index in the file: a refused item before a repeat does not shift it
            if item is None:
                continue
            if item.exercise_id in seen:
                problems.append(Problem(f"items[{index}].exercise", f"'{item.exercise_id}' is in the plan twice"))
            seen.add(item.exercise_id)
    conditions = _conditions(data.get("conditions"), problems)
    options = _options(data.get("options"), problems)
    if problems or plan_date is None:
        raise ValidationError(problems)
    return PlanDocument(name, plan_date, tuple(items), review, tuple(goals), notes, therapist, clinic, options,
                        conditions)


def _dose_json(dosage: Dosage | None) -> dict[str, Any] | None:
    return None if dosage is None else {k: v for k, v in asdict(dosage).items() if v is not None}


def plan_document_json(document: PlanDocument) -> dict[str, Any]:
    """The document as JSON data (contract: ARCHITECTURE.md, extended with each item's reasons and goals).

    `conditions` is written only when there are some, so a file without them stays readable by versions
    that predate the field.
    """
    data: dict[str, Any] = {
        "schema": PLAN_SCHEMA,
        "patient": {"name": document.patient_name},
        "therapist": asdict(document.therapist),
        "clinic": asdict(document.clinic),
        "date": document.plan_date.isoformat(),
        "review_date": document.review_date.isoformat() if document.review_date else None,
        "goals": list(document.goals),
        "notes": document.notes,
        "items": [{"exercise": item.exercise_id, "dosage": _dose_json(item.dosage),
                   "flare_dosage": _dose_json(item.flare_dosage), "note": item.note, "reason": item.reason,
                   "override_reason": item.override_reason, "goals": list(item.goals)} for item in document.items],
        "options": asdict(document.options),
    }
    if document.conditions:
        data["conditions"] = list(document.conditions)
    return data

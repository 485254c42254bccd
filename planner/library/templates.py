"""Template programme files (exercises/templates/*.toml) -> Template, collecting every problem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.core.dosage import Dosage, parse_dosage
from planner.core.errors import Problem
from planner.core.template import Template, TemplateItem
from planner.library.schema import ID_PATTERN

_KEYS = frozenset({"id", "name", "rationale", "when", "flare", "items"})
_ITEM_KEYS = frozenset({"exercise", "block", "dosage"})


def parse_template(data: Mapping[str, Any], *, origin: str = "shipped") -> tuple[Template | None, list[Problem]]:
    problems: list[Problem] = []
    for key in data:
        if key not in _KEYS:
            problems.append(Problem(key, "unknown key"))
    for key in ("id", "name", "rationale", "items"):
        if key not in data:
            problems.append(Problem(key, "is missing"))
    template_id = data.get("id", "")
    if not isinstance(template_id, str) or not ID_PATTERN.match(template_id):
        problems.append(Problem("id", f"{template_id!r} must be lower-case words joined by hyphens"))
    for key in ("name", "rationale", "when"):
        if key in data and not isinstance(data[key], str):
            problems.append(Problem(key, "must be text"))
    flare = data.get("flare", False)
    if not isinstance(flare, bool):
        problems.append(Problem("flare", "must be true or false"))
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(Problem("items", "must list at least one exercise"))
        raw_items = []
    items: list[TemplateItem] = []
    for index, raw in enumerate(raw_items):
        where = f"items[{index}]"
        if not isinstance(raw, Mapping):
            problems.append(Problem(where, "must be a table"))
            continue
        for key in raw:
            if key not in _ITEM_KEYS:
                problems.append(Problem(f"{where}.{key}", "unknown key"))
        exercise = raw.get("exercise")
        if not isinstance(exercise, str) or not ID_PATTERN.match(exercise):
            problems.append(Problem(f"{where}.exercise", f"{exercise!r} is not an exercise id"))
            continue
        dosage: Dosage | None = None
        if "dosage" in raw:
            dosage, dosage_problems = parse_dosage(raw["dosage"], f"{where}.dosage")
            problems += dosage_problems
        block = raw.get("block", "")
        items.append(TemplateItem(exercise=exercise, dosage=dosage, block=block if isinstance(block, str) else ""))
    if problems:
        return None, problems
    return Template(
        id=template_id, name=data["name"].strip(), rationale=data["rationale"].strip(),
        when=str(data.get("when", "")).strip(), flare=flare, items=tuple(items), origin=origin,
    ), []

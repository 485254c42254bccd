"""An Exercise as a plain record in the file schema (the clinic's exercises, bundles), and custom ids."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Collection
from typing import Any

from planner.core.dosage import Dosage
from planner.core.exercise import Exercise

# Every clinic-made exercise id starts with this, so no shipped exercise (now or in a later version) can
# ever have the same id: shipped ids never start with it (`planner library check` refuses one that does).
CUSTOM_PREFIX = "clinic-"
_NON_ID = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 50


def dosage_record(dosage: Dosage) -> dict[str, Any]:
    """A dosage table with only the fields that are set (the file format leaves the others out)."""
    return {key: value for key, value in dosage.to_dict().items() if value is not None}


def exercise_to_record(exercise: Exercise) -> dict[str, Any]:
    """The record `parse_exercise` reads back into an equal Exercise (origin and based_on excepted)."""
    record: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "aliases": list(exercise.aliases),
        "category": exercise.category,
        "secondary_categories": list(exercise.secondary_categories),
        "body_region": list(exercise.body_region),
        "position": exercise.position,
        "equipment": list(exercise.equipment),
        "level": exercise.level,
        "side": exercise.side,
        "timed": exercise.timed,
        "instructions": list(exercise.instructions),
        "cues": list(exercise.cues),
        "common_mistakes": list(exercise.common_mistakes),
        "easier_tip": exercise.easier_tip,
        "harder_tip": exercise.harder_tip,
        "cautions": list(exercise.cautions),
        "caution_notes": exercise.caution_notes,
        "targets": list(exercise.targets),
        "easier": list(exercise.easier),
        "harder": list(exercise.harder),
        "dosage": dosage_record(exercise.dosage),
        "illustration": {"start": exercise.illustration.start, "end": exercise.illustration.end,
                         "notes": exercise.illustration.notes},
        "evidence": {"note": exercise.evidence.note, "sources": list(exercise.evidence.sources)},
    }
    if exercise.flare_dosage is not None:
        record["flare_dosage"] = dosage_record(exercise.flare_dosage)
    if exercise.figure is not None:
        record["figure"] = copy.deepcopy(dict(exercise.figure))
    return record


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, accents dropped: 'Côte à côte!' -> 'cote-a-cote'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ID.sub("-", plain).strip("-")[:_MAX_SLUG].strip("-")


def custom_id_for(name: str, taken: Collection[str]) -> str:
    """A free clinic id made from a name: 'clinic-wall-press', else 'clinic-wall-press-2', and so on."""
    base = f"{CUSTOM_PREFIX}{slug(name) or 'exercise'}"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"

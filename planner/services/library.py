"""The exercise library as the app sees it: shipped files plus checks, listing and JSON records."""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner import paths
from planner.core.exercise import Exercise
from planner.library.loader import Library, LoadReport, load_library
from planner.library.search import ExerciseIndex


def check_library(directory: Path | None = None) -> LoadReport:
    """Validate every exercise and template file in `directory` (default: the shipped library)."""
    return load_library(directory or paths.exercises_dir())


@lru_cache(maxsize=4)
def _shipped(directory: Path) -> Library:
    return load_library(directory).library


def shipped_library() -> Library:
    """The valid shipped exercises, loaded once per folder (they are read-only at run time)."""
    return _shipped(paths.exercises_dir())


def list_exercises(search: str | None = None, category: str | None = None,
                   library: Library | None = None) -> list[Exercise]:
    chosen = library or shipped_library()
    found = ExerciseIndex(chosen.exercises.values()).search(search or "")
    return [e for e in found if category is None or e.category == category]


def exercise_record(exercise: Exercise) -> dict[str, Any]:
    """The JSON record of `planner library list --json` (contract: ARCHITECTURE.md)."""
    return {
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
        "cautions": list(exercise.cautions),
        "caution_notes": exercise.caution_notes,
        "targets": list(exercise.targets),
        "dosage": asdict(exercise.dosage),
        "flare_dosage": asdict(exercise.flare_dosage) if exercise.flare_dosage else None,
        "instructions": list(exercise.instructions),
        "cues": list(exercise.cues),
        "common_mistakes": list(exercise.common_mistakes),
        "easier_tip": exercise.easier_tip,
        "harder_tip": exercise.harder_tip,
        "easier": list(exercise.easier),
        "harder": list(exercise.harder),
        "origin": exercise.origin,
    }

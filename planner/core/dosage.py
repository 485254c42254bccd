"""How much of an exercise to do, its validation, and how it reads in words and minutes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from planner.core.errors import Problem

DOSAGE_FIELDS: tuple[str, ...] = (
    "sets", "reps", "hold_seconds", "duration_minutes", "rest_seconds", "sessions_per_day",
    "days_per_week", "intensity", "note",
)

# field -> (smallest, largest) for the whole-number fields (EXERCISES-OUTLINE.md section 1).
_INT_RANGES: dict[str, tuple[int, int]] = {
    "sets": (1, 10),
    "reps": (1, 100),
    "hold_seconds": (0, 600),
    "rest_seconds": (0, 600),
    "sessions_per_day": (1, 12),   # 12 covers "hourly" posture resets
    "days_per_week": (1, 7),
}
_MAX_MINUTES = 180.0
# The same limits for editors that offer them (the plan builder's spin boxes).
DOSE_INT_RANGES = _INT_RANGES
DOSE_MAX_MINUTES = _MAX_MINUTES


@dataclass(frozen=True)
class Dosage:
    """A dose in the one shape used by exercise files, plans, `library list` and `suggest`."""

    sets: int = 1
    reps: int | None = None
    hold_seconds: int = 0
    duration_minutes: float | None = None
    rest_seconds: int = 0
    sessions_per_day: int = 1
    days_per_week: int = 7
    intensity: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_dosage(data: object, where: str = "dosage") -> tuple[Dosage | None, list[Problem]]:
    """Read a dosage mapping, collecting every problem rather than stopping at the first."""
    if not isinstance(data, Mapping):
        return None, [Problem(where, "must be a table of dosage fields")]
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key in data:
        if key not in DOSAGE_FIELDS:
            problems.append(Problem(f"{where}.{key}", f"unknown field (allowed: {', '.join(DOSAGE_FIELDS)})"))
    for key, (low, high) in _INT_RANGES.items():
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(Problem(f"{where}.{key}", f"must be a whole number from {low} to {high}"))
        elif not low <= value <= high:
            problems.append(Problem(f"{where}.{key}", f"{value} is outside {low} to {high}"))
        else:
            values[key] = value
    if data.get("duration_minutes") is not None:
        minutes = data["duration_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int | float):
            problems.append(Problem(f"{where}.duration_minutes", f"must be a number from 0 to {_MAX_MINUTES:g}"))
        elif not 0 < minutes <= _MAX_MINUTES:
            problems.append(Problem(f"{where}.duration_minutes", f"{minutes} is outside 0 to {_MAX_MINUTES:g}"))
        else:
            values["duration_minutes"] = float(minutes)
    for key in ("intensity", "note"):
        text = data.get(key)
        if text is None:
            continue
        if not isinstance(text, str):
            problems.append(Problem(f"{where}.{key}", "must be text"))
        elif len(text) > 200:
            problems.append(Problem(f"{where}.{key}", "must be at most 200 characters"))
        elif text.strip():
            values[key] = text.strip()
    if "reps" not in values and "duration_minutes" not in values and values.get("hold_seconds", 0) == 0:
        problems.append(Problem(where, "needs reps, a hold in seconds or a duration in minutes"))
    if problems:
        return None, problems
    return Dosage(**values), []


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _sentence(text: str) -> str:
    text = text.strip()
    return f"{text[:1].upper()}{text[1:]}{'' if text.endswith(('.', '!', '?')) else '.'}"


def describe_dosage(dosage: Dosage, side: str = "n/a") -> str:
    """The dose in plain words for the patient, e.g. "2 sets of 10. Hold each one for 5 seconds."."""
    each = " on each side" if side == "each-side" else ""
    sentences: list[str] = []
    if dosage.duration_minutes:
        minutes = f"{dosage.duration_minutes:g}"
        sentences.append(f"{minutes} minute{'' if minutes == '1' else 's'}{each}")
    elif (dosage.reps or 1) == 1 and dosage.hold_seconds:
        sentences.append(f"Hold for {dosage.hold_seconds} seconds")
        sentences.append(f"Do this {_times(dosage.sets)}{each}" if dosage.sets > 1 or each else "")
    else:
        reps = dosage.reps or 1
        sentences.append(f"{dosage.sets} sets of {reps}{each}" if dosage.sets > 1
                         else f"Repeat {reps} time{'' if reps == 1 else 's'}{each}")
        if dosage.hold_seconds:
            sentences.append(f"Hold each one for {dosage.hold_seconds} seconds")
    if dosage.rest_seconds and dosage.sets > 1:
        sentences.append(f"Rest {dosage.rest_seconds} seconds between sets")
    days = {7: "every day", 1: "1 day a week"}.get(dosage.days_per_week, f"{dosage.days_per_week} days a week")
    sentences.append(f"{_times(dosage.sessions_per_day)} a day, {days}")
    if dosage.intensity:
        sentences.append(f"Effort: {dosage.intensity}")
    if dosage.note:
        sentences.append(dosage.note)
    return " ".join(_sentence(s) for s in sentences if s)


def short_dosage(dosage: Dosage) -> str:
    """Compact figures for tables, e.g. '2×10, hold 5 s, 2/day, 7/wk'."""
    if dosage.duration_minutes:
        core = f"{dosage.duration_minutes:g} min"
    elif dosage.reps:
        core = f"{dosage.sets}×{dosage.reps}"
    else:
        core = f"{dosage.sets}×{dosage.hold_seconds} s hold"
    bits = [core]
    if dosage.reps and dosage.hold_seconds:
        bits.append(f"hold {dosage.hold_seconds} s")
    bits.append(f"{dosage.sessions_per_day}/day")
    bits.append(f"{dosage.days_per_week}/wk")
    return ", ".join(bits)


# Seconds one repetition takes without a hold: a slow, controlled movement there and back.
_SECONDS_PER_REP = 4


def estimate_minutes(dosage: Dosage, side: str = "n/a") -> float:
    """Rough minutes one session of this exercise takes, for the plan's time budget."""
    if dosage.duration_minutes:
        return dosage.duration_minutes * (2 if side == "each-side" else 1)
    reps = dosage.reps or 1
    per_set = reps * (_SECONDS_PER_REP + dosage.hold_seconds)
    if side == "each-side":
        per_set *= 2
    seconds = dosage.sets * per_set + max(0, dosage.sets - 1) * dosage.rest_seconds
    return seconds / 60.0

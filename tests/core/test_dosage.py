"""Doses are read strictly and printed in plain words a patient understands."""

from __future__ import annotations

import pytest

from planner.core.dosage import Dosage, describe_dosage, estimate_minutes, parse_dosage, short_dosage


@pytest.mark.parametrize(("dosage", "side", "words"), [
    (Dosage(sets=1, reps=10, hold_seconds=3, sessions_per_day=2, note="5 each way"), "alternate",
     "Repeat 10 times. Hold each one for 3 seconds. Twice a day, every day. 5 each way."),
    (Dosage(sets=2, reps=10, rest_seconds=60, days_per_week=3), "n/a",
     "2 sets of 10. Rest 60 seconds between sets. Once a day, 3 days a week."),
    (Dosage(sets=3, reps=1, hold_seconds=30, rest_seconds=30), "each-side",
     "Hold for 30 seconds. Do this 3 times on each side. Rest 30 seconds between sets. Once a day, every day."),
    (Dosage(sets=1, reps=1, hold_seconds=20), "n/a", "Hold for 20 seconds. Once a day, every day."),
    (Dosage(duration_minutes=20, days_per_week=5, intensity="moderate: you can talk but not sing"), "n/a",
     "20 minutes. Once a day, 5 days a week. Effort: moderate: you can talk but not sing."),
    (Dosage(sets=1, reps=1), "n/a", "Repeat 1 time. Once a day, every day."),
    (Dosage(duration_minutes=40, days_per_week=1), "n/a", "40 minutes. Once a day, 1 day a week."),
])
def test_dose_in_words(dosage: Dosage, side: str, words: str) -> None:
    assert describe_dosage(dosage, side) == words


def test_short_dose_for_tables() -> None:
    assert short_dosage(Dosage(sets=2, reps=10, hold_seconds=5, sessions_per_day=2)) == "2×10, hold 5 s, 2/day, 7/wk"
    assert short_dosage(Dosage(duration_minutes=30, days_per_week=5)) == "30 min, 1/day, 5/wk"


def test_parse_collects_every_problem() -> None:
    dosage, problems = parse_dosage({"sets": 0, "reps": "ten", "colour": "red", "days_per_week": 8}, "dosage")
    assert dosage is None
    assert [str(p) for p in problems] == [
        "dosage.colour: unknown field (allowed: sets, reps, hold_seconds, duration_minutes, rest_seconds, "
        "sessions_per_day, days_per_week, intensity, note)",
        "dosage.sets: 0 is outside 1 to 10",
        "dosage.reps: must be a whole number from 1 to 100",
        "dosage.days_per_week: 8 is outside 1 to 7",
        "dosage: needs reps, a hold in seconds or a duration in minutes",
    ]


def test_minutes_estimate() -> None:
    # 2 sets × 10 reps × (4 s + 5 s hold) = 180 s, plus one 30 s rest = 210 s = 3.5 min
    assert estimate_minutes(Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30)) == pytest.approx(3.5)
    # each side doubles the work: 3 × 1 × (4 + 30) × 2 = 204 s, plus 2 × 30 s rest = 264 s
    assert estimate_minutes(Dosage(sets=3, reps=1, hold_seconds=30, rest_seconds=30), "each-side") == pytest.approx(4.4)
    assert estimate_minutes(Dosage(duration_minutes=20)) == 20

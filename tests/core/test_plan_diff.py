"""What changed between plan versions, in words."""

from __future__ import annotations

from datetime import date

from planner.core.dosage import Dosage
from planner.core.plan import PlanItem
from planner.core.plan_diff import diff_items, diff_plans

NAMES = {"a": "Alpha", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo"}
TEN = Dosage(reps=10)


def items(*ids: str) -> list[PlanItem]:
    return [PlanItem(i, TEN) for i in ids]


def texts(changes) -> list[str]:
    return [c.text for c in changes]


def test_identical_plans_have_no_changes() -> None:
    assert diff_items(items("a", "b"), items("a", "b"), NAMES.get) == []


def test_added_removed_and_moved() -> None:
    changes = diff_items(items("a", "b", "c", "d"), items("d", "a", "b", "e"), NAMES.get)
    assert texts(changes) == [
        "Moved Delta from place 4 to 1.",
        "Added Echo (1×10, 1/day, 7/wk).",
        "Removed Charlie (1×10, 1/day, 7/wk).",
    ]
    assert [c.kind for c in changes] == ["moved", "added", "removed"]


def test_dose_flare_dose_and_note() -> None:
    old = [PlanItem("a", TEN, Dosage(reps=5), note="x")]
    new = [PlanItem("a", Dosage(sets=2, reps=12, hold_seconds=5), None, note="y")]
    assert texts(diff_items(old, new, NAMES.get)) == [
        "Changed the dose of Alpha: 1×10, 1/day, 7/wk → 2×12, hold 5 s, 1/day, 7/wk.",
        "Changed the flare-day dose of Alpha: 1×5, 1/day, 7/wk → none.",
        "Changed the note on Alpha.",
    ]


def test_review_date_and_goals() -> None:
    changes = diff_plans(items("a"), items("a"), NAMES.get, old_review=date(2026, 3, 1),
                         new_review=date(2026, 4, 12), old_goals=["Walk"], new_goals=["Walk", "Swim"])
    assert texts(changes) == ["Review date 01 Mar 2026 → 12 Apr 2026.", 'New goal: "Swim".']

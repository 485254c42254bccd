"""What changed between two versions of a plan, in words: added, removed, dose changed, reordered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from planner.core.dosage import Dosage, short_dosage
from planner.core.plan import PlanItem


@dataclass(frozen=True)
class PlanChange:
    kind: str   # added, removed, dose, flare-dose, note, moved, review-date, goals
    text: str


def _dose(dosage: Dosage | None) -> str:
    return "none" if dosage is None else short_dosage(dosage)


def _kept_in_order(old: list[str], new: list[str]) -> set[str]:
    """The longest run of ids that kept their relative order (the rest are the ones that moved)."""
    lengths = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            lengths[i][j] = lengths[i + 1][j + 1] + 1 if old[i] == new[j] else max(lengths[i + 1][j],
                                                                                   lengths[i][j + 1])
    kept: set[str] = set()
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            kept.add(old[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def diff_items(old: Sequence[PlanItem], new: Sequence[PlanItem], name: Callable[[str], str]) -> list[PlanChange]:
    """The changes from `old` to `new`, in the new plan's order, removals last."""
    before = {item.exercise_id: (index, item) for index, item in enumerate(old)}
    after_ids = [item.exercise_id for item in new]
    common_old = [item.exercise_id for item in old if item.exercise_id in set(after_ids)]
    common_new = [i for i in after_ids if i in before]
    kept = _kept_in_order(common_old, common_new)
    changes: list[PlanChange] = []
    for position, item in enumerate(new, start=1):
        label = name(item.exercise_id)
        if item.exercise_id not in before:
            changes.append(PlanChange("added", f"Added {label} ({_dose(item.dosage)})."))
            continue
        old_position, previous = before[item.exercise_id]
        if item.exercise_id not in kept:
            changes.append(PlanChange("moved", f"Moved {label} from place {old_position + 1} to {position}."))
        if previous.dosage != item.dosage:
            changes.append(PlanChange("dose", f"Changed the dose of {label}: {_dose(previous.dosage)} → "
                                      f"{_dose(item.dosage)}."))
        if previous.flare_dosage != item.flare_dosage:
            changes.append(PlanChange("flare-dose", f"Changed the flare-day dose of {label}: "
                                      f"{_dose(previous.flare_dosage)} → {_dose(item.flare_dosage)}."))
        if previous.note != item.note:
            changes.append(PlanChange("note", f"Changed the note on {label}."))
    for exercise_id, (_, item) in before.items():
        if exercise_id not in set(after_ids):
            changes.append(PlanChange("removed", f"Removed {name(exercise_id)} ({_dose(item.dosage)})."))
    return changes


def diff_plans(
    old_items: Sequence[PlanItem], new_items: Sequence[PlanItem], name: Callable[[str], str], *,
    old_review: date | None = None, new_review: date | None = None,
    old_goals: Sequence[str] = (), new_goals: Sequence[str] = (),
) -> list[PlanChange]:
    """Item changes plus the review date and goals."""
    changes = diff_items(old_items, new_items, name)
    if old_review != new_review:
        shown = [d.strftime("%d %b %Y") if d else "none" for d in (old_review, new_review)]
        changes.append(PlanChange("review-date", f"Review date {shown[0]} → {shown[1]}."))
    for goal in new_goals:
        if goal not in old_goals:
            changes.append(PlanChange("goals", f'New goal: "{goal}".'))
    for goal in old_goals:
        if goal not in new_goals:
            changes.append(PlanChange("goals", f'Goal dropped: "{goal}".'))
    return changes

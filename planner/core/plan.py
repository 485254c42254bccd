"""A patient's exercise plan: ordered items with their doses, notes and reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.core.dosage import Dosage


@dataclass(frozen=True)
class PlanItem:
    exercise_id: str
    dosage: Dosage
    flare_dosage: Dosage | None = None
    note: str = ""
    reason: str = ""              # why it was suggested, in words naming the finding
    override_reason: str = ""     # the therapist's reason for keeping an exercise with a matching caution
    goals: tuple[int, ...] = ()   # indexes into Plan.goals this exercise serves


@dataclass(frozen=True)
class PlanOptions:
    large_print: bool = False
    paper: str = "a4"             # "a4" or "letter"
    tracking_weeks: int = 6


@dataclass(frozen=True)
class Plan:
    """One version of a patient's plan; `id` is None until saved."""

    patient_id: int
    plan_date: date
    items: tuple[PlanItem, ...] = ()
    review_date: date | None = None
    goals: tuple[str, ...] = ()
    notes: str = ""
    options: PlanOptions = field(default_factory=PlanOptions)
    assessment_id: int | None = None
    therapist_id: int | None = None
    version: int = 0
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

"""Everything the printed plan shows, gathered in one plain value so rendering needs no store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.core.exercise import Exercise
from planner.core.plan import PlanItem, PlanOptions


@dataclass(frozen=True)
class Therapist:
    name: str = ""
    role: str = "Physiotherapist"
    registration: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Clinic:
    name: str = ""
    phone: str = ""
    address: str = ""
    logo: str = ""   # path to an image file; a missing or unreadable logo is left out with a warning


@dataclass(frozen=True)
class PrintableItem:
    exercise: Exercise
    item: PlanItem


@dataclass(frozen=True)
class PrintablePlan:
    patient_name: str
    plan_date: date
    items: tuple[PrintableItem, ...]
    review_date: date | None = None
    therapist: Therapist = field(default_factory=Therapist)
    clinic: Clinic = field(default_factory=Clinic)
    goals: tuple[str, ...] = ()
    notes: str = ""
    conditions: frozenset[str] = frozenset()
    options: PlanOptions = field(default_factory=PlanOptions)

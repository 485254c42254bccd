"""Everything the printed plan and the therapist summary show, gathered in plain values so rendering needs no store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.core.exercise import Exercise
from planner.core.plan import PlanItem, PlanOptions

PAPER_SIZES: tuple[str, ...] = ("a4", "letter")
PAPER_LABELS: dict[str, str] = {"a4": "A4", "letter": "US Letter"}
TRACKING_WEEKS_RANGE: tuple[int, int] = (0, 52)   # 0: no progress sheet; 52: a year


@dataclass(frozen=True)
class Therapist:
    """Who the plan is from, as printed on it."""

    name: str = ""
    role: str = "Physiotherapist"
    registration: str = ""   # professional registration number, e.g. HCPC PH123456
    contact: str = ""


@dataclass(frozen=True)
class TherapistProfile:
    """A stored therapist to choose from: the printed details under the id plans refer to."""

    id: int
    therapist: Therapist


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


@dataclass(frozen=True)
class ScoreLine:
    """One assessment's unrounded scores, as the therapist summary lists them (None: not complete)."""

    assessed_on: date
    signed: bool
    basdai: float | None = None
    basfi: float | None = None
    basmi: float | None = None
    asdas_crp: float | None = None
    asdas_esr: float | None = None


@dataclass(frozen=True)
class TherapistSummary:
    """The clinician's page: scores over time with their categories, and the plan in short."""

    patient_name: str
    made_on: date
    scores: tuple[ScoreLine, ...]
    therapist: Therapist = field(default_factory=Therapist)
    clinic: Clinic = field(default_factory=Clinic)
    plan: PrintablePlan | None = None
    paper: str = "a4"


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered document and what the person printing it should know (e.g. a logo left out)."""

    data: bytes
    pages: int
    warnings: tuple[str, ...] = ()

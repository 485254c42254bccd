"""Clinic-wide settings: branding printed on every plan, print defaults, and therapist profiles."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from planner.core.errors import Problem, ValidationError
from planner.core.plan import PlanOptions
from planner.core.printable import PAPER_SIZES, TRACKING_WEEKS_RANGE, Clinic, Therapist, TherapistProfile
from planner.services.audit import CURRENT_THERAPIST_KEY

if TYPE_CHECKING:
    from planner.storage.store import Store

CLINIC_KEY = "clinic"
PRINT_DEFAULTS_KEY = "print_defaults"

# Longest text each field takes: enough for any real name, short enough to print on one or two lines.
CLINIC_LIMITS: dict[str, int] = {"name": 120, "phone": 40, "address": 300, "logo": 1000}
THERAPIST_LIMITS: dict[str, int] = {"name": 120, "role": 60, "registration": 40, "contact": 60}


def logo_problem(path: str) -> str | None:
    """Why a logo file cannot be printed, or None; reportlab is imported only when a logo is checked."""
    from planner.report.logo import logo_problem as check

    return check(path)


def _known(cls: type, data: Any) -> dict[str, Any]:
    """The stored values that still name a field (settings written by another version may have more)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names} if isinstance(data, dict) else {}


def _text_problems(values: dict[str, str], limits: dict[str, int], where: str) -> list[Problem]:
    return [Problem(f"{where}.{name}", f"must be at most {limit} characters")
            for name, limit in limits.items() if len(values[name]) > limit]


def check_options(options: PlanOptions, where: str = "options") -> list[Problem]:
    problems = []
    if options.paper not in PAPER_SIZES:
        problems.append(Problem(f"{where}.paper", f"{options.paper!r} is not one of {', '.join(PAPER_SIZES)}"))
    low, high = TRACKING_WEEKS_RANGE
    weeks = options.tracking_weeks
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not low <= weeks <= high:
        problems.append(Problem(f"{where}.tracking_weeks", f"must be a whole number from {low} to {high}"))
    return problems


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def clinic(self) -> Clinic:
        return Clinic(**_known(Clinic, self._store.settings.get(CLINIC_KEY, {})))

    def save_clinic(self, clinic: Clinic) -> Clinic:
        """Store the branding; a logo that is missing or not a picture is refused with the reason."""
        clinic = Clinic(**{f.name: getattr(clinic, f.name).strip() for f in fields(Clinic)})
        problems = _text_problems(vars(clinic), CLINIC_LIMITS, "clinic")
        problem = logo_problem(clinic.logo)
        if problem:
            problems.append(Problem("clinic.logo", problem))
        if problems:
            raise ValidationError(problems)
        self._store.settings.set(CLINIC_KEY, vars(clinic))
        return clinic

    def print_defaults(self) -> PlanOptions:
        stored = PlanOptions(**_known(PlanOptions, self._store.settings.get(PRINT_DEFAULTS_KEY, {})))
        return stored if not check_options(stored) else PlanOptions()

    def save_print_defaults(self, options: PlanOptions) -> PlanOptions:
        problems = check_options(options, "print_defaults")
        if problems:
            raise ValidationError(problems)
        self._store.settings.set(PRINT_DEFAULTS_KEY, vars(options))
        return options

    def therapists(self) -> list[TherapistProfile]:
        return self._store.therapists.active()

    def therapist(self, therapist_id: int) -> TherapistProfile:
        return self._store.therapists.get(therapist_id)

    def save_therapist(self, therapist: Therapist, therapist_id: int | None = None) -> TherapistProfile:
        """Add a new profile (no id) or change the profile `therapist_id`; a name is required."""
        cleaned = Therapist(**{name: getattr(therapist, name).strip() for name in THERAPIST_LIMITS})
        problems = _text_problems(vars(cleaned), THERAPIST_LIMITS, "therapist")
        if not cleaned.name:
            problems.insert(0, Problem("therapist.name", "is required"))
        if problems:
            raise ValidationError(problems)
        if therapist_id is None:
            return self._store.therapists.add(cleaned)
        return self._store.therapists.update(TherapistProfile(therapist_id, cleaned))

    def retire_therapist(self, therapist_id: int) -> None:
        self._store.therapists.retire(therapist_id)
        if self.current_therapist_id() == therapist_id:
            self.set_current_therapist(None)

    def current_therapist_id(self) -> int | None:
        """The profile of the therapist using this computer (named in the audit trail), if one was chosen."""
        chosen = self._store.settings.get(CURRENT_THERAPIST_KEY)
        return chosen if isinstance(chosen, int) else None

    def set_current_therapist(self, therapist_id: int | None) -> None:
        if therapist_id is not None:
            self._store.therapists.get(therapist_id)   # NotFoundError for an unknown profile
        self._store.settings.set(CURRENT_THERAPIST_KEY, therapist_id)

"""Checks on a plan as the therapist builds it: session time, size, balance, order and cautions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from planner.core.dosage import Dosage, estimate_minutes
from planner.core.exercise import Exercise
from planner.core.plan import PlanItem
from planner.core.vocab import CATEGORY_LABELS, CONDITION_LABELS, FLOOR_POSITIONS

# Issue #6 limits: a session over 30 minutes or more than 12 exercises is hard to keep up at home.
MAX_SESSION_MINUTES = 30.0
MAX_ITEMS = 12
# A timed dose this long (a walk, lying face down, relaxation) is done as its own bout at another time of
# day, so it is shown beside the session rather than inside it (project convention).
STANDALONE_MINUTES = 10.0

# The order that needs the fewest trips down to the floor and back: start lying (in bed or on a mat),
# then sit, then stand. Within a position, breathing and mobility warm up before stretching and strength.
POSITION_ORDER: tuple[str, ...] = (
    "lying-supine", "side-lying", "lying-prone", "four-point-kneeling", "kneeling", "sitting", "standing", "wall",
)
CATEGORY_ORDER: tuple[str, ...] = (
    "breathing", "mobility", "stretch", "posture", "strength", "balance", "relaxation", "aerobic",
)

Lookup = Callable[[str], Exercise | None]


def is_standalone(dosage: Dosage) -> bool:
    return (dosage.duration_minutes or 0) >= STANDALONE_MINUTES


def session_order_key(exercise: Exercise, dosage: Dosage) -> tuple[int, int, int, str]:
    """Sort key: session exercises by position then category; bouts done on their own last."""
    return (int(is_standalone(dosage)), POSITION_ORDER.index(exercise.position),
            CATEGORY_ORDER.index(exercise.category), exercise.name.casefold())


@dataclass(frozen=True)
class SessionTime:
    session_minutes: float                          # one session of the exercises (the longest day)
    standalone: tuple[tuple[str, float, int], ...]  # (exercise id, minutes, days a week) done on their own


def session_time(items: Sequence[PlanItem], lookup: Lookup) -> SessionTime:
    minutes = 0.0
    standalone = []
    for item in items:
        exercise = lookup(item.exercise_id)
        side = exercise.side if exercise else "n/a"
        if is_standalone(item.dosage):
            standalone.append((item.exercise_id, estimate_minutes(item.dosage, side), item.dosage.days_per_week))
        else:
            minutes += estimate_minutes(item.dosage, side)
    return SessionTime(minutes, tuple(standalone))


@dataclass(frozen=True)
class PlanWarning:
    kind: str   # long-session, too-many, missing-category, up-and-down, caution, unknown-exercise, no-flare-dose
    text: str


def _name(item: PlanItem, lookup: Lookup) -> str:
    exercise = lookup(item.exercise_id)
    return exercise.name if exercise else item.exercise_id


def _up_and_down(items: Sequence[PlanItem], lookup: Lookup) -> list[PlanWarning]:
    """Floor exercises split by upright ones make the patient get down and up more than once."""
    session = [(number, item) for number, item in enumerate(items, start=1)
               if not is_standalone(item.dosage) and lookup(item.exercise_id)]
    previous_floor: tuple[int, PlanItem] | None = None
    upright_since = False
    for number, item in session:
        on_floor = lookup(item.exercise_id).position in FLOOR_POSITIONS
        if on_floor and previous_floor and upright_since:
            floor_number, floor_item = previous_floor
            return [PlanWarning("up-and-down", f"{_name(floor_item, lookup)} ({floor_number}) and "
                                f"{_name(item, lookup)} "
                                f"({number}) are on the floor with other exercises between them, so the "
                                "patient gets down and up twice. Put the floor exercises together "
                                "(order by position).")]
        if on_floor:
            previous_floor, upright_since = (number, item), False
        else:
            upright_since = True
    return []


def plan_warnings(
    items: Sequence[PlanItem], lookup: Lookup, expected_categories: Collection[str] = (),
    conditions: Collection[str] = (), flare: bool = False,
) -> list[PlanWarning]:
    """Every warning for the plan, in words a therapist can act on."""
    warnings: list[PlanWarning] = []
    for item in items:
        exercise = lookup(item.exercise_id)
        if exercise is None:
            warnings.append(PlanWarning("unknown-exercise", f"'{item.exercise_id}' is not in the exercise library."))
            continue
        matches = exercise.caution_matches(frozenset(conditions))
        if matches and not item.override_reason.strip():
            labels = ", ".join(CONDITION_LABELS.get(m, m) for m in matches)
            warnings.append(PlanWarning("caution", f"{exercise.name} has a caution for {labels} and no recorded "
                                        "reason for keeping it."))
        if flare and item.flare_dosage is None:
            warnings.append(PlanWarning("no-flare-dose", f"{exercise.name} has no flare-day dose: the patient "
                                        "leaves it out on flare days."))
    minutes = session_time(items, lookup).session_minutes
    if minutes > MAX_SESSION_MINUTES:
        warnings.append(PlanWarning("long-session", f"A session takes about {minutes:.0f} minutes, over "
                                    f"{MAX_SESSION_MINUTES:.0f}: fewer exercises or smaller doses are easier "
                                    "to keep up."))
    if len(items) > MAX_ITEMS:
        warnings.append(PlanWarning("too-many", f"{len(items)} exercises is more than {MAX_ITEMS}: a shorter "
                                    "list is easier to keep up."))
    present = {exercise.category for item in items if (exercise := lookup(item.exercise_id))}
    for category in expected_categories:
        if items and category not in present:
            warnings.append(PlanWarning("missing-category", f"No {CATEGORY_LABELS[category].lower()} exercise: "
                                        "the guidance for this patient expects one."))
    warnings += _up_and_down(items, lookup)
    return warnings

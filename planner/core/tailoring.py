"""The suggestion engine: findings -> a balanced, ranked plan with a reason for every exercise.

Pure and table-driven: `rules.RULES` says what each finding favours; this module combines the hits,
leaves out every exercise with a caution matching the patient's conditions (by construction: they never
reach the candidates), and picks 6–10 exercises that cover the expected categories within the session time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planner.core.dosage import Dosage, estimate_minutes
from planner.core.exclusions import Exclusion, exclusion_for
from planner.core.exercise import Exercise
from planner.core.findings import Findings
from planner.core.goal_words import goal_activities, goal_targets
from planner.core.plan_checks import is_standalone, session_order_key
from planner.core.rules import CATEGORY_GUIDANCE, TARGET_WORDS, Hit, fire_rules

MIN_ITEMS = 6
# How many of one category a plan of 6–10 holds before another category serves better (project choice).
CATEGORY_CAPS: dict[str, int] = {
    "mobility": 4, "stretch": 3, "strength": 3, "posture": 3, "breathing": 2, "aerobic": 1, "balance": 2,
    "relaxation": 1,
}
_REPEAT_FACTOR = 0.5        # a target already covered by a chosen exercise counts half as much again
_SECOND_TARGET_FACTOR = 0.3  # an exercise's further targets under one rule count less than its best one
# An exercise's first target is its main aim; later ones are side benefits (files list the main aim first).
_TARGET_POSITION_FACTORS = (1.0, 0.8, 0.6, 0.5)
_COST_PER_MINUTE = 0.06      # session time is the scarce resource
_STANDALONE_COST = 0.5       # a separate bout of 10 minutes or more is a commitment of its own...
# ...except aerobic activity, which the balanced plan expects as its own bout anyway (EULAR 2018).
_SPECIAL_EQUIPMENT = frozenset({"band", "ball", "foam-roller", "stick", "step", "bike", "pool"})
_EQUIPMENT_COST = 0.15       # something the patient may have to buy or travel to
_MIN_GAIN = 0.2              # beyond the minimum size, add an exercise only if it serves some finding
_REASON_GAIN = 0.35          # a finding is named in the reason when it counts at least this much
_MAIN_TARGETS = 2            # a goal is linked to exercises whose main aims serve it


@dataclass(frozen=True)
class Suggestion:
    exercise_id: str
    reason: str
    dosage: Dosage
    flare_dosage: Dosage | None
    score: float
    rank: int                         # 1 = most relevant to this patient's findings
    rules: tuple[str, ...] = ()
    goals: tuple[int, ...] = ()       # indexes into Suggestions.goals


@dataclass(frozen=True)
class Suggestions:
    suggested: tuple[Suggestion, ...]    # in the order to do them
    excluded: tuple[Exclusion, ...]      # most relevant first
    warnings: tuple[str, ...] = ()       # advice for the therapist, each starting with its rule id
    findings: tuple[str, ...] = ()       # what was found, each starting with its rule id
    flare: bool = False
    expected_categories: tuple[str, ...] = ()
    conditions: frozenset[str] = frozenset()
    goals: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Policy:
    hits: tuple[Hit, ...]
    max_level: int
    max_items: int
    max_minutes: float
    level_penalty: float
    flare: bool
    expected: tuple[str, ...]
    required: tuple[str, ...]
    prefer: Mapping[str, float] = field(default_factory=dict)
    avoid: Mapping[str, float] = field(default_factory=dict)


def _least(values: Iterable[float | int | None], default: float) -> float:
    present = [v for v in values if v is not None]
    return min(present) if present else default


def _policy(hits: list[Hit]) -> _Policy:
    flare = any(h.flare_dosing for h in hits)
    setting = [h for h in hits if h.sets_expected]
    expected = [c for h in (setting or hits) for c in h.categories]
    required = expected if setting else [c for h in hits for c in h.categories]
    prefer: Counter[str] = Counter()
    avoid: Counter[str] = Counter()
    for hit in hits:
        prefer.update(hit.prefer_categories)
        avoid.update(hit.avoid_positions)
    return _Policy(
        hits=tuple(hits), max_level=int(_least((h.max_level for h in hits), 4)),
        max_items=int(_least((h.max_items for h in hits), 10)),
        max_minutes=_least((h.max_minutes for h in hits), 20.0),
        level_penalty=max((h.level_penalty for h in hits), default=0.0), flare=flare,
        expected=tuple(dict.fromkeys(expected)), required=tuple(dict.fromkeys(required)),
        prefer=dict(prefer), avoid=dict(avoid),
    )


def _dose(exercise: Exercise, policy: _Policy) -> Dosage:
    return exercise.flare_dosage if policy.flare and exercise.flare_dosage else exercise.dosage


def _target_factor(exercise: Exercise, target: str) -> float:
    index = exercise.targets.index(target)
    return _TARGET_POSITION_FACTORS[min(index, len(_TARGET_POSITION_FACTORS) - 1)]


def _hit_gain(hit: Hit, exercise: Exercise, cover: Mapping[str, int]) -> float:
    gains = sorted((w * _target_factor(exercise, t) * _REPEAT_FACTOR ** cover.get(t, 0)
                    for t, w in hit.boosts.items() if t in exercise.targets), reverse=True)
    found = gains[0] + _SECOND_TARGET_FACTOR * sum(gains[1:]) if gains else 0.0
    return found + hit.exercises.get(exercise.id, 0.0)


def _gain(exercise: Exercise, policy: _Policy, cover: Mapping[str, int]) -> float:
    """How much adding `exercise` serves this patient, given what is already chosen (`cover`)."""
    total = sum(_hit_gain(hit, exercise, cover) for hit in policy.hits)
    total += policy.prefer.get(exercise.category, 0.0) - policy.avoid.get(exercise.position, 0.0)
    total -= policy.level_penalty * (exercise.level - 1)
    dose = _dose(exercise, policy)
    if not is_standalone(dose):
        total -= _COST_PER_MINUTE * estimate_minutes(dose, exercise.side)
    elif exercise.category != "aerobic":
        total -= _STANDALONE_COST
    if _SPECIAL_EQUIPMENT.intersection(exercise.equipment):
        total -= _EQUIPMENT_COST
    return total


def _repeats(exercise: Exercise, chosen: list[Exercise]) -> bool:
    """Two rungs of one easier/harder chain, or two exercises with the same main aims, in one category."""
    main = set(exercise.targets[:_MAIN_TARGETS])
    return any(other.category == exercise.category
               and (exercise.id in other.easier + other.harder or other.id in exercise.easier + exercise.harder
                    or main == set(other.targets[:_MAIN_TARGETS]))
               for other in chosen)


def _select(candidates: list[Exercise], policy: _Policy) -> list[Exercise]:
    chosen: list[Exercise] = []
    cover: Counter[str] = Counter()
    minutes = 0.0

    def add(exercise: Exercise) -> None:
        nonlocal minutes
        chosen.append(exercise)
        cover.update(exercise.targets)
        dose = _dose(exercise, policy)
        minutes += 0.0 if is_standalone(dose) else estimate_minutes(dose, exercise.side)

    def open_to(exercise: Exercise) -> bool:
        count = sum(1 for c in chosen if c.category == exercise.category)
        return exercise not in chosen and count < CATEGORY_CAPS[exercise.category] and not _repeats(exercise, chosen)

    def best(options: list[Exercise]) -> tuple[float, Exercise] | None:
        scored = [(_gain(e, policy, cover), e) for e in options]
        return max(scored, key=lambda pair: (pair[0], -pair[1].level, pair[1].id), default=None)

    for category in policy.required:
        if any(c.category == category for c in chosen):
            continue
        pick = best([e for e in candidates if e.category == category and open_to(e)])
        if pick:
            add(pick[1])
    while len(chosen) < policy.max_items:
        def fits(e: Exercise) -> bool:
            dose = _dose(e, policy)
            return is_standalone(dose) or minutes + estimate_minutes(dose, e.side) <= policy.max_minutes
        open_options = [e for e in candidates if open_to(e)]
        fitting = [e for e in open_options if fits(e)]
        if not fitting and len(chosen) < MIN_ITEMS:
            # Still short of a useful plan: the quickest open exercise, whatever the time.
            fitting = sorted(open_options, key=lambda e: estimate_minutes(_dose(e, policy), e.side))[:1]
        pick = best(fitting)
        if pick is None or (pick[0] < _MIN_GAIN and len(chosen) >= MIN_ITEMS):
            break
        add(pick[1])
    return chosen


def _words(targets: list[str]) -> str:
    words = list(dict.fromkeys(TARGET_WORDS[t] for t in targets))[:2]
    return " and ".join(words)


def _reason(exercise: Exercise, policy: _Policy) -> tuple[str, tuple[str, ...]]:
    """The reason in words naming the findings that chose it, and those findings' rule ids."""
    parts: list[tuple[float, str, str]] = []
    for hit in policy.hits:
        if not hit.in_reasons or hit.flare_dosing:
            continue
        gain = _hit_gain(hit, exercise, {})
        if gain < _REASON_GAIN:
            continue
        served = sorted((t for t in hit.boosts if t in exercise.targets), key=lambda t: -hit.boosts[t])
        words = hit.aim or (_words(served) if served else hit.exercise_aims.get(exercise.id, ""))
        parts.append((gain, hit.rule, f"{hit.finding}: {words}"))
    parts.sort(key=lambda part: -part[0])
    parts = parts[:2]
    texts = [text for _, _, text in parts]
    rules = [rule for _, rule, _ in parts]
    if not texts:
        texts.append(f"Balanced plan: {CATEGORY_GUIDANCE[exercise.category]}")
        rules.append("G1")
    flare = next((h for h in policy.hits if h.flare_dosing), None)
    if flare:
        texts.append(f"{flare.finding}: {flare.aim}")
        rules.append(flare.rule)
    return "; ".join(texts), tuple(dict.fromkeys(rules))


def goal_links(exercise: Exercise, goals: tuple[str, ...]) -> tuple[int, ...]:
    """The goals (indexes) an exercise serves: its main aims meet the goal's targets, or the goal names it."""
    main = set(exercise.targets[:_MAIN_TARGETS])
    return tuple(i for i, goal in enumerate(goals)
                 if main & set(goal_targets(goal)) or exercise.id in goal_activities(goal))


def suggest(findings: Findings, exercises: Iterable[Exercise]) -> Suggestions:
    """Suggest a plan for `findings` from `exercises` (the library), with exclusions and advice."""
    hits = fire_rules(findings)
    policy = _policy(hits)
    library = list(exercises)
    excluded: list[Exclusion] = []
    candidates: list[Exercise] = []
    for exercise in library:
        exclusion = exclusion_for(exercise, findings.conditions, policy.flare)
        if exclusion:
            excluded.append(exclusion)
        elif exercise.level <= policy.max_level:
            candidates.append(exercise)
    chosen = _select(candidates, policy)
    static = {e.id: _gain(e, policy, {}) for e in library}
    ranks = {e.id: rank for rank, e in enumerate(sorted(chosen, key=lambda e: (-static[e.id], e.id)), start=1)}
    suggested = []
    for exercise in sorted(chosen, key=lambda e: session_order_key(e, _dose(e, policy))):
        reason, rules = _reason(exercise, policy)
        suggested.append(Suggestion(
            exercise.id, reason, _dose(exercise, policy), exercise.flare_dosage, round(static[exercise.id], 2),
            ranks[exercise.id], rules, goal_links(exercise, findings.goals)))
    excluded.sort(key=lambda x: (-static[x.exercise_id], x.exercise_id))
    present = {e.category for e in chosen}
    warnings = [f"{h.rule}: {h.advice}" for h in hits if h.advice]
    warnings += [f"G1: no {category} exercise could be suggested without a caution for this patient; add one "
                 "with a reason if it is safe." for category in policy.expected if category not in present]
    findings_text = [f"{h.rule}: {h.finding}" for h in hits if h.rule not in ("G1", "R18", "G2")]
    return Suggestions(
        suggested=tuple(suggested), excluded=tuple(excluded), warnings=tuple(dict.fromkeys(warnings)),
        findings=tuple(dict.fromkeys(findings_text)), flare=policy.flare, expected_categories=policy.expected,
        conditions=findings.conditions, goals=findings.goals,
    )

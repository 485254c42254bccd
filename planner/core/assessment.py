"""The assessment JSON contract (`planner.assessment/1`): strict reading, the scores, and the scores JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from planner.core import entheses, scoring, screening
from planner.core.errors import Problem, ValidationError
from planner.core.vocab import CONDITIONS, normalize_tag

ASSESSMENT_SCHEMA = "planner.assessment/1"

# Project plausibility bounds for the measurements that are not 0–10 answers.
CHEST_EXPANSION_RANGE_CM: tuple[float, float] = (0.0, 20.0)
MAX_GOAL_CHARS = 200


@dataclass(frozen=True)
class AssessmentInput:
    """One assessment as read from the contract; every part is optional (None = not recorded)."""

    basdai: tuple[float, ...] | None = None
    basfi: tuple[float, ...] | None = None
    basmi: scoring.BasmiMeasurements | None = None
    patient_global: float | None = None
    bas_g: float | None = None
    crp_mg_l: float | None = None
    esr_mm_h: float | None = None
    ibp: frozenset[str] | None = None   # the ASAS IBP items answered yes (all five were answered)
    red_flags: tuple[str, ...] = ()
    flare: bool = False
    conditions: tuple[str, ...] = ()   # hyphen form, as in vocab.CONDITIONS
    entheses: tuple[str, ...] | None = None
    chest_expansion_cm: float | None = None
    morning_stiffness_minutes: float | None = None
    fatigue: float | None = None
    goals: tuple[str, ...] = ()


def _number(low: float, high: float) -> Callable[[str, object, list[Problem]], float | None]:
    def read(field: str, value: object, problems: list[Problem]) -> float | None:
        problem = scoring.number_problem(field, value, low, high)
        if problem:
            problems.append(problem)
            return None
        return float(cast(float, value))
    return read


def _form(count: int) -> Callable[[str, object, list[Problem]], tuple[float, ...] | None]:
    def read(field: str, value: object, problems: list[Problem]) -> tuple[float, ...] | None:
        found = scoring.nrs_form_problems(field, value, count)
        problems += found
        return None if found else tuple(float(v) for v in cast(list, value))
    return read


def _bas_g(field: str, value: object, problems: list[Problem]) -> float | None:
    # The BAS-G score itself, or its two answers [past week, past 6 months] (CLINICAL.md §4).
    if isinstance(value, list):
        answers = _form(2)(field, value, problems)
        return scoring.score_bas_g(*answers) if answers else None
    return _number(*scoring.NRS_RANGE)(field, value, problems)


def _basmi(field: str, value: object, problems: list[Problem]) -> scoring.BasmiMeasurements | None:
    keys = [item.key for item in scoring.BASMI_ITEMS]
    if not isinstance(value, Mapping):
        problems.append(Problem(field, f"must be an object with all of: {', '.join(keys)}"))
        return None
    found = [Problem(f"{field}.{key}", f"unknown measurement (allowed: {', '.join(keys)})")
             for key in value if key not in keys]
    for item in scoring.BASMI_ITEMS:
        found += scoring.measurement_problems(f"{field}.{item.key}", item, value.get(item.key))
    problems += found
    if found:
        return None
    return scoring.BasmiMeasurements(**{
        key: tuple(float(v) for v in value[key]) if isinstance(value[key], list) else float(value[key])
        for key in keys
    })


def _ibp(field: str, value: object, problems: list[Problem]) -> frozenset[str] | None:
    found = screening.ibp_answer_problems(field, value)
    problems += found
    return None if found else frozenset(key for key, yes in cast(Mapping, value).items() if yes)


def _flag(field: str, value: object, problems: list[Problem]) -> bool | None:
    if not isinstance(value, bool):
        problems.append(Problem(field, "must be true or false"))
        return None
    return value


def _names(
    what: str, known: Callable[[str], str | None], allowed: str,
) -> Callable[[str, object, list[Problem]], tuple[str, ...] | None]:
    """A reader of a list of names; `known` gives the stored spelling of a name, or None if unknown."""
    def read(field: str, value: object, problems: list[Problem]) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            problems.append(Problem(field, f"must be a list of {what}s"))
            return None
        names: list[str] = []
        for index, name in enumerate(value):
            spelled = known(name) if isinstance(name, str) else None
            if spelled is None:
                shown = f"'{name}'" if isinstance(name, str) else "this"
                message = f"{shown} is not a known {what} (allowed: {allowed})"
                problems.append(Problem(f"{field}[{index}]", message))
            elif spelled not in names:
                names.append(spelled)
        return tuple(names)
    return read


def _goals(field: str, value: object, problems: list[Problem]) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        problems.append(Problem(field, "must be a list of texts"))
        return None
    goals = []
    for index, goal in enumerate(value):
        if not isinstance(goal, str) or not 0 < len(goal.strip()) <= MAX_GOAL_CHARS:
            problems.append(Problem(f"{field}[{index}]", f"must be text of 1 to {MAX_GOAL_CHARS} characters"))
        else:
            goals.append(goal.strip())
    return tuple(goals)


def _condition(name: str) -> str | None:
    tag = normalize_tag(name)
    return tag if tag in CONDITIONS else None


_READERS: dict[str, Callable[[str, object, list[Problem]], Any]] = {
    "basdai": _form(scoring.BASDAI_ITEM_COUNT),
    "basfi": _form(scoring.BASFI_ITEM_COUNT),
    "basmi": _basmi,
    "patient_global": _number(*scoring.NRS_RANGE),
    "bas_g": _bas_g,
    "crp_mg_l": _number(*scoring.CRP_RANGE_MG_L),
    "esr_mm_h": _number(*scoring.ESR_RANGE_MM_H),
    "ibp": _ibp,
    "red_flags": _names("red flag", lambda n: n if n in screening.RED_FLAGS_BY_ID else None,
                        ", ".join(screening.RED_FLAGS_BY_ID)),
    "flare": _flag,
    "conditions": _names("condition", _condition, ", ".join(CONDITIONS) + " ('_' or '-')"),
    "entheses": _names("body-chart site", lambda n: n if n in entheses.SITES_BY_ID else None,
                       ", ".join(entheses.SITES_BY_ID)),
    "chest_expansion_cm": _number(*CHEST_EXPANSION_RANGE_CM),
    "morning_stiffness_minutes": _number(*scoring.STIFFNESS_MINUTES_RANGE),
    "fatigue": _number(*scoring.NRS_RANGE),
    "goals": _goals,
}


def parse_assessment(data: object) -> AssessmentInput:
    """Read an assessment, refusing it with every problem at once (each names its field and range)."""
    if not isinstance(data, Mapping):
        raise ValidationError([Problem("assessment", "must be a JSON object")])
    problems: list[Problem] = []
    allowed = ", ".join(["schema", *_READERS])
    for key in data:
        if key != "schema" and key not in _READERS:
            problems.append(Problem(str(key), f"unknown field (allowed: {allowed})"))
    schema = data.get("schema")
    if schema is not None and schema != ASSESSMENT_SCHEMA:
        problems.append(Problem("schema", f"must be '{ASSESSMENT_SCHEMA}'"))
    values = {}
    for key, read in _READERS.items():
        if data.get(key) is not None:   # absent and null both mean "not recorded"
            values[key] = read(key, data[key], problems)
    if problems:
        raise ValidationError(problems)
    return AssessmentInput(**values)


@dataclass(frozen=True)
class Scores:
    """Every score an assessment allows, unrounded; None where its inputs were not recorded."""

    basdai: float | None = None
    basdai_active: bool | None = None
    basfi: float | None = None
    bas_g: float | None = None
    basmi: float | None = None
    basmi_3point: int | None = None
    asdas_crp: float | None = None
    asdas_crp_state: str | None = None
    asdas_esr: float | None = None
    asdas_esr_state: str | None = None
    ibp_asas: screening.IbpResult | None = None
    urgent: tuple[screening.RedFlag, ...] = ()
    chest_expansion_cm: float | None = None
    mases: int | None = None
    sparcc: int | None = None
    lei: int | None = None
    dactylitis: int | None = None


def compute_scores(a: AssessmentInput) -> Scores:
    """All scores of an assessment; ASDAS reuses BASDAI Q2 (back pain), Q6 (stiffness) and Q3 (§6a)."""
    values: dict[str, Any] = {"urgent": screening.urgent_flags(a.red_flags),
                              "bas_g": a.bas_g, "chest_expansion_cm": a.chest_expansion_cm}
    if a.basdai is not None:
        values["basdai"] = scoring.score_basdai(a.basdai)
        values["basdai_active"] = scoring.basdai_active(values["basdai"])
        if a.patient_global is not None:
            _, back_pain, peripheral, _, _, stiffness = a.basdai
            common = {"back_pain": back_pain, "stiffness": stiffness, "patient_global": a.patient_global,
                      "peripheral": peripheral}
            if a.crp_mg_l is not None:
                values["asdas_crp"] = scoring.score_asdas_crp(**common, crp_mg_l=a.crp_mg_l)
                values["asdas_crp_state"] = scoring.asdas_state(values["asdas_crp"])
            if a.esr_mm_h is not None:
                values["asdas_esr"] = scoring.score_asdas_esr(**common, esr_mm_h=a.esr_mm_h)
                values["asdas_esr_state"] = scoring.asdas_state(values["asdas_esr"])
    if a.basfi is not None:
        values["basfi"] = scoring.score_basfi(a.basfi)
    if a.basmi is not None:
        values["basmi"] = scoring.score_basmi_linear(a.basmi)
        values["basmi_3point"] = scoring.score_basmi_3point(a.basmi)
    if a.ibp is not None:
        answers = {item.id: item.id in a.ibp for item in screening.IBP_ASAS_ITEMS}
        values["ibp_asas"] = screening.assess_ibp_asas(answers)
    if a.entheses is not None:
        values["mases"] = entheses.mases_count(a.entheses)
        values["sparcc"] = entheses.sparcc_count(a.entheses)
        values["lei"] = entheses.lei_count(a.entheses)
        values["dactylitis"] = entheses.dactylitis_count(a.entheses)
    return Scores(**values)


def scores_to_json(scores: Scores) -> dict[str, Any]:
    """The scores JSON of the contract (unrounded values, null where not computed), plus a few extras."""
    ibp = scores.ibp_asas
    return {
        "basdai": scores.basdai,
        "basfi": scores.basfi,
        "basmi": scores.basmi,
        "basmi_3point": scores.basmi_3point,
        "asdas_crp": scores.asdas_crp,
        "asdas_crp_state": scores.asdas_crp_state,
        "asdas_esr": scores.asdas_esr,
        "asdas_esr_state": scores.asdas_esr_state,
        "ibp_asas": None if ibp is None else {"met": ibp.met, "count": ibp.count, "items": list(ibp.items)},
        "urgent": [{"id": flag.id, "category": flag.category, "urgency": flag.urgency, "action": flag.action}
                   for flag in scores.urgent],
        "basdai_active": scores.basdai_active,
        "bas_g": scores.bas_g,
        "chest_expansion_cm": scores.chest_expansion_cm,
        "mases": scores.mases,
        "sparcc": scores.sparcc,
        "lei": scores.lei,
        "dactylitis": scores.dactylitis,
    }

"""Templates and plans as each other: apply a template to a patient, or keep a plan as a template."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from planner.core.exclusions import Exclusion, exclusion_for
from planner.core.exercise import Exercise
from planner.core.plan import PlanItem
from planner.core.template import Template, TemplateItem


@dataclass(frozen=True)
class AppliedTemplate:
    items: tuple[PlanItem, ...]
    excluded: tuple[Exclusion, ...]   # template items left out for this patient, with the reason


def apply_template(
    template: Template, lookup: Callable[[str], Exercise | None], conditions: Collection[str], flare: bool = False,
) -> AppliedTemplate:
    """The template's exercises for this patient; those whose cautions match (or, in a flare, that have no
    flare-day dose) are left out with their reason, never silently."""
    items: list[PlanItem] = []
    excluded: list[Exclusion] = []
    for entry in template.items:
        exercise = lookup(entry.exercise)
        if exercise is None:
            excluded.append(Exclusion(entry.exercise, "Not in the exercise library."))
            continue
        exclusion = exclusion_for(exercise, conditions, flare)
        if exclusion:
            excluded.append(exclusion)
            continue
        if flare and not template.flare:
            dosage = exercise.flare_dosage or exercise.dosage
        else:
            dosage = entry.dosage or (exercise.flare_dosage if template.flare else None) or exercise.dosage
        items.append(PlanItem(exercise.id, dosage, exercise.flare_dosage, reason=f"Template: {template.name}"))
    return AppliedTemplate(tuple(items), tuple(excluded))


def template_id_for(name: str, taken: Iterable[str]) -> str:
    """A file-safe id from a template's name, made unique among `taken` ('neck-plan', 'neck-plan-2', ...)."""
    plain = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "template"
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def template_from_items(name: str, items: Sequence[PlanItem], taken: Iterable[str], rationale: str = "") -> Template:
    """A saved template holding each item's exercise and dose, in order."""
    return Template(
        id=template_id_for(name, taken), name=name.strip(), rationale=rationale.strip() or "Saved from a plan.",
        items=tuple(TemplateItem(item.exercise_id, item.dosage) for item in items), origin="saved",
    )


def template_data(template: Template) -> dict[str, object]:
    """The template in the shape of a template file (docs/exercise-format.md), for storing."""
    items: list[dict[str, object]] = []
    for entry in template.items:
        item: dict[str, object] = {"exercise": entry.exercise}
        if entry.block:
            item["block"] = entry.block
        if entry.dosage:
            item["dosage"] = {k: v for k, v in entry.dosage.to_dict().items() if v is not None}
        items.append(item)
    return {"id": template.id, "name": template.name, "rationale": template.rationale, "when": template.when,
            "flare": template.flare, "items": items}

"""A template programme: a named starting list of exercises the therapist then adjusts."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.dosage import Dosage


@dataclass(frozen=True)
class TemplateItem:
    exercise: str
    dosage: Dosage | None = None   # None: the exercise's own default (or flare) dose
    block: str = ""                # e.g. "Morning" in split-session templates


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    rationale: str
    items: tuple[TemplateItem, ...]
    when: str = ""
    flare: bool = False            # every item uses its flare-day dose
    origin: str = "shipped"        # "shipped" file or "saved" by the clinic

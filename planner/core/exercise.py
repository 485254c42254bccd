"""An exercise as the library holds it: what to do, how much, for whom, and how it looks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.dosage import Dosage
from planner.core.vocab import normalize_tag


@dataclass(frozen=True)
class Illustration:
    """Words describing the start and end pictures (for the artist and for screen readers)."""

    start: str = ""
    end: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Evidence:
    note: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """One exercise record (schema: ../shared/clinical/EXERCISES-OUTLINE.md section 1)."""

    id: str
    name: str
    category: str
    body_region: tuple[str, ...]
    position: str
    equipment: tuple[str, ...]
    level: int
    dosage: Dosage
    flare_dosage: Dosage | None
    instructions: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    secondary_categories: tuple[str, ...] = ()
    side: str = "n/a"
    timed: bool = False
    cues: tuple[str, ...] = ()
    common_mistakes: tuple[str, ...] = ()
    easier_tip: str = ""
    harder_tip: str = ""
    cautions: tuple[str, ...] = ()
    caution_notes: str = ""
    targets: tuple[str, ...] = ()
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    illustration: Illustration = Illustration()
    evidence: Evidence = Evidence()
    # The start and end pose, as plain data; planner.figures reads and draws it.
    figure: Mapping[str, Any] | None = None
    # "shipped" for exercises/<id>.toml, "custom" for the clinic's own (stored in the database).
    origin: str = "shipped"
    based_on: str | None = None

    def caution_matches(self, conditions: set[str] | frozenset[str]) -> tuple[str, ...]:
        """The patient's conditions this exercise has a caution for (tags compared in one spelling)."""
        wanted = {normalize_tag(c) for c in conditions}
        return tuple(tag for tag in self.cautions if tag in wanted)

    @property
    def main_region(self) -> str:
        return self.body_region[0] if self.body_region else "whole-body"

"""Which exercises a patient's conditions or flare rule out, each with the reason in words."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from planner.core.exercise import Exercise
from planner.core.vocab import CONDITION_LABELS

# Words that mark the sentence of an exercise's caution notes about one condition (the notes are plain
# text covering all of the exercise's cautions, written for the patient).
_CAUTION_WORDS: dict[str, tuple[str, ...]] = {
    "osteoporosis": ("osteoporosis", "thin bones"),
    "spinal-fusion": ("spine is fused", "fused spine", "spine fused", "back is fused"),
    "cervical-fusion": ("neck",),
    "hip-replacement": ("hip replacement",),
    "acute-flare": ("flare",),
    "balance-impaired": ("balance",),
    "high-fall-risk": ("fall",),
    "pregnancy": ("pregnan",),
    "shoulder-impingement": ("shoulder",),
    "knee-pain": ("knee",),
    "wrist-pain": ("wrist",),
    "cardiovascular": ("heart", "blood pressure"),
    "enthesitis-achilles": ("achilles", "heel"),
    "enthesitis-plantar": ("under the foot", "sole", "plantar", "heel"),
    "kyphosis-severe": ("stoop", "lie flat", "lying flat"),
}
CAUTION_LABELS: dict[str, str] = {**CONDITION_LABELS, "acute-flare": "Flare"}


@dataclass(frozen=True)
class Exclusion:
    """An exercise left out for this patient; adding it back needs the therapist's recorded reason."""

    exercise_id: str
    reason: str
    cautions: tuple[str, ...] = ()   # the matching caution tags; empty when left out only for a flare


def caution_advice(exercise: Exercise, condition: str) -> str:
    """The sentences of the exercise's caution notes that speak about `condition` ("" if none do)."""
    words = _CAUTION_WORDS.get(condition, ())
    sentences = re.split(r"(?<=[.!?])\s+", exercise.caution_notes.strip())
    return " ".join(s for s in sentences if any(w in s.casefold() for w in words))


def exclusion_for(exercise: Exercise, conditions: Collection[str], flare: bool) -> Exclusion | None:
    """Why `exercise` is left out for a patient with `conditions` (and a flare), or None if it is not."""
    matches = exercise.caution_matches(frozenset(conditions))
    if matches:
        parts = []
        for tag in matches:
            advice = caution_advice(exercise, tag)
            parts.append(f"Caution for {CAUTION_LABELS.get(tag, tag).lower()}" + (f": {advice}" if advice else "."))
        return Exclusion(exercise.id, " ".join(parts), matches)
    if flare and exercise.flare_dosage is None:
        return Exclusion(exercise.id, "Not advised during a flare: it has no flare-day dose (R1).")
    return None

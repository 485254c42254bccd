"""Ranked search as you type over exercise names, aliases, targets and steps."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.exercise import Exercise

_NON_WORD = re.compile(r"[^0-9a-z]+")

# Where a query word is found, and what that is worth: a hit in the name beats one in the steps.
_WEIGHTS = (("name", 10), ("aliases", 6), ("targets", 4), ("body", 1))


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, with a space at each end for word starts."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return f" {_NON_WORD.sub(' ', plain).strip()} "


@dataclass(frozen=True)
class _Entry:
    exercise: Exercise
    name: str
    aliases: str
    targets: str
    body: str
    everything: str


class ExerciseIndex:
    """Folded text of every exercise, built once; `search` ranks by where each query word is found."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self._entries = [self._entry(e) for e in exercises]

    @staticmethod
    def _entry(exercise: Exercise) -> _Entry:
        name = fold(f"{exercise.name} {exercise.id}")
        aliases = fold(" ".join(exercise.aliases))
        targets = fold(" ".join((*exercise.targets, exercise.category, *exercise.body_region)))
        body = fold(" ".join((*exercise.instructions, *exercise.cues)))
        return _Entry(exercise, name, aliases, targets, body, name + aliases + targets + body)

    def search(self, query: str, limit: int | None = None) -> list[Exercise]:
        """Exercises containing every word of `query` (as a word start), best first; all when empty."""
        words = fold(query).split()
        if not words:
            found = [e.exercise for e in self._entries]
            return found[:limit] if limit else found
        needles = [f" {w}" for w in words]
        scored: list[tuple[int, str, Exercise]] = []
        for entry in self._entries:
            if not all(n in entry.everything for n in needles):
                continue
            score = 0
            for needle in needles:
                for field, weight in _WEIGHTS:
                    if needle in getattr(entry, field):
                        score += weight
                        break
            if entry.name.startswith(needles[0]):
                score += 5
            scored.append((-score, entry.exercise.name.casefold(), entry.exercise))
        scored.sort(key=lambda item: (item[0], item[1]))
        found = [item[2] for item in scored]
        return found[:limit] if limit else found

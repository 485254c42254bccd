"""Ranked search as you type over exercise names, aliases, targets and steps.

Each query word must start a word of the exercise; where it is found decides its worth (a hit in the name
beats one in the steps), and a name that begins with the first word gets a bonus. Ties keep name order.

For speed over thousands of exercises (every keystroke), the index keeps, for each word, a bitset (a
Python int) of the exercises that have it in each field, exercises numbered in name order. A query word
ORs the bitsets of the words it begins; scoring groups exercises into bitsets by score; the result is read
off the bits of the best group first, so no step loops over exercises in Python except the last.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator

from planner.core.exercise import Exercise

_NON_WORD = re.compile(r"[^0-9a-z]+")

# What a query word is worth by the first field it is found in, in this order.
FIELD_WEIGHTS = (10, 6, 4, 1)   # name (and id), aliases, targets (with category and regions), steps and cues
NAME_START_BONUS = 5


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, with a space at each end for word starts."""
    plain = text.casefold()
    if not plain.isascii():
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    return f" {_NON_WORD.sub(' ', plain).strip()} "


def _fields(exercise: Exercise) -> tuple[str, str, str, str]:
    return (
        f"{exercise.name} {exercise.id}",
        " ".join(exercise.aliases),
        " ".join((*exercise.targets, exercise.category, *exercise.body_region)),
        " ".join((*exercise.instructions, *exercise.cues)),
    )


def _bitset(positions: list[int], size: int) -> int:
    if len(positions) < 8:   # most words are rare: shifting is cheaper than a byte array
        return sum(1 << position for position in positions)
    bits = bytearray((size + 7) // 8)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


def _set_bits(mask: int) -> Iterator[int]:
    """Positions of the set bits, lowest first."""
    text = format(mask, "b")[::-1]
    position = text.find("1")
    while position != -1:
        yield position
        position = text.find("1", position + 1)


class _PrefixTable:
    """Words -> one bitset per field; `lookup(prefix)` ORs the bitsets of every word it begins."""

    def __init__(self, postings: dict[str, list[list[int]]], size: int) -> None:
        self.words = sorted(postings)
        self.bits = [[_bitset(p, size) for p in postings[word]] for word in self.words]

    def lookup(self, prefix: str) -> list[int]:
        found = [0] * (len(self.bits[0]) if self.bits else 0)
        index = bisect_left(self.words, prefix)
        while index < len(self.words) and self.words[index].startswith(prefix):
            for field, bits in enumerate(self.bits[index]):
                found[field] |= bits
            index += 1
        return found


class ExerciseIndex:
    """Built once per library (or after an edit); `search` is cheap enough for every keystroke."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        ordered = sorted(enumerate(exercises), key=lambda pair: (pair[1].name.casefold(), pair[0]))
        self._exercises = [exercise for _, exercise in ordered]
        size = len(self._exercises)
        fields = len(FIELD_WEIGHTS)
        words: dict[str, list[list[int]]] = defaultdict(lambda: [[] for _ in range(fields)])
        first_words: dict[str, list[list[int]]] = defaultdict(lambda: [[]])
        for position, exercise in enumerate(self._exercises):
            for field, text in enumerate(_fields(exercise)):
                tokens = fold(text).split()
                for token in set(tokens):
                    words[token][field].append(position)
                if field == 0 and tokens:
                    first_words[tokens[0]][0].append(position)
        self._words = _PrefixTable(words, size)
        self._first_words = _PrefixTable(first_words, size)
        self._all = (1 << size) - 1

    def __len__(self) -> int:
        return len(self._exercises)

    def search(self, query: str, limit: int | None = None) -> list[Exercise]:
        """Exercises containing every word of `query` (as a word start), best first; all when empty."""
        needles = fold(query).split()
        if not needles:
            return self._exercises[:limit] if limit else list(self._exercises)
        # Score groups: score -> bitset of the exercises with that score so far.
        groups: dict[int, int] = {0: self._all}
        for needle in needles:
            masks = self._words.lookup(needle)
            seen = 0
            weighted = []
            for weight, mask in zip(FIELD_WEIGHTS, masks, strict=True):
                weighted.append((weight, mask & ~seen))   # only the first field it is found in counts
                seen |= mask
            regrouped: dict[int, int] = defaultdict(int)
            for score, members in groups.items():
                for weight, mask in weighted:
                    both = members & mask
                    if both:
                        regrouped[score + weight] |= both
            groups = regrouped
            if not groups:
                return []
        bonus = self._first_words.lookup(needles[0])[0]
        ranked: dict[int, int] = defaultdict(int)
        for score, members in groups.items():
            if members & bonus:
                ranked[score + NAME_START_BONUS] |= members & bonus
            if members & ~bonus:
                ranked[score] |= members & ~bonus
        found: list[Exercise] = []
        for score in sorted(ranked, reverse=True):
            for position in _set_bits(ranked[score]):
                found.append(self._exercises[position])
                if limit and len(found) >= limit:
                    return found
        return found

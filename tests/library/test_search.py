"""Ranked search: the bitset index gives exactly the ranking of a plain scan, and sensible answers."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.exercise import Exercise
from planner.library.search import FIELD_WEIGHTS, NAME_START_BONUS, ExerciseIndex, fold
from planner.services.library import shipped_library

SHIPPED = list(shipped_library().exercises.values())
INDEX = ExerciseIndex(SHIPPED)


def _scan(exercises: list[Exercise], query: str) -> list[str]:
    """The ranking rule written out plainly, one exercise at a time (the specification)."""
    needles = [f" {w}" for w in fold(query).split()]
    if not needles:
        return [e.id for e in exercises]
    scored = []
    for position, e in enumerate(exercises):
        fields = [fold(f"{e.name} {e.id}"), fold(" ".join(e.aliases)),
                  fold(" ".join((*e.targets, e.category, *e.body_region))),
                  fold(" ".join((*e.instructions, *e.cues)))]
        if not all(any(n in f for f in fields) for n in needles):
            continue
        score = sum(next(w for f, w in zip(fields, FIELD_WEIGHTS, strict=True) if n in f) for n in needles)
        score += NAME_START_BONUS if fields[0].startswith(needles[0]) else 0
        scored.append((-score, e.name.casefold(), position, e.id))
    return [item[3] for item in sorted(scored)]


_WORDS = sorted({w for e in SHIPPED for w in fold(" ".join((e.name, *e.aliases, *e.instructions))).split()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.integers(1, 8)), min_size=1, max_size=3))
def test_the_index_ranks_exactly_like_a_plain_scan(words: list[tuple[str, int]]) -> None:
    query = " ".join(word[:length] for word, length in words)
    assert [e.id for e in INDEX.search(query)] == _scan(SHIPPED, query)


def test_typed_answers_a_therapist_expects() -> None:
    assert INDEX.search("bridge")[0].id == "bridge"
    assert [e.id for e in INDEX.search("chin tuck")][:4] == sorted(
        ["chin-tuck-prone-lift", "chin-tuck-sitting", "chin-tuck-supine", "chin-tuck-wall"],
        key=lambda i: shipped_library().get(i).name.casefold())
    assert all("towel" in fold(" ".join((e.name, *e.aliases, *e.instructions, *e.cues)))
               for e in INDEX.search("TOWEL"))
    assert INDEX.search("zzz") == [] and INDEX.search("bridge zzz") == []
    assert len(INDEX.search("")) == len(SHIPPED) == len(INDEX)
    assert len(INDEX.search("stretch", limit=3)) == 3


def test_accents_case_and_punctuation_do_not_matter() -> None:
    twist = replace(SHIPPED[0], id="clinic-x", name="Côte-à-côte Übung", aliases=("Łódź twist",))
    index = ExerciseIndex([twist, *SHIPPED])
    assert index.search("cote a cote")[0].id == "clinic-x"
    assert index.search("UBUNG")[0].id == "clinic-x"
    assert index.search("odz")[0].id == "clinic-x"     # Ł is not an accent: it stays a separator
    assert fold("Sit–to–stand, 90°!") == " sit to stand 90 "

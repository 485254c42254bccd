"""A date of birth is typed day first (as UK clinics write it) or as ISO; anything else is refused in words."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.patient import parse_date_of_birth

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize("typed", ["21/03/1984", "21.03.1984", "21-03-1984", "1984-03-21", " 21/3/1984 "])
def test_day_first_and_iso_dates_are_the_same_day(typed: str) -> None:
    assert parse_date_of_birth(typed, TODAY) == (date(1984, 3, 21), None)


@pytest.mark.parametrize(("typed", "problem"), [
    ("1991-13-02", "“1991-13-02” is not a date; type it as dd/mm/yyyy, e.g. 21/03/1984"),
    ("31/02/1990", "“31/02/1990” is not a date; type it as dd/mm/yyyy, e.g. 21/03/1984"),
    ("03/21/1984", "“03/21/1984” is not a date; type it as dd/mm/yyyy, e.g. 21/03/1984"),   # month first
    ("26/11/2026", "is in the future"),
    ("31/12/1899", "must be 1900 or later"),
])
def test_what_is_not_a_birth_date_is_refused_in_words(typed: str, problem: str) -> None:
    assert parse_date_of_birth(typed, TODAY) == (None, problem)


def test_blank_is_allowed() -> None:
    assert parse_date_of_birth("  ", TODAY) == (None, None)

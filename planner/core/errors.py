"""Errors a user may see: each carries a message written for a person, never a traceback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: which field, what is wrong, and where it was read."""

    field: str
    message: str
    source: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return f"{where}{self.field}: {self.message}" if self.field else f"{where}{self.message}"


class PlannerError(Exception):
    """Base of every error the app reports to a person in words."""


class ValidationError(PlannerError):
    """Input was refused; `problems` lists every reason at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class NotFoundError(PlannerError):
    """A patient, assessment, plan or exercise that does not exist was asked for."""


class StorageError(PlannerError):
    """The store cannot be used: locked, corrupt, from a newer version, or not writable."""

"""A patient's signed assessments over time: which are in force, how each changed, and the trend series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from planner.core import scoring
from planner.core.assessment_record import SCORE_COLUMNS, AssessmentRecord

ASDAS_VERSIONS: tuple[str, ...] = ("asdas_crp", "asdas_esr")   # §6b: CRP preferred, ESR the fallback
ASDAS_VERSION_LABELS: dict[str, str] = {"asdas_crp": "ASDAS-CRP", "asdas_esr": "ASDAS-ESR"}
BASDAI_CHANGE_LABELS: dict[str, str] = {
    "improved": "Clinically important improvement (2 points or 50 %)",
    "worsened": "Worse by 2 points or more (possible flare)",
    "no_important_change": "No clinically important change",
}


@dataclass(frozen=True)
class Change:
    """How an assessment differs from the one before; deltas are previous − this (positive = better)."""

    previous_on: date
    asdas_version: str | None = None   # the ASDAS both visits have, CRP first (never mixed, CLINICAL.md §6b)
    asdas_delta: float | None = None
    asdas_change: str | None = None    # a key of scoring.ASDAS_CHANGE_LABELS (§6d)
    basdai_delta: float | None = None
    basdai_change: str | None = None   # a key of BASDAI_CHANGE_LABELS (§2, §7d)


@dataclass(frozen=True)
class Visit:
    record: AssessmentRecord
    change: Change | None = None       # None for the first signed assessment


@dataclass(frozen=True)
class Trend:
    dates: list[date] = field(default_factory=list)
    scores: dict[str, list[float | None]] = field(default_factory=dict)   # one list per SCORE_COLUMNS


def in_force(records: Sequence[AssessmentRecord]) -> list[AssessmentRecord]:
    """Signed assessments that no signed correction replaced, by date then id."""
    replaced = {r.corrects_id for r in records if r.signed and r.corrects_id is not None}
    signed = [r for r in records if r.signed and r.id not in replaced]
    return sorted(signed, key=lambda r: (r.assessed_on, r.id or 0))


def _basdai_verdict(before: float, after: float) -> str:
    if scoring.basdai_improved(before, after):
        return "improved"
    if scoring.basdai_worsened(before, after):
        return "worsened"
    return "no_important_change"


def change_between(previous: AssessmentRecord, current: AssessmentRecord) -> Change:
    both = [v for v in ASDAS_VERSIONS if previous.scores.get(v) is not None and current.scores.get(v) is not None]
    version = both[0] if both else None
    asdas_delta = asdas_verdict = None
    if version:
        before, after = previous.scores[version], current.scores[version]
        asdas_delta, asdas_verdict = before - after, scoring.asdas_change(before, after)
    basdai_delta = basdai_verdict = None
    before_basdai, after_basdai = previous.scores.get("basdai"), current.scores.get("basdai")
    if before_basdai is not None and after_basdai is not None:
        basdai_delta = before_basdai - after_basdai
        basdai_verdict = _basdai_verdict(before_basdai, after_basdai)
    return Change(previous.assessed_on, version, asdas_delta, asdas_verdict, basdai_delta, basdai_verdict)


def visits_of(records: Sequence[AssessmentRecord]) -> list[Visit]:
    charted = in_force(records)
    return [Visit(record, change_between(charted[i - 1], record) if i else None)
            for i, record in enumerate(charted)]


def trend_of(visits: Sequence[Visit]) -> Trend:
    return Trend(dates=[v.record.assessed_on for v in visits],
                 scores={column: [v.record.scores.get(column) for v in visits] for column in SCORE_COLUMNS})

"""An assessment as stored: the form's answers, its computed scores and its sign-off state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Scores kept in their own columns so the history page and trend chart need not parse every form.
SCORE_COLUMNS: tuple[str, ...] = ("basdai", "basfi", "basmi", "asdas_crp", "asdas_esr")


@dataclass(frozen=True)
class AssessmentRecord:
    """`data` holds the answers in the `planner.assessment/1` shape plus history fields.

    A signed assessment never changes; a correction is a new record whose `corrects_id` points back.
    """

    patient_id: int
    assessed_on: date
    data: Mapping[str, Any] = field(default_factory=dict)
    scores: Mapping[str, float | None] = field(default_factory=dict)
    status: str = "draft"
    urgent_flags: tuple[str, ...] = ()
    red_flag_action: str = ""
    corrects_id: int | None = None
    therapist_id: int | None = None
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    signed_at: str | None = None

    @property
    def signed(self) -> bool:
        return self.status == "signed"

"""Assessments: drafts saved as typed, sign-off, re-assessment, corrections, findings and print safety."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.core.assessment import AssessmentInput, Scores, compute_scores
from planner.core.assessment_record import AssessmentRecord
from planner.core.audit import CORRECTION, SIGN_OFF
from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.screening import CATEGORY_LABELS, RED_FLAGS_BY_ID, URGENCY_LABELS
from planner.services import audit
from planner.services.assessment_form import (
    form_scores,
    reassessment_start,
    scorable_input,
    score_columns,
    sign_problems,
    urgent_flag_ids,
)
from planner.services.assessment_trend import Change, Trend, Visit, change_between, trend_of, visits_of
from planner.storage.store import Store


def score_form(data: Mapping[str, Any]) -> dict[str, float | None]:
    """Unrounded scores of everything complete in the form, by score column; None for the rest."""
    return score_columns(form_scores(data))


@dataclass(frozen=True)
class Findings:
    """An assessment as the tailoring and the PDF need it: the record, its parsed answers and its scores."""

    record: AssessmentRecord
    assessment: AssessmentInput
    scores: Scores


class AssessmentService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # ---- the assessment being worked on ----

    def current(self, patient_id: int) -> AssessmentRecord | None:
        """What the Assess step shows: the open draft, else the latest signed assessment, else None."""
        return self._store.assessments.draft_for(patient_id) or self.latest_signed(patient_id)

    def new_draft(self, patient_id: int, today: date | None = None) -> AssessmentRecord:
        """A new, not yet saved draft; a re-assessment starts from the last signed one (assessment_form)."""
        if self._store.assessments.draft_for(patient_id) is not None:
            raise PlannerError("this patient already has an assessment in progress; finish or discard it first")
        today = today or date.today()
        previous = self.latest_signed(patient_id)
        data = reassessment_start(previous.data, previous.assessed_on, today) if previous else {}
        return AssessmentRecord(patient_id=patient_id, assessed_on=today, data=data)

    def open_draft(self, patient_id: int, today: date | None = None) -> AssessmentRecord:
        """The open draft if there is one, else a new draft (not saved until its first change)."""
        return self._store.assessments.draft_for(patient_id) or self.new_draft(patient_id, today)

    def save_draft(self, record: AssessmentRecord, data: Mapping[str, Any]) -> AssessmentRecord:
        """Store the form as typed; the score columns and the urgent flags are filled on every save."""
        scores = score_form(data)
        return self._store.assessments.save_draft(
            replace(record, data=dict(data), scores=scores, urgent_flags=urgent_flag_ids(data)))

    def sign(self, record: AssessmentRecord, therapist_id: int | None = None) -> AssessmentRecord:
        """Make the assessment read-only for good; refused while the red-flag screen is unfinished."""
        problems = sign_problems(record.data, record.red_flag_action)
        if problems:
            raise ValidationError(Problem("", text) for text in problems)
        if record.id is None:
            record = self.save_draft(record, record.data)
        signed = self._store.assessments.sign(record.id, therapist_id)
        audit.record(self._store, CORRECTION if signed.corrects_id else SIGN_OFF, signed.patient_id,
                     f"assessment {signed.id}")
        return signed

    def start_correction(self, record: AssessmentRecord) -> AssessmentRecord:
        """A signed assessment is never changed: its correction is a new draft copying it, saved now."""
        if not record.signed or record.id is None:
            raise PlannerError("only a signed-off assessment needs a correction; a draft can be edited")
        if self._store.assessments.draft_for(record.patient_id) is not None:
            raise PlannerError("this patient already has an assessment in progress; finish or discard it first")
        correction = AssessmentRecord(patient_id=record.patient_id, assessed_on=record.assessed_on,
                                      red_flag_action=record.red_flag_action, corrects_id=record.id)
        return self.save_draft(correction, record.data)

    def discard_draft(self, record: AssessmentRecord) -> None:
        if record.id is not None:
            self._store.assessments.delete_draft(record.id)

    # ---- what has been recorded ----

    def history(self, patient_id: int) -> list[AssessmentRecord]:
        """Every assessment, oldest first: drafts, signed ones and the ones corrected since."""
        return self._store.assessments.for_patient(patient_id)

    def latest(self, patient_id: int) -> AssessmentRecord | None:
        return self._store.assessments.latest(patient_id)

    def latest_signed(self, patient_id: int) -> AssessmentRecord | None:
        """The newest signed assessment that no signed correction has replaced."""
        visits = self.visits(patient_id)
        return visits[-1].record if visits else None

    def previous_signed(self, record: AssessmentRecord) -> AssessmentRecord | None:
        """The signed assessment in force just before `record` (never the one it corrects)."""
        earlier = [v.record for v in self.visits(record.patient_id)
                   if v.record.id not in (record.id, record.corrects_id)
                   and (v.record.assessed_on, v.record.id or 0) < (record.assessed_on, record.id or 1 << 62)]
        return earlier[-1] if earlier else None

    def change_since_previous(self, record: AssessmentRecord) -> Change | None:
        previous = self.previous_signed(record)
        return change_between(previous, record) if previous else None

    def visits(self, patient_id: int) -> list[Visit]:
        """The signed assessments in force, oldest first, each with its change since the one before."""
        return visits_of(self.history(patient_id))

    def trend(self, patient_id: int) -> Trend:
        return trend_of(self.visits(patient_id))

    def trend_chart_svg(self, patient_id: int, width: float = 640, height: float = 420) -> bytes | None:
        """The trend chart as SVG for the screen (None before the first signed assessment)."""
        trend = self.trend(patient_id)
        if not trend.dates:
            return None
        # reportlab is imported only when a chart is drawn, never at start-up.
        from planner.report.charts import render_svg, trend_drawing

        return render_svg(trend_drawing(trend.dates, trend.scores, width=width, height=height))

    def latest_findings(self, patient_id: int, include_draft: bool = False) -> Findings | None:
        """Conditions, flare, goals and scores of the latest signed assessment (or the open draft)."""
        record = self._store.assessments.draft_for(patient_id) if include_draft else None
        record = record or self.latest_signed(patient_id)
        if record is None:
            return None
        assessment = scorable_input(record.data)
        return Findings(record, assessment, compute_scores(assessment))

    def print_block(self, patient_id: int) -> str | None:
        """Why a plan must not be printed yet (an urgent red flag nobody has recorded acting on), or None."""
        for record in (self._store.assessments.draft_for(patient_id), self.latest_signed(patient_id)):
            if record is None or not record.urgent_flags or record.red_flag_action.strip():
                continue
            flag = RED_FLAGS_BY_ID[record.urgent_flags[0]]
            more = len(record.urgent_flags) - 1
            others = f" and {more} more urgent flag{'s' if more > 1 else ''}" if more else ""
            return (f"Printing is blocked: urgent red flag in the assessment of {record.assessed_on:%d %b %Y} "
                    f"({CATEGORY_LABELS[flag.category]}: {URGENCY_LABELS[flag.urgency]}{others}) with no "
                    f"action recorded. Record what you did in Assess, Screening.")
        return None


"""AssessmentService on a real store: drafts, sign-off rules, corrections, change, findings, print safety."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import PlannerError, ValidationError
from planner.core.patient import Patient
from planner.services.assessments import AssessmentService
from planner.storage.store import Store

SCREENED = {"red_flags": [], "red_flags_screened": True}


@pytest.fixture
def service(store: Store) -> AssessmentService:
    return AssessmentService(store)


def signed(service: AssessmentService, patient_id: int, day: date, data: dict[str, Any],
           action: str = "") -> AssessmentRecord:
    record = AssessmentRecord(patient_id=patient_id, assessed_on=day, red_flag_action=action)
    return service.sign(service.save_draft(record, {**SCREENED, **data}))


def asdas(back_pain: float, patient_global: float, crp: float = 2.0) -> dict[str, Any]:
    return {"basdai": [0, back_pain, 0, 0, 0, 0], "patient_global": patient_global, "crp_mg_l": crp}


def test_every_save_fills_the_score_columns_and_urgent_flags(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="A"))
    draft = service.open_draft(patient.id, date(2026, 11, 25))
    assert draft.id is None and draft.data == {}
    data = {"basdai": [2, 10, 7, 1, 9, 3], "patient_global": 6, "crp_mg_l": 12.0, "esr_mm_h": 30,
            "red_flags": ["history_of_cancer", "saddle_numbness"], "history": {"diagnosis": "as"}}
    saved = service.save_draft(draft, data)
    row = store.db.execute("SELECT basdai, asdas_crp, asdas_esr, urgent_flags, data FROM assessments").fetchone()
    assert abs(row[0] - 5.2) < 1e-9
    assert abs(row[1] - (1.21 + 0.174 + 0.66 + 0.511 + 0.579 * math.log(13))) < 1e-9
    # 0.079·10 + 0.069·3 + 0.113·6 + 0.086·7 + 0.293·√30
    assert abs(row[2] - (0.79 + 0.207 + 0.678 + 0.602 + 0.293 * math.sqrt(30))) < 1e-9
    assert row[3] == '["saddle_numbness", "history_of_cancer"]'
    assert '"history": {"diagnosis": "as"}' in row[4]
    assert service.open_draft(patient.id).id == saved.id


def test_sign_off_is_refused_until_the_screen_is_done_and_urgent_flags_are_acted_on(
        store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="B"))
    draft = service.save_draft(service.new_draft(patient.id), {"red_flags": ["bladder_bowel_change"]})
    with pytest.raises(ValidationError) as refused:
        service.sign(draft)
    assert len(refused.value.problems) == 2
    draft = service.save_draft(draft, {**draft.data, "red_flags_screened": True})
    with pytest.raises(ValidationError, match="urgent red flag"):
        service.sign(draft)
    done = service.sign(service.save_draft(replace(draft, red_flag_action="10:40 called 999"), draft.data))
    row = store.db.execute("SELECT status, urgent_flags, red_flag_action FROM assessments").fetchone()
    assert done.signed and row == ("signed", '["bladder_bowel_change"]', "10:40 called 999")


def test_print_is_blocked_by_an_urgent_flag_nobody_acted_on(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="C"))
    assert service.print_block(patient.id) is None
    draft = service.save_draft(service.new_draft(patient.id, date(2026, 11, 25)),
                               {"red_flags": ["immunosuppressed", "marked_change_in_disease"]})
    assert service.print_block(patient.id) is None   # a risk factor and a GP review do not block
    draft = service.save_draft(draft, {"red_flags": ["uveitis_symptoms", "fever_or_unwell"]})
    assert service.print_block(patient.id) == (
        "Printing is blocked: urgent red flag in the assessment of 25 Nov 2026 (Infection: Same-day emergency "
        "assessment and 1 more urgent flag) with no action recorded. Record what you did in Assess, Screening.")
    service.save_draft(replace(draft, red_flag_action="GP seen today; eye casualty 14:00"), draft.data)
    assert service.print_block(patient.id) is None


def test_reassessment_starts_from_the_last_signed_one(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="D"))
    signed(service, patient.id, date(2026, 5, 19), {
        **asdas(5, 5, 10.0), "conditions": ["osteoporosis"], "goals": ["Garden"], "flare": True,
        "entheses_examined": True, "entheses": ["achilles_left"], "crp_date": "2026-05-18",
        "history": {"age_at_onset": 30, "sleep": "good"}})
    new = service.new_draft(patient.id, date(2026, 11, 25))
    assert new.id is None and new.assessed_on == date(2026, 11, 25)
    assert new.data == {"conditions": ["osteoporosis"], "goals": ["Garden"], "history": {"age_at_onset": 30},
                        "started_from": "2026-05-19"}
    service.save_draft(new, new.data)
    with pytest.raises(PlannerError, match="in progress"):
        service.new_draft(patient.id)


def test_a_correction_is_a_new_version_that_replaces_the_original(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="E"))
    first = signed(service, patient.id, date(2026, 3, 1), asdas(8, 8))
    wrong = signed(service, patient.id, date(2026, 6, 1), asdas(9, 9))
    correction = service.start_correction(wrong)
    assert (correction.corrects_id, correction.assessed_on, correction.signed) == (wrong.id, wrong.assessed_on, False)
    with pytest.raises(PlannerError):
        service.start_correction(first)   # one open draft at a time
    assert [v.record.id for v in service.visits(patient.id)] == [first.id, wrong.id]
    fixed = service.sign(service.save_draft(correction, {**SCREENED, **asdas(2, 2)}))
    assert [v.record.id for v in service.visits(patient.id)] == [first.id, fixed.id]
    assert store.assessments.get(wrong.id).data["basdai"] == [0, 9, 0, 0, 0, 0]   # never changed
    assert len(service.history(patient.id)) == 3
    assert service.latest_signed(patient.id).id == fixed.id


def test_asdas_change_marks_important_and_major_improvement(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="F"))
    signed(service, patient.id, date(2026, 1, 1), asdas(10, 10))
    signed(service, patient.id, date(2026, 2, 1), asdas(0, 0))     # Δ = 0.121·10 + 0.110·10 = 2.31: major
    signed(service, patient.id, date(2026, 3, 1), asdas(0, 10))    # Δ = −1.1: worse by 0.9 or more
    signed(service, patient.id, date(2026, 4, 1), asdas(0, 0))     # Δ = 0.110·10 = 1.1 exactly: important
    signed(service, patient.id, date(2026, 5, 1), {"basdai": [0, 0, 0, 0, 0, 0], "patient_global": 0,
                                                   "esr_mm_h": 4})  # no CRP: no ASDAS comparison
    changes = [v.change for v in service.visits(patient.id)]
    assert changes[0] is None
    assert [c.asdas_change for c in changes[1:]] == [
        "major_improvement", "clinically_important_worsening", "clinically_important_improvement", None]
    assert abs(changes[1].asdas_delta - 2.31) < 1e-9 and abs(changes[3].asdas_delta - 1.1) < 1e-9
    assert changes[1].asdas_version == "asdas_crp"
    assert changes[1].basdai_change == "improved" and abs(changes[1].basdai_delta - 2.0) < 1e-9


def test_latest_findings_give_the_tailoring_conditions_flare_and_scores(
        store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="G"))
    assert service.latest_findings(patient.id) is None
    signed(service, patient.id, date(2026, 5, 1), {**asdas(4, 4), "conditions": ["spinal-fusion", "knee-pain"],
                                                   "flare": True, "goals": ["Walk", ""]})
    service.save_draft(service.new_draft(patient.id), {"flare": False, "conditions": []})
    findings = service.latest_findings(patient.id)
    assert findings.assessment.conditions == ("spinal-fusion", "knee-pain") and findings.assessment.flare
    assert findings.assessment.goals == ("Walk",)
    assert abs(findings.scores.basdai - 0.8) < 1e-9
    assert service.latest_findings(patient.id, include_draft=True).assessment.flare is False


def test_trend_chart_is_svg_of_the_signed_assessments(store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="H"))
    assert service.trend_chart_svg(patient.id) is None
    signed(service, patient.id, date(2026, 1, 6), asdas(6, 6))
    signed(service, patient.id, date(2026, 6, 9), asdas(2, 2))
    trend = service.trend(patient.id)
    assert trend.dates == [date(2026, 1, 6), date(2026, 6, 9)]
    assert trend.scores["basfi"] == [None, None]
    svg = service.trend_chart_svg(patient.id).decode()
    assert svg.startswith("<?xml") and "very high" in svg and "6 Jan 26" in svg and "9 Jun 26" in svg


def test_a_discarded_draft_is_gone_and_a_signed_one_cannot_be_discarded(
        store: Store, service: AssessmentService) -> None:
    patient = store.patients.add(Patient(name="I"))
    done = signed(service, patient.id, date(2026, 5, 1), {})
    draft = service.save_draft(service.new_draft(patient.id), {"fatigue": 3})
    service.discard_draft(draft)
    assert [r.id for r in service.history(patient.id)] == [done.id]
    with pytest.raises(PlannerError, match="signed off"):
        service.discard_draft(done)

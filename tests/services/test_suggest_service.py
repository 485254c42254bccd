"""Suggestions from a patient's latest signed assessment, and the `planner suggest` JSON."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import ValidationError
from planner.core.patient import Patient
from planner.services.suggest import SuggestService, suggest_document


def signed(store, patient_id: int, data: dict, on: date) -> AssessmentRecord:
    record = store.assessments.save_draft(AssessmentRecord(patient_id=patient_id, assessed_on=on, data=data))
    return store.assessments.sign(record.id)


def test_no_signed_assessment_no_suggestions(store, library) -> None:
    patient = store.patients.add(Patient(name="A"))
    store.assessments.save_draft(AssessmentRecord(patient_id=patient.id, assessed_on=date(2026, 1, 5),
                                                  data={"flare": True}))
    assert SuggestService(store, lambda: library).for_patient(patient.id) is None


def test_the_latest_signed_assessment_is_read(store, library, patient) -> None:
    someone = store.patients.add(Patient(name="B"))
    signed(store, someone.id, patient("neck-dominant"), date(2026, 1, 5))
    # A half-filled draft after it is not what the plan is built on.
    store.assessments.save_draft(AssessmentRecord(patient_id=someone.id, assessed_on=date(2026, 2, 5),
                                                  data={"basdai": [1, None, 1, 1, 1, 1]}))
    result = SuggestService(store, lambda: library).for_patient(someone.id)
    assert result.assessment.assessed_on == date(2026, 1, 5)
    assert "R4: Cervical rotation 45°" in result.suggestions.findings


def test_a_basdai_rise_between_signed_assessments_is_a_flare(store, library) -> None:
    someone = store.patients.add(Patient(name="C"))
    signed(store, someone.id, {"basdai": [3, 3, 3, 3, 3, 3]}, date(2026, 1, 5))
    signed(store, someone.id, {"basdai": [6, 6, 5, 5, 5, 5], "history_note": "kept beside the answers"},
           date(2026, 2, 5))
    result = SuggestService(store, lambda: library).for_patient(someone.id)
    # (6+6+5+5+5)/5 = 5.4, up 2.4 from 3.0 (R1; CLINICAL.md §7d)
    assert result.suggestions.flare
    assert result.suggestions.findings[0] == "R1: BASDAI 5.4, up 2.4 since the last assessment"


def test_a_part_the_contract_refuses_is_left_out_and_the_rest_is_used(store, library) -> None:
    someone = store.patients.add(Patient(name="D"))
    signed(store, someone.id, {"basdai": [30, 3, 3, 3, 3, 3], "chest_expansion_cm": 1.5}, date(2026, 3, 9))
    result = SuggestService(store, lambda: library).for_patient(someone.id)
    assert result.suggestions.findings == ("R2: Chest expansion 1.5 cm",)


def test_a_signed_correction_replaces_the_assessment_it_corrects(store, library) -> None:
    someone = store.patients.add(Patient(name="G"))
    first = signed(store, someone.id, {"chest_expansion_cm": 1.5}, date(2026, 3, 9))
    correction = store.assessments.save_draft(AssessmentRecord(
        patient_id=someone.id, assessed_on=date(2026, 3, 9), data={"chest_expansion_cm": 4.0}, corrects_id=first.id))
    store.assessments.sign(correction.id)
    result = SuggestService(store, lambda: library).for_patient(someone.id)
    assert result.assessment.id == correction.id and result.suggestions.findings == ()


def test_suggest_document_json(library, patient) -> None:
    data = suggest_document(patient("hip-replacement"), library)
    assert data["schema"] == "planner.suggestions/1" and data["flare"] is False
    first = data["suggested"][0]
    assert set(first) >= {"id", "reason", "dosage", "flare_dosage", "rules", "rank", "goals", "minutes"}
    assert first["dosage"]["sets"] >= 1
    clam = next(x for x in data["excluded"] if x["id"] == "clam")
    assert clam["cautions"] == ["hip-replacement"] and clam["reason"].startswith("Caution for hip replacement")
    assert data["session_minutes"] <= 20
    cycling = next(s for s in data["suggested"] if s["id"] == "cycling")
    assert cycling["goals"] == ["Cycle with my grandchildren"]


def test_suggest_document_refuses_bad_input_naming_every_field(library) -> None:
    with pytest.raises(ValidationError) as caught:
        suggest_document({"fatigue": 11, "conditions": ["gout"]}, library)
    assert [p.field for p in caught.value.problems] == ["conditions[0]", "fatigue"]

"""Patients: saved exactly as typed, found as you type, deleted with everything that hangs on them."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import NotFoundError
from planner.core.patient import Patient
from planner.storage.store import Store


def test_add_get_update_round_trip_keeps_unusual_names(store: Store) -> None:
    added = store.patients.add(Patient(name="O'Brien <Jr> & Sons", date_of_birth=date(1984, 3, 21),
                                       hospital_number="9434765919", contact="07700 900123", notes="Zoë's note"))
    assert added.id is not None and added.created_at == added.updated_at
    fetched = store.patients.get(added.id)
    assert fetched == added
    changed = store.patients.update(Patient(**{**fetched.__dict__, "name": "Zoë Łukasz"}))
    assert store.patients.get(added.id).name == "Zoë Łukasz"
    assert changed.updated_at >= added.updated_at


def test_search_ignores_case_and_accents_and_matches_every_word(store: Store) -> None:
    zoe = store.patients.add(Patient(name="Zoë Łukasz"))
    ana = store.patients.add(Patient(name="Ana Ñúñez-O'Brien", hospital_number="RBH12345"))
    store.patients.add(Patient(name="Bob Smith"))
    assert [p.id for p in store.patients.search("zoe lukasz")] == [zoe.id]
    assert [p.id for p in store.patients.search("NUNEZ")] == [ana.id]
    assert [p.id for p in store.patients.search("rbh123")] == [ana.id]
    assert [p.id for p in store.patients.search("o'brien")] == [ana.id]
    assert store.patients.search("100%") == []
    assert store.patients.search("_") == []
    assert len(store.patients.search("")) == 3


def test_list_is_most_recently_changed_first(store: Store) -> None:
    first = store.patients.add(Patient(name="First"))
    second = store.patients.add(Patient(name="Second"))
    store.db.execute("UPDATE patients SET updated_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", [second.id])
    assert [p.name for p in store.patients.search()] == ["First", "Second"]
    store.patients.update(store.patients.get(second.id))
    assert store.patients.search()[0].name == "Second"
    assert first.id != second.id


def test_delete_removes_the_patient_and_their_assessments(store: Store) -> None:
    patient = store.patients.add(Patient(name="To Delete"))
    store.assessments.save_draft(AssessmentRecord(patient_id=patient.id, assessed_on=date(2026, 11, 1)))
    store.patients.delete(patient.id)
    with pytest.raises(NotFoundError):
        store.patients.get(patient.id)
    assert store.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.patients.delete(patient.id)

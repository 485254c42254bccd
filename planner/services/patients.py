"""Adding, changing, finding and deleting patients, with the field rules applied first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.core.errors import ValidationError
from planner.core.patient import Patient, PatientSummary, validate_patient
from planner.storage.store import Store


class PatientService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, name: str, date_of_birth: str = "", hospital_number: str = "", contact: str = "",
            notes: str = "", today: date | None = None) -> Patient:
        """Validate every field (raising ValidationError naming each bad one) and save a new patient."""
        patient, problems = validate_patient(name, date_of_birth, hospital_number, contact, notes,
                                             today or date.today())
        if problems or patient is None:
            raise ValidationError(problems)
        return self._store.patients.add(patient)

    def update(self, patient_id: int, name: str, date_of_birth: str = "", hospital_number: str = "",
               contact: str = "", notes: str = "", today: date | None = None) -> Patient:
        patient, problems = validate_patient(name, date_of_birth, hospital_number, contact, notes,
                                             today or date.today())
        if problems or patient is None:
            raise ValidationError(problems)
        existing = self._store.patients.get(patient_id)
        return self._store.patients.update(replace(patient, id=patient_id, created_at=existing.created_at))

    def get(self, patient_id: int) -> Patient:
        return self._store.patients.get(patient_id)

    def delete(self, patient_id: int) -> None:
        self._store.patients.delete(patient_id)

    def search(self, text: str = "", limit: int | None = None) -> list[PatientSummary]:
        return self._store.patients.search(text, limit)

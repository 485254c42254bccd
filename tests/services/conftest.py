"""A workspace on a fresh data folder, and a patient with a full record in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from planner.core.dosage import Dosage
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.services.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "data")
    yield opened
    opened.close()


@dataclass(frozen=True)
class Record:
    patient: Patient
    assessment_id: int
    plan: Plan


def add_full_record(workspace: Workspace, name: str, number: str, note: str) -> Record:
    """A patient with a signed assessment, a saved plan and a PDF, as the clinic would leave them."""
    patient = workspace.patients.add(name, "1970-05-04", number, "07700 900123", note)
    draft = workspace.assessments.open_draft(patient.id, date(2026, 11, 2))
    draft = workspace.assessments.save_draft(draft, {"basdai": [4, 5, 6, 3, 2, 4], "red_flags_screened": True,
                                                                "goals": [f"{note} goal"]})
    signed = workspace.assessments.sign(draft)
    plan = workspace.plans.save(Plan(patient.id, date(2026, 11, 2), (
        PlanItem("thoracic-rotation-sitting", Dosage(sets=2, reps=10), note=f"{note} item"),
        PlanItem("bridge", Dosage(sets=2, reps=8)),
    ), goals=(f"{note} plan goal",), notes=note, assessment_id=signed.id))
    return Record(patient, signed.id, plan)

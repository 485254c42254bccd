"""A fresh store and the shipped library for service tests; a workspace with a patient's full record."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from planner.core.dosage import Dosage
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.library.loader import Library, load_library
from planner.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(ROOT / "exercises").library


@pytest.fixture(scope="session")
def patient() -> Callable[[str], dict]:
    return lambda name: json.loads((ROOT / "tests" / "fixtures" / "patients" / f"{name}.json").read_text("utf-8"))


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

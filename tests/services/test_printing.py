"""Printing services: a plan file to PDF (or refused with nothing written), a stored plan, the therapist summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import ValidationError
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem, PlanOptions
from planner.core.printable import Clinic, ScoreLine, Therapist
from planner.services.library import shipped_library
from planner.services.printing import PrintService, render_plan_file, save_copy, write_pdf, write_summary_pdf
from planner.services.settings import SettingsService
from planner.storage.store import Store
from tests.report.pdf_facts import all_text, flat, reader

PLAN = {
    "schema": "planner.plan/1", "patient": {"name": "Zoë Łukasz"}, "date": "2026-11-25",
    "items": [{"exercise": "chin-tuck-sitting", "dosage": {"sets": 2, "reps": 10}},
              {"exercise": "bridge", "dosage": {"reps": 8}}],
}


def write_plan(folder: Path, plan: dict) -> Path:
    path = folder / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def test_a_plan_file_renders_to_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = render_plan_file(write_plan(tmp_path, PLAN), out)
    assert result.path == out and result.warnings == ()
    text = flat(all_text(out.read_bytes()))
    assert "For Zoë Łukasz" in text and "Seated chin tuck" in text and "Bridge" in text
    assert result.pages == len(reader(out.read_bytes()).pages)


def test_an_unknown_exercise_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    plan = {**PLAN, "items": [*PLAN["items"], {"exercise": "moon-walk", "dosage": {"reps": 5}}]}
    out = tmp_path / "plan.pdf"
    with pytest.raises(ValidationError) as refused:
        render_plan_file(write_plan(tmp_path, plan), out)
    assert [str(p) for p in refused.value.problems] == [
        "items[2].exercise: 'moon-walk' is not an exercise in the library"]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "plan.json"]   # no temp file left either


def test_command_line_choices_override_the_file_options(tmp_path: Path) -> None:
    plan = {**PLAN, "options": {"paper": "a4", "large_print": False}}
    out = tmp_path / "plan.pdf"
    render_plan_file(write_plan(tmp_path, plan), out, large_print=True, paper="letter")
    page = reader(out.read_bytes()).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)


def test_a_copy_is_saved_where_the_user_chose(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    render_plan_file(write_plan(tmp_path, PLAN), out)
    copy = save_copy(out, tmp_path / "copy.pdf")
    assert copy.read_bytes() == out.read_bytes()


@pytest.fixture
def service(store: Store) -> PrintService:
    return PrintService(store, shipped_library, SettingsService(store))


def stored_plan(store: Store, name: str = "O'Brien <Jr> & Sons") -> Plan:
    patient = store.patients.add(Patient(name=name))
    library = shipped_library()
    items = tuple(PlanItem(e, library.get(e).dosage, library.get(e).flare_dosage) for e in ("bridge", "walking"))
    return store.plans.save_new_version(Plan(patient.id, date(2026, 11, 25), items, date(2027, 1, 6)))


def signed(store: Store, patient_id: int, day: date, **scores: float) -> AssessmentRecord:
    draft = store.assessments.save_draft(AssessmentRecord(patient_id, day, {"conditions": ["ibd"]}, scores))
    return store.assessments.sign(draft.id)


def test_a_stored_plan_prints_with_the_chosen_therapist_clinic_and_conditions(store: Store, service: PrintService,
                                                                             tmp_path: Path) -> None:
    settings = SettingsService(store)
    settings.save_clinic(Clinic("Riverside Physio", "01632 960 123"))
    sam = settings.save_therapist(Therapist("Sam Taylor", "Physiotherapist", "PH123456"))
    plan = stored_plan(store)
    signed(store, plan.patient_id, date(2026, 11, 20), basdai=5.2)
    printable = service.printable(plan, sam.id, PlanOptions(tracking_weeks=2))
    assert printable.therapist == Therapist("Sam Taylor", "Physiotherapist", "PH123456")
    assert printable.conditions == frozenset({"ibd"})
    text = flat(all_text(write_pdf(printable, tmp_path / "p.pdf").path.read_bytes()))
    assert "For O'Brien <Jr> & Sons" in text
    assert "Sam Taylor, Physiotherapist (registration PH123456)" in text
    assert "Riverside Physio" in text and "Crohn's & Colitis UK" in text
    assert "Week 2" in text and "Week 3" not in text


def test_bad_print_choices_are_refused(store: Store, service: PrintService) -> None:
    with pytest.raises(ValidationError, match=r"options\.paper"):
        service.printable(stored_plan(store), None, PlanOptions(paper="a3"))


def test_the_summary_lists_signed_assessments_in_force_oldest_first(store: Store, service: PrintService) -> None:
    plan = stored_plan(store)
    first = signed(store, plan.patient_id, date(2026, 9, 1), basdai=6.0, asdas_crp=3.6)
    store.assessments.save_draft(AssessmentRecord(plan.patient_id, date(2026, 12, 1), {}, {"basdai": 1.0}))
    later = store.assessments.save_draft(AssessmentRecord(plan.patient_id, date(2026, 11, 1), {}, {"basdai": 9.9}))
    store.assessments.sign(later.id)
    correction = store.assessments.save_draft(AssessmentRecord(plan.patient_id, date(2026, 11, 1), {},
                                                               {"basdai": 4.4}, corrects_id=later.id))
    store.assessments.sign(correction.id)
    summary = service.summary(service.printable(plan, None, PlanOptions()), plan.patient_id, date(2026, 12, 2))
    assert summary.scores == (ScoreLine(first.assessed_on, True, basdai=6.0, asdas_crp=3.6),
                              ScoreLine(date(2026, 11, 1), True, basdai=4.4))


def test_the_summary_pdf_shows_scores_with_their_categories(store: Store, service: PrintService,
                                                           tmp_path: Path) -> None:
    plan = stored_plan(store, "Zoë Łukasz")
    signed(store, plan.patient_id, date(2026, 9, 1), basdai=5.2, basfi=4.15, basmi=3.0, asdas_crp=2.08)
    signed(store, plan.patient_id, date(2026, 11, 1), basdai=3.0, asdas_crp=1.2)
    summary = service.summary(service.printable(plan, None, PlanOptions()), plan.patient_id, date(2026, 12, 2))
    result = write_summary_pdf(summary, tmp_path / "summary.pdf")
    text = flat(all_text(result.path.read_bytes()))
    assert "Therapist summary" in text and "Zoë Łukasz" in text
    assert "For the clinical record: this page is not part of the patient's plan." in text
    assert "Latest scores (1 November 2026)" in text
    assert "BASDAI 3.0 Below the activity threshold (BASDAI under 4)" in text
    assert "ASDAS CRP 1.2 Inactive disease" in text
    assert "1 Sep 2026 5.2 active 4.2 3.0 2.08 low –" in text  # 2.08: two decimals within 0.05 of the 2.1 cut-off
    assert "1 Nov 2026 3.0 under 4 – – 1.2 inactive –" in text
    assert "1. Bridge" in text and "2. Walking, building to brisk" in text

"""Clinic settings: branding with a checked logo, print defaults, therapist profiles, stored as the app reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.core.errors import ValidationError
from planner.core.plan import PlanOptions
from planner.core.printable import Clinic, Therapist
from planner.services.settings import SettingsService
from planner.storage.store import Store
from tests.report.sample_files import write_png


def test_clinic_branding_is_stored_as_json_under_clinic(store: Store, tmp_path: Path) -> None:
    logo = write_png(tmp_path / "logo.png")
    settings = SettingsService(store)
    saved = settings.save_clinic(Clinic(" Riverside Physio ", "01632 960 123", "1 River Lane", str(logo)))
    assert saved == Clinic("Riverside Physio", "01632 960 123", "1 River Lane", str(logo))
    raw = store.db.execute("SELECT value FROM settings WHERE key = 'clinic'").fetchone()[0]
    assert json.loads(raw) == {"name": "Riverside Physio", "phone": "01632 960 123", "address": "1 River Lane",
                               "logo": str(logo)}
    assert settings.clinic() == saved


def test_a_missing_or_non_picture_logo_is_refused_with_the_reason(store: Store, tmp_path: Path) -> None:
    settings = SettingsService(store)
    with pytest.raises(ValidationError) as missing:
        settings.save_clinic(Clinic("Riverside", logo=str(tmp_path / "gone.png")))
    assert [(p.field, p.message) for p in missing.value.problems] == [
        ("clinic.logo", f"The clinic logo {tmp_path / 'gone.png'} was not found.")]
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    with pytest.raises(ValidationError) as not_picture:
        settings.save_clinic(Clinic("Riverside", logo=str(text)))
    assert not_picture.value.problems[0].message == (
        f"The clinic logo {text} is not a picture file (PNG, JPEG or GIF).")
    assert settings.clinic() == Clinic()   # nothing was stored


def test_text_that_is_too_long_is_refused_naming_the_field_and_limit(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        SettingsService(store).save_clinic(Clinic("x" * 121, phone="1" * 41))
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("clinic.name", "must be at most 120 characters"), ("clinic.phone", "must be at most 40 characters")]


def test_settings_written_by_another_version_with_more_fields_still_load(store: Store) -> None:
    store.settings.set("clinic", {"name": "Riverside", "colour": "teal"})
    store.settings.set("print_defaults", {"paper": "a5", "large_print": True})
    settings = SettingsService(store)
    assert settings.clinic() == Clinic("Riverside")
    assert settings.print_defaults() == PlanOptions()   # an unusable stored default gives way to the built-in one


def test_print_defaults_round_trip_and_are_checked(store: Store) -> None:
    settings = SettingsService(store)
    assert settings.print_defaults() == PlanOptions(large_print=False, paper="a4", tracking_weeks=6)
    settings.save_print_defaults(PlanOptions(large_print=True, paper="letter", tracking_weeks=8))
    assert settings.print_defaults() == PlanOptions(large_print=True, paper="letter", tracking_weeks=8)
    with pytest.raises(ValidationError) as refused:
        settings.save_print_defaults(PlanOptions(paper="a5", tracking_weeks=53))
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("print_defaults.paper", "'a5' is not one of a4, letter"),
        ("print_defaults.tracking_weeks", "must be a whole number from 0 to 52")]


def test_therapists_are_added_changed_and_retired(store: Store) -> None:
    settings = SettingsService(store)
    sam = settings.save_therapist(Therapist("  Sam Taylor ", "Physiotherapist", "PH123456"))
    assert sam.therapist.name == "Sam Taylor"
    changed = settings.save_therapist(Therapist("Sam Taylor", "Clinical specialist", "PH123456"), sam.id)
    assert settings.therapists() == [changed]
    settings.retire_therapist(sam.id)
    assert settings.therapists() == []


def test_a_therapist_needs_a_name_and_short_fields(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        SettingsService(store).save_therapist(Therapist("  ", registration="R" * 41))
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("therapist.name", "is required"), ("therapist.registration", "must be at most 40 characters")]

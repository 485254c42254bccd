"""The patient's PDF read back with pypdf: names, doses, safety net, progress sheet, fonts, sizes, bytes."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from planner.core.advice import SAFETY_NET
from planner.core.dosage import Dosage, describe_dosage
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import Clinic, PrintablePlan, Therapist
from planner.report.plan_pdf import render_plan_pdf
from planner.services.demo import DEMO_EXERCISES, DEMO_PATIENT, demo_printable
from planner.services.library import shipped_library
from planner.services.printing import build_printable
from tests.report.pdf_facts import all_text, drawn_text_sizes, embedded_fonts, flat, page_texts, reader


@pytest.fixture(scope="module")
def demo_pdf() -> bytes:
    return render_plan_pdf(demo_printable()).data


@pytest.fixture(scope="module")
def demo_large_pdf() -> bytes:
    return render_plan_pdf(demo_printable(large_print=True)).data


def plan_for(name: str, exercise_ids: tuple[str, ...] = ("chin-tuck-sitting",), **extra: object) -> PrintablePlan:
    library = shipped_library()
    items = [PlanItem(e, library.get(e).dosage, library.get(e).flare_dosage) for e in exercise_ids]
    return build_printable(name, date(2026, 11, 25), items, library, **extra)


def test_the_demo_plan_names_the_patient_exactly_and_every_exercise(demo_pdf: bytes) -> None:
    text = all_text(demo_pdf)
    assert f"For {DEMO_PATIENT}" in text
    assert DEMO_PATIENT == "Ana Ñúñez-O'Brien"
    library = shipped_library()
    flat_text = flat(text)
    for exercise_id, _ in DEMO_EXERCISES:
        assert library.get(exercise_id).name in flat_text


def test_each_dose_and_flare_dose_is_printed_in_words_and_figures(demo_pdf: bytes) -> None:
    text = flat(all_text(demo_pdf))
    for entry in demo_printable().items:
        exercise = entry.exercise
        assert flat(describe_dosage(entry.item.dosage, exercise.side)) in text
        if entry.item.flare_dosage:
            assert flat(describe_dosage(entry.item.flare_dosage, exercise.side)) in text
    # The seated twist (1 × 10, hold 3 s, twice a day, 7 days) in tiles: figure over word.
    assert "10 3 s 2× 7" in text and "times hold a day days a week" in text


def test_the_safety_net_has_the_999_111_and_gp_advice_in_boxes(demo_pdf: bytes) -> None:
    text = flat(all_text(demo_pdf))
    assert "Ring NHS 111 today if you have" in text
    assert "a joint that suddenly becomes red, hot and swollen" in text
    assert "Contact your GP practice if you have" in text
    assert "severe pain that stops you sleeping or doing everyday things" in text
    assert "had a serious injury" in text
    assert "symptoms that are not getting better with these exercises and your usual self-care" in text
    assert "Call 999 or go to A&E now if you have" in text
    assert "numbness between your legs or around your bottom" in text
    assert "go to eye casualty" in text
    for group in SAFETY_NET:
        assert group.heading in text


def test_the_progress_sheet_has_six_dated_weeks_a_tick_row_per_exercise_and_symptom_rows(demo_pdf: bytes) -> None:
    pages = page_texts(demo_pdf)
    sheet = flat("\n".join(p for p in pages if "Week " in p))
    assert "Your progress sheet" in flat(all_text(demo_pdf))
    for week in range(1, 7):
        assert f"Week {week}" in sheet
    assert "Week 7" not in sheet
    assert "Week 1 25 Nov to 1 Dec" in sheet          # the plan date is day 1
    assert "Week 6 30 Dec to 5 Jan" in sheet
    assert sheet.count("Morning stiffness (minutes)") == 6
    assert sheet.count("Pain (0 to 10)") == 6
    assert sheet.count("Fatigue, or tiredness (0 to 10)") == 6
    assert sheet.count("1. Seated upper-back twist") == 6


def test_tracking_weeks_follow_the_option_and_none_means_no_sheet() -> None:
    three = all_text(render_plan_pdf(plan_for("Ann Lee", options=PlanOptions(tracking_weeks=3))).data)
    assert "Week 3" in three and "Week 4" not in three
    none = all_text(render_plan_pdf(plan_for("Ann Lee", options=PlanOptions(tracking_weeks=0))).data)
    assert "Your progress sheet" not in none
    assert "Week 1" not in none


def test_further_information_is_nass_for_everyone_and_the_condition_charities_by_condition() -> None:
    plain = flat(all_text(render_plan_pdf(plan_for("Ann Lee")).data))
    assert "National Axial Spondyloarthritis Society (NASS) · nass.co.uk" in plain
    assert "PAPAA" not in plain and "Crohn's & Colitis UK" not in plain
    both = flat(all_text(render_plan_pdf(plan_for("Ann Lee", conditions=("psoriasis", "ibd"))).data))
    assert "Psoriasis and Psoriatic Arthritis Alliance (PAPAA) · papaa.org" in both
    assert "Crohn's & Colitis UK · crohnsandcolitis.org.uk" in both


@pytest.mark.parametrize("name", ["Zoë Łukasz", "Ana Ñúñez", "O'Brien <Jr> & Sons", "Tom <script>", "<b>bold"])
def test_any_name_prints_exactly_without_breaking_the_markup(name: str) -> None:
    rendered = render_plan_pdf(plan_for(name))
    text = all_text(rendered.data)
    assert f"For {name}" in text
    assert f"Exercise plan for {name}" in text   # the footer
    assert reader(rendered.data).metadata.title == f"Exercise plan for {name}"


def test_every_page_has_the_footer_with_page_x_of_y(demo_pdf: bytes) -> None:
    pages = page_texts(demo_pdf)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"Exercise plan for {DEMO_PATIENT}" in text


def test_the_cover_has_clinic_therapist_dates_goals_and_how_to_use(demo_pdf: bytes) -> None:
    cover = flat(page_texts(demo_pdf)[0])
    for expected in ("Riverside Rheumatology Physiotherapy", "01632 960 123", "Your exercise plan",
                     "Date of this plan 25 November 2026", "Your review 6 January 2027",
                     "Sam Taylor, Physiotherapist (registration PH123456)",
                     "Walk the dog for 30 minutes without stopping",
                     "How to use this plan", "Warm up first", "Some discomfort is normal"):
        assert expected in cover


def test_a_card_shows_the_therapists_note_the_options_and_the_stop_line(demo_pdf: bytes) -> None:
    text = flat(all_text(demo_pdf))
    assert "Note from Sam Taylor: Do this one first thing in the morning." in text
    assert "Easier: Make the turn smaller and keep your hands on your thighs." in text
    assert text.count("Stop if you get sharp pain, chest pain, dizziness or are very out of breath.") == 9


def test_an_exercise_without_a_flare_dose_says_to_rest_it_on_a_flare_day() -> None:
    library = shipped_library()
    item = PlanItem("bridge", library.get("bridge").dosage, None)
    plan = build_printable("Ann Lee", date(2026, 11, 25), [item], library)
    assert "Rest this exercise on a flare day." in flat(all_text(render_plan_pdf(plan).data))


def test_a_caution_note_is_printed_only_for_a_patient_with_that_condition() -> None:
    caution = shipped_library().get("thoracic-rotation-sitting").caution_notes
    without = flat(all_text(render_plan_pdf(plan_for("Ann Lee", ("thoracic-rotation-sitting",))).data))
    assert caution not in without
    plan = plan_for("Ann Lee", ("thoracic-rotation-sitting",), conditions=("osteoporosis",))
    assert f"Take care {caution}" in flat(all_text(render_plan_pdf(plan).data))


def test_the_text_font_is_embedded_unicode_and_nothing_visible_uses_another_font(demo_pdf: bytes) -> None:
    assert embedded_fonts(demo_pdf) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert set(drawn_text_sizes(demo_pdf)) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_normal_print_is_never_below_12_pt_and_large_print_never_below_16_pt(demo_pdf: bytes,
                                                                           demo_large_pdf: bytes) -> None:
    normal = {size for sizes in drawn_text_sizes(demo_pdf).values() for size in sizes}
    large = {size for sizes in drawn_text_sizes(demo_large_pdf).values() for size in sizes}
    assert min(normal) == 12.0
    assert min(large) == 16.0
    assert max(large) > max(normal)


def test_letter_paper_is_612_by_792_points_and_a4_is_a4() -> None:
    letter = reader(render_plan_pdf(plan_for("Ann Lee", options=PlanOptions(paper="letter"))).data)
    a4 = reader(render_plan_pdf(plan_for("Ann Lee")).data)
    for page in letter.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    for page in a4.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)


def test_title_author_and_subject_are_set(demo_pdf: bytes) -> None:
    metadata = reader(demo_pdf).metadata
    assert metadata.title == f"Exercise plan for {DEMO_PATIENT}"
    assert metadata.author == "Sam Taylor"
    assert metadata.subject == "Home exercise plan for axial spondyloarthritis"


def test_the_same_plan_gives_the_same_bytes() -> None:
    assert render_plan_pdf(demo_printable()).data == render_plan_pdf(demo_printable()).data
    large = demo_printable(large_print=True, paper="letter")
    assert render_plan_pdf(large).data == render_plan_pdf(large).data


def test_a_missing_logo_never_stops_printing_and_the_caller_is_told(tmp_path: Path) -> None:
    missing = tmp_path / "logo.png"
    rendered = render_plan_pdf(plan_for("Ann Lee", clinic=Clinic("Riverside", logo=str(missing))))
    assert rendered.warnings == (f"The clinic logo {missing} was not found. The plan was printed without it.",)
    assert "For Ann Lee" in all_text(rendered.data)


def test_a_logo_that_is_not_a_picture_is_left_out_with_a_warning(tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("this is not a picture")
    rendered = render_plan_pdf(plan_for("Ann Lee", clinic=Clinic("Riverside", logo=str(fake))))
    assert rendered.warnings == (f"The clinic logo {fake} is not a picture file (PNG, JPEG or GIF)."
                                 " The plan was printed without it.",)


def test_a_good_logo_is_embedded_on_the_cover(tmp_path: Path, logo_png: Path) -> None:
    rendered = render_plan_pdf(plan_for("Ann Lee", clinic=Clinic("Riverside", logo=str(logo_png))))
    assert rendered.warnings == ()
    cover = reader(rendered.data).pages[0]
    images = [x for x in cover["/Resources"].get("/XObject", {}).values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1


def test_the_page_count_is_reported(demo_pdf: bytes) -> None:
    assert render_plan_pdf(demo_printable()).pages == len(reader(demo_pdf).pages)


def test_a_plan_without_therapist_or_clinic_still_reads_well() -> None:
    plan = dataclasses.replace(plan_for("Ann Lee"), therapist=Therapist(), clinic=Clinic())
    text = flat(all_text(render_plan_pdf(plan).data))
    assert "Your therapist" not in text and "Questions about your exercises?" not in text
    assert "For Ann Lee" in text


def test_a_dose_in_minutes_reads_in_minutes() -> None:
    library = shipped_library()
    item = PlanItem("walking", Dosage(duration_minutes=20, sessions_per_day=1, days_per_week=5), None)
    text = flat(all_text(render_plan_pdf(build_printable("Ann Lee", date(2026, 11, 25), [item], library)).data))
    assert "20 1× 5 minutes a day days a week" in text
    assert "20 minutes. Once a day, 5 days a week." in text

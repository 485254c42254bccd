"""Findings read from an assessment: side means, stiffness and fatigue fallbacks, heels, flare by a rise."""

from __future__ import annotations

from planner.core.assessment import Scores, compute_scores, parse_assessment
from planner.core.findings import TailoringContext, gather_findings


def findings(data: dict, context: TailoringContext | None = None):
    assessment = parse_assessment(data)
    return gather_findings(assessment, compute_scores(assessment), context)


BASMI = {"tragus_to_wall_cm": [17, 19], "lumbar_side_flexion_cm": [9, 11], "modified_schober_cm": 3.0,
         "intermalleolar_cm": 90.0, "cervical_rotation_deg": [40, 60]}


def test_measurements_are_left_right_means() -> None:
    f = findings({"basmi": BASMI, "chest_expansion_cm": 2.0})
    assert (f.tragus_to_wall_cm, f.lumbar_side_flexion_cm, f.cervical_rotation_deg) == (18.0, 10.0, 50.0)
    assert (f.modified_schober_cm, f.intermalleolar_cm, f.chest_expansion_cm) == (3.0, 90.0, 2.0)


def test_stiffness_and_fatigue_come_from_basdai_when_not_recorded_on_their_own() -> None:
    f = findings({"basdai": [7, 2, 2, 2, 2, 5]})
    assert f.fatigue == 7.0                       # BASDAI Q1
    assert f.morning_stiffness_minutes == 60.0    # Q6 = 5 -> 5 × 12 minutes (CLINICAL.md §2)
    own = findings({"basdai": [7, 2, 2, 2, 2, 5], "fatigue": 3, "morning_stiffness_minutes": 15})
    assert (own.fatigue, own.morning_stiffness_minutes) == (3.0, 15.0)


def test_tender_heels_count_as_enthesitis_conditions() -> None:
    f = findings({"entheses": ["achilles_right", "plantar_fascia_left", "psis_left"], "conditions": ["uveitis"]})
    assert f.conditions == {"uveitis", "enthesitis-achilles", "enthesitis-plantar"}
    assert (f.achilles_sides, f.plantar_sides) == (("right",), ("left",))


def test_a_reported_flare_adds_the_acute_flare_caution() -> None:
    f = findings({"flare": True})
    assert f.flare and f.flare_reason == "Flare reported" and "acute-flare" in f.conditions


def test_active_disease_alone_is_not_a_flare() -> None:
    f = findings({"basdai": [6, 6, 6, 6, 6, 6]})
    assert f.basdai == 6.0 and not f.flare and "acute-flare" not in f.conditions


def test_basdai_rise_of_two_to_active_is_a_flare() -> None:
    # (6+6+6+6+(6+6)/2)/5 = 6.0, previous 4.0: up 2.0 and active (R1; CLINICAL.md §7d).
    f = findings({"basdai": [6, 6, 6, 6, 6, 6]}, TailoringContext(previous=Scores(basdai=4.0)))
    assert f.flare and f.flare_reason == "BASDAI 6.0, up 2.0 since the last assessment"
    not_enough = findings({"basdai": [6, 6, 6, 6, 6, 6]}, TailoringContext(previous=Scores(basdai=4.1)))
    assert not not_enough.flare


def test_asdas_rise_of_point_nine_is_a_flare() -> None:
    data = {"basdai": [2, 2, 2, 2, 2, 2], "patient_global": 2, "crp_mg_l": 30.0}
    now = compute_scores(parse_assessment(data)).asdas_crp
    f = findings(data, TailoringContext(previous=Scores(asdas_crp=now - 0.9)))
    assert f.flare and f.flare_reason.startswith("ASDAS-CRP")
    assert not findings(data, TailoringContext(previous=Scores(asdas_crp=now - 0.8))).flare

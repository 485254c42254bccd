"""The `planner.assessment/1` contract: strict reading, every score, and the scores JSON."""

from __future__ import annotations

import pytest

from planner.core.assessment import AssessmentInput, compute_scores, parse_assessment, scores_to_json
from planner.core.errors import ValidationError
from planner.core.scoring import BasmiMeasurements

FULL = {
    "schema": "planner.assessment/1",
    "basdai": [2, 10, 7, 1, 9, 3],
    "basfi": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    "basmi": {"tragus_to_wall_cm": [14, 16], "lumbar_side_flexion_cm": 10.0, "modified_schober_cm": 4.0,
              "intermalleolar_cm": 100.0, "cervical_rotation_deg": 70.0},
    "patient_global": 6, "bas_g": [4, 6], "crp_mg_l": 12.0, "esr_mm_h": 30,
    "ibp": {"onset_before_40": True, "insidious_onset": True, "improves_with_exercise": True,
            "no_improvement_with_rest": True, "night_pain": False},
    "red_flags": ["immunosuppressed", "uveitis_symptoms", "saddle_numbness"], "flare": False,
    "conditions": ["spinal_fusion", "hip-replacement", "Spinal-Fusion"],
    "entheses": ["achilles_left", "plantar_fascia_right"],
    "chest_expansion_cm": 3.0, "morning_stiffness_minutes": 90, "fatigue": 7,
    "goals": ["  Walk the dog for 30 minutes "],
}

CONTRACT_KEYS = {"basdai", "basfi", "basmi", "basmi_3point", "asdas_crp", "asdas_crp_state", "asdas_esr",
                 "asdas_esr_state", "ibp_asas", "urgent"}


def problems_of(data: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse_assessment(data)
    return [str(p) for p in caught.value.problems]


def test_full_assessment_is_read() -> None:
    a = parse_assessment(FULL)
    assert a.basdai == (2.0, 10.0, 7.0, 1.0, 9.0, 3.0)
    assert a.basmi == BasmiMeasurements((14.0, 16.0), 10.0, 4.0, 100.0, 70.0)
    assert a.bas_g == 5.0                                   # (4 + 6) / 2
    assert a.conditions == ("spinal-fusion", "hip-replacement")   # normalised, once each
    assert a.ibp == {"onset_before_40", "insidious_onset", "improves_with_exercise",
                     "no_improvement_with_rest"}
    assert a.goals == ("Walk the dog for 30 minutes",)
    assert a.morning_stiffness_minutes == 90.0 and a.fatigue == 7.0 and a.flare is False


def test_full_assessment_scores_exactly() -> None:
    scores = scores_to_json(compute_scores(parse_assessment(FULL)))
    assert scores.keys() >= CONTRACT_KEYS
    assert scores["basdai"] == pytest.approx(5.2, abs=1e-9)       # (2+10+7+1 + (9+3)/2) / 5 = 26/5
    assert scores["basdai_active"] is True
    assert scores["basfi"] == pytest.approx(5.5, abs=1e-9)        # 55 / 10
    # tragus (14+16)/2 = 15 → 7/3; then 37/7, 34/7, 2.45, 193/85 → mean 24557/7140
    assert scores["basmi"] == pytest.approx(24557 / 7140, abs=1e-9)
    assert scores["basmi_3point"] == 5                           # every value on a band limit → 1 each
    # BP = Q2 = 10, MS = Q6 = 3, PP = Q3 = 7, PG 6: 1.21 + 0.174 + 0.66 + 0.511 = 2.555; + 0.579 ln 13
    assert scores["asdas_crp"] == pytest.approx(4.0401056779702298, abs=1e-9)
    assert scores["asdas_crp_state"] == "very_high"
    # 0.79 + 0.207 + 0.678 + 0.602 = 2.277; + 0.293 √30 = 1.6048270934901367
    assert scores["asdas_esr"] == pytest.approx(3.8818270934901367, abs=1e-9)
    assert scores["asdas_esr_state"] == "very_high"
    assert scores["ibp_asas"] == {"met": True, "count": 4, "items": [
        "onset_before_40", "insidious_onset", "improves_with_exercise", "no_improvement_with_rest"]}
    assert [(u["id"], u["urgency"]) for u in scores["urgent"]] == [("saddle_numbness", "999"),
                                                                  ("uveitis_symptoms", "eye_same_day")]
    assert all(u["action"] for u in scores["urgent"])
    assert scores["bas_g"] == 5.0 and scores["chest_expansion_cm"] == 3.0
    assert (scores["mases"], scores["sparcc"], scores["lei"], scores["dactylitis"]) == (1, 2, 1, 0)


def test_asdas_takes_q2_q6_and_q3_from_basdai() -> None:
    # BASDAI 1,2,3,4,5,6: BP = 2, MS = 6, PP = 3; PG 0; CRP 2 (ln 3):
    # 0.242 + 0.348 + 0 + 0.219 = 0.809; + 0.63609651513883551 = 1.44509651513883551 → low
    scores = scores_to_json(compute_scores(parse_assessment(
        {"basdai": [1, 2, 3, 4, 5, 6], "patient_global": 0, "crp_mg_l": 2})))
    assert scores["asdas_crp"] == pytest.approx(1.4450965151388355, abs=1e-9)
    assert scores["asdas_crp_state"] == "low"
    assert scores["asdas_esr"] is None and scores["asdas_esr_state"] is None


def test_empty_assessment_scores_nothing() -> None:
    scores = scores_to_json(compute_scores(parse_assessment({})))
    assert scores.keys() >= CONTRACT_KEYS
    assert scores["urgent"] == []
    assert all(value is None for key, value in scores.items() if key != "urgent")


def test_asdas_needs_patient_global_and_a_lab_value() -> None:
    no_global = scores_to_json(compute_scores(parse_assessment({"basdai": [1] * 6, "crp_mg_l": 5})))
    no_basdai = scores_to_json(compute_scores(parse_assessment({"patient_global": 5, "esr_mm_h": 9})))
    assert no_global["asdas_crp"] is None and no_global["basdai"] == pytest.approx(1.0, abs=1e-9)
    assert no_basdai["asdas_esr"] is None


def test_null_means_not_recorded() -> None:
    assert parse_assessment({"basdai": None, "crp_mg_l": None, "entheses": None}) == AssessmentInput()


def test_bas_g_may_be_the_score_itself() -> None:
    assert parse_assessment({"bas_g": 6.5}).bas_g == 6.5


def test_every_problem_is_reported_at_once() -> None:
    bad = {
        "schema": "planner.assessment/2",
        "basdai": [1, 2, 11, 4, 5],
        "basfi": "ten",
        "basmi": {"tragus_to_wall_cm": -1, "modified_schober_cm": [3, 4], "lumbar_side_flexion_cm": 10,
                  "intermalleolar_cm": 100, "cervical_rotation_deg": 70, "chest_cm": 3},
        "patient_global": True,
        "crp_mg_l": -0.5,
        "esr_mm_h": 250,
        "ibp": {"night_pain": "yes"},
        "red_flags": ["headache"],
        "flare": "no",
        "conditions": ["spinal_fusion", "flying", 3],
        "entheses": ["achilles"],
        "goals": ["", "fine"],
        "notes": "extra",
    }
    problems = problems_of(bad)
    assert [line.split(": ")[0] for line in problems] == [
        "notes", "schema", "basdai", "basdai[2]", "basfi", "basmi.chest_cm", "basmi.tragus_to_wall_cm",
        "basmi.modified_schober_cm", "patient_global", "crp_mg_l", "esr_mm_h", "ibp.onset_before_40",
        "ibp.insidious_onset", "ibp.improves_with_exercise", "ibp.no_improvement_with_rest", "ibp.night_pain",
        "red_flags[0]", "flare", "conditions[1]", "conditions[2]", "entheses[0]", "goals[0]",
    ]
    assert set(problems) >= {
        "notes: unknown field (allowed: schema, basdai, basfi, basmi, patient_global, bas_g, crp_mg_l, "
        "esr_mm_h, ibp, red_flags, flare, conditions, entheses, chest_expansion_cm, "
        "morning_stiffness_minutes, fatigue, goals)",
        "schema: must be 'planner.assessment/1'",
        "basdai: needs 6 answers, got 5",
        "basdai[2]: 11 is outside 0 to 10",
        "basfi: must be a list of 10 numbers from 0 to 10",
        "basmi.chest_cm: unknown measurement (allowed: tragus_to_wall_cm, lumbar_side_flexion_cm, "
        "modified_schober_cm, intermalleolar_cm, cervical_rotation_deg)",
        "basmi.tragus_to_wall_cm: -1 is outside 0 to 60",
        "basmi.modified_schober_cm: must be a number from 0 to 15",
        "patient_global: must be a number from 0 to 10",
        "crp_mg_l: -0.5 is outside 0 to 1000",
        "esr_mm_h: 250 is outside 0 to 200",
        "ibp.onset_before_40: missing (needs true or false; all 5 are needed)",
        "ibp.night_pain: must be true or false",
        "flare: must be true or false",
        "goals[0]: must be text of 1 to 200 characters",
    }


def test_unknown_names_say_what_is_allowed() -> None:
    [flag] = problems_of({"red_flags": ["saddle_numbness", "headache"]})
    assert flag.startswith("red_flags[1]: 'headache' is not a known red flag (allowed: saddle_numbness, ")
    flying, number = problems_of({"conditions": ["flying", 3]})
    assert flying.startswith("conditions[0]: 'flying' is not a known condition (allowed: osteoporosis, ")
    assert flying.endswith("kyphosis-severe ('_' or '-'))")
    assert number.startswith("conditions[1]: this is not a known condition")
    [site] = problems_of({"entheses": ["achilles"]})
    assert site.startswith("entheses[0]: 'achilles' is not a known body-chart site (allowed: ")
    assert "achilles_left" in site


@pytest.mark.parametrize("data", [[], "basdai", 3, None])
def test_assessment_must_be_an_object(data: object) -> None:
    assert problems_of(data) == ["assessment: must be a JSON object"]


def test_paired_measurement_needs_exactly_two_sides() -> None:
    basmi = {"tragus_to_wall_cm": [12], "lumbar_side_flexion_cm": [10, None], "modified_schober_cm": 4,
             "intermalleolar_cm": 100, "cervical_rotation_deg": [70, 200]}
    assert problems_of({"basmi": basmi}) == [
        "basmi.tragus_to_wall_cm: must be one number or a [left, right] pair, got 1 values",
        "basmi.lumbar_side_flexion_cm[1]: missing (needs a number from 0 to 40)",
        "basmi.cervical_rotation_deg[1]: 200 is outside 0 to 120",
    ]


def test_basmi_object_must_be_complete() -> None:
    assert problems_of({"basmi": {"tragus_to_wall_cm": 12}}) == [
        "basmi.lumbar_side_flexion_cm: missing (needs a number from 0 to 40)",
        "basmi.modified_schober_cm: missing (needs a number from 0 to 15)",
        "basmi.intermalleolar_cm: missing (needs a number from 0 to 200)",
        "basmi.cervical_rotation_deg: missing (needs a number from 0 to 120)",
    ]


def test_nan_and_infinity_are_refused() -> None:
    assert problems_of({"crp_mg_l": float("nan"), "fatigue": float("inf")}) == [
        "crp_mg_l: must be a number from 0 to 1000", "fatigue: must be a number from 0 to 10",
    ]

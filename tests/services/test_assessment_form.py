"""The stored form and the contract: what is stripped, what is scored, what a re-assessment keeps."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.assessment import parse_assessment
from planner.core.errors import ValidationError
from planner.services.assessment_form import (
    CONTRACT_KEYS,
    EXTRA_KEYS,
    contract_view,
    form_scores,
    reassessment_start,
    sign_problems,
    urgent_flag_ids,
)
from planner.services.scoring import score_document

FORM = {
    "basdai": [2, 10, 7, 1, 9, 3], "patient_global": 6, "crp_mg_l": 12.0, "crp_date": "2026-11-20",
    "esr_mm_h": None, "basfi": [1, 2, 3, 4, 5, 6, 7, 8, 9, None],
    "basmi": {"tragus_to_wall_cm": [14.0, 16.0], "lumbar_side_flexion_cm": [9.0, 11.0], "modified_schober_cm": 4.0,
              "intermalleolar_cm": 100.0, "cervical_rotation_deg": [70.0, 70.0]},
    "bas_g": [4, 6], "back_pain_3_months": True,
    "ibp": {"onset_before_40": True, "insidious_onset": True, "improves_with_exercise": True,
            "no_improvement_with_rest": False, "night_pain": True},
    "red_flags": ["immunosuppressed"], "red_flags_screened": True, "flare": False,
    "conditions": ["spinal-fusion"], "entheses_examined": True, "entheses": ["achilles_left", "psis_right"],
    "goals": ["Walk the dog", "  ", "", "Swim twice a week", ""],
    "history": {"age_at_onset": 24, "diagnosis": "as", "medication": "naproxen"},
    "morning_stiffness_minutes": 90, "fatigue": 7, "chest_expansion_cm": 3.5,
}


def test_contract_keys_are_exactly_what_the_contract_accepts() -> None:
    parse_assessment(dict.fromkeys(CONTRACT_KEYS))   # every contract key is known (None = not recorded)
    for key in EXTRA_KEYS:
        with pytest.raises(ValidationError, match=f"{key}: unknown field"):
            parse_assessment({key: 1})


def test_contract_view_strips_form_keys_and_unfinished_parts() -> None:
    view = contract_view(FORM)
    assert view["schema"] == "planner.assessment/1"
    assert not set(view) & set(EXTRA_KEYS)
    assert "basfi" not in view and "esr_mm_h" not in view   # one answer missing; not recorded
    assert view["goals"] == ["Walk the dog", "Swim twice a week"]
    assert view["entheses"] == ["achilles_left", "psis_right"]
    parse_assessment(view)


def test_the_stored_form_scores_the_same_through_planner_score() -> None:
    scores = score_document(contract_view(FORM))
    assert abs(scores["basdai"] - 5.2) < 1e-9   # (2 + 10 + 7 + 1 + (9 + 3) / 2) / 5
    # 0.121·10 + 0.058·3 + 0.110·6 + 0.073·7 + 0.579·ln(12 + 1)
    assert abs(scores["asdas_crp"] - (1.21 + 0.174 + 0.66 + 0.511 + 0.579 * math.log(13))) < 1e-9
    assert scores["asdas_crp_state"] == "very_high"
    # tragus (15 − 8) / 3, side flexion (21.1 − 10) / 2.1, Schober (7.4 − 4) / 0.7, malleoli (124.5 − 100) / 10,
    # rotation (89.3 − 70) / 8.5; linear BASMI is their mean. 3-point: 1 + 1 + 1 + 1 + 1 (all on a limit).
    items = [7 / 3, 11.1 / 2.1, 3.4 / 0.7, 24.5 / 10, 19.3 / 8.5]
    assert abs(scores["basmi"] - sum(items) / 5) < 1e-9
    assert scores["basmi_3point"] == 5
    assert scores["ibp_asas"] == {"met": True, "count": 4,
                                  "items": ["onset_before_40", "insidious_onset", "improves_with_exercise",
                                            "night_pain"]}
    assert scores["mases"] == 2 and scores["sparcc"] == 1 and scores["lei"] == 1
    assert scores["urgent"] == []   # a biologic is a risk factor, not an urgent flag


def test_an_unscorable_part_never_hides_the_others() -> None:
    scores = form_scores({**FORM, "crp_mg_l": 5000.0, "basfi": [1] * 10})
    assert scores.asdas_crp is None
    assert abs(scores.basfi - 1.0) < 1e-9 and abs(scores.basdai - 5.2) < 1e-9


def test_ibp_and_entheses_count_only_once_asked() -> None:
    scores = form_scores({**FORM, "back_pain_3_months": None, "entheses_examined": None})
    assert scores.ibp_asas is None and scores.mases is None
    examined_nothing = form_scores({"entheses_examined": True, "entheses": []})
    assert examined_nothing.mases == 0 and examined_nothing.dactylitis == 0


def test_urgent_flags_are_ordered_most_pressing_first() -> None:
    data = {"red_flags": ["history_of_cancer", "immunosuppressed", "saddle_numbness", "fever_or_unwell"]}
    assert urgent_flag_ids(data) == ("saddle_numbness", "fever_or_unwell", "history_of_cancer")


def test_sign_off_needs_the_screen_and_an_action_for_urgent_flags() -> None:
    assert sign_problems({}, "") == ["Confirm the red-flag screen: tick that you asked every red-flag question."]
    urgent = {"red_flags": ["bladder_bowel_change"], "red_flags_screened": True}
    assert sign_problems(urgent, "  ") == [
        "Record what you did about the urgent red flag (who you contacted, when)."]
    assert sign_problems(urgent, "Sent to A&E 10:40") == []


def test_reassessment_keeps_the_person_and_clears_the_findings_of_the_day() -> None:
    start = reassessment_start({**FORM, "history": {**FORM["history"], "symptom_duration_years": 10,
                                                    "night_pain": "constant", "sleep": "good"}},
                               date(2025, 11, 25), date(2026, 11, 25))
    assert set(start) == {"ibp", "back_pain_3_months", "conditions", "goals", "history", "started_from"}
    assert start["history"] == {"age_at_onset": 24, "diagnosis": "as", "medication": "naproxen",
                                "symptom_duration_years": 11.0}   # 10 years + 365 days
    assert start["started_from"] == "2025-11-25"


@given(st.lists(st.one_of(st.none(), st.floats(0, 10)), min_size=6, max_size=6))
def test_a_basdai_with_any_blank_is_never_scored(answers: list[float | None]) -> None:
    scores = form_scores({"basdai": answers})
    assert (scores.basdai is None) == (None in answers)

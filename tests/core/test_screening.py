"""ASAS inflammatory back pain criteria, red flags and the uveitis warning (CLINICAL §1a, §7)."""

from __future__ import annotations

import re

import pytest

from planner.core.errors import ValidationError
from planner.core.screening import (
    CATEGORY_LABELS,
    IBP_ASAS_ITEMS,
    RED_FLAGS,
    RED_FLAGS_BY_ID,
    URGENCY_LABELS,
    UVEITIS_WARNING,
    assess_ibp_asas,
    urgent_flags,
)

IBP_IDS = [item.id for item in IBP_ASAS_ITEMS]


def answers(*yes: str) -> dict[str, bool]:
    return {item_id: item_id in yes for item_id in IBP_IDS}


def test_ibp_items_are_the_five_asas_items_in_order() -> None:
    assert IBP_IDS == ["onset_before_40", "insidious_onset", "improves_with_exercise",
                       "no_improvement_with_rest", "night_pain"]


@pytest.mark.parametrize(("yes", "met", "count"), [
    ((), False, 0),
    (("night_pain",), False, 1),
    (("onset_before_40", "insidious_onset", "improves_with_exercise"), False, 3),   # 3 is not enough
    (("onset_before_40", "insidious_onset", "improves_with_exercise", "no_improvement_with_rest"), True, 4),
    (("insidious_onset", "improves_with_exercise", "no_improvement_with_rest", "night_pain"), True, 4),
    (tuple(IBP_IDS), True, 5),
])
def test_ibp_needs_4_of_5(yes: tuple[str, ...], met: bool, count: int) -> None:
    result = assess_ibp_asas(answers(*yes))
    assert (result.met, result.count) == (met, count)
    assert result.items == tuple(i for i in IBP_IDS if i in yes)


def test_ibp_refuses_missing_and_unknown_answers() -> None:
    partial = {"onset_before_40": True, "insidious_onset": "yes", "walks_dog": True}
    with pytest.raises(ValidationError) as caught:
        assess_ibp_asas(partial)  # type: ignore[arg-type]
    assert [p.field for p in caught.value.problems] == [
        "ibp.walks_dog", "ibp.insidious_onset", "ibp.improves_with_exercise", "ibp.no_improvement_with_rest",
        "ibp.night_pain",
    ]


def test_red_flags_are_complete_data() -> None:
    assert len(RED_FLAGS_BY_ID) == len(RED_FLAGS)   # ids are unique
    for flag in RED_FLAGS:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", flag.id)
        assert flag.category in CATEGORY_LABELS
        assert flag.urgency in URGENCY_LABELS
        assert flag.question.endswith("?") and flag.action
    # every category of CLINICAL §7a is asked about, plus the eye (§7b)
    assert {f.category for f in RED_FLAGS} >= {"cauda_equina", "spinal_fracture", "cancer", "infection",
                                                "neurology", "chest_heart", "eye"}


def test_cauda_equina_means_999() -> None:
    cauda = [f for f in RED_FLAGS if f.category == "cauda_equina"]
    assert len(cauda) == 4
    assert all(f.urgency == "999" and "999" in f.action for f in cauda)
    assert all("Do not start the plan" in f.action for f in cauda)


def test_uveitis_warning_is_eye_casualty_the_same_day() -> None:
    assert UVEITIS_WARNING.id == "uveitis_symptoms"
    assert UVEITIS_WARNING.urgency == "eye_same_day"
    assert "eye casualty" in UVEITIS_WARNING.action
    assert "not a routine GP appointment" in UVEITIS_WARNING.action


def test_urgent_flags_most_pressing_first() -> None:
    flags = urgent_flags({"history_of_cancer", "uveitis_symptoms", "bladder_bowel_change",
                          "new_spinal_pain_after_trauma"})
    assert [f.id for f in flags] == ["bladder_bowel_change", "new_spinal_pain_after_trauma",
                                     "uveitis_symptoms", "history_of_cancer"]


def test_risk_factors_and_gp_items_are_not_urgent_alone() -> None:
    assert urgent_flags(["immunosuppressed", "osteoporosis_or_long_term_steroids",
                         "marked_change_in_disease"]) == ()
    assert urgent_flags([]) == ()


def test_urgent_flags_refuse_unknown_ids() -> None:
    with pytest.raises(ValidationError, match="red_flags: unknown red flag 'headache'"):
        urgent_flags(["headache", "saddle_numbness"])

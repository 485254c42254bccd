"""Exact clinical scores against worked examples computed by hand from CLINICAL.md."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.errors import ValidationError
from planner.core.scoring import (
    ASDAS_CHANGE_LABELS,
    ASDAS_STATE_LABELS,
    BASMI_ITEMS,
    BasmiMeasurements,
    asdas_change,
    asdas_state,
    basdai_active,
    basdai_improved,
    basdai_q6_from_minutes,
    basdai_worsened,
    basmi_3point_item_scores,
    basmi_linear_item_scores,
    describe_asdas,
    describe_basdai,
    format_asdas,
    format_basdai,
    format_one_decimal,
    format_two_decimals,
    score_asdas_crp,
    score_asdas_esr,
    score_bas_g,
    score_basdai,
    score_basfi,
    score_basmi_3point,
    score_basmi_linear,
)


def close(expected: float) -> object:
    return pytest.approx(expected, abs=1e-9)


# ---- BASDAI = (Q1 + Q2 + Q3 + Q4 + (Q5 + Q6) / 2) / 5 (CLINICAL §2) ----

@pytest.mark.parametrize(("answers", "expected"), [
    ([0, 0, 0, 0, 0, 0], 0.0),                # (0 + 0) / 5 = 0
    ([10, 10, 10, 10, 10, 10], 10.0),         # (40 + 20/2) / 5 = 50/5 = 10
    ([2, 10, 7, 1, 9, 3], 5.2),               # CamCOPS: (2+10+7+1 + 12/2) / 5 = 26/5 = 5.2
    ([4, 4, 4, 4, 4, 4], 4.0),                # (16 + 8/2) / 5 = 20/5 = 4.0
    ([3, 4, 4, 4, 4, 3], 3.7),                # (15 + 7/2) / 5 = 18.5/5 = 3.7
    ([5, 6, 3, 2, 7, 8], 4.7),                # (16 + 15/2) / 5 = 23.5/5 = 4.7
    ([1, 2, 3, 4, 5, 7.5], 3.25),             # (10 + 12.5/2) / 5 = 16.25/5 = 3.25
    ([4, 4, 4, 4, 3.5, 50 / 12], 119 / 30),   # (16 + (3.5 + 25/6)/2) / 5 = (16 + 23/6) / 5 = 119/30 = 3.9666…
])
def test_basdai_worked_examples(answers: list[float], expected: float) -> None:
    assert score_basdai(answers) == close(expected)


@pytest.mark.parametrize(("minutes", "expected"), [
    (0, 0.0),          # 0 / 12
    (30, 2.5),         # 30 / 12 = 2.5 (half an hour)
    (50, 25 / 6),      # 50 / 12 = 4.1666…
    (60, 5.0),         # 1 hour = 5
    (90, 7.5),         # 90 / 12 = 7.5
    (120, 10.0),       # 2 hours = 10
    (180, 10.0),       # 3 hours: 15, capped at 10 ("2 hours or more")
])
def test_basdai_q6_from_minutes(minutes: float, expected: float) -> None:
    assert basdai_q6_from_minutes(minutes) == close(expected)


def test_basdai_refuses_a_partial_form_naming_what_is_missing() -> None:
    with pytest.raises(ValidationError) as caught:
        score_basdai([2, 10, 7, None, 9])  # type: ignore[list-item]
    assert [str(p) for p in caught.value.problems] == [
        "basdai: needs 6 answers, got 5",
        "basdai[3]: missing (needs a number from 0 to 10)",
    ]


def test_basdai_refuses_values_outside_the_scale() -> None:
    with pytest.raises(ValidationError) as caught:
        score_basdai([2, 11, 7, 1, 9, -1])
    assert [str(p) for p in caught.value.problems] == [
        "basdai[1]: 11 is outside 0 to 10", "basdai[5]: -1 is outside 0 to 10",
    ]


@pytest.mark.parametrize(("score", "active"), [(4.0, True), (3.9, False), (5.2, True), (119 / 30, False),
                                                (0.0, False), (10.0, True), (3.9999999999999996, True)])
def test_basdai_active_from_4(score: float, active: bool) -> None:
    # The last case is a binary-noise 4.0; §6e rounds to 6 dp before comparing.
    assert basdai_active(score) is active


@pytest.mark.parametrize(("baseline", "follow_up", "improved"), [
    (6.0, 4.0, True),    # fall 2.0 ≥ 2
    (6.0, 4.1, False),   # fall 1.9; 4.1 > 6.0 × 0.5 = 3.0
    (3.0, 1.5, True),    # 1.5 ≤ 3.0 × 0.5 (BASDAI 50)
    (3.0, 1.6, False),   # fall 1.4; 1.6 > 1.5
    (3.2, 1.6, True),    # fall 1.6 < 2 but 1.6 ≤ 1.6
    (5.2, 3.3, False),   # fall 1.9 (binary 1.9000000000000004); 3.3 > 2.6
    (4.1, 2.1, True),    # fall 2.0 in decimal (binary 1.9999999999999996)
    (0.0, 0.0, False),   # nothing to fall from
    (4.0, 5.0, False),   # got worse
])
def test_basdai_improvement(baseline: float, follow_up: float, improved: bool) -> None:
    assert basdai_improved(baseline, follow_up) is improved


@pytest.mark.parametrize(("baseline", "follow_up", "worse"), [
    (3.0, 5.0, True), (3.0, 4.9, False), (4.1, 6.1, True), (6.0, 3.0, False),
])
def test_basdai_rise_of_2_is_worsening(baseline: float, follow_up: float, worse: bool) -> None:
    assert basdai_worsened(baseline, follow_up) is worse


# ---- BASFI = mean of ten (CLINICAL §3) and BAS-G = (week + six months) / 2 (§4) ----

@pytest.mark.parametrize(("answers", "expected"), [
    ([0] * 10, 0.0),                                   # 0 / 10
    ([10] * 10, 10.0),                                 # 100 / 10
    (list(range(1, 11)), 5.5),                         # 55 / 10
    ([0] * 9 + [1], 0.1),                              # 1 / 10
    ([2.5, 3, 7, 0, 10, 4, 6, 1, 9, 8.5], 5.1),        # 51 / 10
    ([3] * 9 + [4], 3.1),                              # 31 / 10
])
def test_basfi_worked_examples(answers: list[float], expected: float) -> None:
    assert score_basfi(answers) == close(expected)


def test_basfi_needs_all_ten() -> None:
    with pytest.raises(ValidationError, match="basfi: needs 10 answers, got 9"):
        score_basfi([1] * 9)


@pytest.mark.parametrize(("week", "months", "expected"), [
    (0, 0, 0.0), (10, 10, 10.0), (4, 6, 5.0), (3, 4, 3.5), (7.5, 2, 4.75), (0, 1, 0.5),
])
def test_bas_g(week: float, months: float, expected: float) -> None:
    assert score_bas_g(week, months) == close(expected)


# ---- BASMI linear (CLINICAL §5b): clamp each item to 0–10, mean of five ----

def measurements(tragus: object, side: object, schober: float, inter: float,
                 rotation: object) -> BasmiMeasurements:
    return BasmiMeasurements(tragus, side, schober, inter, rotation)  # type: ignore[arg-type]


@pytest.mark.parametrize(("m", "expected"), [
    # (15−8)/3 = 7/3; (21.1−10)/2.1 = 37/7; (7.4−4)/0.7 = 34/7; (124.5−100)/10 = 2.45; (89.3−70)/8.5 = 193/85
    # sum = (4165 + 18105 + 4053 + 4373.25) / 1785 = 30696.25/1785; /5 = 24557/7140 = 3.43935…
    (measurements(15, 10, 4, 100, 70), 24557 / 7140),
    # every item on the healthy side of its 0 point: all clamp to 0
    (measurements(5, 25, 8, 130, 90), 0.0),
    # every item on the bad side of its 10 point: (45−8)/3 = 12.3 → 10, (21.1−0)/2.1 → 10, (7.4−0)/0.7 → 10,
    # (124.5−20)/10 = 10.45 → 10, (89.3−0)/8.5 → 10
    (measurements(45, 0, 0, 20, 0), 10.0),
    # exactly on the 0 points: 8, 21.1, 7.4, 124.5, 89.3 → 0
    (measurements(8, 21.1, 7.4, 124.5, 89.3), 0.0),
    # exactly on the 10 points: 38, 0.1, 0.4, 24.5, 4.3 → 10
    (measurements(38, 0.1, 0.4, 24.5, 4.3), 10.0),
    # pairs are averaged: tragus (10+14)/2 = 12 → 4/3; side (8+12)/2 = 10 → 37/7;
    # Schober 2.3 → 5.1/0.7 = 51/7; 90 → 3.45; rotation (40+50)/2 = 45 → 44.3/8.5 = 443/85
    # sum = (2380 + 22440 + 9303 + 6158.25) / 1785 = 40281.25/1785; /5 = 6445/1428 = 4.51330…
    (measurements((10, 14), (8, 12), 2.3, 90, (40, 50)), 6445 / 1428),
    # tragus 40 → 32/3 → 10; side 15 → 6.1/2.1 = 61/21; Schober 9 → −2.29 → 0; 60 → 6.45;
    # rotation 30 → 59.3/8.5 = 593/85
    # sum = 10 + 61/21 + 6.45 + 593/85 = 47001.25/1785; /5 = 37601/7140 = 5.26624…
    (measurements(40, 15, 9, 60, 30), 37601 / 7140),
])
def test_basmi_linear_worked_examples(m: BasmiMeasurements, expected: float) -> None:
    assert score_basmi_linear(m) == close(expected)


def test_basmi_linear_items_clamp_at_both_ends() -> None:
    low = basmi_linear_item_scores(measurements(0, 40, 15, 200, 120))
    high = basmi_linear_item_scores(measurements(60, 0, 0, 0, 0))
    assert low == {item.key: 0.0 for item in BASMI_ITEMS}
    assert high == {item.key: 10.0 for item in BASMI_ITEMS}
    # Unclamped middle: (20 − 8)/3 = 4; (21.1 − 11.1)/2.1 = 10/2.1 = 4.7619…
    middle = basmi_linear_item_scores(measurements(20, 11.1, 4, 100, 70))
    assert middle["tragus_to_wall_cm"] == close(4.0)
    assert middle["lumbar_side_flexion_cm"] == close(100 / 21)


def test_basmi_never_scores_a_partial_form() -> None:
    with pytest.raises(ValidationError) as caught:
        score_basmi_linear(BasmiMeasurements(tragus_to_wall_cm=12.0, modified_schober_cm=(3, 4)))
    assert [str(p) for p in caught.value.problems] == [
        "basmi.lumbar_side_flexion_cm: missing (needs a number from 0 to 40)",
        "basmi.modified_schober_cm: must be a number from 0 to 15",
        "basmi.intermalleolar_cm: missing (needs a number from 0 to 200)",
        "basmi.cervical_rotation_deg: missing (needs a number from 0 to 120)",
    ]


# ---- BASMI 3-point (CLINICAL §5c): SUM of 0/1/2 bands; a value on a limit is 1 ----

@pytest.mark.parametrize(("m", "items", "total"), [
    (measurements(15, 10, 4, 100, 70), [1, 1, 1, 1, 1], 5),              # every lower limit → middle band
    (measurements(30, 5, 2, 70, 20), [1, 1, 1, 1, 1], 5),                # every upper limit → middle band
    (measurements(14.9, 10.1, 4.1, 100.5, 71), [0, 0, 0, 0, 0], 0),      # just on the mild side
    (measurements(30.1, 4.9, 1.9, 69, 19), [2, 2, 2, 2, 2], 10),         # just on the severe side: sum 10
    (measurements(20, 3, 5, 110, 15), [1, 2, 0, 0, 2], 5),               # 1 + 2 + 0 + 0 + 2
    (measurements(35, 12, 3, 80, 80), [2, 0, 1, 1, 0], 4),               # 2 + 0 + 1 + 1 + 0
    (measurements((14.9, 15.1), (4, 6), 0, 0, (10, 30)), [1, 1, 2, 2, 1], 7),  # means 15, 5, 20 sit on limits
])
def test_basmi_3point_is_a_sum_of_bands(m: BasmiMeasurements, items: list[int], total: int) -> None:
    assert list(basmi_3point_item_scores(m).values()) == items
    assert score_basmi_3point(m) == total


# ---- ASDAS (CLINICAL §6b): 3-decimal weights; CRP′ = max(CRP, 2); ln values to 16 places ----

LN3_TERM = 0.6360965151388355     # 0.579 × ln 3 = 0.579 × 1.0986122886681097 = 0.63609651513883551…


@pytest.mark.parametrize(("bp", "ms", "pg", "pp", "crp", "expected", "state"), [
    # all 0, CRP 0 → floor 2: 0.579 × ln 3
    (0, 0, 0, 0, 0.0, LN3_TERM, "inactive"),
    # CRP 1.5 is below 2 → same as 2
    (0, 0, 0, 0, 1.5, LN3_TERM, "inactive"),
    # CRP exactly 2 is used as is → ln 3 again
    (0, 0, 0, 0, 2.0, LN3_TERM, "inactive"),
    # 0.121×4 + 0.058×5 + 0.110×6 + 0.073×2 = 0.484 + 0.290 + 0.660 + 0.146 = 1.580; + 0.63609651513883551
    (4, 5, 6, 2, 2.0, 2.2160965151388355, "high"),
    (4, 5, 6, 2, 1.0, 2.2160965151388355, "high"),
    # 0.121 + 0.058 + 0.110 + 0.073 = 0.362; + 0.63609651513883551 = 0.99809651513883551
    (1, 1, 1, 1, 0.5, 0.9980965151388355, "inactive"),
    # 0.242 + 0.058 + 0.220 + 0 = 0.520; 0.579 × ln 6 (1.7917594692280550) = 1.0374287326830438
    (2, 1, 2, 0, 5.0, 1.5574287326830438, "low"),
    # CamCOPS BASDAI Q2 10, Q6 3, Q3 7, PG 6: 1.21 + 0.174 + 0.66 + 0.511 = 2.555;
    # 0.579 × ln 13 (2.5649493574615367) = 1.4851056779702298
    (10, 3, 6, 7, 12.0, 4.0401056779702298, "very_high"),
    # 0.605 + 0.232 + 0.550 + 0.219 = 1.606; 0.579 × ln 31 (3.4339872044851462) = 1.9882785913968997
    (5, 4, 5, 3, 30.0, 3.5942785913968997, "very_high"),
    # all 10: 3.620; 0.579 × ln 101 (4.6151205168412595) = 2.6721547792510892 → 6.29 as CLINICAL §6b says
    (10, 10, 10, 10, 100.0, 6.2921547792510892, "very_high"),
])
def test_asdas_crp_worked_examples(bp: float, ms: float, pg: float, pp: float, crp: float,
                                   expected: float, state: str) -> None:
    score = score_asdas_crp(back_pain=bp, stiffness=ms, patient_global=pg, peripheral=pp, crp_mg_l=crp)
    assert score == close(expected)
    assert asdas_state(score) == state


@pytest.mark.parametrize(("bp", "ms", "pg", "pp", "esr", "expected", "state"), [
    (0, 0, 0, 0, 0, 0.0, "inactive"),                  # no floor on ESR: 0
    # 0.237 + 0.138 + 0.339 + 0 + 0.293 × 2 = 1.300 exactly (2-decimal weights would give 1.29) → low
    (3, 2, 3, 0, 4, 1.3, "low"),
    # 0.237 + 0.207 + 0.226 + 0.258 = 0.928; + 0.293 × 4 = 1.172 → 2.100 exactly → high
    (3, 3, 2, 3, 16, 2.1, "high"),
    # 0.158 + 0.207 + 0.791 + 0 = 1.156; + 0.293 × 8 = 2.344 → 3.500 exactly → still high
    (2, 3, 7, 0, 64, 3.5, "high"),
    # 1.156 + 0.293 × √65 (8.0622577482985497) = 1.156 + 2.3622415202514750 = 3.5182415202514750 → very high
    (2, 3, 7, 0, 65, 3.518241520251475, "very_high"),
    # 5 × 0.347 = 1.735; + 0.293 × 4 = 1.172 → 2.907
    (5, 5, 5, 5, 16, 2.907, "high"),
    # 0.79 + 0.207 + 0.678 + 0.602 = 2.277; + 0.293 × √30 (5.4772255750516611) = 1.6048270934901367
    (10, 3, 6, 7, 30, 3.8818270934901367, "very_high"),
    # all 10: 3.47; + 0.293 × 10 = 2.93 → 6.4
    (10, 10, 10, 10, 100, 6.4, "very_high"),
])
def test_asdas_esr_worked_examples(bp: float, ms: float, pg: float, pp: float, esr: float,
                                   expected: float, state: str) -> None:
    score = score_asdas_esr(back_pain=bp, stiffness=ms, patient_global=pg, peripheral=pp, esr_mm_h=esr)
    assert score == close(expected)
    assert asdas_state(score) == state


@pytest.mark.parametrize(("score", "state"), [
    (0.0, "inactive"), (1.299999, "inactive"), (1.3, "low"), (1.2999999999999998, "low"),
    (2.099999, "low"), (2.1, "high"), (2.0999999999999996, "high"), (3.5, "high"),
    (3.5000000000000004, "high"), (3.500001, "very_high"), (6.29, "very_high"),
])
def test_asdas_state_boundaries(score: float, state: str) -> None:
    assert asdas_state(score) == state
    assert state in ASDAS_STATE_LABELS


def test_asdas_refuses_out_of_range_inputs() -> None:
    with pytest.raises(ValidationError) as caught:
        score_asdas_crp(back_pain=11, stiffness=2, patient_global=3, peripheral=0, crp_mg_l=-1)
    assert [p.field for p in caught.value.problems] == ["back_pain (BASDAI Q2)", "crp_mg_l"]


@pytest.mark.parametrize(("baseline", "follow_up", "change"), [
    (3.4, 2.3, "clinically_important_improvement"),   # Δ 1.1 (binary 1.0999999999999996)
    (3.0, 2.0, "no_clinically_important_change"),     # Δ 1.0
    (4.0, 2.0, "major_improvement"),                  # Δ 2.0
    (4.3, 2.2, "major_improvement"),                  # Δ 2.1
    (2.0, 2.9, "clinically_important_worsening"),     # increase 0.9 (binary −0.8999999999999999)
    (2.0, 2.8, "no_clinically_important_change"),     # increase 0.8
    (2.0, 2.0, "no_clinically_important_change"),
])
def test_asdas_change(baseline: float, follow_up: float, change: str) -> None:
    assert asdas_change(baseline, follow_up) == change
    assert change in ASDAS_CHANGE_LABELS


# ---- Display (CLINICAL §6e): one decimal half up; two near a cut-off ----

@pytest.mark.parametrize(("value", "text"), [
    (5.2, "5.2"), (4, "4.0"), (3.25, "3.3"), (2.25, "2.3"), (0.15, "0.2"), (0.05, "0.1"), (1.2966, "1.3"),
    (2.2499999999999996, "2.3"), (10, "10.0"), (-0.04, "0.0"), (-0.25, "-0.3"),
])
def test_one_decimal_rounds_half_up(value: float, text: str) -> None:
    assert format_one_decimal(value) == text


def test_two_decimals_round_half_up() -> None:
    assert [format_two_decimals(v) for v in (1.2966, 1.005, 2.675, 3.5)] == ["1.30", "1.01", "2.68", "3.50"]


@pytest.mark.parametrize(("score", "text"), [
    (1.2966, "1.30"), (1.25, "1.25"), (1.24, "1.2"), (2.06, "2.06"), (3.55, "3.55"), (3.56, "3.6"),
    (0.6360965151388355, "0.6"), (6.29, "6.3"),
])
def test_asdas_shows_two_decimals_near_a_cutoff(score: float, text: str) -> None:
    assert format_asdas(score) == text


def test_descriptions_in_words() -> None:
    assert describe_asdas(1.2966) == "1.30 – Inactive disease"
    assert describe_asdas(1.3) == "1.30 – Low disease activity"
    assert describe_asdas(2.907) == "2.9 – High disease activity"
    assert describe_asdas(4.0401056779702298) == "4.0 – Very high disease activity"
    assert format_basdai(119 / 30) == "3.97"   # would read "4.0" with one decimal, yet is below 4
    assert describe_basdai(5.2) == "5.2 – Active disease (BASDAI 4 or more)"
    assert describe_basdai(119 / 30) == "3.97 – Below the activity threshold (BASDAI under 4)"


# ---- Properties ----

nrs = st.floats(min_value=0, max_value=10, allow_nan=False)
crp_values = st.floats(min_value=0, max_value=1000, allow_nan=False)
esr_values = st.floats(min_value=0, max_value=200, allow_nan=False)


def _measurement(item_index: int) -> st.SearchStrategy[float]:
    low, high = BASMI_ITEMS[item_index].plausible
    return st.floats(min_value=low, max_value=high, allow_nan=False)


basmi_values = st.tuples(*(_measurement(i) for i in range(5)))


@given(st.lists(nrs, min_size=6, max_size=6), st.lists(nrs, min_size=10, max_size=10), nrs, nrs)
def test_patient_reported_scores_stay_within_0_to_10(basdai: list[float], basfi: list[float],
                                                      week: float, months: float) -> None:
    assert 0 <= score_basdai(basdai) <= 10
    assert 0 <= score_basfi(basfi) <= 10
    assert 0 <= score_bas_g(week, months) <= 10


@given(basmi_values)
def test_basmi_scores_stay_within_their_ranges(values: tuple[float, ...]) -> None:
    m = BasmiMeasurements(*values)
    assert 0 <= score_basmi_linear(m) <= 10
    assert score_basmi_3point(m) in range(11)


@given(nrs, nrs, nrs, nrs, crp_values, esr_values)
def test_asdas_lower_bounds(bp: float, ms: float, pg: float, pp: float, crp: float, esr: float) -> None:
    inputs = {"back_pain": bp, "stiffness": ms, "patient_global": pg, "peripheral": pp}
    assert score_asdas_crp(**inputs, crp_mg_l=crp) >= 0.579 * math.log(3) - 1e-12
    assert score_asdas_esr(**inputs, esr_mm_h=esr) >= 0


@given(st.lists(nrs, min_size=10, max_size=10), st.integers(0, 9), nrs)
def test_basdai_and_basfi_never_fall_when_an_answer_rises(answers: list[float], index: int,
                                                           other: float) -> None:
    raised = list(answers)
    raised[index] = max(answers[index], other)
    assert score_basfi(raised) >= score_basfi(answers)
    if index < 6:
        assert score_basdai(raised[:6]) >= score_basdai(answers[:6])


@given(st.lists(nrs, min_size=4, max_size=4), crp_values, esr_values, st.integers(0, 5), st.data())
def test_asdas_never_falls_when_an_input_rises(nrs_inputs: list[float], crp: float, esr: float, index: int,
                                                data: st.DataObject) -> None:
    base = [*nrs_inputs, crp, esr]
    raised = list(base)
    bound = 10 if index < 4 else 1000 if index == 4 else 200
    raised[index] = data.draw(st.floats(min_value=base[index], max_value=bound, allow_nan=False))

    def both(v: list[float]) -> tuple[float, float]:
        inputs = dict(zip(("back_pain", "stiffness", "patient_global", "peripheral"), v[:4], strict=True))
        return (score_asdas_crp(**inputs, crp_mg_l=v[4]), score_asdas_esr(**inputs, esr_mm_h=v[5]))

    before, after = both(base), both(raised)
    assert after[0] >= before[0] and after[1] >= before[1]


@given(basmi_values, st.integers(0, 4), st.data())
def test_basmi_worsens_only_as_mobility_is_lost(values: tuple[float, ...], index: int,
                                                 data: st.DataObject) -> None:
    item = BASMI_ITEMS[index]
    grown = list(values)
    grown[index] = data.draw(st.floats(min_value=values[index], max_value=item.plausible[1], allow_nan=False))
    before, after = BasmiMeasurements(*values), BasmiMeasurements(*grown)
    if item.worse_when_larger:   # tragus-to-wall: a larger distance is a stiffer spine
        assert score_basmi_linear(after) >= score_basmi_linear(before)
        assert score_basmi_3point(after) >= score_basmi_3point(before)
    else:
        assert score_basmi_linear(after) <= score_basmi_linear(before)
        assert score_basmi_3point(after) <= score_basmi_3point(before)

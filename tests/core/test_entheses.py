"""Body-chart sites and the MASES, SPARCC and Leeds enthesitis counts (CLINICAL §10)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.entheses import (
    CHART_SITES,
    INDEX_SIZES,
    LEI,
    MASES,
    SITES_BY_ID,
    SPARCC,
    VIEWS,
    dactylitis_count,
    lei_count,
    mases_count,
    sparcc_count,
)
from planner.core.errors import ValidationError


def sites_of(index: str) -> set[str]:
    return {s.id for s in CHART_SITES if index in s.indices}


def test_ids_are_unique_snake_case_and_sided() -> None:
    assert len(SITES_BY_ID) == len(CHART_SITES)
    for site in CHART_SITES:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", site.id)
        assert site.view in VIEWS
        assert site.side in ("left", "right", "midline")
        if site.side != "midline":
            assert site.id.endswith(f"_{site.side}") and site.label.endswith(f", {site.side}")


def test_mases_has_its_13_sites() -> None:
    assert sites_of(MASES) == {
        "costochondral_1_left", "costochondral_1_right", "costochondral_7_left", "costochondral_7_right",
        "psis_left", "psis_right", "asis_left", "asis_right", "iliac_crest_left", "iliac_crest_right",
        "l5_spinous_process", "achilles_left", "achilles_right",
    }


def test_sparcc_has_its_16_sites() -> None:
    bases = ["medial_epicondyle", "lateral_epicondyle", "supraspinatus_insertion", "greater_trochanter",
             "quadriceps_insertion", "patellar_ligament_insertion", "achilles", "plantar_fascia"]
    assert sites_of(SPARCC) == {f"{b}_{side}" for b in bases for side in ("left", "right")}


def test_lei_has_its_6_sites() -> None:
    bases = ("lateral_epicondyle", "medial_femoral_condyle", "achilles")
    assert sites_of(LEI) == {f"{b}_{side}" for b in bases for side in ("left", "right")}


def test_shared_sites_have_one_id() -> None:
    assert SITES_BY_ID["achilles_left"].indices == {MASES, SPARCC, LEI}
    assert SITES_BY_ID["lateral_epicondyle_right"].indices == {SPARCC, LEI}
    assert {index: len(sites_of(index)) for index in INDEX_SIZES} == INDEX_SIZES


def test_extra_sites_count_towards_no_index() -> None:
    assert SITES_BY_ID["hamstring_origin_left"].indices == frozenset()
    digits = [s for s in CHART_SITES if s.kind == "dactylitis"]
    assert len(digits) == 20
    assert {s.view for s in digits} == {"hand", "foot"}
    assert all(not s.indices for s in digits)


def test_each_index_counts_only_its_own_sites() -> None:
    tender = {"achilles_left", "plantar_fascia_right", "lateral_epicondyle_left", "psis_right",
              "hamstring_origin_left", "dactylitis_big_toe_right", "dactylitis_thumb_left"}
    assert mases_count(tender) == 2    # achilles_left, psis_right
    assert sparcc_count(tender) == 3   # achilles_left, plantar_fascia_right, lateral_epicondyle_left
    assert lei_count(tender) == 2      # achilles_left, lateral_epicondyle_left
    assert dactylitis_count(tender) == 2


def test_all_sites_tender_gives_each_maximum() -> None:
    everything = set(SITES_BY_ID)
    assert (mases_count(everything), sparcc_count(everything), lei_count(everything)) == (13, 16, 6)
    assert dactylitis_count(everything) == 20


def test_unknown_site_is_refused() -> None:
    with pytest.raises(ValidationError, match="entheses: unknown body-chart site 'achilles'"):
        mases_count(["achilles"])


@given(st.sets(st.sampled_from(sorted(SITES_BY_ID))))
def test_counts_within_index_sizes(tender: set[str]) -> None:
    assert 0 <= mases_count(tender) <= 13
    assert 0 <= sparcc_count(tender) <= 16
    assert 0 <= lei_count(tender) <= 6
    assert mases_count(tender) == len(tender & sites_of(MASES))

"""The advice every plan prints: charities by condition, and safety-net groups in the seed leaflet's order."""

from __future__ import annotations

from planner.core.advice import CONDITION_CHARITIES, NASS, SAFETY_NET, further_information


def test_nass_is_for_everyone() -> None:
    assert further_information([]) == (NASS,)
    assert further_information(["osteoporosis", "uveitis"]) == (NASS,)


def test_psoriasis_and_colitis_add_their_charities_in_either_spelling_of_the_tags() -> None:
    assert further_information(["psoriasis"]) == (NASS, CONDITION_CHARITIES["psoriasis"])
    assert further_information(["IBD", "psoriasis"]) == (NASS, CONDITION_CHARITIES["psoriasis"],
                                                         CONDITION_CHARITIES["ibd"])
    assert CONDITION_CHARITIES["ibd"].name == "Crohn's & Colitis UK"


def test_the_safety_net_runs_from_emergency_to_gp_and_names_111_for_a_hot_swollen_joint() -> None:
    assert [g.who for g in SAFETY_NET] == ["999", "Same day", "111", "GP"]
    assert [g.emergency for g in SAFETY_NET] == [True, True, False, False]
    assert "a joint that suddenly becomes red, hot and swollen" in SAFETY_NET[2].reasons
    gp = " ".join(SAFETY_NET[3].reasons)
    for point in ("severe pain that stops you sleeping", "serious injury", "not getting better"):
        assert point in gp

"""Each tailoring rule, table-driven: the finding that fires it, the one that does not, and its effect."""

from __future__ import annotations

import pytest

from planner.core.findings import Findings
from planner.core.rules import RULES, RULES_BY_ID, TARGET_WORDS, fire_rules
from planner.core.vocab import EVIDENCE_SOURCES, TARGET_TAGS

# (rule, findings that fire it, the finding in words, findings just short of it)
CASES = [
    ("R1", Findings(flare=True, flare_reason="Flare reported"), "Flare reported", Findings()),
    ("R2", Findings(chest_expansion_cm=2.4), "Chest expansion 2.4 cm", Findings(chest_expansion_cm=2.5)),
    ("R3", Findings(tragus_to_wall_cm=15.0), "Tragus-to-wall 15 cm", Findings(tragus_to_wall_cm=14.9)),
    ("R3", Findings(conditions=frozenset({"kyphosis-severe"})), "Severe stoop", Findings()),
    ("R4", Findings(cervical_rotation_deg=70.0), "Cervical rotation 70°", Findings(cervical_rotation_deg=70.1)),
    ("R5", Findings(lumbar_side_flexion_cm=10.0), "Lumbar side flexion 10 cm", Findings(lumbar_side_flexion_cm=10.1)),
    ("R5", Findings(modified_schober_cm=4.0), "Modified Schober 4 cm", Findings(modified_schober_cm=4.1)),
    ("R6", Findings(conditions=frozenset({"enthesitis-achilles"}), achilles_sides=("left",)),
     "Achilles enthesitis (heel), left heel tender", Findings()),
    ("R7", Findings(conditions=frozenset({"osteoporosis"})), "Osteoporosis or osteopenia", Findings()),
    ("R8", Findings(intermalleolar_cm=100.0), "Intermalleolar distance 100 cm", Findings(intermalleolar_cm=100.1)),
    ("R8", Findings(conditions=frozenset({"hip-replacement"})), "Hip replacement", Findings()),
    ("R9", Findings(fatigue=6.0), "Fatigue 6/10", Findings(fatigue=5.9)),
    ("R10", Findings(conditions=frozenset({"cardiovascular"})), "Heart or circulation disease", Findings()),
    ("R11", Findings(basfi=4.0), "BASFI 4", Findings(basfi=3.9)),
    ("R12", Findings(conditions=frozenset({"high-fall-risk"})), "High risk of falls", Findings()),
    ("R13", Findings(morning_stiffness_minutes=31), "Morning stiffness 31 minutes",
     Findings(morning_stiffness_minutes=30)),
    ("R15", Findings(newly_diagnosed=True), "Newly diagnosed", Findings()),
    ("R16", Findings(conditions=frozenset({"wrist-pain"})), "Wrist pain", Findings()),
    ("R17", Findings(conditions=frozenset({"pregnancy"})), "Pregnancy", Findings()),
    ("G2", Findings(goals=("Reverse the car",)), 'Goal "Reverse the car"', Findings(goals=("Be happier",))),
]


def fired(rule_id: str, findings: Findings):
    return [hit for hit in fire_rules(findings) if hit.rule == rule_id]


@pytest.mark.parametrize(("rule_id", "firing", "finding", "quiet"), CASES)
def test_rule_fires_on_its_finding_only(rule_id: str, firing: Findings, finding: str, quiet: Findings) -> None:
    hits = fired(rule_id, firing)
    assert [h.finding for h in hits] == [finding]
    assert fired(rule_id, quiet) == []


def test_every_rule_names_sources_from_the_outline_list() -> None:
    for rule in RULES:
        assert rule.sources or rule.source_note, rule.id
        assert set(rule.sources) <= set(EVIDENCE_SOURCES), rule.id
    assert {f"R{n}" for n in range(1, 19)} - set(RULES_BY_ID) == {"R14"}   # no treatment field in the contract


def test_boosted_targets_are_known_tags_with_words() -> None:
    assert set(TARGET_WORDS) == set(TARGET_TAGS)
    everything = Findings(
        flare=True, flare_reason="x", chest_expansion_cm=1, tragus_to_wall_cm=20, cervical_rotation_deg=30,
        lumbar_side_flexion_cm=5, modified_schober_cm=2, intermalleolar_cm=80, fatigue=8, basfi=6,
        morning_stiffness_minutes=90, newly_diagnosed=True, goals=("Walk the dog", "Sleep well"),
        conditions=frozenset({"osteoporosis", "spinal-fusion", "enthesitis-plantar", "hip-replacement",
                              "cardiovascular", "balance-impaired", "knee-pain", "pregnancy", "kyphosis-severe"}),
    )
    for hit in fire_rules(everything):
        assert set(hit.boosts) <= set(TARGET_TAGS), hit.rule


def test_flare_switches_to_flare_doses_and_limits() -> None:
    (hit,) = fired("R1", Findings(flare=True, flare_reason="Flare reported"))
    assert hit.flare_dosing and hit.sets_expected and hit.max_level == 2
    assert hit.categories == ("mobility", "breathing", "relaxation")


def test_active_disease_without_flare_only_advises() -> None:
    (hit,) = fired("R1", Findings(basdai=5.2))
    assert not hit.flare_dosing and not hit.boosts and "usual doses are kept" in hit.advice


def test_fatigue_shortens_the_plan() -> None:
    (hit,) = fired("R9", Findings(fatigue=7))
    assert (hit.max_items, hit.max_minutes, hit.categories) == (7, 12.0, ("relaxation",))


def test_fused_spine_steers_away_from_floor_work() -> None:
    hits = fire_rules(Findings(conditions=frozenset({"spinal-fusion"})))
    assert {h.rule for h in hits} >= {"R7", "R12"}
    assert all(h.avoid_positions["four-point-kneeling"] == 2.0 for h in hits if h.rule in ("R7", "R12"))


def test_pain_rule_always_advises() -> None:
    (hit,) = fired("R18", Findings())
    assert "4/10" in hit.advice

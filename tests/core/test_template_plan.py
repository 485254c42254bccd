"""Applying templates to a patient (unsafe items left out with reasons) and keeping plans as templates."""

from __future__ import annotations

from planner.core.dosage import Dosage
from planner.core.plan import PlanItem
from planner.core.template_plan import apply_template, template_data, template_from_items, template_id_for
from planner.library.templates import parse_template


def test_hip_focus_after_a_hip_replacement_leaves_out_the_cautioned_items(library) -> None:
    template = library.templates["hip-focus"]
    applied = apply_template(template, library.get, {"hip-replacement"})
    kept = [i.exercise_id for i in applied.items]
    left_out = {x.exercise_id: x for x in applied.excluded}
    assert set(kept) | set(left_out) == {i.exercise for i in template.items}
    assert all("hip-replacement" not in library.get(i).cautions for i in kept)
    assert left_out["clam"].reason.startswith("Caution for hip replacement")
    assert {i.reason for i in applied.items} == {f"Template: {template.name}"}


def test_template_doses_are_used_and_a_flare_switches_to_flare_doses(library) -> None:
    template = library.templates["morning-stiffness-10min"]
    applied = apply_template(template, library.get, set())
    first = template.items[0]
    assert applied.items[0].dosage == (first.dosage or library.get(first.exercise).dosage)
    flare = apply_template(template, library.get, {"acute-flare"}, flare=True)
    for item in flare.items:
        assert item.dosage == library.get(item.exercise_id).flare_dosage
    assert {x.exercise_id for x in flare.excluded} == {i.exercise for i in template.items
                                                      if library.get(i.exercise).flare_dosage is None}


def test_ids_are_unique_and_file_safe() -> None:
    assert template_id_for("Neck plan (Mrs Ó)", []) == "neck-plan-mrs-o"
    assert template_id_for("Neck plan", ["neck-plan", "neck-plan-2"]) == "neck-plan-3"
    assert template_id_for("!!!", []) == "template"


def test_a_saved_template_reads_back_as_a_template_file() -> None:
    items = [PlanItem("bridge", Dosage(sets=3, reps=8, days_per_week=3, note="Slow")),
             PlanItem("walking", Dosage(duration_minutes=30.0, days_per_week=5))]
    template = template_from_items("  Strong legs ", items, ["strong-legs"])
    assert (template.id, template.name, template.origin) == ("strong-legs-2", "Strong legs", "saved")
    parsed, problems = parse_template(template_data(template), origin="saved")
    assert problems == [] and parsed == template

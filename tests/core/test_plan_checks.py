"""The plan builder's warnings: long session, too many, missing category, up and down, cautions."""

from __future__ import annotations

from dataclasses import replace

from planner.core.dosage import Dosage
from planner.core.plan import PlanItem
from planner.core.plan_checks import plan_warnings, session_order_key, session_time


def item(library, exercise_id: str, **changes) -> PlanItem:
    exercise = library.get(exercise_id)
    return replace(PlanItem(exercise_id, exercise.dosage, exercise.flare_dosage), **changes)


def test_session_time_keeps_long_bouts_apart(library) -> None:
    plan = [item(library, "chin-tuck-sitting"), item(library, "walking"), item(library, "bridge")]
    time = session_time(plan, library.get)
    # chin tuck 1×10, 5 s holds: 10 × (4 + 5) s = 90 s; bridge 2×10, 5 s holds, 60 s rest:
    # 2 × 10 × 9 s + 60 s = 240 s (4 s a repetition: planner.core.dosage.estimate_minutes). 330 s = 5.5 min.
    assert time.session_minutes == 5.5
    assert time.standalone == (("walking", 20.0, 5),)


def test_a_balanced_plan_in_position_order_has_no_warning(library) -> None:
    plan = [item(library, i) for i in ("knee-rolls", "bridge", "lateral-costal-breathing",
                                       "thoracic-rotation-sitting", "hip-flexor-stretch-standing", "walking")]
    assert plan_warnings(plan, library.get, ("mobility", "stretch", "strength", "breathing", "aerobic")) == []


def test_long_session_and_too_many_exercises(library) -> None:
    long_holds = Dosage(sets=10, reps=10, hold_seconds=30, rest_seconds=60)
    plan = [item(library, "bridge", dosage=long_holds)]
    text = plan_warnings(plan, library.get)[0].text
    assert text.startswith("A session takes about 66 minutes, over 30")   # 10×10×(4+30) s + 9×60 s = 3,940 s


def test_thirteen_exercises_is_too_many(library) -> None:
    ids = ["chin-tuck-sitting", "neck-rotation-sitting", "neck-side-flexion-sitting", "thoracic-rotation-sitting",
           "pelvic-tilt-sitting", "scapular-squeeze-sitting", "lateral-costal-breathing", "posture-reset-sitting",
           "chest-expansion-arm-raise", "cat-camel-sitting", "thoracic-side-flexion-sitting",
           "neck-flexion-extension-sitting", "thoracic-extension-chair"]
    warnings = plan_warnings([item(library, i) for i in ids], library.get)
    assert [w.text for w in warnings if w.kind == "too-many"] == [
        "13 exercises is more than 12: a shorter list is easier to keep up."]


def test_missing_expected_category(library) -> None:
    warnings = plan_warnings([item(library, "knee-rolls")], library.get, ("mobility", "breathing"))
    assert [w.text for w in warnings] == ["No breathing exercise: the guidance for this patient expects one."]


def test_floor_exercises_split_by_standing_ones(library) -> None:
    plan = [item(library, "knee-rolls"), item(library, "hip-flexor-stretch-standing"), item(library, "bridge")]
    (warning,) = plan_warnings(plan, library.get)
    assert warning.kind == "up-and-down"
    assert warning.text.startswith("Knee rolls (low-back rotation lying) (1) and Bridge (3) are on the floor")
    reordered = sorted(plan, key=lambda i: session_order_key(library.get(i.exercise_id), i.dosage))
    assert [i.exercise_id for i in reordered] == ["knee-rolls", "bridge", "hip-flexor-stretch-standing"]
    assert plan_warnings(reordered, library.get) == []


def test_a_long_bout_on_the_floor_is_not_an_extra_trip(library) -> None:
    plan = [item(library, "knee-rolls"), item(library, "hip-flexor-stretch-standing"), item(library, "prone-lying")]
    assert plan_warnings(plan, library.get) == []


def test_caution_without_reason_and_missing_flare_dose(library) -> None:
    plan = [item(library, "clam"), item(library, "bird-dog")]
    warnings = plan_warnings(plan, library.get, conditions={"hip-replacement"}, flare=True)
    assert [w.kind for w in warnings] == ["caution", "no-flare-dose"]
    assert warnings[0].text == ("Clam (side-lying knee opening) has a caution for Hip replacement and no "
                                "recorded reason for keeping it.")
    kept = [item(library, "clam", override_reason="Surgeon allows it (letter 3 March)")]
    assert plan_warnings(kept, library.get, conditions={"hip-replacement"}) == []


def test_an_unknown_exercise_is_named(library) -> None:
    warnings = plan_warnings([PlanItem("no-such-thing", Dosage(reps=5))], library.get)
    assert [w.text for w in warnings] == ["'no-such-thing' is not in the exercise library."]

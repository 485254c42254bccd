"""The pose editor: presets, joint sliders, the live preview, and the `[figure]` table it writes."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from planner.figures import parse_figure
from planner.services.library import shipped_library
from planner.ui.widgets.joint_sliders import CHANGED_MARK
from planner.ui.widgets.pose_editor import PoseEditor

TWIST = shipped_library().get("thoracic-rotation-sitting").figure


@pytest.fixture
def editor(qtbot) -> PoseEditor:
    widget = PoseEditor()
    qtbot.addWidget(widget)
    widget.set_figure(TWIST)
    return widget


def test_an_untouched_figure_comes_back_exactly(editor: PoseEditor) -> None:
    assert editor.figure() == TWIST and editor.figure() is not TWIST
    assert editor.preview.has_pictures() and editor.problems_label.text() == ""
    assert editor.start_preset.currentData() == "sitting" and editor.end_preset.currentData() is None
    # The sliders show the angles the pictures use: the preset's, then the start's changes, then the finish's.
    assert editor.start_sliders.spins["hip_left"].value() == 90            # from the sitting preset
    assert editor.start_sliders.spins["elbow_right"].value() == 130        # elbow = 130 in the start
    assert editor.end_sliders.spins["upper_back_turn"].value() == 35
    assert editor.end_sliders.spins["elbow_right"].value() == 130          # the finish builds on the start


def test_sliders_write_sided_joints_that_differ_from_where_the_pose_starts(qtbot, editor: PoseEditor) -> None:
    before = copy.deepcopy(TWIST)
    editor.start_sliders.set_angle("knee_left", 100)
    table = editor.figure()
    assert table["start"] == {"preset": "sitting", "joints": {
        "elbow_left": 130, "elbow_right": 130, "knee_left": 100, "shoulder_left": 30, "shoulder_right": 30,
        "shoulder_left_out": -20, "shoulder_right_out": -20, "shoulder_left_turn": -70, "shoulder_right_turn": -70}}
    assert before == TWIST   # the exercise's own table is never changed
    assert editor.start_sliders._labels["knee_left"].text().startswith(CHANGED_MARK)
    assert not editor.start_sliders._labels["knee_right"].text().startswith(CHANGED_MARK)

    editor.start_sliders.set_angle("knee_left", 90)   # back to the preset's angle: no longer a change
    assert "knee_left" not in editor.figure()["start"]["joints"]
    editor.end_sliders.set_angle("elbow_left", 130)   # what the start has already: not written in the finish
    assert "elbow_left" not in editor.figure()["end"]["joints"]

    editor.end_sliders.together.setChecked(True)
    editor.end_sliders.set_angle("shoulder_left", 90)
    assert editor.figure()["end"]["joints"]["shoulder_right"] == 90
    editor.update_preview()
    spec, problems = parse_figure(editor.figure())
    assert problems == [] and spec is not None and editor.preview.has_pictures()


def test_presets_and_the_preview_follow_the_choices(qtbot, editor: PoseEditor) -> None:
    editor.end_preset.setCurrentIndex(editor.end_preset.findData("standing"))
    assert editor.figure()["end"]["preset"] == "standing"
    assert editor.end_sliders.spins["hip_left"].value() == 0   # standing, plus the finish's own changes
    editor.view_combo.setCurrentText("side")
    editor.props.set_checked("chair", False)
    editor.props.set_checked("mat", True)
    table = editor.figure()
    assert table["view"] == "side" and table["props"] == ["mat"]
    qtbot.waitUntil(lambda: editor.preview.has_pictures(), timeout=2000)


def test_an_arrow_that_no_longer_fits_is_reported_then_can_be_left_out(qtbot, editor: PoseEditor) -> None:
    qtbot.mouseClick(editor.reset_buttons["end"], Qt.MouseButton.LeftButton)
    assert editor.end_changes == {}
    editor.update_preview()
    assert ("figure.arrows[0].turn: the upper back does not turn between the start and end poses"
            in editor.problems_label.text())
    assert not editor.preview.has_pictures()
    editor.arrows_check.setChecked(False)
    editor.update_preview()
    assert "arrows" not in editor.figure() and editor.problems_label.text() == ""
    assert editor.preview.has_pictures()


def test_a_new_exercise_starts_standing(qtbot) -> None:
    editor = PoseEditor()
    qtbot.addWidget(editor)
    editor.set_figure({"view": "side", "start": {"preset": "standing"}, "end": {}})
    assert not editor.arrows_check.isEnabled()
    editor.end_sliders.set_angle("shoulder_right", 170)
    assert editor.figure() == {"view": "side", "start": {"preset": "standing"},
                               "end": {"joints": {"shoulder_right": 170}}}

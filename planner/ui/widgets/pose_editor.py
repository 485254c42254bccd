"""Editing an exercise's `[figure]` table: camera and props, a preset and joint sliders for the start and
the finish pose, and a live preview of both pictures.

Joints are written with their side (`knee_left`, `knee_right`), only where they differ from what the pose
starts from: the preset for the start, the start pose for a finish without its own preset. Arrows, which
the sliders cannot draw, are kept from the exercise the figure came from (or left out on request).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.figures import LANDMARKS, PRESETS, PROPS, VIEWS, build_scenes, parse_figure
from planner.figures.joints import expand_both_sides
from planner.figures.pins import PINS
from planner.figures.spec import CROPS
from planner.ui.widgets.figure_view import FigureView
from planner.ui.widgets.joint_sliders import JointSliders
from planner.ui.widgets.tag_picker import TagPicker

_PREVIEW_DELAY_MS = 40   # a drag of a slider redraws once it pauses, not at every step


def _angles(value: Any) -> dict[str, float]:
    """The numeric joint changes of a pose table, each with its side spelled out."""
    if not isinstance(value, Mapping):
        return {}
    return expand_both_sides({k: float(v) for k, v in value.items() if isinstance(v, int | float)
                              and not isinstance(v, bool)})


def _degrees(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


class PoseEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: Mapping[str, Any] | None = None
        self._touched = False
        self._arrows: list[Any] = []
        self.start_changes: dict[str, float] = {}
        self.end_changes: dict[str, float] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._build()

    def _build(self) -> None:
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName("Camera view")
        self.view_combo.addItems(list(VIEWS))
        self.crop_combo = QComboBox()
        self.crop_combo.setAccessibleName("Crop")
        self.crop_combo.addItems(list(CROPS))
        self.tilt_spin, self.turn_spin = QSpinBox(), QSpinBox()
        self.tilt_spin.setRange(0, 90)
        self.turn_spin.setRange(-90, 90)
        self.tilt_spin.setAccessibleName("Camera looks down, degrees")
        self.turn_spin.setAccessibleName("Camera swings round, degrees")
        self.mirror_check = QCheckBox("Mirror (draw the other side)")
        self.mirror_check.setAccessibleName("Mirror")
        self.anchor_combo = QComboBox()
        self.anchor_combo.setAccessibleName("Point that stays put")
        self.anchor_combo.addItem("The preset's own", None)
        for landmark in LANDMARKS:
            self.anchor_combo.addItem(landmark.replace("_", " "), landmark)
        self.props = TagPicker("Props", [(p, p.replace("-", " ")) for p in PROPS], rows=5)
        self.pins = TagPicker("Hands or feet that stay put", [(p, p.replace("_", " ")) for p in PINS], rows=4)
        self.arrows_check = QCheckBox("Show the arrows")
        self.arrows_check.setAccessibleName("Show the arrows")
        self.arrows_check.setChecked(True)
        for signal in (self.view_combo.currentIndexChanged, self.crop_combo.currentIndexChanged,
                       self.tilt_spin.valueChanged, self.turn_spin.valueChanged, self.mirror_check.toggled,
                       self.anchor_combo.currentIndexChanged, self.props.changed, self.pins.changed,
                       self.arrows_check.toggled):
            signal.connect(self._edited)

        self.start_preset = QComboBox()
        self.start_preset.setAccessibleName("Start position")
        self.end_preset = QComboBox()
        self.end_preset.setAccessibleName("Finish position")
        for combo in (self.start_preset, self.end_preset):   # long preset names do not widen the editor
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        self.end_preset.addItem("The start position, with the changes below", None)
        for name, preset in PRESETS.items():
            self.start_preset.addItem(preset.label, name)
            self.end_preset.addItem(preset.label, name)
        self.start_preset.currentIndexChanged.connect(self._edited)
        self.end_preset.currentIndexChanged.connect(self._edited)
        self.start_sliders, self.end_sliders = JointSliders("Start"), JointSliders("Finish")
        self.start_sliders.joint_changed.connect(lambda n, v: self._joint(self.start_changes, n, v, start=True))
        self.end_sliders.joint_changed.connect(lambda n, v: self._joint(self.end_changes, n, v, start=False))
        self.poses = QTabWidget()
        self.poses.setAccessibleName("Poses")
        self.poses.tabBar().setAccessibleName("Poses")
        self.reset_buttons: dict[str, QPushButton] = {}
        for key, title, preset, sliders, changes in (
                ("start", "&Start", self.start_preset, self.start_sliders, self.start_changes),
                ("end", "Finis&h", self.end_preset, self.end_sliders, self.end_changes)):
            page = QWidget()
            column = QVBoxLayout(page)
            row = QHBoxLayout()
            row.addWidget(QLabel("Position"))
            row.addWidget(preset, 1)
            reset = QPushButton("Reset joints")
            reset.setAccessibleName(f"Reset the joints of the {title.strip('&').lower()} pose")
            reset.clicked.connect(lambda _=False, c=changes: self._reset(c))
            self.reset_buttons[key] = reset
            row.addWidget(reset)
            column.addLayout(row)
            column.addWidget(sliders, 1)
            self.poses.addTab(page, title)

        self.preview = FigureView()
        self.preview.setMinimumSize(320, 180)
        self.problems_label = QLabel()
        self.problems_label.setAccessibleName("Problems with the figure")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        camera = QFormLayout()
        camera.addRow("View", self.view_combo)
        camera.addRow("Looking down (°)", self.tilt_spin)
        camera.addRow("Swing round (°)", self.turn_spin)
        camera.addRow("Crop", self.crop_combo)
        camera.addRow("", self.mirror_check)
        camera.addRow("Stays put", self.anchor_combo)
        camera.addRow("Props", self.props)
        camera.addRow("Pinned", self.pins)
        camera.addRow("", self.arrows_check)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.preview, 2)
        right_column.addWidget(self.problems_label)
        right_column.addLayout(camera)
        splitter = QSplitter()
        splitter.addWidget(self.poses)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # ---- in and out ----

    def set_figure(self, figure: Mapping[str, Any] | None) -> None:
        """Show a figure table (a copy is edited); an unreadable value falls back to the default."""
        self._original = copy.deepcopy(dict(figure)) if isinstance(figure, Mapping) else None
        table = self._original or {}
        start = table.get("start") if isinstance(table.get("start"), Mapping) else {}
        end = table.get("end") if isinstance(table.get("end"), Mapping) else {}
        widgets = (self.view_combo, self.crop_combo, self.tilt_spin, self.turn_spin, self.mirror_check,
                   self.anchor_combo, self.props, self.pins, self.arrows_check, self.start_preset, self.end_preset)
        for widget in widgets:
            widget.blockSignals(True)
        self.view_combo.setCurrentText(str(table.get("view", "side")))
        self.crop_combo.setCurrentText(str(table.get("crop", "full")))
        for spin, key in ((self.tilt_spin, "tilt"), (self.turn_spin, "turn")):
            value = table.get(key, 0)
            spin.setValue(round(value) if isinstance(value, int | float) else 0)
        self.mirror_check.setChecked(table.get("mirror") is True)
        self.anchor_combo.setCurrentIndex(max(0, self.anchor_combo.findData(table.get("anchor"))))
        self.props.set_selected(p for p in table.get("props", []) if isinstance(p, str))
        self.pins.set_selected(p for p in table.get("pins", []) if isinstance(p, str))
        self._arrows = list(table.get("arrows", [])) if isinstance(table.get("arrows"), list) else []
        self.arrows_check.setChecked(True)
        self.arrows_check.setEnabled(bool(self._arrows))
        self.arrows_check.setText(f"Show the arrows ({len(self._arrows)})")
        self.start_preset.setCurrentIndex(max(0, self.start_preset.findData(start.get("preset", "standing"))))
        self.end_preset.setCurrentIndex(max(0, self.end_preset.findData(end.get("preset"))))
        for widget in widgets:
            widget.blockSignals(False)
        self.start_changes.clear()
        self.start_changes.update(_angles(start.get("joints")))
        self.end_changes.clear()
        self.end_changes.update(_angles(end.get("joints")))
        self._touched = False
        self._show_angles()
        self.update_preview()

    def figure(self) -> dict[str, Any]:
        """The table to store: the one given, untouched, until something is changed here."""
        if not self._touched and self._original is not None:
            return copy.deepcopy(self._original)
        table: dict[str, Any] = {"view": self.view_combo.currentText()}
        if self.tilt_spin.value():
            table["tilt"] = self.tilt_spin.value()
        if self.turn_spin.value():
            table["turn"] = self.turn_spin.value()
        if self.mirror_check.isChecked():
            table["mirror"] = True
        if self.crop_combo.currentText() != "full":
            table["crop"] = self.crop_combo.currentText()
        for key, picker in (("props", self.props), ("pins", self.pins)):
            if picker.selected():
                table[key] = picker.selected()
        if self.anchor_combo.currentData():
            table["anchor"] = self.anchor_combo.currentData()
        table["start"] = {"preset": self.start_preset.currentData()}
        if self.start_changes:
            table["start"]["joints"] = {k: _degrees(v) for k, v in sorted(self.start_changes.items())}
        table["end"] = {"preset": self.end_preset.currentData()} if self.end_preset.currentData() else {}
        if self.end_changes:
            table["end"]["joints"] = {k: _degrees(v) for k, v in sorted(self.end_changes.items())}
        if self._arrows and self.arrows_check.isChecked():
            table["arrows"] = copy.deepcopy(self._arrows)
        return table

    # ---- angles ----

    def start_angles(self) -> dict[str, float]:
        return PRESETS[self.start_preset.currentData()].full_angles() | self.start_changes

    def _end_reference(self) -> dict[str, float]:
        preset = self.end_preset.currentData()
        return PRESETS[preset].full_angles() if preset else self.start_angles()

    def end_angles(self) -> dict[str, float]:
        return self._end_reference() | self.end_changes

    def _joint(self, changes: dict[str, float], name: str, degrees: float, *, start: bool) -> None:
        reference = PRESETS[self.start_preset.currentData()].full_angles() if start else self._end_reference()
        if degrees == reference[name]:
            changes.pop(name, None)
        else:
            changes[name] = degrees
        self._edited()

    def _reset(self, changes: dict[str, float]) -> None:
        changes.clear()
        self._edited()

    def _show_angles(self) -> None:
        self.start_sliders.show_angles(self.start_angles(), self.start_changes)
        self.end_sliders.show_angles(self.end_angles(), self.end_changes)

    def _edited(self, *_args: object) -> None:
        self._touched = True
        self._show_angles()
        self._timer.start()
        self.changed.emit()

    def update_preview(self) -> None:
        """Draw both pictures now (normally done shortly after the last change)."""
        self._timer.stop()
        spec, problems = parse_figure(self.figure())
        if spec is None:
            self.preview.clear()
            self.problems_label.setText("⚠ " + "\n⚠ ".join(str(p) for p in problems))
            return
        self.problems_label.clear()
        self.preview.set_scenes(*build_scenes(spec))

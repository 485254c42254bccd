"""A slider and a number box for every joint of one pose, grouped by body part (Whole body, Spine, ...)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.figures import JOINTS, Joint

CHANGED_MARK = "• "   # a joint set in this pose (not left to its preset): words, not colour alone


def _other_side(name: str) -> str | None:
    for side, other in (("_left", "_right"), ("_right", "_left")):
        if side in name:
            return name.replace(side, other)
    return None


class JointSliders(QWidget):
    """Shows the angles of a pose; `joint_changed(name, degrees)` only when the therapist moves one."""

    joint_changed = Signal(str, float)

    def __init__(self, pose_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pose_name = pose_name
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        self.together = QCheckBox("Move left and right to&gether")
        self.together.setAccessibleName(f"{pose_name}: move left and right together")
        body = QWidget()
        column = QVBoxLayout(body)
        groups: dict[str, QFormLayout] = {}
        for joint in JOINTS:
            if joint.group not in groups:
                box = QGroupBox(joint.group)
                groups[joint.group] = QFormLayout(box)
                column.addWidget(box)
            groups[joint.group].addRow(*self._row(joint))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(f"{pose_name} joints")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.together)
        layout.addWidget(scroll)

    def _row(self, joint: Joint) -> tuple[QLabel, QWidget]:
        label = QLabel(joint.label)
        label.setWordWrap(True)
        slider = QSlider(Qt.Orientation.Horizontal)
        spin = QSpinBox()
        for control in (slider, spin):
            control.setRange(int(joint.minimum), int(joint.maximum))
        slider.setAccessibleName(f"{self._pose_name}: {joint.label}")
        spin.setAccessibleName(f"{self._pose_name}: {joint.label}, degrees")
        spin.setSuffix("°")
        slider.valueChanged.connect(lambda value, n=joint.name: self._moved(n, value))
        spin.valueChanged.connect(lambda value, n=joint.name: self._moved(n, value))
        label.setBuddy(spin)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(slider, 1)
        row_layout.addWidget(spin)
        self.sliders[joint.name], self.spins[joint.name], self._labels[joint.name] = slider, spin, label
        return label, row

    def show_angles(self, angles: Mapping[str, float], changed: Collection[str]) -> None:
        """Put every control at its angle without reporting a change; mark the joints this pose sets."""
        for joint in JOINTS:
            value = round(angles.get(joint.name, 0.0))
            for control in (self.sliders[joint.name], self.spins[joint.name]):
                control.blockSignals(True)
                control.setValue(value)
                control.blockSignals(False)
            mark = CHANGED_MARK if joint.name in changed else ""
            self._labels[joint.name].setText(f"{mark}{joint.label}")

    def set_angle(self, name: str, degrees: float) -> None:
        """Set one joint as if the therapist had moved it (for the keyboard and for tests)."""
        self.spins[name].setValue(round(degrees))

    def _moved(self, name: str, value: int) -> None:
        for control in (self.sliders[name], self.spins[name]):
            if control.value() != value:
                control.blockSignals(True)
                control.setValue(value)
                control.blockSignals(False)
        self.joint_changed.emit(name, float(value))
        other = _other_side(name)
        if self.together.isChecked() and other is not None:
            self.joint_changed.emit(other, float(value))

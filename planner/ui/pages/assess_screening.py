"""Screening section: the ASAS inflammatory back pain checklist and the red-flag questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.core.screening import (
    CATEGORY_LABELS,
    IBP_ASAS_ITEMS,
    RED_FLAGS,
    URGENCY_LABELS,
    URGENT_LEVELS,
    IbpResult,
)
from planner.ui.pages.assess_section import FormSection, WrappedCheck, check, hint, put

# Short urgency words beside each question; the full action shows in the banner when ticked.
URGENCY_SHORT: dict[str, str] = {
    "999": "999 now", "same_day": "same day", "eye_same_day": "eye casualty today", "urgent": "urgent review",
    "gp": "GP review", "risk_factor": "risk factor",
}


def _wrapped(text: str, name: str, layout: QVBoxLayout | QGridLayout, *position: int) -> QCheckBox:
    check_box = WrappedCheck(text, name)
    layout.addWidget(check_box, *position)
    return check_box.box


class ScreeningSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("2 Screening and red flags", parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Inflammatory back pain (ASAS criteria)</b>"))
        self.chronic = _wrapped("Back pain for 3 months or longer (the criteria apply only then)",
                                "Back pain for 3 months or longer", layout)
        self.ibp_boxes: dict[str, QCheckBox] = {}
        for item in IBP_ASAS_ITEMS:
            self.ibp_boxes[item.id] = _wrapped(item.question, f"IBP: {item.question}", layout)
        self.ibp_result = QLabel()
        self.ibp_result.setAccessibleName("Inflammatory back pain result")
        layout.addWidget(self.ibp_result)
        layout.addWidget(hint("A screening aid for back pain of 3 months or more, never a diagnosis."))

        layout.addWidget(QLabel("<b>Red flags</b>: ask every question; tick each answered yes."))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.flag_notes: dict[str, QLabel] = {}
        row = 0
        category = ""
        for flag in RED_FLAGS:
            if flag.category != category:
                category = flag.category
                grid.addWidget(QLabel(f"<i>{CATEGORY_LABELS[category]}</i>"), row, 0, 1, 2)
                row += 1
            box = _wrapped(flag.question, f"Red flag: {flag.question}", grid, row, 0)
            urgency = QLabel(URGENCY_SHORT[flag.urgency])
            urgency.setStyleSheet("font-weight: bold;" if flag.urgency in URGENT_LEVELS else "color: #4a5560;")
            urgency.setToolTip(URGENCY_LABELS[flag.urgency])
            note = hint(f"{URGENCY_LABELS[flag.urgency]}: {flag.action}")
            note.hide()
            grid.addWidget(urgency, row, 1)
            grid.addWidget(note, row + 1, 0, 1, 2)
            self.flag_boxes[flag.id] = box
            self.flag_notes[flag.id] = note
            row += 2
        layout.addLayout(grid)
        self.screened = _wrapped("I asked the patient every red-flag question above", "Red-flag screen completed",
                                 layout)
        for box in (self.chronic, *self.ibp_boxes.values(), *self.flag_boxes.values(), self.screened):
            box.toggled.connect(self._toggled)
        self._show_gate()

    def _toggled(self) -> None:
        self._show_gate()
        self.changed.emit()

    def _show_gate(self) -> None:
        for box in self.ibp_boxes.values():
            box.parentWidget().setEnabled(self.chronic.isChecked() and self.chronic.isEnabled())
        # Non-urgent flags (risk factors, GP review) show their advice under the question when ticked.
        for flag in RED_FLAGS:
            self.flag_notes[flag.id].setVisible(self.flag_boxes[flag.id].isChecked()
                                                and flag.urgency not in URGENT_LEVELS)

    def show_ibp(self, result: IbpResult | None) -> None:
        if result is None:
            self.ibp_result.setText("Result: tick the first box to use the criteria.")
        else:
            words = "MET" if result.met else "not met"
            self.ibp_result.setText(f"<b>Result: criteria {words}</b> – {result.count} of 5 (4 needed).")

    def load(self, data: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        check(self.chronic, data.get("back_pain_3_months"))
        ibp = data.get("ibp") or {}
        for key, box in self.ibp_boxes.items():
            check(box, ibp.get(key))
        flags = set(data.get("red_flags") or [])
        for key, box in self.flag_boxes.items():
            box.setChecked(key in flags)
        check(self.screened, data.get("red_flags_screened"))
        self._show_gate()
        self.blockSignals(False)

    def write(self, data: dict[str, Any]) -> None:
        put(data, "back_pain_3_months", True if self.chronic.isChecked() else None)
        if self.chronic.isChecked():
            data["ibp"] = {key: box.isChecked() for key, box in self.ibp_boxes.items()}
        else:
            data.pop("ibp", None)
        data["red_flags"] = [key for key, box in self.flag_boxes.items() if box.isChecked()]
        put(data, "red_flags_screened", True if self.screened.isChecked() else None)

    def focus_chain(self) -> list[QWidget]:
        return [self.chronic, *self.ibp_boxes.values(), *self.flag_boxes.values(), self.screened]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._show_gate()

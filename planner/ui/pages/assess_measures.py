"""Measures section: BASDAI, ASAS patient global, BASFI, BAS-G, BASMI, chest expansion and the lab values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from planner.core import questionnaires as q
from planner.core import scoring
from planner.core.assessment import CHEST_EXPANSION_RANGE_CM
from planner.core.patient import parse_day
from planner.ui.pages.assess_basmi import BasmiGrid
from planner.ui.pages.assess_section import (
    FormSection,
    caption,
    focus_widget,
    hint,
    load_numbers,
    nrs_field,
    numbers,
    put,
    question,
    question_grid,
)
from planner.ui.widgets.date_field import DateField
from planner.ui.widgets.number_field import NumberField


def _heading(layout: QVBoxLayout, text: str) -> None:
    layout.addSpacing(10)
    layout.addWidget(caption(text))


def _questionnaire(layout: QVBoxLayout, title: str, questions: Sequence[str], anchors: tuple[str, str],
                   name: str) -> list[NumberField]:
    _heading(layout, f"<b>{title}</b> (0 = {anchors[0]}, 10 = {anchors[1]})")
    fields = [nrs_field(f"{name} question {number}") for number in range(1, len(questions) + 1)]
    layout.addLayout(question_grid([(f"{number}. {text}", field)
                                    for number, (text, field) in enumerate(zip(questions, fields, strict=True), 1)]))
    return fields


class MeasuresSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("3 Measures", parent)
        layout = QVBoxLayout(self)
        self.basdai_fields = _questionnaire(layout, "BASDAI – the past week", q.BASDAI_QUESTIONS,
                                            q.BASDAI_ANCHORS, "BASDAI")
        self.q6_hint = hint("")
        self.q6_hint.setAccessibleName("Question 6 from the stiffness minutes")
        layout.addWidget(self.q6_hint)
        self.patient_global = nrs_field("ASAS patient global")
        _heading(layout, f"<b>ASAS patient global</b> for ASDAS (0 = {q.PATIENT_GLOBAL_ANCHORS[0]}, "
                         f"10 = {q.PATIENT_GLOBAL_ANCHORS[1]})")
        layout.addLayout(question_grid([(q.PATIENT_GLOBAL_QUESTION, self.patient_global)]))
        self.basfi_fields = _questionnaire(layout, "BASFI – the past week: how hard was it?", q.BASFI_QUESTIONS,
                                           q.BASFI_ANCHORS, "BASFI")
        self.bas_g_fields = _questionnaire(layout, "BAS-G – well-being", q.BAS_G_QUESTIONS, q.BAS_G_ANCHORS, "BAS-G")
        _heading(layout, "<b>BASMI – spinal mobility</b>")
        self.basmi = BasmiGrid()
        layout.addWidget(self.basmi)
        self.chest = NumberField("Chest expansion (cm)", *CHEST_EXPANSION_RANGE_CM)
        layout.addSpacing(10)
        layout.addLayout(question_grid([("<b>Chest expansion</b> (cm)", self.chest)]))
        layout.addWidget(hint(q.MEASUREMENT_HOW["chest_expansion_cm"]))
        _heading(layout, "<b>Blood tests</b> (for ASDAS)")
        self.crp = NumberField("CRP (mg/L)", *scoring.CRP_RANGE_MG_L)
        self.esr = NumberField("ESR (mm/h)", *scoring.ESR_RANGE_MM_H)
        self.crp_date = DateField("CRP date")
        self.esr_date = DateField("ESR date")
        labs = QGridLayout()
        for row, (text, field, day) in enumerate((("CRP (mg/L)", self.crp, self.crp_date),
                                                  ("ESR (mm/h)", self.esr, self.esr_date))):
            labs.addWidget(question(text, field), row, 0)
            labs.addWidget(field, row, 1)
            labs.addWidget(question("taken on", day), row, 2)
            labs.addWidget(day, row, 3)
        labs.setColumnStretch(4, 1)
        layout.addLayout(labs)
        layout.addWidget(hint("CRP in mg/L: a result in mg/dL × 10 = mg/L. Below 2 mg/L, ASDAS uses 2."))
        self._numbers = [*self.basdai_fields, self.patient_global, *self.basfi_fields, *self.bas_g_fields,
                         self.chest, self.crp, self.esr]
        for field in (*self._numbers, self.crp_date, self.esr_date, self.basmi):
            field.changed.connect(self.changed)

    def set_latest_date(self, latest: date) -> None:
        """Lab dates may not be after the assessment."""
        self.crp_date.latest = self.esr_date.latest = latest

    def show_q6_hint(self, minutes: float | None) -> None:
        if minutes is None:
            self.q6_hint.setText("Question 6 on the 0–10 line: 1 hour = 5, 2 hours or more = 10.")
        else:
            equivalent = scoring.format_one_decimal(scoring.basdai_q6_from_minutes(minutes))
            self.q6_hint.setText(f"History says {scoring.show_number(minutes)} minutes of stiffness: "
                                 f"about {equivalent} on question 6 (1 hour = 5, 2 hours or more = 10).")

    def load(self, data: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        load_numbers(self.basdai_fields, data.get("basdai"))
        load_numbers(self.basfi_fields, data.get("basfi"))
        bas_g = data.get("bas_g")
        load_numbers(self.bas_g_fields, bas_g if isinstance(bas_g, list) else None)
        self.patient_global.set_value(data.get("patient_global"))
        self.basmi.load(data.get("basmi"))
        self.chest.set_value(data.get("chest_expansion_cm"))
        self.crp.set_value(data.get("crp_mg_l"))
        self.esr.set_value(data.get("esr_mm_h"))
        for field, key in ((self.crp_date, "crp_date"), (self.esr_date, "esr_date")):
            stored = data.get(key)
            field.set_value(parse_day(stored) if isinstance(stored, str) else None)
        self.blockSignals(False)

    def write(self, data: dict[str, Any]) -> None:
        put(data, "basdai", numbers(self.basdai_fields))
        put(data, "basfi", numbers(self.basfi_fields))
        put(data, "bas_g", numbers(self.bas_g_fields))
        put(data, "patient_global", self.patient_global.value())
        put(data, "basmi", self.basmi.value())
        put(data, "chest_expansion_cm", self.chest.value())
        put(data, "crp_mg_l", self.crp.value())
        put(data, "esr_mm_h", self.esr.value())
        for field, key in ((self.crp_date, "crp_date"), (self.esr_date, "esr_date")):
            day = field.value()
            put(data, key, day.isoformat() if day else None)

    def focus_chain(self) -> list[QWidget]:
        return [*(f.edit for f in self.basdai_fields), self.patient_global.edit, *(f.edit for f in self.basfi_fields),
                *(f.edit for f in self.bas_g_fields), *self.basmi.focus_chain(), self.chest.edit,
                focus_widget(self.crp), focus_widget(self.crp_date), focus_widget(self.esr),
                focus_widget(self.esr_date)]

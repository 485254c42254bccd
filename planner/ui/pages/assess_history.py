"""History section: onset, duration, diagnosis, pain, stiffness, fatigue, sleep, work, medicines, family."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from planner.core import questionnaires as q
from planner.core.scoring import STIFFNESS_MINUTES_RANGE
from planner.ui.pages.assess_section import (
    FormSection,
    choice_box,
    focus_widget,
    nrs_field,
    put,
    question,
    set_choice,
)
from planner.ui.widgets.number_field import NumberField


class HistorySection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("1 History", parent)
        self.age_at_onset = NumberField("Age when back pain began (years)", *q.AGE_RANGE_YEARS)
        self.duration = NumberField("Symptom duration (years)", *q.DURATION_RANGE_YEARS)
        self.stiffness_minutes = NumberField("Morning stiffness (minutes)", *STIFFNESS_MINUTES_RANGE)
        self.fatigue = nrs_field("Fatigue (0 to 10)")
        self.fatigue.edit.setToolTip(q.FATIGUE_QUESTION)
        self.choices: dict[str, QComboBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        labels = {"diagnosis": "Diagnosis", "night_pain": "Night pain", "exercise_response": "Pain with exercise",
                  "rest_response": "Pain with rest", "sleep": "Sleep"}
        for key, name in labels.items():
            self.choices[key] = choice_box(name, q.CHOICES[key])
        for key, name, example in q.HISTORY_TEXTS:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(example)
            edit.setMaxLength(q.MAX_HISTORY_TEXT)
            self.texts[key] = edit
        rows: list[tuple[str, QWidget]] = [
            ("Age when the back pain began (years)", self.age_at_onset),
            ("How long the symptoms have lasted (years)", self.duration),
            ("Diagnosis", self.choices["diagnosis"]),
            ("Pattern of pain", self.texts["pain_pattern"]),
            ("Morning stiffness (minutes until it eases)", self.stiffness_minutes),
            ("Night pain", self.choices["night_pain"]),
            ("What exercise does to the pain", self.choices["exercise_response"]),
            ("What rest does to the pain", self.choices["rest_response"]),
            (f"Fatigue (0 = {q.FATIGUE_ANCHORS[0]}, 10 = {q.FATIGUE_ANCHORS[1]})", self.fatigue),
            ("Sleep", self.choices["sleep"]),
            ("Work and activities", self.texts["work"]),
            ("Medication", self.texts["medication"]),
            ("Family history", self.texts["family_history"]),
        ]
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # a narrow window puts answers below
        self._chain = []
        for text, field in rows:
            # A form label that wraps is clipped (its row keeps one line's height): long rows wrap instead.
            form.addRow(question(text, field, wrap=False), field)
            self._chain.append(focus_widget(field))
        for field in (self.age_at_onset, self.duration, self.stiffness_minutes, self.fatigue):
            field.changed.connect(self.changed)
        for box in self.choices.values():
            box.currentIndexChanged.connect(self.changed)
        for edit in self.texts.values():
            edit.textChanged.connect(self.changed)

    def load(self, data: Mapping[str, Any]) -> None:
        history = data.get("history") or {}
        self.blockSignals(True)
        self.age_at_onset.set_value(history.get("age_at_onset"))
        self.duration.set_value(history.get("symptom_duration_years"))
        self.stiffness_minutes.set_value(data.get("morning_stiffness_minutes"))
        self.fatigue.set_value(data.get("fatigue"))
        for key, box in self.choices.items():
            set_choice(box, history.get(key))
        for key, edit in self.texts.items():
            edit.setText(history.get(key) or "")
        self.blockSignals(False)

    def write(self, data: dict[str, Any]) -> None:
        history: dict[str, Any] = {}
        put(history, "age_at_onset", self.age_at_onset.value())
        put(history, "symptom_duration_years", self.duration.value())
        for key, box in self.choices.items():
            put(history, key, box.currentData())
        for key, edit in self.texts.items():
            put(history, key, edit.text().strip())
        put(data, "history", history or None)
        put(data, "morning_stiffness_minutes", self.stiffness_minutes.value())
        put(data, "fatigue", self.fatigue.value())

    def focus_chain(self) -> list[QWidget]:
        return list(self._chain)

"""A whole assessment entered with the keyboard alone: keys go to whatever has focus, Tab moves on.

Prints the number of keystrokes and how long the widgets took (no timing assert; the figure a person
needs is the keystroke count, which at two to three keys a second is well under five minutes).
"""

from __future__ import annotations

import json
import math
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.main_window import MainWindow


class Keyboard:
    """Sends keys to the focused widget only, counting each key pressed."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.count += len(text)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.count += 1

    def mnemonic(self, key: Qt.Key, done: object) -> None:
        """Alt+key on a button: Qt shows the button pressed for a moment, then clicks it."""
        self.key(key, Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(done)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)

    def answer(self, text: str) -> None:
        """Type into the focused field, then Tab to the next."""
        self.type(text)
        self.tab()

    def tick(self) -> None:
        self.key(Qt.Key.Key_Space)
        self.tab()


def test_a_whole_assessment_by_keyboard_alone(qtbot, main_window: MainWindow) -> None:
    patient = main_window.workspace.patients.add("Keyboard Only")
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.patient_workspace.assess_page
    keys = Keyboard(qtbot)
    started = time.perf_counter()
    main_window.patient_list.search_edit.setFocus()
    keys.mnemonic(Qt.Key.Key_1, lambda: keys.focused() is page.history.age_at_onset.edit)   # 1 History

    for text in ("24", "11"):
        keys.answer(text)
    keys.answer("Ank")                         # diagnosis: ankylosing spondylitis
    keys.answer("Low back and buttocks")
    keys.answer("90")                          # morning stiffness, minutes
    keys.answer("W")                           # night pain: wakes, eases on getting up
    keys.answer("B")                           # exercise: better
    keys.answer("W")                           # rest: worse
    keys.answer("6")                           # fatigue
    keys.answer("So")                          # sleep: sometimes woken
    keys.answer("Teacher")
    keys.answer("Naproxen 500 mg twice a day")
    keys.answer("Father has AS")

    keys.tick()                                # back pain 3 months or more
    for _ in range(4):
        keys.tick()                            # IBP items 1-4 yes
    keys.tab()                                 # item 5 no
    keys.tab(12)                               # red flags 1-12 no
    keys.tick()                                # 13: takes a biologic (a risk factor, no referral)
    keys.tab(8)                                # 14-21 no
    keys.tick()                                # every question asked

    for text in ("2", "10", "7", "1", "9", "3"):
        keys.answer(text)                      # BASDAI
    keys.answer("6")                           # ASAS patient global
    for text in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"):
        keys.answer(text)                      # BASFI
    for text in ("4", "6"):
        keys.answer(text)                      # BAS-G
    for text in ("14", "16", "9", "11", "4", "100", "70", "70"):
        keys.answer(text)                      # BASMI
    keys.answer("3.5")                         # chest expansion
    keys.answer("12")                          # CRP
    keys.answer("20/11/2026")
    keys.answer("30")                          # ESR
    keys.answer("20/11/2026")

    keys.tick()                                # body chart examined
    keys.type("Achilles")
    keys.key(Qt.Key.Key_Space)
    keys.tab()

    keys.tab(1)
    keys.tick()                                # fused spine (second condition)
    keys.tab(15)                               # the other conditions
    keys.tab()                                 # not in a flare
    keys.answer("Walk the dog for 30 minutes")
    keys.answer("Swim twice a week")
    keys.mnemonic(Qt.Key.Key_O, lambda: page.record.signed or bool(page.sign_problems.text()))   # sign off
    seconds = time.perf_counter() - started

    row = main_window.workspace.store.db.execute(
        "SELECT status, basdai, basfi, basmi, asdas_crp, asdas_esr, data FROM assessments").fetchone()
    data = json.loads(row[6])
    print(f"\nkeyboard-only assessment: {keys.count} keystrokes, {seconds:.2f} s of widget time")
    assert row[0] == "signed", page.sign_problems.text()
    assert abs(row[1] - 5.2) < 1e-9                                      # BASDAI
    assert abs(row[2] - 5.5) < 1e-9                                      # BASFI: 55 / 10
    assert abs(row[3] - (7 / 3 + 11.1 / 2.1 + 3.4 / 0.7 + 2.45 + 19.3 / 8.5) / 5) < 1e-9
    assert abs(row[4] - (1.21 + 0.174 + 0.66 + 0.511 + 0.579 * math.log(13))) < 1e-9
    assert abs(row[5] - (0.79 + 0.207 + 0.678 + 0.602 + 0.293 * math.sqrt(30))) < 1e-9
    assert data["history"] == {"age_at_onset": 24.0, "symptom_duration_years": 11.0, "diagnosis": "as",
                               "pain_pattern": "Low back and buttocks", "night_pain": "eases_on_rising",
                               "exercise_response": "better", "rest_response": "worse",
                               "sleep": "sometimes_woken", "work": "Teacher",
                               "medication": "Naproxen 500 mg twice a day", "family_history": "Father has AS"}
    assert data["morning_stiffness_minutes"] == 90.0 and data["fatigue"] == 6.0
    assert data["ibp"] == {"onset_before_40": True, "insidious_onset": True, "improves_with_exercise": True,
                           "no_improvement_with_rest": True, "night_pain": False}
    assert data["red_flags"] == ["immunosuppressed"] and data["red_flags_screened"] is True
    assert data["bas_g"] == [4.0, 6.0] and data["chest_expansion_cm"] == 3.5
    assert data["crp_date"] == data["esr_date"] == "2026-11-20"
    assert data["entheses"] == ["achilles_left"]
    assert data["conditions"] == ["spinal-fusion"] and data["flare"] is False
    assert data["goals"] == ["Walk the dog for 30 minutes", "Swim twice a week", "", "", ""]

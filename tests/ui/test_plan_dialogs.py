"""The dialogs of the plan builder: reason required, a flare-day dose, versions compared."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.core.dosage import Dosage
from planner.core.patient import Patient
from planner.core.plan import Plan, PlanItem
from planner.ui.dialogs.compare_dialog import CompareDialog, describe_version
from planner.ui.dialogs.dosage_dialog import DosageDialog
from planner.ui.dialogs.override_dialog import OverrideDialog
from planner.ui.main_window import MainWindow


def test_the_reason_is_required(qtbot) -> None:
    dialog = OverrideDialog("Clam", "Caution for hip replacement.")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error_label.text() == "⚠ A reason is required."
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Surgeon agrees")
    assert ok.isEnabled() and dialog.reason == "Surgeon agrees"
    dialog.reason_edit.setPlainText("x" * 501)
    assert not ok.isEnabled() and dialog.error_label.text() == "⚠ At most 500 characters (501 now)."


def test_a_dose_is_read_back_or_refused(qtbot) -> None:
    usual = Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30, days_per_week=3)
    dialog = DosageDialog("Flare-day dose: Bridge", None, usual, allow_none=True)
    qtbot.addWidget(dialog)
    assert dialog.none_check.isChecked() and dialog.read() == (None, "")
    dialog.none_check.setChecked(False)
    dialog.spins["sets"].setValue(1)
    dialog.spins["reps"].setValue(5)
    dosage, problem = dialog.read()
    assert problem == "" and dosage == Dosage(sets=1, reps=5, hold_seconds=5, rest_seconds=30, days_per_week=3)
    dialog.spins["reps"].setValue(0)          # shown as "none (timed or hold only)": no repetitions
    dialog.spins["hold_seconds"].setValue(0)
    assert dialog.read() == (None, "needs reps, a hold in seconds or a duration in minutes")
    dialog.accept()
    assert dialog.isVisible() is False and dialog.error_label.text().startswith("⚠ Needs reps")


def test_editing_the_flare_day_dose_of_a_plan_item(qtbot, main_window: MainWindow) -> None:
    ws = main_window.workspace
    patient = ws.patients.add("E")
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    pane = main_window.patient_workspace
    pane.draft.add(ws.library.get("bridge"))
    details = pane.plan_page.details
    details.show_row(0)
    assert details.flare_label.text() == "Flare-day dose: 1×5, hold 3 s, 1/day, 3/wk"

    def leave_out() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DosageDialog)
        dialog.none_check.setChecked(True)
        dialog.accept()
    QTimer.singleShot(0, leave_out)
    qtbot.mouseClick(details.flare_button, Qt.MouseButton.LeftButton)
    assert pane.draft.items[0].flare_dosage is None
    assert details.flare_label.text() == "Flare-day dose: left out on flare days"


def test_compare_versions_lists_the_changes(qtbot, main_window: MainWindow) -> None:
    ws = main_window.workspace
    patient = ws.store.patients.add(Patient(name="F"))
    bridge = ws.library.get("bridge")
    first = ws.plans.save(Plan(patient_id=patient.id, plan_date=date(2026, 5, 4), review_date=date(2026, 6, 15),
                               items=(PlanItem("bridge", bridge.dosage),)))
    second = ws.plans.save(Plan(patient_id=patient.id, plan_date=date(2026, 6, 15),
                                items=(PlanItem("bridge", bridge.dosage), PlanItem("walking", Dosage(
                                    duration_minutes=20.0, days_per_week=5)))))
    dialog = CompareDialog(ws.plans, [first, second])
    qtbot.addWidget(dialog)
    assert dialog.from_combo.currentText() == "Version 1 · 04 May 2026 · review 15 Jun 2026 · 1 exercise"
    assert dialog.to_combo.currentText() == "Version 2 · 15 Jun 2026 · 2 exercises"
    changes = [dialog.changes_list.item(i).text() for i in range(dialog.changes_list.count())]
    assert changes == ["Added Walking, building to brisk (20 min, 1/day, 5/wk).", "Review date 15 Jun 2026 → none."]
    dialog.to_combo.setCurrentIndex(0)
    assert dialog.changes_list.item(0).text() == "No changes."
    assert describe_version(Plan(patient_id=1, plan_date=date(2026, 7, 1))).startswith("This draft (not saved)")

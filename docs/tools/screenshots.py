"""Screenshots of every screen for the README and for review, made offscreen with fictional data.

A throw-away store gets a fictional patient with four signed assessments, a saved plan and a printed PDF
(plus a second patient whose draft has an urgent red flag); then the real windows are grabbed. Usage
(from the repository root):
    QT_QPA_PLATFORM=offscreen python docs/tools/screenshots.py [--out docs/screenshots] [--size 1280x800]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshots_assessment import seed_history  # noqa: E402

from planner.core.printable import Clinic, Therapist  # noqa: E402
from planner.services.workspace import Workspace  # noqa: E402
from planner.ui.app import _qt_message, _register_fonts, application, window_settings  # noqa: E402
from planner.ui.dialogs.patient_dialog import PatientDialog  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

MAIN_PATIENT = "Marguerite Okonkwo-Hale"
RED_FLAG_PATIENT = "Samuel Okafor"
OTHER_PATIENTS = (
    ("Ana Ñúñez-O'Brien", "1979-05-14", "943 476 5919"),
    ("Zoë Łukasz", "1991-11-02", "RBH20431"),
    ("O'Brien <Jr> & Sons", "1968-01-30", ""),
    ("Priya Raman", "1994-03-08", ""),
)
LIBRARY_EXERCISE = "thoracic-rotation-sitting"


def settle(seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def wait_for(done: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"screenshots: gave up waiting for {what}")
        settle(0.02)


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.saved: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / name
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def seed(workspace: Workspace) -> tuple[int, int]:
    """The clinic, a therapist, the other patients; returns the ids of the main and the red-flag patient."""
    workspace.settings.save_clinic(Clinic(name="Riverside Physiotherapy", phone="01632 960 123",
                                          address="12 Mill Lane\nRiverside RV1 2AB"))
    workspace.settings.save_therapist(Therapist(name="Jo Marsh", role="Physiotherapist",
                                                registration="HCPC PH123456", contact="01632 960 124"))
    for name, born, number in OTHER_PATIENTS:
        workspace.patients.add(name, born, number)
    red_flag = workspace.patients.add(RED_FLAG_PATIENT, "1985-07-19", "RBH11877")
    main = workspace.patients.add(MAIN_PATIENT, "1961-09-23", "485 777 3457")
    seed_history(workspace, main.id)
    return main.id, red_flag.id


def make_plan_and_pdf(window: MainWindow) -> None:
    steps = window.patient_workspace
    plan_page = steps.plan_page
    plan_page.suggestions.add_all()
    plan_page.order_by_position()
    plan_page.notes_edit.setPlainText("Do the lying exercises on the bed if getting to the floor is hard.")
    if plan_page.save() is None:
        raise SystemExit("screenshots: the plan was not saved: " + plan_page.status_label.text())
    steps.steps.setCurrentWidget(steps.print_page)
    steps.print_page.therapist_combo.setCurrentIndex(1)
    steps.print_page.make_pdf()
    wait_for(lambda: steps.print_page.pdf_path is not None, "the plan PDF")
    settle(0.5)   # QPdfView paints its pages asynchronously


def main_window_shots(window: MainWindow, shots: Shots, main_id: int) -> None:
    steps = window.patient_workspace
    window.patient_list.select_patient(main_id)
    settle()
    make_plan_and_pdf(window)
    shots.save(window, "step-print.png")
    steps.steps.setCurrentWidget(steps.assess_page)
    shots.save(window, "main-window.png")
    steps.steps.setCurrentWidget(steps.choose_page)
    steps.choose_page.list.setCurrentRow(0)
    shots.save(window, "step-choose.png")
    steps.steps.setCurrentWidget(steps.plan_page)
    steps.plan_page.table.select(0)
    shots.save(window, "step-plan.png")
    steps.steps.setCurrentWidget(steps.history_page)
    shots.save(window, "step-history.png")


def library_shots(window: MainWindow, shots: Shots) -> None:
    library = window.show_library()
    library.select(LIBRARY_EXERCISE)
    settle()
    wait_for(lambda: library.figures.pending() == 0, "the library thumbnails")
    shots.save(window, "library.png")
    from planner.ui.dialogs.exercise_editor import ExerciseEditor

    editor = ExerciseEditor(library.service, library.service.copy_record(LIBRARY_EXERCISE), creating=True,
                            parent=window)
    editor.show()
    shots.save(editor, "exercise-editor.png")
    editor.tabs.setCurrentIndex(editor.tabs.count() - 2)   # the Figure tab
    editor.pose_editor.update_preview()
    shots.save(editor, "exercise-editor-figure.png")
    editor.reject()
    window.show_patients()


def dialog_shots(window: MainWindow, shots: Shots) -> None:
    from planner.ui.dialogs.settings_dialog import SettingsDialog, default_pages

    settings = SettingsDialog(default_pages(window.workspace.settings), parent=window)
    settings.show()
    for row, page in enumerate(settings.pages):
        settings.page_list.setCurrentRow(row)
        shots.save(settings, f"settings-{page.title.lower().replace(' ', '-')}.png")
    settings.reject()

    dialog = PatientDialog(window.workspace.patients, parent=window)
    dialog.name_edit.setText("Zoë Łukasz")
    dialog.dob_edit.setText("1991-13-02")
    dialog.number_edit.setText("943 476 5918")
    dialog.show()
    dialog.buttons.accepted.emit()
    shots.save(dialog, "patient-dialog.png")
    dialog.reject()

    audit = window.safety.show_audit()
    shots.save(audit, "audit-log.png")
    audit.close()


def red_flag_shot(window: MainWindow, shots: Shots, patient_id: int) -> None:
    window.patient_list.select_patient(patient_id)
    steps = window.patient_workspace
    steps.steps.setCurrentWidget(steps.assess_page)
    page = steps.assess_page
    screening = page.screening
    screening.flag_boxes["bladder_bowel_change"].setChecked(True)
    screening.screened.setChecked(True)
    page.go_to(page.screening)
    shots.save(window, "red-flag-banner.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT (default 1280x800)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_qt_message)   # the offscreen platform's notices are left out, as in the app
    application()
    _register_fonts()
    shots = Shots(args.out)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder) / "data")
        main_id, red_flag_id = seed(workspace)
        window = MainWindow(workspace, window_settings(workspace))
        window.resize(width, height)
        window.show()
        main_window_shots(window, shots, main_id)
        library_shots(window, shots)
        dialog_shots(window, shots)
        red_flag_shot(window, shots, red_flag_id)
        window.close()
        workspace.close()
    print(f"{len(shots.saved)} screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the main window and the patient dialog for the README, made offscreen with fictional data.

Usage: python docs/tools/screenshots.py [OUTDIR]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.services.workspace import Workspace  # noqa: E402
from planner.ui.app import _register_fonts, application, window_settings  # noqa: E402
from planner.ui.dialogs.patient_dialog import PatientDialog  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

PATIENTS = (
    ("Ana Ñúñez-O'Brien", "1979-05-14", "943 476 5919"),
    ("Zoë Łukasz", "1991-11-02", "RBH20431"),
    ("O'Brien <Jr> & Sons", "1968-01-30", ""),
    ("Samuel Okafor", "1985-07-19", "RBH11877"),
    ("Priya Raman", "1994-03-08", ""),
)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    _register_fonts()
    with tempfile.TemporaryDirectory() as data:
        workspace = Workspace(Path(data))
        for name, born, number in PATIENTS:
            workspace.patients.add(name, born, number)
        window = MainWindow(workspace, window_settings(workspace))
        window.resize(1280, 800)
        window.show()
        first = workspace.patients.search()[-1]
        window.patient_list.select_patient(first.id)
        page = window.patient_workspace.assess_page
        for field, answer in zip(page.basdai_fields, ("6", "7", "3", "4", "8", "6"), strict=False):
            field.edit.setText(answer)
        _settle(app)
        window.grab().save(str(out / "main-window.png"))

        dialog = PatientDialog(workspace.patients, parent=window)
        dialog.name_edit.setText("Zoë Łukasz")
        dialog.dob_edit.setText("1991-13-02")
        dialog.number_edit.setText("943 476 5918")
        dialog.show()
        dialog.buttons.accepted.emit()
        _settle(app)
        dialog.grab().save(str(out / "patient-dialog.png"))
        dialog.close()
        window.close()
        workspace.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

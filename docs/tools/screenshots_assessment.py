"""Screenshots of the Assess sections and the History chart, from the real widgets, for docs/screenshots/.

Runs offscreen on a throw-away store with a fictional patient: four signed assessments over 20 months,
then today's assessment typed into the real fields. Usage (from the repository root):
    QT_QPA_PLATFORM=offscreen python docs/tools/screenshots_assessment.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner.core.assessment_record import AssessmentRecord  # noqa: E402
from planner.services.workspace import Workspace  # noqa: E402
from planner.ui.app import application, window_settings  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402
from planner.ui.pages.assess_body import SITE_ROLE  # noqa: E402

IBP_YES = {"onset_before_40": True, "insidious_onset": True, "improves_with_exercise": True,
           "no_improvement_with_rest": True, "night_pain": False}
# (date, BASDAI answers, patient global, CRP, BASFI answers, BASMI) of the earlier, signed visits.
EARLIER = (
    (date(2025, 3, 4), [7, 8, 5, 6, 8, 9], 8, 28.0, [7, 6, 5, 6, 7, 5, 6, 7, 8, 7], (18, 19, 8, 9, 2.5, 85, 50, 48)),
    (date(2025, 7, 15), [6, 6, 4, 5, 6, 7], 6, 14.0, [6, 5, 4, 5, 6, 5, 5, 6, 7, 6], (17, 18, 9, 9, 2.8, 88, 52, 50)),
    (date(2025, 12, 2), [4, 4, 2, 3, 4, 5], 4, 6.0, [4, 4, 3, 4, 5, 4, 4, 5, 5, 4], (16, 17, 10, 10, 3.0, 90, 55, 54)),
    (date(2026, 5, 19), [3, 3, 2, 2, 3, 3], 3, 3.0, [3, 3, 2, 3, 4, 3, 3, 4, 4, 3], (16, 16, 11, 10, 3.2, 92, 56, 55)),
)


def _basmi(values: tuple[float, ...]) -> dict[str, object]:
    t_l, t_r, s_l, s_r, schober, malleoli, c_l, c_r = values
    return {"tragus_to_wall_cm": [t_l, t_r], "lumbar_side_flexion_cm": [s_l, s_r], "modified_schober_cm": schober,
            "intermalleolar_cm": malleoli, "cervical_rotation_deg": [c_l, c_r]}


def seed_history(workspace: Workspace, patient_id: int) -> None:
    service = workspace.assessments
    for day, basdai, pg, crp, basfi, basmi in EARLIER:
        data = {"basdai": basdai, "patient_global": pg, "crp_mg_l": crp, "crp_date": day.isoformat(),
                "basfi": basfi, "basmi": _basmi(basmi), "back_pain_3_months": True, "ibp": IBP_YES,
                "red_flags": ["immunosuppressed"], "red_flags_screened": True,
                "conditions": ["spinal-fusion"], "goals": ["Walk the dog for 30 minutes", "", "", "", ""],
                "history": {"age_at_onset": 23, "symptom_duration_years": 11, "diagnosis": "as",
                            "medication": "Naproxen 500 mg twice a day; adalimumab 40 mg every 2 weeks",
                            "family_history": "Father has AS", "work": "Bus driver, 4 days a week"}}
        record = service.save_draft(AssessmentRecord(patient_id=patient_id, assessed_on=day), data)
        service.sign(record)


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.setText(text)   # type: ignore[attr-defined]


def fill_today(window: MainWindow) -> None:
    page = window.patient_workspace.assess_page
    page.start_reassessment()
    history = page.history
    type_text(history.texts["pain_pattern"], "Low back and both buttocks; worst on waking and after sitting")
    type_text(history.stiffness_minutes.edit, "45")
    history.choices["night_pain"].setCurrentIndex(2)
    history.choices["exercise_response"].setCurrentIndex(1)
    history.choices["rest_response"].setCurrentIndex(3)
    type_text(history.fatigue.edit, "5")
    history.choices["sleep"].setCurrentIndex(2)
    screening = page.screening
    screening.flag_boxes["immunosuppressed"].setChecked(True)
    screening.screened.setChecked(True)
    measures = page.measures
    for field, answer in zip(measures.basdai_fields, ("4", "3", "1", "2", "4", "3.5"), strict=True):
        type_text(field.edit, answer)
    type_text(measures.patient_global.edit, "3")
    for field, answer in zip(measures.basfi_fields, ["3", "2", "2", "3", "4", "2", "3", "4", "4", "3"], strict=True):
        type_text(field.edit, answer)
    for field, answer in zip(measures.bas_g_fields, ("3", "4"), strict=True):
        type_text(field.edit, answer)
    for key, values in {"tragus_to_wall_cm": ("15.5", "16"), "lumbar_side_flexion_cm": ("11.5", "10.5"),
                        "modified_schober_cm": ("3.4",), "intermalleolar_cm": ("95",),
                        "cervical_rotation_deg": ("58", "56")}.items():
        for field, value in zip(measures.basmi.fields[key], values, strict=True):
            type_text(field.edit, value)
    type_text(measures.chest.edit, "3.5")
    type_text(measures.crp.edit, "4.2")
    type_text(measures.crp_date.edit, "18/11/2026")
    body = page.body
    for row in range(body.sites.count()):
        item = body.sites.item(row)
        if item.data(SITE_ROLE) in ("achilles_right", "plantar_fascia_right", "psis_left",
                                    "dactylitis_second_toe_right"):
            item.setCheckState(Qt.CheckState.Checked)
    conditions = page.conditions
    conditions.condition_boxes["enthesitis-achilles"].setChecked(True)
    type_text(conditions.goal_edits[1], "Drive to see my grandchildren without a stiff neck")
    type_text(conditions.goal_edits[2], "Get back to swimming twice a week")


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / name
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder) / "data")
        window = MainWindow(workspace, window_settings(workspace))
        window.resize(1440, 960)
        window.show()
        patient = workspace.patients.add("Marguerite Okonkwo-Hale")
        seed_history(workspace, patient.id)
        window.patient_list.refresh()
        window.patient_list.select_patient(patient.id)
        fill_today(window)
        page = window.patient_workspace.assess_page
        page.go_to(page.history)
        save(window, args.out, "assessment-overview.png")
        for section, name in ((page.history, "history"), (page.screening, "screening"),
                              (page.measures, "measures"), (page.body, "body-chart"),
                              (page.conditions, "conditions-goals")):
            save(section, args.out, f"assessment-{name}.png")
        page.screening.flag_boxes["bladder_bowel_change"].setChecked(True)
        page.go_to(page.screening)
        save(window, args.out, "assessment-red-flag.png")
        page.screening.flag_boxes["bladder_bowel_change"].setChecked(False)
        page.sign_off()
        window.patient_workspace.steps.setCurrentWidget(window.patient_workspace.history_page)
        save(window, args.out, "history-chart.png")
        window.close()
        workspace.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

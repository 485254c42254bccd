"""Scale: 10,000 patients and 50,000 assessments; patient search per keystroke and opening a patient.

Generates the data with fast bulk inserts into a real store (same schema, same folded search column),
then times, through the real code paths:
  - PatientService.search for each prefix of a typed name (what the list does on every keystroke);
  - the patient list widget (service + Qt table model, sorted by last change) for the same keystrokes;
  - opening a patient: the service calls MainWindow's selection makes, and the GUI's show_patient path;
  - a rolling backup, exporting one patient, and erasing one (with the rolling backups cleaned too).
Prints medians; never asserts a time. Usage: python tests/benchmarks/scale.py [--patients N] [--assessments M]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")   # offscreen 'propagateSizeHints' noise

from planner import paths  # noqa: E402
from planner.storage.patients import fold_for_search  # noqa: E402
from planner.storage.store import Store  # noqa: E402

FIRST = ("Ana", "Zoë", "Łukasz", "Siobhán", "Mohammed", "Priya", "José", "Chloé", "Björn", "Aoife", "Tomasz",
         "Grace", "Olusegun", "Mei", "Dmitri", "Fatima", "Oliver", "Amelia", "Jack", "Isla", "Noah", "Ava",
         "Leo", "Freya", "Arjun", "Sofía", "Kwame", "Yuki", "Ewan", "Niamh")
LAST = ("Ñúñez-O'Brien", "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas",
        "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green",
        "Kowalski", "Müller", "Nguyen", "Okafor", "Patel", "Khan", "García", "Rossi", "Novák", "MacLeod",
        "Fitzgerald", "Chowdhury", "Lindqvist", "Dubois", "Papadopoulos", "Ó Súilleabháin")
TYPED_NAME = "Fitzgerald"   # typed letter by letter, as a therapist would


def _stamp(day: date) -> str:
    return datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC).isoformat(timespec="seconds")


def generate(store: Store, patients: int, assessments: int, seed: int = 7) -> None:
    """Bulk-insert realistic rows (one transaction per table) through the store's own connection."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    conn = store.db.conn
    patient_rows = []
    for number in range(1, patients + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        hospital = f"H{number:07d}"
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        changed = _stamp(start + timedelta(days=rng.randrange(0, 4000)))
        patient_rows.append((number, name, born.isoformat(), hospital, "01632 960 000", "",
                             fold_for_search(f"{name} {hospital}"), changed, changed))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO patients (id, name, date_of_birth, hospital_number, contact, notes, search_text,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", patient_rows)
    conn.execute("COMMIT")
    assessment_rows = []
    for _ in range(assessments):
        patient = rng.randrange(1, patients + 1)
        day = start + timedelta(days=rng.randrange(0, 4000))
        basdai = [round(rng.uniform(0, 10), 1) for _ in range(6)]
        data = {"schema": "planner.assessment/1", "basdai": basdai, "patient_global": rng.randrange(0, 11),
                "crp_mg_l": round(rng.uniform(0, 40), 1), "goals": ["Walk the dog for 30 minutes"]}
        score = (sum(basdai[:4]) + (basdai[4] + basdai[5]) / 2) / 5
        assessment_rows.append((patient, day.isoformat(), "signed", json.dumps(data), score, _stamp(day),
                                _stamp(day), _stamp(day)))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO assessments (patient_id, assessed_on, status, data, basdai, created_at, updated_at,"
        " signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", assessment_rows)
    conn.execute("COMMIT")


def _median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:6.1f} ms, max {max(samples) * 1000:6.1f} ms"


def _timed(action: Callable[[], object]) -> float:
    begin = time.perf_counter()
    action()
    return time.perf_counter() - begin


def _keystrokes(action: Callable[[str], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for length in range(1, len(TYPED_NAME) + 1):
            samples.append(_timed(lambda n=length: action(TYPED_NAME[:n])))
        for length in range(len(TYPED_NAME) - 1, -1, -1):   # and deleting it again, down to the full list
            samples.append(_timed(lambda n=length: action(TYPED_NAME[:n])))
    return samples


def measure(data_dir: Path, rounds: int) -> None:
    from PySide6.QtCore import QSettings, Qt

    from planner.services.workspace import Workspace
    from planner.ui.app import application
    from planner.ui.main_window import MainWindow

    app = application()
    workspace = Workspace(data_dir)
    print(f"store: {workspace.patients_count()} patients, "
          f"{workspace.store.db.execute('SELECT count(*) FROM assessments').fetchone()[0]} assessments, "
          f"{paths.database_path(data_dir).stat().st_size / 1e6:.1f} MB")
    service = _keystrokes(workspace.patients.search, rounds)
    print(f"search per keystroke, PatientService.search:        {_median_ms(service)}")
    window = MainWindow(workspace, QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    search_edit = window.patient_list.search_edit

    def type_into_list(text: str) -> None:
        search_edit.setText(text)
        app.processEvents()

    widget = _keystrokes(type_into_list, rounds)
    print(f"search per keystroke, patient list widget:          {_median_ms(widget)}")
    rng = random.Random(11)
    ids = [rng.randrange(1, workspace.patients_count() + 1) for _ in range(30)]

    def open_by_service(patient_id: int) -> None:
        workspace.patients.get(patient_id)
        workspace.assessments.open_draft(patient_id)
        workspace.plans.latest(patient_id)
        workspace.assessments.history(patient_id)
        workspace.plans.history(patient_id)

    window.patient_workspace.show_patient(workspace.patients.get(ids[0]))   # build the step pages once
    service_open = [_timed(lambda i=i: open_by_service(i)) for i in ids]
    print(f"open a patient, service calls:                      {_median_ms(service_open)}")

    def open_in_window(patient_id: int) -> None:
        window._patient_selected(patient_id)
        app.processEvents()

    window_open = [_timed(lambda i=i: open_in_window(i)) for i in ids]
    print(f"open a patient, main window (show_patient):         {_median_ms(window_open)}")
    backup = [_timed(workspace.backups.rolling_backup) for _ in range(3)]
    print(f"rolling backup (backup API + quick check):          {_median_ms(backup)}")
    export_to = data_dir / "export.json"
    exports = [_timed(lambda i=i: workspace.privacy.export_patient(i, export_to)) for i in ids[:10]]
    print(f"export one patient to JSON:                         {_median_ms(exports)}")
    erasures = [_timed(lambda i=i: workspace.privacy.erase_patient(i)) for i in ids[-3:]]
    print(f"erase one patient (store, WAL, 3 rolling backups):  {_median_ms(erasures)}")
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # free it while Qt is alive, not at exit
    window.close()
    app.processEvents()
    workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--assessments", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3, help="times the name is typed and deleted")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        store = Store(paths.database_path(data_dir))
        took = _timed(lambda: generate(store, args.patients, args.assessments))
        store.close()
        print(f"generated {args.patients} patients and {args.assessments} assessments in {took:.1f} s")
        measure(data_dir, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Crash safety: a process killed (SIGKILL) in the middle of saving, many times over, loses no saved work.

A child process saves and signs assessments, saves plan versions, and writes the patient's export
JSON and plan PDF, printing each save once the call has returned (acknowledged). The parent kills it
at a random moment, 30 times on the same data folder, then checks that SQLite's integrity check
passes, every acknowledged save is there whole, and the files are either absent or complete.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
ITEMS_PER_PLAN = 3

CHILD = """
import sys
from datetime import date
from pathlib import Path
from planner.core.dosage import Dosage
from planner.core.plan import Plan, PlanItem
from planner.services.workspace import Workspace

data_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
workspace = Workspace(data_dir)
found = workspace.patients.search()
patient = workspace.patients.get(found[0].id) if found else workspace.patients.add("Ana Ñúñez-O'Brien")
services = (workspace.assessments, workspace.plans, workspace.privacy)   # loaded on first use: load them now,
workspace.store.assessments, workspace.store.plans                       # so the kills land among the saves
print("ready", flush=True)
items = tuple(PlanItem(e, Dosage(sets=2, reps=10)) for e in ("bridge", "cat-camel", "walking"))
n = 0
while True:
    n += 1
    draft = workspace.assessments.save_draft(workspace.assessments.open_draft(patient.id, date(2026, 11, 2)),
                                             {"basdai": [n % 11, 5, 6, 3, 2, 4], "red_flags_screened": True})
    signed = workspace.assessments.sign(draft)
    print(f"assessment {signed.id}", flush=True)
    plan = workspace.plans.save(Plan(patient.id, date(2026, 11, 2), items, notes=f"save {n}"))
    print(f"plan {plan.id}", flush=True)
    workspace.privacy.export_patient(patient.id, out_dir / "export.json")
    if n % 5 == 0:
        workspace.plans.write_pdf(plan, out_dir / "plan.pdf")
"""


def _run_and_kill(data_dir: Path, out_dir: Path, rng: random.Random) -> list[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(out_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.01, 0.35))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == -signal.SIGKILL
    return out.splitlines()


@pytest.mark.slow
def test_killing_the_app_mid_save_loses_no_acknowledged_save(tmp_path: Path) -> None:
    data_dir, out_dir = tmp_path / "data", tmp_path / "out"
    out_dir.mkdir()
    rng = random.Random(8)
    acknowledged: dict[str, set[int]] = {"assessment": set(), "plan": set()}
    for _ in range(ROUNDS):
        for line in _run_and_kill(data_dir, out_dir, rng):
            kind, number = line.split()
            acknowledged[kind].add(int(number))
        export = out_dir / "export.json"
        if export.exists():   # whole or absent: json.loads fails on half a file
            assert json.loads(export.read_text(encoding="utf-8"))["schema"] == "planner.patient-export/1"
        pdf = out_dir / "plan.pdf"
        if pdf.exists():
            assert "Ana Ñúñez-O'Brien" in PdfReader(pdf).pages[0].extract_text()
    assert len(acknowledged["assessment"]) > ROUNDS   # the kills did land between and during saves

    conn = sqlite3.connect(data_dir / "planner.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    signed = {row[0] for row in conn.execute("SELECT id FROM assessments WHERE status = 'signed'")}
    assert acknowledged["assessment"] <= signed
    items = dict(conn.execute("SELECT plan_id, count(*) FROM plan_items GROUP BY plan_id").fetchall())
    assert {plan: items.get(plan) for plan in acknowledged["plan"]} == dict.fromkeys(acknowledged["plan"],
                                                                                      ITEMS_PER_PLAN)
    assert set(items.values()) == {ITEMS_PER_PLAN}   # no plan was ever saved with only some of its items
    conn.close()
    store = Store(data_dir / "planner.sqlite3")   # and the app opens it as usual
    assert store.patients.count() == 1
    store.close()

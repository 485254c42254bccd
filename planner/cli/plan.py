"""`planner plan export|import`: a patient's plan to and from the portable plan JSON (`planner.plan/1`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("plan", help="export or import a patient's plan as portable JSON")
    commands = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    export = commands.add_parser("export", help="write a plan version as a planner.plan/1 file")
    export.add_argument("patient", type=int, metavar="PATIENT_ID", help="the patient's number in the store")
    export.add_argument("--version", type=int, help="plan version (default: the latest)")
    export.add_argument("--out", required=True, metavar="FILE", help="where to write the JSON")
    export.set_defaults(run=run_export)
    imported = commands.add_parser("import", help="save a planner.plan/1 file as the patient's next plan version")
    imported.add_argument("file", metavar="FILE", help="plan JSON file")
    imported.add_argument("--patient", type=int, required=True, metavar="PATIENT_ID",
                          help="the patient's number in the store")
    imported.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        plan = workspace.plans.version(args.patient, args.version)
        out = workspace.plans.export_json(plan, Path(args.out))
    finally:
        workspace.close()
    sys.stdout.write(f"{out}\n")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        patient = workspace.patients.get(args.patient)
        # An exercise with a caution for the patient's conditions needs its recorded reason in the file.
        found = workspace.suggestions.for_patient(patient.id)
        conditions = found.suggestions.conditions if found else frozenset()
        plan = workspace.plans.import_json(Path(args.file), patient.id, conditions)
    finally:
        workspace.close()
    sys.stdout.write(f"Saved as plan version {plan.version} for {patient.name}\n")
    return 0

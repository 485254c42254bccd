"""`planner export-patient ID --out FILE` and `planner erase-patient ID --yes`: a patient's data rights."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.core.errors import PlannerError


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export-patient", help="write all of one patient's data as JSON (subject access request)",
        description="Write every stored row about the patient (planner.patient-export/1 JSON), readable by "
                    "your account only.",
    )
    export.add_argument("patient_id", metavar="ID", type=int, help="the patient's number (see the app)")
    export.add_argument("--out", metavar="FILE", required=True, help="JSON file to write")
    export.set_defaults(run=run_export)
    erase = subparsers.add_parser(
        "erase-patient", help="erase one patient completely (cannot be undone)",
        description="Delete every row about the patient from the store, its search index, the rolling "
                    "backups and the printed PDFs. The audit trail keeps an entry with the number only.",
    )
    erase.add_argument("patient_id", metavar="ID", type=int, help="the patient's number (see the app)")
    erase.add_argument("--yes", action="store_true", help="confirm: erasing cannot be undone")
    erase.set_defaults(run=run_erase)


def run_export(args: argparse.Namespace) -> int:
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        out = workspace.privacy.export_patient(args.patient_id, Path(args.out))
    finally:
        workspace.close()
    sys.stdout.write(f"{out.resolve()}\n")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise PlannerError("erasing a patient cannot be undone; add --yes to confirm")
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        report = workspace.privacy.erase_patient(args.patient_id)
    finally:
        workspace.close()
    rows = ", ".join(f"{table} {count}" for table, count in report.rows.items())
    sys.stdout.write(f"patient {report.patient_id} erased: {rows}; printed PDFs {report.printed_files_deleted}; "
                     f"backups cleaned {report.backups_cleaned}\n")
    for name in report.backups_not_cleaned:
        sys.stderr.write(f"planner: the backup {name} could not be cleaned; delete it by hand\n")
    return 1 if report.backups_not_cleaned else 0

"""`planner audit [--patient ID] [--json]`: the audit trail, newest first."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from planner.cli.io import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="show the audit trail (sign-offs, prints, exports, restores...)")
    parser.add_argument("--patient", metavar="ID", type=int, help="only entries about this patient")
    parser.add_argument("--limit", type=int, default=None, help="at most this many entries")
    parser.add_argument("--json", action="store_true", help="print JSON records")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        entries = workspace.audit.entries(patient_id=args.patient, limit=args.limit)
    finally:
        workspace.close()
    if args.json:
        print_json([asdict(entry) for entry in entries])
        return 0
    for entry in entries:
        patient = f"patient {entry.patient_id}" if entry.patient_id is not None else "-"
        sys.stdout.write(f"{entry.at}  {entry.action:<11} {patient:<12} {entry.therapist}: {entry.detail}\n")
    return 0

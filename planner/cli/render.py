"""`planner render PLAN.json --out FILE.pdf`: a portable plan file printed as the patient's PDF, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("render", help="print a plan file (planner.plan/1 JSON) as a PDF")
    parser.add_argument("plan", metavar="PLAN.json", help="the plan file to print")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF to write")
    parser.add_argument("--large-print", action="store_true", default=None,
                        help="16 pt text and bigger pictures (default: as the plan file says)")
    parser.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: as the plan file says)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.printing import render_plan_file

    result = render_plan_file(Path(args.plan), Path(args.out), large_print=args.large_print, paper=args.paper)
    for warning in result.warnings:
        sys.stderr.write(f"planner: {warning}\n")
    sys.stdout.write(f"{result.path.resolve()}\n")
    return 0

"""`planner demo`: write the built-in demo patient's plan as a PDF, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="write the demo patient's plan PDF (no window needed)")
    parser.add_argument("--out", default="planner-demo-plan.pdf", help="PDF to write (default: %(default)s)")
    parser.add_argument("--large-print", action="store_true", help="16 pt text and bigger pictures")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.demo import write_demo_plan

    result = write_demo_plan(Path(args.out), large_print=args.large_print, paper=args.paper)
    for warning in result.warnings:
        sys.stderr.write(f"planner: {warning}\n")
    sys.stdout.write(f"{result.path.resolve()}\n")
    return 0

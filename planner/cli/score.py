"""`planner score FILE|-`: read an assessment JSON and print its scores as JSON."""

from __future__ import annotations

import argparse

from planner.cli.io import print_json, read_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "score", help="score an assessment JSON (BASDAI, BASFI, BASMI, ASDAS, IBP, red flags)",
        description="Read a planner.assessment/1 JSON file and print the unrounded scores as JSON.",
    )
    parser.add_argument("file", metavar="FILE", help="assessment JSON file, or - for standard input")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.scoring import score_document

    print_json(score_document(read_json(args.file)))
    return 0

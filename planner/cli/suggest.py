"""`planner suggest FILE|-`: read an assessment JSON and print suggested and excluded exercises as JSON."""

from __future__ import annotations

import argparse

from planner.cli.io import print_json, read_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest", help="suggest exercises for an assessment JSON, with reasons and exclusions",
        description="Read a planner.assessment/1 JSON file and print the suggested exercises (id, reason, "
                    "dosage) and the excluded ones (id, reason) as JSON.",
    )
    parser.add_argument("file", metavar="FILE", help="assessment JSON file, or - for standard input")
    parser.add_argument("--newly-diagnosed", action="store_true",
                        help="the patient was diagnosed recently (rule R15: levels 1-2, specialist review)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.library import shipped_library
    from planner.services.suggest import suggest_document

    print_json(suggest_document(read_json(args.file), shipped_library(), newly_diagnosed=args.newly_diagnosed))
    return 0

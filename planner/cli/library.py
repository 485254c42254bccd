"""`planner library check|list`: validate the exercise files, or list exercises as text or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.io import print_json
from planner.core.vocab import CATEGORIES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("library", help="check or list the exercise library")
    commands = parser.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="validate every exercise file; one line per problem")
    check.add_argument("directory", nargs="?", help="folder of exercise files (default: the shipped library)")
    check.set_defaults(run=run_check)
    listing = commands.add_parser("list", help="list exercises")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.add_argument("--search", metavar="TEXT", help="only exercises matching TEXT, best first")
    listing.add_argument("--category", choices=CATEGORIES, help="only this category")
    listing.set_defaults(run=run_list)


def run_check(args: argparse.Namespace) -> int:
    from planner.services.library import check_library

    report = check_library(Path(args.directory) if args.directory else None)
    for problem in report.problems:
        sys.stdout.write(f"{problem}\n")
    count = len(report.problems)
    sys.stdout.write(f"{report.files} exercises, {count} problem{'' if count == 1 else 's'}\n")
    return 1 if count else 0


def run_list(args: argparse.Namespace) -> int:
    from planner.services.library import exercise_record, list_exercises

    exercises = list_exercises(search=args.search, category=args.category)
    if args.json:
        print_json([exercise_record(e) for e in exercises])
    else:
        for exercise in exercises:
            sys.stdout.write(f"{exercise.id}\t{exercise.name}\t{exercise.category}\tlevel {exercise.level}\n")
    return 0

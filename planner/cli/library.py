"""`planner library check|list|export|import`: validate the files, list exercises, share the clinic's own."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.io import print_json
from planner.core.vocab import CATEGORIES

if TYPE_CHECKING:
    from planner.library.loader import Library
    from planner.services.library import LibraryService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("library", help="check, list or share exercises")
    commands = parser.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="validate every exercise file; one line per problem")
    check.add_argument("directory", nargs="?", help="folder of exercise files (default: the shipped library)")
    check.set_defaults(run=run_check)
    listing = commands.add_parser("list", help="list exercises (the clinic's own too, when it has a store)")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.add_argument("--search", metavar="TEXT", help="only exercises matching TEXT, best first")
    listing.add_argument("--category", choices=CATEGORIES, help="only this category")
    listing.set_defaults(run=run_list)
    export = commands.add_parser("export", help="write the clinic's own exercises to a bundle file")
    export.add_argument("--out", required=True, metavar="FILE", help="bundle file to write")
    export.add_argument("ids", nargs="*", metavar="ID", help="exercises to export (default: all of the clinic's)")
    export.set_defaults(run=run_export)
    bundle_import = commands.add_parser("import", help="add the exercises of a bundle file to the clinic's")
    bundle_import.add_argument("file", metavar="FILE", help="bundle file to read")
    bundle_import.set_defaults(run=run_import)


def run_check(args: argparse.Namespace) -> int:
    from planner.services.library import check_library

    report = check_library(Path(args.directory) if args.directory else None)
    for problem in report.problems:
        sys.stdout.write(f"{problem}\n")
    count = len(report.problems)
    sys.stdout.write(f"{report.files} exercises, {count} problem{'' if count == 1 else 's'}\n")
    return 1 if count else 0


@contextmanager
def _clinic_library(create: bool) -> Iterator[LibraryService | None]:
    """The clinic's library service over its store; None when there is no store and `create` is false."""
    from planner import paths

    data = paths.data_dir()
    if not create and not paths.database_path(data).exists():
        yield None
        return
    from planner.services.library import LibraryService
    from planner.services.workspace import Workspace

    workspace = Workspace(data)
    try:
        yield LibraryService(workspace.store)
    finally:
        workspace.close()


def run_list(args: argparse.Namespace) -> int:
    from planner.services.library import exercise_record, list_exercises, shipped_library

    with _clinic_library(create=False) as service:
        library: Library = service.library if service else shipped_library()
        exercises = list_exercises(search=args.search, category=args.category, library=library)
    if args.json:
        print_json([exercise_record(e) for e in exercises])
    else:
        for exercise in exercises:
            sys.stdout.write(f"{exercise.id}\t{exercise.name}\t{exercise.category}\tlevel {exercise.level}\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planner.core.errors import PlannerError

    with _clinic_library(create=False) as service:
        if service is None or not service.custom_exercises():
            raise PlannerError("the clinic has no exercises of its own to export")
        ids = args.ids or [e.id for e in service.custom_exercises()]
        out = Path(args.out)
        count = service.export_bundle(ids, out)
    sys.stdout.write(f"{count} exercise{'' if count == 1 else 's'} written to {out.resolve()}\n")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planner.library.bundle import REFUSED

    with _clinic_library(create=True) as service:
        assert service is not None
        outcomes = service.import_bundle(Path(args.file))
    for outcome in outcomes:
        sys.stdout.write(f"{outcome.status}: {outcome.label}\n")
        for reason in outcome.reasons:
            sys.stdout.write(f"    {reason}\n")
    counts = {status: sum(o.status == status for o in outcomes) for status in ("imported", "refused", "skipped")}
    sys.stdout.write(", ".join(f"{n} {status}" for status, n in counts.items()) + "\n")
    return 1 if any(o.status == REFUSED for o in outcomes) else 0

"""The `planner` front door: the GUI by default, headless sub-commands for everything else.

Each command lives in its own module exposing ``register(subparsers)``, which adds its parser and sets
``run=<function(args) -> int>``. Exit status: 0 done, 1 a check found problems, 2 bad input or an
unusable store (one clear line per problem on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from planner import __version__
from planner.core.errors import PlannerError, ValidationError

# Command modules, in the order `planner --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "planner.cli.gui",
    "planner.cli.demo",
    "planner.cli.render",
    "planner.cli.score",
    "planner.cli.suggest",
    "planner.cli.plan",
    "planner.cli.library",
    "planner.cli.backup",
    "planner.cli.export",
    "planner.cli.audit",
)

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line with exit status 2 (its default usage dump is noise)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"planner: {message} (see 'planner --help')\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description="Exercise planner for axial spondyloarthritis.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument("--data-dir", help="folder of the clinic's database (env PLANNER_DATA_DIR)")
    parser.add_argument("--exercises-dir", help="folder of exercise files (env PLANNER_EXERCISES_DIR)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Global options become the environment so every layer (and a GUI started from here) sees them.
    if args.data_dir:
        os.environ["PLANNER_DATA_DIR"] = args.data_dir
    if args.exercises_dir:
        os.environ["PLANNER_EXERCISES_DIR"] = args.exercises_dir
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        return int(args.run(args))
    except ValidationError as error:
        for problem in error.problems:
            sys.stderr.write(f"{problem}\n")
        return EXIT_BAD_INPUT
    except PlannerError as error:
        sys.stderr.write(f"planner: {error}\n")
        return EXIT_BAD_INPUT
    except sqlite3.DatabaseError as error:   # a damaged page met after the store opened
        sys.stderr.write(f"planner: the database could not be read ({error}); restore a backup with "
                         "'planner restore FILE'\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130

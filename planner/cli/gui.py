"""`planner gui` (the default): open the main window."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the app window (the default)")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="show the main window on the real store, then quit with 0 (install check, timing)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so headless commands never load it.
    from planner.ui.app import run_gui

    return run_gui(quit_after_start=args.quit_after_start)

"""`planner backup [--out FILE]` and `planner restore FILE`: copies of the store, and checked restores."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="copy all the clinic's data to a file (safe while the app is open)",
        description="Write a consistent, checked copy of the store. Without --out, add a rolling backup to "
                    "the backups folder (the newest N are kept; N is the 'backup_keep' setting, default 10).",
    )
    backup.add_argument("--out", metavar="FILE", help="file to write (default: a new rolling backup)")
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore", help="replace the clinic's data with a backup (checked first; current data kept)",
        description="Check FILE (integrity, Planner's tables, a schema this version knows), keep the current "
                    "data in the backups folder, then put FILE in its place. Refused while Planner is open.",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by Planner")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from planner.services.workspace import Workspace

    workspace = Workspace()
    try:
        out = workspace.backups.back_up_to(Path(args.out)) if args.out else workspace.backups.rolling_backup()
    finally:
        workspace.close()
    sys.stdout.write(f"{out.resolve()}\n")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from planner import paths
    from planner.services.backup import restore_into

    restored = restore_into(paths.data_dir(), Path(args.file))
    kept = f"; the previous data is kept in {restored.kept}" if restored.kept else ""
    sys.stdout.write(f"restored {restored.source}{kept}\n")
    return 0

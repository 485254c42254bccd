"""Reading JSON files with errors a person can act on, and writing files so that a crash, a full disk or
a second writer never leaves half a file behind."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from planner.core.errors import PlannerError


def parse_json_text(text: str, name: str) -> object:
    """JSON from `text`; bad JSON is reported with where it was read from and its line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise PlannerError(f"{name}:{error.lineno}: not valid JSON ({error.msg})") from None


def read_json_file(path: Path) -> object:
    """JSON from a file; a missing, unreadable or malformed file is one clear PlannerError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlannerError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PlannerError(f"{path}: cannot be read ({error.__class__.__name__})") from None
    return parse_json_text(text, str(path))


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to a temp file beside `path`, flush it to disk, then rename it over `path`."""
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PlannerError(f"cannot write to {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise PlannerError(f"cannot write {path}: {error.strerror or error}; nothing was changed") from None

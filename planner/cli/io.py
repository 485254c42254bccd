"""Reading command input: a JSON file or standard input, with errors a person can act on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.core.errors import PlannerError


def read_json(source: str) -> object:
    """Parse JSON from a file path, or from stdin when `source` is '-'."""
    if source == "-":
        text, name = sys.stdin.read(), "standard input"
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PlannerError(f"{source}: no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise PlannerError(f"{source}: cannot be read ({error.__class__.__name__})") from None
        name = source
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise PlannerError(f"{name}:{error.lineno}: not valid JSON ({error.msg})") from None


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")

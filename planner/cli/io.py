"""Reading command input: a JSON file or standard input, with errors a person can act on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.files import parse_json_text, read_json_file


def read_json(source: str) -> object:
    """Parse JSON from a file path, or from stdin when `source` is '-'."""
    if source == "-":
        return parse_json_text(sys.stdin.read(), "standard input")
    return read_json_file(Path(source))


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")

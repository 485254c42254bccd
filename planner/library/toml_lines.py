"""Line numbers for TOML keys, so a problem can say `file:line` (tomllib keeps no positions)."""

from __future__ import annotations

import re

_TABLE = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
_DECODE_LINE = re.compile(r"line (\d+)")


def key_lines(text: str) -> dict[str, int]:
    """Map key paths ('name', 'dosage.reps', 'items[2].exercise') to their first line (1-based)."""
    lines: dict[str, int] = {}
    arrays: dict[str, int] = {}   # array-of-tables name -> index of the entry being read
    table = ""
    depth = 0                      # inside a multi-line array or inline table
    for number, raw in enumerate(text.splitlines(), start=1):
        if depth == 0:
            header = _TABLE.match(raw)
            if header:
                name = header.group(2).replace('"', "").replace("'", "").replace(" ", "")
                head, _, rest = name.partition(".")
                if header.group(1) == "[[":
                    arrays[name] = arrays.get(name, -1) + 1
                    table = f"{name}[{arrays[name]}]"
                else:
                    table = f"{head}[{arrays[head]}].{rest}" if head in arrays and rest else name
                lines.setdefault(table, number)
                lines.setdefault(name, number)
                continue
            key = _KEY.match(raw)
            if key:
                lines.setdefault(f"{table}.{key.group(1)}" if table else key.group(1), number)
        code = _STRING.sub("", raw).split("#", 1)[0]
        depth = max(0, depth + code.count("[") + code.count("{") - code.count("]") - code.count("}"))
    return lines


def line_of(lines: dict[str, int], field: str) -> int | None:
    """The line of a field or of its nearest enclosing key ('instructions[2]' -> 'instructions')."""
    path = field
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def decode_error_line(message: str) -> int | None:
    match = _DECODE_LINE.search(message)
    return int(match.group(1)) if match else None

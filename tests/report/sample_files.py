"""Small real files for tests: a PNG logo written with the standard library only."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def write_png(path: Path, width: int = 40, height: int = 20) -> Path:
    """A valid RGB PNG of a dark-blue block."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
                     + chunk(b"IEND", b""))
    return path

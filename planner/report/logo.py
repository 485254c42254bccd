"""The clinic logo: checked before use, so a missing or broken file never stops a plan printing."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

# Formats reportlab can embed in a PDF (read through Pillow).
LOGO_FORMATS = "PNG, JPEG or GIF"


def logo_problem(path: str) -> str | None:
    """Why the logo at `path` cannot be printed, in a sentence; None when it can (or none is set)."""
    if not path:
        return None
    file = Path(path).expanduser()
    if not file.is_file():
        return f"The clinic logo {path} was not found."
    try:
        width, height = ImageReader(str(file)).getSize()
    except Exception:   # reportlab and Pillow raise many kinds of error for a file that is not a picture
        return f"The clinic logo {path} is not a picture file ({LOGO_FORMATS})."
    if width <= 0 or height <= 0:
        return f"The clinic logo {path} is an empty picture."
    return None


def logo_flowable(path: str, max_width: float, max_height: float) -> Image:
    """The logo scaled to fit the box, keeping its shape; call logo_problem() first."""
    file = str(Path(path).expanduser())
    width, height = ImageReader(file).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(file, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image

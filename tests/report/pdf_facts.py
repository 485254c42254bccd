"""What a test can read back from a PDF: its text per page, the sizes text is drawn at, page sizes, fonts."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.generic import ContentStream


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces, to find sentences that wrap."""
    return " ".join(text.split())


def _as_text(value: object) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def drawn_text_sizes(data: bytes) -> dict[str, set[float]]:
    """Base font name -> every size some visible (non-blank) text is drawn at, over all pages."""
    sizes: dict[str, set[float]] = {}
    pdf = reader(data)
    for page in pdf.pages:
        fonts = {name: ref.get_object()["/BaseFont"] for name, ref in page["/Resources"]["/Font"].items()}
        font, size = "", 0.0
        for operands, operator in ContentStream(page.get_contents(), pdf).operations:
            if operator == b"Tf":
                font, size = str(fonts[operands[0]]), float(operands[1])
            elif operator in (b"Tj", b"TJ"):
                parts = operands[0] if operator == b"TJ" else [operands[0]]
                shown = "".join(_as_text(p) for p in parts if not isinstance(p, int | float))
                if shown.strip():
                    sizes.setdefault(font.split("+")[-1], set()).add(size)
    return sizes


def embedded_fonts(data: bytes) -> set[str]:
    """Names of fonts whose program is embedded in the file (TrueType /FontFile2)."""
    found = set()
    for page in reader(data).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found.add(str(font["/BaseFont"]).split("+")[-1])
    return found

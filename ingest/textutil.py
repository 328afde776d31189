"""Text clean-up shared by the readers, and assembly of segments into one Document text.

``Document.text`` is exactly ``SEPARATOR.join(seg.text for seg in segments)`` and every
segment's ``start``/``end`` index into it; ``assemble`` is the only place that builds it.
Clean-up is applied per segment *before* assembly, so offsets always refer to the cleaned text
that quotes are taken from. Line-break hyphenation ("organi-\\nsatie") is kept as extracted;
``ingest.matching`` finds quotes across it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ingest.models import Segment

SEPARATOR = "\n\n"

_TRANSLATE: dict[int, str | None] = {
    0x00A0: " ",  # no-break space
    0x2007: " ",
    0x202F: " ",
    0x2028: "\n",  # line separator
    0x2029: "\n\n",  # paragraph separator
    0x00AD: None,  # soft hyphen
    0x200B: None,  # zero-width space
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,  # BOM / zero-width no-break space
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}
for _cp in range(0x2000, 0x200B):
    _TRANSLATE.setdefault(_cp, " ")
for _cp in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    if chr(_cp) not in "\n\t":
        _TRANSLATE.setdefault(_cp, None)
_TRANSLATE[0x0D] = "\n"  # lone CR (CRLF handled first)
_TRANSLATE[0x0C] = "\n\n"  # form feed inside a segment: a paragraph break

_MANY_NEWLINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_WS = re.compile(r"[ \t]+\n")


def clean_text(text: str) -> str:
    """Normalise one segment: newlines, odd spaces, ligatures, control characters, NFC,
    trailing spaces per line, at most one blank line in a row, no blank edges."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _TRAILING_WS.sub("\n", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def assemble(pieces: Iterable[tuple[str, int | None]], *, clean: bool = True) -> tuple[str, list[Segment]]:
    """Join (text, page) pieces into the document text and its segments; empty pieces are dropped."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for raw, page in pieces:
        text = clean_text(raw) if clean else raw
        if not text:
            continue
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        parts.append(text)
        segments.append(Segment(text=text, page=page, start=pos, end=pos + len(text)))
        pos += len(text)
    return "".join(parts), segments


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split cleaned text into paragraphs on blank lines."""
    return [p for p in _BLANK_LINE.split(text) if p.strip()]

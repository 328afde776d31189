"""Split units into pieces small enough to embed, keeping the unit id on every piece.

``chunk_id = f"{unit.id}|{lang}|{text_version}#{seq}"``. A unit whose text fits gives one chunk
(seq 0). Longer texts are cut at sentence ends (else at whitespace) with about ``overlap``
characters repeated between neighbours. Every chunk's text starts with a header line (the unit
title; for guidance also its nearest section heading), which helps retrieval. ``max_chars``
bounds the whole chunk text, header included (the body gets at least half of it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpus.models import Unit, UnitChunk

_SENTENCE_END = re.compile(r"(?<=[.;:!?])[\"'’”)]*\s+|\n+")
_SPACE = re.compile(r"\s+")


def chunk_header(unit: Unit) -> str:
    header = unit.title
    if unit.kind in ("guideline", "guidance") and unit.heading_path:
        last = unit.heading_path[-1]
        if last and last not in header:
            header = f"{header} — {last}"
    return header


def _cut_point(text: str, start: int, limit: int) -> int:
    """End of the chunk starting at ``start``: last sentence end in the second half, else space."""
    if limit >= len(text):
        return len(text)
    lo = start + (limit - start) // 2
    best = -1
    for m in _SENTENCE_END.finditer(text, lo, limit + 1):
        best = m.end()
    if best > lo:
        return best
    ws = text.rfind(" ", lo, limit)
    if ws > start:
        return ws + 1
    return limit


def _next_start(text: str, end: int, overlap: int, prev_start: int) -> int:
    """Start of the next chunk: a sentence (else word) start within ``overlap`` before ``end``."""
    if overlap <= 0:
        return end
    lo = max(end - overlap, prev_start + 1)
    for m in _SENTENCE_END.finditer(text, lo, end):
        if m.end() < end:
            return m.end()
    ws = text.find(" ", lo, end)
    return ws + 1 if 0 <= ws < end - 1 else end


def split_text(text: str, max_chars: int = 1200, overlap: int = 200) -> list[str]:
    """Split ``text`` into pieces of at most ``max_chars`` characters on natural boundaries."""
    text = text.strip()
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    overlap = max(0, min(overlap, max_chars // 2))
    if len(text) <= max_chars:
        return [text] if text else []
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = _cut_point(text, start, start + max_chars)
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        if end >= len(text):
            break
        nxt = _next_start(text, end, overlap, start)
        start = nxt if nxt > start else end
    return pieces


def chunk_units(units: Iterable[Unit], max_chars: int = 1200, overlap: int = 200) -> list[UnitChunk]:
    chunks: list[UnitChunk] = []
    for unit in units:
        header = chunk_header(unit)
        budget = max(max_chars - len(header) - 1, max_chars // 2)
        for seq, piece in enumerate(split_text(unit.text, budget, min(overlap, budget // 2))):
            chunks.append(
                UnitChunk(
                    chunk_id=f"{unit.id}|{unit.lang}|{unit.text_version}#{seq}",
                    unit_id=unit.id,
                    lang=unit.lang,
                    kind=unit.kind,
                    binding=unit.binding,
                    text_version=unit.text_version,
                    title=unit.title,
                    text=f"{header}\n{piece}",
                    seq=seq,
                )
            )
    return chunks

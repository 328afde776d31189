"""Windows of a Document for retrieval and fact extraction, cut at sentence/paragraph boundaries.

Sentences (see ``ingest.sentences``) are packed greedily into chunks of at most ``max_chars``
characters. When the window is full, the chunk ends at the last paragraph/segment boundary if that
keeps it at least half full, otherwise at the last whole sentence. The next chunk starts with the
trailing sentences of the previous one that fit in ``overlap`` characters. A single sentence longer
than ``max_chars`` is cut at line breaks, semicolons, commas or spaces.

Each chunk's ``text`` is exactly ``doc.text[chunk.start:chunk.end]``; ``page`` is the page where
the chunk starts. Chunk ids are stable: the document hash prefix and a running number.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.models import DocChunk, Document
from ingest.sentences import _cap_length, _segment_spans
from ingest.textutil import SEPARATOR


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    page: int | None
    para_start: bool  # first sentence of a segment or after a blank line


def _units(doc: Document, max_chars: int) -> list[_Unit]:
    text = doc.text
    units: list[_Unit] = []
    for seg in doc.segments:
        first = True
        prev_end = seg.start
        for s, e in _segment_spans(text, seg.start, seg.end):
            for s2, e2 in _cap_length(text, s, e, limit=max_chars):
                para = first or (SEPARATOR in text[prev_end:s2])
                units.append(_Unit(s2, e2, seg.page, para))
                first = False
                prev_end = e2
    return units


def chunk_document(doc: Document, max_chars: int = 1500, overlap: int = 200) -> list[DocChunk]:
    """Cut ``doc`` into overlapping chunks of at most ``max_chars`` characters."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    if overlap < 0 or overlap >= max_chars:
        raise ValueError("overlap must be >= 0 and smaller than max_chars")
    if not doc.segments and doc.text:
        from ingest.models import Segment

        doc = doc.model_copy(update={"segments": [Segment(text=doc.text, start=0, end=len(doc.text))]})
    units = _units(doc, max_chars)
    n = len(units)
    prefix = (doc.sha256 or "doc")[:12]
    chunks: list[DocChunk] = []
    i = 0
    while i < n:
        start = units[i].start
        j = i
        last_para = None
        while j + 1 < n and units[j + 1].end - start <= max_chars:
            j += 1
            if units[j].para_start:
                last_para = j
        if j + 1 < n and last_para is not None and units[last_para - 1].end - start >= max_chars // 2:
            j = last_para - 1
        end = units[j].end
        chunks.append(
            DocChunk(
                chunk_id=f"{prefix}-c{len(chunks):04d}",
                text=doc.text[start:end],
                start=start,
                end=end,
                page=units[i].page,
            )
        )
        if j + 1 >= n:
            break
        k = j + 1
        if overlap > 0:
            while k - 1 > i and units[j].end - units[k - 1].start <= overlap:
                k -= 1
            # the next chunk must have room for at least the next new sentence
            while k <= j and units[j + 1].end - units[k].start > max_chars:
                k += 1
        i = k
    return chunks

"""Chunking: size limits, sentence boundaries, overlap, offsets, pages."""

from __future__ import annotations

import pytest

from ingest import ingest_text
from ingest.chunking import chunk_document
from ingest.models import DocChunk, Document
from ingest.sentences import split_sentences
from ingest.textutil import assemble

SENTENCES_NL = [
    "De gemeente gebruikt een algoritme om aanvragen voor bijstand te beoordelen.",
    "Het systeem analyseert gegevens van burgers, bijv. inkomen en woonsituatie.",
    "Medewerkers van de afdeling controleren de uitkomst voordat er een besluit wordt genomen.",
    "De leverancier traint het model op historische gegevens van de afgelopen vijf jaar.",
    "Er wordt geen gebruik gemaakt van biometrische gegevens of camerabeelden.",
]


def long_doc(paragraphs: int = 30) -> Document:
    paras = []
    for i in range(paragraphs):
        paras.append(f"Paragraaf {i}. " + " ".join(SENTENCES_NL[(i + k) % 5] for k in range(4)))
    return ingest_text("\n\n".join(paras), name="lang.txt")


def test_chunks_are_exact_bounded_and_cover_the_document():
    doc = long_doc()
    chunks = chunk_document(doc, max_chars=800, overlap=150)
    assert len(chunks) > 3
    assert all(isinstance(c, DocChunk) for c in chunks)
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert len(c.text) <= 800
    # every sentence is inside some chunk
    for q in split_sentences(doc):
        assert any(c.start <= q.start and q.end <= c.end for c in chunks), q.text
    assert chunks[0].start == 0
    assert chunks[-1].end == len(doc.text)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert all(c.chunk_id.startswith(doc.sha256[:12]) for c in chunks)


def test_chunks_start_and_end_on_sentence_boundaries():
    doc = long_doc()
    qs = split_sentences(doc)
    starts = {q.start for q in qs}
    ends = {q.end for q in qs}
    for c in chunk_document(doc, max_chars=600, overlap=100):
        assert c.start in starts and c.end in ends


def test_overlap_repeats_trailing_sentences():
    doc = long_doc()
    chunks = chunk_document(doc, max_chars=700, overlap=200)
    overlapping = sum(1 for a, b in zip(chunks, chunks[1:], strict=False) if b.start < a.end)
    assert overlapping >= len(chunks) // 2
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start > a.start  # progress
        assert a.end - b.start <= 200 or b.start >= a.end


def test_no_overlap():
    doc = long_doc()
    chunks = chunk_document(doc, max_chars=700, overlap=0)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start >= a.end


def test_prefers_paragraph_boundaries():
    doc = long_doc()
    seg_starts = {s.start for s in doc.segments}
    chunks = chunk_document(doc, max_chars=1500, overlap=0)
    # with ~350-char paragraphs and 1500-char windows, chunks begin at paragraph starts
    assert sum(1 for c in chunks if c.start in seg_starts) == len(chunks)


def test_pages_follow_chunk_start():
    pieces = [(f"Pagina {p}. " + " ".join(SENTENCES_NL), p) for p in (1, 2, 3)]
    text, segments = assemble(pieces)
    doc = Document(
        name="x.pdf", sha256="a" * 64, media_type="application/pdf", lang="nl", text=text, segments=segments, pages=3
    )
    chunks = chunk_document(doc, max_chars=300, overlap=50)
    for c in chunks:
        assert c.page == doc.page_at(c.start)
    assert chunks[-1].page == 3


def test_sentence_longer_than_window_is_cut():
    doc = ingest_text("Kolom " + ", ".join(f"waarde {i}" for i in range(300)) + ".")
    chunks = chunk_document(doc, max_chars=200, overlap=20)
    assert all(len(c.text) <= 200 for c in chunks)
    assert all(doc.text[c.start : c.end] == c.text for c in chunks)
    assert chunks[-1].end == len(doc.text)


def test_short_doc_is_one_chunk():
    doc = ingest_text("Het systeem herkent emoties van werknemers.")
    chunks = chunk_document(doc)
    assert len(chunks) == 1 and chunks[0].text == doc.text


@pytest.mark.parametrize("max_chars,overlap", [(0, 0), (100, 100), (100, -1)])
def test_bad_parameters(max_chars, overlap):
    with pytest.raises(ValueError):
        chunk_document(long_doc(2), max_chars=max_chars, overlap=overlap)

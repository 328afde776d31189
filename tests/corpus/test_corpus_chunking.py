"""Chunking units for embedding."""

from __future__ import annotations

from collections import Counter

from corpus.chunking import chunk_header, chunk_units, split_text
from corpus.loader import get_unit, load_units
from corpus.models import Unit


def _unit(text: str, uid: str = "art1.1") -> Unit:
    return Unit(
        id=uid,
        lang="en",
        kind="article",
        binding=True,
        title="Article 1(1) — Test",
        text=text,
        source_file="x.md",
    )


def test_short_unit_gives_one_chunk() -> None:
    (c,) = chunk_units([_unit("One short paragraph.")])
    assert c.chunk_id == "art1.1|en|oj-2024#0"
    assert c.unit_id == "art1.1" and c.seq == 0
    assert c.text == "Article 1(1) — Test\nOne short paragraph."
    assert c.binding and c.kind == "article" and c.text_version == "oj-2024"


def test_long_unit_split_on_sentences_with_overlap() -> None:
    sentences = [f"Sentence number {i} says something about the AI Act." for i in range(60)]
    text = " ".join(sentences)
    chunks = chunk_units([_unit(text)], max_chars=400, overlap=100)
    assert len(chunks) > 3
    assert [c.seq for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    header = "Article 1(1) — Test\n"
    bodies = [c.text.removeprefix(header) for c in chunks]
    assert all(c.text.startswith(header) for c in chunks)
    assert all(len(c.text) <= 400 for c in chunks)
    for b in bodies:  # whole sentences only
        assert b.startswith("Sentence number") and b.endswith(".")
    for a, b in zip(bodies, bodies[1:], strict=False):  # neighbours share at least one sentence
        assert a.split(". ")[-1].rstrip(".") in b
    # everything is covered
    assert all(s in "\n".join(bodies) for s in sentences)


def test_split_without_sentence_ends_falls_back_to_whitespace() -> None:
    text = " ".join(["word"] * 500)
    pieces = split_text(text, max_chars=300, overlap=50)
    assert all(len(p) <= 300 for p in pieces)
    assert all(not p.startswith(" ") and p.startswith("word") and p.endswith("word") for p in pieces)


def test_unbreakable_text_is_hard_cut() -> None:
    pieces = split_text("x" * 1000, max_chars=300, overlap=50)
    assert all(len(p) <= 300 for p in pieces)
    assert "".join(pieces).count("x") >= 1000


def test_guideline_header_includes_section() -> None:
    u = get_unit("gl-prohibited.165")
    assert u is not None
    assert chunk_header(u).startswith(
        "Commission Guidelines on prohibited AI practices, C(2025) 5052, paragraph (165) — "
    )


def test_all_corpus_chunks() -> None:
    units = load_units()
    chunks = chunk_units(units)
    ids = Counter(c.chunk_id for c in chunks)
    assert [k for k, n in ids.items() if n > 1] == []
    unit_keys = {(u.id, u.lang, u.text_version) for u in units}
    assert all((c.unit_id, c.lang, c.text_version) in unit_keys for c in chunks)
    assert {(c.unit_id, c.lang, c.text_version) for c in chunks} == unit_keys  # every unit is indexed
    assert all(len(c.text) <= 1200 for c in chunks)
    assert all(c.text.strip() for c in chunks)
    assert all(c.chunk_id == f"{c.unit_id}|{c.lang}|{c.text_version}#{c.seq}" for c in chunks)

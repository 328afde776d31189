"""Locating quotes across line breaks, hyphenation and typography."""

from __future__ import annotations

from ingest import ingest_text
from ingest.matching import find_quote, locate_quote
from ingest.models import Document
from ingest.textutil import assemble


def test_exact_match():
    text = "Het systeem herkent emoties van werknemers."
    assert find_quote(text, "herkent emoties") == (12, 27)


def test_line_break_and_hyphenation():
    text = "Het model wordt in de hele organi-\nsatie gebruikt om\nemoties te herkennen."
    s, e = find_quote(text, "in de hele organisatie gebruikt om emoties")
    assert text[s:e] == "in de hele organi-\nsatie gebruikt om\nemoties"


def test_typography_and_case():
    text = "De leverancier noemt het “slimme” camera’s – zonder opslag."
    s, e = find_quote(text, 'het "slimme" camera\'s - zonder')
    assert text[s:e] == "het “slimme” camera’s – zonder"
    s, e = find_quote(text, "DE LEVERANCIER")
    assert text[s:e] == "De leverancier"


def test_not_found():
    assert find_quote("Het systeem herkent emoties.", "gezichtsherkenning") is None
    assert find_quote("abc", "   ") is None


def test_locate_quote_gives_page():
    text, segments = assemble([("Eerste pagina zonder veel.", 1), ("Het systeem herkent\nemoties op het werk.", 2)])
    doc = Document(
        name="x.pdf", sha256="b" * 64, media_type="application/pdf", lang="nl", text=text, segments=segments, pages=2
    )
    q = locate_quote(doc, "herkent emoties op het werk")
    assert q is not None and q.page == 2 and doc.text[q.start : q.end] == q.text


def test_locate_in_ingested_text():
    doc = ingest_text("De gemeente gebruikt  een\nalgoritme voor de beoordeling van aanvragen.")
    q = locate_quote(doc, "gebruikt een algoritme")
    assert q is not None and q.text == "gebruikt  een\nalgoritme"

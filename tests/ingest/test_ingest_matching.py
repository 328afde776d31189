"""Locating quotes across line breaks, hyphenation and typography."""

from __future__ import annotations

from ingest import ingest_text
from ingest.matching import TextIndex, find_quote
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
    s, e = find_quote(doc.text, "herkent emoties op het werk")
    assert doc.page_at(s) == 2 and doc.text[s:e] == "herkent\nemoties op het werk"


def test_locate_in_ingested_text():
    doc = ingest_text("De gemeente gebruikt  een\nalgoritme voor de beoordeling van aanvragen.")
    s, e = find_quote(doc.text, "gebruikt een algoritme")
    assert doc.text[s:e] == "gebruikt  een\nalgoritme"


def test_accents_ellipsis_and_a_hint():
    text = "De financiële positie wordt beoordeeld. Daarna wordt de financiële positie opnieuw bekeken."
    s, e = find_quote(text, "financiele positie wordt … bekeken")
    assert text[s:e].startswith("financiële positie wordt beoordeeld") and text[s:e].endswith("bekeken")
    second = text.rindex("financiële positie")
    assert find_quote(text, "financiële positie", hint=second) == (second, second + len("financiële positie"))


def test_short_quotes_do_not_match_inside_words():
    assert find_quote("Het systeem is niet actief.", "nie") is None
    index = TextIndex("It is not active; no data are kept.")
    s, e = index.find("no")
    assert (s, e) == (18, 20)

"""Sentence splitting: exact offsets, abbreviations, lists, headings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import ingest_text
from ingest.models import Document
from ingest.sentences import sentence_spans, split_sentences
from ingest.textutil import assemble
from screener.facts.model import Quote


def sentences(text: str) -> list[str]:
    doc = ingest_text(text)
    qs = split_sentences(doc)
    for q in qs:
        assert isinstance(q, Quote)
        assert doc.text[q.start : q.end] == q.text
    return [q.text for q in qs]


def test_abbreviations_do_not_end_sentences():
    got = sentences(
        "Het systeem wordt gebruikt door de gemeente, bijv. bij de afdeling Werk en Inkomen. "
        "Zie art. 5 lid 1 van de verordening. Dhr. J. Jansen is projectleider. "
        "The model uses data, e.g. Income and age, i.e. Personal data. It is checked o.a. door de "
        "afdeling. Zie ook p. 12 en nr. 3 van de bijlage."
    )
    assert got == [
        "Het systeem wordt gebruikt door de gemeente, bijv. bij de afdeling Werk en Inkomen.",
        "Zie art. 5 lid 1 van de verordening.",
        "Dhr. J. Jansen is projectleider.",
        "The model uses data, e.g. Income and age, i.e. Personal data.",
        "It is checked o.a. door de afdeling.",
        "Zie ook p. 12 en nr. 3 van de bijlage.",
    ]


def test_sentence_end_before_number_and_question_marks():
    got = sentences('Het systeem draait sinds 2023. In 2025 volgt de uitrol. Is dat genoeg? Ja! "Het werkt." Klaar...')
    assert got == [
        "Het systeem draait sinds 2023.",
        "In 2025 volgt de uitrol.",
        "Is dat genoeg?",
        "Ja!",
        '"Het werkt."',
        "Klaar...",
    ]


def test_decimals_and_lowercase_continuations_do_not_split():
    got = sentences("De nauwkeurigheid is 93.5 procent. De score ligt tussen 0.2 en 0.8. vervolgens niets.")
    assert got == ["De nauwkeurigheid is 93.5 procent.", "De score ligt tussen 0.2 en 0.8. vervolgens niets."]


def test_numbered_and_bulleted_lists():
    text = (
        "De volgende gegevens worden verwerkt:\n"
        "- naam en adres\n"
        "- inkomen, o.a. uit loon\n"
        "• camerabeelden van de ingang\n"
        "1. Eerste stap van het proces.\n"
        "2. Tweede stap. Daarna volgt de evaluatie.\n"
        "2.1 Subparagraaf zonder punt\n"
        "a) eerste optie\n"
        "(ii) tweede optie"
    )
    assert sentences(text) == [
        "De volgende gegevens worden verwerkt:",
        "naam en adres",
        "inkomen, o.a. uit loon",
        "camerabeelden van de ingang",
        "1. Eerste stap van het proces.",
        "2. Tweede stap.",
        "Daarna volgt de evaluatie.",
        "2.1 Subparagraaf zonder punt",
        "a) eerste optie",
        "(ii) tweede optie",
    ]


def test_wrapped_bullet_continues_on_lowercase_line():
    got = sentences("- het systeem analyseert gegevens\n  van burgers in de wijk\n- tweede punt")
    assert got == ["het systeem analyseert gegevens\n  van burgers in de wijk", "tweede punt"]


def test_headings_without_full_stop_are_own_sentence():
    text = (
        "Inleiding\n"
        "Het systeem wordt sinds 2023 gebruikt door de gemeente\n"
        "Rotterdam en analyseert gegevens van burgers met een organi-\n"
        "satie-breed model. De uitkomst wordt beoordeeld.\n"
        "Doel en werking\n"
        "Het doel is om fraude vroegtijdig te signaleren.\n"
        "## Markdown kop\n"
        "Tekst na kop."
    )
    assert sentences(text) == [
        "Inleiding",
        "Het systeem wordt sinds 2023 gebruikt door de gemeente\nRotterdam en analyseert gegevens van "
        "burgers met een organi-\nsatie-breed model.",
        "De uitkomst wordt beoordeeld.",
        "Doel en werking",
        "Het doel is om fraude vroegtijdig te signaleren.",
        "Markdown kop",
        "Tekst na kop.",
    ]


def test_paragraphs_and_segments_end_sentences():
    got = sentences("Titel zonder punt\n\nEerste alinea zonder punt\n\nTweede alinea. Met twee zinnen.")
    assert got == ["Titel zonder punt", "Eerste alinea zonder punt", "Tweede alinea.", "Met twee zinnen."]


def test_pages_are_carried_and_offsets_are_global():
    text, segments = assemble([("Pagina een. Eerste zin.", 1), ("Pagina twee heeft emotieherkenning.", 2)])
    doc = Document(
        name="x.pdf", sha256="0" * 64, media_type="application/pdf", lang="nl", text=text, segments=segments, pages=2
    )
    qs = split_sentences(doc)
    assert [(q.text, q.page) for q in qs] == [
        ("Pagina een.", 1),
        ("Eerste zin.", 1),
        ("Pagina twee heeft emotieherkenning.", 2),
    ]
    assert all(doc.text[q.start : q.end] == q.text for q in qs)


def test_very_long_sentence_is_cut():
    text = "Kolom " + " ".join(f"waarde{i}," for i in range(400))
    doc = ingest_text(text)
    qs = split_sentences(doc)
    assert len(qs) > 1
    assert all(len(q.text) <= 1000 for q in qs)
    assert all(doc.text[q.start : q.end] == q.text for q in qs)


def test_no_sentences_from_punctuation_only_lines():
    assert sentences("Het systeem werkt.\n\n- \n\n***\n\nEinde van het document.") == [
        "Het systeem werkt.",
        "Einde van het document.",
    ]


_ALPHABET = st.sampled_from(list("abcdeé XYZ.!?:;,-•\n\t1234()\"'") + ["e.g.", "bijv. ", "\n\n", "- ", "1. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=200).map("".join))
def test_spans_are_exact_ordered_and_trimmed(raw):
    spans = sentence_spans(raw)
    prev_end = 0
    for s, e in spans:
        assert 0 <= prev_end <= s < e <= len(raw)
        piece = raw[s:e]
        assert piece == piece.strip()
        assert any(ch.isalnum() for ch in piece)
        prev_end = e

"""Language detection: nl/en accepted, de/fr/es/it recognised as unsupported."""

from __future__ import annotations

import pytest

from ingest import UnsupportedLanguageError, ingest_text
from ingest.language import detect_language

TEXTS = {
    "nl": "De gemeente gebruikt een algoritme om aanvragen te beoordelen en het systeem geeft een score "
    "aan de burgers die in de wijk wonen.",
    "en": "The municipality uses an algorithm to assess applications and the system gives a score to the "
    "citizens who live in the district.",
    "de": "Die Gemeinde verwendet einen Algorithmus, um Anträge zu bewerten, und das System gibt den "
    "Bürgern, die in dem Viertel wohnen, eine Bewertung.",
    "fr": "La municipalité utilise un algorithme pour évaluer les demandes et le système donne un score "
    "aux citoyens qui vivent dans le quartier.",
    "es": "El municipio utiliza un algoritmo para evaluar las solicitudes y el sistema da una puntuación "
    "a los ciudadanos que viven en el barrio.",
    "it": "Il comune utilizza un algoritmo per valutare le domande e il sistema assegna un punteggio ai "
    "cittadini che vivono nel quartiere.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_detects_language(lang):
    assert detect_language(TEXTS[lang]) == lang


def test_deterministic():
    assert len({detect_language(TEXTS["nl"]) for _ in range(5)}) == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Het systeem", "nl"),
        ("The system", "en"),
        ("Toekennen uitkering participatiewet", "nl"),
        ("Emotion recognition", "en"),
        ("Projectplan 2024", "unknown"),
        ("", "unknown"),
    ],
)
def test_short_texts_default_to_nl_or_en(text, expected):
    assert detect_language(text) == expected


def test_mixed_text_takes_majority_of_nl_en():
    mixed = TEXTS["nl"] + " " + TEXTS["en"] + " " + TEXTS["en"]
    assert detect_language(mixed) == "en"
    assert detect_language(TEXTS["nl"] + " " + TEXTS["nl"] + " " + TEXTS["en"]) == "nl"


def test_dutch_with_english_jargon_stays_dutch():
    text = "Het machine learning model gebruikt deep learning voor de classificatie van de data in de cloud."
    assert detect_language(text) == "nl"


def test_dutch_with_german_quote_stays_dutch():
    text = (TEXTS["nl"] + " ") * 3 + "Die Gemeinde sagt: das ist gut."
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("lang,name", [("de", "German"), ("fr", "French"), ("es", "Spanish"), ("it", "Italian")])
def test_ingest_refuses_unsupported_languages(lang, name):
    with pytest.raises(UnsupportedLanguageError) as exc:
        ingest_text(TEXTS[lang] + " " + TEXTS[lang], name=f"plan-{lang}.txt")
    assert exc.value.detected == lang
    msg = exc.value.user_message
    assert name in msg and f"plan-{lang}.txt" in msg and "Dutch and English" in msg


def test_long_text_in_unlisted_language_is_refused():
    polish = (
        "Gmina wykorzystuje algorytm do oceny wniosków o pomoc społeczną. System analizuje dane "
        "obywateli, na przykład dochody i sytuację mieszkaniową, i wystawia ocenę ryzyka. "
    ) * 4
    with pytest.raises(UnsupportedLanguageError) as exc:
        ingest_text(polish, name="wniosek.txt")
    assert "wniosek.txt" in exc.value.user_message and "Dutch and English" in exc.value.user_message


def test_short_unrecognised_text_defaults_to_english():
    assert ingest_text("Projectplan 2024").lang == "en"

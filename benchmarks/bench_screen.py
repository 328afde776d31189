"""Benchmark one screening of a 10-page PDF with the offline default: warm and cold.

Usage:
    .venv/bin/python benchmarks/bench_screen.py [--runs 5]

Prints per-stage times (ingest, retrieval, extraction, verification, rules, render of the JSON
report, the CLI's default), the time each other format adds (Markdown, HTML, PDF), the warm
total (same process, index and models loaded), the cold total (a fresh ``screener screen``
process, as a user would start it, with the index already built) and peak memory.
Targets on this 2-core machine: ≤ 5 s warm, ≤ 15 s cold. Prints figures only; no assertions.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TEN_PAGE = ROOT / "benchmarks" / "data" / "ten-page.pdf"
AS_OF = date(2026, 6, 1)


def ensure_pdf() -> Path:
    if not TEN_PAGE.exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_examples.py"), "--only-ten-page"], check=True)
    return TEN_PAGE


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    pdf = ensure_pdf()

    from corpus.retrieval import Retriever
    from ingest import ingest_file
    from screener.config import load_settings
    from screener.facts import get_extractor
    from screener.pipeline import screen
    from screener.report.render import to_html, to_json, to_markdown, to_pdf

    settings = load_settings()
    t = time.perf_counter()
    retriever = Retriever.from_settings(settings)
    extractor = get_extractor(settings)
    load_s = time.perf_counter() - t

    totals, stages, renders = [], [], []
    report = None
    for i in range(args.runs + 1):  # run 0 warms up caches and models
        if hasattr(extractor, "clear_cache"):
            extractor.clear_cache()  # each run analyses the document afresh, as a new upload would be
        t0 = time.perf_counter()
        doc = ingest_file(pdf)
        t_ingest = time.perf_counter() - t0
        report = screen(doc, AS_OF, settings, extractor=extractor, retriever=retriever)
        t1 = time.perf_counter()
        to_json(report)  # the CLI's default format
        t_render = time.perf_counter() - t1
        total = time.perf_counter() - t0
        formats = {}
        for name, fn in (("markdown", to_markdown), ("html", to_html)):
            t = time.perf_counter()
            fn(report)
            formats[name] = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            to_pdf(report, Path(tmp) / "r.pdf")
            formats["pdf"] = time.perf_counter() - t
        if i:
            totals.append(total)
            stages.append(dict(report.timings or {}, ingest=t_ingest, render=t_render))
            renders.append(formats)

    print(f"document: {pdf.name}, {report.document.pages} pages; as of {AS_OF}; extractor {report.extractor}")
    print(f"overall: {report.overall}; " + ", ".join(f"{p.id}={p.verdict}" for p in report.practices if p.verdict != "not_prohibited"))
    print(f"loading index + extractor (once per process): {load_s:.2f} s")
    print(f"warm total (ingest → JSON report) over {args.runs} runs: median {statistics.median(totals):.2f} s, max {max(totals):.2f} s  (target <= 5 s)")
    keys = ["ingest", "chunking", "retrieval", "extraction", "verification", "rules", "render"]
    for key in keys:
        vals = [s.get(key, 0.0) for s in stages]
        print(f"  {key:13} median {statistics.median(vals):.3f} s")
    for name in ("markdown", "html", "pdf"):
        print(f"  + {name:11} median {statistics.median(r[name] for r in renders):.3f} s  (only when that format is asked for)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (warm process): {peak:.0f} MB")

    # Cold: a fresh CLI process, index already built, as a user runs it.
    colds = []
    for _ in range(2):
        t = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "screener"), "screen", str(pdf), "--as-of", AS_OF.isoformat()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
        colds.append(time.perf_counter() - t)
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"cold process (screener screen, index built): {min(colds):.2f} s best of 2, {max(colds):.2f} s worst  (target <= 15 s)")
    print(f"peak RSS (cold process): {child:.0f} MB")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()

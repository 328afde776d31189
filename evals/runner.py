"""Run the screener over a labelled case file and score it.

A case that errors counts as a miss with its error shown; the run goes on. Every case is
screened twice to count run-to-run flips.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from evals.cases import Case, load_cases
from evals.metrics import CaseResult, score


def _cited_ids(report) -> list[str]:
    ids: list[str] = []
    for practice in report.practices:
        ids.extend(c.unit_id for c in practice.citations)
    return ids


def run_case(case: Case, screen_text: Callable[[Case], object], twice: bool = True) -> CaseResult:
    """Screen one case (twice when ``twice``) and collect what the scores need."""
    result = CaseResult(case=case)
    try:
        t = time.perf_counter()
        report = screen_text(case)
        result.latency_s = time.perf_counter() - t
        result.overall = report.overall
        result.scope = report.scope.verdict
        result.practices = {p.id: p.verdict for p in report.practices}
        result.cited = _cited_ids(report)
        result.trace = {p.id: p.trace for p in report.practices if p.verdict != "not_prohibited"}
        result.open_conditions = {
            p.id: [c.id for c in p.conditions if c.value == "unknown"]
            for p in report.practices
            if p.verdict == "needs_review"
        }
        if twice:
            again = screen_text(case)
            result.second_run = (again.overall, {p.id: p.verdict for p in again.practices})
    except Exception as exc:  # noqa: BLE001 - a failing case is a miss, not the end of the run
        result.error = f"{type(exc).__name__}: {exc}"
    return result


def make_screen_text(settings, default_as_of: date | None = None) -> Callable[[Case], object]:
    """A function screening a case's text with one extractor and retriever, loaded once."""
    from corpus.retrieval import Retriever, SharedRetriever
    from ingest import ingest_text
    from screener.facts import get_extractor
    from screener.pipeline import screen

    extractor = get_extractor(settings)
    retriever = SharedRetriever(Retriever.from_settings(settings))

    def screen_text(case: Case):
        doc = ingest_text(case.text, name=f"{case.id}.txt")
        as_of = case.as_of or default_as_of or date.today()
        return screen(doc, as_of, settings, extractor=extractor, retriever=retriever)

    return screen_text


def run_file(
    path: Path,
    settings,
    default_as_of: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    twice: bool = True,
    limit: int | None = None,
    labels: str = "expected",
) -> tuple[dict, list[CaseResult]]:
    cases = load_cases(path, labels=labels)
    cases = cases[:limit] if limit else cases
    screen_text = make_screen_text(settings, default_as_of)
    results: list[CaseResult] = []
    for i, case in enumerate(cases, 1):
        results.append(run_case(case, screen_text, twice=twice))
        if progress:
            progress(i, len(cases), case.id)
    metrics = score(results)
    metrics["file"] = str(path)
    metrics["extractor"] = settings.extractor
    metrics["resemblance_check"] = bool(getattr(settings, "resemblance_check", False))
    metrics["labels"] = labels
    return metrics, results


def case_rows(results: list[CaseResult]) -> list[dict]:
    """Per-case outcomes, kept in the metrics JSON so two runs can be diffed case by case."""
    return [
        {
            "id": r.case.id,
            "expected": r.case.expected.overall,
            "got": r.overall,
            "expected_practices": r.case.expected.practices,
            "got_practices": {k: v for k, v in r.practices.items() if v != "not_prohibited"},
            "scope": r.scope,
            "error": r.error,
            "latency_s": round(r.latency_s, 4),
        }
        for r in results
    ]


def diff_runs(a: dict, b: dict) -> list[str]:
    """Readable lines: what changed between two runs' metrics JSON, case by case."""
    lines: list[str] = []
    for key in ("n", "overall_accuracy", "flagged_recall", "prohibited_precision", "prohibited_recall",
                "prohibited_f1", "false_prohibited", "needs_review_rate", "citation_recall", "flips"):
        if a.get(key) != b.get(key):
            lines.append(f"{key}: {a.get(key)} → {b.get(key)}")
    ca = {c["id"]: c for c in a.get("cases", [])}
    cb = {c["id"]: c for c in b.get("cases", [])}
    for cid in sorted(set(ca) | set(cb)):
        x, y = ca.get(cid), cb.get(cid)
        if x is None or y is None:
            lines.append(f"{cid}: only in {'B' if x is None else 'A'}")
            continue
        if (x["got"], x["got_practices"]) != (y["got"], y["got_practices"]):
            mark = "fixed" if y["got"] == y["expected"] and x["got"] != x["expected"] else (
                "broken" if x["got"] == x["expected"] and y["got"] != y["expected"] else "changed")
            lines.append(
                f"{cid} [{mark}] expected {x['expected']}: {x['got']} {x['got_practices']} → {y['got']} {y['got_practices']}"
            )
    return lines or ["no differences"]

"""Scores of a screening run against labelled cases: pure functions over case results."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from evals.cases import Case

PRACTICE_IDS = (
    "art5.1.a", "art5.1.b", "art5.1.ba", "art5.1.bb", "art5.1.c",
    "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h",
)
VERDICTS = ("prohibited", "needs_review", "not_prohibited")


@dataclass
class CaseResult:
    """What the screener said about one case (or the error that stopped it)."""

    case: Case
    overall: str | None = None
    practices: dict[str, str] = field(default_factory=dict)
    scope: str | None = None
    cited: list[str] = field(default_factory=list)
    latency_s: float = 0.0
    error: str | None = None
    trace: dict[str, list[str]] = field(default_factory=dict)
    # practice id → the questions answered unknown, for each practice verdict needs_review
    open_conditions: dict[str, list[str]] = field(default_factory=dict)
    second_run: tuple[str | None, dict[str, str]] | None = None  # (overall, practices) of run 2

    @property
    def ok(self) -> bool:
        return self.error is None and self.overall == self.case.expected.overall

    @property
    def flipped(self) -> bool:
        return self.second_run is not None and self.second_run != (self.overall, self.practices)


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def cite_satisfied(expected_id: str, cited: list[str]) -> bool:
    """A cited ``art5.1.c`` satisfies an expected ``art5`` (a more specific unit of it)."""
    return any(c == expected_id or c.startswith(expected_id + ".") for c in cited)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


SEVERAL = "several practices"


def _held_open(results: list[CaseResult]) -> dict:
    """What keeps verdicts at needs_review: where accuracy is lost on the safe side.

    ``by_question`` counts, per expected label of the practice, how often each question was
    answered unknown in a practice verdict ``needs_review``. ``cases`` counts the cases that
    came out ``needs_review`` against their label: for a case expected ``prohibited``, each
    practice expected ``prohibited`` that stayed ``needs_review`` (settling it would put the case
    right); for a case expected ``not_prohibited``, the one practice that held it open, or
    ``several practices``.
    """
    by_question: dict[str, dict[str, int]] = {v: {} for v in VERDICTS}
    cases: dict[str, dict[str, int]] = {"prohibited": {}, "not_prohibited": {}}
    for res in results:
        if res.error is not None:
            continue
        for pid, qids in res.open_conditions.items():
            counts = by_question[res.case.expected.practice(pid)]
            for qid in qids:
                counts[qid] = counts.get(qid, 0) + 1
        expected = res.case.expected.overall
        if res.overall != "needs_review" or expected not in cases:
            continue
        open_practices = [pid for pid, v in res.practices.items() if v == "needs_review"]
        if expected == "prohibited":
            holders = [pid for pid in open_practices if res.case.expected.practice(pid) == "prohibited"]
        else:
            holders = open_practices if len(open_practices) == 1 else [SEVERAL]
        for pid in holders:
            cases[expected][pid] = cases[expected].get(pid, 0) + 1

    def ranked(d: dict[str, int]) -> dict[str, int]:
        return dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))

    return {
        "by_question": {k: ranked(v) for k, v in by_question.items()},
        "cases": {k: ranked(v) for k, v in cases.items()},
    }


def score(results: list[CaseResult]) -> dict:
    """The metrics object printed by ``screener evals run --json``."""
    n = len(results)
    got = [r.overall if r.error is None else "error" for r in results]
    exp = [r.case.expected.overall for r in results]

    pos = [i for i, e in enumerate(exp) if e == "prohibited"]
    flagged = [i for i in pos if got[i] in ("prohibited", "needs_review")]
    tp = sum(1 for i in pos if got[i] == "prohibited")
    fp = sum(1 for i, g in enumerate(got) if g == "prohibited" and exp[i] != "prohibited")
    p, r, f = _prf(tp, fp, len(pos) - tp)

    per_practice: dict[str, dict] = {}
    for pid in PRACTICE_IDS:
        e_p = [res.case.expected.practice(pid) for res in results]
        g_p = [res.practices.get(pid, "not_prohibited") if res.error is None else "error" for res in results]
        ptp = sum(1 for a, b in zip(e_p, g_p) if a == b == "prohibited")
        pfp = sum(1 for a, b in zip(e_p, g_p) if b == "prohibited" and a != "prohibited")
        ppos = sum(1 for a in e_p if a == "prohibited")
        pflag = sum(1 for a, b in zip(e_p, g_p) if a == "prohibited" and b in ("prohibited", "needs_review"))
        pp, pr, pf = _prf(ptp, pfp, ppos - ptp)
        per_practice[pid] = {
            "support_prohibited": ppos,
            "accuracy": _round(sum(1 for a, b in zip(e_p, g_p) if a == b) / n) if n else None,
            "prohibited_precision": _round(pp),
            "prohibited_recall": _round(pr),
            "prohibited_f1": _round(pf),
            "flagged_recall": _round(pflag / ppos) if ppos else None,
            "false_prohibited": sum(1 for a, b in zip(e_p, g_p) if a == "not_prohibited" and b == "prohibited"),
            "needs_review": sum(1 for b in g_p if b == "needs_review"),
        }

    scoped = [res for res in results if res.case.expected.scope is not None]
    cite_total = cite_hit = 0
    for res in results:
        for c in res.case.cite:
            cite_total += 1
            cite_hit += cite_satisfied(c, res.cited)
    lat = sorted(res.latency_s for res in results if res.error is None)
    benign = [i for i, res in enumerate(results) if exp[i] == "not_prohibited" and not res.case.expected.practices]

    def confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
        labels = list(VERDICTS) + ["error"]
        m = {a: {b: 0 for b in labels} for a in VERDICTS}
        for a, b in pairs:
            m[a][b] += 1
        return m

    return {
        "n": n,
        "errors": sum(1 for res in results if res.error),
        "overall_accuracy": _round(sum(1 for a, b in zip(exp, got) if a == b) / n) if n else None,
        "flagged_recall": _round(len(flagged) / len(pos)) if pos else None,
        "prohibited_precision": _round(p),
        "prohibited_recall": _round(r),
        "prohibited_f1": _round(f),
        "false_prohibited": sum(1 for a, b in zip(exp, got) if a == "not_prohibited" and b == "prohibited"),
        "false_prohibited_benign": sum(1 for i in benign if got[i] == "prohibited"),
        "needs_review_rate": _round(sum(1 for g in got if g == "needs_review") / n) if n else None,
        "scope_accuracy": _round(sum(1 for res in scoped if res.scope == res.case.expected.scope) / len(scoped)) if scoped else None,
        "scope_n": len(scoped),
        "citation_recall": _round(cite_hit / cite_total) if cite_total else None,
        "flips": sum(1 for res in results if res.flipped),
        "latency_p50_s": _round(statistics.median(lat)) if lat else None,
        "latency_p95_s": _round(lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))]) if lat else None,
        "confusion_overall": confusion(list(zip(exp, got))),
        "per_practice": per_practice,
        "held_open": _held_open(results),
    }

"""The end-of-batch summary: counts from the database, a rich table, a PNG chart.

The counts are always read back from the store (not from what this invocation saw), over the
records of the current input under the current key, so a resumed batch reports the whole input.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERDICT_ORDER = ("prohibited", "needs_review", "not_prohibited")
OVERALL_ORDER = ("prohibited", "needs_review", "not_prohibited")
SCOPE_ORDER = ("in_scope", "not_ai_system", "excluded")
COLOURS = {"prohibited": "#c0392b", "needs_review": "#e6a817", "not_prohibited": "#3a8f5c"}


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (``q`` in 0..100); None for no values."""
    if not values:
        return None
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass
class Summary:
    practices: tuple[str, ...]
    total: int = 0  # records in the input
    stored: int = 0  # of those, with a stored result
    ok: int = 0
    errors: int = 0  # not screened at all (unreadable input, a crash): no verdicts
    extraction_failed: int = 0  # the LLM failed: stored with a needs_review report, counted in the verdicts
    overall: Counter = field(default_factory=Counter)
    scope: Counter = field(default_factory=Counter)
    per_practice: dict[str, Counter] = field(default_factory=dict)
    error_types: Counter = field(default_factory=Counter)  # of the records not screened
    done_now: int = 0
    seconds: float | None = None  # wall time of this invocation
    p50: float | None = None
    p95: float | None = None

    @property
    def throughput(self) -> float | None:
        if not self.done_now or not self.seconds:
            return None
        return self.done_now / self.seconds

    @property
    def missing(self) -> int:
        return self.total - self.stored

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "stored": self.stored,
            "ok": self.ok,
            "errors": self.errors,
            "extraction_failed": self.extraction_failed,
            "overall": dict(self.overall),
            "scope": dict(self.scope),
            "practices": {p: dict(c) for p, c in self.per_practice.items()},
            "error_types": dict(self.error_types),
            "done_now": self.done_now,
            "seconds": self.seconds,
            "records_per_s": self.throughput,
            "p50_s": self.p50,
            "p95_s": self.p95,
        }


def summarise(rows: list[dict[str, Any]], practices: tuple[str, ...], *, total: int | None = None,
              done_now: int = 0, seconds: float | None = None) -> Summary:
    """Counts over stored result rows (as returned by ``ResultStore.results``)."""
    s = Summary(practices=practices, total=len(rows) if total is None else total, stored=len(rows))
    s.per_practice = {p: Counter() for p in practices}
    times: list[float] = []
    for r in rows:
        if r["status"] == "ok":
            s.ok += 1
            if r.get("seconds") is not None:
                times.append(float(r["seconds"]))
        else:
            if not r.get("overall"):
                s.errors += 1
                s.error_types[r.get("error_type") or "error"] += 1
                continue
            # An LLM failure still stored a report (needs_review on every point): those records
            # must be reviewed, so they count among the verdicts, and apart, not as "not screened".
            s.extraction_failed += 1
        s.overall[r["overall"]] += 1
        s.scope[r["scope"]] += 1
        for p in practices:
            v = r["verdicts"].get(p)
            if v:
                s.per_practice[p][v] += 1
    s.done_now = done_now
    s.seconds = seconds
    s.p50 = percentile(times, 50)
    s.p95 = percentile(times, 95)
    return s


def _fmt_s(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f} s"


def render(summary: Summary, console) -> None:
    """Print the summary tables (rich) on ``console`` (the CLI passes a stderr console)."""
    from rich.table import Table

    table = Table(title="Verdicts per practice", title_justify="left")
    table.add_column("practice")
    for v in VERDICT_ORDER:
        table.add_column(v, justify="right")
    for p in summary.practices:
        c = summary.per_practice.get(p, Counter())
        table.add_row(p, *[str(c.get(v, 0)) for v in VERDICT_ORDER])
    console.print(table)

    totals = Table(title="Records", title_justify="left", show_header=False)
    totals.add_column("what")
    totals.add_column("count", justify="right")
    totals.add_row("in the input", str(summary.total))
    for v in OVERALL_ORDER:
        totals.add_row(f"overall {v}", str(summary.overall.get(v, 0)))
        if v == "needs_review" and summary.extraction_failed:
            totals.add_row("  of which LLM extraction failed", str(summary.extraction_failed))
    for v in SCOPE_ORDER:
        if summary.scope.get(v):
            totals.add_row(f"scope {v}", str(summary.scope[v]))
    totals.add_row("errors (not screened)", str(summary.errors))
    for et, n in summary.error_types.most_common():
        totals.add_row(f"  {et}", str(n))
    if summary.missing:
        totals.add_row("not done yet", str(summary.missing))
    totals.add_row("screened now", str(summary.done_now))
    if summary.seconds is not None:
        totals.add_row("wall time", _fmt_s(summary.seconds))
    tp = summary.throughput
    totals.add_row("throughput", "–" if tp is None else f"{tp:.2f} records/s")
    totals.add_row("per record p50", _fmt_s(summary.p50))
    totals.add_row("per record p95", _fmt_s(summary.p95))
    console.print(totals)


def chart_path(db_path: str | Path) -> Path:
    """``results.sqlite`` → ``results-verdicts.png`` next to it."""
    p = Path(db_path)
    return p.with_name(f"{p.stem}-verdicts.png")


def write_chart(summary: Summary, path: str | Path) -> Path:
    """Stacked bars of the verdicts per practice (PNG): all verdicts on top, and below, on its own
    scale, only the flagged ones (prohibited, needs review), which are slivers in the first."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    path = Path(path)
    practices = summary.practices
    labels = [p.replace("art5.1.", "5(1)(") + ")" if p.startswith("art5.1.") else p for p in practices]
    xs = list(range(len(practices)))

    def count(p: str, v: str) -> int:
        return summary.per_practice.get(p, Counter()).get(v, 0)

    fig, (top, low) = plt.subplots(2, 1, figsize=(9, 6.5), dpi=110, sharex=True,
                                   gridspec_kw={"height_ratios": [3, 2]})
    try:
        bottoms = [0] * len(practices)
        for v in reversed(VERDICT_ORDER):  # green at the bottom, red on top
            counts = [count(p, v) for p in practices]
            top.bar(xs, counts, bottom=bottoms, label=v.replace("_", " "), color=COLOURS[v])
            bottoms = [b + c for b, c in zip(bottoms, counts)]
        title = f"Verdicts per Art. 5(1) practice: {summary.ok + summary.extraction_failed} records screened"
        if summary.extraction_failed:
            title += f" ({summary.extraction_failed} needs review: extraction failed)"
        if summary.errors:
            title += f", {summary.errors} not screened (errors)"
        top.set_title(title, fontsize=10)
        top.set_ylabel("records")
        top.legend(loc="lower right", fontsize=8, framealpha=0.9)

        flagged_bottoms = [0] * len(practices)
        for v in ("needs_review", "prohibited"):
            counts = [count(p, v) for p in practices]
            low.bar(xs, counts, bottom=flagged_bottoms, color=COLOURS[v])
            flagged_bottoms = [b + c for b, c in zip(flagged_bottoms, counts)]
        for x, p in enumerate(practices):
            parts = [f"{count(p, 'prohibited')} P"] if count(p, "prohibited") else []
            if count(p, "needs_review"):
                parts.append(f"{count(p, 'needs_review')} R")
            if parts:
                low.annotate(" / ".join(parts), (x, flagged_bottoms[x]), xytext=(0, 2),
                             textcoords="offset points", ha="center", va="bottom", fontsize=7)
        low.set_ylim(0, max(flagged_bottoms + [1]) * 1.2)
        low.set_ylabel("flagged records")
        low.set_title("Only prohibited (P) and needs review (R)", fontsize=9)
        low.set_xticks(xs)
        low.set_xticklabels(labels)
        fig.tight_layout()
        tmp = path.with_name(path.name + ".tmp")
        fig.savefig(tmp, format="png")
        tmp.replace(path)
    finally:
        plt.close(fig)
    return path

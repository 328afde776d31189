"""Files of an evaluation run: metrics JSON, confusion-matrix PNGs, HTML and Markdown of misses."""

from __future__ import annotations

import html
import json
from pathlib import Path

from evals.metrics import PRACTICE_IDS, VERDICTS, CaseResult
from evals.runner import case_rows


def _miss_rows(results: list[CaseResult]) -> list[CaseResult]:
    return [r for r in results if not r.ok]


def confusion_png(metrics: dict, results: list[CaseResult], path: Path) -> None:
    """One overall 3×3 matrix plus one per practice, in a single figure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = list(VERDICTS)
    short = ["prohib.", "review", "not"]

    def matrix(pairs):
        m = [[0] * 4 for _ in labels]
        for e, g in pairs:
            m[labels.index(e)][labels.index(g) if g in labels else 3] += 1
        return m

    panels = [("overall", matrix([(r.case.expected.overall, r.overall or "error") for r in results]))]
    for pid in PRACTICE_IDS:
        pairs = [(r.case.expected.practice(pid), r.practices.get(pid, "error") if not r.error else "error") for r in results]
        panels.append((pid, matrix(pairs)))
    fig, axes = plt.subplots(3, 4, figsize=(14, 10))
    for ax, (name, m) in zip(axes.flat, panels):
        ax.imshow(m, cmap="Blues")
        ax.set_title(name, fontsize=10)
        ax.set_xticks(range(4), short + ["error"], fontsize=8)
        ax.set_yticks(range(3), short, fontsize=8)
        ax.set_xlabel("got", fontsize=8)
        ax.set_ylabel("expected", fontsize=8)
        for i in range(3):
            for j in range(4):
                ax.text(j, i, m[i][j], ha="center", va="center", fontsize=9)
    for ax in list(axes.flat)[len(panels):]:
        ax.axis("off")
    fig.suptitle(f"{Path(metrics.get('file', '')).name}: accuracy {metrics['overall_accuracy']}")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


HEADLINE = ("n", "overall_accuracy", "flagged_recall", "prohibited_precision", "prohibited_recall",
            "prohibited_f1", "false_prohibited", "needs_review_rate", "scope_accuracy",
            "citation_recall", "flips", "latency_p50_s", "latency_p95_s", "errors")


TOP_QUESTIONS = 10


def _held_open_rows(held: dict) -> tuple[list[tuple[str, str, int]], list[tuple[str, str, int]]]:
    """(expected label, question, count) for the most frequent open questions per label, and
    (expected label, practice, count) for the cases that practice left at needs_review."""
    questions = [(label, qid, n) for label, counts in held["by_question"].items()
                 for qid, n in list(counts.items())[:TOP_QUESTIONS]]
    holders = [(label, pid, n) for label, counts in held["cases"].items() for pid, n in counts.items()]
    return questions, holders


HELD_OPEN_QUESTIONS = "Questions answered unknown in practice verdicts needs_review, by the practice's expected label:"
HELD_OPEN_CASES = (
    "Cases that came out needs_review against their label, by the practice that held them open "
    "(for cases expected prohibited: each practice expected prohibited that stayed open):"
)


def _held_open_markdown(held: dict | None) -> list[str]:
    """The questions and practices that keep verdicts at needs_review, most frequent first."""
    if not held:
        return []
    questions, holders = _held_open_rows(held)
    out = ["## What holds verdicts open", "", HELD_OPEN_QUESTIONS, "",
           "| expected | question | practice verdicts |", "|---|---|---|"]
    out += [f"| {label} | {qid} | {n} |" for label, qid, n in questions]
    out += ["", HELD_OPEN_CASES, "", "| expected | practice | cases |", "|---|---|---|"]
    out += [f"| {label} | {pid} | {n} |" for label, pid, n in holders]
    return out


def to_markdown(metrics: dict, results: list[CaseResult]) -> str:
    out = [f"# Evaluation: {metrics.get('file', '')}", "", f"Extractor: `{metrics.get('extractor')}`", "",
           "| metric | value |", "|---|---|"]
    out += [f"| {k} | {metrics.get(k)} |" for k in HEADLINE]
    out += ["", "## Per practice", "", "| practice | support | P | R | F1 | flagged recall | false prohibited |",
            "|---|---|---|---|---|---|---|"]
    for pid, m in metrics["per_practice"].items():
        out.append(f"| {pid} | {m['support_prohibited']} | {m['prohibited_precision']} | {m['prohibited_recall']} | "
                   f"{m['prohibited_f1']} | {m['flagged_recall']} | {m['false_prohibited']} |")
    out += ["", *_held_open_markdown(metrics.get("held_open"))]
    misses = _miss_rows(results)
    out += ["", f"## Misses ({len(misses)})", ""]
    for r in misses:
        out += [f"### {r.case.id}: expected `{r.case.expected.overall}`, got `{r.overall or 'error'}`", ""]
        if r.case.title:
            out.append(f"*{r.case.title}*")
        out.append(f"Expected practices: `{r.case.expected.practices}`; got: "
                   f"`{ {k: v for k, v in r.practices.items() if v != 'not_prohibited'} }`")
        if r.error:
            out.append(f"**Error:** {r.error}")
        if r.case.notes:
            out.append(f"Notes: {r.case.notes}")
        out += ["", "> " + r.case.text.replace("\n", "\n> "), ""]
        for pid, lines in r.trace.items():
            out.append(f"Trace {pid}:")
            out += [f"- {line}" for line in lines]
        out.append("")
    return "\n".join(out)


def to_html(metrics: dict, results: list[CaseResult], png_name: str | None) -> str:
    e = html.escape
    rows = "".join(f"<tr><td>{e(k)}</td><td>{e(str(metrics.get(k)))}</td></tr>" for k in HEADLINE)
    misses = []
    for r in _miss_rows(results):
        trace = "".join(
            f"<p><b>{e(pid)}</b></p><ul>{''.join(f'<li>{e(x)}</li>' for x in lines)}</ul>" for pid, lines in r.trace.items()
        )
        misses.append(
            f"<section><h3>{e(r.case.id)}: expected {e(r.case.expected.overall)}, got {e(r.overall or 'error')}</h3>"
            f"<p>Expected practices: {e(str(r.case.expected.practices))}; got: "
            f"{e(str({k: v for k, v in r.practices.items() if v != 'not_prohibited'}))}</p>"
            + (f"<p class=err>Error: {e(r.error)}</p>" if r.error else "")
            + (f"<p>Notes: {e(r.case.notes)}</p>" if r.case.notes else "")
            + f"<blockquote>{e(r.case.text)}</blockquote>{trace}</section>"
        )
    img = f'<img src="{e(png_name)}" alt="confusion matrices">' if png_name else ""
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Evaluation</title><style>"
        "body{font-family:sans-serif;max-width:1100px;margin:auto}td{padding:2px 8px}"
        "blockquote{white-space:pre-wrap;background:#f5f5f5;padding:8px}.err{color:#b00}</style></head><body>"
        f"<h1>Evaluation: {e(str(metrics.get('file', '')))}</h1><table>{rows}</table>{img}"
        f"{_held_open_html(metrics.get('held_open'))}"
        f"<h2>Misses ({len(misses)})</h2>{''.join(misses)}</body></html>"
    )


def _held_open_html(held: dict | None) -> str:
    if not held:
        return ""
    e = html.escape
    questions, holders = _held_open_rows(held)

    def table(head: str, rows: list[tuple[str, str, int]]) -> str:
        body = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{n}</td></tr>" for a, b, n in rows)
        return f"<table><tr>{head}</tr>{body}</table>"

    return (
        f"<h2>What holds verdicts open</h2><p>{e(HELD_OPEN_QUESTIONS)}</p>"
        + table("<th>expected</th><th>question</th><th>practice verdicts</th>", questions)
        + f"<p>{e(HELD_OPEN_CASES)}</p>"
        + table("<th>expected</th><th>practice</th><th>cases</th>", holders)
    )


def write_outputs(metrics: dict, results: list[CaseResult], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    full = dict(metrics, cases=case_rows(results))
    p = out_dir / "metrics.json"
    p.write_text(json.dumps(full, indent=2, ensure_ascii=False), encoding="utf-8")
    written.append(p)
    png = out_dir / "confusion.png"
    confusion_png(metrics, results, png)
    written.append(png)
    for name, text in (("report.md", to_markdown(metrics, results)), ("report.html", to_html(metrics, results, png.name))):
        p = out_dir / name
        p.write_text(text, encoding="utf-8")
        written.append(p)
    return written

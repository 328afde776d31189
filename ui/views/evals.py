"""Evaluations page: run a labelled case set (bundled or uploaded JSONL) and show the scores."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from ui import state
from ui.i18n import labels, lkey, t

EVALS_DATA = Path(__file__).resolve().parents[2] / "evals" / "data"
RESULT_KEY = "eval_result"
HEADLINE = ("n", "overall_accuracy", "flagged_recall", "prohibited_precision", "prohibited_recall",
            "prohibited_f1", "false_prohibited", "needs_review_rate", "scope_accuracy", "citation_recall",
            "flips", "latency_p50_s", "errors")


def is_case_file(path: Path) -> bool:
    """A JSONL file whose first record looks like a screening case (id, text, expected)."""
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    return isinstance(rec, dict) and {"id", "text", "expected"} <= rec.keys()
    except (OSError, ValueError):
        return False
    return False


def bundled_sets(folder: Path = EVALS_DATA) -> list[Path]:
    return sorted(p for p in folder.glob("*.jsonl") if is_case_file(p))


def render() -> None:
    st.header(t("page.evals"))
    st.markdown(t("evals.intro"))
    sets = bundled_sets()
    source = st.radio(t("evals.source"), ["bundled", "upload"], format_func=labels("evals.source"),
                      key=lkey("eval_source"), horizontal=True)
    path: Path | None = None
    upload: tuple[str, bytes] | None = None
    if source == "bundled":
        if not sets:
            st.info(t("evals.no_bundled"))
        else:
            path = st.selectbox(t("evals.pick"), sets, format_func=lambda p: p.name, key="eval_set")
    else:
        up = st.file_uploader(t("evals.upload"), type=["jsonl"], key="eval_upload", help=t("evals.upload_help"))
        if up is not None:
            upload = (up.name, up.getvalue())
    c1, c2, c3 = st.columns(3)
    with c1:
        as_of = st.date_input(t("evals.as_of"), value=date.today(), key="eval_as_of", help=t("evals.as_of_help"),
                              format="YYYY-MM-DD")
    with c2:
        limit = st.number_input(t("evals.limit"), min_value=0, value=0, step=1, key="eval_limit",
                                help=t("evals.limit_help"))
    with c3:
        twice = st.checkbox(t("evals.twice"), value=False, key="eval_twice", help=t("evals.twice_help"))
    s = state.settings()
    kinds = ["offline", "llm"]
    kind = st.radio(t("screen.extractor"), kinds, index=kinds.index(s.extractor) if s.extractor in kinds else 0,
                    format_func=labels("extractor"), key=lkey("eval_extractor"), horizontal=True)
    blocked = kind == "llm" and not state.llm_endpoint(s)
    if blocked:
        st.error(t("screen.llm_missing"))

    ready = path is not None or upload is not None
    if st.button(t("evals.run"), type="primary", key="eval_run", disabled=not ready or blocked):
        settings = s.model_copy(update={"extractor": kind})
        if upload is not None:
            with tempfile.TemporaryDirectory() as tmp:  # the runner reads a file; removed afterwards
                path = Path(tmp) / Path(upload[0]).name
                path.write_bytes(upload[1])
                run(path, settings, as_of, int(limit) or None, twice)
        else:
            run(path, settings, as_of, int(limit) or None, twice)

    result = st.session_state.get(RESULT_KEY)
    if result:
        show(result)


def run(path: Path, s, as_of: date, limit: int | None, twice: bool) -> None:
    from evals.cases import CaseFileError, load_cases
    from evals.outputs import confusion_png
    from evals.runner import case_rows, run_file

    try:
        load_cases(path)
    except (CaseFileError, OSError, UnicodeDecodeError) as exc:
        st.error(t("evals.bad_file", error=str(exc)))
        return
    bar = st.progress(0.0, text=t("evals.starting"))

    def tick(i: int, total: int, case_id: str) -> None:
        bar.progress(i / total, text=t("evals.progress", i=i, n=total, id=case_id))

    with st.spinner(t("evals.running")):
        try:
            metrics, results = run_file(path, s, default_as_of=as_of, progress=tick, twice=twice, limit=limit)
        except Exception as exc:  # noqa: BLE001 - show it, keep the app alive
            st.error(t("evals.failed", error=f"{type(exc).__name__}: {exc}"))
            return
        with tempfile.TemporaryDirectory() as tmp:
            png = Path(tmp) / "confusion.png"
            try:
                confusion_png(metrics, results, png)
                png_bytes = png.read_bytes()
            except Exception:  # noqa: BLE001 - the plot is a nice-to-have
                png_bytes = None
    misses = [
        {
            "id": r.case.id,
            "title": r.case.title or "",
            "expected": r.case.expected.overall,
            "got": r.overall or "error",
            "expected_practices": r.case.expected.practices,
            "got_practices": {k: v for k, v in r.practices.items() if v != "not_prohibited"},
            "error": r.error or "",
        }
        for r in results
        if not r.ok
    ]
    st.session_state[RESULT_KEY] = {
        "file": path.name,
        "metrics": metrics,
        "png": png_bytes,
        "misses": misses,
        "cases": case_rows(results),
    }
    bar.progress(1.0, text=t("evals.done", n=len(results)))


def _fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def show(result: dict) -> None:
    from ui.widgets import verdict_word

    m = result["metrics"]
    st.subheader(t("evals.results", file=result["file"]))
    keys = [k for k in HEADLINE if k in m]
    for start in range(0, len(keys), 5):
        cols = st.columns(5)
        for col, k in zip(cols, keys[start : start + 5]):
            col.metric(t(f"evals.metric.{k}"), _fmt(m.get(k)))
    per = m.get("per_practice") or {}
    if per:
        with st.expander(t("evals.per_practice")):
            st.dataframe(
                [{"practice": pid, **{k: v for k, v in vals.items() if not isinstance(v, dict)}}
                 for pid, vals in per.items()],
                hide_index=True,
                width="stretch",
            )
    if result.get("png"):
        st.image(result["png"], caption=t("evals.confusion"))
    st.subheader(t("evals.misses", n=len(result["misses"])))
    if result["misses"]:
        st.dataframe(
            [
                {
                    t("evals.col.id"): r["id"],
                    t("evals.col.title"): r["title"],
                    t("evals.col.expected"): verdict_word(r["expected"]),
                    t("evals.col.got"): verdict_word(r["got"]) if r["got"] != "error" else t("evals.error"),
                    t("evals.col.expected_practices"): ", ".join(f"{k}: {v}" for k, v in r["expected_practices"].items()),
                    t("evals.col.got_practices"): ", ".join(f"{k}: {v}" for k, v in r["got_practices"].items()),
                    t("evals.col.error"): r["error"],
                }
                for r in result["misses"]
            ],
            hide_index=True,
            width="stretch",
        )
    else:
        st.success(t("evals.no_misses"))

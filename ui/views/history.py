"""History page: past screenings and decisions from the audit log, filtered; reopen a screening."""

from __future__ import annotations

from datetime import date

import streamlit as st

from ui import audit, state
from ui.i18n import current_lang, labels, lkey, t
from ui.widgets import practice_label, verdict_word

#: the AI Act entered into force on 1 August 2024: no screening is older
EARLIEST = date(2024, 8, 1)
PRACTICE_IDS = (
    "art5.1.a", "art5.1.b", "art5.1.ba", "art5.1.bb", "art5.1.c",
    "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h",
)


def reopen(screening_id: int) -> None:
    """Callback: load a stored screening into the session and show it on the Result page."""
    from screener.report.model import Report

    row = audit.get_screening(state.audit_conn(), int(screening_id))
    if row is None:
        st.session_state["_history_error"] = t("history.missing", id=screening_id)
        return
    report = Report.model_validate_json(row["report_json"])
    for d in state.docs():  # already open in this session: just show it
        if d.screening_id == row["id"]:
            state.set_current(d.key)
            break
    else:
        state.add_doc(state.ScreenedDoc(report=report, text=row["document_text"], screening_id=row["id"]))
    st.session_state[state.ERRORS_KEY] = []
    state.go("result")


def render() -> None:
    st.header(t("page.history"))
    conn = state.audit_conn()
    c1, c2, c3, c4 = st.columns([2, 2, 1, 1])
    with c1:
        verdicts = st.multiselect(t("history.verdict"), list(audit.VERDICTS), format_func=labels("verdict"),
                                  key=lkey("hist_verdicts"), help=t("history.verdict_help"))
    with c2:
        lang = current_lang()
        practice = st.selectbox(
            t("history.practice"),
            ["", *PRACTICE_IDS],
            format_func=lambda p: practice_label(p, lang=lang) if p else t("history.any_practice", lang=lang),
            key=lkey("hist_practice"),
        )
    with c3:
        date_from = st.date_input(t("history.from"), value=None, key="hist_from", format="YYYY-MM-DD",
                                  min_value=EARLIEST)
    with c4:
        date_to = st.date_input(t("history.to"), value=None, key="hist_to", format="YYYY-MM-DD",
                                min_value=EARLIEST)

    rows = audit.list_screenings(conn, verdicts=verdicts, practice=practice or None,
                                 date_from=date_from, date_to=date_to)
    st.subheader(t("history.screenings", n=len(rows)))
    err = st.session_state.pop("_history_error", None)
    if err:
        st.error(err)
    if not rows:
        st.info(t("history.empty"))
    else:
        table = [
            {
                t("history.col.id"): r["id"],
                t("history.col.time"): r["timestamp_utc"],
                t("history.col.document"): r["document_name"],
                t("history.col.overall"): verdict_word(r["overall"]),
                t("history.col.flagged"): r["flagged"],
                t("history.col.as_of"): r["as_of"],
                t("history.col.extractor"): r["extractor"] + (f" ({r['model']})" if r["model"] else ""),
            }
            for r in rows
        ]
        st.dataframe(table, hide_index=True, width="stretch")
        ids = [r["id"] for r in rows]
        names = {r["id"]: f"#{r['id']} · {r['document_name']} · {r['timestamp_utc']} · {verdict_word(r['overall'])}"
                  for r in rows}
        c1, c2 = st.columns([4, 1])
        with c1:
            chosen = st.selectbox(t("history.pick"), ids, format_func=names.get, key=lkey("hist_pick"))
        with c2:
            st.write("")
            st.button(t("history.reopen"), key="hist_reopen", on_click=reopen, args=(chosen,), type="primary")

    decisions = audit.list_decisions(conn, verdicts=verdicts, practice=practice or None,
                                     date_from=date_from, date_to=date_to)
    st.subheader(t("history.decisions", n=len(decisions)))
    if decisions:
        st.dataframe(
            [
                {
                    t("history.col.time"): d["timestamp_utc"],
                    t("history.col.reviewer"): d["reviewer"],
                    t("history.col.document"): d["document_name"],
                    t("history.col.practice"): d["practice_id"],
                    t("history.col.screener"): verdict_word(d["screener_verdict"]),
                    t("history.col.decision"): t("decision." + d["decision"]),
                    t("history.col.final"): verdict_word(d["final_verdict"]),
                    t("history.col.reason"): d["reason"] or "",
                }
                for d in decisions
            ],
            hide_index=True,
            width="stretch",
        )
    else:
        st.info(t("history.no_decisions"))

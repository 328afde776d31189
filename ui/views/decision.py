"""Decision page: per practice the reviewer agrees or overrides (with a reason) and signs."""

from __future__ import annotations

import streamlit as st

from ui import audit, state
from ui.i18n import labels, lkey, t
from ui.widgets import badge, esc, practice_label, verdict_word

FLASH_KEY = "_decision_flash"


def render() -> None:
    st.header(t("page.decision"))
    st.markdown(t("decision.intro"))
    doc = state.doc_picker()
    if doc is None:
        return
    conn = state.audit_conn()
    report = doc.report
    st.text_input(t("decision.reviewer"), key="reviewer", help=t("decision.reviewer_help"))
    latest = audit.latest_decisions(conn, doc.sha256)
    flash = st.session_state.pop(FLASH_KEY, None)

    decided = audit.decided_report(report, latest)
    final = decided["review"]["final_overall"]
    st.markdown(
        t("decision.status", done=len(decided["review"]["decisions"]), total=len(report.practices))
        + " &nbsp; "
        + badge(final, t("decision.final_overall", verdict=verdict_word(final))),
        unsafe_allow_html=True,
    )

    for p in report.practices:
        render_practice(doc, p, latest.get(p.id), flash)

    st.caption(t("decision.export_hint"))


def render_practice(doc: state.ScreenedDoc, p, last: dict | None, flash: tuple | None) -> None:
    base = f"dec_{doc.key}_{p.id}"
    with st.container(border=True, key="decide-" + p.id.replace(".", "-")):
        shown = p.verdict if p.applicable else "not_applicable"
        st.markdown(
            f"**{esc(practice_label(p.id, p.title))}** &nbsp; "
            + badge(shown, verdict_word(p.verdict) if p.applicable else t("verdict.not_applicable")),
            unsafe_allow_html=True,
        )
        if last:
            st.caption(
                t(
                    "decision.last",
                    decision=t("decision." + last["decision"]),
                    verdict=verdict_word(last["final_verdict"]),
                    reviewer=last["reviewer"],
                    time=last["timestamp_utc"],
                )
                + (f" — {last['reason']}" if last.get("reason") else "")
            )
        choice = st.radio(
            t("decision.choice"),
            ["agree", "override"],
            format_func=labels("decision"),
            key=lkey(base + "_choice"),
            horizontal=True,
        )
        new_verdict, reason = p.verdict, ""
        if choice == "override":
            options = [v for v in audit.VERDICTS if v != p.verdict]
            new_verdict = st.selectbox(t("decision.new_verdict"), options, format_func=labels("verdict"),
                                       key=lkey(base + "_verdict"))
            reason = st.text_area(t("decision.reason"), key=base + "_reason", height=80)
        if st.button(t("decision.sign"), key=base + "_sign"):
            reviewer = st.session_state.get("reviewer", "")
            d = audit.Decision(
                reviewer=reviewer or "",
                practice_id=p.id,
                screener_verdict=p.verdict,
                decision=choice,
                final_verdict=new_verdict,
                reason=reason,
            )
            try:
                audit.record_decision(state.audit_conn(), doc.report, d, screening_id=doc.screening_id)
            except audit.AuditError as exc:
                st.error(t(f"decision.error.{exc}"))
            else:
                st.session_state[FLASH_KEY] = (p.id, t("decision.recorded", reviewer=reviewer.strip()))
                st.rerun()
        if flash and flash[0] == p.id:
            st.success(flash[1])

"""Export page: the report as PDF, HTML, Markdown or JSON, the decided report, the audit log CSV."""

from __future__ import annotations

import json

import streamlit as st

from ui import audit, state
from ui.i18n import t

MIMES = {"pdf": "application/pdf", "html": "text/html", "md": "text/markdown", "json": "application/json"}


def _renderer(report, fmt: str):
    from screener.report import render

    funcs = {
        "pdf": lambda: render.to_pdf(report),
        "html": lambda: render.to_html(report),
        "md": lambda: render.to_markdown(report),
        "json": lambda: render.to_json(report),
    }
    return funcs[fmt]


def render() -> None:
    from screener.report.render import report_filename

    st.header(t("page.export"))
    conn = state.audit_conn()
    doc = state.doc_picker()
    if doc is not None:
        report = doc.report
        st.subheader(t("export.report", name=doc.name))
        cols = st.columns(4)
        for col, fmt in zip(cols, ("pdf", "html", "md", "json")):
            with col:
                st.download_button(
                    t(f"export.{fmt}"),
                    data=_renderer(report, fmt),  # rendered when clicked
                    file_name=report_filename(report, fmt),
                    mime=MIMES[fmt],
                    key=f"dl_{fmt}",
                    on_click="ignore",
                    width="stretch",
                )
        st.subheader(t("export.decided"))
        latest = audit.latest_decisions(conn, doc.sha256)
        st.caption(t("export.decided_help", n=len(latest), total=len(report.practices)))
        stem = report_filename(report, "json").rsplit(".", 1)[0]
        c1, c2 = st.columns(2)
        with c1:
            st.download_button(
                t("export.decided_json"),
                data=lambda: json.dumps(audit.decided_report(report, latest), ensure_ascii=False, indent=2),
                file_name=f"{stem}.decided.json",
                mime="application/json",
                key="dl_decided_json",
                on_click="ignore",
                width="stretch",
            )
        with c2:
            st.download_button(
                t("export.decided_md"),
                data=lambda: audit.decided_markdown(report, latest),
                file_name=f"{stem}.decided.md",
                mime="text/markdown",
                key="dl_decided_md",
                on_click="ignore",
                width="stretch",
            )

    st.subheader(t("export.audit"))
    st.caption(t("export.audit_help", path=str(audit.audit_db_path(state.settings()))))
    c1, c2 = st.columns(2)
    with c1:
        st.download_button(
            t("export.audit_csv"),
            data=lambda: audit.decisions_csv(conn),
            file_name="audit-decisions.csv",
            mime="text/csv",
            key="dl_audit_csv",
            on_click="ignore",
            width="stretch",
        )
    with c2:
        st.download_button(
            t("export.screenings_csv"),
            data=lambda: audit.screenings_csv(conn),
            file_name="audit-screenings.csv",
            mime="text/csv",
            key="dl_screenings_csv",
            on_click="ignore",
            width="stretch",
        )

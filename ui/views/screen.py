"""Screen page: upload files or paste text, pick the as-of date and the extractor (and, for the
offline one, whether the resemblance check runs), screen."""

from __future__ import annotations

import time
from datetime import date

import streamlit as st

from ui import audit, state
from ui.i18n import labels, lkey, t

UPLOAD_TYPES = ["pdf", "docx", "txt", "md", "html", "htm"]


def render() -> None:
    s = state.settings()
    st.header(t("page.screen"))
    st.markdown(t("screen.intro"))
    endpoint = state.llm_endpoint(s)
    if not endpoint:
        st.caption(":material/lock: " + t("privacy.offline"))

    for name, message in st.session_state.get(state.ERRORS_KEY, []):
        st.error(t("screen.not_screened", name=name, message=message), icon=":material/warning:")

    files = st.file_uploader(
        t("screen.upload"),
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="uploads",
        help=t("screen.upload_help", mb=f"{s.max_file_mb:g}"),
    )
    pasted = st.text_area(t("screen.paste"), key="paste_text", height=180, help=t("screen.paste_help"))
    col1, col2 = st.columns(2)
    with col1:
        as_of = st.date_input(t("screen.as_of"), value=date.today(), key="as_of", help=t("screen.as_of_help"),
                              format="YYYY-MM-DD")
    with col2:
        kinds = ["offline", "llm"]
        kind = st.radio(
            t("screen.extractor"),
            kinds,
            index=kinds.index(s.extractor) if s.extractor in kinds else 0,
            format_func=labels("extractor"),
            key=lkey("extractor_kind"),
            horizontal=True,
            help=t("screen.extractor_help"),
        )
        if kind == "offline":
            resemblance = st.checkbox(t("screen.resemblance"), value=s.resemblance_check, key="resemblance_check",
                                      help=t("screen.resemblance_help"))
            s = s.model_copy(update={"resemblance_check": resemblance})
    blocked = kind == "llm" and not endpoint
    if blocked:
        st.error(t("screen.llm_missing"))
    elif kind == "llm":
        st.warning(t("privacy.llm_send", url=endpoint))

    if st.button(t("screen.run"), type="primary", key="run_screen", disabled=blocked):
        inputs: list[tuple[str, bytes | str]] = [(f.name, f.getvalue()) for f in (files or [])]
        if pasted and pasted.strip():
            inputs.append((t("screen.pasted_name"), pasted))
        elif pasted and not files:
            inputs.append((t("screen.pasted_name"), pasted))  # whitespace only: the ingest error says so
        if not inputs:
            st.warning(t("screen.nothing"))
            return
        run_screening(inputs, as_of, kind, s)


def run_screening(inputs: list[tuple[str, bytes | str]], as_of: date, kind: str, s) -> None:
    from ingest import ingest_bytes, ingest_text
    from ingest.errors import IngestError
    from screener.pipeline import screen

    errors: list[tuple[str, str]] = []
    made = 0
    started = time.perf_counter()
    with st.status(t("screen.running", n=len(inputs)), expanded=True) as status:
        bar = st.progress(0.0, text=t("screen.loading"))
        try:
            retriever = state.retriever(s)
            extractor = state.extractor(kind, s)
        except Exception as exc:  # noqa: BLE001 - index or model missing: say so, do not crash
            status.update(label=t("screen.setup_failed"), state="error")
            st.error(t("screen.setup_failed_detail", error=f"{type(exc).__name__}: {exc}"))
            return
        fallback = state.store_fallback(s, retriever)
        notice = (s.chroma_url, fallback) if fallback else None
        if notice and st.session_state.get(state.STORE_NOTICE_KEY) != notice:  # later: a banner on every page
            st.warning(t("screen.store_fallback", url=notice[0], path=notice[1]), icon=":material/warning:")
        st.session_state[state.STORE_NOTICE_KEY] = notice
        conn = state.audit_conn(s)
        for i, (name, data) in enumerate(inputs):
            bar.progress(i / len(inputs), text=t("screen.progress", i=i + 1, n=len(inputs), name=name))
            try:
                if isinstance(data, str):
                    doc = ingest_text(data, name=name)
                else:
                    doc = ingest_bytes(data, name, max_mb=s.max_file_mb)
            except IngestError as exc:
                errors.append((name, exc.user_message))
                st.error(t("screen.not_screened", name=name, message=exc.user_message), icon=":material/warning:")
                continue
            try:
                report = screen(doc, as_of, s, extractor=extractor, retriever=retriever)
            except Exception as exc:  # noqa: BLE001 - one failing document must not stop the others
                msg = t("screen.failed", error=f"{type(exc).__name__}: {exc}")
                errors.append((name, msg))
                st.error(t("screen.not_screened", name=name, message=msg), icon=":material/warning:")
                continue
            if doc.warnings:
                report = report.model_copy(update={"warnings": [*doc.warnings, *report.warnings]})
            sid = audit.record_screening(conn, report, doc.text)
            state.add_doc(state.ScreenedDoc(report=report, text=doc.text, screening_id=sid))
            made += 1
            st.write(t("screen.done_one", name=doc.name, verdict=t("verdict." + report.overall)))
        bar.progress(1.0, text=t("screen.finished", s=f"{time.perf_counter() - started:.1f}"))
        status.update(
            label=t("screen.summary", made=made, failed=len(errors)),
            state="complete" if made and not errors else ("error" if not made else "complete"),
            expanded=not made,
        )
    st.session_state[state.ERRORS_KEY] = errors
    if made:
        state.go("result")
        st.rerun()

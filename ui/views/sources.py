"""Legal sources page: search the shipped corpus (the Regulation, recitals, guidelines)."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import labels, lkey, t
from ui.widgets import esc, law_badge, legal_text, safe_url


def render() -> None:
    st.header(t("page.sources"))
    st.markdown(t("sources.intro"))
    query = st.text_input(t("sources.query"), key="src_query", placeholder=t("sources.placeholder"))
    c1, c2, c3 = st.columns([2, 2, 1])
    with c1:
        lang = st.radio(t("sources.lang"), ["all", "nl", "en"], format_func=labels("sources.lang"),
                        key=lkey("src_lang"), horizontal=True)
    with c2:
        binding = st.radio(t("sources.binding"), ["all", "binding", "guidance"],
                           format_func=labels("sources.binding"), key=lkey("src_binding"), horizontal=True)
    with c3:
        k = st.number_input(t("sources.k"), min_value=1, max_value=30, value=8, key="src_k")
    clicked = st.button(t("sources.search"), key="src_search", type="primary")
    if not (query and query.strip()):
        if clicked:
            st.warning(t("sources.empty_query"))
        return
    try:
        with st.spinner(t("sources.loading")):
            retriever = state.retriever()
            hits = retriever.search(
                query.strip(),
                k=int(k),
                lang=None if lang == "all" else lang,
                binding=None if binding == "all" else binding == "binding",
            )
    except Exception as exc:  # noqa: BLE001 - index missing or broken: say so
        st.error(t("sources.failed", error=f"{type(exc).__name__}: {exc}"))
        return
    st.subheader(t("sources.hits", n=len(hits)))
    for hit in hits:
        with st.container(border=True):
            st.markdown(
                f"<code>{esc(hit.unit_id)}</code> &nbsp;{law_badge(hit.binding)}&nbsp; "
                f"<strong>{esc(hit.title)}</strong> &nbsp;<small>({esc(hit.lang.upper())} · {esc(hit.kind)} · "
                f"{esc(t('sources.score', score=f'{hit.score:.3f}'))})</small>",
                unsafe_allow_html=True,
            )
            legal_text(hit.text)
            url = safe_url(hit.eurlex_url)
            if url:
                st.markdown(f"[{t('law.eurlex')} ↗]({url})")

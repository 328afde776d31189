"""Streamlit app of the EU AI Act Article 5 screener: ``streamlit run ui/app.py``.

Pages: Screen, Result, Decision, Export, History, Evaluations, Legal sources (one module each
under ``ui/views``). Documents are screened on this machine with the embedded offline extractor
unless a language-model endpoint is configured (``SCREENER_LLM_BASE_URL``); then a banner says
where documents go.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ on the path, not the repo root
    sys.path.insert(0, str(ROOT))

import streamlit as st

from ui import state
from ui.i18n import LANG_KEY, LANGS, carry_over, default_lang, labels, t
from ui.widgets import inject_css

PREV_LANG_KEY = "_ui_lang_prev"


def _language_changed() -> None:
    """Keep the choices of language-bound widgets (translated options) across the switch."""
    ss = st.session_state
    carry_over(ss, ss.get(PREV_LANG_KEY), ss[LANG_KEY])
    ss[PREV_LANG_KEY] = ss[LANG_KEY]


def main() -> None:
    st.set_page_config(page_title="Art. 5 AI Act screener", page_icon=":material/gavel:", layout="wide")
    state.init_session()
    st.session_state.setdefault(LANG_KEY, default_lang())
    st.session_state.setdefault(PREV_LANG_KEY, st.session_state[LANG_KEY])
    inject_css()
    s = state.settings()

    with st.sidebar:
        st.radio(
            ":material/translate: Taal / Language",
            list(LANGS),
            format_func=LANGS.get,
            key=LANG_KEY,
            horizontal=True,
            on_change=_language_changed,
        )
        st.title(t("app.title"))
        page = state.nav_radio(t("nav.label"), labels("page"))
        n = len(state.docs())
        if n:
            st.caption(t("nav.docs", n=n))
        endpoint = state.llm_endpoint(s)
        if endpoint:
            st.caption(":material/cloud_upload: " + t("privacy.llm_short"))
        else:
            st.caption(":material/lock: " + t("privacy.offline_short"))
        from ui.audit import app_version

        st.caption(t("app.version", version=app_version()))

    if endpoint:
        st.warning(t("privacy.llm_banner", url=endpoint), icon=":material/warning:")
    notice = st.session_state.get(state.STORE_NOTICE_KEY)
    if notice:  # the Chroma server was down at the last screening: the local index was used
        st.warning(t("screen.store_fallback", url=notice[0], path=notice[1]), icon=":material/warning:")

    module = importlib.import_module(f"ui.views.{page}")
    module.render()


main()

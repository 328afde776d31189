"""Session state, settings, cached heavy resources and navigation shared by the views.

Everything heavy (the legal index, the embedder, the fact extractor) is loaded once per server
process with ``st.cache_resource``; per-user data (the screened documents, the chosen page, the
interface language) lives in ``st.session_state``.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from ui import audit
from ui.i18n import lkey, t

PAGES = ("screen", "result", "decision", "export", "history", "evals", "sources")
PAGE_KEY = "page"  # the current page (plain session state, settable at any time)
NAV_KEY = "nav"  # the sidebar radio (language-bound key, see ui.i18n.lkey)
DOCS_KEY = "docs"
CURRENT_KEY = "current_doc"
ERRORS_KEY = "ingest_errors"
STORE_NOTICE_KEY = "store_notice"  # (server URL, local folder) while the embedded fallback is in use


@dataclass
class ScreenedDoc:
    """One screened document held in the session."""

    report: Any  # screener.report.model.Report
    text: str | None = None  # the document text, for quotes in context
    screening_id: int | None = None
    key: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def name(self) -> str:
        return self.report.document.name

    @property
    def sha256(self) -> str:
        return self.report.document.sha256


# ------------------------------------------------------------------------------ settings


def settings():
    """Settings read fresh on every run (environment and config file; cheap)."""
    from screener.config import load_settings

    return load_settings()


def _settings_from_json(settings_json: str):
    from screener.config import Settings

    return Settings.model_validate(json.loads(settings_json))


def _settings_json(s) -> str:
    data = s.model_dump(mode="json")
    data["llm"]["api_key"] = s.llm.api_key  # model_dump keeps it; explicit for clarity
    return json.dumps(data, sort_keys=True)


@st.cache_resource(show_spinner=False, max_entries=4)
def _retriever(settings_json: str):
    from corpus.retrieval import SharedRetriever, get_retriever

    # memoised: every screening asks the same per-practice queries
    return SharedRetriever(get_retriever(_settings_from_json(settings_json)))


def retriever(s=None):
    """The hybrid retriever over the legal corpus (the index is built on first use)."""
    s = s or settings()
    return _retriever(_settings_json(s))


def store_fallback(s, retriever) -> str | None:
    """The local folder used instead of the configured Chroma server (the embedded fallback of
    ``SCREENER_CHROMA_FALLBACK_EMBEDDED``), or None: the page says so on every screening."""
    if not s.chroma_url:
        return None
    from corpus.store import store_location

    where = store_location(getattr(retriever, "client", None), s)
    return None if where == s.chroma_url else where


@st.cache_resource(show_spinner=False, max_entries=4)
def _extractor(kind: str, settings_json: str):
    from screener.facts import get_extractor

    s = _settings_from_json(settings_json).model_copy(update={"extractor": kind})
    return get_extractor(s)


def extractor(kind: str, s=None):
    s = s or settings()
    return _extractor(kind, _settings_json(s))


def llm_endpoint(s=None) -> str | None:
    s = s or settings()
    return s.llm.base_url or None


# ------------------------------------------------------------------------------ audit log


@st.cache_resource(show_spinner=False)
def _audit_conn(path: str) -> sqlite3.Connection:
    return audit.connect(path)


def audit_conn(s=None) -> sqlite3.Connection:
    return _audit_conn(str(audit.audit_db_path(s or settings())))


# ------------------------------------------------------------------------------ session


def init_session() -> None:
    ss = st.session_state
    ss.setdefault(DOCS_KEY, [])
    ss.setdefault(ERRORS_KEY, [])
    if ss.get(PAGE_KEY) not in PAGES:
        ss[PAGE_KEY] = "screen"


def page() -> str:
    return st.session_state.get(PAGE_KEY, "screen")


def nav_radio(label: str, format_func) -> str:
    """The sidebar page selector, kept in step with ``st.session_state["page"]``."""
    key = lkey(NAV_KEY)
    st.session_state[key] = page()  # set before the widget is drawn: reflects go()

    def changed() -> None:
        st.session_state[PAGE_KEY] = st.session_state[key]

    st.radio(label, list(PAGES), format_func=format_func, key=key, on_change=changed)
    return page()


def docs() -> list[ScreenedDoc]:
    return st.session_state.setdefault(DOCS_KEY, [])


def add_doc(doc: ScreenedDoc, make_current: bool = True) -> None:
    items = docs()
    items.append(doc)
    if make_current:
        st.session_state[CURRENT_KEY] = doc.key


def current_doc() -> ScreenedDoc | None:
    items = docs()
    if not items:
        return None
    key = st.session_state.get(CURRENT_KEY)
    for d in items:
        if d.key == key:
            return d
    return items[-1]


def set_current(key: str) -> None:
    st.session_state[CURRENT_KEY] = key


def go(target: str) -> None:
    """Switch page: immediately from a callback, otherwise on the next run (call st.rerun())."""
    st.session_state[PAGE_KEY] = target


def doc_picker(label_key: str = "doc.pick") -> ScreenedDoc | None:
    """A select box of the session's documents (shown when there is more than one)."""
    items = docs()
    if not items:
        st.info(t("doc.none"))
        return None
    if len(items) == 1:
        set_current(items[0].key)
        return items[0]
    keys = [d.key for d in items]
    names = {d.key: f"{d.name} — {t('verdict.' + d.report.overall)}" for d in items}
    cur = current_doc()
    index = keys.index(cur.key) if cur and cur.key in keys else len(keys) - 1
    chosen = st.selectbox(t(label_key), keys, index=index, format_func=names.get, key=lkey("pick_" + label_key))
    set_current(chosen)
    return next(d for d in items if d.key == chosen)

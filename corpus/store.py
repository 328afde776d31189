"""The Chroma vector store for the legal corpus.

* Local by default: ``chromadb.PersistentClient(path=settings.chroma_dir)`` (a folder under the
  user data dir, never inside the repository), telemetry off. With ``settings.chroma_url`` a Chroma
  server is used through ``chromadb.HttpClient``; an unreachable server raises
  :class:`StoreUnavailableError` naming the URL, unless ``settings.chroma_fallback_embedded`` is
  set: then a warning names the URL and the local folder used instead.
* One collection per (corpus version, embedder): :func:`collection_name`. Its metadata records
  the corpus version, the embedder name, the vector size, a fingerprint of the chunk texts and the
  expected number of chunks, and ``complete`` is only set once every chunk was added. A collection
  that is missing, half-built, built from other chunks or unreadable is (re)built; a complete one
  is reused without embedding anything.
* A local store whose sqlite file is corrupted is wiped and rebuilt, with a warning, but only
  when the folder carries our marker file (:data:`MARKER_FILE`): a folder we did not create is
  never deleted. The file gets a ``PRAGMA quick_check`` before chromadb opens it (about 25 ms
  for the full index): damage in pages the start-up queries never read is caught too.

What is indexed: every unit of ``load_units()`` chunked by ``chunk_units()``; a unit with child
units contributes only its own text (``art5.1.c`` its opening words, not the text of
``art5.1.c.i``/``ii`` which are indexed themselves), and none at all when that is nearly empty
(the whole-article unit ``art5`` is the sum of its paragraphs); see :func:`index_units`. This keeps
the same sentence from filling several result slots.
"""

from __future__ import annotations

import logging
import re
import shutil
import urllib.error
import urllib.request
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from corpus.lexical import chunk_search_text, fingerprint_chunks

if TYPE_CHECKING:  # pragma: no cover
    from corpus.embeddings import Embedder
    from corpus.models import Unit, UnitChunk
    from screener.config import Settings

log = logging.getLogger(__name__)

__all__ = [
    "MARKER_FILE",
    "STORE_SCHEMA",
    "IndexInfo",
    "StoreError",
    "StoreUnavailableError",
    "build_index",
    "chunk_metadata",
    "close_client",
    "collection_name",
    "index_chunks",
    "index_units",
    "open_client",
    "own_text",
    "store_location",
]

#: written into every local store folder we create; only such folders are ever wiped
MARKER_FILE = ".art5-screener-store"
#: bump when the stored metadata layout changes (forces a rebuild)
STORE_SCHEMA = 1
COLLECTION_PREFIX = "art5"
#: a parent unit whose own text (beyond its children's) is shorter than this is not indexed
MIN_OWN_CHARS = 40
ADD_BATCH = 128

Progress = Callable[[int, int], None]


class StoreError(RuntimeError):
    """The vector store cannot be used (a message a user can act on)."""


class StoreUnavailableError(StoreError):
    """The configured Chroma server does not answer."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(
            f"Chroma server at {url} is not reachable ({reason}). Start it (e.g. `chroma run --path DIR "
            "--host 127.0.0.1 --port 8000`) or leave out --chroma-url / SCREENER_CHROMA_URL to use the "
            "local store."
        )
        self.url = url


# --------------------------------------------------------------------------- names and metadata


def _sanitise(text: str) -> str:
    return re.sub(r"-{2,}", "-", re.sub(r"[^A-Za-z0-9_-]+", "-", text)).strip("-_")


def collection_name(corpus_version: str, embedder_name: str) -> str:
    """A valid Chroma collection name (3–63 chars, ``[A-Za-z0-9._-]``, alphanumeric ends).

    Long embedder names are shortened and made unique with a hash suffix.
    """
    import hashlib

    version = _sanitise(corpus_version)[:16] or "v"
    emb = _sanitise(embedder_name) or "emb"
    name = f"{COLLECTION_PREFIX}-{version}-{emb}"
    if len(name) > 63:
        digest = hashlib.sha256(embedder_name.encode("utf-8")).hexdigest()[:8]
        room = 63 - len(f"{COLLECTION_PREFIX}-{version}--{digest}")
        name = f"{COLLECTION_PREFIX}-{version}-{emb[:room].rstrip('-_')}-{digest}"
    name = name.strip("-_")
    if not re.match(r"^[A-Za-z0-9].*[A-Za-z0-9]$", name):  # pragma: no cover - defensive
        name = f"x{name}x"
    return name


def own_text(unit: Unit, children: Sequence[Unit]) -> str:
    """``unit.text`` without the text of its child units (they are indexed on their own)."""
    text = unit.text
    for child in children:
        if child.text and child.text in text:
            text = text.replace(child.text, "", 1)
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line.strip()).strip()


def index_units(units: Sequence[Unit]) -> list[Unit]:
    """The units as indexed: a unit with child units keeps only its own text (the children are
    indexed themselves), and is left out when that is under :data:`MIN_OWN_CHARS` characters
    (``art5`` = the sum of its paragraphs). ``art5.1.c`` keeps its opening words, ``art5.1`` its
    introduction and closing subparagraph. Search results show the full unit text again."""
    children: dict[tuple[str, str, str], list[Unit]] = defaultdict(list)
    for unit in units:
        if unit.parent:
            children[(unit.parent, unit.lang, unit.text_version)].append(unit)
    kept = []
    for unit in units:
        kids = children.get((unit.id, unit.lang, unit.text_version))
        if not kids:
            kept.append(unit)
            continue
        text = own_text(unit, kids)
        if len(re.sub(r"\s+", "", text)) < MIN_OWN_CHARS:
            continue
        kept.append(unit.model_copy(update={"text": text}))
    return kept


def index_chunks(units: Sequence[Unit]) -> list[UnitChunk]:
    from corpus.chunking import chunk_units

    return chunk_units(index_units(units))


def chunk_metadata(chunk: UnitChunk, unit: Unit | None) -> dict[str, Any]:
    """Chroma metadata of one chunk (scalars only: practice tags as ``p_<id>: True`` flags)."""
    from corpus.retrieval import practice_tags

    tags = practice_tags(unit) if unit is not None else ()
    meta: dict[str, Any] = {
        "unit_id": chunk.unit_id,
        "lang": chunk.lang,
        "kind": chunk.kind,
        "binding": bool(chunk.binding),
        "text_version": chunk.text_version,
        "title": chunk.title,
        "seq": int(chunk.seq),
        "eurlex_url": (unit.eurlex_url if unit is not None and unit.eurlex_url else ""),
        "practices": ",".join(tags),
    }
    for tag in tags:
        meta[f"p_{tag}"] = True
    return meta


# --------------------------------------------------------------------------- clients


def _chroma_settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def _is_inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _parse_url(url: str) -> tuple[str, int, bool, str]:
    raw = url.strip()
    parsed = urlparse(raw if "://" in raw else f"http://{raw}")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise StoreUnavailableError(url, "not an http(s)://host:port URL")
    ssl = parsed.scheme == "https"
    try:
        port = parsed.port or (443 if ssl else 8000)
    except ValueError as exc:
        raise StoreUnavailableError(url, f"bad port: {exc}") from exc
    base = f"{parsed.scheme}://{parsed.hostname}:{port}"
    return parsed.hostname, port, ssl, base


def _http_client(url: str, timeout_s: float = 5.0):
    host, port, ssl, base = _parse_url(url)
    # chromadb's own HTTP session has no timeout: check the heartbeat with one first
    try:
        with urllib.request.urlopen(f"{base}/api/v2/heartbeat", timeout=timeout_s) as resp:
            resp.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise StoreUnavailableError(url, f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}") from exc
    try:
        import chromadb

        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=_chroma_settings())
        client.heartbeat()
    except Exception as exc:  # httpx / chromadb errors
        raise StoreUnavailableError(url, f"{type(exc).__name__}: {exc}") from exc
    return client


def _prepare_local_dir(path: Path) -> None:
    if _is_inside(path, _repo_root()):
        raise StoreError(
            f"Refusing to put the Chroma store inside the source tree ({path}); "
            "set SCREENER_DATA_DIR or SCREENER_CHROMA_PATH to a folder outside it."
        )
    if path.exists() and not path.is_dir():
        raise StoreError(f"Chroma store path {path} exists and is not a folder")
    path.mkdir(parents=True, exist_ok=True)
    marker = path / MARKER_FILE
    if marker.exists():
        return
    entries = [p for p in path.iterdir()]
    if not entries:
        marker.write_text("Chroma store created by art5-screener; safe to delete (it is rebuilt on demand).\n")
    elif not (path / "chroma.sqlite3").exists():
        raise StoreError(
            f"{path} is not empty and is not a Chroma store; choose an empty folder for the vector store"
        )
    # else: an existing Chroma store we did not create: use it, but never wipe it


def _wipe(path: Path, reason: str) -> None:
    if not (path / MARKER_FILE).exists():
        raise StoreError(
            f"The Chroma store at {path} is unreadable ({reason}) and was not created by art5-screener; "
            "it is left untouched. Move it away or point SCREENER_CHROMA_PATH elsewhere."
        )
    msg = f"Chroma store at {path} is corrupted ({reason}); wiping it and rebuilding the index."
    warnings.warn(msg, RuntimeWarning, stacklevel=3)  # the CLI prints it as one line
    _forget_local_system(path)
    shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / MARKER_FILE).write_text("Chroma store created by art5-screener; safe to delete (it is rebuilt on demand).\n")


def _forget_local_system(path: Path) -> None:
    """Drop chromadb's per-path cached System so a fresh client reopens the files."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        for key in (str(path), str(path.resolve())):
            system = SharedSystemClient._identifier_to_system.pop(key, None)
            SharedSystemClient._identifier_to_refcount.pop(key, None)
            if system is not None:
                try:
                    system.stop()
                except Exception:  # pragma: no cover - best effort
                    pass
    except Exception:  # pragma: no cover - private API changed
        pass


def _sqlite_problem(path: Path) -> str | None:
    """Why the store's sqlite file is damaged (``PRAGMA quick_check``), or None when it is sound
    or absent. chromadb itself only notices damage in the pages a query happens to read."""
    import sqlite3

    db = path / "chroma.sqlite3"
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(db, timeout=30.0)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"{type(exc).__name__}: {exc}"
    if rows != [("ok",)]:
        return "quick_check: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def _persistent_client(path: Path):
    import chromadb

    _prepare_local_dir(path)
    problem = _sqlite_problem(path)
    if problem:
        _wipe(path, problem)
    try:
        client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
        client.list_collections()
        return client
    except StoreError:
        raise
    except Exception as exc:
        _wipe(path, f"{type(exc).__name__}: {exc}")
    client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    client.list_collections()
    return client


def open_client(settings: Settings):
    """A Chroma client for ``settings``: HTTP when ``chroma_url`` is set, else the local store.

    An unreachable server is an error, or, with ``chroma_fallback_embedded``, a warning and the
    local store (for a single user whose server is optional; the warning says which store).
    """
    local = Path(settings.chroma_dir).expanduser()
    if settings.chroma_url:
        try:
            return _http_client(settings.chroma_url)
        except StoreUnavailableError as exc:
            if not settings.chroma_fallback_embedded:
                raise
            msg = (
                f"Chroma server at {settings.chroma_url} is not reachable; using the embedded "
                f"store at {local} instead (SCREENER_CHROMA_FALLBACK_EMBEDDED is set). Cause: {exc}"
            )
            warnings.warn(msg, RuntimeWarning, stacklevel=2)  # the CLI prints it as one line
    return _persistent_client(local)


def close_client(client) -> None:
    """Release a client (local stores: closes the sqlite handle so the folder may be removed)."""
    close = getattr(client, "close", None)
    if close is not None:
        try:
            close()
        except Exception:  # pragma: no cover - best effort
            pass


def store_location(client, settings: Settings) -> str:
    """Where ``client`` keeps the index, for messages: the local folder or the server URL
    (with the embedded fallback, the folder actually used rather than the configured URL)."""
    path = _client_path(client)
    return str(path) if path is not None else (settings.chroma_url or str(settings.chroma_dir))


def _client_path(client) -> Path | None:
    try:
        persist = client._system.settings.persist_directory
        return Path(persist) if persist and client._system.settings.is_persistent else None
    except Exception:
        return None


# --------------------------------------------------------------------------- build


@dataclass
class IndexInfo:
    """What :func:`build_index` found or built."""

    client: Any
    collection: Any
    name: str
    corpus_version: str
    embedder_name: str
    chunks: list[UnitChunk]
    units: list[Unit]
    built: bool
    count: int
    fingerprint: str
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)


def _expected_metadata(corpus_version: str, embedder: Embedder, chunks, fingerprint: str, complete: bool) -> dict:
    return {
        "app": "art5-screener",
        "schema": STORE_SCHEMA,
        "corpus_version": corpus_version,
        "embedder": embedder.name,
        "dim": int(embedder.dim),
        "expected_count": len(chunks),
        "fingerprint": fingerprint,
        "complete": complete,
    }


def _check_collection(collection, expected: dict) -> str | None:
    """None when ``collection`` is complete and matches; else why it must be rebuilt."""
    meta = collection.metadata or {}
    for key in ("schema", "corpus_version", "embedder", "dim", "expected_count", "fingerprint"):
        if meta.get(key) != expected[key]:
            return f"{key} differs ({meta.get(key)!r} != {expected[key]!r})"
    if meta.get("complete") is not True:
        return "half-built (not marked complete)"
    count = collection.count()
    if count != expected["expected_count"]:
        return f"has {count} chunks, expected {expected['expected_count']}"
    # cheap probe: the vector segment must answer a query
    probe = collection.query(query_embeddings=[[0.0] * (expected["dim"] - 1) + [1.0]], n_results=1, include=[])
    if not probe.get("ids") or not probe["ids"][0]:
        return "vector index returns nothing"
    return None


def _get_collection(client, name: str):
    """The collection ``name`` or None when it does not exist (other errors propagate)."""
    try:
        from chromadb.errors import NotFoundError
    except ImportError:  # pragma: no cover - older chromadb
        NotFoundError = ()
    try:
        return client.get_collection(name, embedding_function=None)
    except NotFoundError:
        return None
    except Exception as exc:
        text = f"{type(exc).__name__}: {exc}".lower()
        if "does not exist" in text or "not found" in text:
            return None
        raise


def _create_collection(client, name: str, metadata: dict):
    return client.create_collection(
        name,
        embedding_function=None,
        configuration={"hnsw": {"space": "cosine"}},
        metadata=metadata,
    )


def _drop_stale(client, name: str, embedder_name: str) -> None:
    """Delete our collections for the same embedder built from another corpus version."""
    try:
        for col in client.list_collections():
            col_name = col if isinstance(col, str) else col.name
            if col_name == name or not col_name.startswith(f"{COLLECTION_PREFIX}-"):
                continue
            meta = (client.get_collection(col_name, embedding_function=None).metadata or {}) if isinstance(col, str) else (col.metadata or {})
            if meta.get("app") == "art5-screener" and meta.get("embedder") == embedder_name:
                client.delete_collection(col_name)
                log.info("deleted stale collection %s", col_name)
    except Exception as exc:  # pragma: no cover - housekeeping only
        log.debug("could not drop stale collections: %s", exc)


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: Progress | None = None,
    *,
    embedder: Embedder | None = None,
    units: Sequence[Unit] | None = None,
    corpus_version: str | None = None,
    client: Any = None,
) -> IndexInfo:
    """Make sure the collection for (corpus version, embedder) is complete; build it if not.

    ``progress(done, total)`` is called after each batch of chunks (and once with
    ``(total, total)`` when nothing had to be built). ``embedder``/``units``/``corpus_version``/
    ``client`` default to ``get_embedder(settings)``, ``load_units()``, ``corpus_version()`` and
    :func:`open_client` (tests pass a small subset of units).
    """
    import time

    from corpus.embeddings import get_embedder

    started = time.perf_counter()
    if embedder is None:
        embedder = get_embedder(settings)
    if units is None:
        from corpus.loader import load_units

        units = load_units()
    if corpus_version is None:
        from corpus.loader import corpus_version as _cv

        corpus_version = _cv()
    units = list(units)
    chunks = index_chunks(units)
    fingerprint = fingerprint_chunks(chunks)
    name = collection_name(corpus_version, embedder.name)
    if client is None:
        client = open_client(settings)
    expected = _expected_metadata(corpus_version, embedder, chunks, fingerprint, complete=True)
    reasons: list[str] = []

    collection = None
    if not rebuild:
        try:
            collection = _get_collection(client, name)
            if collection is None:
                reasons.append("missing")
            else:
                why = _check_collection(collection, expected)
                if why is None:
                    if progress:
                        progress(len(chunks), len(chunks))
                    return IndexInfo(
                        client, collection, name, corpus_version, embedder.name, chunks, units,
                        built=False, count=len(chunks), fingerprint=fingerprint,
                        seconds=time.perf_counter() - started,
                    )
                reasons.append(why)
        except Exception as exc:
            reasons.append(f"unreadable: {type(exc).__name__}: {exc}")
            client = _recover(client, settings, exc)
    else:
        reasons.append("rebuild requested")

    client, collection = _fresh_collection(client, name, corpus_version, embedder, chunks, fingerprint)
    log.info("building %s (%d chunks): %s", name, len(chunks), "; ".join(reasons))
    _drop_stale(client, name, embedder.name)
    by_key = {u.key: u for u in units}
    total = len(chunks)
    if progress:
        progress(0, total)
    for start in range(0, total, ADD_BATCH):
        batch = chunks[start : start + ADD_BATCH]
        texts = [chunk_search_text(c) for c in batch]
        vectors = embedder.embed(texts)
        collection.add(
            ids=[c.chunk_id for c in batch],
            embeddings=vectors,
            documents=[c.text for c in batch],
            metadatas=[chunk_metadata(c, by_key.get(f"{c.unit_id}|{c.lang}|{c.text_version}")) for c in batch],
        )
        if progress:
            progress(min(start + len(batch), total), total)
    collection.modify(metadata=expected)
    count = collection.count()
    if count != total:
        raise StoreError(f"index {name}: wrote {total} chunks but the collection holds {count}")
    return IndexInfo(
        client, collection, name, corpus_version, embedder.name, chunks, units,
        built=True, count=count, fingerprint=fingerprint, seconds=time.perf_counter() - started,
        reasons=reasons,
    )


def _recover(client, settings: Settings, exc: Exception):
    """After an unreadable collection: local store → wipe (if ours) and reopen; server → raise."""
    path = _client_path(client)
    if path is None:
        if settings.chroma_url:
            raise StoreError(f"Chroma server at {settings.chroma_url} failed: {type(exc).__name__}: {exc}") from exc
        return client
    close_client(client)
    _wipe(path, f"{type(exc).__name__}: {exc}")
    return _persistent_client(path)


def _fresh_collection(client, name, corpus_version, embedder, chunks, fingerprint):
    """An empty collection ``name`` marked incomplete; returns ``(client, collection)``."""
    meta = _expected_metadata(corpus_version, embedder, chunks, fingerprint, complete=False)
    try:
        if _get_collection(client, name) is not None:
            client.delete_collection(name)
        return client, _create_collection(client, name, meta)
    except Exception as exc:
        path = _client_path(client)
        if path is None:
            raise StoreError(f"cannot (re)create collection {name}: {type(exc).__name__}: {exc}") from exc
        close_client(client)
        _wipe(path, f"{type(exc).__name__}: {exc}")
        client = _persistent_client(path)
        return client, _create_collection(client, name, meta)

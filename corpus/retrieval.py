"""Hybrid retrieval over the legal corpus: dense (Chroma) + BM25, fused by reciprocal rank fusion.

``Retriever.search(query, k, lang, kind, binding, practice, as_of)``:

1. dense top-N from the Chroma collection of the configured embedder (filters as ``where``),
2. BM25 top-N over the same chunks (same filters, as a mask),
3. reciprocal rank fusion ``sum 1 / (60 + rank)`` over both lists,
4. one hit per unit: the best chunk per ``(unit_id, lang, text_version)``; when both the OJ text
   and the consolidated text of a unit match and the consolidated text is published on
   ``as_of`` (or no date is given), only the consolidated one is kept (with the better score),
5. the ``k`` best.

Filters: ``lang`` ("nl"/"en"), ``kind`` (article/recital/annex/guideline/guidance),
``binding``, ``practice`` (``art5.1.c`` or ``c``: the article point and its sub-points, the
recitals and guideline paragraphs about that practice, see :func:`practice_tags`) and ``as_of``
(units of the consolidated text, published 27.7.2026, are left out before that date).

The USE multilingual model puts Dutch and English in one vector space, so a Dutch query finds
English guideline paragraphs and vice versa; BM25 adds exact-term matches within a language.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from corpus.models import VERSION_CONSOLIDATED, VERSION_OJ

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from corpus.embeddings import Embedder
    from corpus.models import Unit, UnitChunk
    from screener.config import Settings

__all__ = [
    "CONSOLIDATED_PUBLISHED",
    "PRACTICE_IDS",
    "RRF_K",
    "Hit",
    "Retriever",
    "get_retriever",
    "normalise_practice",
    "practice_tags",
]

PRACTICE_IDS = ("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")
#: start date of the EUR-Lex consolidated text carrying Reg. (EU) 2026/1744
CONSOLIDATED_PUBLISHED = date(2026, 7, 27)
RRF_K = 60
#: how deep each ranked list goes before fusion
DENSE_DEPTH = 60
LEXICAL_DEPTH = 60
#: a BM25 hit must match at least this share of the query's idf weight (see LexicalIndex.search)
MIN_COVERAGE = 0.4

Mode = Literal["hybrid", "dense", "lexical"]

# Recitals explaining each prohibition (Reg. 2024/1689, recitals 28-44)
_RECITAL_PRACTICES: dict[int, tuple[str, ...]] = {
    28: ("a", "b"),
    29: ("a", "b"),
    30: ("g",),
    31: ("c",),
    42: ("d",),
    43: ("e",),
    18: ("f",),
    44: ("f",),
    **{n: ("h",) for n in range(32, 42)},
}
# Sections of the Commission guidelines C(2025) 5052
_GUIDELINE_SECTION_PRACTICES: dict[int, tuple[str, ...]] = {
    3: ("a", "b"),
    4: ("c",),
    5: ("d",),
    6: ("e",),
    7: ("f",),
    8: ("g",),
    9: ("h",),
    10: ("h",),
}
_ART5_POINT = re.compile(r"^art5\.1\.([a-z]{1,2})(?:\.|$)")
_ART5_1AB = re.compile(r"^art5\.1[ab](?:\.|$)")
_ART5_H_PARAS = re.compile(r"^art5\.[2-7](?:\.|$)")
_SECTION_NUM = re.compile(r"^\s*(\d+)(?:[.\s]|$)")


def practice_tags(unit: Unit) -> tuple[str, ...]:
    """The Art. 5(1) practices a unit is specifically about (empty for general provisions).

    * Art. 5(1) points and their sub-points: their own letter; 5(1a)/5(1b) (consolidated text):
      ba and bb; 5(2)–5(7) (conditions for the real-time RBI exceptions): h.
    * Recitals: a/b 28–29, c 31, d 42, e 43, f 18 and 44, g 30, h 32–41.
    * Guidelines C(2025) 5052 by section: 3 → a/b, 4 → c, 5 → d, 6 → e, 7 → f, 8 → g, 9–10 → h.
    """
    uid = unit.id
    if uid.startswith("art5."):
        m = _ART5_POINT.match(uid)
        if m:
            return (m.group(1),) if m.group(1) in PRACTICE_IDS else ()
        if _ART5_1AB.match(uid):
            return ("ba", "bb")
        if _ART5_H_PARAS.match(uid):
            return ("h",)
        return ()
    if unit.kind == "recital":
        m = re.match(r"^recital(\d+)$", uid)
        return _RECITAL_PRACTICES.get(int(m.group(1)), ()) if m else ()
    if uid.startswith("gl-prohibited."):
        for heading in unit.heading_path:
            m = _SECTION_NUM.match(heading)
            if m:
                return _GUIDELINE_SECTION_PRACTICES.get(int(m.group(1)), ())
        return ()
    return ()


def normalise_practice(practice: str) -> str:
    """``"art5.1.c"``, ``"5.1.c"``, ``"5(1)(c)"``, ``"C"`` → ``"c"``; ValueError if unknown."""
    p = practice.strip().lower()
    m = re.fullmatch(r"(?:art(?:icle)?\.?\s*)?5?[.(]?1?[.)]?[.(]?([a-z]{1,2})\)?", p.replace(" ", ""))
    letter = m.group(1) if m else p
    if letter not in PRACTICE_IDS:
        raise ValueError(f"unknown practice {practice!r}: use one of {', '.join(PRACTICE_IDS)} or art5.1.<letter>")
    return letter


class Hit(BaseModel):
    """One retrieved legal passage.

    ``text`` is the best matching chunk of the unit without its header line (the whole unit
    when it fits one chunk, as most points, recitals and guideline paragraphs do); for a unit
    with sub-units (``art5.1.c`` with (i) and (ii)) it is the unit's full text. ``score`` is the
    reciprocal-rank-fusion score (higher is better; only comparable within one search).
    """

    unit_id: str
    lang: str
    kind: str
    binding: bool
    title: str
    text: str
    score: float
    eurlex_url: str | None = None
    text_version: str = VERSION_OJ
    chunk_id: str


def _body(chunk_text: str, title: str) -> str:
    """Chunk text without the header line that chunking puts first."""
    if chunk_text.startswith(title):
        _, _, rest = chunk_text.partition("\n")
        return rest.strip() or chunk_text
    return chunk_text


class Retriever:
    """Hybrid search over one built index. Use :meth:`from_settings`."""

    def __init__(
        self,
        embedder: Embedder,
        collection: Any,
        chunks: Sequence[UnitChunk],
        units: Sequence[Unit],
        *,
        client: Any = None,
        rrf_k: int = RRF_K,
        dense_depth: int = DENSE_DEPTH,
        lexical_depth: int = LEXICAL_DEPTH,
        min_coverage: float = MIN_COVERAGE,
    ) -> None:
        import numpy as np

        from corpus.lexical import get_lexical_index

        self.embedder = embedder
        self.collection = collection
        self.client = client
        self.chunks = list(chunks)
        self.units = list(units)
        self.rrf_k = rrf_k
        self.dense_depth = dense_depth
        self.lexical_depth = lexical_depth
        self.min_coverage = min_coverage
        self._unit_by_key = {u.key: u for u in self.units}
        # units indexed by their own text only (their children are indexed too): hits show the full text
        self._parents = {f"{u.parent}|{u.lang}|{u.text_version}" for u in self.units if u.parent}
        self._pos_by_chunk_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.lexical = get_lexical_index(self.chunks)
        tags = {}
        for u in self.units:
            tags[u.key] = practice_tags(u)
        n = len(self.chunks)
        self._lang = np.array([c.lang for c in self.chunks], dtype=object)
        self._kind = np.array([c.kind for c in self.chunks], dtype=object)
        self._binding = np.array([bool(c.binding) for c in self.chunks], dtype=bool)
        self._version = np.array([c.text_version for c in self.chunks], dtype=object)
        self._practice = {p: np.zeros(n, dtype=bool) for p in PRACTICE_IDS}
        self._chunk_tags: list[tuple[str, ...]] = []
        for i, c in enumerate(self.chunks):
            t = tags.get(f"{c.unit_id}|{c.lang}|{c.text_version}", ())
            self._chunk_tags.append(t)
            for p in t:
                self._practice[p][i] = True

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        progress=None,
        *,
        embedder: Embedder | None = None,
        units: Sequence[Unit] | None = None,
        corpus_version: str | None = None,
        rebuild: bool = False,
    ) -> Retriever:
        """Open (and build when missing or stale) the index for ``settings``.

        The store is opened before the embedding model is loaded, so an unreachable Chroma server
        is reported at once rather than after seconds of model loading.
        """
        from corpus.store import build_index, open_client

        client = open_client(settings)
        if embedder is None:
            from corpus.embeddings import get_embedder

            embedder = get_embedder(settings)
        info = build_index(
            settings, rebuild=rebuild, progress=progress, embedder=embedder, units=units,
            corpus_version=corpus_version, client=client,
        )
        return cls(embedder, info.collection, info.chunks, info.units, client=info.client)

    # ------------------------------------------------------------------ filters

    def _where(self, lang, kind, binding, practice, as_of) -> dict | None:
        clauses: list[dict] = []
        if lang:
            clauses.append({"lang": lang})
        if kind:
            clauses.append({"kind": kind})
        if binding is not None:
            clauses.append({"binding": bool(binding)})
        if practice:
            clauses.append({f"p_{practice}": True})
        if as_of is not None and as_of < CONSOLIDATED_PUBLISHED:
            clauses.append({"text_version": {"$ne": VERSION_CONSOLIDATED}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def _mask(self, lang, kind, binding, practice, as_of) -> np.ndarray | None:
        import numpy as np

        mask = None

        def _and(m):
            nonlocal mask
            mask = m if mask is None else (mask & m)

        if lang:
            _and(self._lang == lang)
        if kind:
            _and(self._kind == kind)
        if binding is not None:
            _and(self._binding == bool(binding))
        if practice:
            _and(self._practice[practice])
        if as_of is not None and as_of < CONSOLIDATED_PUBLISHED:
            _and(self._version != VERSION_CONSOLIDATED)
        return mask if mask is None else np.asarray(mask, dtype=bool)

    # ------------------------------------------------------------------ search

    def dense_ranking(self, query: str, where: dict | None, depth: int) -> list[int]:
        """Chunk positions, best first, from the vector store."""
        if depth <= 0:
            return []
        vector = self.embedder.embed([query])[0]
        result = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=depth, where=where, include=["distances"]
        )
        ids = result.get("ids", [[]])[0] if result else []
        positions = []
        for cid in ids:
            pos = self._pos_by_chunk_id.get(cid)
            if pos is not None:
                positions.append(pos)
        return positions

    def lexical_ranking(self, query: str, mask, depth: int) -> list[int]:
        return [i for i, _ in self.lexical.search(query, top_n=depth, mask=mask, min_coverage=self.min_coverage)]

    def search(
        self,
        query: str,
        k: int = 8,
        lang: str | None = None,
        kind: str | None = None,
        binding: bool | None = None,
        practice: str | None = None,
        as_of: date | None = None,
        *,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        """The ``k`` best units for ``query`` (see the module docstring). ``mode`` is for ablations."""
        query = (query or "").strip()
        if not query or k <= 0 or not self.chunks:
            return []
        if lang is not None and lang not in ("nl", "en"):
            raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
        letter = normalise_practice(practice) if practice else None
        # over-fetch: several chunks and both languages/versions of a unit collapse into one hit
        depth_d = max(self.dense_depth, 6 * k)
        depth_l = max(self.lexical_depth, 6 * k)
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            rankings.append(self.dense_ranking(query, self._where(lang, kind, binding, letter, as_of), depth_d))
        if mode in ("hybrid", "lexical"):
            rankings.append(self.lexical_ranking(query, self._mask(lang, kind, binding, letter, as_of), depth_l))
        fused: dict[int, float] = {}
        for ranking in rankings:
            for rank, pos in enumerate(ranking, start=1):
                fused[pos] = fused.get(pos, 0.0) + 1.0 / (self.rrf_k + rank)
        return self._collapse(fused, k, as_of)

    def _collapse(self, fused: dict[int, float], k: int, as_of: date | None) -> list[Hit]:
        # best chunk per (unit, lang, version); ties keep the earlier chunk
        best: dict[tuple[str, str, str], tuple[float, int]] = {}
        for pos, score in fused.items():
            c = self.chunks[pos]
            key = (c.unit_id, c.lang, c.text_version)
            cur = best.get(key)
            if cur is None or score > cur[0] or (score == cur[0] and pos < cur[1]):
                best[key] = (score, pos)
        consolidated_ok = as_of is None or as_of >= CONSOLIDATED_PUBLISHED
        if consolidated_ok:
            for (uid, lang, version), (score, pos) in list(best.items()):
                if version != VERSION_OJ:
                    continue
                other = best.get((uid, lang, VERSION_CONSOLIDATED))
                if other is not None:
                    # prefer the consolidated wording; it inherits the better score
                    best[(uid, lang, VERSION_CONSOLIDATED)] = (max(score, other[0]), other[1])
                    del best[(uid, lang, version)]
        ranked = sorted(best.values(), key=lambda sp: (-sp[0], sp[1]))[:k]
        return [self._hit(pos, score) for score, pos in ranked]

    def _hit(self, pos: int, score: float) -> Hit:
        c = self.chunks[pos]
        key = f"{c.unit_id}|{c.lang}|{c.text_version}"
        unit = self._unit_by_key.get(key)
        text = unit.text if unit is not None and key in self._parents else _body(c.text, c.title)
        return Hit(
            unit_id=c.unit_id,
            lang=c.lang,
            kind=c.kind,
            binding=c.binding,
            title=c.title,
            text=text,
            score=round(float(score), 6),
            eurlex_url=unit.eurlex_url if unit is not None else None,
            text_version=c.text_version,
            chunk_id=c.chunk_id,
        )

    # ------------------------------------------------------------------ lookup

    def get(self, unit_id: str, lang: str = "en", as_of: date | None = None) -> Hit | None:
        """The whole unit ``unit_id`` in ``lang`` as a Hit (score 1.0); consolidated text when
        ``as_of`` is on/after 27.7.2026 (or None) and it exists, else the OJ text."""
        versions = [VERSION_OJ]
        if as_of is None or as_of >= CONSOLIDATED_PUBLISHED:
            versions.insert(0, VERSION_CONSOLIDATED)
        for version in versions:
            unit = self._unit_by_key.get(f"{unit_id}|{lang}|{version}")
            if unit is not None:
                first = next(
                    (c.chunk_id for c in self.chunks if c.unit_id == unit_id and c.lang == lang and c.text_version == version),
                    f"{unit_id}|{lang}|{version}#0",
                )
                return Hit(
                    unit_id=unit.id,
                    lang=unit.lang,
                    kind=unit.kind,
                    binding=unit.binding,
                    title=unit.title,
                    text=unit.text,
                    score=1.0,
                    eurlex_url=unit.eurlex_url,
                    text_version=unit.text_version,
                    chunk_id=first,
                )
        return None


_RETRIEVERS: dict[tuple, Retriever] = {}
_RETRIEVERS_LOCK = threading.Lock()


def get_retriever(settings: Settings, progress=None) -> Retriever:
    """A per-process cached :class:`Retriever` for ``settings`` (store location + embedder)."""
    key = (
        settings.chroma_url or str(settings.chroma_dir),
        settings.embedding_backend,
        settings.embedding_model,
        settings.embedding_threads,
    )
    with _RETRIEVERS_LOCK:
        retriever = _RETRIEVERS.get(key)
        if retriever is None:
            retriever = Retriever.from_settings(settings, progress=progress)
            _RETRIEVERS[key] = retriever
        return retriever


def _copy(hit: Any) -> Any:
    return hit.model_copy() if hasattr(hit, "model_copy") else hit


class SharedRetriever:
    """A retriever shared by many screenings (a batch, an evaluation run, the app): memoised and
    thread-safe.

    The pipeline's legal-passage queries depend only on the practice, the document language and
    the as-of date, not on the document, so every screening asks the same few queries; the
    answers (deterministic for a given index) are computed once per process. One search runs at
    a time (the embedder and the store are not guaranteed thread-safe).
    """

    def __init__(self, retriever: Any, max_entries: int = 4096) -> None:
        self._retriever = retriever
        self._lock = threading.Lock()
        self._cache: dict[Any, list] = {}
        self._max = max_entries
        self.hits = 0
        self.misses = 0

    def search(self, *args: Any, **kwargs: Any) -> list:
        try:
            key = (args, tuple(sorted(kwargs.items())))
            hash(key)
        except TypeError:  # unhashable argument: no caching
            key = None
        with self._lock:
            if key is not None and key in self._cache:
                self.hits += 1
                return [_copy(h) for h in self._cache[key]]
            result = self._retriever.search(*args, **kwargs)
            self.misses += 1
            if key is not None and len(self._cache) < self._max:
                self._cache[key] = list(result)
            return list(result)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._retriever, name)

"""BM25 (``rank_bm25.BM25Okapi``) over the same chunks as the vector index.

The tokenizer is deliberately simple and language-agnostic (the corpus is Dutch and English):
lowercase, strip accents, split on non-alphanumerics, drop a short NL/EN stopword list, and strip
a few common inflection suffixes so that ``werknemers``/``werknemer`` and
``emotions``/``emotion`` meet. Legal references such as ``5(1)(c)`` are kept as one token *and*
split into their parts (``5``, ``1``, ``c``), so both "Article 5(1)(c)" and "point (c)" match.

One index per chunk set is cached per process.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from corpus.models import UnitChunk

__all__ = ["LexicalIndex", "chunk_search_text", "fingerprint_chunks", "get_lexical_index", "tokenize"]

_STOPWORDS_EN = ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "within", "without", "where", "whether", "any", "other", "such"]

_STOPWORDS_NL = ["aan", "al", "alle", "alleen", "als", "altijd", "andere", "ben", "bij", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "zouden", "daarvan", "daarbij", "waarbij", "welke", "waarin", "hierbij", "mag", "mogen"]

STOPWORDS = frozenset(_STOPWORDS_EN) | frozenset(_STOPWORDS_NL)

# 5(1)(c), 5(1)(h)(iii), 2(3), 5(1)(ba), also "art5.1.c"-style ids
_REF_RE = re.compile(r"\b(\d+[a-z]?)((?:\([0-9a-z]{1,5}\))+)")
_ID_RE = re.compile(r"\b(art|recital|annex)(\d+[a-z]?(?:\.[0-9a-z]+)*)\b")
_WORD_RE = re.compile(r"[0-9a-z]+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stem(token: str) -> str:
    """A very light, language-agnostic suffix stripper (NL + EN)."""
    if token.isdigit() or len(token) <= 4:
        return token
    for suffix, min_len in (("ingen", 8), ("ing", 6), ("en", 6), ("ed", 6), ("es", 6), ("s", 5), ("e", 5)):
        if token.endswith(suffix) and len(token) >= min_len and not token.endswith("ss"):
            return token[: -len(suffix)]
    return token


def tokenize(text: str) -> list[str]:
    """Tokens for BM25; the same function is used for documents and queries."""
    text = _strip_accents(text.lower()).replace("’", "'")
    tokens: list[str] = []
    for match in _REF_RE.finditer(text):
        head, tail = match.group(1), match.group(2)
        parts = re.findall(r"\(([0-9a-z]+)\)", tail)
        tokens.append(head + "".join(f"({p})" for p in parts))
        tokens.extend(p for p in parts if not p.isdigit() and p not in STOPWORDS)  # the letters: c, ba, iii
    for match in _ID_RE.finditer(text):
        tokens.append(match.group(0))
    for word in _WORD_RE.findall(text):
        if word in STOPWORDS:
            continue
        if len(word) == 1 and not word.isdigit():
            continue
        tokens.append(_stem(word))
    return tokens


def chunk_search_text(chunk: UnitChunk) -> str:
    """The text indexed for a chunk (dense and lexical): title line + chunk text."""
    title = (chunk.title or "").strip()
    text = chunk.text or ""
    if title and not text.lstrip().startswith(title):
        return f"{title}\n{text}"
    return text


def fingerprint_chunks(chunks: Sequence[UnitChunk]) -> str:
    """Short stable hash of the chunk ids, titles and texts (detects any chunking change)."""
    digest = hashlib.sha256()
    for chunk in chunks:
        for part in (chunk.chunk_id, chunk.unit_id, chunk.lang, chunk.text_version, chunk.title, chunk.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()[:16]


class LexicalIndex:
    """BM25 over a fixed list of chunks; ``search`` returns (chunk position, score) pairs."""

    def __init__(self, chunks: Sequence[UnitChunk], k1: float = 1.2, b: float = 0.75) -> None:
        import numpy as np
        from rank_bm25 import BM25Okapi

        self.chunks = list(chunks)
        corpus = [tokenize(chunk_search_text(c)) or ["_empty_"] for c in self.chunks]
        self.bm25 = BM25Okapi(corpus, k1=k1, b=b) if corpus else None
        # Postings (token -> chunk positions, term frequencies) so that a query costs time in
        # proportion to its matches, not to the corpus size; the scores are exactly
        # BM25Okapi.get_scores (same idf, k1, b, length normalisation).
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if self.bm25 is not None:
            rows: dict[str, tuple[list[int], list[int]]] = {}
            for pos, freqs in enumerate(self.bm25.doc_freqs):
                for token, freq in freqs.items():
                    entry = rows.get(token)
                    if entry is None:
                        entry = rows[token] = ([], [])
                    entry[0].append(pos)
                    entry[1].append(freq)
            self._postings = {
                t: (np.asarray(p, dtype=np.int64), np.asarray(f, dtype=np.float64)) for t, (p, f) in rows.items()
            }
            doc_len = np.asarray(self.bm25.doc_len, dtype=np.float64)
            self._norm = k1 * (1 - b + b * doc_len / self.bm25.avgdl)
            self._k1 = k1

    def __len__(self) -> int:
        return len(self.chunks)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for ``query`` (zeros where nothing matches)."""
        import numpy as np

        out = np.zeros(len(self.chunks), dtype=np.float64)
        if self.bm25 is None:
            return out
        for token in dict.fromkeys(tokenize(query)):
            posting = self._postings.get(token)
            if posting is None:
                continue
            pos, freq = posting
            idf = self.bm25.idf.get(token) or 0.0
            out[pos] += idf * (freq * (self._k1 + 1) / (freq + self._norm[pos]))
        return out

    def coverage(self, query_tokens: Sequence[str], position: int) -> float:
        """Share of the query's idf weight (over tokens known to the index) found in a chunk."""
        if self.bm25 is None:
            return 0.0
        idf = self.bm25.idf
        doc = self.bm25.doc_freqs[position]
        total = matched = 0.0
        for token in dict.fromkeys(query_tokens):
            if token not in idf:
                continue
            weight = max(float(idf[token]), 0.0) + 1e-6
            total += weight
            if token in doc:
                matched += weight
        return matched / total if total else 0.0

    def search(
        self,
        query: str,
        top_n: int = 50,
        mask: np.ndarray | None = None,
        min_coverage: float = 0.0,
    ) -> list[tuple[int, float]]:
        """Best ``top_n`` chunk positions with a positive score; ``mask`` (bool array) filters.

        ``min_coverage`` drops chunks that match less than that share of the query's idf weight:
        a Dutch question searched among English chunks only matches "ai", and such chance hits
        would otherwise push real answers down in the fusion.
        """
        import numpy as np

        scores = self.scores(query)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        # rank more than asked, so that dropping low-coverage chunks still leaves top_n
        wanted = top_n * 3 if min_coverage > 0 else top_n
        if positive.size > wanted:
            part = np.argpartition(-scores[positive], wanted - 1)[:wanted]
            positive = positive[part]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        if min_coverage > 0:
            tokens = tokenize(query)
            order = [i for i in order if self.coverage(tokens, int(i)) >= min_coverage]
        return [(int(i), float(scores[i])) for i in order[:top_n]]


_CACHE: dict[str, LexicalIndex] = {}
_CACHE_LOCK = threading.Lock()


def get_lexical_index(chunks: Sequence[UnitChunk], key: str | None = None) -> LexicalIndex:
    """The BM25 index for ``chunks``, built once per process per chunk set."""
    key = key or fingerprint_chunks(chunks)
    with _CACHE_LOCK:
        index = _CACHE.get(key)
        if index is None:
            index = LexicalIndex(chunks)
            _CACHE[key] = index
        return index

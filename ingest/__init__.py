"""Project documents (PDF, DOCX, TXT/MD, HTML, pasted text) → ``ingest.models.Document``.

>>> doc = ingest_text("Het systeem herkent emoties van werknemers.")
>>> doc.lang, doc.text[doc.segments[0].start:doc.segments[0].end] == doc.segments[0].text
('nl', True)

Every failure is an ``ingest.errors.IngestError`` subclass with a ``user_message`` naming the
file; no exception from a parser library escapes these functions.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    FileTypeMismatchError,
    IngestError,
    ScannedPdfError,
    UnknownEncodingError,
    UnsupportedLanguageError,
    UnsupportedTypeError,
    display_name,
)
from ingest.models import DocChunk, Document, Segment

__all__ = [
    "ingest_file",
    "ingest_bytes",
    "ingest_text",
    "Document",
    "Segment",
    "DocChunk",
    "IngestError",
    "EncryptedPdfError",
    "ScannedPdfError",
    "CorruptFileError",
    "FileTypeMismatchError",
    "UnsupportedTypeError",
    "EmptyDocumentError",
    "FileTooLargeError",
    "UnknownEncodingError",
    "UnsupportedLanguageError",
    "DEFAULT_MAX_MB",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 25.0
_MB = 1024 * 1024
#: Texts with fewer words than this and no recognisable language are assumed to be English;
#: longer ones are refused as an unsupported language.
MIN_WORDS_FOR_LANGUAGE_ERROR = 40
#: The language assumed for very short texts without any Dutch/English evidence.
DEFAULT_LANG = "en"


def ingest_file(path: str | os.PathLike[str], max_mb: float = DEFAULT_MAX_MB) -> Document:
    """Read and ingest a file from disk. The size limit is checked before reading."""
    p = Path(path)
    name = p.name
    try:
        if not p.exists():
            raise IngestError(f"{display_name(name)} was not found.", name=name, detail=str(p))
        if not p.is_file():
            raise IngestError(f"{display_name(name)} is not a file.", name=name, detail=str(p))
        size = p.stat().st_size
        _check_size(size, name, max_mb)
        data = p.read_bytes()
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(
            f"{display_name(name)} could not be opened ({exc.strerror or 'read error'}).",
            name=name,
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    return ingest_bytes(data, name, max_mb=max_mb)


def ingest_bytes(data: bytes, name: str, max_mb: float = DEFAULT_MAX_MB) -> Document:
    """Ingest an uploaded file's bytes; ``name`` (its file name) decides the expected type."""
    try:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data must be bytes, not {type(data).__name__}")
        data = bytes(data)
        _check_size(len(data), name, max_mb)
        if not data:
            raise EmptyDocumentError(name, detail="0 bytes")
        from ingest.detect import MEDIA_TYPES, detect_kind
        from ingest.readers import read

        kind = detect_kind(data, name)
        raw = read(kind, data, name)
        return _build(
            raw,
            name=name,
            sha256=hashlib.sha256(data).hexdigest(),
            media_type=MEDIA_TYPES[kind],
        )
    except IngestError as exc:
        log.info("ingest refused %s: %s (%s)", display_name(name), exc.code, exc.detail)
        raise
    except Exception as exc:  # any parser bug or odd input: never a traceback for the user
        log.warning("ingest failed for %s", display_name(name), exc_info=True)
        raise CorruptFileError(name, detail=f"{type(exc).__name__}: {exc}") from exc


def ingest_text(text: str, name: str = "pasted.txt") -> Document:
    """Ingest text pasted by the user (no decoding, no size limit beyond memory)."""
    try:
        from ingest.readers.text_reader import text_to_raw

        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        raw = text_to_raw(text)
        media = "text/markdown" if name.lower().endswith((".md", ".markdown")) else "text/plain"
        return _build(
            raw,
            name=name,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            media_type=media,
        )
    except IngestError:
        raise
    except Exception as exc:
        log.warning("ingest failed for %s", display_name(name), exc_info=True)
        raise CorruptFileError(
            name,
            detail=f"{type(exc).__name__}: {exc}",
            message=f"The text of {display_name(name)} could not be processed.",
        ) from exc


def _check_size(size: int, name: str, max_mb: float | None) -> None:
    if max_mb is not None and max_mb > 0 and size > max_mb * _MB:
        raise FileTooLargeError(name, size_bytes=size, limit_mb=max_mb)


def _build(raw, *, name: str, sha256: str, media_type: str) -> Document:
    from ingest.textutil import assemble

    text, segments = assemble(raw.pieces)
    if not text.strip():
        raise EmptyDocumentError(name)
    lang = resolve_language(text, name)
    return Document(
        name=display_name(name),
        sha256=sha256,
        media_type=media_type,
        lang=lang,
        text=text,
        segments=segments,
        pages=raw.pages,
        warnings=list(raw.warnings),
    )


def resolve_language(text: str, name: str) -> str:
    """``nl`` or ``en`` for the document, or raise UnsupportedLanguageError."""
    from ingest.language import SUPPORTED, detect_language, word_count

    lang = detect_language(text)
    if lang in SUPPORTED:
        return lang
    if lang == "unknown":
        if word_count(text) < MIN_WORDS_FOR_LANGUAGE_ERROR:
            return DEFAULT_LANG
        raise UnsupportedLanguageError(name, detected=None, detail="no Dutch or English stopwords")
    raise UnsupportedLanguageError(name, detected=lang)

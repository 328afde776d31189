"""Plain text and Markdown → one piece per paragraph (blank-line separated).

Decoding: a BOM wins (UTF-8, UTF-16, UTF-32); then UTF-16 without BOM (NUL byte pattern);
then strict UTF-8; then charset-normalizer, preferring Windows-1252 whenever it is among the
plausible candidates (the screener reads Dutch and English, which legacy tools save as cp1252 or
Latin-1; charset-normalizer often ranks the byte-identical cp1250 first for short texts).
A form feed (``\\f``, as written by pdftotext) starts a new page.
"""

from __future__ import annotations

import codecs

from ingest.errors import UnknownEncodingError
from ingest.readers.base import RawDocument
from ingest.textutil import clean_text, split_paragraphs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "windows-1252", "iso-8859-1", "ascii"}


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file, or raise UnknownEncodingError."""
    from ingest.detect import _looks_like_text, _utf16_guess

    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise UnknownEncodingError(name, detail=f"{enc} BOM but undecodable: {exc}") from exc
    guess = _utf16_guess(data[:8192])
    if guess:
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not _looks_like_text(data):
        raise UnknownEncodingError(name, detail="binary content")
    try:
        from charset_normalizer import from_bytes

        matches = from_bytes(data)
    except Exception as exc:  # pragma: no cover - defensive
        matches = None
        detail = f"charset-normalizer failed: {exc}"
    else:
        detail = "charset-normalizer found no candidate"
    candidates: list[str] = []
    if matches:
        for m in matches:
            candidates.append(m.encoding)
            candidates.extend(m.could_be_from_charset)
    if not candidates or any(c.lower() in _WESTERN for c in candidates):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            if candidates:
                return data.decode("latin-1")
            raise UnknownEncodingError(name, detail=detail) from None
    best = matches.best() if matches else None
    if best is None:
        raise UnknownEncodingError(name, detail=detail)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnknownEncodingError(name, detail=f"{best.encoding}: {exc}") from exc


def text_to_raw(text: str) -> RawDocument:
    """Split decoded text into paragraph pieces; form feeds become page boundaries."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        page_texts = text.split("\f")
        if page_texts and not page_texts[-1].strip():
            page_texts.pop()  # pdftotext ends with a form feed
        pieces = [(para, i) for i, pt in enumerate(page_texts, start=1) for para in split_paragraphs(clean_text(pt))]
        return RawDocument(pieces=pieces, pages=len(page_texts))
    return RawDocument(pieces=[(p, None) for p in split_paragraphs(clean_text(text))])


def read_text(data: bytes, name: str) -> RawDocument:
    return text_to_raw(decode_bytes(data, name))

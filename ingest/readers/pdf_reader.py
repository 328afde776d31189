"""PDF → one piece of text per page (1-based page numbers), via pypdf.

Encrypted files are opened with the empty password when that works (many "protected" PDFs only
restrict printing/copying). A file with (almost) no text on its pages but with images is a scan.
"""

from __future__ import annotations

import io
import logging
import re

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    IngestError,
    ScannedPdfError,
    display_name,
)
from ingest.readers.base import RawDocument

# pypdf logs recoverable oddities ("Ignoring wrong pointing object", "Advanced encoding ... not
# implemented") as warnings/errors on its own logger; for users of a screener that is noise on the
# console. Real failures still surface as exceptions, which we wrap. Lower it again to debug.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

#: Average non-whitespace characters per page below which a PDF with images counts as a scan.
SCANNED_MIN_CHARS_PER_PAGE = 20
#: A PDF whose pages are at least this share image-with-little-text pages counts as a scan.
SCANNED_MAJORITY = 0.8

_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s")
# Operators that put marks on a page: stroke/fill paths, XObjects, shadings, images, text.
_PAINT = re.compile(rb"(?:^|[\s\]>)])(?:S|s|f|F|f\*|B|B\*|b|b\*|Do|sh|BI|Tj|TJ|'|\")(?=[\s\[(<]|$)")


def read_pdf(data: bytes, name: str) -> RawDocument:
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError
    except ImportError as exc:  # pragma: no cover - dependency is required
        raise IngestError(
            "PDF support is not installed on this system (package pypdf). Ask your administrator.",
            name=name,
            detail=str(exc),
        ) from exc

    if b"%%EOF" not in data:
        # No end-of-file marker anywhere: the download or copy was cut off. Reading the pages that
        # happen to survive would silently screen part of the document, so refuse.
        raise CorruptFileError(name, kind="PDF", detail="no %%EOF marker (truncated)")

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except DependencyError as exc:
        raise EncryptedPdfError(name, unsupported_cipher=True, detail=str(exc)) from exc
    except Exception as exc:
        raise CorruptFileError(name, kind="PDF", detail=f"{type(exc).__name__}: {exc}") from exc

    if reader.is_encrypted:
        try:
            # pypdf already tried the empty password when opening; check it explicitly.
            from pypdf import PasswordType

            result = reader.decrypt("")
        except DependencyError as exc:
            raise EncryptedPdfError(name, unsupported_cipher=True, detail=str(exc)) from exc
        except Exception as exc:
            raise EncryptedPdfError(name, detail=f"{type(exc).__name__}: {exc}") from exc
        if result == PasswordType.NOT_DECRYPTED:
            raise EncryptedPdfError(name, detail="empty user password rejected")

    try:
        pages = list(reader.pages)
    except FileNotDecryptedError as exc:
        raise EncryptedPdfError(name, detail=str(exc)) from exc
    except DependencyError as exc:
        raise EncryptedPdfError(name, unsupported_cipher=True, detail=str(exc)) from exc
    except Exception as exc:
        raise CorruptFileError(name, kind="PDF", detail=f"{type(exc).__name__}: {exc}") from exc

    n_pages = len(pages)
    if n_pages == 0:
        raise EmptyDocumentError(name, detail="PDF has no pages")

    texts: list[str] = []
    failed: list[int] = []
    first_exc: Exception | None = None
    for i, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except DependencyError as exc:
            raise EncryptedPdfError(name, unsupported_cipher=True, detail=str(exc)) from exc
        except FileNotDecryptedError as exc:
            raise EncryptedPdfError(name, detail=str(exc)) from exc
        except Exception as exc:  # a damaged page: skip it, say so, keep the rest
            texts.append("")
            failed.append(i)
            first_exc = first_exc or exc

    if len(failed) == n_pages:
        raise CorruptFileError(
            name, kind="PDF", detail=f"no page could be read: {type(first_exc).__name__}: {first_exc}"
        ) from first_exc

    counts = [_visible_chars(t) for t in texts]
    total = sum(counts)
    readable = n_pages - len(failed)
    if total / readable < SCANNED_MIN_CHARS_PER_PAGE:
        has_images = any(_page_has_image(p) for p in pages)
        if has_images:
            raise ScannedPdfError(name, detail=f"{total} characters on {n_pages} pages, images present")
        if total == 0:
            contents = [_content_bytes(p) for p in pages]
            if any(c is None for c in contents):
                raise CorruptFileError(name, kind="PDF", detail="page content streams cannot be decoded")
            if not any(_PAINT.search(c) for c in contents):
                raise EmptyDocumentError(name, detail="all pages blank")
            # Drawing operations but no text: text converted to outlines, or a vector scan.
            raise ScannedPdfError(name, detail="no text, only drawings")

    shown = display_name(name)
    warnings: list[str] = []
    if failed:
        warnings.append(
            f"{_pages_phrase(failed)} of {shown} could not be read and "
            f"{'was' if len(failed) == 1 else 'were'} skipped; check {'it' if len(failed) == 1 else 'them'} by hand."
        )
    # Pages with an image and (almost) no text among pages with text: scanned pages inside a text
    # PDF (or scans carrying only a stamped header/footer). Mostly such pages: treat as a scan.
    low = [
        i
        for i, (c, p) in enumerate(zip(counts, pages, strict=True), start=1)
        if c < SCANNED_MIN_CHARS_PER_PAGE and i not in failed and _safe(lambda p=p: _page_has_image(p))
    ]
    if low and len(low) >= SCANNED_MAJORITY * readable:
        raise ScannedPdfError(name, detail=f"{len(low)} of {readable} pages are images with little text")
    if low:
        warnings.append(
            f"{_pages_phrase(low)} of {shown} {'contains' if len(low) == 1 else 'contain'} an image but "
            "(almost) no text (scanned?); that content was not screened. Run OCR on "
            f"{'it' if len(low) == 1 else 'them'} if it matters."
        )

    pieces = [(t, i) for i, t in enumerate(texts, start=1)]
    return RawDocument(pieces=pieces, pages=n_pages, warnings=warnings)


def _visible_chars(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r\f")


def _safe(fn) -> bool:
    try:
        return bool(fn())
    except Exception:
        return False


def _pages_phrase(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"Page {pages[0]}"
    shown = ", ".join(str(p) for p in pages[:10])
    more = f" and {len(pages) - 10} more" if len(pages) > 10 else ""
    return f"Pages {shown}{more}"


def _resolve(obj):
    try:
        return obj.get_object() if obj is not None else None
    except Exception:
        return None


def _resources_have_image(resources, depth: int = 0) -> bool:
    resources = _resolve(resources)
    if not resources or depth > 4:
        return False
    xobjects = _resolve(resources.get("/XObject"))
    if not xobjects:
        return False
    for key in list(xobjects.keys()):
        xo = _resolve(xobjects.get(key))
        if xo is None:
            continue
        subtype = xo.get("/Subtype")
        if subtype == "/Image":
            return True
        if subtype == "/Form" and _resources_have_image(xo.get("/Resources"), depth + 1):
            return True
    return False


def _content_bytes(page) -> bytes | None:
    """The page's decoded content stream (b"" when it has none, None when it cannot be decoded)."""
    try:
        contents = page.get_contents()
        return contents.get_data() if contents is not None else b""
    except Exception:
        return None


def _page_has_image(page) -> bool:
    try:
        if _resources_have_image(page.get("/Resources")):
            return True
    except Exception:
        pass
    return bool(_INLINE_IMAGE.search(_content_bytes(page) or b""))

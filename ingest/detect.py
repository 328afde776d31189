"""Decide what kind of file we were given, from its extension AND its first bytes.

The extension states what the user thinks the file is; the magic bytes say what it is. A file
whose content contradicts a known extension (a ZIP archive named ``.pdf``) is refused with a
clear message rather than guessed at. A file without a usable extension is sniffed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from ingest.errors import CorruptFileError, FileTypeMismatchError, UnsupportedTypeError, display_name

PDF = "pdf"
DOCX = "docx"
TXT = "txt"
MD = "md"
HTML = "html"

MEDIA_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    TXT: "text/plain",
    MD: "text/markdown",
    HTML: "text/html",
}

_EXTENSIONS = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".txt": TXT,
    ".text": TXT,
    ".md": MD,
    ".markdown": MD,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
}

_KIND_NAMES = {PDF: "PDF", DOCX: "Word (.docx)", TXT: "text", MD: "Markdown", HTML: "HTML"}

# Known but unsupported extensions: (description, hint)
_UNSUPPORTED_EXT = {
    ".doc": ("an old-style Word document (.doc)", "Save it as .docx or PDF and upload that file."),
    ".docm": ("a macro-enabled Word document (.docm)", "Save it as .docx or PDF and upload that file."),
    ".dot": ("a Word template (.dot)", "Save it as .docx or PDF and upload that file."),
    ".dotx": ("a Word template (.dotx)", "Save it as .docx or PDF and upload that file."),
    ".rtf": ("a rich-text document (.rtf)", "Save it as .docx or PDF and upload that file."),
    ".odt": ("an OpenDocument text (.odt)", "Save it as .docx or PDF and upload that file."),
    ".pages": ("an Apple Pages document", "Export it as PDF or .docx and upload that file."),
    ".xlsx": ("an Excel spreadsheet (.xlsx)", None),
    ".xlsm": ("an Excel spreadsheet (.xlsm)", None),
    ".xls": ("an Excel spreadsheet (.xls)", None),
    ".ods": ("an OpenDocument spreadsheet (.ods)", None),
    ".csv": ("a spreadsheet export (.csv)", None),
    ".pptx": ("a PowerPoint presentation (.pptx)", "Export it as PDF and upload that file."),
    ".ppt": ("a PowerPoint presentation (.ppt)", "Export it as PDF and upload that file."),
    ".odp": ("an OpenDocument presentation (.odp)", "Export it as PDF and upload that file."),
    ".png": ("an image (.png)", "If it is a scanned page, run OCR first and upload the result."),
    ".jpg": ("an image (.jpg)", "If it is a scanned page, run OCR first and upload the result."),
    ".jpeg": ("an image (.jpeg)", "If it is a scanned page, run OCR first and upload the result."),
    ".gif": ("an image (.gif)", None),
    ".tif": ("an image (.tif)", "If it is a scanned page, run OCR first and upload the result."),
    ".tiff": ("an image (.tiff)", "If it is a scanned page, run OCR first and upload the result."),
    ".bmp": ("an image (.bmp)", None),
    ".webp": ("an image (.webp)", None),
    ".heic": ("an image (.heic)", None),
    ".zip": ("a ZIP archive", "Unpack it and upload the document itself."),
    ".7z": ("a 7-Zip archive", "Unpack it and upload the document itself."),
    ".rar": ("a RAR archive", "Unpack it and upload the document itself."),
    ".gz": ("a compressed archive", "Unpack it and upload the document itself."),
    ".msg": ("an Outlook e-mail (.msg)", "Save the project description as PDF or .docx."),
    ".eml": ("an e-mail message (.eml)", "Save the project description as PDF or .docx."),
    ".json": ("a JSON data file", None),
    ".xml": ("an XML data file", None),
    ".exe": ("a program", None),
}


def sniff(data: bytes) -> str | None:
    """What the first bytes say: pdf, docx, xlsx, pptx, odf, zip, ole, png, jpeg, gif, tiff,
    gzip, html, or None (no binary signature: maybe text)."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"Rar!"):
        return "rar"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"MZ"):
        return "exe"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html")):
        return HTML
    return None


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except Exception:  # truncated/damaged archive: go by the local header of the first entry
        first = data[30 : 30 + 64]
        if b"word/" in data[:4096] or first.startswith(b"[Content_Types].xml"):
            return "zip-ooxml"
        return "zip"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return DOCX
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "mimetype" in names or "content.xml" in names:
        return "odf"
    if "[Content_Types].xml" in names:
        return "zip-ooxml"
    return "zip"


_SNIFF_DESCRIPTIONS = {
    PDF: "a PDF document",
    DOCX: "a Word document",
    "xlsx": "an Excel spreadsheet",
    "pptx": "a PowerPoint presentation",
    "odf": "an OpenDocument file",
    "zip": "a ZIP archive",
    "zip-ooxml": "a ZIP archive (an Office file)",
    "ole": "an old-style Office file (.doc/.xls)",
    "png": "an image (PNG)",
    "jpeg": "an image (JPEG)",
    "gif": "an image (GIF)",
    "tiff": "an image (TIFF)",
    "bmp": "an image (BMP)",
    "webp": "an image (WebP)",
    "gzip": "a compressed archive",
    "7z": "a 7-Zip archive",
    "rar": "a RAR archive",
    "rtf": "a rich-text document (.rtf)",
    "exe": "a program",
    HTML: "an HTML page",
}

_SNIFF_HINTS = {
    "png": "If it is a scanned page, run OCR first and upload the result.",
    "jpeg": "If it is a scanned page, run OCR first and upload the result.",
    "tiff": "If it is a scanned page, run OCR first and upload the result.",
    "ole": "Save it as .docx or PDF and upload that file.",
    "rtf": "Save it as .docx or PDF and upload that file.",
    "odf": "Save it as .docx or PDF and upload that file.",
}


def detect_kind(data: bytes, name: str) -> str:
    """Return one of pdf/docx/txt/md/html, or raise UnsupportedTypeError / FileTypeMismatchError /
    CorruptFileError (a known extension whose content is damaged beyond recognition)."""
    ext = PurePath(display_name(name)).suffix.lower()
    sniffed = sniff(data)
    claimed = _EXTENSIONS.get(ext)

    if claimed is None:
        if ext in _UNSUPPORTED_EXT:
            desc, hint = _UNSUPPORTED_EXT[ext]
            raise UnsupportedTypeError(name, found=desc, hint=hint)
        # No or unknown extension: trust the content if we can read it.
        if sniffed in (PDF, DOCX, HTML):
            return sniffed
        if sniffed is None and _looks_like_text(data):
            return TXT
        unknown = f"a '{ext}' file" if ext else "a file of unknown type"
        desc = _SNIFF_DESCRIPTIONS.get(sniffed, unknown) if sniffed else unknown
        raise UnsupportedTypeError(name, found=desc, hint=_SNIFF_HINTS.get(sniffed or ""))

    if claimed == PDF:
        if sniffed == PDF:
            return PDF
        if sniffed is None:
            if _looks_like_text(data):
                raise FileTypeMismatchError(name, claimed="PDF", actual="plain text")
            raise CorruptFileError(name, kind="PDF", detail="no %PDF- header")
        raise FileTypeMismatchError(name, claimed="PDF", actual=_SNIFF_DESCRIPTIONS[sniffed])

    if claimed == DOCX:
        if sniffed == DOCX:
            return DOCX
        if sniffed in ("zip", "zip-ooxml"):
            raise CorruptFileError(name, kind="Word document", detail=f"ZIP without word/ part ({sniffed})")
        if sniffed is None:
            if _looks_like_text(data):
                raise FileTypeMismatchError(name, claimed="Word (.docx)", actual="plain text")
            raise CorruptFileError(name, kind="Word document", detail="not a ZIP container")
        raise FileTypeMismatchError(name, claimed="Word (.docx)", actual=_SNIFF_DESCRIPTIONS[sniffed])

    # Text-like claims (txt, md, html): a binary signature contradicts them.
    if sniffed is None or sniffed == HTML:
        return claimed
    raise FileTypeMismatchError(name, claimed=_KIND_NAMES[claimed], actual=_SNIFF_DESCRIPTIONS[sniffed])


def _looks_like_text(data: bytes) -> bool:
    """Cheap check on the first 8 KB: BOMs, UTF-16 patterns, or few control bytes."""
    head = data[:8192]
    if not head:
        return True
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if _utf16_guess(head):
        return True
    bad = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27) or b == 127)
    return bad / len(head) < 0.02


def _utf16_guess(head: bytes) -> str | None:
    """utf-16-le/be if every other byte is mostly NUL (text without BOM), else None."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    z_even = even.count(0) / len(even)
    z_odd = odd.count(0) / len(odd)
    if z_odd > 0.4 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.4 and z_odd < 0.05:
        return "utf-16-be"
    return None

"""Typed ingestion errors, each with a sentence a compliance officer can act on.

Every error names the file (its base name only, never a full path) and says what to do next.
``str(error)`` is the same sentence as ``error.user_message``; ``error.code`` is a stable
machine-readable identifier for the CLI/UI (exit codes, translations). The technical cause, if
any, is kept in ``error.detail`` and in ``__cause__`` for logs, never in the user message.
"""

from __future__ import annotations

from pathlib import PurePath

SUPPORTED_TYPES_TEXT = "PDF (.pdf), Word (.docx), plain text (.txt), Markdown (.md) and HTML (.html, .htm)"
SUPPORTED_LANGUAGES_TEXT = "Dutch and English"

LANGUAGE_NAMES = {
    "nl": "Dutch",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
}


def display_name(name: str | None) -> str:
    """The base name of a file as shown to users ("the document" when unknown)."""
    if not name:
        return "the document"
    base = PurePath(str(name).replace("\\", "/")).name
    return base or str(name)


def _size_mb(n_bytes: int) -> str:
    mb = n_bytes / (1024 * 1024)
    return f"{mb:.1f} MB" if mb >= 0.1 else f"{n_bytes / 1024:.0f} KB"


def _limit_mb(limit_mb: float) -> str:
    return f"{limit_mb:g} MB"


class IngestError(Exception):
    """Base class: the document could not be turned into text for screening."""

    code = "ingest_error"

    def __init__(self, user_message: str, *, name: str | None = None, detail: str | None = None):
        super().__init__(user_message)
        self.user_message = user_message
        self.name = display_name(name) if name else None
        self.detail = detail

    def __str__(self) -> str:
        return self.user_message

    def __reduce__(self):  # keep pickling working despite the subclasses' signatures
        return (_rebuild, (type(self), self.user_message, self.name, self.detail))


def _rebuild(cls, user_message, name, detail):
    err = IngestError.__new__(cls)
    IngestError.__init__(err, user_message, name=name, detail=detail)
    return err


class EncryptedPdfError(IngestError):
    """The PDF is password protected (the empty password did not open it)."""

    code = "encrypted_pdf"

    def __init__(self, name: str | None, *, detail: str | None = None, unsupported_cipher: bool = False):
        n = display_name(name)
        if unsupported_cipher:
            msg = (
                f"{n} is encrypted with a method this installation cannot open. Save or print it "
                "again as a PDF without security settings and upload that file."
            )
        else:
            msg = (
                f"{n} is protected with a password. Remove the password protection (for example "
                "save or print it again as a PDF without security) and upload that file."
            )
        super().__init__(msg, name=name, detail=detail)


class ScannedPdfError(IngestError):
    """The PDF has (almost) no text layer: most likely a scan or photographed pages."""

    code = "scanned_pdf"

    def __init__(self, name: str | None, *, detail: str | None = None):
        n = display_name(name)
        msg = f"No text found in {n}; it looks like a scan. Run OCR first and upload the result."
        super().__init__(msg, name=name, detail=detail)


class CorruptFileError(IngestError):
    """The file is damaged, truncated, or not what its extension claims."""

    code = "corrupt_file"

    def __init__(
        self,
        name: str | None,
        *,
        kind: str = "file",
        detail: str | None = None,
        message: str | None = None,
    ):
        n = display_name(name)
        msg = message or (
            f"{n} could not be read: the {kind} appears to be damaged or incomplete. "
            "Open it in its original program, save it again, and upload the new file."
        )
        super().__init__(msg, name=name, detail=detail)


class FileTypeMismatchError(CorruptFileError):
    """The extension says one type, the content is another (e.g. a ZIP archive named .pdf)."""

    code = "type_mismatch"

    def __init__(self, name: str | None, *, claimed: str, actual: str, detail: str | None = None):
        n = display_name(name)
        msg = (
            f"{n} is named as a {claimed} file, but its content is {actual}. "
            "Check that you picked the right file, or save it again in the format its name says."
        )
        super().__init__(name, detail=detail, message=msg)
        self.claimed = claimed
        self.actual = actual


class UnsupportedTypeError(IngestError):
    """The file type cannot be screened."""

    code = "unsupported_type"

    def __init__(
        self, name: str | None, *, found: str | None = None, hint: str | None = None, detail: str | None = None
    ):
        n = display_name(name)
        what = f"{n} is {found}, which" if found else f"The type of {n}"
        verb = "the screener cannot read" if found else "is not supported"
        msg = f"{what} {verb}. Supported types: {SUPPORTED_TYPES_TEXT}."
        if hint:
            msg += f" {hint}"
        super().__init__(msg, name=name, detail=detail)
        self.found = found


class EmptyDocumentError(IngestError):
    """The file contains no text at all (empty, whitespace only, or only empty pages)."""

    code = "empty_document"

    def __init__(self, name: str | None, *, detail: str | None = None):
        n = display_name(name)
        msg = f"{n} contains no text to screen. Check that you uploaded the right file."
        super().__init__(msg, name=name, detail=detail)


class FileTooLargeError(IngestError):
    """The file exceeds the configured size limit (``Settings.max_file_mb``)."""

    code = "file_too_large"

    def __init__(
        self, name: str | None, *, size_bytes: int, limit_mb: float, unpacked: bool = False, detail: str | None = None
    ):
        n = display_name(name)
        what = "unpacks to" if unpacked else "is"
        msg = (
            f"{n} {what} {_size_mb(size_bytes)}, more than the limit of {_limit_mb(limit_mb)}. "
            "Upload a smaller file (for example only the project description), or ask your "
            "administrator to raise the limit (SCREENER_MAX_FILE_MB)."
        )
        super().__init__(msg, name=name, detail=detail)
        self.size_bytes = size_bytes
        self.limit_mb = limit_mb


class UnknownEncodingError(IngestError):
    """A text file whose character encoding could not be determined (or binary content)."""

    code = "unknown_encoding"

    def __init__(self, name: str | None, *, detail: str | None = None):
        n = display_name(name)
        msg = (
            f"The characters in {n} could not be read (unknown text encoding, or not a text file). "
            "Save it again as UTF-8 text, or upload it as PDF or Word."
        )
        super().__init__(msg, name=name, detail=detail)


class UnsupportedLanguageError(IngestError):
    """The text is neither Dutch nor English."""

    code = "unsupported_language"

    def __init__(self, name: str | None, *, detected: str | None = None, detail: str | None = None):
        n = display_name(name)
        lang = LANGUAGE_NAMES.get(detected or "", None)
        if lang:
            msg = (
                f"{n} appears to be written in {lang}. The screener supports documents in "
                f"{SUPPORTED_LANGUAGES_TEXT} only; upload a Dutch or English version."
            )
        else:
            msg = (
                f"The language of {n} was not recognised as Dutch or English. The screener supports "
                f"documents in {SUPPORTED_LANGUAGES_TEXT} only; upload a Dutch or English version."
            )
        super().__init__(msg, name=name, detail=detail)
        self.detected = detected


__all__ = [
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
    "display_name",
    "SUPPORTED_TYPES_TEXT",
]

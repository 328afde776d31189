"""One reader per format; each turns bytes into a RawDocument (text pieces with pages)."""

from __future__ import annotations

from ingest.readers.base import RawDocument

__all__ = ["RawDocument", "read"]


def read(kind: str, data: bytes, name: str) -> RawDocument:
    """Dispatch on the detected kind (see ``ingest.detect``)."""
    if kind == "pdf":
        from ingest.readers.pdf_reader import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from ingest.readers.docx_reader import read_docx

        return read_docx(data, name)
    if kind == "html":
        from ingest.readers.html_reader import read_html

        return read_html(data, name)
    from ingest.readers.text_reader import read_text

    return read_text(data, name)

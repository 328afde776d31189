"""Typed models for an ingested project document, with page and offset provenance."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocLang = Literal["nl", "en"]


class Segment(BaseModel):
    """A stretch of the document's text: one page of a PDF, or one paragraph of a DOCX/TXT.

    ``start``/``end`` are character offsets into ``Document.text``; ``page`` is 1-based
    (None for formats without pages).
    """

    text: str
    page: int | None = None
    start: int
    end: int


class DocChunk(BaseModel):
    """A window of the document's text used for retrieval and fact extraction."""

    chunk_id: str
    text: str
    start: int
    end: int
    page: int | None = None


class Document(BaseModel):
    """A project description after ingestion. ``text`` is the concatenation of the segments."""

    name: str
    sha256: str
    media_type: str
    lang: DocLang
    text: str
    segments: list[Segment] = Field(default_factory=list)
    pages: int | None = None
    #: Problems the reader recovered from that a reviewer should know about, e.g. pages of a PDF
    #: without a text layer that were therefore not screened. Plain sentences naming the file.
    warnings: list[str] = Field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """Page number (1-based) of a character offset in ``text``, if the format has pages."""
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg.page
        return self.segments[-1].page if self.segments else None

"""Typed models for the legal corpus: a citable unit and the chunks embedded for it."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Lang = Literal["nl", "en"]
UnitKind = Literal["article", "recital", "annex", "guideline", "guidance"]

#: The original Official Journal text, and the EUR-Lex consolidated text after Reg. (EU) 2026/1744.
VERSION_OJ = "oj-2024"
VERSION_CONSOLIDATED = "consolidated-2026-07-27"
TextVersion = Literal["oj-2024", "consolidated-2026-07-27"]


class Unit(BaseModel):
    """One passage at the level people cite: ``art5.1.c``, ``recital31``, ``gl-prohibited.165``.

    NL and EN versions of the same provision share ``id``; ``(id, lang, text_version)`` is unique.
    """

    id: str
    lang: Lang
    kind: UnitKind
    binding: bool = Field(description="True for the Regulation itself, False for guidance")
    title: str
    heading_path: list[str] = Field(default_factory=list)
    text: str
    source_file: str = Field(description="path relative to corpus/data")
    eurlex_url: str | None = None
    text_version: TextVersion = VERSION_OJ
    applies_from: date | None = None
    parent: str | None = Field(default=None, description="id of the enclosing unit, e.g. art5.1 for art5.1.c")

    @property
    def key(self) -> str:
        """Unique key across languages and versions."""
        return f"{self.id}|{self.lang}|{self.text_version}"


class UnitChunk(BaseModel):
    """A piece of a unit small enough to embed; keeps the unit's id (``chunk_id`` = id + suffix)."""

    chunk_id: str
    unit_id: str
    lang: Lang
    kind: UnitKind
    binding: bool
    text_version: TextVersion
    title: str
    text: str
    seq: int = 0

"""Typed facts: what an extractor found in the document for one condition of the catalogue."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

FactValue = Literal["yes", "no", "unknown"]
#: What a yes/no rests on: a statement in the document (quoted), the document's silence (nothing in
#: it indicates the condition; the quote only shows what the system does), or other stated facts
#: it follows from (quoted). Silence and inference are weaker: the trace says so.
FactBasis = Literal["stated", "silence", "inferred"]


class Quote(BaseModel):
    """A verbatim passage of the project document, located by character offsets and page."""

    text: str
    start: int | None = None
    end: int | None = None
    page: int | None = None


class Fact(BaseModel):
    """The answer to one fact question (a condition or exception of the catalogue).

    ``yes``/``no`` must be backed by at least one quote found in the document; the verifier
    demotes an unbacked answer to ``unknown`` and records why in ``demoted_reason``.
    """

    condition_id: str
    value: FactValue = "unknown"
    quotes: list[Quote] = Field(default_factory=list)
    rationale: str = ""
    demoted_reason: str | None = None
    basis: FactBasis = "stated"

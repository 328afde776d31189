"""The fact-extraction protocol shared by the offline (cue-based) and the LLM backends."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover - type hints only, keeps this module import-light
    from corpus.retrieval import Hit
    from ingest.models import DocChunk, Document
    from screener.catalogue.model import Question
    from screener.facts.model import Fact


@dataclass
class ExtractionContext:
    """What the pipeline hands an extractor besides the document and the questions.

    ``passages``: legal passages retrieved per question id (the LLM backend shows them to the
    model; the offline backend does not need them). ``chunks``: the document's chunks.
    ``practice_id``: the practice the questions belong to (``None`` for the scope gate).
    """

    passages: dict[str, list[Hit]] = field(default_factory=dict)
    chunks: list[DocChunk] = field(default_factory=list)
    practice_id: str | None = None


@runtime_checkable
class FactExtractor(Protocol):
    """Answers fact questions about a project document: one ``Fact`` per question, in order."""

    name: str
    model: str | None

    def extract(
        self, doc: Document, questions: list[Question], context: ExtractionContext | Any
    ) -> list[Fact]:
        ...


__all__ = ["ExtractionContext", "FactExtractor"]

"""Fact extraction: what the project document says about each condition of the catalogue.

``get_extractor(settings)`` returns the configured backend: ``"offline"`` (default; curated cues,
no network) → :class:`screener.facts.offline.OfflineExtractor`, ``"llm"`` →
:class:`screener.facts.llm.LLMExtractor`. Backends are imported lazily so that importing this
package stays cheap and the offline path never imports the LLM stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from screener.facts.model import Fact, FactValue, Quote

if TYPE_CHECKING:  # pragma: no cover
    from screener.facts.base import FactExtractor

__all__ = ["Fact", "FactValue", "Quote", "get_extractor"]


def get_extractor(settings: Any = None) -> FactExtractor:
    """The fact extractor named by ``settings.extractor`` ("offline" or "llm")."""
    if settings is None:
        from screener.config import load_settings

        settings = load_settings()
    kind = getattr(settings, "extractor", "offline") or "offline"
    if kind == "offline":
        from screener.facts.offline import OfflineExtractor

        return OfflineExtractor.from_settings(settings)
    if kind == "llm":
        from screener.facts.llm import LLMExtractor

        factory = getattr(LLMExtractor, "from_settings", None)
        if callable(factory):
            return factory(settings)
        return LLMExtractor(settings.llm)
    raise ValueError(f"unknown extractor {kind!r}: expected 'offline' or 'llm'")

"""What every reader returns before assembly into a Document."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """Text pieces in reading order, each with its page (1-based) or None.

    Readers return raw text; ``ingest.textutil.assemble`` cleans it, drops empty pieces and
    computes offsets. ``pages`` is the page count where the format knows it.
    """

    pieces: list[tuple[str, int | None]]
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)

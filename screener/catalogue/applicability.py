"""When each point of Article 5 applies: the corpus data, never a date typed into the catalogue.

The dates live in ``corpus/data/applicability.yaml`` (Article 113 of the AI Act, as amended by
Regulation (EU) 2026/1744) and are read by :func:`corpus.applicability.applies_from`.
"""

from __future__ import annotations

from datetime import date

from corpus.applicability import applies_from as _corpus_applies_from


def applies_from(provision_id: str) -> date:
    """The date from which ``provision_id`` (e.g. ``art5.1.ba``) applies.

    Raises ``KeyError`` when the corpus data has no date for the provision: a practice without a
    sourced date is a catalogue error, not something to guess.
    """
    when = _corpus_applies_from(provision_id)
    if when is None:
        raise KeyError(f"no applicability date for {provision_id!r} in corpus/data/applicability.yaml")
    return when

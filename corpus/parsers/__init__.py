"""Parsers turning the shipped source files under ``corpus/data`` into citable :class:`Unit` s.

One module per source type:

- :mod:`corpus.parsers.regulation` — Regulation (EU) 2024/1689 (OJ text and consolidated Art. 5)
- :mod:`corpus.parsers.guidelines` — Commission guidelines C(2025) 5052 and C(2025) 5053
- :mod:`corpus.parsers.algoritmekader` — Dutch Algoritmekader pages (non-binding guidance)
- :mod:`corpus.parsers.beslishulp` — MinBZK "Beslishulp AI-verordening" decision tree
"""

from corpus.parsers.common import PARSER_VERSION

__all__ = ["PARSER_VERSION"]

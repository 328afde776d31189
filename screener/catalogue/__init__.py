"""The catalogue of Article 5 AI Act practices as data: the scope gate and points (a)-(h).

``PRACTICES`` (order a, b, ba, bb, c, d, e, f, g, h), ``SCOPE``, ``practice(id)``,
``all_questions()`` (scope first, then the practices) and ``question(id)`` are the binding
interface; the model classes live in :mod:`screener.catalogue.model`.
"""

from screener.catalogue.model import All, Any, Expr, Practice, Question, ScopeGate, questions
from screener.catalogue.practices import (
    PRACTICES,
    SCOPE,
    all_questions,
    practice,
    practice_label,
    practice_of,
    question,
    scope_questions,
)

__all__ = [
    "All",
    "Any",
    "Expr",
    "PRACTICES",
    "Practice",
    "Question",
    "SCOPE",
    "ScopeGate",
    "all_questions",
    "practice",
    "practice_label",
    "practice_of",
    "question",
    "questions",
    "scope_questions",
]

"""The shape of the catalogue: practices of Art. 5(1) as cumulative conditions and exceptions.

A practice is prohibited when its ``requires`` expression is true and its ``unless`` expression
(the exceptions) is not. Expressions are small trees of fact questions (``Q``), conjunctions
(``All``) and disjunctions (``Any``), evaluated in three-valued (Kleene) logic by
``screener.rules``. Every question carries its legal references (corpus unit ids).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Union


@dataclass(frozen=True)
class Question:
    """A fact question: one condition or exception, asked of the project document."""

    id: str  # e.g. "c.unrelated_context"
    text_en: str
    text_nl: str
    guidance_en: str  # what counts and what does not (from C(2025) 5052)
    guidance_nl: str
    refs: tuple[str, ...]  # corpus unit ids: article point, recitals, guideline paragraphs
    exception: bool = False  # True when a "yes" takes the practice out of the prohibition
    short_en: str = ""  # the operative words of the law for this condition, for traces and reports
    short_nl: str = ""


@dataclass(frozen=True)
class All:
    """Cumulative: every part must hold."""

    parts: tuple["Expr", ...]
    label: str = ""


@dataclass(frozen=True)
class Any:
    """Alternative: one part suffices (e.g. Art. 5(1)(c)(i) or (ii))."""

    parts: tuple["Expr", ...]
    label: str = ""


Expr = Union[Question, All, Any]


@dataclass(frozen=True)
class Practice:
    """One point of Art. 5(1), e.g. ``art5.1.c`` (social scoring)."""

    id: str  # "art5.1.c"
    point: str  # "(c)"
    title_en: str
    title_nl: str
    requires: All
    unless: Any | None  # exceptions; None when the point has none
    refs: tuple[str, ...]  # unit ids cited for the practice as a whole
    applies_from: date = date(2025, 2, 2)

    @property
    def questions(self) -> list["Question"]:
        """The cumulative conditions, then the exceptions, in the order the law lists them."""
        return questions(self.requires) + questions(self.unless)


def questions(expr: Expr | None) -> list[Question]:
    """All questions in an expression, depth first, in the order the law lists them."""
    if expr is None:
        return []
    if isinstance(expr, Question):
        return [expr]
    out: list[Question] = []
    for part in expr.parts:
        out.extend(questions(part))
    return out


@dataclass(frozen=True)
class ScopeGate:
    """Art. 3(1) (is it an AI system?) and the Art. 2 exclusions, asked before any practice."""

    ai_system: Question
    exclusions: tuple[Question, ...] = field(default_factory=tuple)

"""Strong Kleene three-valued logic over the fact values ``"yes"``, ``"no"`` and ``"unknown"``.

``no`` dominates a conjunction, ``yes`` dominates a disjunction, and ``unknown`` is returned only
where the known values do not decide the result. A fact that is missing from the mapping is
``unknown``: the screener never assumes a fact the document does not state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from screener.catalogue.model import All, Any, Expr, Question
from screener.facts.model import FactValue

YES: FactValue = "yes"
NO: FactValue = "no"
UNKNOWN: FactValue = "unknown"
VALUES: tuple[FactValue, ...] = (YES, NO, UNKNOWN)


def _check(value: str) -> FactValue:
    if value not in VALUES:
        raise ValueError(f"not a fact value: {value!r} (expected one of {VALUES})")
    return value  # type: ignore[return-value]


def and_(*values: FactValue | Iterable[FactValue]) -> FactValue:
    """Kleene conjunction: ``no`` if any is no, else ``unknown`` if any is unknown, else ``yes``.

    Accepts values as arguments (``and_("yes", "no")``) or one iterable (``and_(vals)``).
    The empty conjunction is ``yes``.
    """
    vals = _flatten(values)
    if NO in vals:
        return NO
    if UNKNOWN in vals:
        return UNKNOWN
    return YES


def or_(*values: FactValue | Iterable[FactValue]) -> FactValue:
    """Kleene disjunction: ``yes`` if any is yes, else ``unknown`` if any is unknown, else ``no``.

    The empty disjunction is ``no``.
    """
    vals = _flatten(values)
    if YES in vals:
        return YES
    if UNKNOWN in vals:
        return UNKNOWN
    return NO


def not_(value: FactValue) -> FactValue:
    """Kleene negation: swaps yes and no, keeps unknown."""
    v = _check(value)
    return {YES: NO, NO: YES, UNKNOWN: UNKNOWN}[v]


def _flatten(values: tuple) -> list[FactValue]:
    if len(values) == 1 and not isinstance(values[0], str):
        values = tuple(values[0])
    return [_check(v) for v in values]


def evaluate(expr: Expr | None, facts: Mapping[str, FactValue]) -> FactValue:
    """The Kleene value of a catalogue expression given fact values by question id.

    ``Question`` → its fact (``unknown`` when missing), ``All`` → conjunction, ``Any`` →
    disjunction. ``None`` (a practice without exceptions) evaluates to ``no``: nothing excepts it.
    """
    if expr is None:
        return NO
    if isinstance(expr, Question):
        return _check(facts.get(expr.id, UNKNOWN))
    if isinstance(expr, All):
        return and_([evaluate(p, facts) for p in expr.parts])
    if isinstance(expr, Any):
        return or_([evaluate(p, facts) for p in expr.parts])
    raise TypeError(f"not a catalogue expression: {expr!r}")


def witness(expr: Expr | None, facts: Mapping[str, FactValue]) -> Question | None:
    """The first question, in the law's order, that explains ``evaluate(expr, facts)``.

    For a ``no`` conjunction: the first part that is ``no``; for a ``yes`` disjunction: the first
    part that is ``yes``; for ``unknown``: the first ``unknown`` part; when every part agrees
    (a ``yes`` conjunction or a ``no`` disjunction) there is no single decisive part and the
    first part is followed. Used to name the deciding condition of a verdict.
    """
    if expr is None:
        return None
    if isinstance(expr, Question):
        return expr
    target = evaluate(expr, facts)
    for part in expr.parts:
        if evaluate(part, facts) == target:
            return witness(part, facts)
    return None  # unreachable for well-formed expressions

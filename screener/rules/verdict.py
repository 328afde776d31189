"""Verdicts: from the facts found in a document to a three-valued verdict per point of Art. 5(1).

Pure functions, no I/O. The rule for one practice (FORMAT.md and the team contract):

- ``prohibited``      iff the cumulative conditions (``requires``) evaluate to yes and the
                      exceptions (``unless``) do not evaluate to yes;
- ``not_prohibited``  iff a condition clearly fails (``requires`` is no) or an exception clearly
                      applies (``unless`` is yes);
- ``needs_review``    otherwise: a decisive condition is left open by the document.

Logic is strong Kleene (:mod:`screener.rules.kleene`); a fact the document does not establish is
``unknown``. An exception that is ``unknown`` does not stop a prohibition: whoever relies on an
exception must show that it applies, so it counts only when the document establishes it (the
trace says so when this happens).

Dates (``as_of``): a point of Art. 5(1) that does not apply yet on ``as_of`` (points (ba) and (bb)
before 2 December 2026) cannot prohibit anything on that day. The evaluation format knows only
the three verdict words and labels such points ``not_prohibited``, so that is the ``verdict``;
``applicable`` is false, ``verdict_when_applicable`` keeps the verdict the facts would give once
the point applies, and the last trace line says so ("Not applicable on 2026-12-01: applies from
2026-12-02; on the facts it would be prohibited from then."). For applicable points
``verdict_when_applicable`` equals ``verdict``; ``deciding_condition`` always explains the
verdict on the facts (``verdict_when_applicable``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from screener.catalogue import SCOPE, practice_label
from screener.catalogue.model import Expr, Practice, Question, ScopeGate, questions
from screener.facts.model import Fact, FactValue
from screener.report.model import (
    Citation,
    ConditionResult,
    PracticeResult,
    Quote,
    ScopeResult,
)
from screener.rules.kleene import NO, UNKNOWN, YES, evaluate, witness

PROHIBITED = "prohibited"
NOT_PROHIBITED = "not_prohibited"
NEEDS_REVIEW = "needs_review"

IN_SCOPE = "in_scope"
NOT_AI_SYSTEM = "not_ai_system"
EXCLUDED = "excluded"

WARNING_PREFIX = "Warning:"

_QUOTE_MAX = 200
_SHORT_MAX = 140

FactInput = Fact | str


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Facts
# ─────────────────────────────────────────────────────────────────────────────────────────────


def _as_fact(qid: str, raw: FactInput | None) -> Fact:
    if raw is None:
        return Fact(condition_id=qid, value=UNKNOWN)
    if isinstance(raw, Fact):
        return raw
    return Fact(condition_id=qid, value=raw)  # a bare "yes"/"no"/"unknown"


def fact_values(facts: Mapping[str, FactInput]) -> dict[str, FactValue]:
    """Question id → fact value, from Facts (or bare values) keyed by question id."""
    return {qid: _as_fact(qid, f).value for qid, f in facts.items()}


def verdict_of(requires: FactValue, unless: FactValue) -> str:
    """The three-valued verdict from the values of the conditions and of the exceptions."""
    if requires == NO or unless == YES:
        return NOT_PROHIBITED
    if requires == YES:
        return PROHIBITED
    return NEEDS_REVIEW


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Trace formatting
# ─────────────────────────────────────────────────────────────────────────────────────────────


def _clip(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quote_text(q: Quote) -> str:
    out = f'"{_clip(q.text, _QUOTE_MAX)}"'
    if q.page is not None:
        out += f" (p. {q.page})"
    return out


def _value_text(fact: Fact) -> str:
    word = fact.value.upper()
    if fact.value == UNKNOWN:
        if fact.demoted_reason:
            reason = fact.demoted_reason.rstrip(". ")
            return f"UNKNOWN: {reason}: treated as unknown"
        return "UNKNOWN: not established by the document"
    if fact.value != UNKNOWN and fact.basis == "silence":
        word += " (nothing in the document indicates it; quoted: what the system does)"
    elif fact.value != UNKNOWN and fact.basis == "inferred":
        word += " (inferred from other stated facts, quoted; check the link)"
    if fact.quotes:
        return f"{word}: " + "; ".join(_quote_text(_report_quote(q)) for q in fact.quotes)
    if fact.rationale:
        return f"{word}: {_clip(fact.rationale, _QUOTE_MAX)}"
    return word


def _report_quote(q) -> Quote:
    return Quote(text=q.text, page=q.page, start=q.start, end=q.end)


def _condition_line(prefix: str, q: Question, fact: Fact) -> str:
    kind = "exception" if q.exception else "condition"
    short = f" — '{_clip(q.short_en, _SHORT_MAX)}'" if q.short_en else ""
    return f"{prefix} {kind} {q.id}{short} — {_value_text(fact)}"


def _ids(expr: Expr) -> list[str]:
    return [q.id for q in questions(expr)]


def _condition_result(q: Question, fact: Fact, lang: str) -> ConditionResult:
    return ConditionResult(
        id=q.id,
        question=q.text_nl if lang == "nl" else q.text_en,
        value=fact.value,
        quotes=[_report_quote(x) for x in fact.quotes],
        rationale=fact.rationale,
        demoted_reason=fact.demoted_reason,
        exception=q.exception,
    )


# ─────────────────────────────────────────────────────────────────────────────────────────────
# One practice
# ─────────────────────────────────────────────────────────────────────────────────────────────


def deciding_condition(practice: Practice, values: Mapping[str, FactValue]) -> str | None:
    """The question id that decides the verdict on the facts.

    ``not_prohibited``: the first condition that is no (else the exception that is yes);
    ``needs_review``: the first condition left unknown; ``prohibited``: None (all conditions hold).
    """
    req = evaluate(practice.requires, values)
    exc = evaluate(practice.unless, values)
    verdict = verdict_of(req, exc)
    if verdict == PROHIBITED:
        return None
    if verdict == NOT_PROHIBITED:
        target = practice.requires if req == NO else practice.unless
    else:
        target = practice.requires
    w = witness(target, values)
    return w.id if w is not None else None


def _conclusion(
    practice: Practice,
    values: Mapping[str, FactValue],
    verdict: str,
    bases: Mapping[str, str] | None = None,
) -> list[str]:
    bases = bases or {}
    req = evaluate(practice.requires, values)
    lines: list[str] = []
    if verdict == PROHIBITED:
        for part in practice.unless.parts if practice.unless else ():
            if evaluate(part, values) == UNKNOWN:
                if isinstance(part, Question):
                    what = f"Exception {part.id} is"
                else:
                    open_ids = [i for i in _ids(part) if values.get(i, UNKNOWN) == UNKNOWN]
                    what = f"Exception {' + '.join(_ids(part))} ({', '.join(open_ids)} open) is"
                lines.append(
                    f"{what} not established by the document: an exception counts only when "
                    "shown to apply."
                )
        lines.append("→ PROHIBITED: every cumulative condition holds and no exception applies.")
        return lines
    if verdict == NOT_PROHIBITED:
        if req == NO:
            part = next(p for p in practice.requires.parts if evaluate(p, values) == NO)
            if isinstance(part, Question) and bases.get(part.id) == "silence":
                # A "no" from silence is only as good as the wordings the extractor knows.
                lines.append(
                    f"→ NOT PROHIBITED: condition {part.id} does not hold: nothing in the document "
                    "indicates it (the screener recognises known wordings; read the document "
                    "for this point)."
                )
            elif isinstance(part, Question):
                lines.append(f"→ NOT PROHIBITED: condition {part.id} does not hold.")
            else:
                label = f" ({part.label})" if getattr(part, "label", "") else ""
                lines.append(f"→ NOT PROHIBITED: none of {', '.join(_ids(part))} holds{label}.")
        else:
            assert practice.unless is not None
            part = next(p for p in practice.unless.parts if evaluate(p, values) == YES)
            if isinstance(part, Question):
                lines.append(f"→ NOT PROHIBITED: exception {part.id} applies.")
            else:
                lines.append(f"→ NOT PROHIBITED: the exception applies ({' and '.join(_ids(part))} hold).")
        return lines
    open_ids: list[str] = []
    for part in practice.requires.parts:
        if evaluate(part, values) == UNKNOWN:
            open_ids.extend(i for i in _ids(part) if values.get(i, UNKNOWN) == UNKNOWN)
    lines.append(
        f"→ NEEDS REVIEW: the document leaves {', '.join(open_ids)} open; "
        "a person must decide whether the prohibition applies."
    )
    return lines


def evaluate_practice(
    practice: Practice,
    facts: Mapping[str, FactInput],
    as_of: date,
    citations: list[Citation] | None = None,
    *,
    lang: str = "en",
) -> PracticeResult:
    """The verdict on one practice for the facts found in the document, on the law of ``as_of``.

    ``facts`` maps question ids to ``Fact`` objects (bare ``"yes"``/``"no"``/``"unknown"`` values
    are accepted too); missing questions are unknown. ``lang`` picks the language of the title and
    of the question texts; trace lines are English. See the module docstring for the rule and for
    how points that do not apply yet on ``as_of`` are reported.
    """
    values = fact_values(facts)
    req = evaluate(practice.requires, values)
    exc = evaluate(practice.unless, values)
    on_facts = verdict_of(req, exc)
    applicable = as_of >= practice.applies_from
    label = practice_label(practice.id)

    conditions: list[ConditionResult] = []
    trace: list[str] = []
    for q in practice.questions:
        fact = _as_fact(q.id, facts.get(q.id))
        conditions.append(_condition_result(q, fact, lang))
        trace.append(_condition_line(label, q, fact))
    bases = {qid: _as_fact(qid, f).basis for qid, f in facts.items()}
    conclusion = _conclusion(practice, values, on_facts, bases)
    if applicable:
        trace.extend(conclusion)
    else:
        trace.extend(line.replace("→ ", "→ Once applicable: ", 1) for line in conclusion)
        trace.append(
            f"Not applicable on {as_of.isoformat()}: applies from "
            f"{practice.applies_from.isoformat()}; on the facts it would be "
            f"{on_facts.replace('_', ' ')} from then."
        )

    return PracticeResult(
        id=practice.id,
        title=practice.title_nl if lang == "nl" else practice.title_en,
        verdict=on_facts if applicable else NOT_PROHIBITED,
        applicable=applicable,
        applies_from=practice.applies_from,
        verdict_when_applicable=on_facts,
        conditions=conditions,
        deciding_condition=deciding_condition(practice, values),
        trace=trace,
        citations=list(citations or []),
    )


def evaluate_practices(
    practices: Iterable[Practice],
    facts: Mapping[str, FactInput],
    as_of: date,
    citations: Mapping[str, list[Citation]] | None = None,
    *,
    lang: str = "en",
) -> list[PracticeResult]:
    """``evaluate_practice`` for each practice (citations looked up by practice id)."""
    cites = citations or {}
    return [evaluate_practice(p, facts, as_of, cites.get(p.id), lang=lang) for p in practices]


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Scope gate
# ─────────────────────────────────────────────────────────────────────────────────────────────


def _article_label(q: Question) -> str:
    """``Art. 3(1)`` / ``Art. 2(6), 2(8)`` from the question's article references."""
    parts = []
    for ref in q.refs:
        m = re.fullmatch(r"art(\d+)\.(\d+)", ref)
        if m:
            parts.append(f"{m.group(1)}({m.group(2)})")
    return "Art. " + ", ".join(parts) if parts else q.id


def evaluate_scope(
    facts: Mapping[str, FactInput],
    gate: ScopeGate = SCOPE,
    *,
    lang: str = "en",
) -> ScopeResult:
    """The scope gate: ``not_ai_system`` if scope.ai_system is no; ``excluded`` if an Art. 2
    exclusion is yes; otherwise ``in_scope``.

    An AI-system status the document leaves open is screened as in scope, with a ``Warning:``
    trace line: the safe side. An exclusion counts only when the document establishes it.
    """
    values = fact_values(facts)
    conditions: list[ConditionResult] = []
    trace: list[str] = []
    for q in (gate.ai_system, *gate.exclusions):
        fact = _as_fact(q.id, facts.get(q.id))
        conditions.append(_condition_result(q, fact, lang))
        kind = "exclusion" if q.exception else "definition"
        short = f" — '{_clip(q.short_en, _SHORT_MAX)}'" if q.short_en else ""
        trace.append(f"{_article_label(q)} {kind} {q.id}{short} — {_value_text(fact)}")

    ai = values.get(gate.ai_system.id, UNKNOWN)
    applying = [q for q in gate.exclusions if values.get(q.id, UNKNOWN) == YES]
    if ai == NO:
        verdict = NOT_AI_SYSTEM
        trace.append(
            f"→ NOT AN AI SYSTEM: {gate.ai_system.id} does not hold ({_article_label(gate.ai_system)}); "
            "Article 5 does not apply to it."
        )
    elif applying:
        verdict = EXCLUDED
        names = ", ".join(f"{q.id} ({_article_label(q)})" for q in applying)
        trace.append(f"→ EXCLUDED: {names} applies; the AI Act, and so Article 5, does not apply.")
    else:
        verdict = IN_SCOPE
        if ai == UNKNOWN:
            trace.append(
                f"{WARNING_PREFIX} the document does not establish whether the system is an AI "
                f"system ({_article_label(gate.ai_system)}); it is screened as in scope to stay on "
                "the safe side."
            )
        trace.append("→ IN SCOPE: the practices of Article 5(1) are screened.")
    return ScopeResult(verdict=verdict, conditions=conditions, trace=trace)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Overall
# ─────────────────────────────────────────────────────────────────────────────────────────────


def overall(scope: ScopeResult | str, practices: Iterable[PracticeResult]) -> str:
    """The overall verdict (FORMAT.md): ``not_prohibited`` when the scope is not ``in_scope``;
    otherwise ``prohibited`` if any applicable practice is, else ``needs_review`` if any
    applicable practice is, else ``not_prohibited``. Practices not applicable on ``as_of`` do
    not count."""
    scope_verdict = scope if isinstance(scope, str) else scope.verdict
    if scope_verdict != IN_SCOPE:
        return NOT_PROHIBITED
    verdicts = {p.verdict for p in practices if p.applicable}
    if PROHIBITED in verdicts:
        return PROHIBITED
    if NEEDS_REVIEW in verdicts:
        return NEEDS_REVIEW
    return NOT_PROHIBITED


def collect_warnings(scope: ScopeResult, practices: Iterable[PracticeResult] = ()) -> list[str]:
    """The ``Warning:`` lines of the scope and practice traces, for ``Report.warnings``."""
    out = [line for line in scope.trace if line.startswith(WARNING_PREFIX)]
    for p in practices:
        out.extend(line for line in p.trace if line.startswith(WARNING_PREFIX))
    return out


__all__ = [
    "EXCLUDED",
    "IN_SCOPE",
    "NEEDS_REVIEW",
    "NOT_AI_SYSTEM",
    "NOT_PROHIBITED",
    "PROHIBITED",
    "collect_warnings",
    "deciding_condition",
    "evaluate_practice",
    "evaluate_practices",
    "evaluate_scope",
    "fact_values",
    "overall",
    "practice_label",
    "verdict_of",
]

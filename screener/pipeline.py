"""One screening: document → legal passages → facts → verified facts → verdicts → report.

The extractor only supplies facts; ``screener.rules`` decides every verdict. Each stage is timed
so benchmarks and the report can show where the time goes.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timezone

from corpus.loader import corpus_version, get_unit
from corpus.models import Unit
from corpus.retrieval import Hit, Retriever
from ingest.chunking import chunk_document
from ingest.models import Document
from screener import catalogue
from screener.catalogue.model import Practice, Question, questions
from screener.config import Settings, load_settings
from screener.facts import get_extractor
from screener.facts.base import ExtractionContext, FactExtractor
from screener.facts.model import Fact
from screener.facts.verify import verify_facts
from screener.report.model import Citation, DocumentInfo, Report
from screener.rules.verdict import collect_warnings, evaluate_practice, evaluate_scope, overall

#: How many retrieved passages (beyond the catalogue's own references) a practice cites.
EXTRA_PASSAGES = 3


def _citation_from_unit(unit_id: str, lang: str, as_of: date) -> Citation | None:
    # A provision not yet in force on ``as_of`` (e.g. point (ba) before the 2026 amendment) is
    # still cited, in the wording that will apply: fall back to the latest text version.
    unit = (
        get_unit(unit_id, lang=lang, as_of=as_of)
        or get_unit(unit_id, lang="en", as_of=as_of)
        or get_unit(unit_id, lang=lang, as_of=date.max)
        or get_unit(unit_id, lang="en", as_of=date.max)
    )
    return None if unit is None else _citation_from_hit(unit, unit_id=unit.id)


def _citation_from_hit(hit: Hit | Unit, unit_id: str | None = None) -> Citation:
    """A citation from a retrieved hit or a corpus unit (same field names but the id)."""
    return Citation(
        unit_id=unit_id or hit.unit_id,
        lang=hit.lang,
        title=hit.title,
        text=hit.text,
        eurlex_url=hit.eurlex_url,
        binding=hit.binding,
        kind=hit.kind,
    )


def _citations(practice: Practice, hits: list[Hit], lang: str, as_of: date) -> list[Citation]:
    """The catalogue's own references first (they decide), then the best retrieved passages."""
    refs: list[str] = list(practice.refs)
    for q in questions(practice.requires) + questions(practice.unless):
        refs.extend(r for r in q.refs if r not in refs)
    out: list[Citation] = []
    seen: set[str] = set()
    for ref in refs:
        cit = _citation_from_unit(ref, lang, as_of)
        if cit and cit.unit_id not in seen:
            out.append(cit)
            seen.add(cit.unit_id)
    extra = 0
    for hit in hits:
        if extra >= EXTRA_PASSAGES:
            break
        if hit.unit_id not in seen:
            out.append(_citation_from_hit(hit))
            seen.add(hit.unit_id)
            extra += 1
    return out


def _usage_delta(before: dict, after: dict) -> dict:
    """This document's share of an extractor's running call and token counters."""
    out: dict = {}
    for key, value in after.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = round(value - before.get(key, 0), 3)
        else:
            out[key] = value
    return out


def _failures_of(extractor: object) -> list[str]:
    """The extractor's running list of failed steps (the LLM extractor keeps one: endpoint down,
    time-outs, rate limits, unparsable replies); empty for extractors without one."""
    failures = getattr(extractor, "failures", None)
    return [str(f) for f in failures] if isinstance(failures, list) else []


def _practice_query(practice: Practice, lang: str) -> str:
    qs = questions(practice.requires)
    title = practice.title_nl if lang == "nl" else practice.title_en
    return " ".join([title] + [(q.text_nl if lang == "nl" else q.text_en) for q in qs])


def screen(
    doc: Document,
    as_of: date,
    settings: Settings | None = None,
    extractor: FactExtractor | None = None,
    retriever: Retriever | None = None,
) -> Report:
    """Screen one ingested document against every point of Art. 5(1) as of ``as_of``."""
    settings = settings or load_settings()
    extractor = extractor or get_extractor(settings)
    retriever = retriever or Retriever.from_settings(settings)
    timings: dict[str, float] = {"retrieval": 0.0, "extraction": 0.0, "rules": 0.0}
    warnings: list[str] = list(doc.warnings)

    usage_before = dict(getattr(extractor, "usage", None) or {})
    failures_before = len(_failures_of(extractor))
    t0 = time.perf_counter()
    chunks = chunk_document(doc)
    timings["chunking"] = time.perf_counter() - t0

    practice_hits: dict[str, list[Hit]] = {}
    raw_facts: list[Fact] = []

    def run_group(group_id: str | None, qs: list[Question], hits: list[Hit]) -> None:
        context = ExtractionContext(
            passages={q.id: hits for q in qs}, chunks=chunks, practice_id=group_id
        )
        t = time.perf_counter()
        raw_facts.extend(extractor.extract(doc, qs, context))
        timings["extraction"] += time.perf_counter() - t

    # The scope gate: Art. 3(1) and the Art. 2 exclusions.
    scope_qs = [catalogue.SCOPE.ai_system, *catalogue.SCOPE.exclusions]
    t = time.perf_counter()
    scope_hits = retriever.search(
        " ".join(q.text_nl if doc.lang == "nl" else q.text_en for q in scope_qs), k=4, as_of=as_of
    )
    timings["retrieval"] += time.perf_counter() - t
    run_group(None, scope_qs, scope_hits)

    for practice in catalogue.PRACTICES:
        t = time.perf_counter()
        hits = retriever.search(_practice_query(practice, doc.lang), k=6, practice=practice.id, as_of=as_of)
        timings["retrieval"] += time.perf_counter() - t
        practice_hits[practice.id] = hits
        run_group(practice.id, questions(practice.requires) + questions(practice.unless), hits)

    # Every yes/no must rest on a quote found in the document (checked once for all facts).
    t = time.perf_counter()
    facts = {f.condition_id: f for f in verify_facts(doc, raw_facts)}
    timings["verification"] = time.perf_counter() - t

    t = time.perf_counter()
    scope = evaluate_scope(facts, lang=doc.lang)
    results = [
        evaluate_practice(
            practice,
            facts,
            as_of,
            citations=_citations(practice, practice_hits[practice.id], doc.lang, as_of),
            lang=doc.lang,
        )
        for practice in catalogue.PRACTICES
    ]
    verdict = overall(scope, results)
    timings["rules"] += time.perf_counter() - t

    warnings.extend(collect_warnings(scope, results))
    demoted: dict[str, list[str]] = {}
    for fact in facts.values():
        if fact.demoted_reason:
            demoted.setdefault(fact.demoted_reason, []).append(fact.condition_id)
    for reason, ids in demoted.items():
        warnings.append(f"These answers count as unknown ({reason}): " + ", ".join(sorted(ids)))
    failed = _failures_of(extractor)[failures_before:]
    if failed:
        warnings.append(
            f"The {extractor.name} extractor failed in {len(failed)} step(s); the questions concerned "
            "count as unknown, so the practices they decide are needs_review: " + "; ".join(failed)
        )
    usage = _usage_delta(usage_before, dict(getattr(extractor, "usage", None) or {}))
    return Report(
        as_of=as_of,
        corpus_version=corpus_version(),
        extractor=extractor.name,
        model=extractor.model,
        created_at=datetime.now(timezone.utc),
        document=DocumentInfo(name=doc.name, sha256=doc.sha256, lang=doc.lang, pages=doc.pages),
        scope=scope,
        overall=verdict,
        practices=results,
        warnings=warnings,
        timings={k: round(v, 4) for k, v in timings.items()},
        tokens=usage or None,
    )

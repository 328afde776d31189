"""The report model: binding field names, JSON round-trip and the committed schema 1.0."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from screener.catalogue import PRACTICES
from screener.facts.model import Fact, Quote
from screener.report.model import (
    SCHEMA_FILE,
    Citation,
    ConditionResult,
    DocumentInfo,
    PracticeResult,
    Report,
    ScopeResult,
    schema_text,
)
from screener.rules.verdict import collect_warnings, evaluate_practice, evaluate_scope, overall

AS_OF = date(2026, 9, 1)  # (ba)/(bb) adopted but not yet applicable


def make_report() -> Report:
    facts = {
        "scope.ai_system": Fact(condition_id="scope.ai_system", value="unknown"),
        "c.evaluation": Fact(
            condition_id="c.evaluation",
            value="yes",
            quotes=[Quote(text="Het systeem scoort burgers over twaalf maanden.", start=0, end=47, page=1)],
            rationale="scores residents over a year",
        ),
        "c.detrimental_treatment": Fact(condition_id="c.detrimental_treatment", value="yes", quotes=[Quote(text="lagere prioriteit")]),
        "c.unrelated_context": Fact(
            condition_id="c.unrelated_context", value="unknown", demoted_reason="quote not found in the document"
        ),
        "ba.intimate_imagery": "yes",
        "ba.no_consent": "yes",
        "ba.purpose": "yes",
    }
    cite = Citation(
        unit_id="art5.1.c",
        lang="nl",
        title="Artikel 5 — Verboden AI-praktijken",
        text="c) het in de handel brengen, …",
        eurlex_url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        binding=True,
        kind="article",
    )
    scope = evaluate_scope(facts, lang="nl")
    practices = [
        evaluate_practice(p, facts, AS_OF, citations=[cite] if p.id == "art5.1.c" else None, lang="nl")
        for p in PRACTICES
    ]
    return Report(
        as_of=AS_OF,
        corpus_version="0123456789ab",
        extractor="offline",
        model=None,
        created_at=datetime(2026, 9, 1, 12, 30, tzinfo=timezone.utc),
        document=DocumentInfo(name="burgerscore.pdf", sha256="ab" * 32, lang="nl", pages=3),
        scope=scope,
        overall=overall(scope, practices),
        practices=practices,
        warnings=collect_warnings(scope, practices),
        timings={"extraction": 0.25, "rules": 0.001},
        tokens={"prompt": 10, "completion": 2},
    )


def test_field_names_are_the_contract():
    assert set(Report.model_fields) == {
        "schema_version", "as_of", "corpus_version", "extractor", "model", "created_at", "document",
        "scope", "overall", "practices", "warnings", "timings", "tokens",
    }  # fmt: skip
    assert set(DocumentInfo.model_fields) == {"name", "sha256", "lang", "pages"}
    assert set(ScopeResult.model_fields) == {"verdict", "conditions", "trace"}
    assert set(PracticeResult.model_fields) == {
        "id", "title", "verdict", "applicable", "applies_from", "verdict_when_applicable",
        "conditions", "deciding_condition", "trace", "citations",
    }  # fmt: skip
    assert set(ConditionResult.model_fields) == {
        "id", "question", "value", "quotes", "rationale", "demoted_reason", "exception",
    }  # fmt: skip
    assert set(Citation.model_fields) == {"unit_id", "lang", "title", "text", "eurlex_url", "binding", "kind"}
    quote_fields = ConditionResult.model_fields["quotes"].annotation.__args__[0].model_fields
    assert set(quote_fields) == {"text", "page", "start", "end"}


def test_report_content():
    r = make_report()
    assert r.schema_version == "1.0"
    assert r.overall == "needs_review"  # c is open; (ba) would be prohibited but does not apply yet
    by_id = {p.id: p for p in r.practices}
    assert by_id["art5.1.ba"].verdict == "not_prohibited" and not by_id["art5.1.ba"].applicable
    assert by_id["art5.1.ba"].verdict_when_applicable == "prohibited"
    assert by_id["art5.1.c"].verdict == "needs_review"
    assert by_id["art5.1.c"].citations[0].unit_id == "art5.1.c"
    assert r.scope.verdict == "in_scope"
    assert len(r.warnings) == 1 and r.warnings[0].startswith("Warning:")


def test_json_round_trip():
    r = make_report()
    text = r.model_dump_json(indent=2)
    back = Report.model_validate_json(text)
    assert back == r
    data = json.loads(text)
    assert data["as_of"] == "2026-09-01"
    assert data["practices"][2]["applies_from"] == "2026-12-02"
    assert data["practices"][4]["conditions"][0]["quotes"][0] == {
        "text": "Het systeem scoort burgers over twaalf maanden.",
        "page": 1,
        "start": 0,
        "end": 47,
    }
    assert Report.model_validate(data) == r


def test_readers_ignore_unknown_fields():
    data = json.loads(make_report().model_dump_json())
    data["future_field"] = 1
    data["practices"][0]["future_field"] = "x"
    assert Report.model_validate(data).overall == "needs_review"


def test_invalid_verdict_is_rejected():
    data = json.loads(make_report().model_dump_json())
    data["overall"] = "maybe"
    with pytest.raises(ValueError):
        Report.model_validate(data)


def test_committed_schema_equals_model_schema():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == Report.json_schema(), (
        "screener/report/schema-1.0.json is out of date: run `python -m screener.report.model` "
        "(and bump SCHEMA_VERSION if a field changed)"
    )
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
    assert committed["$id"].endswith("1.0")
    assert committed["properties"]["schema_version"]["const"] == "1.0"


def test_report_validates_against_committed_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    instance = json.loads(make_report().model_dump_json())
    jsonschema.validate(instance, schema)
    instance["overall"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(instance, schema)

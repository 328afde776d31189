"""The screening report: pydantic models whose JSON field names are binding (schema 1.0).

The committed JSON schema ``screener/report/schema-1.0.json`` is generated from these models
(``python -m screener.report.model`` rewrites it) and a test keeps the two equal. Change a field
only together with ``SCHEMA_VERSION`` and a new schema file.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = "1.0"
SCHEMA_FILE = Path(__file__).resolve().parent / f"schema-{SCHEMA_VERSION}.json"
SCHEMA_ID = f"urn:art5-screener:report:{SCHEMA_VERSION}"

FactValue = Literal["yes", "no", "unknown"]
Verdict = Literal["prohibited", "not_prohibited", "needs_review"]
ScopeVerdict = Literal["in_scope", "not_ai_system", "excluded"]
Lang = Literal["nl", "en"]

VERDICTS: tuple[str, ...] = ("prohibited", "not_prohibited", "needs_review")
SCOPE_VERDICTS: tuple[str, ...] = ("in_scope", "not_ai_system", "excluded")


class Quote(BaseModel):
    """A verbatim passage of the project document backing a fact."""

    text: str
    page: int | None = Field(default=None, description="1-based page, None for formats without pages")
    start: int | None = Field(default=None, description="character offset in the document text")
    end: int | None = None


class Citation(BaseModel):
    """A legal passage (Regulation, recital, annex or guideline paragraph) cited by a result."""

    unit_id: str = Field(description="corpus unit id, e.g. art5.1.c, recital31, gl-prohibited.166")
    lang: Lang
    title: str
    text: str
    eurlex_url: str | None = None
    binding: bool = Field(description="True for the Regulation itself, False for guidance")
    kind: str = Field(description="article, recital, annex, guideline or guidance")


class ConditionResult(BaseModel):
    """One condition or exception of a practice (or of the scope gate) with the fact found."""

    id: str = Field(description="question id, e.g. c.unrelated_context")
    question: str
    value: FactValue
    quotes: list[Quote] = Field(default_factory=list)
    rationale: str = ""
    demoted_reason: str | None = Field(
        default=None, description="why a yes/no answer was demoted to unknown (quote not found, …)"
    )
    exception: bool = Field(default=False, description="True when a yes takes the practice out of the prohibition")


class PracticeResult(BaseModel):
    """The verdict on one point of Art. 5(1).

    ``verdict`` is what applies on ``as_of``; a point that does not apply yet is reported as
    ``not_prohibited`` with ``applicable`` false, and ``verdict_when_applicable`` holds the verdict
    the facts would give once it applies (for applicable points the two are equal).
    """

    id: str = Field(description="practice id, e.g. art5.1.c")
    title: str
    verdict: Verdict
    applicable: bool
    applies_from: date
    verdict_when_applicable: Verdict
    conditions: list[ConditionResult] = Field(default_factory=list)
    deciding_condition: str | None = None
    trace: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)


class ScopeResult(BaseModel):
    """The scope gate: Art. 3(1) AI-system definition and Art. 2 exclusions."""

    verdict: ScopeVerdict
    conditions: list[ConditionResult] = Field(default_factory=list)
    trace: list[str] = Field(default_factory=list)


class DocumentInfo(BaseModel):
    """The screened document."""

    name: str
    sha256: str
    lang: Lang
    pages: int | None = None


class Report(BaseModel):
    """A complete screening report (schema version 1.0)."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    as_of: date = Field(description="the date whose applicable law was screened against")
    corpus_version: str
    extractor: str = Field(description="fact extractor backend, e.g. offline or llm")
    model: str | None = Field(default=None, description="language model used by the extractor, if any")
    created_at: datetime
    document: DocumentInfo
    scope: ScopeResult
    overall: Verdict
    practices: list[PracticeResult] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] | None = Field(default=None, description="seconds per pipeline stage")
    tokens: dict[str, int | float | str] | None = Field(
        default=None, description="language-model calls, token counts and latency for this document"
    )

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON schema of the report, as committed in ``schema-1.0.json``."""
        schema = cls.model_json_schema()
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID,
            **schema,
        }


def schema_text() -> str:
    """The schema file's exact text (2-space indent, UTF-8, trailing newline)."""
    return json.dumps(Report.json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path | None = None) -> Path:
    """(Re)write the committed schema file from the models."""
    target = path or SCHEMA_FILE
    target.write_text(schema_text(), encoding="utf-8")
    return target


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    print(write_schema())

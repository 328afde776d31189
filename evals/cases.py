"""Labelled screening cases in the exchange format (shared/evals/FORMAT.md)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Verdict = Literal["prohibited", "not_prohibited", "needs_review"]
Scope = Literal["in_scope", "not_ai_system", "excluded"]


class Expected(BaseModel):
    model_config = ConfigDict(extra="ignore")

    overall: Verdict
    practices: dict[str, Verdict] = Field(default_factory=dict)
    scope: Scope | None = None  # None: not labelled (FORMAT default is in_scope)

    def practice(self, practice_id: str) -> Verdict:
        """A practice not listed is expected not_prohibited (FORMAT.md)."""
        return self.practices.get(practice_id, "not_prohibited")


class Case(BaseModel):
    """One labelled case; unknown fields are ignored so outside sets can carry more."""

    model_config = ConfigDict(extra="ignore")

    id: str
    lang: Literal["nl", "en"]
    text: str
    expected: Expected
    title: str | None = None
    cite: list[str] = Field(default_factory=list)
    source: str | None = None
    as_of: date | None = None
    notes: str | None = None
    published: str | None = None


def with_published_labels(case: Case) -> Case:
    """The case scored against an outside set's own label (``published``), by the plain mapping
    of the Davvetas README: published ``prohibited`` → overall prohibited, anything else →
    not_prohibited. Published labels name no practice, so only overall figures are meaningful."""
    if case.published is None:
        raise CaseFileError(f"case {case.id} has no published label")
    overall = "prohibited" if case.published == "prohibited" else "not_prohibited"
    return case.model_copy(update={"expected": Expected(overall=overall)})


class CaseFileError(ValueError):
    """A case file that cannot be read; the message names the line."""


def load_cases(path: Path, labels: Literal["expected", "published"] = "expected") -> list[Case]:
    """Read a case file; ``labels="published"`` scores against the set's own published labels."""
    cases: list[Case] = []
    seen: set[str] = set()
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                case = Case.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValueError) as exc:
                raise CaseFileError(f"{path}, line {lineno}: not a valid case ({exc})") from None
            if case.id in seen:
                raise CaseFileError(f"{path}, line {lineno}: duplicate id {case.id!r}")
            seen.add(case.id)
            cases.append(with_published_labels(case) if labels == "published" else case)
    return cases

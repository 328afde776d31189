"""Every reference of the catalogue exists in the shipped corpus.

Two checks: one against the corpus files directly (always runs), one against the unit ids that
``corpus.loader.load_units()`` produces (skipped only while that module does not exist).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import pytest

import corpus
from screener.catalogue import PRACTICES, all_questions

DATA = Path(corpus.__file__).resolve().parent / "data"
REG_EN = DATA / "regulation" / "en"
CONSOLIDATED_EN = DATA / "regulation" / "consolidated-2026-07-27" / "en"
GUIDELINES = {
    "gl-prohibited": DATA / "guidelines" / "ec-guidelines-prohibited-ai-practices-C2025-5052.md",
    "gl-definition": DATA / "guidelines" / "ec-guidelines-ai-system-definition-C2025-5053.md",
}


def all_refs() -> list[str]:
    refs: list[str] = []
    for q in all_questions():
        refs.extend(q.refs)
    for p in PRACTICES:
        refs.extend(p.refs)
    return sorted(set(refs))


@lru_cache(maxsize=None)
def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 1)[1]
    return text


@lru_cache(maxsize=None)
def _paragraph_numbers(doc: str) -> frozenset[int]:
    return frozenset(int(n) for n in re.findall(r"(?m)^\((\d+)\) ", _body(GUIDELINES[doc])))


def _article_file(number: int) -> Path:
    consolidated = CONSOLIDATED_EN / f"article-{number:03d}.md"
    return consolidated if consolidated.exists() else REG_EN / f"article-{number:03d}.md"


def _block(text: str, start: re.Pattern[str], stop: re.Pattern[str]) -> str | None:
    m = start.search(text)
    if not m:
        return None
    rest = text[m.end() :]
    n = stop.search(rest)
    return rest[: n.start()] if n else rest


def unit_exists(uid: str) -> bool:
    """Resolve a unit id against the corpus files (articles, points, recitals, annexes, guideline
    paragraphs)."""
    if m := re.fullmatch(r"recital(\d+)", uid):
        return (REG_EN / f"recital-{int(m.group(1)):03d}.md").exists()
    if m := re.fullmatch(r"annex([IVX]+)", uid):
        return (REG_EN / f"annex-{m.group(1)}.md").exists()
    if m := re.fullmatch(r"(gl-prohibited|gl-definition)\.(\d+)", uid):
        return int(m.group(2)) in _paragraph_numbers(m.group(1))
    m = re.fullmatch(r"art(\d+)(?:\.(\d+[a-z]?))?(?:\.([a-z]{1,2}))?(?:\.([ivx]+))?", uid)
    if not m:
        return False
    number, para, point, sub = int(m.group(1)), m.group(2), m.group(3), m.group(4)
    path = _article_file(number)
    if not path.exists():
        return False
    text = _body(path)
    if para is None:
        return True
    if number == 3:  # Article 3 is a list of numbered definitions: art3.1 is point (1)
        return re.search(rf"(?m)^- \({para}\) ", text) is not None and point is None
    block = _block(text, re.compile(rf"(?m)^{re.escape(para)}\. "), re.compile(r"(?m)^\d+[a-z]?\. "))
    if block is None:
        return False
    if point is None:
        return True
    pblock = _block(block, re.compile(rf"(?m)^- \({point}\) "), re.compile(r"(?m)^- \("))
    if pblock is None:
        return False
    if sub is None:
        return True
    return re.search(rf"(?m)^\s+- \({sub}\) ", pblock) is not None


def test_resolver_rejects_made_up_ids():
    for bad in ("art5.1.z", "art5.9", "recital999", "gl-prohibited.999", "gl-definition.70", "art3.99", "annexXX"):
        assert not unit_exists(bad), bad
    for good in ("art5", "art5.1.c.i", "art5.1.ba", "art5.1a", "art5.1b", "art3.1", "annexII", "gl-prohibited.433"):
        assert unit_exists(good), good


@pytest.mark.parametrize("ref", all_refs())
def test_reference_exists_in_corpus_files(ref):
    assert unit_exists(ref), f"{ref} not found in {DATA}"


_HAS_LOADER = importlib.util.find_spec("corpus.loader") is not None


@pytest.mark.skipif(not _HAS_LOADER, reason="corpus/loader.py does not exist yet (written by another helper)")
def test_references_are_units_of_the_loader():
    from corpus.loader import load_units

    units = load_units()
    ids = {u.id for u in units}
    missing = [r for r in all_refs() if r not in ids]
    assert not missing, f"refs missing from load_units(): {missing}"
    # binding units are cited in both languages
    nl_ids = {u.id for u in units if u.lang == "nl"}
    missing_nl = [r for r in all_refs() if not r.startswith("gl-") and r not in nl_ids]
    assert not missing_nl, f"refs without a Dutch unit: {missing_nl}"

"""The catalogue of Art. 5 practices: ids, structure, texts, dates and references."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

import corpus
from screener.catalogue import (
    PRACTICES,
    SCOPE,
    All,
    Any,
    Practice,
    Question,
    all_questions,
    practice,
    practice_label,
    practice_of,
    question,
    questions,
    scope_questions,
)
from screener.catalogue.applicability import applies_from

DATA = Path(corpus.__file__).resolve().parent / "data"

# The skeleton of the team contract, copied here by hand: (conditions, exceptions) per practice.
SKELETON: dict[str, tuple[list[str], list[str]]] = {
    "art5.1.a": (["a.technique", "a.distortion", "a.significant_harm"], []),
    "art5.1.b": (["b.vulnerability", "b.distortion", "b.significant_harm"], []),
    "art5.1.ba": (["ba.intimate_imagery", "ba.no_consent", "ba.purpose"], ["ba.no_increased_exposure"]),
    "art5.1.bb": (["bb.csam", "bb.purpose"], ["bb.without_right_defence"]),
    "art5.1.c": (
        ["c.evaluation", "c.detrimental_treatment", "c.unrelated_context", "c.disproportionate"],
        [],
    ),
    "art5.1.d": (["d.crime_risk", "d.solely_profiling"], ["d.supports_human_assessment"]),
    "art5.1.e": (["e.facial_db", "e.untargeted_scraping", "e.source_internet_cctv"], []),
    "art5.1.f": (["f.emotion_inference", "f.workplace_education"], ["f.medical_safety"]),
    "art5.1.g": (
        ["g.biometric_categorisation", "g.sensitive_inference"],
        ["g.dataset_labelling", "g.law_enforcement_categorising"],
    ),
    "art5.1.h": (
        ["h.realtime", "h.remote_biometric_identification", "h.public_space", "h.law_enforcement"],
        ["h.listed_objective", "h.authorisation"],
    ),
}
SCOPE_SKELETON = (
    "scope.ai_system",
    ["scope.military", "scope.research", "scope.personal", "scope.third_country_le"],
)


def test_practice_order_matches_format():
    assert [p.id for p in PRACTICES] == list(SKELETON)
    assert [p.point for p in PRACTICES] == ["(a)", "(b)", "(ba)", "(bb)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"]


@pytest.mark.parametrize("pid", list(SKELETON))
def test_question_ids_match_skeleton_exactly(pid):
    p = practice(pid)
    conds, excs = SKELETON[pid]
    assert [q.id for q in questions(p.requires)] == conds
    assert [q.id for q in questions(p.unless)] == excs
    assert all(not q.exception for q in questions(p.requires))
    assert all(q.exception for q in questions(p.unless))
    assert [q.id for q in p.questions] == conds + excs
    assert (p.unless is None) == (not excs)


def test_scope_ids_match_skeleton():
    assert SCOPE.ai_system.id == SCOPE_SKELETON[0]
    assert not SCOPE.ai_system.exception
    assert [q.id for q in SCOPE.exclusions] == SCOPE_SKELETON[1]
    assert all(q.exception for q in SCOPE.exclusions)
    assert [q.id for q in scope_questions()] == [SCOPE_SKELETON[0], *SCOPE_SKELETON[1]]


def test_all_questions_scope_first_and_ids_unique():
    ids = [q.id for q in all_questions()]
    expected = [SCOPE_SKELETON[0], *SCOPE_SKELETON[1]]
    for conds, excs in SKELETON.values():
        expected += conds + excs
    assert ids == expected
    assert len(ids) == len(set(ids))
    # id prefix names the practice (or scope)
    for p in PRACTICES:
        point = p.id.rsplit(".", 1)[-1]
        assert all(q.id.split(".")[0] == point for q in p.questions)


def test_structure_mirrors_the_sentences():
    # (c): conditions 1 and 2 and ((i) or (ii))
    c = practice("art5.1.c")
    assert isinstance(c.requires, All)
    assert isinstance(c.requires.parts[2], Any)
    assert [q.id for q in questions(c.requires.parts[2])] == ["c.unrelated_context", "c.disproportionate"]
    # (h): the exception is one composite: listed objective AND authorisation
    h = practice("art5.1.h")
    assert isinstance(h.unless, Any) and len(h.unless.parts) == 1
    assert isinstance(h.unless.parts[0], All)
    assert [q.id for q in questions(h.unless.parts[0])] == ["h.listed_objective", "h.authorisation"]
    # (g): two alternative exceptions
    g = practice("art5.1.g")
    assert isinstance(g.unless, Any) and all(isinstance(x, Question) for x in g.unless.parts)
    # every other practice: a flat conjunction of questions
    for p in PRACTICES:
        if p.id != "art5.1.c":
            assert all(isinstance(x, Question) for x in p.requires.parts)


@pytest.mark.parametrize("q", all_questions(), ids=lambda q: q.id)
def test_every_question_has_texts_in_both_languages(q: Question):
    for text in (q.text_en, q.text_nl):
        assert text.strip() and text.strip().endswith("?"), q.id
    for text in (q.guidance_en, q.guidance_nl, q.short_en, q.short_nl):
        assert text.strip(), q.id
    assert q.text_en != q.text_nl and q.guidance_en != q.guidance_nl


def _sentences(text: str) -> int:
    text = re.sub(r"\b(e\.g|i\.e|Art|art)\.", lambda m: m.group(0).replace(".", "§"), text)
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z'‘\"(])", text.strip()) if s])


@pytest.mark.parametrize("q", all_questions(), ids=lambda q: q.id)
def test_guidance_is_two_to_four_sentences(q: Question):
    assert 2 <= _sentences(q.guidance_en) <= 4, q.guidance_en
    assert 2 <= _sentences(q.guidance_nl) <= 4, q.guidance_nl


_UNIT_ID = re.compile(
    r"^(art\d+(\.\d+[a-z]?(\.[a-z]{1,2}(\.[ivx]+)?)?)?|recital\d+|annex[IVX]+|gl-prohibited\.\d+|gl-definition\.\d+)$"
)


@pytest.mark.parametrize("q", all_questions(), ids=lambda q: q.id)
def test_question_refs_are_well_formed(q: Question):
    assert q.refs, q.id
    assert len(q.refs) == len(set(q.refs)), q.id
    for ref in q.refs:
        assert _UNIT_ID.match(ref), ref
    # first reference is the provision itself
    assert q.refs[0].startswith(("art", "annex")), q.id
    guideline = [r for r in q.refs if r.startswith("gl-")]
    assert len(guideline) <= 5, q.id
    if not q.id.startswith(("ba.", "bb.")):
        # (ba) and (bb) postdate the Commission guidelines; everything else cites 2-5 paragraphs
        assert len(guideline) >= 2, q.id


@pytest.mark.parametrize("p", PRACTICES, ids=lambda p: p.id)
def test_practice_refs_and_question_refs_cite_the_point(p: Practice):
    assert p.refs[0] == p.id
    points = {p.id, *(r for r in p.refs if r.startswith("art5"))}
    for q in questions(p.requires):
        assert any(r == p.id or r.startswith(p.id + ".") or r in points for r in q.refs), q.id
    if p.id not in ("art5.1.ba", "art5.1.bb"):
        assert any(r.startswith("recital") for r in p.refs)
        assert any(r.startswith("gl-prohibited.") for r in p.refs)


def test_h_exception_refs_cover_article_5_2_to_5():
    assert {"art5.2", "annexII"} <= set(question("h.listed_objective").refs)
    assert {"art5.2", "art5.3", "art5.5"} <= set(question("h.authorisation").refs)


def test_lookup_functions():
    assert practice("art5.1.f").title_en.startswith("Emotion recognition")
    assert question("c.unrelated_context").refs[0] == "art5.1.c.i"
    assert practice_of("f.medical_safety").id == "art5.1.f"
    assert practice_of("scope.ai_system") is None
    with pytest.raises(KeyError):
        practice("art5.1.z")
    with pytest.raises(KeyError):
        question("z.nothing")


@pytest.mark.parametrize(
    "pid,en,nl",
    [
        ("art5.1.a", "Art. 5(1)(a)", "Art. 5, lid 1, onder a"),
        ("art5.1.ba", "Art. 5(1)(ba)", "Art. 5, lid 1, onder b bis"),
        ("art5.1.bb", "Art. 5(1)(bb)", "Art. 5, lid 1, onder b ter"),
        ("art5.1.c", "Art. 5(1)(c)", "Art. 5, lid 1, onder c"),
        ("art5.1.h", "Art. 5(1)(h)", "Art. 5, lid 1, onder h"),
    ],
)
def test_practice_label(pid, en, nl):
    assert practice_label(pid) == en
    assert practice_label(pid, "nl") == nl


# ── dates come from the corpus data ─────────────────────────────────────────────────────────


def _yaml_dates() -> dict[str, date]:
    raw = yaml.safe_load((DATA / "applicability.yaml").read_text(encoding="utf-8"))
    out = {}
    for entry in raw["entries"]:
        for pid in entry["provisions"]:
            out[pid] = date.fromisoformat(str(entry["applies_from"]))
    return out


@pytest.mark.parametrize("p", PRACTICES, ids=lambda p: p.id)
def test_applies_from_is_the_corpus_date(p: Practice):
    dates = _yaml_dates()
    assert p.applies_from == dates[p.id]
    assert applies_from(p.id) == dates[p.id]


def test_known_dates():
    assert practice("art5.1.ba").applies_from == date(2026, 12, 2)
    assert practice("art5.1.bb").applies_from == date(2026, 12, 2)
    for pid in ("art5.1.a", "art5.1.b", "art5.1.c", "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h"):
        assert practice(pid).applies_from == date(2025, 2, 2)


def test_unknown_provision_has_no_date():
    with pytest.raises(KeyError):
        applies_from("art5.1.zz")

"""Verdicts per practice, the scope gate and the overall verdict.

The exhaustive test compares ``evaluate_practice`` with a reference written here from FORMAT.md
and the contract skeleton alone: each practice's conditions and exceptions as plain boolean
functions, and three-valued answers obtained by trying every completion of the unknown facts
("holds" if every completion satisfies the conditions, "fails" if none does, "open" otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.catalogue import PRACTICES, practice
from screener.facts.model import Fact, Quote
from screener.report.model import Citation, PracticeResult, ScopeResult
from screener.rules.verdict import (
    collect_warnings,
    deciding_condition,
    evaluate_practice,
    evaluate_scope,
    overall,
    practice_label,
)

AS_OF = date(2027, 1, 1)  # every point of Art. 5(1) applies
VALUES = ("yes", "no", "unknown")

Env = dict[str, bool]

# Conditions, exceptions and the sentence of each point as boolean functions (contract skeleton).
SPEC: dict[str, tuple[list[str], list[str], Callable[[Env], bool], Callable[[Env], bool]]] = {
    "art5.1.a": (
        ["a.technique", "a.distortion", "a.significant_harm"], [],
        lambda f: f["a.technique"] and f["a.distortion"] and f["a.significant_harm"],
        lambda f: False,
    ),
    "art5.1.b": (
        ["b.vulnerability", "b.distortion", "b.significant_harm"], [],
        lambda f: f["b.vulnerability"] and f["b.distortion"] and f["b.significant_harm"],
        lambda f: False,
    ),
    "art5.1.ba": (
        ["ba.intimate_imagery", "ba.no_consent", "ba.purpose"], ["ba.no_increased_exposure"],
        lambda f: f["ba.intimate_imagery"] and f["ba.no_consent"] and f["ba.purpose"],
        lambda f: f["ba.no_increased_exposure"],
    ),
    "art5.1.bb": (
        ["bb.csam", "bb.purpose"], ["bb.without_right_defence"],
        lambda f: f["bb.csam"] and f["bb.purpose"],
        lambda f: f["bb.without_right_defence"],
    ),
    "art5.1.c": (
        ["c.evaluation", "c.detrimental_treatment", "c.unrelated_context", "c.disproportionate"], [],
        lambda f: f["c.evaluation"] and f["c.detrimental_treatment"]
        and (f["c.unrelated_context"] or f["c.disproportionate"]),
        lambda f: False,
    ),
    "art5.1.d": (
        ["d.crime_risk", "d.solely_profiling"], ["d.supports_human_assessment"],
        lambda f: f["d.crime_risk"] and f["d.solely_profiling"],
        lambda f: f["d.supports_human_assessment"],
    ),
    "art5.1.e": (
        ["e.facial_db", "e.untargeted_scraping", "e.source_internet_cctv"], [],
        lambda f: f["e.facial_db"] and f["e.untargeted_scraping"] and f["e.source_internet_cctv"],
        lambda f: False,
    ),
    "art5.1.f": (
        ["f.emotion_inference", "f.workplace_education"], ["f.medical_safety"],
        lambda f: f["f.emotion_inference"] and f["f.workplace_education"],
        lambda f: f["f.medical_safety"],
    ),
    "art5.1.g": (
        ["g.biometric_categorisation", "g.sensitive_inference"],
        ["g.dataset_labelling", "g.law_enforcement_categorising"],
        lambda f: f["g.biometric_categorisation"] and f["g.sensitive_inference"],
        lambda f: f["g.dataset_labelling"] or f["g.law_enforcement_categorising"],
    ),
    "art5.1.h": (
        ["h.realtime", "h.remote_biometric_identification", "h.public_space", "h.law_enforcement"],
        ["h.listed_objective", "h.authorisation"],
        lambda f: f["h.realtime"] and f["h.remote_biometric_identification"] and f["h.public_space"]
        and f["h.law_enforcement"],
        lambda f: f["h.listed_objective"] and f["h.authorisation"],
    ),
}  # fmt: skip


def _settled(ids: list[str], values: dict[str, str], fn: Callable[[Env], bool]) -> str:
    """'holds' / 'fails' / 'open' over every completion of the unknown facts among ``ids``."""
    open_ids = [i for i in ids if values[i] == "unknown"]
    outcomes = set()
    for combo in product((True, False), repeat=len(open_ids)):
        env = {i: values[i] == "yes" for i in ids}
        env.update(zip(open_ids, combo))
        outcomes.add(bool(fn(env)))
    if outcomes == {True}:
        return "holds"
    if outcomes == {False}:
        return "fails"
    return "open"


def reference_verdict(pid: str, values: dict[str, str]) -> str:
    """FORMAT.md: prohibited if every cumulative condition holds and no exception applies;
    not_prohibited if a condition clearly fails or an exception clearly applies; else
    needs_review. An exception applies only when the facts establish it."""
    conds, excs, req, exc = SPEC[pid]
    conditions = _settled(conds, values, req)
    exception_applies = bool(excs) and _settled(excs, values, exc) == "holds"
    if conditions == "fails" or exception_applies:
        return "not_prohibited"
    if conditions == "holds":
        return "prohibited"
    return "needs_review"


def _ids(pid: str) -> list[str]:
    conds, excs, _, _ = SPEC[pid]
    return conds + excs


def test_spec_covers_every_practice():
    assert list(SPEC) == [p.id for p in PRACTICES]
    for p in PRACTICES:
        assert [q.id for q in p.questions] == _ids(p.id)


@pytest.mark.parametrize("pid", list(SPEC))
def test_exhaustive_against_reference(pid):
    p = practice(pid)
    ids = _ids(pid)
    exception_ids = set(SPEC[pid][1])
    for combo in product(VALUES, repeat=len(ids)):
        values = dict(zip(ids, combo))
        expected = reference_verdict(pid, values)
        # facts as Fact objects, with every answer present
        facts = {i: Fact(condition_id=i, value=v) for i, v in values.items()}
        r = evaluate_practice(p, facts, AS_OF)
        assert r.verdict == expected, (pid, values)
        assert r.applicable and r.verdict_when_applicable == expected
        # unknown answers simply left out: the same verdict
        sparse = {i: v for i, v in values.items() if v != "unknown"}
        assert evaluate_practice(p, sparse, AS_OF).verdict == expected, (pid, sparse)
        # the deciding condition explains the verdict
        dc = r.deciding_condition
        if expected == "prohibited":
            assert dc is None
        elif expected == "needs_review":
            assert dc not in exception_ids and values[dc] == "unknown", (pid, values, dc)
        else:
            assert (dc not in exception_ids and values[dc] == "no") or (
                dc in exception_ids and values[dc] == "yes"
            ), (pid, values, dc)
            # a failing condition is preferred over an applying exception
            if _settled(SPEC[pid][0], values, SPEC[pid][2]) == "fails":
                assert dc not in exception_ids
        assert [c.id for c in r.conditions] == ids
        assert [c.value for c in r.conditions] == list(combo)
        assert [c.exception for c in r.conditions] == [i in exception_ids for i in ids]


# ── property tests ──────────────────────────────────────────────────────────────────────────


@st.composite
def practice_and_values(draw):
    p = draw(st.sampled_from(PRACTICES))
    values = {q.id: draw(st.sampled_from(VALUES)) for q in p.questions}
    return p, values


def _verdict(p, values) -> str:
    return evaluate_practice(p, values, AS_OF).verdict


def _exception_groups(p) -> list[list[str]]:
    """Each exception of the point as the question ids that make it up (h: objective + authorisation)."""
    if p.unless is None:
        return []
    from screener.catalogue import questions

    return [[q.id for q in questions(part)] for part in p.unless.parts]


@settings(max_examples=300, deadline=None)
@given(practice_and_values(), st.data())
def test_an_applying_exception_never_yields_prohibited(pv, data):
    p, values = pv
    groups = _exception_groups(p)
    if not groups:
        return
    group = data.draw(st.sampled_from(groups))
    values = {**values, **{i: "yes" for i in group}}
    assert _verdict(p, values) == "not_prohibited"


@settings(max_examples=400, deadline=None)
@given(practice_and_values(), st.data())
def test_refining_an_unknown_keeps_prohibited_unless_no_or_exception(pv, data):
    p, values = pv
    before = _verdict(p, values)
    unknown = [i for i, v in values.items() if v == "unknown"]
    if before != "prohibited" or not unknown:
        return
    qid = data.draw(st.sampled_from(unknown))
    new = data.draw(st.sampled_from(("yes", "no")))
    after = _verdict(p, {**values, qid: new})
    is_exception = next(q for q in p.questions if q.id == qid).exception
    if after == "not_prohibited":
        assert (new == "no" and not is_exception) or (new == "yes" and is_exception)
    else:
        assert after == "prohibited"


@settings(max_examples=400, deadline=None)
@given(practice_and_values(), st.data())
def test_replacing_unknowns_only_settles_needs_review(pv, data):
    """Monotonicity: answering open questions can move needs_review to a definite verdict, but
    never turns a definite verdict into needs_review, and never lifts a not_prohibited."""
    p, values = pv
    before = _verdict(p, values)
    refined = dict(values)
    for i, v in values.items():
        if v == "unknown" and data.draw(st.booleans()):
            refined[i] = data.draw(st.sampled_from(("yes", "no")))
    after = _verdict(p, refined)
    if before != "needs_review":
        assert after != "needs_review"
    if before == "not_prohibited":
        assert after == "not_prohibited"


@settings(max_examples=200, deadline=None)
@given(practice_and_values())
def test_verdict_is_one_of_three_and_deterministic(pv):
    p, values = pv
    a = evaluate_practice(p, values, AS_OF)
    b = evaluate_practice(p, values, AS_OF)
    assert a.verdict in ("prohibited", "not_prohibited", "needs_review")
    assert a == b


# ── dates ───────────────────────────────────────────────────────────────────────────────────


def _all_yes_conditions(p) -> dict[str, str]:
    return {q.id: ("no" if q.exception else "yes") for q in p.questions}


@pytest.mark.parametrize("pid", ["art5.1.ba", "art5.1.bb"])
def test_ba_bb_apply_from_2_december_2026(pid):
    p = practice(pid)
    facts = _all_yes_conditions(p)
    before = evaluate_practice(p, facts, date(2026, 12, 1))
    assert before.applicable is False
    assert before.verdict == "not_prohibited"
    assert before.verdict_when_applicable == "prohibited"
    assert before.applies_from == date(2026, 12, 2)
    assert before.trace[-1] == (
        "Not applicable on 2026-12-01: applies from 2026-12-02; on the facts it would be prohibited from then."
    )
    on = evaluate_practice(p, facts, date(2026, 12, 2))
    assert on.applicable is True
    assert on.verdict == on.verdict_when_applicable == "prohibited"
    assert on.trace[-1].startswith("→ PROHIBITED")


@pytest.mark.parametrize("pid", ["art5.1.a", "art5.1.b", "art5.1.c", "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h"])
def test_points_a_to_h_apply_from_2_february_2025(pid):
    p = practice(pid)
    facts = _all_yes_conditions(p)
    before = evaluate_practice(p, facts, date(2025, 2, 1))
    assert not before.applicable and before.verdict == "not_prohibited"
    assert before.verdict_when_applicable == "prohibited"
    on = evaluate_practice(p, facts, date(2025, 2, 2))
    assert on.applicable and on.verdict == "prohibited"


def test_not_applicable_needs_review_is_reported_not_prohibited():
    p = practice("art5.1.bb")
    r = evaluate_practice(p, {"bb.csam": "yes"}, date(2026, 8, 1))
    assert (r.verdict, r.verdict_when_applicable, r.applicable) == ("not_prohibited", "needs_review", False)
    assert r.deciding_condition == "bb.purpose"
    assert "it would be needs review from then" in r.trace[-1]


# ── trace, deciding condition, conditions ───────────────────────────────────────────────────


def test_trace_reads_like_the_law():
    p = practice("art5.1.c")
    facts = {
        "c.evaluation": Fact(
            condition_id="c.evaluation",
            value="yes",
            quotes=[Quote(text="Tenants are scored\nevery month on their behaviour.", page=2, start=10, end=52)],
        ),
        "c.detrimental_treatment": Fact(condition_id="c.detrimental_treatment", value="yes", rationale="refusal"),
        "c.unrelated_context": Fact(
            condition_id="c.unrelated_context",
            value="unknown",
            demoted_reason="quote not found in the document",
        ),
        "c.disproportionate": Fact(condition_id="c.disproportionate", value="no"),
    }
    r = evaluate_practice(p, facts, date(2025, 6, 1))
    assert r.verdict == "needs_review"
    assert r.deciding_condition == "c.unrelated_context"
    assert r.trace[0].startswith("Art. 5(1)(c) condition c.evaluation — '")
    assert r.trace[0].endswith('— YES: "Tenants are scored every month on their behaviour." (p. 2)')
    assert r.trace[1].endswith("— YES: refusal")
    assert "UNKNOWN: quote not found in the document: treated as unknown" in r.trace[2]
    assert r.trace[3].endswith("— NO")
    assert r.trace[-1].startswith("→ NEEDS REVIEW: the document leaves c.unrelated_context open")
    demoted = r.conditions[2]
    assert demoted.demoted_reason == "quote not found in the document" and demoted.value == "unknown"
    assert r.conditions[0].quotes[0].page == 2 and r.conditions[0].quotes[0].start == 10


def test_exception_lines_and_conclusions():
    f = practice("art5.1.f")
    base = {"f.emotion_inference": "yes", "f.workplace_education": "yes"}
    r = evaluate_practice(f, {**base, "f.medical_safety": "yes"}, AS_OF)
    assert r.verdict == "not_prohibited" and r.deciding_condition == "f.medical_safety"
    assert r.trace[2].startswith("Art. 5(1)(f) exception f.medical_safety")
    assert r.trace[-1] == "→ NOT PROHIBITED: exception f.medical_safety applies."
    r = evaluate_practice(f, base, AS_OF)
    assert r.verdict == "prohibited" and r.deciding_condition is None
    assert r.trace[-1] == "→ PROHIBITED: every cumulative condition holds and no exception applies."
    assert any("f.medical_safety is not established by the document" in line for line in r.trace)
    r = evaluate_practice(f, {**base, "f.workplace_education": "no", "f.medical_safety": "yes"}, AS_OF)
    assert r.deciding_condition == "f.workplace_education"
    assert r.trace[-1] == "→ NOT PROHIBITED: condition f.workplace_education does not hold."


def test_a_no_from_silence_or_an_inferred_yes_says_so_in_the_trace():
    """A "no" that rests on the document's silence is weaker than a stated one: the condition line
    and the conclusion say that nothing in the document indicates it, so a reader knows to look.
    An inferred "yes" is marked as inferred."""
    e = practice("art5.1.e")
    purpose = Quote(text="The app helps visitors plan their trip.", start=0, end=39)
    silent = Fact(condition_id="e.facial_db", value="no", quotes=[purpose], rationale="nothing indicates it", basis="silence")
    stated = silent.model_copy(update={"basis": "stated"})
    r = evaluate_practice(e, {"e.facial_db": silent}, AS_OF)
    assert r.verdict == "not_prohibited"
    assert "nothing in the document indicates it" in r.trace[-1]
    assert "NO (nothing in the document indicates it" in r.trace[0]
    r2 = evaluate_practice(e, {"e.facial_db": stated}, AS_OF)
    assert r2.trace[-1] == "→ NOT PROHIBITED: condition e.facial_db does not hold."
    a = practice("art5.1.a")
    inferred = Fact(condition_id="a.distortion", value="yes", quotes=[purpose], basis="inferred")
    r3 = evaluate_practice(a, {"a.technique": "yes", "a.distortion": inferred, "a.significant_harm": "yes"}, AS_OF)
    assert r3.verdict == "prohibited"
    assert any("a.distortion" in line and "inferred from other stated facts" in line for line in r3.trace)


def test_point_c_alternatives_in_the_conclusion():
    c = practice("art5.1.c")
    facts = {"c.evaluation": "yes", "c.detrimental_treatment": "yes", "c.unrelated_context": "no", "c.disproportionate": "no"}
    r = evaluate_practice(c, facts, AS_OF)
    assert r.verdict == "not_prohibited"
    assert r.deciding_condition == "c.unrelated_context"
    assert r.trace[-1] == "→ NOT PROHIBITED: none of c.unrelated_context, c.disproportionate holds ((i) or (ii))."
    r = evaluate_practice(c, {**facts, "c.disproportionate": "yes"}, AS_OF)
    assert r.verdict == "prohibited"


def test_point_h_needs_both_parts_of_the_exception():
    h = practice("art5.1.h")
    base = {
        "h.realtime": "yes",
        "h.remote_biometric_identification": "yes",
        "h.public_space": "yes",
        "h.law_enforcement": "yes",
    }
    assert evaluate_practice(h, {**base, "h.listed_objective": "yes"}, AS_OF).verdict == "prohibited"
    assert evaluate_practice(h, {**base, "h.listed_objective": "yes", "h.authorisation": "no"}, AS_OF).verdict == "prohibited"
    r = evaluate_practice(h, {**base, "h.listed_objective": "yes", "h.authorisation": "yes"}, AS_OF)
    assert r.verdict == "not_prohibited"
    assert r.trace[-1] == "→ NOT PROHIBITED: the exception applies (h.listed_objective and h.authorisation hold)."
    # a border crossing point is not a publicly accessible space
    r = evaluate_practice(h, {**base, "h.public_space": "no"}, AS_OF)
    assert r.verdict == "not_prohibited" and r.deciding_condition == "h.public_space"


def test_deciding_condition_function_matches_result():
    d = practice("art5.1.d")
    vals = {"d.crime_risk": "yes", "d.solely_profiling": "unknown"}
    assert deciding_condition(d, vals) == "d.solely_profiling"
    assert evaluate_practice(d, vals, AS_OF).deciding_condition == "d.solely_profiling"


def test_language_of_titles_and_questions_and_citations_pass_through():
    p = practice("art5.1.e")
    cite = Citation(unit_id="art5.1.e", lang="nl", title="Artikel 5", text="…", binding=True, kind="article")
    r = evaluate_practice(p, {}, AS_OF, citations=[cite], lang="nl")
    assert r.title == p.title_nl
    assert r.conditions[0].question == p.questions[0].text_nl
    assert r.citations == [cite]
    assert r.verdict == "needs_review"
    r = evaluate_practice(p, {}, AS_OF)
    assert r.title == p.title_en and r.citations == []


def test_practice_label_reexported():
    assert practice_label("art5.1.f") == "Art. 5(1)(f)"
    assert practice_label("art5.1.ba", "nl") == "Art. 5, lid 1, onder b bis"


# ── scope gate ──────────────────────────────────────────────────────────────────────────────

EXCLUSIONS = ["scope.military", "scope.research", "scope.personal", "scope.third_country_le"]


def test_scope_not_an_ai_system():
    s = evaluate_scope({"scope.ai_system": "no", "scope.research": "yes"})
    assert s.verdict == "not_ai_system"
    assert s.trace[-1].startswith("→ NOT AN AI SYSTEM")


@pytest.mark.parametrize("excl", EXCLUSIONS)
def test_scope_each_exclusion(excl):
    s = evaluate_scope({"scope.ai_system": "yes", excl: "yes"})
    assert s.verdict == "excluded"
    assert excl in s.trace[-1]
    # also with the AI-system question open
    assert evaluate_scope({excl: "yes"}).verdict == "excluded"


def test_scope_in_scope_and_warning_when_ai_status_unknown():
    s = evaluate_scope({"scope.ai_system": "yes"})
    assert s.verdict == "in_scope"
    assert collect_warnings(s) == []
    s = evaluate_scope({"scope.ai_system": "unknown", "scope.military": "no"})
    assert s.verdict == "in_scope"
    warnings = collect_warnings(s)
    assert len(warnings) == 1 and warnings[0].startswith("Warning:") and "Art. 3(1)" in warnings[0]
    assert evaluate_scope({}).verdict == "in_scope"
    # unknown exclusions do not exclude
    assert evaluate_scope({"scope.ai_system": "yes", **{e: "unknown" for e in EXCLUSIONS}}).verdict == "in_scope"


def test_scope_conditions_listed_in_order():
    s = evaluate_scope({"scope.ai_system": Fact(condition_id="scope.ai_system", value="yes", quotes=[Quote(text="a neural network")])})
    assert [c.id for c in s.conditions] == ["scope.ai_system", *EXCLUSIONS]
    assert [c.exception for c in s.conditions] == [False, True, True, True, True]
    assert s.conditions[0].quotes[0].text == "a neural network"
    assert s.trace[0].startswith("Art. 3(1) definition scope.ai_system")
    assert s.trace[2].startswith("Art. 2(6), 2(8) exclusion scope.research")


# ── overall ─────────────────────────────────────────────────────────────────────────────────


def _pr(pid: str, verdict: str, applicable: bool = True, would: str | None = None) -> PracticeResult:
    return PracticeResult(
        id=pid,
        title=pid,
        verdict=verdict,
        applicable=applicable,
        applies_from=date(2025, 2, 2),
        verdict_when_applicable=would or verdict,
    )


IN = ScopeResult(verdict="in_scope")


@pytest.mark.parametrize(
    "verdicts,expected",
    [
        (["not_prohibited", "not_prohibited"], "not_prohibited"),
        (["not_prohibited", "needs_review"], "needs_review"),
        (["needs_review", "prohibited", "not_prohibited"], "prohibited"),
        (["prohibited"], "prohibited"),
        ([], "not_prohibited"),
    ],
)
def test_overall_rule(verdicts, expected):
    practices = [_pr(f"art5.1.{chr(97 + i)}", v) for i, v in enumerate(verdicts)]
    assert overall(IN, practices) == expected
    assert overall("in_scope", practices) == expected


@pytest.mark.parametrize("scope", ["excluded", "not_ai_system"])
def test_overall_out_of_scope_is_not_prohibited(scope):
    practices = [_pr("art5.1.a", "prohibited"), _pr("art5.1.c", "needs_review")]
    assert overall(ScopeResult(verdict=scope), practices) == "not_prohibited"


def test_overall_ignores_points_not_yet_applicable():
    ba = evaluate_practice(practice("art5.1.ba"), _all_yes_conditions(practice("art5.1.ba")), date(2026, 9, 1))
    assert overall(IN, [ba, _pr("art5.1.a", "not_prohibited")]) == "not_prohibited"
    # even a (malformed) result that kept its would-be verdict does not count while not applicable
    assert overall(IN, [_pr("art5.1.ba", "prohibited", applicable=False)]) == "not_prohibited"
    ba_late = evaluate_practice(practice("art5.1.ba"), _all_yes_conditions(practice("art5.1.ba")), date(2026, 12, 2))
    assert overall(IN, [ba_late]) == "prohibited"

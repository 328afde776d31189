"""The metrics of an evaluation run, on hand-built results whose figures are worked out by hand."""

from __future__ import annotations

from evals.cases import Case, Expected, with_published_labels
from evals.metrics import CaseResult, cite_satisfied, score


def case(cid: str, overall: str, practices: dict | None = None, scope: str | None = None, cite=None) -> Case:
    return Case(id=cid, lang="en", text="x", expected=Expected(overall=overall, practices=practices or {}, scope=scope),
                cite=cite or [])


def result(c: Case, overall: str | None, practices: dict | None = None, scope: str = "in_scope",
           cited=None, error=None, second=None, latency=0.1, open_conditions=None) -> CaseResult:
    return CaseResult(case=c, overall=overall, practices=practices or {}, scope=scope, cited=cited or [],
                      error=error, second_run=second, latency_s=latency, open_conditions=open_conditions or {})


def test_headline_figures():
    p1 = case("p1", "prohibited", {"art5.1.c": "prohibited"}, cite=["art5", "recital31"])
    p2 = case("p2", "prohibited", {"art5.1.f": "prohibited"})
    p3 = case("p3", "prohibited", {"art5.1.f": "prohibited"})
    n1 = case("n1", "not_prohibited")
    n2 = case("n2", "not_prohibited", {"art5.1.f": "not_prohibited"})
    r1 = case("r1", "needs_review", {"art5.1.a": "needs_review"})
    results = [
        result(p1, "prohibited", {"art5.1.c": "prohibited"}, cited=["art5.1.c", "recital44"],
               second=("prohibited", {"art5.1.c": "prohibited"})),
        result(p2, "needs_review", {"art5.1.f": "needs_review"}),  # flagged, not strict
        result(p3, None, error="CorruptFileError: broken"),  # an error is a miss
        result(n1, "not_prohibited", second=("needs_review", {})),  # a flip
        result(n2, "prohibited", {"art5.1.f": "prohibited"}),  # a false prohibited
        result(r1, "needs_review", {"art5.1.a": "needs_review"}),
    ]
    m = score(results)
    assert m["n"] == 6 and m["errors"] == 1
    assert m["overall_accuracy"] == round(3 / 6, 4)
    assert m["flagged_recall"] == round(2 / 3, 4)
    assert m["prohibited_precision"] == 0.5  # tp p1, fp n2
    assert m["prohibited_recall"] == round(1 / 3, 4)
    assert m["prohibited_f1"] == round(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3), 4)
    assert m["false_prohibited"] == 1
    assert m["false_prohibited_benign"] == 0  # n2 lists a practice, so it is a near miss, not benign
    assert m["needs_review_rate"] == round(2 / 6, 4)
    assert m["citation_recall"] == 0.5  # art5 satisfied by art5.1.c; recital31 missed
    assert m["flips"] == 1
    f = m["per_practice"]["art5.1.f"]
    assert f["support_prohibited"] == 2 and f["prohibited_recall"] == 0.0 and f["flagged_recall"] == 0.5
    assert f["false_prohibited"] == 1
    assert m["per_practice"]["art5.1.c"]["prohibited_f1"] == 1.0
    assert m["confusion_overall"]["prohibited"]["error"] == 1


def test_scope_accuracy_counts_only_labelled_cases():
    a = case("a", "not_prohibited", scope="not_ai_system")
    b = case("b", "not_prohibited")
    m = score([result(a, "not_prohibited", scope="in_scope"), result(b, "not_prohibited")])
    assert m["scope_n"] == 1 and m["scope_accuracy"] == 0.0


def test_cite_satisfied_by_more_specific_unit_only():
    assert cite_satisfied("art5", ["art5.1.c"])
    assert cite_satisfied("recital31", ["recital31"])
    assert not cite_satisfied("art5", ["art50.1"])
    assert not cite_satisfied("art5.1.c", ["art5"])


def test_published_labels_use_the_plain_mapping():
    c = Case(id="d", lang="en", text="x", expected=Expected(overall="needs_review"), published="prohibited")
    assert with_published_labels(c).expected.overall == "prohibited"
    c2 = c.model_copy(update={"published": "high-risk"})
    assert with_published_labels(c2).expected.overall == "not_prohibited"


def test_held_open_counts_open_questions_by_expected_label_and_the_practices_that_hold_cases_open():
    benign_b = case("n1", "not_prohibited")
    benign_ab = case("n2", "not_prohibited")
    prohibited_f = case("p1", "prohibited", {"art5.1.f": "prohibited"})
    prohibited_cf = case("p2", "prohibited", {"art5.1.c": "prohibited", "art5.1.f": "prohibited"})
    review_f = case("r1", "needs_review", {"art5.1.f": "needs_review"})
    broken = case("e1", "not_prohibited")
    results = [
        result(benign_b, "needs_review", {"art5.1.b": "needs_review"},
               open_conditions={"art5.1.b": ["b.vulnerability", "b.distortion"]}),
        result(benign_ab, "needs_review", {"art5.1.a": "needs_review", "art5.1.b": "needs_review"},
               open_conditions={"art5.1.a": ["a.technique"], "art5.1.b": ["b.distortion"]}),
        # (a) is open too, but only the practice expected prohibited holds the case from its label
        result(prohibited_f, "needs_review", {"art5.1.f": "needs_review", "art5.1.a": "needs_review"},
               open_conditions={"art5.1.f": ["f.medical_safety"], "art5.1.a": ["a.distortion"]}),
        result(prohibited_cf, "needs_review", {"art5.1.c": "needs_review", "art5.1.f": "needs_review"},
               open_conditions={"art5.1.c": ["c.evaluation"], "art5.1.f": ["f.medical_safety"]}),
        result(review_f, "needs_review", {"art5.1.f": "needs_review"},
               open_conditions={"art5.1.f": ["f.emotion_inference", "f.medical_safety"]}),
        result(broken, None, error="CorruptFileError: broken", open_conditions={"art5.1.a": ["a.technique"]}),
    ]
    held = score(results)["held_open"]
    assert held["by_question"]["not_prohibited"] == {
        "b.distortion": 2, "a.distortion": 1, "a.technique": 1, "b.vulnerability": 1}
    assert list(held["by_question"]["not_prohibited"])[0] == "b.distortion"  # most frequent first
    assert held["by_question"]["prohibited"] == {"f.medical_safety": 2, "c.evaluation": 1}
    assert held["by_question"]["needs_review"] == {"f.emotion_inference": 1, "f.medical_safety": 1}
    # r1 is right, so it counts in no case tally; the error counts nowhere
    assert held["cases"] == {
        "prohibited": {"art5.1.f": 2, "art5.1.c": 1},
        "not_prohibited": {"art5.1.b": 1, "several practices": 1},
    }

"""Strong Kleene logic over yes / no / unknown."""

from __future__ import annotations

from itertools import product

import pytest

from screener.catalogue import All, Any, practice, question
from screener.rules.kleene import VALUES, and_, evaluate, not_, or_, witness

# Truth tables written out (strong Kleene), not derived from the implementation.
AND = {
    ("yes", "yes"): "yes", ("yes", "no"): "no", ("yes", "unknown"): "unknown",
    ("no", "yes"): "no", ("no", "no"): "no", ("no", "unknown"): "no",
    ("unknown", "yes"): "unknown", ("unknown", "no"): "no", ("unknown", "unknown"): "unknown",
}  # fmt: skip
OR = {
    ("yes", "yes"): "yes", ("yes", "no"): "yes", ("yes", "unknown"): "yes",
    ("no", "yes"): "yes", ("no", "no"): "no", ("no", "unknown"): "unknown",
    ("unknown", "yes"): "yes", ("unknown", "no"): "unknown", ("unknown", "unknown"): "unknown",
}  # fmt: skip
NOT = {"yes": "no", "no": "yes", "unknown": "unknown"}


@pytest.mark.parametrize("a,b", list(product(VALUES, repeat=2)))
def test_binary_truth_tables(a, b):
    assert and_(a, b) == AND[(a, b)]
    assert or_(a, b) == OR[(a, b)]
    assert and_([a, b]) == AND[(a, b)]
    assert or_((a, b)) == OR[(a, b)]


@pytest.mark.parametrize("a", VALUES)
def test_negation_and_de_morgan(a):
    assert not_(a) == NOT[a]
    assert not_(not_(a)) == a
    for b in VALUES:
        assert not_(and_(a, b)) == or_(not_(a), not_(b))


def test_empty_and_nary():
    assert and_() == "yes"
    assert or_() == "no"
    assert and_("yes", "yes", "unknown") == "unknown"
    assert and_("unknown", "yes", "no") == "no"
    assert or_("no", "unknown", "yes") == "yes"
    assert or_(["no", "no", "no"]) == "no"


def test_rejects_other_values():
    with pytest.raises(ValueError):
        and_("yes", "maybe")
    with pytest.raises(ValueError):
        not_("true")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        evaluate(question("a.technique"), {"a.technique": "Yes"})  # type: ignore[dict-item]


def test_evaluate_missing_fact_is_unknown():
    q = question("f.emotion_inference")
    assert evaluate(q, {}) == "unknown"
    assert evaluate(q, {"f.emotion_inference": "yes"}) == "yes"
    f = practice("art5.1.f")
    assert evaluate(f.requires, {"f.emotion_inference": "yes"}) == "unknown"
    assert evaluate(f.requires, {"f.emotion_inference": "yes", "f.workplace_education": "no"}) == "no"
    assert evaluate(None, {}) == "no"  # no exceptions: nothing excepts the practice


def test_evaluate_nested_expression_of_point_c():
    c = practice("art5.1.c").requires
    base = {"c.evaluation": "yes", "c.detrimental_treatment": "yes"}
    assert evaluate(c, {**base, "c.unrelated_context": "no", "c.disproportionate": "yes"}) == "yes"
    assert evaluate(c, {**base, "c.unrelated_context": "no", "c.disproportionate": "no"}) == "no"
    assert evaluate(c, {**base, "c.unrelated_context": "no"}) == "unknown"
    assert evaluate(c, {**base, "c.unrelated_context": "yes"}) == "yes"


def test_evaluate_rejects_non_expressions():
    with pytest.raises(TypeError):
        evaluate("a.technique", {})  # type: ignore[arg-type]


def test_witness_names_the_explaining_question():
    c = practice("art5.1.c").requires
    vals = {"c.evaluation": "yes", "c.detrimental_treatment": "no", "c.unrelated_context": "unknown"}
    assert witness(c, vals).id == "c.detrimental_treatment"
    vals = {"c.evaluation": "yes", "c.detrimental_treatment": "yes", "c.unrelated_context": "unknown"}
    assert witness(c, vals).id == "c.unrelated_context"
    h_exc = practice("art5.1.h").unless
    assert witness(h_exc, {"h.listed_objective": "yes", "h.authorisation": "no"}).id == "h.authorisation"
    assert witness(None, {}) is None
    assert isinstance(c, All) and isinstance(h_exc, Any)

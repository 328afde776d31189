"""The cue files: they load, compile, cover every catalogue question and keep their conventions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from screener.catalogue import PRACTICES, all_questions
from screener.catalogue.model import questions
from screener.facts.cues import (
    CUES_DIR,
    CueError,
    compile_pattern,
    load_cues,
    normalise,
)


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def test_every_catalogue_question_has_cues(cues):
    ids = [q.id for q in all_questions()]
    assert set(ids) == set(cues.questions), set(ids) ^ set(cues.questions)


def test_one_defining_condition_per_practice_with_exemplars(cues):
    for p in PRACTICES:
        required = [q.id for q in questions(p.requires)]
        defining = [qid for qid in required if cues.questions[qid].defining]
        assert len(defining) == 1, (p.id, defining)
        assert len(cues.questions[defining[0]].exemplars) >= 4
    for qid, q in cues.questions.items():
        if not q.defining:
            assert not q.exemplars, qid


def test_exceptions_and_scope_are_never_defining(cues):
    exceptions = [q.id for p in PRACTICES for q in questions(p.unless)]
    for qid in exceptions + [q for q in cues.questions if q.startswith("scope.")]:
        assert not cues.questions[qid].defining, qid


def test_every_cue_has_a_label_and_defining_conditions_have_positives(cues):
    for qid, q in cues.questions.items():
        assert q.condition and q.condition != qid
        for kind in ("positive", "negative", "trigger", "fallback_trigger"):
            for c in getattr(q, kind):
                assert c.label.strip(), (qid, kind)
        assert q.positive, qid


def test_cue_files_are_plain_yaml_with_known_keys():
    allowed_q = {
        "condition", "defining", "modal_ok", "negation_is_negative", "trigger_blocks_no", "threshold",
        "positive", "negative", "trigger", "fallback_trigger", "exemplars", "circumstance", "related", "lone_topic", "lone_topic_ignores", "lone_topic_ignores_mentions", "circumstances_count",
        "inferred_from", "inference",
    }
    allowed_c = {"cue", "match", "with", "within", "context", "otherwise", "blocks_no", "exclusive", "yields_to", "keeps_topic_open", "negated_form", "overrides", "except_in", "except_why", "except_as", "several_of", "at_least", "several_within"}
    for path in sorted(Path(CUES_DIR).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "common.yaml":
            continue
        assert set(data) <= {"practice", "questions"}, path.name
        for qid, q in data["questions"].items():
            assert set(q) <= allowed_q, (path.name, qid, set(q) - allowed_q)
            for kind in ("positive", "negative", "trigger", "fallback_trigger"):
                for c in q.get(kind) or []:
                    assert set(c) <= allowed_c, (path.name, qid, set(c) - allowed_c)


def test_inferred_from_names_known_questions_of_the_same_practice(cues):
    """An inference may only rest on conditions of its own practice that exist."""
    for qid, q in cues.questions.items():
        for src in q.inferred_from:
            assert src in cues.questions and src != qid, (qid, src)
            assert cues.questions[src].practice == q.practice, (qid, src)
            assert not cues.questions[src].inferred_from, (qid, src)  # no chains


def test_model_string_changes_with_the_data(cues):
    assert cues.model.startswith("cues-" + cues.version + "+")
    assert load_cues().model == cues.model


def test_pattern_conventions():
    terms = {"fruit": "apple|pear"}
    r = compile_pattern("real time", terms, "t")
    assert r.search("in real-time") and r.search("realtime") and r.search("real time")
    r = compile_pattern("emotie", terms, "t")
    assert r.search("emotieherkenning") and not r.search("reclame-xemotie")
    r = compile_pattern("{{fruit}} tree", terms, "t")
    assert r.search("a pear tree")
    r = compile_pattern("financiële", terms, "t")
    assert r.search(normalise("Financiële schade"))
    with pytest.raises(CueError):
        compile_pattern("{{missing}}", terms, "t")


def test_normalise():
    assert normalise("Emotie\u00adherkenning  op  de\nwerk-\nvloer \u2013 \u201cja\u201d") == 'emotieherkenning op de werkvloer - "ja"'


def test_lone_topic_ignores_names_circumstances_of_the_same_practice(cues):
    for qid, qc in cues.questions.items():
        for sib in qc.lone_topic_ignores:
            assert sib in cues.questions and sib != qid, (qid, sib)
            assert cues.questions[sib].practice == qc.practice, (qid, sib)
            assert cues.questions[sib].circumstance, (qid, sib)


def test_lone_topic_ignores_mentions_names_conditions_of_the_same_practice(cues):
    for qid, qc in cues.questions.items():
        for sib in qc.lone_topic_ignores_mentions:
            assert sib in cues.questions and sib != qid, (qid, sib)
            assert cues.questions[sib].practice == qc.practice, (qid, sib)
    assert cues.questions["c.evaluation"].lone_topic_ignores_mentions == ("c.unrelated_context",)


def test_related_questions_exist_and_belong_to_other_practices(cues):
    for qid, qc in cues.questions.items():
        for rel in qc.related:
            assert rel in cues.questions, (qid, rel)
            assert cues.questions[rel].practice != qc.practice, (qid, rel)


def _copy_of_the_cues(tmp_path: Path) -> Path:
    """The shipped cue files in ``tmp_path``, to break one of them in a test."""
    import shutil

    for f in Path(CUES_DIR).glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


def _refused_after_adding(directory: Path, name: str, marker: str, addition: str, match: str) -> None:
    """Copy the shipped cues into ``directory``, add ``addition`` after ``marker`` in ``name``,
    and check that the loader refuses the result with an error naming ``match``."""
    path = _copy_of_the_cues(directory) / name
    text = path.read_text(encoding="utf-8")
    assert marker in text
    path.write_text(text.replace(marker, marker + addition), encoding="utf-8")
    with pytest.raises(CueError, match=match):
        load_cues(directory)


def test_lone_topic_accepts_only_true_false_or_strict(tmp_path):
    b = _copy_of_the_cues(tmp_path) / "b.yaml"
    b.write_text(b.read_text(encoding="utf-8").replace("lone_topic: strict", "lone_topic: sometimes"), encoding="utf-8")
    with pytest.raises(CueError, match="lone_topic"):
        load_cues(tmp_path)
    assert load_cues().questions["b.vulnerability"].lone_topic == "strict"
    assert load_cues().questions["e.facial_db"].lone_topic == "on"
    assert load_cues().questions["e.untargeted_scraping"].lone_topic == ""


def test_except_in_is_refused_on_a_negative_cue(tmp_path):
    """``except_in`` turns a positive hit into a mention; on a negative cue it would be ignored
    silently, so the loader refuses it."""
    marker = "      - cue: not law enforcement (explicitly)\n"
    _refused_after_adding(tmp_path, "h.yaml", marker, '        except_in: "calls"\n', "except_in")


def test_yields_to_is_refused_on_a_positive_cue(tmp_path):
    """``yields_to`` lets a denial give way to a statement; on a positive cue it would mean
    nothing, so the loader refuses it."""
    marker = "      - cue: race\n"
    _refused_after_adding(tmp_path, "g.yaml", marker, '        yields_to: "estimat"\n', "yields_to")


def test_keeps_topic_open_is_refused_on_a_negative_cue(tmp_path):
    marker = "      - cue: explicit consent verified\n"
    _refused_after_adding(tmp_path, "ba.yaml", marker, "        keeps_topic_open: false\n", "keeps_topic_open")


def test_except_as_ignore_keeps_an_excepted_sentence_from_being_a_mention(tmp_path):
    """A training set of face images is not even a mention of a face database: with
    ``except_as: ignore`` the document can still be closed on (e); as a mere mention (the default,
    ``trigger``) it would stay open. An unknown value is refused."""
    from screener.facts.offline import OfflineExtractor
    from screener.facts.base import ExtractionContext
    from screener.catalogue import all_questions
    from ingest import ingest_text

    text = "The image generator was trained on 90 million face images. It draws cartoon portraits on request."
    question = next(q for q in all_questions() if q.id == "e.facial_db")

    def value(cues):
        facts = OfflineExtractor(cues=cues).extract(ingest_text(text), [question], ExtractionContext())
        return facts[0].value

    assert value(load_cues()) == "no"
    e = _copy_of_the_cues(tmp_path) / "e.yaml"
    shipped = e.read_text(encoding="utf-8")
    marker = '        except_why: "a training set for a model, not a database searched for persons"\n        except_as: ignore\n'
    assert marker in shipped
    e.write_text(shipped.replace(marker, marker.replace("ignore", "trigger")), encoding="utf-8")
    assert value(load_cues(tmp_path)) == "unknown"
    other = tmp_path / "other"  # load_cues caches per directory
    other.mkdir()
    e = _copy_of_the_cues(other) / "e.yaml"
    e.write_text(shipped.replace(marker, marker.replace("ignore", "sometimes")), encoding="utf-8")
    with pytest.raises(CueError, match="except_as"):
        load_cues(other)


def test_several_of_needs_two_kinds_and_a_reachable_count(tmp_path):
    """``several_of`` with one kind, or an ``at_least`` above the number of kinds, could never
    match and would fail silently, so the loader refuses both."""
    _refused_after_adding(tmp_path, "c.yaml", "        several_within: 4\n", "        at_least: 99\n", "at_least")
    other = tmp_path / "other"  # load_cues caches per directory
    other.mkdir()
    c = _copy_of_the_cues(other) / "c.yaml"
    shipped = c.read_text(encoding="utf-8")
    start = shipped.index("        several_of:\n")
    end = shipped.index("      - cue: data combined from unrelated contexts")
    only_one = "        several_of:\n          library: \"(library fines)\"\n"
    c.write_text(shipped[:start] + only_one + shipped[end:], encoding="utf-8")
    with pytest.raises(CueError, match="several_of"):
        load_cues(other)

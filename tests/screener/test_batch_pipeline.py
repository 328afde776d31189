"""The batch with the real pipeline (offline extractor): register records become full reports;
a record whose text makes ingest fail (German) and one without text are error rows; the rest
succeed. Skipped while ``screener.pipeline`` cannot be imported. Uses the session's real index
(``full_retriever`` in tests/conftest.py, built once per test session in a temporary data dir)."""

from __future__ import annotations

import functools
import importlib
import json
import re
from datetime import date
from pathlib import Path

import pytest
from test_batch_support import GERMAN, write_records

from screener.batch.inputs import load_records
from screener.batch.runner import BatchOptions, run_batch
from screener.batch.store import ResultStore

REGISTER = Path("/work/shared/realdata/algoritmeregister/entries.jsonl")
REGISTER_EN = Path("/work/shared/realdata/algoritmeregister/entries_en_full.jsonl")


def _require_pipeline() -> None:
    try:
        importlib.import_module("screener.pipeline")
        importlib.import_module("screener.facts").get_extractor  # noqa: B018
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"screener.pipeline not importable yet: {type(exc).__name__}: {exc}")


@pytest.mark.slow
@pytest.mark.skipif(not REGISTER.exists(), reason="real register data not present")
def test_real_pipeline_on_register_records_with_a_failing_record(tmp_path, request):
    _require_pipeline()
    from screener.batch.runner import SharedRetriever
    from screener.pipeline import screen
    from screener.report.model import Report

    settings = request.getfixturevalue("settings")
    retriever = SharedRetriever(request.getfixturevalue("full_retriever"))
    extractor = request.getfixturevalue("offline_extractor")

    def factory(_settings, as_of):
        return lambda doc: screen(doc, as_of, _settings, extractor=extractor, retriever=retriever)

    rows = []
    with REGISTER.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["description"]:
                rows.append(obj)
            if len(rows) == 4:
                break
    with REGISTER_EN.open(encoding="utf-8") as fh:
        rows.append(json.loads(next(fh)))
    rows.append({"id": "de-1", "name": "Bewerberauswahl", "description": GERMAN})
    rows.append({"id": "empty-1", "name": "Leeg", "description": ""})
    f = tmp_path / "in.jsonl"
    write_records(f, rows)
    records = load_records(f)
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(records, store, BatchOptions(as_of=date(2026, 8, 10), workers=0, screen_factory=factory),
                        settings)
        assert res.status == "complete", res.message
        stored = {r["record_id"]: r for r in store.results(with_report=True)}
    assert len(stored) == 7
    assert stored["de-1"]["status"] == "error" and stored["de-1"]["error_type"] == "UnsupportedLanguageError"
    assert stored["empty-1"]["status"] == "error"
    ok = [r for r in stored.values() if r["status"] == "ok"]
    assert len(ok) == 5
    for r in ok:
        report = Report.model_validate_json(r["report_json"])
        assert report.overall == r["overall"] and report.scope.verdict == r["scope"]
        assert {p.id: p.verdict for p in report.practices} == r["verdicts"]
        assert report.as_of == date(2026, 8, 10) and report.extractor == "offline"
        assert r["corpus_version"] == report.corpus_version
    assert retriever.misses <= 2 * 11 and retriever.hits >= 3 * 11  # the same queries for every record


@pytest.mark.slow
@pytest.mark.skipif(not REGISTER.exists(), reason="real register data not present")
def test_llm_path_with_the_real_llm_extractor_on_a_fake_chat_model(tmp_path, request):
    """--extractor llm: the real LLMExtractor (its chat model faked: everything unknown, and an
    unreachable server for one record), one per thread, 3 threads, with the session's index."""
    _require_pipeline()
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from screener import catalogue
    from screener.batch.runner import default_screen_factory
    from screener.config import LLMSettings
    from screener.facts.llm import LLMExtractor
    from screener.report.model import Report

    ids = [q.id for q in catalogue.all_questions()]

    class Fake(FakeListChatModel):
        responses: list[str] = ["{}"]

        def _call(self, messages, *args, **kwargs):
            prompt = "\n".join(str(getattr(m, "content", m)) for m in messages)
            if "ONBEREIKBAAR" in prompt:
                raise ConnectionError("model server unreachable")
            asked = [q for q in ids if re.search(rf"(?<![\w.]){re.escape(q)}(?![\w])", prompt)]
            return json.dumps({"answers": [
                {"question_id": q, "value": "unknown", "quotes": [], "rationale": "fake"} for q in asked
            ]})

    settings = request.getfixturevalue("settings")
    settings = settings.model_copy(update={"extractor": "llm", "llm": LLMSettings(model="fake-model")})
    made = []

    def make_extractor():  # one per thread, as the batch does with get_extractor
        made.append(LLMExtractor(LLMSettings(model="fake-model"), chat_model=Fake(), sleep=lambda s: None))
        return made[-1]

    factory = functools.partial(default_screen_factory, make_extractor=make_extractor,
                                retriever=request.getfixturevalue("full_retriever"))

    rows = []
    with REGISTER.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["description"]:
                rows.append(obj)
            if len(rows) == 5:
                break
    rows[2]["description"] += " De server is ONBEREIKBAAR."
    f = tmp_path / "in.jsonl"
    write_records(f, rows)
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(load_records(f), store,
                        BatchOptions(as_of=date(2026, 8, 10), extractor="llm", concurrency=3, screen_factory=factory),
                        settings)
        assert res.status == "complete", res.message
        stored = {r["record_id"]: r for r in store.results(with_report=True)}
    bad = rows[2]["id"]
    assert stored[bad]["status"] == "error" and stored[bad]["error_type"] == "ExtractionFailedError"
    assert "unreachable" in stored[bad]["error"]
    assert 2 <= len(made) <= 1 + 3  # one made at start (main thread) + at most one per thread
    ok = [r for r in stored.values() if r["status"] == "ok"]
    assert len(ok) == 4
    for r in ok:
        assert r["extractor"] == "llm:fake-model"
        report = Report.model_validate_json(r["report_json"])
        assert report.extractor == "llm" and report.model == "fake-model"
        assert report.overall == r["overall"]
        assert report.tokens is None or report.tokens.get("calls", 0) <= 11  # this record's calls only

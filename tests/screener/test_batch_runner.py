"""Batch runner and store: error rows, resume, idempotence, pool vs in-process, llm threads,
summary counts against the database. Screening is the deterministic stand-in of
test_batch_support (the real pipeline is exercised in test_batch_pipeline.py)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

import pytest
from test_batch_support import PRACTICES, fake_verdicts, sample_rows, write_records

from screener.batch.inputs import load_records
from screener.batch.runner import BatchOptions, extractor_label, run_batch
from screener.batch.store import ResultStore, column_for
from screener.batch.summary import chart_path, summarise, write_chart
from screener.config import load_settings

AS_OF = date(2026, 8, 10)
FAKE = "test_batch_support:fake_factory"


@pytest.fixture()
def settings(tmp_path):
    return load_settings(data_dir=tmp_path / "data")


@pytest.fixture()
def records(tmp_path):
    f = tmp_path / "in.jsonl"
    write_records(f, sample_rows(12))
    return load_records(f)


def options(**kw) -> BatchOptions:
    base = dict(as_of=AS_OF, workers=0, screen_factory=FAKE)
    base.update(kw)
    return BatchOptions(**base)


def rows_by_id(store: ResultStore) -> dict[str, dict]:
    return {r["record_id"]: r for r in store.results()}


def test_every_record_gets_one_row_and_bad_records_are_error_rows(tmp_path, records, settings):
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(records, store, options(), settings, corpus_version="cv1")
        assert res.status == "complete" and res.done == len(records) == 15 and res.errors == 3
        rows = rows_by_id(store)
        assert set(rows) == {r.record_id for r in records}
        assert rows["empty"]["status"] == "error" and "no text" in rows["empty"]["error"]
        assert rows["empty"]["error_type"] == "InputError"
        assert rows["german"]["status"] == "error"
        assert rows["german"]["error_type"] == "UnsupportedLanguageError"
        assert "German" in rows["german"]["error"]
        assert rows["crash"]["status"] == "error" and "simulated screening failure" in rows["crash"]["error"]
        for rec in records:
            row = rows[rec.record_id]
            if row["status"] == "ok":
                assert row["verdicts"] == fake_verdicts(rec.text)
                assert "report_json" not in row and "report_json_zlib" not in row  # not read by default
                assert row["name"] == rec.name and row["meta"]["organisation"] == "Gemeente X"
        full = {r["record_id"]: r for r in store.results(with_report=True)}
        assert '"overall"' in full["r001"]["report_json"]
        assert store.report_json("r001") == full["r001"]["report_json"]
        assert full["empty"]["report_json"] is None
        assert rows["r001"]["overall"] == "prohibited" and rows["r001"]["art5_1_f"] == "prohibited"
        assert rows["r002"]["overall"] == "needs_review"
        assert rows["r001"]["deciding"]["art5.1.f"] == "f.fake"
        run = store.runs()[0]
        assert run["status"] == "complete" and run["records_done"] == 15 and run["records_error"] == 3
        assert run["as_of"] == "2026-08-10" and run["extractor"] == "offline" and run["corpus_version"] == "cv1"
    con = sqlite3.connect(tmp_path / "r.sqlite")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_resume_after_partial_run_and_idempotent_rerun(tmp_path, records, settings):
    db = tmp_path / "r.sqlite"
    with ResultStore(db) as store:
        first = run_batch(records[:5], store, options(), settings, corpus_version="cv1")
        assert first.done == 5
    with ResultStore(db) as store:
        second = run_batch(records, store, options(), settings, corpus_version="cv1")
        assert (second.skipped, second.todo, second.done) == (5, 10, 10)
        ids_before = {r["record_id"]: r["id"] for r in store.results()}
        third = run_batch(records, store, options(), settings, corpus_version="cv1")
        assert (third.skipped, third.todo, third.done) == (15, 0, 0)
        after = store.results()
        assert {r["record_id"]: r["id"] for r in after} == ids_before  # nothing rewritten
        assert len(after) == len(records)
        assert [r["status"] for r in store.runs()] == ["complete"] * 3
        # the rows name the invocation that wrote them
        assert Counter(r["run_id"] for r in after) == {first.run_id: 5, second.run_id: 10}


def test_retry_errors_and_key_changes(tmp_path, records, settings):
    with ResultStore(tmp_path / "r.sqlite") as store:
        run_batch(records, store, options(), settings, corpus_version="cv1")
        retry = run_batch(records, store, options(retry_errors=True), settings, corpus_version="cv1")
        assert retry.todo == 3 and retry.done == 3 and store.count() == 15
        # another date or corpus version is another key: all records again, old rows kept
        later = run_batch(records, store, options(as_of=date(2026, 12, 2)), settings, corpus_version="cv1")
        assert later.todo == 15 and store.count() == 30
        newcorpus = run_batch(records, store, options(), settings, corpus_version="cv2")
        assert newcorpus.todo == 15 and store.count() == 45
        # a changed text is screened again under its new hash
        records[0].text += " Het systeem herkent emoties."
        from screener.batch.inputs import sha256_text

        records[0].sha256 = sha256_text(records[0].text)
        changed = run_batch(records, store, options(), settings, corpus_version="cv1")
        assert changed.todo == 1


def test_process_pool_gives_the_same_rows_as_in_process(tmp_path, records, settings):
    with ResultStore(tmp_path / "a.sqlite") as a, ResultStore(tmp_path / "b.sqlite") as b:
        run_batch(records, a, options(), settings, corpus_version="cv1")
        res = run_batch(records, b, options(workers=2, chunk_size=2), settings, corpus_version="cv1")
        assert res.status == "complete", res.message
        ra, rb = rows_by_id(a), rows_by_id(b)
        assert set(ra) == set(rb)
        for rid in ra:
            for col in ("status", "overall", "scope", "error", "error_type", "input_sha256", "verdicts"):
                assert ra[rid][col] == rb[rid][col], (rid, col)


def test_worker_that_cannot_start_stops_the_batch_with_its_message(tmp_path, records, settings):
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(
            records, store, options(workers=1, screen_factory="test_batch_support:broken_factory"),
            settings, corpus_version="cv1",
        )
        assert res.status == "failed"
        assert "pip install some-model-package" in res.message
        # the input problems found before screening are stored; nothing else
        assert {r["record_id"] for r in store.results()} == {"empty"}
        assert store.runs()[0]["status"] == "failed"


def test_llm_path_runs_in_threads_and_keys_on_the_model(tmp_path, records, settings):
    s = settings.model_copy(update={"llm": settings.llm.model_copy(update={"model": "m-1"})})
    assert extractor_label("llm", s) == "llm:m-1" and extractor_label("offline", s) == "offline"
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(records, store, options(extractor="llm", concurrency=3), s, corpus_version="cv1")
        assert res.status == "complete" and res.done == 15 and res.errors == 3
        rows = rows_by_id(store)
        assert rows["crash"]["status"] == "error"
        assert {r["extractor"] for r in rows.values()} == {"llm:m-1"}
        assert store.runs()[0]["model"] == "m-1"
        assert "api_key" not in store.runs()[0]["settings"]


def test_summary_counts_match_the_database(tmp_path, records, settings):
    db = tmp_path / "r.sqlite"
    with ResultStore(db) as store:
        res = run_batch(records, store, options(), settings, corpus_version="cv1")
        rows = store.results(res.key, keys=res.keys)
        s = summarise(rows, store.practices, total=len(records), done_now=res.done, seconds=res.seconds)
        png = write_chart(s, chart_path(db))
    assert png == tmp_path / "r-verdicts.png" and png.stat().st_size > 1000
    con = sqlite3.connect(db)
    assert s.total == s.stored == 15 and s.missing == 0
    assert s.errors == con.execute("SELECT COUNT(*) FROM results WHERE status='error'").fetchone()[0] == 3
    assert s.ok == 12
    for verdict, n in con.execute("SELECT overall, COUNT(*) FROM results WHERE status='ok' GROUP BY overall"):
        assert s.overall[verdict] == n
    for pid in PRACTICES:
        col = column_for(pid)
        for verdict, n in con.execute(f"SELECT {col}, COUNT(*) FROM results WHERE status='ok' GROUP BY {col}"):
            assert s.per_practice[pid][verdict] == n
    assert s.per_practice["art5.1.f"]["prohibited"] == 3  # r001, r005, r009
    assert s.error_types == Counter({"InputError": 1, "UnsupportedLanguageError": 1, "RuntimeError": 1})
    assert s.p50 is not None and s.p95 >= s.p50


def test_summary_counts_llm_failures_as_needs_review_not_as_unscreened():
    """A record whose LLM extraction failed was stored with a needs_review report: it must be
    reviewed, so it counts among the verdicts (and apart), while an unreadable record has none."""
    pids = ("art5.1.a", "art5.1.f")
    rows = [
        {"status": "ok", "overall": "prohibited", "scope": "in_scope", "seconds": 0.2,
         "verdicts": {"art5.1.a": "not_prohibited", "art5.1.f": "prohibited"}},
        {"status": "error", "overall": "needs_review", "scope": "in_scope", "seconds": 3.0,
         "error_type": "ExtractionFailedError",
         "verdicts": {"art5.1.a": "needs_review", "art5.1.f": "needs_review"}},
        {"status": "error", "overall": None, "scope": None, "seconds": 0.0, "error_type": "InputError",
         "verdicts": {}},
    ]
    s = summarise(rows, pids)
    assert (s.ok, s.extraction_failed, s.errors) == (1, 1, 1)
    assert s.overall == Counter({"prohibited": 1, "needs_review": 1})
    assert s.per_practice["art5.1.a"] == Counter({"not_prohibited": 1, "needs_review": 1})
    assert s.error_types == Counter({"InputError": 1})
    assert s.as_dict()["extraction_failed"] == 1


def test_llm_path_concurrency_is_bounded_and_failures_do_not_stop_it(tmp_path, records, settings):
    import threading
    import time

    from test_batch_support import fake_factory

    state = {"now": 0, "max": 0}
    lock = threading.Lock()

    def factory(s, as_of):
        inner = fake_factory(s, as_of)

        def screen_one(doc):
            with lock:
                state["now"] += 1
                state["max"] = max(state["max"], state["now"])
            try:
                time.sleep(0.05)
                if "Algoritme 3" in doc.text:
                    raise TimeoutError("the model server did not answer")
                return inner(doc)
            finally:
                with lock:
                    state["now"] -= 1

        return screen_one

    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(records, store, options(extractor="llm", concurrency=3, screen_factory=factory),
                        settings, corpus_version="cv1")
        assert res.status == "complete" and res.done == 15
        rows = rows_by_id(store)
    assert 1 < state["max"] <= 3
    assert rows["r003"]["status"] == "error" and rows["r003"]["error_type"] == "TimeoutError"
    assert "did not answer" in rows["r003"]["error"]
    assert sum(r["status"] == "ok" for r in rows.values()) == 11


def test_a_factory_object_cannot_go_to_worker_processes(tmp_path, records, settings):
    from test_batch_support import fake_factory

    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(records, store, options(workers=2, screen_factory=fake_factory), settings,
                        corpus_version="cv1")
    assert res.status == "failed" and "workers=0" in res.message


def test_folder_batch_reads_documents_and_stores_unreadable_ones_as_errors(tmp_path, settings):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "emotion.txt").write_text(
        "The system recognises the emotions of employees at work from their faces.", encoding="utf-8"
    )
    (docs / "sub" / "letters.md").write_text("# Post\nHet systeem sorteert binnenkomende brieven.", encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    (docs / "page.html").write_text("<html><body><p>Het model voorspelt fraude.</p></body></html>", encoding="utf-8")
    recs = load_records(docs)
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(recs, store, options(), settings, corpus_version="cv1")
        rows = rows_by_id(store)
    assert res.done == 4 and set(rows) == {"broken.pdf", "emotion.txt", "page.html", "sub/letters.md"}
    assert rows["broken.pdf"]["status"] == "error" and rows["broken.pdf"]["error_type"] == "CorruptFileError"
    assert "broken.pdf" in rows["broken.pdf"]["error"]
    assert rows["emotion.txt"]["overall"] == "prohibited"
    assert rows["page.html"]["verdicts"]["art5.1.d"] == "needs_review"
    assert rows["sub/letters.md"]["overall"] == "not_prohibited"
    assert rows["sub/letters.md"]["name"] == "letters.md"


def test_lone_surrogates_in_json_records_do_not_break_the_store(tmp_path, settings):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "s\\ud800", "name": "Naam \\udc00", "description": "Het systeem herkent emoties \\ud83d."}\n',
                 encoding="utf-8")
    recs = load_records(f)
    assert recs[0].record_id == "s\ufffd"
    with ResultStore(tmp_path / "r.sqlite") as store:
        res = run_batch(recs, store, options(), settings, corpus_version="cv1")
        assert res.status == "complete"
        assert store.results()[0]["name"] == "Naam \ufffd"

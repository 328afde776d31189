"""The append-only audit log: WAL mode, insert-only triggers, validation, filters, exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from screener.report.model import (
    ConditionResult,
    DocumentInfo,
    PracticeResult,
    Report,
    ScopeResult,
)
from ui import audit


def make_report(name: str = "plan.pdf", verdict: str = "prohibited", sha: str = "ab" * 32) -> Report:
    practices = [
        PracticeResult(
            id=pid,
            title=pid,
            verdict=v,
            applicable=True,
            applies_from=date(2025, 2, 2),
            verdict_when_applicable=v,
            conditions=[ConditionResult(id="c.evaluation", question="q?", value="yes")],
        )
        for pid, v in (("art5.1.c", verdict), ("art5.1.f", "not_prohibited"))
    ]
    return Report(
        as_of=date(2025, 9, 1),
        corpus_version="c0ffee",
        extractor="offline",
        created_at=datetime(2025, 9, 1, tzinfo=UTC),
        document=DocumentInfo(name=name, sha256=sha, lang="en", pages=2),
        scope=ScopeResult(verdict="in_scope"),
        overall=verdict,
        practices=practices,
    )


@pytest.fixture()
def conn(tmp_path: Path) -> sqlite3.Connection:
    c = audit.connect(tmp_path / "sub" / "audit.sqlite")
    yield c
    c.close()


def test_wal_mode_and_tables(conn) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"screenings", "decisions"} <= tables
    cols = {r[1] for r in conn.execute("PRAGMA table_info(decisions)")}
    assert set(audit.DECISION_COLUMNS) == cols


def test_rows_cannot_be_updated_or_deleted(conn) -> None:
    report = make_report()
    sid = audit.record_screening(conn, report, "document text")
    did = audit.record_decision(
        conn, report, audit.Decision("Ann", "art5.1.c", "prohibited", "agree", "prohibited"), screening_id=sid
    )
    for sql in (
        "UPDATE decisions SET final_verdict = 'not_prohibited' WHERE id = ?",
        "DELETE FROM decisions WHERE id = ?",
        "UPDATE screenings SET overall = 'not_prohibited' WHERE id = ?",
        "DELETE FROM screenings WHERE id = ?",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"), conn:
            conn.execute(sql, (did if "decisions" in sql else sid,))
    assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM screenings").fetchone()[0] == 1


def test_decision_row_has_every_column(conn) -> None:
    report = make_report()
    audit.record_decision(
        conn, report, audit.Decision(" Ann ", "art5.1.c", "prohibited", "override", "needs_review", "context missing")
    )
    row = audit.list_decisions(conn, with_report=True)[0]
    assert row["reviewer"] == "Ann"
    assert row["document_name"] == "plan.pdf" and row["document_sha256"] == "ab" * 32
    assert (row["practice_id"], row["screener_verdict"], row["decision"], row["final_verdict"]) == (
        "art5.1.c", "prohibited", "override", "needs_review")
    assert row["reason"] == "context missing"
    assert json.loads(row["report_json"])["overall"] == "prohibited"
    assert row["app_version"] and row["corpus_version"] == "c0ffee"
    assert datetime.fromisoformat(row["timestamp_utc"]).utcoffset().total_seconds() == 0


@pytest.mark.parametrize(
    "decision,code",
    [
        (audit.Decision("", "art5.1.c", "prohibited", "agree", "prohibited"), "reviewer"),
        (audit.Decision("Ann", "art5.1.c", "prohibited", "override", "not_prohibited", "  "), "reason"),
        (audit.Decision("Ann", "art5.1.c", "prohibited", "override", "prohibited", "why"), "verdict"),
        (audit.Decision("Ann", "art5.1.c", "prohibited", "agree", "not_prohibited"), "verdict"),
        (audit.Decision("Ann", "art5.1.c", "prohibited", "maybe", "prohibited"), "decision"),
    ],
)
def test_invalid_decisions_are_refused(conn, decision, code) -> None:
    with pytest.raises(audit.AuditError) as err:
        audit.record_decision(conn, make_report(), decision)
    assert str(err.value) == code
    assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0


def test_the_database_refuses_an_override_without_reason(conn) -> None:
    with pytest.raises(sqlite3.IntegrityError), conn:
        conn.execute(
            "INSERT INTO decisions (timestamp_utc, reviewer, document_name, document_sha256, practice_id, "
            "screener_verdict, decision, final_verdict, reason, report_json, app_version, corpus_version) "
            "VALUES ('t', 'Ann', 'd', 's', 'p', 'prohibited', 'override', 'not_prohibited', NULL, '{}', 'v', 'c')"
        )


def test_latest_decision_wins_and_decided_report(conn) -> None:
    report = make_report()
    audit.record_decision(conn, report, audit.Decision("Ann", "art5.1.c", "prohibited", "agree", "prohibited"))
    audit.record_decision(
        conn, report, audit.Decision("Bob", "art5.1.c", "prohibited", "override", "not_prohibited", "pilot only")
    )
    latest = audit.latest_decisions(conn, report.document.sha256)
    assert latest["art5.1.c"]["reviewer"] == "Bob"
    decided = audit.decided_report(report, latest)
    assert decided["overall"] == "prohibited"  # the screener's report is kept as is
    assert decided["review"]["final_overall"] == "not_prohibited"
    assert decided["review"]["undecided"] == ["art5.1.f"]
    assert decided["review"]["decisions"][0]["reason"] == "pilot only"
    md = audit.decided_markdown(report, latest)
    assert "## Review" in md and "pilot only" in md and "Bob" in md


def test_filters_and_csv(conn) -> None:
    a = make_report("a.pdf", "prohibited", "aa" * 32)
    b = make_report("b.pdf", "not_prohibited", "bb" * 32)
    audit.record_screening(conn, a, "text a")
    sid_b = audit.record_screening(conn, b, "text b")
    assert [r["document_name"] for r in audit.list_screenings(conn)] == ["b.pdf", "a.pdf"]
    assert [r["document_name"] for r in audit.list_screenings(conn, verdicts=["prohibited"])] == ["a.pdf"]
    assert [r["document_name"] for r in audit.list_screenings(conn, practice="art5.1.c")] == ["a.pdf"]
    assert [r["document_name"] for r in audit.list_screenings(conn, practice="art5.1.c",
                                                              verdicts=["not_prohibited"])] == ["b.pdf"]
    assert audit.list_screenings(conn, date_to=date(2000, 1, 1)) == []
    today = datetime.now(UTC).date()
    assert len(audit.list_screenings(conn, date_from=today, date_to=today)) == 2
    assert audit.get_screening(conn, sid_b)["document_text"] == "text b"

    audit.record_decision(conn, a, audit.Decision("Ann", "art5.1.c", "prohibited", "agree", "prohibited"))
    rows = list(csv.DictReader(io.StringIO(audit.decisions_csv(conn))))
    assert rows[0]["reviewer"] == "Ann" and "report_json" not in rows[0]
    assert audit.list_decisions(conn, verdicts=["not_prohibited"]) == []
    srows = list(csv.DictReader(io.StringIO(audit.screenings_csv(conn))))
    assert [r["document_name"] for r in srows] == ["a.pdf", "b.pdf"]


def test_db_path_from_env_or_data_dir(tmp_path, monkeypatch) -> None:
    from screener.config import Settings

    monkeypatch.delenv("SCREENER_AUDIT_DB", raising=False)
    assert audit.audit_db_path(Settings(data_dir=tmp_path)) == tmp_path / "audit.sqlite"
    monkeypatch.setenv("SCREENER_AUDIT_DB", str(tmp_path / "x.sqlite"))
    assert audit.audit_db_path(Settings(data_dir=tmp_path)) == tmp_path / "x.sqlite"


WRITER = """
import sys
from pathlib import Path
from screener.report.model import Report
from ui import audit

conn = audit.connect(sys.argv[1])
report = Report.model_validate_json(Path(sys.argv[2]).read_text(encoding="utf-8"))
text = "x" * int(sys.argv[3])  # a large row: a transaction spans many pages
i = 0
while True:
    i += 1
    sid = audit.record_screening(conn, report, f"{i}:" + text)
    did = audit.record_decision(conn, report, audit.Decision("Ann", "art5.1.c", "prohibited", "override",
                                                            "needs_review", f"reason {i}"), screening_id=sid)
    print(sid, did, flush=True)  # both rows are committed
"""


def test_the_log_survives_a_writer_killed_mid_write(tmp_path: Path) -> None:
    """SIGKILL a real process appending large rows as fast as it can: every row it reported as
    written is there and whole, nothing half-written appears, and the log works on as before."""
    import os
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db, report_file, size = tmp_path / "audit.sqlite", tmp_path / "report.json", 200_000
    report_file.write_text(make_report().model_dump_json(), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(report_file), str(size)], cwd=root,
                            env=dict(os.environ, PYTHONPATH=str(root)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    acked: list[tuple[int, int]] = []
    try:
        for line in proc.stdout:
            acked.append(tuple(int(x) for x in line.split()))
            if len(acked) == 40:
                proc.send_signal(signal.SIGKILL)  # it is writing the next rows now
                break
        proc.wait(timeout=30)
        assert len(acked) == 40, proc.stderr.read()[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    conn = audit.connect(db)  # a new process opening the log after the crash
    try:
        assert [tuple(r) for r in conn.execute("PRAGMA integrity_check")] == [("ok",)]
        screenings = conn.execute("SELECT id, document_text, report_json FROM screenings ORDER BY id").fetchall()
        decisions = conn.execute("SELECT id, screening_id, reason FROM decisions ORDER BY id").fetchall()
        # everything reported as written is there; at most the pair in flight may follow it
        assert [r["id"] for r in screenings][: len(acked)] == [s for s, _ in acked]
        assert [r["id"] for r in decisions][: len(acked)] == [d for _, d in acked]
        assert len(acked) <= len(screenings) <= len(acked) + 1
        assert len(screenings) - 1 <= len(decisions) <= len(screenings)
        for i, row in enumerate(screenings, start=1):  # whole rows only, ids without holes
            assert row["id"] == i and row["document_text"] == f"{i}:" + "x" * size
            assert json.loads(row["report_json"])["document"]["name"] == "plan.pdf"
        for i, row in enumerate(decisions, start=1):
            assert row["id"] == row["screening_id"] == i and row["reason"] == f"reason {i}"
        # still append-only, still writable
        with pytest.raises(sqlite3.DatabaseError, match="append-only"), conn:
            conn.execute("DELETE FROM screenings WHERE id = 1")
        sid = audit.record_screening(conn, make_report(), "after the crash")
        assert sid == len(screenings) + 1
    finally:
        conn.close()

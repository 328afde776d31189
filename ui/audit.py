"""The append-only audit log of screenings and reviewer decisions (SQLite, WAL mode).

Two tables, ``screenings`` (one row per screened document) and ``decisions`` (one row per
reviewer decision on one practice). Rows are only ever inserted: triggers abort every UPDATE and
DELETE, so a decision is corrected by recording a newer one (the latest per practice counts).

The database lives at ``settings.data_dir / "audit.sqlite"`` unless ``SCREENER_AUDIT_DB`` names
another file. Nothing here touches the network.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

AUDIT_DB_ENV = "SCREENER_AUDIT_DB"
VERDICTS = ("prohibited", "needs_review", "not_prohibited")
DECISIONS = ("agree", "override")

DECISION_COLUMNS = (
    "id",
    "timestamp_utc",
    "reviewer",
    "document_name",
    "document_sha256",
    "practice_id",
    "screener_verdict",
    "decision",
    "final_verdict",
    "reason",
    "report_json",
    "app_version",
    "corpus_version",
    "screening_id",
)
SCREENING_COLUMNS = (
    "id",
    "timestamp_utc",
    "document_name",
    "document_sha256",
    "document_lang",
    "overall",
    "scope",
    "as_of",
    "extractor",
    "model",
    "practice_verdicts",
    "report_json",
    "document_text",
    "app_version",
    "corpus_version",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS screenings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp_utc TEXT NOT NULL,
    document_name TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    document_lang TEXT,
    overall TEXT NOT NULL,
    scope TEXT,
    as_of TEXT NOT NULL,
    extractor TEXT,
    model TEXT,
    practice_verdicts TEXT NOT NULL,
    report_json TEXT NOT NULL,
    document_text TEXT,
    app_version TEXT NOT NULL,
    corpus_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp_utc TEXT NOT NULL,
    reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    document_name TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    practice_id TEXT NOT NULL,
    screener_verdict TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('agree', 'override')),
    final_verdict TEXT NOT NULL CHECK (final_verdict IN ('prohibited', 'needs_review', 'not_prohibited')),
    reason TEXT,
    report_json TEXT NOT NULL,
    app_version TEXT NOT NULL,
    corpus_version TEXT NOT NULL,
    screening_id INTEGER REFERENCES screenings(id),
    CHECK (decision = 'agree' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE INDEX IF NOT EXISTS decisions_sha ON decisions(document_sha256, practice_id);
CREATE INDEX IF NOT EXISTS screenings_sha ON screenings(document_sha256);
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'audit log is append-only: decisions cannot be updated'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'audit log is append-only: decisions cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS screenings_no_update BEFORE UPDATE ON screenings
BEGIN SELECT RAISE(ABORT, 'audit log is append-only: screenings cannot be updated'); END;
CREATE TRIGGER IF NOT EXISTS screenings_no_delete BEFORE DELETE ON screenings
BEGIN SELECT RAISE(ABORT, 'audit log is append-only: screenings cannot be deleted'); END;
"""


class AuditError(ValueError):
    """A decision that cannot be recorded (missing name, override without reason, …)."""


def audit_db_path(settings: Any | None = None) -> Path:
    """``SCREENER_AUDIT_DB`` if set, else ``settings.data_dir / "audit.sqlite"``."""
    env = os.environ.get(AUDIT_DB_ENV)
    if env:
        return Path(env)
    if settings is None:
        from screener.config import load_settings

        settings = load_settings()
    return Path(settings.data_dir) / "audit.sqlite"


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("art5-screener")
    except Exception:  # noqa: BLE001 - running from a checkout without installing
        return "0.0.0+local"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (and create) the audit database in WAL mode with the append-only triggers."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(p), timeout=10.0, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(_SCHEMA)
    return conn


def _report_dict(report: Any) -> dict:
    if isinstance(report, dict):
        return report
    return json.loads(report.model_dump_json())


def _report_json(report: Any) -> str:
    if isinstance(report, str):
        return report
    if isinstance(report, dict):
        return json.dumps(report, ensure_ascii=False)
    return report.model_dump_json()


# ------------------------------------------------------------------------------- screenings


def record_screening(conn: sqlite3.Connection, report: Any, document_text: str | None = None) -> int:
    """Store one screening (the report JSON, and the document text for quotes in context)."""
    data = _report_dict(report)
    verdicts = {p["id"]: p["verdict"] for p in data.get("practices", [])}
    with conn:
        cur = conn.execute(
            "INSERT INTO screenings (timestamp_utc, document_name, document_sha256, document_lang, overall, "
            "scope, as_of, extractor, model, practice_verdicts, report_json, document_text, app_version, "
            "corpus_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                _now(),
                data["document"]["name"],
                data["document"]["sha256"],
                data["document"].get("lang"),
                data["overall"],
                (data.get("scope") or {}).get("verdict"),
                str(data["as_of"]),
                data.get("extractor"),
                data.get("model"),
                json.dumps(verdicts),
                _report_json(report),
                document_text,
                app_version(),
                data.get("corpus_version", ""),
            ),
        )
    return int(cur.lastrowid)


def get_screening(conn: sqlite3.Connection, screening_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM screenings WHERE id = ?", (screening_id,)).fetchone()
    return dict(row) if row else None


def _in_dates(ts: str, date_from: date | None, date_to: date | None) -> bool:
    day = date.fromisoformat(ts[:10])
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def list_screenings(
    conn: sqlite3.Connection,
    verdicts: Iterable[str] | None = None,
    practice: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[dict]:
    """Screenings, newest first. ``verdicts`` filters the overall verdict, or with ``practice``
    that practice's verdict; ``practice`` alone keeps screenings where it was flagged
    (prohibited or needs review); dates are the UTC screening day, inclusive."""
    wanted = set(verdicts or ())
    out: list[dict] = []
    for row in conn.execute(
        "SELECT id, timestamp_utc, document_name, document_sha256, document_lang, overall, scope, as_of, "
        "extractor, model, practice_verdicts, app_version, corpus_version FROM screenings ORDER BY id DESC"
    ):
        item = dict(row)
        pv = json.loads(item["practice_verdicts"] or "{}")
        if not _in_dates(item["timestamp_utc"], date_from, date_to):
            continue
        if practice:
            verdict = pv.get(practice)
            if wanted and verdict not in wanted:
                continue
            if not wanted and verdict not in ("prohibited", "needs_review"):
                continue
        elif wanted and item["overall"] not in wanted:
            continue
        item["flagged"] = ", ".join(k for k, v in pv.items() if v != "not_prohibited")
        out.append(item)
    return out


# -------------------------------------------------------------------------------- decisions


@dataclass
class Decision:
    reviewer: str
    practice_id: str
    screener_verdict: str
    decision: str  # agree | override
    final_verdict: str
    reason: str = ""


def validate_decision(d: Decision) -> None:
    """Raise AuditError with a stable code (``reviewer``, ``reason``, ``verdict``) when invalid."""
    if not d.reviewer or not d.reviewer.strip():
        raise AuditError("reviewer")
    if d.decision not in DECISIONS:
        raise AuditError("decision")
    if d.final_verdict not in VERDICTS:
        raise AuditError("verdict")
    if d.decision == "agree" and d.final_verdict != d.screener_verdict:
        raise AuditError("verdict")
    if d.decision == "override":
        if not d.reason or not d.reason.strip():
            raise AuditError("reason")
        if d.final_verdict == d.screener_verdict:
            raise AuditError("verdict")


def record_decision(
    conn: sqlite3.Connection, report: Any, decision: Decision, screening_id: int | None = None
) -> int:
    """Append one reviewer decision on one practice of ``report``; returns the row id."""
    validate_decision(decision)
    data = _report_dict(report)
    with conn:
        cur = conn.execute(
            "INSERT INTO decisions (timestamp_utc, reviewer, document_name, document_sha256, practice_id, "
            "screener_verdict, decision, final_verdict, reason, report_json, app_version, corpus_version, "
            "screening_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                _now(),
                decision.reviewer.strip(),
                data["document"]["name"],
                data["document"]["sha256"],
                decision.practice_id,
                decision.screener_verdict,
                decision.decision,
                decision.final_verdict,
                (decision.reason or "").strip() or None,
                _report_json(report),
                app_version(),
                data.get("corpus_version", ""),
                screening_id,
            ),
        )
    return int(cur.lastrowid)


def list_decisions(
    conn: sqlite3.Connection,
    sha256: str | None = None,
    verdicts: Iterable[str] | None = None,
    practice: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    with_report: bool = False,
) -> list[dict]:
    """Decisions, newest first, optionally for one document and filtered."""
    cols = [c for c in DECISION_COLUMNS if with_report or c != "report_json"]
    sql = f"SELECT {', '.join(cols)} FROM decisions"
    clauses: list[str] = []
    args: list[Any] = []
    if sha256:
        clauses.append("document_sha256 = ?")
        args.append(sha256)
    if practice:
        clauses.append("practice_id = ?")
        args.append(practice)
    wanted = list(verdicts or ())
    if wanted:
        clauses.append(f"final_verdict IN ({', '.join('?' * len(wanted))})")
        args.extend(wanted)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC"
    return [dict(r) for r in conn.execute(sql, args) if _in_dates(r["timestamp_utc"], date_from, date_to)]


def latest_decisions(conn: sqlite3.Connection, sha256: str) -> dict[str, dict]:
    """The latest decision per practice for one document."""
    out: dict[str, dict] = {}
    for row in list_decisions(conn, sha256=sha256):  # newest first
        out.setdefault(row["practice_id"], row)
    return out


def decisions_csv(conn: sqlite3.Connection, include_report: bool = False) -> str:
    """The whole decisions table as CSV (oldest first)."""
    cols = [c for c in DECISION_COLUMNS if include_report or c != "report_json"]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(cols)
    for row in conn.execute(f"SELECT {', '.join(cols)} FROM decisions ORDER BY id"):
        writer.writerow([row[c] for c in cols])
    return buf.getvalue()


def screenings_csv(conn: sqlite3.Connection) -> str:
    cols = [c for c in SCREENING_COLUMNS if c not in ("report_json", "document_text")]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(cols)
    for row in conn.execute(f"SELECT {', '.join(cols)} FROM screenings ORDER BY id"):
        writer.writerow([row[c] for c in cols])
    return buf.getvalue()


# --------------------------------------------------------------------------- decided report


def final_overall(report: dict, finals: dict[str, str]) -> str:
    """Overall verdict after review: FORMAT.md's rule over the final practice verdicts."""
    if (report.get("scope") or {}).get("verdict", "in_scope") != "in_scope":
        return report["overall"]
    verdicts = [finals.get(p["id"], p["verdict"]) for p in report.get("practices", [])]
    if "prohibited" in verdicts:
        return "prohibited"
    if "needs_review" in verdicts:
        return "needs_review"
    return "not_prohibited"


def decided_report(report: Any, decisions: dict[str, dict]) -> dict:
    """The report JSON plus a ``review`` section: the latest decision per practice."""
    data = _report_dict(report)
    rows = []
    for p in data.get("practices", []):
        d = decisions.get(p["id"])
        if d:
            rows.append(
                {
                    "practice_id": p["id"],
                    "screener_verdict": d["screener_verdict"],
                    "decision": d["decision"],
                    "final_verdict": d["final_verdict"],
                    "reason": d.get("reason"),
                    "reviewer": d["reviewer"],
                    "timestamp_utc": d["timestamp_utc"],
                }
            )
    finals = {r["practice_id"]: r["final_verdict"] for r in rows}
    undecided = [p["id"] for p in data.get("practices", []) if p["id"] not in finals]
    return {
        **data,
        "review": {
            "decisions": rows,
            "undecided": undecided,
            "final_overall": final_overall(data, finals),
            "app_version": app_version(),
        },
    }


def decided_markdown(report: Any, decisions: dict[str, dict]) -> str:
    """The report's Markdown followed by the reviewer's decisions."""
    from screener.report.render import md_cell, to_markdown

    data = decided_report(report, decisions)
    review = data["review"]
    lines = [
        "",
        "## Review",
        "",
        f"Overall after review: **{review['final_overall'].replace('_', ' ')}**",
        "",
        "| practice | screener | decision | final | reviewer | time (UTC) | reason |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in review["decisions"]:
        lines.append(
            "| "
            + " | ".join(
                md_cell(x)
                for x in (
                    r["practice_id"],
                    r["screener_verdict"],
                    r["decision"],
                    r["final_verdict"],
                    r["reviewer"],
                    r["timestamp_utc"],
                    r.get("reason") or "",
                )
            )
            + " |"
        )
    if review["undecided"]:
        lines += ["", "Not yet decided: " + ", ".join(review["undecided"])]
    model = report if not isinstance(report, dict) else None
    if model is None:
        from screener.report.model import Report

        model = Report.model_validate(report)
    return to_markdown(model).rstrip("\n") + "\n" + "\n".join(lines) + "\n"

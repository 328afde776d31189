"""SQLite store of batch results: one row per screened record, one row per invocation.

Only the parent process writes (the workers return their results to it). The database runs in
WAL mode and each record's row is written in its own transaction, so a process killed at any
moment leaves every finished record stored exactly once and the rest to do.

A result is identified by its key ``(record_id, input_sha256, as_of, extractor,
corpus_version)`` (UNIQUE): a re-run of the same input with the same settings skips what is
stored; a changed text, date, extractor (``offline`` or ``llm:<model>``) or corpus gives new rows.
``run_id`` says which invocation (``runs`` row) wrote a result.

The full report (``screener.report.model.Report`` JSON) is kept zlib-compressed in
``report_json_zlib`` (a report is ~300 KB of JSON, mostly the cited legal text, ~90 KB
compressed): read it with :meth:`ResultStore.report_json` or ``results(with_report=True)``, or in
SQL tools with any zlib ``uncompress``. The verdict columns hold everything the summary and the
export need.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from screener.batch.inputs import clean_text

SCHEMA_VERSION = 1

#: Art. 5(1) points, in catalogue order; one verdict column each.
PRACTICE_IDS: tuple[str, ...] = (
    "art5.1.a", "art5.1.b", "art5.1.ba", "art5.1.bb", "art5.1.c",
    "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h",
)


def practice_ids() -> tuple[str, ...]:
    """The catalogue's practice ids (the fixed list above when the catalogue cannot be read)."""
    try:
        from screener.catalogue import PRACTICES

        ids = tuple(p.id for p in PRACTICES)
        return ids or PRACTICE_IDS
    except Exception:  # pragma: no cover - catalogue broken: keep the store usable
        return PRACTICE_IDS


def column_for(practice_id: str) -> str:
    """``art5.1.ba`` → ``art5_1_ba`` (a safe SQL identifier)."""
    col = "".join(ch if ch.isalnum() else "_" for ch in practice_id)
    if not col or not (col[0].isalpha() or col[0] == "_"):
        raise ValueError(f"bad practice id {practice_id!r}")
    return col


class StoreError(RuntimeError):
    """The results database cannot be opened or written (a user-facing sentence)."""


@dataclass(frozen=True)
class RunKey:
    """What, besides the record and its input, decides a result."""

    as_of: str
    extractor: str
    corpus_version: str


@dataclass
class Outcome:
    """One record's result as the runner hands it to the store."""

    record_id: str
    input_sha256: str
    status: str  # ok | error
    name: str | None = None
    meta: dict[str, Any] | None = None
    overall: str | None = None
    scope: str | None = None
    verdicts: dict[str, str] | None = None
    deciding: dict[str, str | None] | None = None
    report_zlib: bytes | None = None  # zlib-compressed UTF-8 report JSON
    timings: dict[str, float] | None = None
    seconds: float | None = None
    error: str | None = None
    error_type: str | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ResultStore:
    """The batch results database (see the module docstring)."""

    def __init__(self, path: str | Path, practices: Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.practices = tuple(practices or practice_ids())
        self.columns = {pid: column_for(pid) for pid in self.practices}
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"Cannot create the results database {self.path}: folder {parent} does not exist.")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # pragma: no cover - e.g. a network file system
                raise StoreError(f"{self.path}: SQLite could not switch to WAL mode (got {mode}).")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._create()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Cannot use the results database {self.path}: {exc}.") from exc

    # ------------------------------------------------------------------ schema

    def _create(self) -> None:
        verdict_cols = ",\n".join(f"  {col} TEXT" for col in self.columns.values())
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(
                """
                CREATE TABLE IF NOT EXISTS runs (
                  run_id TEXT PRIMARY KEY,
                  started_at TEXT NOT NULL,
                  finished_at TEXT,
                  status TEXT NOT NULL DEFAULT 'running',
                  input TEXT,
                  as_of TEXT NOT NULL,
                  extractor TEXT NOT NULL,
                  model TEXT,
                  corpus_version TEXT NOT NULL,
                  settings TEXT,
                  records_total INTEGER,
                  records_skipped INTEGER,
                  records_done INTEGER,
                  records_error INTEGER,
                  seconds REAL,
                  pid INTEGER
                )
                """
            )
            self.conn.execute(
                f"""
                CREATE TABLE IF NOT EXISTS results (
                  id INTEGER PRIMARY KEY,
                  run_id TEXT NOT NULL REFERENCES runs(run_id),
                  record_id TEXT NOT NULL,
                  input_sha256 TEXT NOT NULL,
                  as_of TEXT NOT NULL,
                  extractor TEXT NOT NULL,
                  corpus_version TEXT NOT NULL,
                  name TEXT,
                  meta TEXT,
                  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
                  overall TEXT,
                  scope TEXT,
                {verdict_cols},
                  deciding TEXT,
                  timings TEXT,
                  seconds REAL,
                  error TEXT,
                  error_type TEXT,
                  finished_at TEXT NOT NULL,
                  report_json_zlib BLOB,  -- last: reading the other columns skips its pages
                  UNIQUE (record_id, input_sha256, as_of, extractor, corpus_version)
                )
                """
            )
            self.conn.execute(
                "CREATE INDEX IF NOT EXISTS results_by_key ON results (as_of, extractor, corpus_version)"
            )
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            self.conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            # a database made with fewer practices gets the new verdict columns
            have = {row["name"] for row in self.conn.execute("PRAGMA table_info(results)")}
            for col in self.columns.values():
                if col not in have:
                    self.conn.execute(f"ALTER TABLE results ADD COLUMN {col} TEXT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "ResultStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ runs

    def start_run(
        self,
        key: RunKey,
        *,
        input: str,
        model: str | None,
        settings: dict[str, Any] | None,
        records_total: int,
        records_skipped: int,
    ) -> str:
        run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]
        with self.conn:
            self.conn.execute(
                """INSERT INTO runs (run_id, started_at, status, input, as_of, extractor, model,
                   corpus_version, settings, records_total, records_skipped, records_done,
                   records_error, pid) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""",
                (
                    run_id, _now(), input, key.as_of, key.extractor, model, key.corpus_version,
                    json.dumps(settings or {}, default=str, sort_keys=True), records_total,
                    records_skipped, os.getpid(),
                ),
            )
        return run_id

    def finish_run(self, run_id: str, *, status: str, seconds: float) -> None:
        with self.conn:
            self.conn.execute(
                """UPDATE runs SET finished_at = ?, status = ?, seconds = ?,
                   records_done = (SELECT COUNT(*) FROM results WHERE run_id = ?),
                   records_error = (SELECT COUNT(*) FROM results WHERE run_id = ? AND status = 'error')
                   WHERE run_id = ?""",
                (_now(), status, round(seconds, 3), run_id, run_id, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY rowid")]

    # ------------------------------------------------------------------ results

    def done_keys(self, key: RunKey, *, include_errors: bool = True) -> set[tuple[str, str]]:
        """``(record_id, input_sha256)`` of the results stored under ``key``."""
        sql = "SELECT record_id, input_sha256 FROM results WHERE as_of = ? AND extractor = ? AND corpus_version = ?"
        if not include_errors:
            sql += " AND status = 'ok'"
        rows = self.conn.execute(sql, (key.as_of, key.extractor, key.corpus_version))
        return {(r[0], r[1]) for r in rows}

    def write(self, run_id: str, key: RunKey, outcome: Outcome) -> None:
        """Store one record's result in its own transaction (replacing an older one of that key)."""
        verdicts = outcome.verdicts or {}
        cols = [
            "run_id", "record_id", "input_sha256", "as_of", "extractor", "corpus_version", "name",
            "meta", "status", "overall", "scope",
            *self.columns.values(),
            "deciding", "report_json_zlib", "timings", "seconds", "error", "error_type", "finished_at",
        ]
        values = [
            run_id, outcome.record_id, outcome.input_sha256, key.as_of, key.extractor,
            key.corpus_version, outcome.name,
            json.dumps(outcome.meta, ensure_ascii=False, default=str) if outcome.meta else None,
            outcome.status, outcome.overall, outcome.scope,
            *[verdicts.get(pid) for pid in self.columns],
            json.dumps(outcome.deciding, ensure_ascii=False) if outcome.deciding else None,
            outcome.report_zlib,
            json.dumps(outcome.timings) if outcome.timings else None,
            None if outcome.seconds is None else round(outcome.seconds, 4),
            outcome.error, outcome.error_type, _now(),
        ]
        values = [clean_text(v) if isinstance(v, str) else v for v in values]
        sql = f"INSERT OR REPLACE INTO results ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        try:
            with self.conn:  # one transaction per record
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute(sql, values)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot write to the results database {self.path}: {exc}.") from exc

    def results(
        self,
        key: RunKey | None = None,
        keys: Iterable[tuple[str, str]] | None = None,
        *,
        with_report: bool = False,
    ) -> list[dict[str, Any]]:
        """Stored results (under ``key``; only the ``(record_id, sha256)`` pairs in ``keys``)."""
        cols = "*" if with_report else ", ".join(
            c for c in self._result_columns() if c != "report_json_zlib"
        )
        sql = f"SELECT {cols} FROM results"
        args: list[Any] = []
        if key is not None:
            sql += " WHERE as_of = ? AND extractor = ? AND corpus_version = ?"
            args = [key.as_of, key.extractor, key.corpus_version]
        sql += " ORDER BY id"
        rows = [dict(r) for r in self.conn.execute(sql, args)]
        if keys is not None:
            order = {k: i for i, k in enumerate(keys)}
            rows = [r for r in rows if (r["record_id"], r["input_sha256"]) in order]
            rows.sort(key=lambda r: order[(r["record_id"], r["input_sha256"])])
        for r in rows:
            r["meta"] = json.loads(r["meta"]) if r.get("meta") else {}
            r["deciding"] = json.loads(r["deciding"]) if r.get("deciding") else {}
            r["verdicts"] = {pid: r.get(col) for pid, col in self.columns.items()}
            if with_report:
                blob = r.pop("report_json_zlib", None)
                r["report_json"] = decompress_report(blob)
        return rows

    def report_json(self, record_id: str, key: RunKey | None = None) -> str | None:
        """The stored report JSON of a record (the latest row when ``key`` is not given)."""
        sql = "SELECT report_json_zlib FROM results WHERE record_id = ?"
        args: list[Any] = [record_id]
        if key is not None:
            sql += " AND as_of = ? AND extractor = ? AND corpus_version = ?"
            args += [key.as_of, key.extractor, key.corpus_version]
        row = self.conn.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        return decompress_report(row[0]) if row else None

    def _result_columns(self) -> list[str]:
        return [row["name"] for row in self.conn.execute("PRAGMA table_info(results)")]

    def count(self, key: RunKey | None = None) -> int:
        if key is None:
            return self.conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        return self.conn.execute(
            "SELECT COUNT(*) FROM results WHERE as_of = ? AND extractor = ? AND corpus_version = ?",
            (key.as_of, key.extractor, key.corpus_version),
        ).fetchone()[0]


def compress_report(report_json: str) -> bytes:
    return zlib.compress(report_json.encode("utf-8"), 1)  # level 1: 4x faster than 6, ~25% larger


def decompress_report(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8")


def make_key(as_of: date | str, extractor: str, corpus_version: str) -> RunKey:
    return RunKey(as_of=as_of.isoformat() if isinstance(as_of, date) else str(as_of),
                  extractor=extractor, corpus_version=corpus_version)

"""Batch export (CSV/XLSX read back), export errors that leave the database untouched, and the
``batch`` command end to end in-process (typer CliRunner)."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import typer
from test_batch_support import PRACTICES, sample_rows, write_records
from typer.testing import CliRunner

from screener.batch.export import ExportError, check_export_path, export_results
from screener.batch.inputs import load_records
from screener.batch.runner import BatchOptions, run_batch
from screener.batch.store import ResultStore
from screener.commands_batch import batch_command
from screener.config import load_settings

FAKE = "test_batch_support:fake_factory"


@pytest.fixture()
def stored(tmp_path):
    """A database holding one finished batch; returns (db path, result rows, practices)."""
    rows = sample_rows(6)
    rows[0]["name"] = "=HYPERLINK(\"http://x\")"  # must stay text in the spreadsheet
    f = tmp_path / "in.jsonl"
    write_records(f, rows)
    records = load_records(f)
    db = tmp_path / "r.sqlite"
    settings = load_settings(data_dir=tmp_path / "data")
    with ResultStore(db) as store:
        res = run_batch(records, store, BatchOptions(as_of=date(2026, 8, 10), workers=0, screen_factory=FAKE),
                        settings, corpus_version="cv1")
        result_rows = store.results(res.key, keys=res.keys)
        practices = store.practices
    return db, result_rows, practices


def db_fingerprint(db) -> tuple:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT * FROM results ORDER BY rowid").fetchall()
        runs = con.execute("SELECT * FROM runs ORDER BY run_id").fetchall()
    finally:
        con.close()
    return hashlib.sha256(repr((rows, runs)).encode()).hexdigest(), len(rows)


def test_csv_export_reads_back(tmp_path, stored):
    _, rows, practices = stored
    out = export_results(rows, practices, tmp_path / "out.csv")
    with out.open(newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == len(rows) == 9
    assert list(table[0])[:3] == ["id", "name", "organisation"]
    assert all(p in table[0] for p in PRACTICES)
    by_id = {r["id"]: r for r in table}
    assert by_id["r001"]["overall"] == "prohibited" and by_id["r001"]["art5.1.f"] == "prohibited"
    assert by_id["r001"]["deciding_conditions"] == "art5.1.f: f.fake"
    assert by_id["r002"]["deciding_conditions"] == "art5.1.d: d.fake"
    assert by_id["empty"]["status"] == "error" and "no text" in by_id["empty"]["error"]
    assert by_id["german"]["overall"] == "" and "German" in by_id["german"]["error"]
    assert by_id["r000"]["name"].startswith("=HYPERLINK")
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # not the temp file's private mode


def test_xlsx_export_reads_back(tmp_path, stored):
    from openpyxl import load_workbook

    _, rows, practices = stored
    out = export_results(rows, practices, tmp_path / "out.xlsx")
    ws = load_workbook(out, read_only=True).active
    table = [list(r) for r in ws.iter_rows(values_only=True)]
    header, body = table[0], table[1:]
    assert header[:3] == ["id", "name", "organisation"] and "deciding_conditions" in header
    assert len(body) == 9
    by_id = {r[0]: dict(zip(header, r)) for r in body}
    assert by_id["r001"]["art5.1.f"] == "prohibited"
    assert by_id["r000"]["name"] == '=HYPERLINK("http://x")'  # a string, not a formula
    assert "German" in by_id["german"]["error"]


def test_export_into_a_file_path_fails_clearly_and_leaves_the_db_untouched(tmp_path, stored):
    db, rows, practices = stored
    before = db_fingerprint(db)
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    target = blocker / "out.csv"
    with pytest.raises(ExportError) as exc:
        export_results(rows, practices, target)
    msg = str(exc.value)
    assert str(target) in msg and "is not a folder" in msg and str(blocker) in msg
    with pytest.raises(ExportError, match="does not exist"):
        export_results(rows, practices, tmp_path / "missing" / "out.xlsx")
    with pytest.raises(ExportError, match=r"unknown export format '\.ods'"):
        export_results(rows, practices, tmp_path / "out.ods")
    assert db_fingerprint(db) == before
    assert not list(tmp_path.glob(".out*"))  # no temporary files left


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_export_into_a_read_only_folder_fails_clearly(tmp_path, stored):
    db, rows, practices = stored
    before = db_fingerprint(db)
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(ExportError) as exc:
            export_results(rows, practices, ro / "out.csv")
        assert str(ro / "out.csv") in str(exc.value) and "not writable" in str(exc.value)
    finally:
        ro.chmod(0o700)
    assert db_fingerprint(db) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux pseudo file systems")
@pytest.mark.parametrize("folder,reason", [("/proc", "files cannot be created in /proc"),
                                           ("/sys", "permission denied (the folder /sys is not writable)")])
def test_export_into_a_location_that_refuses_files_even_to_root(tmp_path, stored, folder, reason):
    """/proc and /sys take no new files whoever asks: a read-only location that works as root."""
    if not Path(folder).is_dir():
        pytest.skip(f"{folder} is not mounted")
    db, rows, practices = stored
    before = db_fingerprint(db)
    with pytest.raises(ExportError) as exc:
        export_results(rows, practices, Path(folder) / "out.csv")
    assert str(exc.value) == f"Cannot write the export {folder}/out.csv: {reason}."
    assert db_fingerprint(db) == before


def test_check_export_path_refuses_a_folder(tmp_path):
    (tmp_path / "x.csv").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        check_export_path(tmp_path / "x.csv")


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(batch_command)
    return app


def test_cli_batch_end_to_end_with_export_and_resume(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    f = tmp_path / "in.jsonl"
    write_records(f, sample_rows(8))
    args = [str(f), "--as-of", "2026-08-10", "--workers", "0", "--db", "res.sqlite",
            "--screen-factory", FAKE]
    result = CliRunner().invoke(_app(), [*args, "--export", "res.xlsx", "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "res-verdicts.png").is_file() and (tmp_path / "res.xlsx").is_file()
    result = CliRunner().invoke(_app(), [*args, "--export", "res.csv"])
    assert result.exit_code == 0, result.output
    assert "5 of 11 records already in res.sqlite" in result.output
    # the summary covers the whole input (read back from the database), and the chart is a PNG
    con = sqlite3.connect(tmp_path / "res.sqlite")
    try:
        for pid in PRACTICES:
            col = pid.replace(".", "_")
            want = [con.execute(f"SELECT COUNT(*) FROM results WHERE status = 'ok' AND {col} = ?", (v,)).fetchone()[0]
                    for v in ("prohibited", "needs_review", "not_prohibited")]
            row = re.search(rf"{re.escape(pid)}\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)", result.output)
            assert row and [int(x) for x in row.groups()] == want, pid
        errors = con.execute("SELECT COUNT(*) FROM results WHERE status = 'error'").fetchone()[0]
    finally:
        con.close()
    assert errors == 3 and re.search(rf"errors \(not screened\)\s*│\s*{errors}\s*│", result.output)
    assert re.search(r"screened now\s*│\s*6\s*│", result.output)
    assert re.search(r"throughput\s*│\s*[\d.]+ records/s", result.output)
    assert (tmp_path / "res-verdicts.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with open(tmp_path / "res.csv", newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 11
    assert db_fingerprint(tmp_path / "res.sqlite")[1] == 11


def test_cli_bad_export_location_stops_before_screening(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "data"))
    f = tmp_path / "in.jsonl"
    write_records(f, sample_rows(3))
    (tmp_path / "file").write_text("x")
    db = tmp_path / "res.sqlite"
    result = CliRunner().invoke(
        _app(),
        [str(f), "--as-of", "2026-08-10", "--workers", "0", "--db", str(db), "--screen-factory", FAKE,
         "--export", str(tmp_path / "file" / "out.csv")],
    )
    assert result.exit_code == 2
    assert "Cannot write the export" in result.output and "is not a folder" in result.output
    assert not db.exists()


def test_cli_bad_input_and_date(tmp_path):
    result = CliRunner().invoke(_app(), [str(tmp_path / "nope.jsonl"), "--as-of", "2026-08-10"])
    assert result.exit_code == 2 and "does not exist" in result.output
    f = tmp_path / "in.jsonl"
    write_records(f, sample_rows(1))
    result = CliRunner().invoke(_app(), [str(f), "--as-of", "10-08-2026"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


# --------------------------------------------------------------------------- full and read-only disks

REPO = Path(__file__).resolve().parents[2]


def _namespaces_work() -> bool:
    """Whether this machine lets us mount a private tmpfs (``unshare --mount``, as root or in a
    user namespace): the only honest full or read-only disk for a test."""
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-c",
                            "mount -t tmpfs -o size=16k tmpfs /mnt"], capture_output=True, timeout=30)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not _namespaces_work(), reason="cannot mount a private tmpfs here")


def _batch_in_namespace(tmp_path, mount_opts: str, fill: bool, export_name: str = "out.csv"):
    """``screener batch`` (a real subprocess) with its export on a private tmpfs mounted with
    ``mount_opts`` (filled up first when ``fill``) and its database on the ordinary disk. Returns
    (completed process, database path, what the tmpfs held afterwards)."""
    f = tmp_path / "in.jsonl"
    write_records(f, sample_rows(12))
    mnt, db = tmp_path / "mnt", tmp_path / "res.sqlite"
    mnt.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(REPO)]),
               SCREENER_DATA_DIR=str(tmp_path / "data"))
    batch = [sys.executable, "-m", "screener.batch", str(f), "--as-of", "2026-08-10", "--workers", "0",
             "--db", str(db), "--no-chart", "--screen-factory", FAKE, "--export", str(mnt / export_name)]
    fill_up = 'head -c 1048576 /dev/zero > "$m/filler" 2>/dev/null; ' if fill else ""
    script = (f'm="$1"; shift; mount -t tmpfs -o {mount_opts} tmpfs "$m" || exit 99; {fill_up}'
              '"$@"; rc=$?; echo "--- tmpfs:" >&2; ls -A "$m" >&2; exit $rc')
    proc = subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-c", script, "sh", str(mnt), *batch],
                          env=env, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode != 99, proc.stderr
    left = proc.stderr.rsplit("--- tmpfs:", 1)[1].split()
    return proc, db, left


@needs_mounts
@pytest.mark.parametrize("export_name", ["out.csv", "out.xlsx"])
def test_export_to_a_full_disk_fails_clearly_and_the_results_stay_in_the_database(tmp_path, export_name):
    proc, db, left = _batch_in_namespace(tmp_path, "size=64k", fill=True, export_name=export_name)
    target = tmp_path / "mnt" / export_name
    assert proc.returncode == 2, proc.stderr[-2000:]
    message = " ".join(proc.stderr.split())
    assert f"Cannot write the export {target}: no space left on the device. The results are in {db}." in message
    assert left == ["filler"]  # no half-written export, no temporary file
    assert "Traceback" not in proc.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 15  # 12 rows + 3 error rows
        assert con.execute("SELECT status FROM runs").fetchall() == [("complete",)]
    finally:
        con.close()


@needs_mounts
def test_export_to_a_read_only_file_system_stops_before_screening(tmp_path):
    proc, db, left = _batch_in_namespace(tmp_path, "ro", fill=False)
    assert proc.returncode == 2, proc.stderr[-2000:]
    message = " ".join(proc.stderr.split())
    assert f"Cannot write the export {tmp_path / 'mnt' / 'out.csv'}: {tmp_path / 'mnt'} is on a read-only file system." in message
    assert not db.exists() and left == []
    assert "Traceback" not in proc.stderr

"""Export batch results: one row per record, as CSV or XLSX (chosen by the file's suffix).

Columns: id, name, organisation and category (when the input has them), status, overall, scope,
one verdict column per Art. 5(1) practice, the deciding conditions of the flagged practices
(``art5.1.f: f.emotion_inference; ...``), error, input sha256.

The file is written to a temporary file next to the target and then renamed, so a failed export
never leaves half a file; the export only reads the database. Any failure raises
:class:`ExportError` naming the path and the reason.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMATS = {".csv": "csv", ".xlsx": "xlsx"}


class ExportError(RuntimeError):
    """The export file cannot be written; ``str()`` names the path and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot write the export {self.path}: {reason}.")


def _reason(exc: OSError, path: Path) -> str:
    parent = path.parent
    code = exc.errno
    if code == errno.ENOENT:
        if parent.is_dir():  # e.g. /proc: the folder is there but takes no new files
            return f"files cannot be created in {parent}"
        return f"the folder {parent} does not exist"
    if code == errno.ENOTDIR:
        return f"{_first_non_dir(parent)} is not a folder"
    if code in (errno.EACCES, errno.EPERM):
        return f"permission denied (the folder {parent} is not writable)"
    if code == errno.EROFS:
        return f"{parent} is on a read-only file system"
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "no space left on the device"
    if code == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or f"{type(exc).__name__}: {exc}"


def _first_non_dir(path: Path) -> Path:
    """The first component of ``path`` that exists but is not a folder (for messages)."""
    for p in reversed([path, *path.parents]):
        if p.exists() and not p.is_dir():
            return p
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def export_format(path: str | Path) -> str:
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise ExportError(p, f"unknown export format '{p.suffix or '(none)'}'; use .csv or .xlsx")
    return fmt


def check_export_path(path: str | Path) -> Path:
    """Fail early (before a long batch) when ``path`` cannot be written; returns it absolute.

    Creates and removes a temporary file next to the target, which is the only reliable test
    (``os.access`` is always true for root).
    """
    p = Path(path).expanduser().absolute()
    export_format(p)
    if p.is_dir():
        raise ExportError(p, "it is a folder")
    parent = p.parent
    if not parent.exists():
        bad = _first_non_dir(parent)
        if bad.exists() and not bad.is_dir():
            raise ExportError(p, f"{bad} is not a folder")
        raise ExportError(p, f"the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(p, f"{parent} is not a folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=parent)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        raise ExportError(p, _reason(exc, p)) from exc
    return p


def _deciding_text(row: dict[str, Any], practices: Sequence[str]) -> str:
    parts = []
    for pid in practices:
        verdict = row["verdicts"].get(pid)
        cond = (row.get("deciding") or {}).get(pid)
        if verdict and verdict != "not_prohibited" and cond:
            parts.append(f"{pid}: {cond}")
    return "; ".join(parts)


def export_rows(rows: list[dict[str, Any]], practices: Sequence[str]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the export table for stored result rows."""
    extra = [k for k in ("organisation", "organization", "category") if any(k in r["meta"] for r in rows)]
    header = ["id", "name", *extra, "status", "overall", "scope", *practices, "deciding_conditions",
              "error", "input_sha256"]
    table = []
    for r in rows:
        table.append(
            [
                r["record_id"],
                r.get("name") or "",
                *[r["meta"].get(k, "") or "" for k in extra],
                r["status"],
                r.get("overall") or "",
                r.get("scope") or "",
                *[r["verdicts"].get(p) or "" for p in practices],
                _deciding_text(r, practices),
                r.get("error") or "",
                r["input_sha256"],
            ]
        )
    return header, table


def _write_csv(tmp: Path, header: list[str], table: list[list[Any]]) -> None:
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(table)


def _write_xlsx(tmp: Path, header: list[str], table: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "results"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in table:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    # text that starts with "=" is data, never a formula
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = ws.dimensions
    widths = {"id": 14, "name": 48, "organisation": 32, "organization": 32, "category": 22,
              "deciding_conditions": 40, "error": 48, "input_sha256": 18}
    from openpyxl.utils import get_column_letter

    for i, h in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(h, 15)
    # built in memory and written in one go: a full disk then fails in our write, not inside
    # openpyxl's zip file (which would also complain again when garbage-collected)
    buf = io.BytesIO()
    wb.save(buf)
    tmp.write_bytes(buf.getvalue())


def export_results(rows: list[dict[str, Any]], practices: Sequence[str], path: str | Path) -> Path:
    """Write ``rows`` (from ``ResultStore.results``) to ``path`` (.csv or .xlsx)."""
    p = check_export_path(path)
    fmt = export_format(p)
    header, table = export_rows(rows, practices)
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        if fmt == "csv":
            _write_csv(tmp, header, table)
        else:
            _write_xlsx(tmp, header, table)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        raise ExportError(p, _reason(exc, p)) from exc
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass
    return p

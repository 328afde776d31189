"""Batch inputs: a folder of documents, or a JSON Lines / CSV file of records.

Every input becomes a list of :class:`Record` objects with a stable ``record_id`` and the sha256
of exactly what will be screened (the file's bytes, or the record's joined text), so that a
re-run can recognise records it has already screened.

* Folder (or a single document): every ``.pdf``, ``.docx``, ``.txt``, ``.md``, ``.markdown``,
  ``.html`` and ``.htm`` file below it (recursively, hidden files and folders skipped), sorted by
  path. The record id is the path relative to the folder (``sub/project.pdf``).
* JSON Lines (``.jsonl``/``.ndjson``) or CSV (``.csv``, delimiter sniffed among ``,;`` and tab,
  UTF-8 with or without BOM): one record per line/row. ``id_field`` (default ``id``) names the id;
  ``text_fields`` (default ``name`` + ``description``, the ones present) are joined with a blank
  line. A record whose content fields are all empty still becomes a record, with
  ``problem`` set: the runner stores it as an error row instead of screening it.

A missing id falls back to ``line-N`` (the 1-based line or row number); a repeated id gets a
``#2``, ``#3`` ... suffix, so every record has its own row.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: File types a folder input picks up (what ``ingest.ingest_file`` reads).
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv")
DEFAULT_ID_FIELD = "id"
DEFAULT_TEXT_FIELDS = ("name", "description")
#: The field used as the record's display name (and as a title line in the screened text).
NAME_FIELD = "name"
#: Extra fields kept with each record (for the export and the benchmark listing).
META_FIELDS = ("organisation", "organization", "category", "url", "status")


class InputError(ValueError):
    """The batch input as a whole cannot be read (a user-facing sentence)."""


@dataclass
class Record:
    """One unit of a batch: a document file, or a record's text."""

    record_id: str
    name: str
    sha256: str
    text: str | None = None  # record inputs
    path: str | None = None  # folder inputs (absolute path)
    meta: dict[str, Any] = field(default_factory=dict)
    #: Why this record cannot be screened (e.g. no text); stored as an error row as is.
    problem: str | None = None

    @property
    def doc_name(self) -> str:
        """The document name given to ingest (a safe file name ending in .txt for records)."""
        if self.path is not None:
            return Path(self.path).name
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in self.record_id)[:80]
        return f"{safe or 'record'}.txt"

    def task(self) -> dict[str, Any]:
        """The picklable payload a worker needs to screen this record."""
        return {
            "record_id": self.record_id,
            "sha256": self.sha256,
            "text": self.text,
            "path": self.path,
            "doc_name": self.doc_name,
        }


def sha256_text(text: str) -> str:
    """The sha256 ``ingest.ingest_text`` gives the same text (UTF-8, surrogates passed)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_fields(value: str | None) -> list[str] | None:
    """``"name, description"`` → ``["name", "description"]``; empty/None → None (defaults)."""
    if value is None:
        return None
    fields = [f.strip() for f in value.split(",") if f.strip()]
    return fields or None


def input_kind(path: Path) -> str:
    """``folder``, ``document``, ``jsonl`` or ``csv``; InputError when none of these."""
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise InputError(f"{path} does not exist.")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    raise InputError(
        f"{path} is not a folder, a JSON Lines file (.jsonl) or a CSV file (.csv), nor a "
        f"document ({', '.join(DOCUMENT_SUFFIXES)})."
    )


def load_records(
    path: str | Path,
    *,
    text_fields: list[str] | None = None,
    id_field: str | None = None,
    limit: int | None = None,
) -> list[Record]:
    """All records of the input at ``path`` (the first ``limit`` when given)."""
    p = Path(path).expanduser()
    kind = input_kind(p)
    if limit is not None and limit < 0:
        raise InputError("--limit must be 0 or more.")
    if kind == "folder":
        records = _folder_records(p, limit)
    elif kind == "document":
        records = [_document_record(p, p.name)]
    else:
        rows = _jsonl_rows(p, limit) if kind == "jsonl" else _csv_rows(p, limit)
        records = _rows_to_records(rows, p, text_fields, id_field or DEFAULT_ID_FIELD)
    return records


# ---------------------------------------------------------------------------------- folders


def _folder_records(root: Path, limit: int | None) -> list[Record]:
    files = []
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES:
            files.append((f, rel.as_posix()))
    if limit is not None:
        files = files[:limit]
    return [_document_record(f, rel) for f, rel in files]


def _document_record(path: Path, record_id: str) -> Record:
    problem = None
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        problem = f"{path.name} could not be opened ({exc.strerror or type(exc).__name__})."
    return Record(
        record_id=record_id,
        name=path.name,
        sha256=digest.hexdigest(),
        path=str(path.resolve()),
        problem=problem,
    )


# ---------------------------------------------------------------------------------- records


def _jsonl_rows(path: Path, limit: int | None) -> list[tuple[int, dict | None, str | None]]:
    """``(line number, object or None, problem or None)`` for each non-blank line."""
    rows: list[tuple[int, dict | None, str | None]] = []
    try:
        fh = path.open("r", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path} could not be opened ({exc.strerror or type(exc).__name__}).") from exc
    with fh:
        try:
            for n, line in enumerate(fh, start=1):
                if limit is not None and len(rows) >= limit:
                    break
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    rows.append((n, None, f"line {n} is not valid JSON ({exc.msg})."))
                    continue
                if not isinstance(obj, dict):
                    rows.append((n, None, f"line {n} is not a JSON object."))
                    continue
                rows.append((n, obj, None))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start}).") from exc
    return rows


def _csv_rows(path: Path, limit: int | None) -> list[tuple[int, dict | None, str | None]]:
    csv.field_size_limit(1 << 30)
    try:
        fh = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path} could not be opened ({exc.strerror or type(exc).__name__}).") from exc
    rows: list[tuple[int, dict | None, str | None]] = []
    with fh:
        try:
            sample = fh.read(65536)
            fh.seek(0)
            try:
                dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            reader = csv.DictReader(fh, dialect=dialect)
            if not reader.fieldnames:
                raise InputError(f"{path} has no header row.")
            for row in reader:
                if limit is not None and len(rows) >= limit:
                    break
                n = reader.line_num
                if not any((v or "").strip() for k, v in row.items() if k is not None and isinstance(v, str)):
                    continue
                row.pop(None, None)  # surplus cells of a ragged row
                rows.append((n, dict(row), None))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start}).") from exc
        except csv.Error as exc:
            raise InputError(f"{path} is not a readable CSV file ({exc}).") from exc
    return rows


def clean_text(value: str) -> str:
    """``value`` with lone surrogates (valid in JSON, not in UTF-8 or SQLite) replaced by U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value).strip()
    if isinstance(value, (list, tuple)):
        return "\n".join(_as_text(v) for v in value if _as_text(v))
    return str(value).strip()


def _rows_to_records(
    rows: list[tuple[int, dict | None, str | None]],
    path: Path,
    text_fields: list[str] | None,
    id_field: str,
) -> list[Record]:
    fields = list(text_fields) if text_fields is not None else list(DEFAULT_TEXT_FIELDS)
    objects = [obj for _, obj, _ in rows if obj is not None]
    present = {k for obj in objects for k in obj}
    if objects and not any(f in present for f in fields):
        seen = ", ".join(sorted(present)[:20])
        raise InputError(
            f"None of the text fields ({', '.join(fields)}) occurs in {path.name}; its fields are: "
            f"{seen}. Name the fields to screen with --text-fields."
        )
    if objects and not any(id_field in obj for obj in objects):
        seen = ", ".join(sorted(present)[:20])
        raise InputError(
            f"The id field '{id_field}' occurs in no record of {path.name}; its fields are: {seen}. "
            "Name it with --id-field."
        )
    # The name alone (a title) is not a description: content must come from the other fields,
    # unless the name is the only text field asked for.
    content_fields = [f for f in fields if f != NAME_FIELD] or fields

    records: list[Record] = []
    used: dict[str, int] = {}
    for n, obj, problem in rows:
        obj = obj or {}
        rid = _as_text(obj.get(id_field)) or f"line-{n}"
        if rid in used:
            used[rid] += 1
            rid = f"{rid}#{used[rid]}"
        else:
            used[rid] = 1
        name = _as_text(obj.get(NAME_FIELD)) or rid
        parts = [_as_text(obj.get(f)) for f in fields]
        text = "\n\n".join(p for p in parts if p)
        if problem is None and not any(_as_text(obj.get(f)) for f in content_fields):
            problem = (
                f"Record {rid} has no text to screen: "
                + ("field " if len(content_fields) == 1 else "fields ")
                + ", ".join(content_fields)
                + (" is empty or missing." if len(content_fields) == 1 else " are empty or missing.")
            )
        meta = {k: _as_text(obj[k]) for k in META_FIELDS if k in obj and obj[k] not in (None, "")}
        meta["line"] = n
        records.append(
            Record(record_id=rid, name=name, sha256=sha256_text(text), text=text, meta=meta, problem=problem)
        )
    return records

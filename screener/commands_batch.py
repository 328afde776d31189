"""``screener batch``: screen a register (JSONL/CSV) or a folder of documents into SQLite.

Exit codes: 0 the batch is complete (records that could not be screened are stored as error
rows and counted in the summary; verdicts never change the exit code); 1 the batch stopped (a
worker could not start or died; the results so far are stored, run the same command again to
resume); 2 a usage problem (unreadable input, bad date, database or export location not
writable); 130 interrupted.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

err = Console(stderr=True)


def _say(label: str, style: str, message: str) -> None:
    """One message line on stderr: never wrapped, never read as rich markup (paths may hold [])."""
    from rich.text import Text

    err.print(Text.assemble((label, style), " ", message), soft_wrap=True)


class BatchExtractor(str, Enum):
    offline = "offline"
    llm = "llm"


def _parse_date(value: Optional[str]) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD", param_hint="--as-of") from None


def batch_command(
    input: Path = typer.Argument(
        ..., metavar="INPUT", help="A folder of documents (PDF/DOCX/TXT/MD/HTML) or a JSONL/CSV file of records"
    ),
    extractor: BatchExtractor = typer.Option(BatchExtractor.offline, "--extractor", help="offline (default) or llm"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Screen against the law of this date (YYYY-MM-DD); default today"),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=0, help="Worker processes for the offline extractor (default min(2, CPUs); 0 = in this process)"
    ),
    concurrency: int = typer.Option(4, "--concurrency", min=1, help="Records screened at the same time with --extractor llm"),
    db: Path = typer.Option(Path("results.sqlite"), "--db", help="SQLite results database (created if missing; resumes if present)"),
    export: Optional[Path] = typer.Option(None, "--export", help="Also write the results to this .csv or .xlsx file"),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="Only the first N records or files"),
    text_fields: Optional[str] = typer.Option(
        None, "--text-fields", help="JSONL/CSV: comma-separated fields to screen (default: name,description)"
    ),
    id_field: str = typer.Option("id", "--id-field", help="JSONL/CSV: the field holding the record id"),
    retry_errors: bool = typer.Option(False, "--retry-errors", help="Screen again the records whose stored result is an error"),
    chart: bool = typer.Option(True, "--chart/--no-chart", help="Write <db stem>-verdicts.png next to the database"),
    chroma_url: Optional[str] = typer.Option(None, "--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000"),
    chunk_size: int = typer.Option(4, "--chunk-size", min=1, hidden=True, help="Records per task sent to a worker"),
    screen_factory: Optional[str] = typer.Option(None, "--screen-factory", hidden=True, help="module:function (tests)"),
) -> None:
    """Screen many records or documents; one row per record in an SQLite database."""
    from screener.batch.export import ExportError, check_export_path, export_results
    from screener.batch.inputs import InputError, load_records, parse_fields
    from screener.batch.runner import BatchOptions, run_batch
    from screener.batch.store import ResultStore, StoreError
    from screener.batch.summary import chart_path, render, summarise, write_chart
    from screener.config import load_settings

    day = _parse_date(as_of)
    settings = load_settings(extractor=extractor.value, chroma_url=chroma_url)

    export_path = None
    if export is not None:
        try:  # before hours of screening, not after
            export_path = check_export_path(export)
        except ExportError as exc:
            _say("error:", "red", str(exc))
            raise typer.Exit(2) from None
    try:
        records = load_records(input, text_fields=parse_fields(text_fields), id_field=id_field, limit=limit)
    except InputError as exc:
        _say("error:", "red", str(exc))
        raise typer.Exit(2) from None
    if not records:
        _say("nothing to screen:", "yellow", f"{input} holds no records or documents.")
    try:
        store = ResultStore(db)
    except StoreError as exc:
        _say("error:", "red", str(exc))
        raise typer.Exit(2) from None

    options = BatchOptions(
        as_of=day,
        extractor=extractor.value,
        workers=workers,
        concurrency=concurrency,
        chunk_size=chunk_size,
        retry_errors=retry_errors,
        screen_factory=screen_factory,
    )
    with store, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[errors]} errors"),
        console=err, transient=False,
    ) as progress:
        task = progress.add_task("screening", total=None, errors=0)
        counts = {"errors": 0}

        def on_start(res) -> None:
            if res.skipped:
                err.print(f"{res.skipped} of {res.total} records already in {db}; screening the other {res.todo}.", markup=False, soft_wrap=True)
            progress.update(task, total=res.todo)

        def on_outcome(outcome) -> None:
            if outcome.status == "error":
                counts["errors"] += 1
            progress.update(task, advance=1, errors=counts["errors"])

        result = run_batch(
            records, store, options, settings, input_label=str(input), on_start=on_start, on_outcome=on_outcome
        )
        progress.stop()

        rows = store.results(result.key, keys=result.keys)
        summary = summarise(rows, store.practices, total=len(records), done_now=result.done, seconds=result.seconds)
        if rows or result.status == "complete":
            render(summary, err)
        if chart and rows:
            try:
                png = write_chart(summary, chart_path(db))
                err.print(f"chart: {png}", markup=False, soft_wrap=True)
            except Exception as exc:  # noqa: BLE001 - a chart must not fail the batch
                _say("warning:", "yellow", f"the chart could not be written: {exc}")
        err.print(f"results: {db} (run {result.run_id})", markup=False, soft_wrap=True)
        if export_path is not None:
            try:
                written = export_results(rows, store.practices, export_path)
                err.print(f"export: {written}", markup=False, soft_wrap=True)
            except ExportError as exc:
                _say("error:", "red", f"{exc} The results are in {db}.")
                raise typer.Exit(2) from None

    if result.status == "interrupted":
        _say("interrupted:", "yellow", result.message or "")
        raise typer.Exit(130)
    if result.status == "failed":
        _say("batch stopped:", "red", result.message or "")
        raise typer.Exit(1)

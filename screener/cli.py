"""The ``screener`` command line: index, search, screen, evals.

Errors a user can act on are printed as one readable line (no traceback) and set a non-zero
exit code; verdicts never affect the exit code.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from screener.commands_batch import batch_command
from screener.commands_corpus import evals_retrieval_command, index_command, search_command

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Screen AI project descriptions against the prohibited practices of Art. 5 AI Act.",
)
evals_app = typer.Typer(no_args_is_help=True, help="Evaluate the screener on labelled sets.")
app.add_typer(evals_app, name="evals")

app.command("index", help="Build the legal-corpus index (Chroma) if it is missing.")(index_command)
app.command("search", help="Search the legal corpus (hybrid dense + BM25).")(search_command)
app.command(
    "batch", help="Screen a register (JSONL/CSV) or a folder of documents into one SQLite database."
)(batch_command)
evals_app.command("retrieval", help="Score retrieval (recall@k, MRR) on the query set.")(
    evals_retrieval_command
)

err = Console(stderr=True)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    """A library warning (e.g. "Chroma server not reachable; using the local store") is one line."""
    from rich.markup import escape

    err.print(f"[yellow]warning:[/yellow] {escape(str(message))}", highlight=False, soft_wrap=True)


@app.callback()
def _cli_setup() -> None:
    import warnings

    warnings.showwarning = _show_warning


class Fmt(str, Enum):
    json = "json"
    md = "md"
    html = "html"
    pdf = "pdf"


class ExtractorName(str, Enum):
    offline = "offline"
    llm = "llm"


def parse_as_of(value: Optional[str]) -> date:
    """The as-of date of a screening: an ISO date, or today when not given."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD") from None


@app.command("screen")
def screen_command(
    files: list[Path] = typer.Argument(..., help="PDF, DOCX, TXT, MD or HTML files"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Screen against the law of this date (YYYY-MM-DD); default today"),
    extractor: ExtractorName = typer.Option(ExtractorName.offline, "--extractor", help="offline (embedded default) or llm"),
    fmt: list[Fmt] = typer.Option([Fmt.json], "--format", "-f", help="Report format(s); repeat for several"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the reports"),
    chroma_url: Optional[str] = typer.Option(None, "--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000"),
) -> None:
    """Screen documents; one report per document and format."""
    from corpus.retrieval import Retriever
    from ingest import ingest_file
    from ingest.errors import IngestError
    from screener.config import load_settings
    from screener.facts import get_extractor
    from screener.pipeline import screen
    from screener.report.render import to_json, write_report

    day = parse_as_of(as_of)
    settings = load_settings(extractor=extractor.value, chroma_url=chroma_url)
    if out is None and fmt != [Fmt.json]:
        raise typer.BadParameter("--out is required for formats other than json", param_hint="--out")
    try:
        fact_extractor = get_extractor(settings)
        retriever = Retriever.from_settings(settings)
    except Exception as exc:  # a missing model, endpoint or store: say what and stop
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None

    failures: list[str] = []
    printed: list[str] = []
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("screening", total=len(files))
        for path in files:
            progress.update(task, description=f"screening {path.name}")
            try:
                doc = ingest_file(path, max_mb=settings.max_file_mb)
                report = screen(doc, day, settings, extractor=fact_extractor, retriever=retriever)
            except IngestError as exc:
                failures.append(f"{path}: {exc.user_message}")
                err.print(f"[red]not screened:[/red] {exc.user_message}")
                progress.advance(task)
                continue
            except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the others
                failures.append(f"{path}: {exc}")
                err.print(f"[red]not screened:[/red] {path}: {type(exc).__name__}: {exc}")
                progress.advance(task)
                continue
            if out is None:
                printed.append(to_json(report))
            else:
                for f in fmt:
                    written = write_report(report, f.value, out)
                    err.print(f"{path.name}: {report.overall} → {written}")
            progress.advance(task)
    if printed:
        if len(printed) == 1:
            sys.stdout.write(printed[0] + "\n")
        else:
            sys.stdout.write("[\n" + ",\n".join(printed) + "\n]\n")
    if failures:
        err.print(f"[red]{len(failures)} of {len(files)} file(s) could not be screened.[/red]")
        raise typer.Exit(1)


@evals_app.command("run")
def evals_run_command(
    file: Path = typer.Argument(..., help="A JSON Lines case file (shared/evals/FORMAT.md)"),
    extractor: ExtractorName = typer.Option(ExtractorName.offline, "--extractor"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for metrics.json, confusion.png, report.html/.md"),
    json_out: bool = typer.Option(False, "--json", help="Print the metrics as one JSON object"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date for cases without their own as_of (default today)"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N cases"),
    once: bool = typer.Option(False, "--once", help="Screen each case once (no flip count)"),
    labels: str = typer.Option("expected", "--labels", help="expected (adjudicated) or published (an outside set's own labels)"),
) -> None:
    """Score the screener on any labelled case file."""
    from evals.cases import CaseFileError
    from evals.outputs import HEADLINE, write_outputs
    from evals.runner import case_rows, run_file
    from screener.config import load_settings

    if labels not in ("expected", "published"):
        raise typer.BadParameter("use 'expected' or 'published'", param_hint="--labels")
    settings = load_settings(extractor=extractor.value)
    day = parse_as_of(as_of) if as_of else None
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True,
    ) as progress:
        task = progress.add_task("evaluating", total=None)

        def tick(i: int, total: int, case_id: str) -> None:
            progress.update(task, completed=i, total=total, description=f"evaluating {case_id}")

        try:
            metrics, results = run_file(file, settings, day, progress=tick, twice=not once, limit=limit, labels=labels)
        except (CaseFileError, OSError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
    if out:
        for path in write_outputs(metrics, results, out):
            err.print(f"wrote {path}")
    if json_out:
        typer.echo(json.dumps(dict(metrics, cases=case_rows(results)), ensure_ascii=False))
    else:
        for key in HEADLINE:
            typer.echo(f"{key:24} {metrics.get(key)}")
        for label, counts in metrics["held_open"]["cases"].items():
            if counts:
                held = ", ".join(f"{pid} {n}" for pid, n in counts.items())
                typer.echo(f"expected {label}, came out needs_review, held open by: {held}")
        for r in results:
            if r.error:
                typer.echo(f"error in {r.case.id}: {r.error}")


@evals_app.command("diff")
def evals_diff_command(
    a: Path = typer.Argument(..., help="metrics JSON of run A (from --out or --json)"),
    b: Path = typer.Argument(..., help="metrics JSON of run B"),
) -> None:
    """Show what changed between two evaluation runs, case by case."""
    from evals.runner import diff_runs

    runs = []
    for p in (a, b):
        try:
            runs.append(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as exc:
            err.print(f"[red]error:[/red] cannot read {p}: {exc}")
            raise typer.Exit(2) from None
    for line in diff_runs(*runs):
        typer.echo(line)


@app.command("version")
def version_command() -> None:
    """Print the app and corpus versions."""
    from importlib.metadata import version

    from corpus.loader import corpus_version

    typer.echo(json.dumps({"app": version("art5-screener"), "corpus": corpus_version()}))


if __name__ == "__main__":  # pragma: no cover
    app()

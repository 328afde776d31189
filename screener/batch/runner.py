"""Run a batch: skip what the store already holds, screen the rest, store each result at once.

Two ways to screen (both call ``screener.pipeline.screen`` once per record):

* offline extractor (default): a ``ProcessPoolExecutor`` of ``workers`` processes (spawned, so
  nothing the parent loaded is shared by fork). Each worker loads the extractor and the retriever
  once, in its initializer, and screens records in chunks; the parent is the only database writer.
  The parent checks (or builds) the legal index once, under a file lock, before the workers open
  it. ``workers=0`` screens in the parent process (debugging, tests).
* llm extractor: ``concurrency`` records at a time in threads (``asyncio.to_thread`` under a
  semaphore), one extractor per thread (the extractor handles its own retries and rate limits),
  one shared retriever; the event-loop thread writes the results.

The pipeline's legal-passage queries do not depend on the document (only on the practice, the
document's language and the as-of date), so :class:`SharedRetriever` answers them once per
process; a batch spends its time on fact extraction.

A record whose ingestion or screening raises becomes an error row and the batch goes on; so does
a record during which the extractor recorded a failure (an unreachable LLM endpoint answers
"unknown" for everything, which is not a screening). Such a row still holds the report and its
verdicts (the practices concerned are ``needs_review``, the reason is in the report's warnings and
in the ``error`` column), and ``--retry-errors`` screens it again. A worker that cannot start (a
missing model, an unreachable store) stops the batch with that message; what was stored stays
stored, and the next run resumes.

Tests (and experiments) can replace the screening by a *screen factory*: ``"module:function"``
(imported in each worker) or, in-process and on the llm path, the function itself, with the
signature ``function(settings, as_of) -> callable(Document) -> Report``.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from corpus.retrieval import SharedRetriever
from screener.batch.inputs import Record
from screener.batch.store import (
    Outcome,
    ResultStore,
    RunKey,
    StoreError,
    compress_report,
    make_key,
)

if TYPE_CHECKING:  # pragma: no cover
    from ingest.models import Document
    from screener.config import Settings
    from screener.report.model import Report

ScreenFn = Callable[["Document"], "Report"]

DEFAULT_FACTORY = "screener.batch.runner:default_screen_factory"
DEFAULT_CHUNK_SIZE = 4
DEFAULT_CONCURRENCY = 4


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


class BatchError(RuntimeError):
    """The batch cannot start or go on (a user-facing sentence)."""


class WorkerSetupError(RuntimeError):
    """A worker could not load the extractor or the retriever."""


@dataclass
class BatchOptions:
    as_of: date
    extractor: str = "offline"  # offline | llm
    workers: int | None = None  # offline: processes (0 = in this process); default min(2, cpus)
    concurrency: int = DEFAULT_CONCURRENCY  # llm: records screened at the same time
    chunk_size: int = DEFAULT_CHUNK_SIZE  # offline: records per task sent to a worker
    retry_errors: bool = False  # screen records again whose stored result is an error
    #: "module:function" (or, with workers=0 or the llm extractor, the function itself);
    #: None = the real pipeline
    screen_factory: "str | Callable[..., ScreenFn] | None" = None


@dataclass
class BatchResult:
    run_id: str
    key: RunKey
    records: list[Record]
    total: int
    skipped: int
    todo: int
    done: int = 0
    errors: int = 0
    seconds: float = 0.0
    status: str = "complete"  # complete | interrupted | failed
    message: str | None = None
    record_seconds: list[float] = field(default_factory=list)

    @property
    def keys(self) -> list[tuple[str, str]]:
        return [(r.record_id, r.sha256) for r in self.records]

    @property
    def throughput(self) -> float | None:
        return self.done / self.seconds if self.done and self.seconds > 0 else None


# ---------------------------------------------------------------------------------- identity


def extractor_label(extractor: str, settings: "Settings") -> str:
    """The extractor part of a result's key: ``offline``, or ``llm:<model>``."""
    if extractor == "llm":
        model = settings.llm.model
        return f"llm:{model}" if model else "llm"
    return extractor


def settings_record(settings: "Settings") -> dict[str, Any]:
    """Settings as stored with a run (never the API key)."""
    data = settings.model_dump(mode="json")
    data.get("llm", {}).pop("api_key", None)
    return data


def current_corpus_version() -> str:
    from corpus.loader import corpus_version

    return corpus_version()


# ---------------------------------------------------------------------------------- screening


def load_factory(path: "str | Callable[..., ScreenFn] | None") -> Callable[..., ScreenFn]:
    if callable(path):
        return path
    module, _, name = (path or DEFAULT_FACTORY).partition(":")
    if not module or not name:
        raise BatchError(f"screen factory {path!r} must look like 'module:function'")
    return getattr(importlib.import_module(module), name)


class ExtractionFailedError(RuntimeError):
    """The extractor answered "unknown" because it failed (endpoint down, unparsable replies),
    not because the document is silent: the record is stored as an error, to retry later, together
    with ``report`` (its practices concerned are needs_review, with the reason)."""

    def __init__(self, message: str, report: "Report | None" = None) -> None:
        super().__init__(message)
        self.report = report


def default_screen_factory(
    settings: "Settings",
    as_of: date,
    *,
    make_extractor: Callable[[], Any] | None = None,
    retriever: Any = None,
) -> ScreenFn:
    """The real pipeline: one shared (memoised) retriever, one extractor per thread.

    Per-thread extractors keep the extractor's own accounting (``failures``, ``usage``) per
    record even when the llm path screens several records at once: a record during which the
    extractor recorded a failure raises :class:`ExtractionFailedError` (an error row, redone by
    ``--retry-errors``), and the pipeline's per-document ``Report.tokens`` (the difference of the
    extractor's counters before and after) counts that record's calls only. The first
    extractor is made now, so a missing model or endpoint stops the batch at once.
    ``make_extractor``/``retriever`` replace ``get_extractor(settings)`` and the index (tests).
    """
    from screener.pipeline import screen

    if make_extractor is None:
        from screener.facts import get_extractor

        def make_extractor() -> Any:
            return get_extractor(settings)

    local = threading.local()
    local.extractor = make_extractor()  # first: a bad extractor setting fails before the index loads
    if retriever is None:
        from corpus.retrieval import Retriever

        retriever = Retriever.from_settings(settings)
    shared = retriever if isinstance(retriever, SharedRetriever) else SharedRetriever(retriever)

    def screen_one(doc: "Document") -> "Report":
        extractor = getattr(local, "extractor", None)
        if extractor is None:
            extractor = local.extractor = make_extractor()
        failures = getattr(extractor, "failures", None)
        n_failures = len(failures) if isinstance(failures, list) else 0
        report = screen(doc, as_of, settings, extractor=extractor, retriever=shared)
        if isinstance(failures, list) and len(failures) > n_failures:
            new = failures[n_failures:]
            detail = "; ".join(str(f) for f in new)
            if len(detail) > 600:
                detail = detail[:600] + " ..."
            raise ExtractionFailedError(
                f"the {getattr(extractor, 'name', 'fact')} extractor failed in {len(new)} step(s): {detail}",
                report,
            )
        return report

    return screen_one


def _error(task: dict[str, Any], message: str, error_type: str, seconds: float) -> Outcome:
    return Outcome(
        record_id=task["record_id"],
        input_sha256=task["sha256"],
        status="error",
        error=message,
        error_type=error_type,
        seconds=seconds,
    )


def screen_task(task: dict[str, Any], screen_fn: ScreenFn, max_mb: float = 25.0) -> Outcome:
    """Ingest and screen one record; every exception becomes an error outcome."""
    from ingest import ingest_file, ingest_text
    from ingest.errors import IngestError

    t0 = time.perf_counter()
    try:
        if task.get("path"):
            doc = ingest_file(task["path"], max_mb=max_mb)
        else:
            doc = ingest_text(task.get("text") or "", name=task["doc_name"])
    except IngestError as exc:
        return _error(task, exc.user_message, type(exc).__name__, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - never let one record stop the batch
        return _error(task, f"{type(exc).__name__}: {exc}", type(exc).__name__, time.perf_counter() - t0)
    t1 = time.perf_counter()
    failed: ExtractionFailedError | None = None
    try:
        try:
            report = screen_fn(doc)
        except ExtractionFailedError as exc:
            if exc.report is None:
                raise
            failed, report = exc, exc.report
        t2 = time.perf_counter()
        verdicts = {p.id: p.verdict for p in report.practices}
        deciding = {p.id: p.deciding_condition for p in report.practices}
        report_zlib = compress_report(report.model_dump_json())
    except Exception as exc:  # noqa: BLE001
        return _error(task, f"{type(exc).__name__}: {exc}", type(exc).__name__, time.perf_counter() - t0)
    timings = {"ingest": round(t1 - t0, 4), "screen": round(t2 - t1, 4)}
    for k, v in (report.timings or {}).items():
        timings[f"screen.{k}"] = v
    return Outcome(
        record_id=task["record_id"],
        input_sha256=task["sha256"],
        status="error" if failed else "ok",
        overall=report.overall,
        scope=report.scope.verdict,
        verdicts=verdicts,
        deciding=deciding,
        report_zlib=report_zlib,
        timings=timings,
        seconds=t2 - t0,
        error=str(failed) if failed else None,
        error_type=type(failed).__name__ if failed else None,
    )


# ---------------------------------------------------------------------------------- workers

_WORKER_SCREEN: ScreenFn | None = None
_WORKER_ERROR: str | None = None
_WORKER_MAX_MB: float = 25.0


def _watch_parent(parent_pid: int) -> None:
    """End this worker when the parent dies (killed parents must not leave workers behind)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent_pid:
            os._exit(3)


def _index_lock(settings: "Settings", shared: bool = False):
    """A file lock (in the data folder) around opening the index: the parent holds it
    exclusively while it checks (and, when missing, builds) the index; the workers take it shared,
    so they wait for that check and then open the index side by side, never building it twice."""
    import contextlib

    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return contextlib.nullcontext()
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        fh = open(settings.data_dir / ".batch-index.lock", "a")  # noqa: SIM115
    except OSError:
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def locked():
        try:
            fcntl.flock(fh, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()

    return locked()


def prepare_index(settings: "Settings") -> None:
    """Check the legal index once in the parent (building it when missing or stale), so that the
    workers only open it. Loads no embedding model when the index is complete."""
    from corpus.store import build_index, close_client

    info = build_index(settings)
    close_client(info.client)


def _init_worker(settings_data: dict, as_of_iso: str, factory: str | None, parent_pid: int, threads: int) -> None:
    global _WORKER_SCREEN, _WORKER_ERROR, _WORKER_MAX_MB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    try:
        from screener.config import Settings

        settings = Settings.model_validate(settings_data)
        _WORKER_MAX_MB = settings.max_file_mb
        with _index_lock(settings, shared=True):
            _WORKER_SCREEN = load_factory(factory)(settings, date.fromisoformat(as_of_iso))
    except Exception as exc:  # reported by the first chunk, in the parent
        _WORKER_ERROR = f"{exc}" if str(exc) else type(exc).__name__


def _screen_chunk(tasks: list[dict[str, Any]]) -> list[Outcome]:
    if _WORKER_SCREEN is None:
        raise WorkerSetupError(_WORKER_ERROR or "the worker did not start")
    return [screen_task(task, _WORKER_SCREEN, _WORKER_MAX_MB) for task in tasks]


# ---------------------------------------------------------------------------------- the batch


def _chunks(items: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    size = max(1, size)
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def run_batch(
    records: Sequence[Record],
    store: ResultStore,
    options: BatchOptions,
    settings: "Settings",
    *,
    input_label: str = "",
    corpus_version: str | None = None,
    on_start: Callable[[BatchResult], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchResult:
    """Screen every record of ``records`` not yet stored under this run's key."""
    if options.extractor not in ("offline", "llm"):
        raise BatchError(f"unknown extractor {options.extractor!r}: use offline or llm")
    if settings.extractor != options.extractor:  # get_extractor(settings) must build that one
        settings = settings.model_copy(update={"extractor": options.extractor})
    key = make_key(options.as_of, extractor_label(options.extractor, settings), corpus_version or current_corpus_version())
    records = list(records)
    done = store.done_keys(key, include_errors=not options.retry_errors)
    todo = [r for r in records if (r.record_id, r.sha256) not in done]
    by_key = {(r.record_id, r.sha256): r for r in todo}
    result = BatchResult(
        run_id="", key=key, records=records, total=len(records), skipped=len(records) - len(todo), todo=len(todo)
    )
    result.run_id = store.start_run(
        key,
        input=input_label,
        model=settings.llm.model if options.extractor == "llm" else None,
        settings=settings_record(settings),
        records_total=result.total,
        records_skipped=result.skipped,
    )
    if on_start:
        on_start(result)
    started = time.perf_counter()

    def record_outcome(outcome: Outcome) -> None:
        rec = by_key.get((outcome.record_id, outcome.input_sha256))
        if rec is not None:
            outcome.name = rec.name
            outcome.meta = rec.meta or None
        store.write(result.run_id, key, outcome)
        result.done += 1
        if outcome.status == "error":
            result.errors += 1
        elif outcome.seconds is not None:
            result.record_seconds.append(outcome.seconds)
        if on_outcome:
            on_outcome(outcome)

    status = "complete"
    try:
        # records that cannot be screened at all (no text, unreadable file) are stored first
        for rec in todo:
            if rec.problem:
                record_outcome(
                    Outcome(record_id=rec.record_id, input_sha256=rec.sha256, status="error",
                            error=rec.problem, error_type="InputError", seconds=0.0)
                )
        tasks = [r.task() for r in todo if not r.problem]
        if tasks:
            if options.extractor == "llm":
                _run_threads(tasks, options, settings, record_outcome)
            elif options.workers == 0:
                screen_fn = _start_screener(options, settings)
                for task in tasks:
                    record_outcome(screen_task(task, screen_fn, settings.max_file_mb))
            else:
                _run_pool(tasks, options, settings, record_outcome)
    except KeyboardInterrupt:
        status = "interrupted"
        result.message = "run the same command again to finish the remaining records."
    except (BatchError, StoreError) as exc:
        status = "failed"
        result.message = str(exc)
    except Exception as exc:
        status = "failed"
        result.message = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        result.seconds = time.perf_counter() - started
        result.status = status
        try:
            store.finish_run(result.run_id, status=status, seconds=result.seconds)
        except Exception as exc:  # noqa: BLE001 - e.g. a full disk: the rows written stay valid
            result.message = (result.message + " " if result.message else "") + f"(run not closed: {exc})"
    return result


def _start_screener(options: BatchOptions, settings: "Settings") -> ScreenFn:
    """The screen function for in-process and threaded batches; BatchError when it cannot start."""
    try:
        return load_factory(options.screen_factory)(settings, options.as_of)
    except BatchError:
        raise
    except Exception as exc:
        raise BatchError(f"The screener could not start: {exc}") from exc


def _run_pool(
    tasks: list[dict[str, Any]],
    options: BatchOptions,
    settings: "Settings",
    record_outcome: Callable[[Outcome], None],
) -> None:
    import multiprocessing

    if callable(options.screen_factory):
        raise BatchError("a screen factory object cannot be sent to worker processes: use workers=0 or a 'module:function' name")
    workers = max(1, options.workers or default_workers())
    workers = min(workers, max(1, (len(tasks) + options.chunk_size - 1) // max(1, options.chunk_size)))
    threads = max(1, (os.cpu_count() or 1) // workers)
    worker_settings = settings.model_copy(update={"embedding_threads": threads})
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(
            worker_settings.model_dump(mode="json"),
            options.as_of.isoformat(),
            options.screen_factory,
            os.getpid(),
            threads,
        ),
    )
    chunks = _chunks(tasks, options.chunk_size)
    pending: set[Future] = set()
    window = workers * 3
    clean = False
    try:
        with _index_lock(settings):
            for chunk in chunks:  # the workers start now and wait for the index check
                pending.add(pool.submit(_screen_chunk, chunk))
                if len(pending) >= window:
                    break
            if options.screen_factory is None:
                try:
                    prepare_index(settings)
                except Exception as exc:
                    raise BatchError(f"The legal index could not be opened or built: {exc}") from exc
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                try:
                    outcomes = fut.result()
                except WorkerSetupError as exc:
                    raise BatchError(f"The screener could not start: {exc}") from None
                except BrokenProcessPool:
                    raise BatchError(
                        "A worker process ended unexpectedly (out of memory?). The results so far "
                        "are stored; run the same command again to finish the rest."
                    ) from None
                for outcome in outcomes:
                    record_outcome(outcome)
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.add(pool.submit(_screen_chunk, nxt))
        clean = True
    finally:
        pool.shutdown(wait=clean, cancel_futures=True)


def _run_threads(
    tasks: list[dict[str, Any]],
    options: BatchOptions,
    settings: "Settings",
    record_outcome: Callable[[Outcome], None],
) -> None:
    screen_fn = _start_screener(options, settings)
    concurrency = max(1, options.concurrency)
    asyncio.run(_screen_async(tasks, screen_fn, concurrency, settings.max_file_mb, record_outcome))


async def _screen_async(
    tasks: list[dict[str, Any]],
    screen_fn: ScreenFn,
    concurrency: int,
    max_mb: float,
    record_outcome: Callable[[Outcome], None],
) -> None:
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="screen")
    loop.set_default_executor(executor)
    semaphore = asyncio.Semaphore(concurrency)

    async def one(task: dict[str, Any]) -> Outcome:
        async with semaphore:
            try:
                return await asyncio.to_thread(screen_task, task, screen_fn, max_mb)
            except Exception as exc:  # noqa: BLE001 - screen_task already catches; belt and braces
                return _error(task, f"{type(exc).__name__}: {exc}", type(exc).__name__, 0.0)

    jobs = [asyncio.ensure_future(one(t)) for t in tasks]
    try:
        for fut in asyncio.as_completed(jobs):
            record_outcome(await fut)  # the event-loop thread is the only writer
    finally:
        for job in jobs:
            job.cancel()

"""A real OpenAI-compatible HTTP server that misbehaves on purpose, and a small legal index, for
the LLM fault tests (``test_llm_faults.py``).

``FaultServer(mode)`` listens on 127.0.0.1 (ephemeral port) and answers
``POST /v1/chat/completions``:

* ``slow``: waits ``delay_s`` before answering (longer than the client's time-out);
* ``invalid``: HTTP 200 with JSON that is not the answer format (a bare ``not_prohibited``
  verdict, the kind of reply that must never become a silent ``not_prohibited``);
* ``rate_limit``: HTTP 429 with ``Retry-After: <retry_after>`` to every request;
* ``ok``: well-formed answers (``unknown`` for every question id the request's schema asks),
  after the first ``limited`` requests got a 429 like ``rate_limit``.

It records every request (arrival time, the question ids asked) and the most requests it had in
flight at once. An endpoint that is down is simply a port where nothing listens: ``dead_url()``.

``small_index_factory`` is a batch screen factory (``--screen-factory
llm_fault_support:small_index_factory``): the real pipeline and the real LLM extractor from the
settings, over a small legal index with a hash embedder (the faults under test are the LLM's,
not the index's, and a full index costs minutes).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakes import HashEmbedder, completion, send_json


def dead_url() -> str:
    """The base URL of an endpoint that is down: a local port where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _asked_ids(body: dict) -> list[str]:
    """The question ids of a request, from the grammar schema the extractor sends local servers."""
    try:
        item = body["response_format"]["schema"]["properties"]["answers"]["items"]
        return list(item["properties"]["question_id"]["enum"])
    except (KeyError, TypeError):
        return []


@dataclass
class Seen:
    at: float
    ids: list[str] = field(default_factory=list)


class FaultServer:
    def __init__(self, mode: str, *, delay_s: float = 3.0, retry_after: str = "1", limited: int = 0,
                 reply_delay_s: float = 0.0) -> None:
        self.mode, self.delay_s, self.retry_after = mode, delay_s, retry_after
        self.limited, self.reply_delay_s = limited, reply_delay_s
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                with outer._lock:
                    outer.requests.append(Seen(time.monotonic(), _asked_ids(body)))
                    n = len(outer.requests)
                    outer.in_flight += 1
                    outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                try:
                    outer._answer(self, body, n)
                finally:
                    with outer._lock:
                        outer.in_flight -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict, n: int) -> None:
        if self.mode == "rate_limit" or (self.mode == "ok" and n <= self.limited):
            send_json(handler, 429, {"error": {"message": "Rate limit reached, slow down"}},
                       {"Retry-After": self.retry_after})
            return
        if self.mode == "slow":
            time.sleep(self.delay_s)
        if self.mode == "invalid":
            content = json.dumps({"verdict": "not_prohibited", "reason": "Looks fine to me."})
        else:
            answers = [{"question_id": q, "value": "unknown", "quotes": [], "rationale": "not stated"}
                       for q in _asked_ids(body)]
            content = json.dumps({"answers": answers})
        if self.reply_delay_s:
            time.sleep(self.reply_delay_s)
        send_json(handler, 200, completion(content, usage=(100, 20)), {})

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------- a small index


_RETRIEVERS: dict[str, Any] = {}
_LOCK = threading.Lock()


def small_retriever(settings) -> Any:
    """A retriever over Article 5 and a few recitals in ``settings``' store (built once)."""
    from corpus.loader import load_units
    from corpus.retrieval import Retriever

    key = str(settings.chroma_dir)
    with _LOCK:
        if key not in _RETRIEVERS:
            units = [u for u in load_units() if u.id.startswith("art5") or u.id in ("recital29", "recital44")]
            _RETRIEVERS[key] = Retriever.from_settings(settings, embedder=HashEmbedder("fault-hash-16", 16), units=units,
                                                       corpus_version="faults")
        return _RETRIEVERS[key]


def small_index_factory(settings, as_of: date):
    """The batch's real screen factory (LLM extractor from the settings), on the small index."""
    from screener.batch.runner import default_screen_factory

    return default_screen_factory(settings, as_of, retriever=small_retriever(settings))

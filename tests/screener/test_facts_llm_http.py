"""LLMExtractor through the real ChatOpenAI client against a local OpenAI-style HTTP server.

The server (http.server in a thread, 127.0.0.1, ephemeral port) implements
``POST /v1/chat/completions`` and plays a script: canned completions, HTTP errors, slow replies.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import langchain_openai  # noqa: F401  (import cost paid at collection, not inside a timed test)
import pytest
from fakes import completion, send_json

from ingest.models import DocChunk, Document, Segment
from screener.catalogue.model import Question
from screener.config import LLMSettings
from screener.facts.base import ExtractionContext
from screener.facts.llm import LLMExtractor

TEXT = "ShopNudge shows fake countdown timers to pressure elderly customers into buying insurance."
QS = [
    Question(id="a.technique", text_en="Does it use a manipulative or deceptive technique?", text_nl="-",
             guidance_en="Fake urgency counts.", guidance_nl="-", refs=("art5.1.a",)),
    Question(id="a.distortion", text_en="Does it materially distort behaviour?", text_nl="-",
             guidance_en="-", guidance_nl="-", refs=("art5.1.a",)),
]
ANSWERS = {
    "answers": [
        {"question_id": "a.technique", "value": "yes",
         "quotes": ["ShopNudge shows fake countdown timers"], "rationale": "Fake timers deceive."},
        {"question_id": "a.distortion", "value": "unknown", "quotes": [], "rationale": "Not stated."},
    ]
}


@dataclass
class Step:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


class FakeServer:
    def __init__(self, script: list[Step]):
        self.script = list(script)
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                send_json(self, 200, {"object": "list", "data": [{"id": "tiny-test", "object": "model"}]}, {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                outer.requests.append({"path": self.path, "body": body, "headers": {k.lower(): v for k, v in self.headers.items()}})
                step = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                if self.path != "/v1/chat/completions":
                    send_json(self, 404, {"error": {"message": "not found"}}, {})
                    return
                if step.delay_s:
                    time.sleep(step.delay_s)
                send_json(self, step.status, step.body if step.body is not None else {"error": {"message": "boom"}}, step.headers)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[FakeServer] = []

    def start(*script: Step) -> FakeServer:
        srv = FakeServer(list(script)).__enter__()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.__exit__(None, None, None)


def doc() -> Document:
    return Document(name="shop.txt", sha256="1" * 64, media_type="text/plain", lang="en", text=TEXT,
                    segments=[Segment(text=TEXT, start=0, end=len(TEXT))])


def ctx() -> ExtractionContext:
    d = doc()
    return ExtractionContext(passages={}, chunks=[DocChunk(chunk_id="c0", text=d.text, start=0, end=len(d.text))],
                             practice_id="art5.1.a")


def make(url: str, sleeps: list[float] | None = None, **kw: Any) -> LLMExtractor:
    s = {"base_url": url, "model": "tiny-test", "timeout_s": 3.0, "max_retries": 2}
    s.update(kw)
    return LLMExtractor(LLMSettings(**s), sleep=(sleeps.append if sleeps is not None else lambda _: None), seed=1)


def test_chat_openai_end_to_end(serve):
    srv = serve(Step(body=completion(json.dumps(ANSWERS))))
    ex = make(srv.url)
    facts = {f.condition_id: f for f in ex.extract(doc(), QS, ctx())}
    assert facts["a.technique"].value == "yes"
    assert facts["a.technique"].quotes[0].text == "ShopNudge shows fake countdown timers"
    assert facts["a.distortion"].value == "unknown"
    (req,) = srv.requests
    assert req["path"] == "/v1/chat/completions"
    body = req["body"]
    assert body["model"] == "tiny-test" and body["temperature"] == 0.0
    fmt = body["response_format"]  # llama.cpp-style grammar: JSON limited to the ids asked
    assert fmt["type"] == "json_object"
    assert fmt["schema"]["properties"]["answers"]["items"]["properties"]["question_id"]["enum"] == [
        "a.technique",
        "a.distortion",
    ]
    assert body["max_tokens"] == 2048
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "<<<DOCUMENT " in body["messages"][1]["content"]
    assert req["headers"].get("authorization") == "Bearer not-needed"
    assert ex.usage["input_tokens"] == 321 and ex.usage["output_tokens"] == 45 and ex.usage["calls"] == 1


def test_fenced_reply_from_server_is_parsed(serve):
    srv = serve(Step(body=completion("Here you go:\n```json\n" + json.dumps(ANSWERS) + "\n```")))
    facts = {f.condition_id: f for f in make(srv.url).extract(doc(), QS, ctx())}
    assert facts["a.technique"].value == "yes"


def test_server_500s_are_retried_then_unknown(serve):
    srv = serve(Step(status=500, body={"error": {"message": "model crashed"}}))
    sleeps: list[float] = []
    ex = make(srv.url, sleeps)
    facts = ex.extract(doc(), QS, ctx())
    assert len(srv.requests) == 3 and len(sleeps) == 2
    assert all(f.value == "unknown" for f in facts)
    assert f"LLM endpoint at {srv.url} failed with HTTP 500 after 3 attempts" in facts[0].rationale


def test_429_with_retry_after_is_respected_then_succeeds(serve):
    srv = serve(
        Step(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "2"}),
        Step(body=completion(json.dumps(ANSWERS))),
    )
    sleeps: list[float] = []
    facts = {f.condition_id: f for f in make(srv.url, sleeps).extract(doc(), QS, ctx())}
    assert sleeps == [2.0]
    assert facts["a.technique"].value == "yes"


def test_429_forever_gives_unknown_with_reason(serve):
    srv = serve(Step(status=429, body={"error": {"message": "quota"}}, headers={"Retry-After": "1"}))
    sleeps: list[float] = []
    facts = make(srv.url, sleeps, max_retries=1).extract(doc(), QS, ctx())
    assert sleeps == [1.0] and len(srv.requests) == 2
    assert all("HTTP 429 (rate limited) after 2 attempts" in f.rationale for f in facts)


def test_slow_server_times_out(serve):
    srv = serve(Step(body=completion(json.dumps(ANSWERS)), delay_s=2.0))
    started = time.monotonic()
    facts = make(srv.url, timeout_s=0.3, max_retries=1).extract(doc(), QS, ctx())
    assert time.monotonic() - started < 2.0
    assert all(f.value == "unknown" for f in facts)
    assert f"LLM endpoint at {srv.url} timed out (limit 0.3 s) after 2 attempts" in facts[0].rationale


def test_unreachable_endpoint_names_the_url():
    import socket

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    facts = make(url, max_retries=2).extract(doc(), QS, ctx())
    assert all(f.value == "unknown" for f in facts)
    assert facts[0].rationale.startswith(f"LLM endpoint unreachable at {url} after 3 attempts")


def test_server_rejecting_response_format_falls_back_to_plain_json(serve):
    srv = serve(
        Step(status=400, body={"error": {"message": "response_format type json_object is not supported"}}),
        Step(body=completion(json.dumps(ANSWERS))),
    )
    ex = make(srv.url)
    facts = {f.condition_id: f for f in ex.extract(doc(), QS, ctx())}
    assert facts["a.technique"].value == "yes"
    assert ex.structured_mode == "none"
    assert "response_format" in srv.requests[0]["body"] and "response_format" not in srv.requests[1]["body"]

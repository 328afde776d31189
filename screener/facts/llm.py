"""LLM fact extraction: one chat call per practice (and one for the scope gate).

The model only extracts facts: for each question of the catalogue it answers ``yes``, ``no`` or
``unknown`` with verbatim quotes from the project document and a one-line rationale. Verdicts are
decided by the deterministic rules (``screener.rules``); quotes are checked against the document
by ``screener.facts.verify.verify_facts``, which the pipeline applies after this extractor.

Safe side, always: whatever goes wrong (endpoint unreachable, time-outs, HTTP 429/5xx, replies
that cannot be parsed, missing answers), the questions concerned become ``unknown`` with a
rationale naming the failure, so the rules answer ``needs_review`` — never a silent
``not_prohibited``.

Backends: ``langchain_openai.ChatOpenAI`` for any OpenAI-compatible endpoint (OpenAI, vLLM,
llama.cpp / llama-cpp-python servers, LM Studio …) or ``langchain_ollama.ChatOllama``; tests and
callers may inject any LangChain chat model.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import math
import os
import random
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from screener.config import LLMSettings
from screener.facts import prompts as P
from screener.facts.model import Fact, FactValue, Quote

if TYPE_CHECKING:  # imported for type hints only: keeps this module importable on its own
    from ingest.models import DocChunk, Document
    from screener.catalogue.model import Question

log = logging.getLogger(__name__)

StructuredMode = Literal["auto", "json_schema", "function_calling", "json_mode", "none"]
_MODES = ("auto", "json_schema", "function_calling", "json_mode", "none")

NO_ANSWER = "model gave no answer"


class LLMConfigError(ValueError):
    """The LLM backend cannot be built from the settings (no endpoint or no model configured)."""


# --------------------------------------------------------------------------- structured output


class Answer(BaseModel):
    """The answer to one question about the project document (evidence first, then the value)."""

    question_id: str = Field(description="The question id exactly as given, e.g. 'f.workplace_education'.")
    quotes: list[str] = Field(
        description="Short passages copied character for character from the document (never "
        "from the legal passages); empty when the document does not say."
    )
    rationale: str = Field(description="One line explaining the answer.")
    value: Literal["yes", "no", "unknown"] = Field(
        description="'yes' or 'no' only when the quotes show it; otherwise 'unknown'."
    )


class PracticeAnswers(BaseModel):
    """Answers to every question asked, one entry per question id."""

    answers: list[Answer]


def answers_schema(ids: Sequence[str]) -> dict[str, Any]:
    """A flat JSON schema (no $refs) for the reply, with ``question_id`` limited to ``ids``.

    The length limits keep a grammar-constrained small model from rambling until max_tokens.
    """
    return {
        "type": "object",
        "properties": {
            "answers": {
                "type": "array",
                "minItems": len(ids),
                "maxItems": len(ids),
                "items": {
                    "type": "object",
                    "properties": {
                        "question_id": {"type": "string", "enum": list(ids)},
                        "quotes": {
                            "type": "array",
                            "maxItems": 3,
                            "items": {"type": "string", "maxLength": 300},
                        },
                        "rationale": {"type": "string", "maxLength": 200},
                        "value": {"type": "string", "enum": ["yes", "no", "unknown"]},
                    },
                    "required": ["question_id", "quotes", "rationale", "value"],
                },
            }
        },
        "required": ["answers"],
    }


# --------------------------------------------------------------------------- bookkeeping


@dataclass
class CallRecord:
    """One request to the chat model (every attempt and re-ask is a record)."""

    step: str  # question-id prefix: "scope", "a", "f", ...
    attempt: int  # 1-based attempt number within the request
    latency_s: float
    input_tokens: int = 0
    output_tokens: int = 0
    outcome: str = "ok"  # ok | parse_error | connection | timeout | rate_limit | server_error | ...
    error: str | None = None
    reask: bool = False


class _CallFailure(Exception):
    """A request failed for good; ``reason`` becomes the rationale of every affected fact."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _ParseError(ValueError):
    pass


@dataclass
class _ErrorInfo:
    kind: str  # connection | timeout | rate_limit | server_error | bad_request | auth | http | error
    retryable: bool
    status: int | None = None
    retry_after: float | None = None


# --------------------------------------------------------------------------- the extractor


class LLMExtractor:
    """Fact extractor backed by a chat model (``FactExtractor`` protocol, ``name = "llm"``).

    ``settings.max_retries`` is the number of retries after the first attempt of a request
    (so 3 means up to 4 attempts). Retries use exponential backoff with jitter (``seed`` makes the
    jitter reproducible; ``sleep`` is injectable so tests do not wait) and honour ``Retry-After``.
    Once the endpoint has been found unreachable or timing out, later requests make a single
    attempt until one succeeds again (so a dead server costs one timeout per practice, not four).

    ``structured_output``: ``auto`` picks ``json_schema`` for OpenAI itself and Ollama,
    ``json_mode`` for other OpenAI-compatible servers, ``function_calling`` for other chat models
    that support tools, and ``none`` (plain text, JSON parsed from the reply) otherwise. A server
    that rejects the structured-output request is asked again once in plain mode, which is then
    kept. ``$SCREENER_LLM_STRUCTURED_OUTPUT`` overrides ``auto``.
    """

    name = "llm"

    def __init__(
        self,
        settings: LLMSettings,
        chat_model: BaseChatModel | None = None,
        *,
        structured_output: StructuredMode = "auto",
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
        max_doc_chars: int = 6000,
        max_passage_chars: int = 400,
        passages_per_question: int = 2,
        max_passages: int = 6,
        max_guidance_chars: int = 700,
        max_tokens: int = 2048,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 30.0,
        max_retry_after_s: float = 60.0,
    ) -> None:
        self.settings = settings
        self.base_url = settings.base_url
        if chat_model is None:
            chat_model = _build_chat_model(settings, max_tokens=max_tokens)
        self.chat_model = chat_model
        self.model: str | None = settings.model or _model_name(chat_model)
        self.endpoint = self.base_url or _endpoint_of(chat_model) or f"<{type(chat_model).__name__}>"
        self.max_attempts = max(1, int(settings.max_retries) + 1)
        self.timeout_s = settings.timeout_s
        self._sleep = sleep
        self._rng = random.Random(seed)
        self.max_doc_chars = max_doc_chars
        self.max_passage_chars = max_passage_chars
        self.passages_per_question = passages_per_question
        self.max_passages = max_passages
        self.max_guidance_chars = max_guidance_chars
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.max_retry_after_s = max_retry_after_s
        requested = structured_output
        env_mode = os.environ.get("SCREENER_LLM_STRUCTURED_OUTPUT")
        if requested == "auto" and env_mode in _MODES:
            requested = env_mode  # type: ignore[assignment]
        if requested not in _MODES:
            raise LLMConfigError(f"structured_output must be one of {', '.join(_MODES)}")
        self.structured_mode: str = _resolve_mode(requested, chat_model, self.base_url)
        self._runnable: Any = None
        self._local_openai = "BaseChatOpenAI" in {c.__name__ for c in type(chat_model).__mro__} and (
            not _is_openai_cloud(self.endpoint)
        )
        self._endpoint_down = False
        self.calls: list[CallRecord] = []
        self.retries = 0
        self.reasks = 0
        self.failures: list[str] = []

    @classmethod
    def from_settings(cls, settings: Any, **kwargs: Any) -> LLMExtractor:
        """Build from the application ``Settings`` (uses ``settings.llm``)."""
        return cls(getattr(settings, "llm", settings), **kwargs)

    # ------------------------------------------------------------------ accounting

    @property
    def usage(self) -> dict[str, Any]:
        """Token and call accounting over the life of this extractor."""
        inp = sum(c.input_tokens for c in self.calls)
        out = sum(c.output_tokens for c in self.calls)
        return {
            "calls": len(self.calls),
            "input_tokens": inp,
            "output_tokens": out,
            "total_tokens": inp + out,
            "retries": self.retries,
            "reasks": self.reasks,
            "failed_steps": len(self.failures),
            "latency_s": round(sum(c.latency_s for c in self.calls), 3),
            "structured_output": self.structured_mode,
        }

    # ------------------------------------------------------------------ protocol

    def extract(self, doc: Document, questions: list[Question], context: Any) -> list[Fact]:
        """Answer ``questions`` about ``doc``: one chat request per practice (or scope) group."""
        by_id: dict[str, Fact] = {}
        for step, group in _group_by_step(questions):
            for fact in self._extract_group(doc, step, group, context):
                by_id[fact.condition_id] = fact
        return [by_id[q.id] for q in questions]  # one fact per question, in the order asked

    def build_messages(
        self, doc: Document, questions: Sequence[Question], context: Any
    ) -> list[BaseMessage]:
        """The system and user messages for one group of questions (public for tests and audits)."""
        step = _step_of(questions[0].id) if questions else "scope"
        nonce, document = self._document_block(doc, questions, _chunks_of(context, doc))
        system = P.SYSTEM_PROMPT.format(schema_hint=P.SCHEMA_HINT)
        local = doc.lang != "en"
        user = P.USER_PROMPT.format(
            step_title=P.STEP_TITLES.get(step, P.STEP_TITLE_FALLBACK.format(prefix=step)),
            doc_name=_one_line(doc.name, 200),
            doc_lang=doc.lang,
            nonce=nonce,
            questions="\n\n".join(self._question_block(q, local=local) for q in questions),
            passages=self._passages_block(questions, _passages_of(context)),
            doc_open=P.DOC_OPEN.format(nonce=nonce),
            document=document,
            doc_close=P.DOC_CLOSE.format(nonce=nonce),
            question_ids=", ".join(q.id for q in questions),
        )
        return [SystemMessage(content=system), HumanMessage(content=user)]

    # ------------------------------------------------------------------ one group

    def _extract_group(
        self, doc: Document, step: str, questions: list[Question], context: Any
    ) -> list[Fact]:
        ids = [q.id for q in questions]
        try:
            messages = self.build_messages(doc, questions, context)
            answers = self._ask(messages, ids, step)
        except _CallFailure as failure:
            self.failures.append(f"{step}: {failure.reason}")
            log.warning("LLM extraction failed for %s: %s", step, failure.reason)
            return [Fact(condition_id=i, value="unknown", rationale=failure.reason) for i in ids]
        return [answers.get(i) or Fact(condition_id=i, value="unknown", rationale=NO_ANSWER) for i in ids]

    def _ask(self, messages: list[BaseMessage], ids: list[str], step: str) -> dict[str, Fact]:
        raw, parsed = self._request(messages, step, ids)
        try:
            return _interpret(raw, parsed, ids)
        except _ParseError as first:
            self._mark_last(step, "parse_error", str(first))
            self.reasks += 1
            reask = P.REASK_PROMPT.format(
                error=_one_line(str(first), 300),
                schema_hint=P.SCHEMA_HINT,
                question_ids=", ".join(ids),
            )
            previous = _message_text(raw) or _tool_args_text(raw) or "(empty reply)"
            again = [*messages, AIMessage(content=previous[:4000]), HumanMessage(content=reask)]
            raw2, parsed2 = self._request(again, step, ids, reask=True)
            try:
                return _interpret(raw2, parsed2, ids)
            except _ParseError as second:
                self._mark_last(step, "parse_error", str(second))
                raise _CallFailure(
                    f"LLM reply from {self.endpoint} could not be parsed after 2 attempts "
                    f"(asked again once with the error): {_one_line(str(second), 300)}"
                ) from second

    # ------------------------------------------------------------------ transport

    def _structured_runnable(self, ids: list[str]) -> Any:
        mode = self.structured_mode
        if mode == "none":
            return self.chat_model
        if mode == "json_mode" and self._local_openai:
            # llama.cpp / llama-cpp-python servers turn {"type": "json_object", "schema": ...} into
            # a grammar: the reply is then valid JSON with exactly the question ids asked.
            fmt = {"type": "json_object", "schema": answers_schema(ids)}
            return self.chat_model.bind(response_format=fmt)
        if self._runnable is None:
            try:
                self._runnable = self.chat_model.with_structured_output(
                    PracticeAnswers, method=mode, include_raw=True
                )
            except (NotImplementedError, ValueError, TypeError) as exc:
                log.info("structured output %s unavailable (%s); using plain JSON", mode, exc)
                self.structured_mode = "none"
                return self.chat_model
        return self._runnable

    def _request(
        self, messages: list[BaseMessage], step: str, ids: list[str], *, reask: bool = False
    ) -> tuple[BaseMessage | None, Any]:
        """One request with retries. Returns (raw message, structured result or None)."""
        allowed = 1 if self._endpoint_down else self.max_attempts
        attempt = 0
        downgraded = False
        while True:
            attempt += 1
            runnable = self._structured_runnable(ids)
            started = time.monotonic()
            try:
                out = runnable.invoke(messages)
            except Exception as exc:  # noqa: BLE001 - classified below; never escapes as a crash
                latency = time.monotonic() - started
                info = _classify(exc)
                err = _one_line(f"{type(exc).__name__}: {exc}", 300)
                self.calls.append(CallRecord(step, attempt, latency, outcome=info.kind, error=err, reask=reask))
                if (
                    not downgraded
                    and self.structured_mode != "none"
                    and info.kind in ("bad_request", "server_error", "http")
                    and _mentions_structured(exc)
                ):
                    log.info("endpoint rejected structured output (%s); retrying in plain mode", err)
                    self.structured_mode = "none"
                    self._runnable = None
                    downgraded = True
                    attempt -= 1
                    continue
                if not info.retryable or attempt >= allowed:
                    if info.kind in ("connection", "timeout"):
                        self._endpoint_down = True
                    raise _CallFailure(self._failure_reason(info, attempt, err)) from exc
                self.retries += 1
                self._sleep(self._delay(attempt, info.retry_after))
                continue
            latency = time.monotonic() - started
            self._endpoint_down = False
            raw, parsed = _split_output(out)
            usage = getattr(raw, "usage_metadata", None) or {}
            self.calls.append(
                CallRecord(
                    step,
                    attempt,
                    latency,
                    input_tokens=int(usage.get("input_tokens") or 0),
                    output_tokens=int(usage.get("output_tokens") or 0),
                    reask=reask,
                )
            )
            return raw, parsed

    def _mark_last(self, step: str, outcome: str, error: str) -> None:
        for rec in reversed(self.calls):
            if rec.step == step:
                rec.outcome, rec.error = outcome, _one_line(error, 300)
                return

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return max(0.0, min(retry_after, self.max_retry_after_s))
        base = min(self.backoff_max_s, self.backoff_base_s * (2 ** (attempt - 1)))
        return base * (0.5 + self._rng.random())  # jitter: 50 %–150 % of the exponential step

    def _failure_reason(self, info: _ErrorInfo, attempts: int, err: str) -> str:
        n = f"{attempts} attempt" + ("s" if attempts != 1 else "")
        url = self.endpoint
        if info.kind == "connection":
            return f"LLM endpoint unreachable at {url} after {n}: {err}"
        if info.kind == "timeout":
            return f"LLM endpoint at {url} timed out (limit {self.timeout_s:g} s) after {n}: {err}"
        if info.kind == "rate_limit":
            return f"LLM endpoint at {url} kept answering HTTP 429 (rate limited) after {n}: {err}"
        if info.kind == "server_error":
            return f"LLM endpoint at {url} failed with HTTP {info.status} after {n}: {err}"
        if info.status is not None:
            return f"LLM endpoint at {url} rejected the request with HTTP {info.status}: {err}"
        return f"LLM call to {url} failed: {err}"

    # ------------------------------------------------------------------ prompt parts

    def _question_block(self, q: Question, *, local: bool) -> str:
        text_local = ""
        if local and getattr(q, "text_nl", ""):
            text_local = P.QUESTION_TEXT_LOCAL.format(text=q.text_nl)
        return P.QUESTION_BLOCK.format(
            id=q.id,
            kind=P.QUESTION_KIND_EXCEPTION if getattr(q, "exception", False) else "",
            text=q.text_en,
            text_local=text_local,
            guidance=_truncate(_one_line(q.guidance_en, 100_000), self.max_guidance_chars) or "-",
            refs=", ".join(getattr(q, "refs", ()) or ()) or "-",
        )

    def _passages_block(self, questions: Sequence[Question], passages: dict[str, list[Any]]) -> str:
        """Distinct legal passages: in each round every question adds its best passage not shown
        yet (the pipeline often gives all questions of a practice the same ranked hit list), for
        ``passages_per_question`` rounds, at most ``max_passages`` in all, each truncated."""
        seen: set[str] = set()
        picked: list[tuple[str, Any]] = []
        pointers = {q.id: 0 for q in questions}
        for _round in range(self.passages_per_question):
            for q in questions:
                hits = list(passages.get(q.id) or [])
                while pointers[q.id] < len(hits):
                    hit = hits[pointers[q.id]]
                    pointers[q.id] += 1
                    unit_id = str(_attr(hit, "unit_id") or _attr(hit, "id") or "?")
                    if unit_id not in seen:
                        seen.add(unit_id)
                        picked.append((unit_id, hit))
                        break
        lines = [
            P.PASSAGE_BLOCK.format(
                unit_id=unit_id,
                title=_one_line(str(_attr(hit, "title") or ""), 160),
                text=_truncate(_one_line(str(_attr(hit, "text") or ""), 100_000), self.max_passage_chars),
            )
            for unit_id, hit in picked[: self.max_passages]
        ]
        return "\n".join(lines) if lines else P.NO_PASSAGES

    def _document_block(
        self, doc: Document, questions: Sequence[Question], chunks: list[DocChunk]
    ) -> tuple[str, str]:
        spans = select_chunks(doc, questions, chunks, self.max_doc_chars)
        parts = []
        for label, text in spans:
            parts.append(P.CHUNK_BLOCK.format(label=label, text=text))
        body = "\n\n".join(parts) if parts else P.EMPTY_DOCUMENT
        nonce = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        return nonce, body


# --------------------------------------------------------------------------- building models


def _build_chat_model(settings: LLMSettings, *, max_tokens: int) -> BaseChatModel:
    if not settings.base_url or not settings.model:
        raise LLMConfigError(
            "No LLM endpoint configured: set SCREENER_LLM_BASE_URL and SCREENER_LLM_MODEL "
            "or use --extractor offline"
        )
    if settings.provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            base_url=settings.base_url,
            model=settings.model,
            temperature=settings.temperature,
            num_predict=max_tokens,
            client_kwargs={"timeout": settings.timeout_s},
        )
    from langchain_openai import ChatOpenAI

    kwargs: dict[str, Any] = {}
    if not _is_openai_cloud(settings.base_url):
        # llama.cpp-style servers read max_tokens; ChatOpenAI sends max_completion_tokens.
        kwargs["extra_body"] = {"max_tokens": max_tokens}
    api_key = settings.api_key or "not-needed"  # local servers ignore the key
    return ChatOpenAI(
        base_url=settings.base_url,
        model=settings.model,
        api_key=api_key,
        timeout=settings.timeout_s,
        max_retries=0,  # retries are ours (backoff, Retry-After, safe-side failure)
        temperature=settings.temperature,
        max_tokens=max_tokens,
        **kwargs,
    )


def _is_openai_cloud(base_url: str | None) -> bool:
    return base_url is None or "api.openai.com" in base_url


def _resolve_mode(requested: str, chat_model: BaseChatModel, base_url: str | None) -> str:
    if requested != "auto":
        return requested
    cls_names = {c.__name__ for c in type(chat_model).__mro__}
    if "BaseChatOpenAI" in cls_names:
        url = base_url or _endpoint_of(chat_model)
        return "json_schema" if _is_openai_cloud(url) else "json_mode"
    if "ChatOllama" in cls_names:
        return "json_schema"
    has_tools = type(chat_model).bind_tools is not BaseChatModel.bind_tools
    has_structured = type(chat_model).with_structured_output is not BaseChatModel.with_structured_output
    if has_structured:
        return "json_schema"
    return "function_calling" if has_tools else "none"


def _model_name(chat_model: BaseChatModel) -> str | None:
    for attr in ("model_name", "model"):
        value = getattr(chat_model, attr, None)
        if isinstance(value, str) and value:
            return value
    return None


def _endpoint_of(chat_model: BaseChatModel) -> str | None:
    for attr in ("openai_api_base", "base_url"):
        value = getattr(chat_model, attr, None)
        if isinstance(value, str) and value:
            return value
    return None


# --------------------------------------------------------------------------- error handling


_RETRYABLE_STATUS = {408, 409, 425, 429}


def _classify(exc: BaseException) -> _ErrorInfo:
    """Sort an exception from any backend into a retry decision (no hard dependency on a client)."""
    status = _status_of(exc)
    names = {c.__name__ for c in type(exc).__mro__}
    text = str(exc).lower()
    if status is None:
        if names & {"APITimeoutError", "TimeoutException", "TimeoutError"} or "timed out" in text:
            return _ErrorInfo("timeout", True)
        if names & {"APIConnectionError", "ConnectError", "NetworkError", "RemoteProtocolError",
                    "TransportError", "ConnectionError", "ProtocolError", "ProxyError"}:
            return _ErrorInfo("connection", True)
        return _ErrorInfo("error", False)
    retry_after = _retry_after_of(exc)
    if status == 429:
        return _ErrorInfo("rate_limit", True, status, retry_after)
    if status >= 500:
        return _ErrorInfo("server_error", True, status, retry_after)
    if status in _RETRYABLE_STATUS:
        return _ErrorInfo("server_error", True, status, retry_after)
    if status in (400, 422):
        return _ErrorInfo("bad_request", False, status)
    if status in (401, 403):
        return _ErrorInfo("auth", False, status)
    return _ErrorInfo("http", False, status)


def _status_of(exc: BaseException) -> int | None:
    for obj in (exc, getattr(exc, "response", None)):
        code = getattr(obj, "status_code", None)
        if isinstance(code, int):
            return code
    return None


def _retry_after_of(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return float(ms) / 1000.0
        value = headers.get("retry-after")
    except Exception:  # noqa: BLE001 - odd header containers
        return None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _mentions_structured(exc: BaseException) -> bool:
    text = str(exc).lower()
    body = getattr(exc, "body", None)
    if body is not None:
        text += " " + str(body).lower()
    return any(w in text for w in ("response_format", "json_schema", "json_object", "tool", "function"))


# --------------------------------------------------------------------------- parsing replies


def _split_output(out: Any) -> tuple[BaseMessage | None, Any]:
    if isinstance(out, dict) and "raw" in out:
        return out.get("raw"), out.get("parsed")
    if isinstance(out, BaseMessage):
        return out, None
    return None, out


def _message_text(msg: BaseMessage | None) -> str:
    if msg is None:
        return ""
    content = msg.content
    if isinstance(content, str):
        return content
    parts = []
    for block in content or []:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") in (None, "text") and "text" in block:
            parts.append(str(block["text"]))
    return "".join(parts)


def _tool_args_text(msg: BaseMessage | None) -> str:
    calls = getattr(msg, "tool_calls", None) or []
    if calls:
        try:
            return json.dumps(calls[0].get("args"), ensure_ascii=False)
        except (TypeError, ValueError):
            return ""
    return ""


def _interpret(raw: BaseMessage | None, parsed: Any, ids: list[str]) -> dict[str, Fact]:
    """Turn a reply into facts by question id, or raise ``_ParseError``."""
    candidates: list[Any] = []
    if isinstance(parsed, BaseModel):
        candidates.append(parsed.model_dump())
    elif isinstance(parsed, dict | list):
        candidates.append(parsed)
    for call in getattr(raw, "tool_calls", None) or []:
        if isinstance(call, dict) and isinstance(call.get("args"), dict):
            candidates.append(call["args"])
    error: _ParseError | None = None
    for obj in candidates:
        try:
            return facts_from_payload(obj, ids)
        except _ParseError as exc:
            error = exc
    text = _message_text(raw)
    if not text.strip():
        raise error or _ParseError("the reply was empty")
    return facts_from_payload(parse_json_reply(text), ids)


_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)


def parse_json_reply(text: str) -> Any:
    """JSON from a model's text reply: tolerates code fences, chatter before/after, think blocks."""
    text = _THINK.sub("", text).strip()
    if not text:
        raise _ParseError("the reply was empty")
    try:
        return json.loads(text)
    except ValueError:
        pass
    for block in _FENCE.findall(text):
        try:
            return json.loads(block.strip())
        except ValueError:
            continue
    decoder = json.JSONDecoder()
    found: list[Any] = []
    for m in re.finditer(r"[\[{]", text):
        try:
            obj, _ = decoder.raw_decode(text, m.start())
        except ValueError:
            continue
        if isinstance(obj, dict) and "answers" in obj:
            return obj
        if isinstance(obj, list | dict):
            found.append(obj)
    if found:
        return max(found, key=lambda o: len(json.dumps(o)))
    raise _ParseError(f"no JSON object found in the reply (starts {text[:80]!r})")


_VALUE_WORDS: dict[str, FactValue] = {
    "yes": "yes", "y": "yes", "true": "yes", "ja": "yes",
    "no": "no", "n": "no", "false": "no", "nee": "no",
    "unknown": "unknown", "unclear": "unknown", "onbekend": "unknown", "n/a": "unknown",
    "not stated": "unknown", "none": "unknown", "null": "unknown", "": "unknown",
}


def facts_from_payload(obj: Any, ids: Iterable[str]) -> dict[str, Fact]:
    """Validate a decoded reply leniently: unknown ids ignored, invalid values → unknown."""
    wanted = list(ids)
    items = _answer_items(obj)
    out: dict[str, Fact] = {}
    for item in items:
        qid = str(item.get("question_id") or item.get("id") or item.get("question") or "").strip()
        qid = qid.strip("[]")
        if qid not in wanted or qid in out:
            continue
        raw_value = item.get("value", item.get("answer"))
        key = str(raw_value).strip().lower() if raw_value is not None else ""
        value = _VALUE_WORDS.get(key)
        rationale = _one_line(str(item.get("rationale") or item.get("reason") or ""), 500)
        if value is None:
            value = "unknown"
            rationale = _one_line(f"invalid value {raw_value!r} from the model; {rationale}", 500)
        out[qid] = Fact(condition_id=qid, value=value, quotes=_quotes(item.get("quotes")), rationale=rationale)
    if not out:
        raise _ParseError(
            "the reply had no answers for the question ids asked "
            f"({', '.join(wanted)}); expected {P.SCHEMA_HINT}"
        )
    return out


def _answer_items(obj: Any) -> list[dict]:
    if isinstance(obj, dict):
        for key in ("answers", "facts", "results"):
            if isinstance(obj.get(key), list):
                return [i for i in obj[key] if isinstance(i, dict)]
        if "question_id" in obj:
            return [obj]
        # {"a.technique": {...} or "yes", ...}
        items = []
        for key, val in obj.items():
            if isinstance(val, dict):
                items.append({"question_id": key, **val})
            elif isinstance(val, str):
                items.append({"question_id": key, "value": val})
        if items:
            return items
        raise _ParseError("the JSON object has no 'answers' list")
    if isinstance(obj, list):
        return [i for i in obj if isinstance(i, dict)]
    raise _ParseError(f"expected a JSON object, got {type(obj).__name__}")


# Placeholders small models put in the quotes list instead of leaving it empty.
_NOT_QUOTES = frozenset({*_VALUE_WORDS, "quote", "quotes", "...", "-", "none given"})


def _quotes(raw: Any) -> list[Quote]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    out: list[Quote] = []
    seen: set[str] = set()
    for q in raw if isinstance(raw, list) else []:
        if isinstance(q, dict):
            q = q.get("text")
        if not isinstance(q, str):
            continue
        text = q.strip()
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
            text = text[1:-1].strip()
        if not text or text in seen or text.lower() in _NOT_QUOTES:
            continue
        seen.add(text)
        out.append(Quote(text=text[:1000]))
        if len(out) >= 5:
            break
    return out


# --------------------------------------------------------------------------- document selection


_WORD = re.compile(r"[^\W\d_]{3,}", re.U)


def _terms(text: str) -> set[str]:
    """Crude stems: lower-cased words of 3+ letters, stopwords out, cut at 6 letters."""
    return {w[:6] for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in P.STOPWORDS}


def select_chunks(
    doc: Document, questions: Sequence[Question], chunks: list[DocChunk], max_chars: int
) -> list[tuple[str, str]]:
    """Pick the document chunks most related to the questions, within ``max_chars``.

    Short documents are given whole. Otherwise chunks are ranked by idf-weighted overlap of crude
    word stems with the questions and guidance (both languages); the first chunk (usually the
    summary) gets a bonus. Picked chunks are shown in document order, and overlapping neighbours
    are merged into one verbatim span. Returns (label, text) pairs.
    """
    if not chunks:
        return []
    total = sum(len(c.text) for c in chunks)
    if total <= max_chars:
        picked = list(chunks)
    else:
        query: set[str] = set()
        for q in questions:
            for attr in ("text_en", "text_nl", "guidance_en", "guidance_nl"):
                query |= _terms(str(getattr(q, attr, "") or ""))
        chunk_terms = [_terms(c.text) for c in chunks]
        n = len(chunks)
        df: dict[str, int] = {}
        for terms in chunk_terms:
            for t in terms & query:
                df[t] = df.get(t, 0) + 1
        scores = []
        for i, terms in enumerate(chunk_terms):
            s = sum(math.log(1 + n / df[t]) for t in terms & query)
            if i == 0:
                s = s * 1.5 + 1.0
            scores.append((s, -i))
        order = sorted(range(n), key=lambda i: scores[i], reverse=True)
        picked, used = [], 0
        for i in order:
            c = chunks[i]
            if used + len(c.text) > max_chars and picked:
                continue
            picked.append(c)
            used += len(c.text)
        picked.sort(key=lambda c: c.start)
    return _merge_spans(doc, picked, max_chars)


def _merge_spans(doc: Document, picked: list[DocChunk], max_chars: int) -> list[tuple[str, str]]:
    exact = all(doc.text[c.start : c.end] == c.text for c in picked)
    groups: list[list[DocChunk]] = []
    for c in picked:
        if exact and groups and c.start <= groups[-1][-1].end:
            groups[-1].append(c)
        else:
            groups.append([c])
    out: list[tuple[str, str]] = []
    budget = max_chars
    for g in groups:
        if len(g) == 1:
            label = P.CHUNK_LABEL.format(chunk_id=g[0].chunk_id)
            text = g[0].text
        else:
            label = P.CHUNK_LABEL_RANGE.format(first=g[0].chunk_id, last=g[-1].chunk_id)
            text = doc.text[g[0].start : max(c.end for c in g)]
        if g[0].page is not None:
            label += P.CHUNK_LABEL_PAGE.format(page=g[0].page)
        if len(text) > budget:
            if out:
                break
            text = text[:budget] + P.TRUNCATED
        budget -= len(text)
        out.append((label, text))
    return out


def _fallback_chunks(doc: Document, size: int = 1500) -> list[DocChunk]:
    from ingest.models import DocChunk

    text = doc.text or ""
    return [
        DocChunk(chunk_id=f"w{i}", text=text[s : s + size], start=s, end=min(len(text), s + size),
                 page=doc.page_at(s))
        for i, s in enumerate(range(0, len(text), size))
    ]


# --------------------------------------------------------------------------- small helpers


def _chunks_of(context: Any, doc: Document) -> list[DocChunk]:
    chunks = list(getattr(context, "chunks", None) or [])
    return chunks or _fallback_chunks(doc)


def _passages_of(context: Any) -> dict[str, list[Any]]:
    passages = getattr(context, "passages", None)
    return passages if isinstance(passages, dict) else {}


def _attr(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _step_of(question_id: str) -> str:
    return question_id.split(".", 1)[0]


def _group_by_step(questions: Sequence[Question]) -> list[tuple[str, list[Question]]]:
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(_step_of(q.id), []).append(q)
    return list(groups.items())


def _one_line(text: str, limit: int) -> str:
    return _truncate(" ".join(str(text).split()), limit)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 5)].rstrip() + P.TRUNCATED

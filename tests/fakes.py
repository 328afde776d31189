"""Test doubles shared by several test folders (never by the product).

- ``HashEmbedder``: a deterministic embedder, so tests can build a small legal index in seconds
  without the model (BM25 still ranks; dense scores are noise).
- ``completion`` and ``send_json``: the replies of the local OpenAI-style HTTP servers that the
  LLM tests talk to through the real client.
"""

from __future__ import annotations

import hashlib
import json
from http.server import BaseHTTPRequestHandler

import numpy as np


class HashEmbedder:
    """A hash of the text seeds a random unit vector: same text, same vector, no model."""

    def __init__(self, name: str = "test-hash-32", dim: int = 32) -> None:
        self.name, self.dim = name, dim

    def embed(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
            v = np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, self.dim), np.float32)


def completion(content: str, *, usage: tuple[int, int] = (321, 45)) -> dict:
    """An OpenAI chat-completion object whose one choice says ``content``."""
    prompt, answer = usage
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "tiny-test",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": answer, "total_tokens": prompt + answer},
    }


def send_json(handler: BaseHTTPRequestHandler, status: int, payload: object, headers: dict[str, str]) -> None:
    """Write a JSON reply; a client that timed out and went away is not an error of the server."""
    data = json.dumps(payload).encode()
    try:
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        for k, v in headers.items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass

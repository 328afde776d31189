"""Helpers shared by the source parsers: front matter, text clean-up, YAML loading."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import yaml

#: Bump when parsing changes the units produced from the same files (feeds ``corpus_version``).
PARSER_VERSION = "1"

try:  # the C loader is ~10x faster; fall back to the pure-Python one
    _SafeLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _SafeLoader = yaml.SafeLoader


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - safe loader


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return ``(front_matter, body)`` for a file starting with a ``---`` YAML block."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    meta = load_yaml(text[3:end]) or {}
    body_start = text.find("\n", end + 4)
    body = text[body_start + 1 :] if body_start >= 0 else ""
    return meta, body


def read_source(path: Path) -> tuple[dict[str, Any], str]:
    return split_front_matter(path.read_text(encoding="utf-8"))


_FOOTNOTE_REF = re.compile(r"\s?\[\^\d+\]")


def strip_footnote_refs(text: str) -> str:
    """Remove markdown footnote references ``[^12]`` (not part of the legal wording)."""
    return _FOOTNOTE_REF.sub("", text)


_TAG = re.compile(r"<[^>]+>")
_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</\s*(p|div|li|ul|ol|h\d)\s*>", re.IGNORECASE)
_LI = re.compile(r"<\s*li[^>]*>", re.IGNORECASE)


def strip_html(text: str) -> str:
    """Turn small HTML fragments (``<br>``, ``<strong>``, lists) into plain text lines."""
    text = _BR.sub("\n", text)
    text = _LI.sub("\n", text)
    text = _BLOCK_END.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = text.replace("\t", " ")
    lines = [re.sub(r"[ \u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return normalise_blank_lines("\n".join(lines))


def normalise_blank_lines(text: str) -> str:
    """Strip trailing spaces, collapse runs of blank lines, trim the ends."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if not ln and (not out or not out[-1]):
            continue
        out.append(ln)
    return "\n".join(out).strip()

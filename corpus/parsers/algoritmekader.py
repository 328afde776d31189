"""Dutch Algoritmekader pages (MinBZK, EUPL-1.2): non-binding guidance that paraphrases the Act.

One unit per file, ``nl-algoritmekader.<file stem>`` (text = the whole page), plus one unit per
``##`` section, ``nl-algoritmekader.<stem>.<n>`` (n = 1, 2, … over the non-empty sections in
file order, the text before the first ``##`` included), when a page has two or more sections.
Markdown and MkDocs markup are reduced to plain text: links keep their label, HTML tags and
comments go, admonitions (``!!! tip "Titel"``) keep their title and body, table rows become
``cell: cell``, list bullets lose their ``-``/``*``. The boilerplate "Help ons deze pagina te
verbeteren" section is dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus.models import VERSION_OJ, Unit
from corpus.parsers.common import normalise_blank_lines, read_source, strip_html

PREFIX = "nl-algoritmekader"
SITE = "https://minbzk.github.io/Algoritmekader/"
_DROP_SECTIONS = {"help ons deze pagina te verbeteren"}

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_ATTR = re.compile(r"\s*\{[^{}]*\}\s*$")
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s*\w+(?:\s+"([^"]*)")?\s*$')
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_EMPH = re.compile(r"(\*\*|__)(.+?)\1")


def page_url(source_path: str | None) -> str:
    """MkDocs URL of a page: ``docs/a/b.md`` → ``…/Algoritmekader/a/b/``."""
    if not source_path:
        return SITE
    p = source_path.removeprefix("docs/")
    p = p[:-3] if p.endswith(".md") else p
    p = p.removesuffix("index")
    return SITE + (p.rstrip("/") + "/" if p else "")


def _clean_line(line: str) -> str | None:
    raw = line.rstrip()
    stripped = raw.strip()
    if not stripped:
        return ""
    m = _ADMONITION.match(stripped)
    if m:
        return m.group(1) or None
    if _TABLE_SEP.match(stripped):
        return None
    if stripped.startswith("|"):
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        cells = [c for c in cells if c]
        stripped = ": ".join(cells)
    stripped = _BULLET.sub("", stripped)
    stripped = _IMAGE.sub("", stripped)
    stripped = _LINK.sub(r"\1", stripped)
    stripped = _ATTR.sub("", stripped)
    stripped = _EMPH.sub(r"\2", stripped)
    if "<" in stripped or "&" in stripped:
        stripped = strip_html(stripped).replace("\n", " ")
    return stripped.strip()


def _clean_block(lines: list[str]) -> str:
    out: list[str] = []
    for i, ln in enumerate(lines):
        # a table's header row is the row right before the |---| separator: drop it
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if ln.strip().startswith("|") and _TABLE_SEP.match(nxt):
            continue
        cleaned = _clean_line(ln)
        if cleaned is None:
            continue
        out.append(cleaned)
    return normalise_blank_lines("\n".join(out))


def parse_algoritmekader_file(path: Path, rel: str) -> list[Unit]:
    meta, body = read_source(path)
    src = meta.get("corpus_source") or {}
    url = page_url(src.get("path"))
    body = _COMMENT.sub("", body)

    page_title = str(meta.get("title") or path.stem)
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in body.split("\n"):
        if line.startswith("# ") and not sections[0][1] and len(sections) == 1:
            page_title = _ATTR.sub("", line[2:]).strip() or page_title
            continue
        if line.startswith("## "):
            sections.append((_ATTR.sub("", line[3:]).strip(), []))
            continue
        if line.startswith("#"):
            heading = _ATTR.sub("", line.lstrip("#")).strip()
            sections[-1][1].append(heading)
            continue
        sections[-1][1].append(line)

    cleaned: list[tuple[str, str]] = []
    for heading, lines in sections:
        if heading.lower() in _DROP_SECTIONS:
            continue
        text = _clean_block(lines)
        if text:
            cleaned.append((heading, text))

    stem = path.stem
    whole_parts = [f"{h}\n{t}" if h else t for h, t in cleaned]
    whole = normalise_blank_lines("\n\n".join(whole_parts))
    base = dict(
        lang="nl",
        kind="guidance",
        binding=False,
        source_file=rel,
        eurlex_url=url,
        text_version=VERSION_OJ,
        applies_from=None,
    )
    whole_id = f"{PREFIX}.{stem}"
    units = [
        Unit(
            id=whole_id,
            title=f"Algoritmekader: {page_title}",
            heading_path=[page_title],
            text=whole or page_title,
            parent=None,
            **base,  # type: ignore[arg-type]
        )
    ]
    if len(cleaned) >= 2:
        for n, (heading, text) in enumerate(cleaned, start=1):
            h = heading or page_title
            units.append(
                Unit(
                    id=f"{whole_id}.{n}",
                    title=f"Algoritmekader: {page_title} — {h}",
                    heading_path=[page_title, h] if heading else [page_title],
                    text=text,
                    parent=whole_id,
                    **base,  # type: ignore[arg-type]
                )
            )
    return units

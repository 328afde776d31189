"""Commission guidelines C(2025) 5052 (prohibited practices) and C(2025) 5053 (AI system definition).

The files are a PDF-to-text extraction: one block per line, ``##`` section headings (reliable, but
long headings wrap onto the next line), numbered paragraphs ``(N) …`` (reliable), and page-break
debris in between (footnote numbers, footnote texts, half sentences). Rules:

- A paragraph starts at a line ``(N) …`` only when N is the previous number + 1; any other
  ``(N)`` line is body text (or, right after a heading, the heading's wrapped tail such as
  ``(7) AI ACT)``).
- A heading's wrapped tail is the next line when it is a single short line that starts in lower
  case, is written in capitals, or completes a heading that ends on a dangling word ("… AI" +
  "Act").
- A number-only line ``(3) (4)`` gives its numbers to the last k unnumbered blocks of the current
  paragraph that start with an upper-case letter and are not list items (the PDF put the numbers
  of consecutive short paragraphs on one line after the text).
- Markdown bullets lose their ``- `` (other bullet characters such as ``•`` are kept).
- Lines holding only footnote numbers (``2 3``, ``156 157 158``) are dropped. Footnote texts that
  the PDF interleaved stay in the paragraph text (documented limitation).
- A short line ``a) Title`` directly followed by the next paragraph is a lettered sub-heading:
  it is added to the ``heading_path`` of the paragraphs after it (until the next heading).
- Unnumbered text between a heading and the section's first paragraph (e.g. the quoted Article)
  becomes a unit ``<prefix>.sec-<section number>``, so that no text is lost or misattributed.

Units: ``gl-prohibited.N`` / ``gl-definition.N`` (paragraph text without its ``(N)`` number),
``heading_path`` = the chain of section headings (+ lettered sub-heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from corpus.models import VERSION_OJ, Unit
from corpus.parsers.common import read_source

_PARA = re.compile(r"^\((\d+)\)\s*")
_NUMBER_ONLY = re.compile(r"^(?:\(\d+\)\s*)+$")
_FOOTNOTE_NUMBERS = re.compile(r"^\d{1,3}(?:\s+\d{1,3})*$")
_LIST_ITEM = re.compile(r"^(?:\(?[ivxlc]+\)|\(?[a-z]\)|[-•*–—]\s)")
_SUBHEADING = re.compile(r"^[a-z]\)\s+[A-Z‘'“\"]")
_HEADING_NUM = re.compile(r"^((?:\d+)(?:\.\d+)*)\.?\s+")
_HEADING_ROMAN = re.compile(r"^([IVX]+)\s+")
_DANGLING = {"ai", "and", "or", "of", "the", "to", "for", "a", "an", "in", "on", "with", "by", "–", "-"}


@dataclass(frozen=True)
class GuidelineDoc:
    prefix: str  # id prefix, e.g. "gl-prohibited"
    short: str  # used in titles


DOCS: dict[str, GuidelineDoc] = {
    "ec-guidelines-prohibited-ai-practices-C2025-5052.md": GuidelineDoc(
        "gl-prohibited", "Commission Guidelines on prohibited AI practices, C(2025) 5052"
    ),
    "ec-guidelines-ai-system-definition-C2025-5053.md": GuidelineDoc(
        "gl-definition", "Commission Guidelines on the AI system definition, C(2025) 5053"
    ),
}


@dataclass
class _Para:
    number: int | None  # None: section intro
    section: str  # section number ("4.2") for intro ids
    heading_path: list[str]
    blocks: list[str] = field(default_factory=list)


def _is_heading_tail(heading: str, line: str, expected: int) -> bool:
    if line.startswith("#") or len(line) > 100 or _SUBHEADING.match(line):
        return False
    m = _PARA.match(line)
    if m and int(m.group(1)) == expected:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    if letters[0].islower():
        return True
    if all(c.isupper() for c in letters):
        return True
    last = heading.split()[-1].lower() if heading.split() else ""
    return last in _DANGLING and len(line) <= 60 and not line.rstrip().endswith((".", ":", ";"))


def _heading_level(text: str, has_roman: bool) -> int:
    if _HEADING_ROMAN.match(text):
        return 1
    m = _HEADING_NUM.match(text)
    if m:
        return m.group(1).count(".") + 1 + (1 if has_roman else 0)
    return 99


def _section_number(text: str) -> str:
    m = _HEADING_ROMAN.match(text) or _HEADING_NUM.match(text)
    return m.group(1) if m else re.sub(r"\W+", "-", text.lower()).strip("-")[:40]


def _starts_upper(block: str) -> bool:
    for ch in block:
        if ch.isalpha():
            return ch.isupper()
        if not (ch in "‘'“\"(" or ch.isspace()):
            return False
    return False


def parse_guideline_file(path: Path, rel: str) -> list[Unit]:
    doc = DOCS[path.name]
    meta, body = read_source(path)
    url = meta.get("official_url")
    lines = [ln.strip() for ln in body.split("\n")]
    lines = [ln for ln in lines if ln]
    has_roman = any(ln.startswith("## ") and _HEADING_ROMAN.match(ln[3:]) for ln in lines)

    paras: list[_Para] = []
    stack: list[tuple[int, str]] = []  # (level, heading text)
    subheading: str | None = None
    current: _Para | None = None  # paragraph receiving unnumbered blocks
    last = 0
    started = False  # skip the cover text before the first "##" heading

    def path_now() -> list[str]:
        hp = [t for _, t in stack]
        return [*hp, subheading] if subheading else hp

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if line.startswith("## "):
            heading = line[3:].strip()
            while i < n and _is_heading_tail(heading, lines[i], last + 1):
                heading = f"{heading} {lines[i]}"
                i += 1
            level = _heading_level(heading, has_roman)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            subheading = None
            started = True
            current = _Para(None, _section_number(heading), path_now())
            paras.append(current)
            continue
        if not started or line.startswith("#"):
            continue
        if _FOOTNOTE_NUMBERS.match(line):
            continue
        if _NUMBER_ONLY.match(line):
            nums = [int(x) for x in re.findall(r"\d+", line)]
            while i < n and _NUMBER_ONLY.match(lines[i]):  # "(3) (4)" + "(5) (6)": one group
                nums += [int(x) for x in re.findall(r"\d+", lines[i])]
                i += 1
            if current is not None and nums == list(range(last + 1, last + 1 + len(nums))):
                split = _assign_numbers(current, nums)
                if split:
                    paras.extend(split)
                    current = split[-1]
                    last = nums[-1]
            continue
        m = _PARA.match(line)
        if m and int(m.group(1)) == last + 1:
            last += 1
            current = _Para(last, "", path_now(), [line[m.end() :].strip()])
            paras.append(current)
            continue
        if _SUBHEADING.match(line) and len(line) <= 120 and not line.endswith((".", ";", ":", ",")):
            j = i
            tail = ""
            if j < n and lines[j][:1].islower() and len(lines[j]) <= 80:
                tail = " " + lines[j]
                j += 1
            nxt = _PARA.match(lines[j]) if j < n else None
            if nxt and int(nxt.group(1)) == last + 1:
                subheading = line + tail
                i = j
                continue
        if current is not None:
            current.blocks.append(line)

    units: list[Unit] = []
    seen: set[str] = set()
    for p in paras:
        text = "\n".join(b[2:] if b.startswith("- ") else b for b in p.blocks if b).strip()
        if not text:
            continue
        if p.number is not None:
            uid = f"{doc.prefix}.{p.number}"
            title = f"{doc.short}, paragraph ({p.number})"
        else:
            uid = f"{doc.prefix}.sec-{p.section}"
            title = f"{doc.short}, section {p.section} (introductory text)"
            if uid in seen:  # two unnumbered headings with the same slug: keep ids unique
                k = 2
                while f"{uid}-{k}" in seen:
                    k += 1
                uid = f"{uid}-{k}"
        seen.add(uid)
        units.append(
            Unit(
                id=uid,
                lang="en",
                kind="guideline",
                binding=False,
                title=title,
                heading_path=p.heading_path,
                text=text,
                source_file=rel,
                eurlex_url=str(url) if url else None,
                text_version=VERSION_OJ,
                applies_from=None,
                parent=None,
            )
        )
    return units


def _assign_numbers(current: _Para, nums: list[int]) -> list[_Para] | None:
    """Split ``current`` so that its last k upper-case, non-list blocks start paragraphs ``nums``.

    The first block of a numbered paragraph is its own opening sentence and is never a candidate.
    Returns the new paragraphs, or None (numbers ignored) when there are too few candidates.
    """
    first = 1 if current.number is not None else 0
    cands = [
        j
        for j in range(first, len(current.blocks))
        if _starts_upper(current.blocks[j]) and not _LIST_ITEM.match(current.blocks[j])
    ]
    k = len(nums)
    if len(cands) < k:
        return None
    starts = cands[-k:]
    bounds = [*starts, len(current.blocks)]
    new = [
        _Para(num, "", list(current.heading_path), current.blocks[bounds[t] : bounds[t + 1]])
        for t, num in enumerate(nums)
    ]
    del current.blocks[starts[0] :]
    return new

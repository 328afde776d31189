"""Split a Document into sentences with exact offsets: ``doc.text[q.start:q.end] == q.text``.

Rules, applied within each segment (a segment boundary always ends a sentence):

* a blank line ends a sentence;
* a bullet or numbered list item ("- ", "• ", "1. ", "2.1 ", "a) ", "(iii) ") and a Markdown
  heading ("## ...") start a new sentence; the bullet glyph or "#" marks are left out of the quote
  (numbers are kept: "3. Doel" quotes as written);
* a heading line (short, no closing punctuation, first line or after a finished sentence,
  followed by a line that starts with a capital or digit) is a sentence of its own; so is a
  bullet line followed by such a line, and a line ending with a colon or semicolon ends a
  sentence;
* otherwise ``.``, ``!``, ``?`` or ``…`` (optionally followed by closing quotes/brackets) and
  whitespace end a sentence when the next character is a capital, a digit, an opening
  quote/bracket or a bullet, unless the word before the full stop is a known abbreviation
  ("bijv.", "e.g.", "art. 5", "o.a."), an initial ("J. Jansen"), or a list number at the start of
  a line;
* a "sentence" longer than ``MAX_SENTENCE_CHARS`` (tables, text without punctuation) is cut at
  line breaks, semicolons, commas or spaces.
"""

from __future__ import annotations

import re

from ingest.models import Document
from screener.facts.model import Quote

MAX_SENTENCE_CHARS = 1000

# Abbreviations (lower case, without the final full stop) that never end a sentence ...
ABBREVIATIONS = frozenset(
    """
    bijv bv b.v vb vgl o.a m.b.t t.a.v t.b.v i.v.m i.p.v m.u.v d.w.z m.a.w z.g.a.n zgn resp ca
    dhr mevr mw drs ir ing prof dr jl jan feb mrt apr jun jul aug sep sept okt nov dec incl excl
    evt o.b.v n.a.v t.o.v v.w.b a.d.h.v i.o.m e.d e.a c.q d.d a.s j.l stb stcrt mr mrs ms jr sr
    e.g i.e cf vs viz approx inc ltd corp dept est al u.s u.k e.u st oct mar
    """.split()
)
# ... and abbreviations that do not end a sentence when a number follows ("art. 5", "p. 12").
ABBREVIATIONS_BEFORE_NUMBER = frozenset(
    "art artt no nos nr nrs p pp par para sec ch chap vol fig figs lid blz hfdst tab bijl ref refs".split()
)

_BULLET_GLYPHS = "-*•·‣▪◦–—●○■□➢►✓✔➤→"
_BULLET_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?P<glyph>[" + re.escape(_BULLET_GLYPHS) + r"])[ \t]+"
    r"|(?P<md>\#{1,6})[ \t]+"
    r"|(?P<num>\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|[a-z][.)]"
    r"|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)|[ivx]{1,5}[.)])[ \t]+"
    r")"
)
_END_PUNCT = ".!?…"
_CLOSERS = "\"'”’»)]}"
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]}]*(?=\s)")
_TOKEN_BEFORE = re.compile(r"[\w.]*\w$")
HEADING_MAX_FRACTION = 0.7
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")
_CONTINUATION_WORDS = frozenset(
    "de het een en van in met voor op aan of te die dat the a an of and to in with for or on by that".split()
)


def split_sentences(doc: Document) -> list[Quote]:
    """All sentences of ``doc`` in order, each a Quote with exact text, offsets and page."""
    out: list[Quote] = []
    text = doc.text
    segments = doc.segments or []
    if not segments and text:
        from ingest.models import Segment

        segments = [Segment(text=text, start=0, end=len(text), page=None)]
    for seg in segments:
        for s, e in _segment_spans(text, seg.start, seg.end):
            out.append(Quote(text=text[s:e], start=s, end=e, page=seg.page))
    return out


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within ``text[start:end]`` (one segment's worth of text)."""
    return list(_segment_spans(text, start, len(text) if end is None else end))


# -- implementation ---------------------------------------------------------------------------


def _segment_spans(text: str, seg_start: int, seg_end: int):
    for b_start, b_end, line_start_positions in _blocks(text, seg_start, seg_end):
        for s, e in _punct_split(text, b_start, b_end, line_start_positions):
            for s2, e2 in _cap_length(text, s, e):
                s3, e3 = _trim(text, s2, e2)
                if e3 > s3 and _has_alnum(text, s3, e3):
                    yield s3, e3


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], without the newline."""
    lines = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            lines.append((pos, end))
            break
        lines.append((pos, nl))
        pos = nl + 1
    return lines


def _blocks(text: str, start: int, end: int):
    """Split a segment at hard boundaries; yield (start, end, line starts inside the block)."""
    lines = _lines(text, start, end)
    n = len(lines)
    info = []
    for ls, le in lines:
        stripped = text[ls:le].strip()
        m = _BULLET_LINE.match(text, ls, le) if stripped else None
        kind = None
        if m:
            kind = "glyph" if m.group("glyph") else ("md" if m.group("md") else "num")
        info.append((ls, le, stripped, m, kind))

    max_len = max((len(x[2]) for x in info), default=0)
    breaks_before = [False] * n
    breaks_after = [False] * n
    for i, (_ls, _le, stripped, _m, kind) in enumerate(info):
        if not stripped:
            breaks_before[i] = breaks_after[i] = True
            continue
        if kind:
            breaks_before[i] = True
        nxt = _next_nonblank(info, i)
        next_starts_new = nxt is not None and _starts_new(info[nxt])
        ends_punct = stripped[-1] in _END_PUNCT or (
            stripped[-1] in _CLOSERS and len(stripped) > 1 and stripped[-2] in _END_PUNCT
        )
        if kind == "md":
            breaks_after[i] = True
        elif stripped.endswith((":", ";")):
            breaks_after[i] = True  # "gegevens:" before a list; "item;" ending a list line
        elif kind and not ends_punct and next_starts_new:
            breaks_after[i] = True
        elif not ends_punct and next_starts_new and _is_heading(info, i, breaks_after, max_len):
            breaks_before[i] = breaks_after[i] = True

    block_start: int | None = None
    block_lines: list[int] = []
    for i, (ls, _le, stripped, _m, _k) in enumerate(info):
        if breaks_before[i] and block_start is not None:
            yield block_start, _block_end(info, block_lines), [info[j][0] for j in block_lines]
            block_start, block_lines = None, []
        if not stripped:
            continue
        if block_start is None:
            block_start = ls
        block_lines.append(i)
        if breaks_after[i]:
            yield block_start, _block_end(info, block_lines), [info[j][0] for j in block_lines]
            block_start, block_lines = None, []
    if block_start is not None:
        yield block_start, _block_end(info, block_lines), [info[j][0] for j in block_lines]


def _block_end(info, block_lines) -> int:
    return info[block_lines[-1]][1]


def _next_nonblank(info, i):
    for j in range(i + 1, len(info)):
        if info[j][2]:
            return j
    return None


def _starts_new(line_info) -> bool:
    _ls, _le, stripped, _m, kind = line_info
    if kind:
        return True
    c = stripped[0]
    return c.isupper() or c.isdigit() or c in "\"'“‘«(["


def _is_heading(info, i, breaks_after, max_len) -> bool:
    _ls, _le, stripped, m, kind = info[i]
    if len(stripped) > 100 or len(stripped.split()) > 12:
        return False
    if max_len >= 40 and len(stripped) > HEADING_MAX_FRACTION * max_len:
        return False  # about as long as the wrapped lines around it: a wrapped line, not a heading
    if _INNER_SENTENCE_END.search(stripped):
        return False
    c = stripped[0]
    if not (c.isupper() or c.isdigit()):
        return False
    if stripped[-1] in ",;-–(" or stripped.split()[-1].lower() in _CONTINUATION_WORDS:
        return False
    # The line before must have finished its sentence (or there is none, or it is blank).
    if i == 0:
        return True
    prev = info[i - 1][2]
    if not prev or breaks_after[i - 1]:
        return True
    return prev[-1] in _END_PUNCT or (prev[-1] in _CLOSERS and len(prev) > 1 and prev[-2] in _END_PUNCT)


def _punct_split(text: str, start: int, end: int, line_starts: list[int]):
    """Split a block at sentence-final punctuation."""
    line_start_set = set(line_starts)
    pos = start
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        # next non-space character
        j = cut
        while j < end and text[j].isspace():
            j += 1
        if j >= end:
            continue  # block end: the block itself ends the sentence
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘«([" or nxt in _BULLET_GLYPHS):
            continue
        punct = text[m.start()]
        if punct == "." and not _is_sentence_full_stop(text, m.start(), start, nxt, line_start_set):
            continue
        yield pos, cut
        pos = j
    if pos < end:
        yield pos, end


def _is_sentence_full_stop(text: str, dot: int, block_start: int, nxt: str, line_starts: set[int]) -> bool:
    if dot > block_start and text[dot - 1] == ".":
        return True  # an ellipsis "..."
    tm = _TOKEN_BEFORE.search(text, max(block_start, dot - 40), dot)
    if not tm:
        return True
    token = tm.group(0)
    low = token.lower()
    if low in ABBREVIATIONS:
        return False
    if nxt.isdigit() and low in ABBREVIATIONS_BEFORE_NUMBER:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. Jansen", "A. B. Smit"
    if "." in token:
        parts = token.split(".")
        if all(len(p) <= 3 and p.isalpha() for p in parts):
            return False  # "e.g", "o.a", "U.S", "m.b.t"
    if token.isdigit() and len(token) <= 3:
        # "1." at the start of a line is a list number, not a sentence end
        ts = tm.start()
        k = ts - 1
        while k >= block_start and text[k] in " \t":
            k -= 1
        if k < block_start or text[k] == "\n" or (k + 1) in line_starts:
            return False
    return True


def _cap_length(text: str, s: int, e: int, limit: int = MAX_SENTENCE_CHARS):
    if e - s <= limit:
        yield s, e
        return
    while e - s > limit:
        window = text[s : s + limit]
        cut = -1
        for sep in ("\n", "; ", ", ", " "):
            k = window.rfind(sep, limit // 3)
            if k > 0:
                cut = s + k + len(sep)
                break
        if cut <= s:
            cut = s + limit
        yield s, cut
        s = cut
    if e > s:
        yield s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    m = _BULLET_LINE.match(text, s, e)
    if m and (m.group("glyph") or m.group("md")):
        s = m.end()
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _has_alnum(text: str, s: int, e: int) -> bool:
    return any(ch.isalnum() for ch in text[s:e])

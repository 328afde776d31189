"""Find a quoted passage in a document even when line breaks, hyphenation or typography differ.

Document text keeps line breaks and line-break hyphenation exactly as extracted ("organi-\\nsatie"),
so quotes can be located by offset. A model (or a person) quoting the passage will usually write
"organisatie" on one line, with straight quotes, or with different case. ``find_quote`` first tries
an exact match, then a match on a normalised form (whitespace runs → one space, line-break
hyphenation removed, typographic quotes/dashes unified, case folded) and maps the hit back to
offsets in the original text, so ``text[start:end]`` is the passage as it appears in the document.
"""

from __future__ import annotations

from array import array
from functools import lru_cache

from ingest.models import Document
from screener.facts.model import Quote

_CHAR_MAP = {
    "’": "'",
    "‘": "'",
    "‚": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "\u00a0": " ",
    "…": "...",
}


@lru_cache(maxsize=4)
def normalise_with_map(text: str) -> tuple[str, array]:
    """Normalised text and, per normalised character, its index in ``text``."""
    out: list[str] = []
    idx = array("q")
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "-" and i > 0 and text[i - 1].isalpha():
            # line-break hyphenation: letter "-" [spaces] newline [spaces] lowercase letter
            j = i + 1
            while j < n and text[j] in " \t":
                j += 1
            if j < n and text[j] == "\n":
                j += 1
                while j < n and text[j] in " \t":
                    j += 1
                if j < n and text[j].islower():
                    i = j
                    continue
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                idx.append(i)
            i += 1
            continue
        mapped = _CHAR_MAP.get(c, c)
        low = mapped.lower()
        if len(low) != len(mapped):
            low = mapped
        for ch in low:
            out.append(ch)
            idx.append(i)
        i += 1
    if out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), idx


def _normalise_needle(quote: str) -> str:
    return normalise_with_map(quote.strip())[0]


def find_quote(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of ``quote`` in ``text`` (exact first, then normalised), or None."""
    q = quote.strip()
    if not q:
        return None
    k = text.find(q, start)
    if k >= 0:
        return k, k + len(q)
    hay, index = normalise_with_map(text)
    needle = _normalise_needle(q)
    if not needle:
        return None
    # first normalised position at or after ``start``
    lo = 0
    if start:
        import bisect

        lo = bisect.bisect_left(index, start)
    pos = hay.find(needle, lo)
    if pos < 0:
        return None
    s = index[pos]
    e = index[pos + len(needle) - 1] + 1
    return s, e


def locate_quote(doc: Document, quote: str) -> Quote | None:
    """A Quote with the document's own wording, offsets and page, or None if not found."""
    hit = find_quote(doc.text, quote)
    if hit is None:
        return None
    s, e = hit
    return Quote(text=doc.text[s:e], start=s, end=e, page=doc.page_at(s))

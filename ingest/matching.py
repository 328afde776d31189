"""Find a quoted passage in a document even when line breaks, hyphenation or typography differ.

The one quote matcher of the project: quote verification (``screener.facts.verify``) and the app's
highlighting use it. Document text keeps line breaks and line-break hyphenation as extracted
("organi-\\nsatie"), so a quote is looked up after normalising both sides: whitespace runs
become one space, line-break hyphenation is undone, typographic quotes (‘ ’ “ ” „ ‚ « ») and
dashes (‐ ‑ – — −) are made plain, accents and case are ignored. If that fails, a looser
comparison also ignores all spaces and hyphens (only for quotes of at least 12 such characters).
A quote with an ellipsis ("The system … emotions") is found when its parts occur in order, close
together. An offset map from the normalised to the original text makes the offsets exact:
``text[start:end]`` is the passage as it appears in the document.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

LOOSE_MIN_CHARS = 12
ELLIPSIS_GAP = 600  # max normalised characters between the parts of an elided quote

_QUOTE_CHARS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": "'", "\u203a": "'",
}
_DASHES = set("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\])\s*")
_STRIP = " \t\r\n\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb"


def _fold(ch: str) -> str:
    """Normalise one character: plain quotes/dashes, no accents, case folded."""
    if ch in _QUOTE_CHARS:
        return _QUOTE_CHARS[ch]
    if ch in _DASHES:
        return "-"
    if ch in _INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold()


@dataclass(frozen=True)
class _Normalised:
    text: str
    index: tuple[int, ...]  # original index of each normalised character


def _normalise(text: str, loose: bool = False) -> _Normalised:
    """Normalised text plus, per character, its position in ``text``.

    Strict: whitespace runs → one space; a hyphen at a line break between letters is dropped
    together with the break. Loose: additionally every space and hyphen is dropped.
    """
    out: list[str] = []
    idx: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        folded = _fold(c)
        if folded == "-" and out and out[-1].isalpha():
            # line-break hyphenation: letter - [spaces] newline [spaces] letter
            j = i + 1
            while j < n and text[j] in " \t\r":
                j += 1
            if j < n and text[j] == "\n":
                j += 1
                while j < n and text[j] in " \t\r":
                    j += 1
                if j < n and text[j].isalpha():
                    i = j
                    continue
        if c.isspace():
            if not loose and out and out[-1] != " ":
                out.append(" ")
                idx.append(i)
            i += 1
            continue
        if loose and folded == "-":
            i += 1
            continue
        for ch in folded:
            if ch.isspace():
                if not loose and out and out[-1] != " ":
                    out.append(" ")
                    idx.append(i)
                continue
            out.append(ch)
            idx.append(i)
        i += 1
    while out and out[-1] == " ":
        out.pop()
        idx.pop()
    return _Normalised("".join(out), tuple(idx))


class TextIndex:
    """A document text normalised once (strict and loose), with offset maps, for many look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.strict = _normalise(text)
        self._loose: _Normalised | None = None

    @property
    def loose(self) -> _Normalised:
        if self._loose is None:
            self._loose = _normalise(self.text, loose=True)
        return self._loose

    def find(self, quote: str, hint: int | None = None) -> tuple[int, int] | None:
        """Original (start, end) of ``quote`` in the text, or None; ``hint``: where it is expected."""
        raw = quote or ""
        parts = [p.strip(_STRIP) for p in _ELLIPSIS.split(raw.strip(_STRIP))]
        parts = [p for p in parts if p]
        if not parts:
            return None
        # exact match first (no normalisation needed)
        if len(parts) == 1:
            exact = _find_exact(self.text, parts[0], hint)
            if exact is not None:
                return exact
        for loose in (False, True):
            hay = self.loose if loose else self.strict
            needles = [_normalise(p, loose=loose).text for p in parts]
            needles = [x for x in needles if x]
            if not needles:
                continue
            if loose and sum(len(x) for x in needles) < LOOSE_MIN_CHARS:
                continue
            span = _find_parts(hay, needles, hint)
            if span is not None:
                return span
        return None


def _find_exact(text: str, needle: str, hint: int | None) -> tuple[int, int] | None:
    if (
        hint is not None
        and 0 <= hint <= len(text)
        and text.startswith(needle, hint)
        and _word_ok(text, hint, len(needle), needle)
    ):
        return hint, hint + len(needle)
    for k in _occurrences(text, needle):
        if _word_ok(text, k, len(needle), needle):
            return k, k + len(needle)
    return None


def _occurrences(hay: str, needle: str, start: int = 0, limit: int = 200) -> list[int]:
    out: list[int] = []
    k = hay.find(needle, start)
    while k >= 0 and len(out) < limit:
        out.append(k)
        k = hay.find(needle, k + 1)
    return out


def _word_ok(hay: str, pos: int, length: int, needle: str) -> bool:
    """A short quote must not start or end inside a word ("no" must not match "not")."""
    if len(needle) >= 20:
        return True
    before = hay[pos - 1] if pos > 0 else " "
    after = hay[pos + length] if pos + length < len(hay) else " "
    starts_word = needle[0].isalnum()
    ends_word = needle[-1].isalnum()
    return not (starts_word and before.isalnum()) and not (ends_word and after.isalnum())


def _find_parts(hay: _Normalised, needles: list[str], hint: int | None) -> tuple[int, int] | None:
    """All parts in order, each within ELLIPSIS_GAP of the previous; nearest to ``hint`` wins."""
    first, rest = needles[0], needles[1:]
    hint_norm = bisect.bisect_left(hay.index, hint) if hint is not None else None
    candidates: list[tuple[int, int, int]] = []  # (distance, start_norm, end_norm)
    for pos in _occurrences(hay.text, first):
        if not _word_ok(hay.text, pos, len(first), first):
            continue
        end = pos + len(first)
        ok = True
        for needle in rest:
            k = hay.text.find(needle, end)
            if k < 0 or k - end > ELLIPSIS_GAP:
                ok = False
                break
            end = k + len(needle)
        if not ok:
            continue
        dist = abs(pos - hint_norm) if hint_norm is not None else pos
        candidates.append((dist, pos, end))
    if not candidates:
        return None
    _, s, e = min(candidates)
    return hay.index[s], hay.index[e - 1] + 1


def find_quote(text: str, quote: str, hint: int | None = None) -> tuple[int, int] | None:
    """(start, end) of ``quote`` in ``text`` (exact first, then normalised), or None."""
    return TextIndex(text).find(quote, hint)


__all__ = ["ELLIPSIS_GAP", "LOOSE_MIN_CHARS", "TextIndex", "find_quote"]

"""Small rendering helpers shared by the views: verdict banners and badges, quotes in context.

Text that comes from the project document (quotes, rationales, file names) is untrusted: it is
HTML-escaped before it goes into any ``unsafe_allow_html`` markdown.
"""

from __future__ import annotations

import html
import re
from typing import Any

import streamlit as st

from ui.i18n import current_lang, t

COLOURS = {
    "prohibited": "#b00020",
    "needs_review": "#b06000",
    "not_prohibited": "#1e6e32",
    "not_applicable": "#606060",
    "in_scope": "#1f4e79",
    "not_ai_system": "#606060",
    "excluded": "#606060",
}
CONTEXT_CHARS = 240

CSS = """
<style>
[data-testid="stMainBlockContainer"] {padding-top: 2.5rem;}
.a5-banner {padding: .8rem 1.1rem; border-radius: .5rem; color: #fff; font-size: 1.15rem;
  font-weight: 600; margin: .3rem 0 .8rem 0;}
.a5-banner small {font-weight: 400; font-size: .85rem; opacity: .95; display: block;}
.a5-badge {display: inline-block; padding: .1rem .55rem; border-radius: .8rem; color: #fff;
  font-size: .85rem; font-weight: 600; white-space: nowrap;}
.a5-quote {border-left: 4px solid #c9a400; background: #fbf8ea; padding: .45rem .7rem;
  margin: .25rem 0 .6rem 0; font-size: .92rem; line-height: 1.45; color: #222;}
.a5-quote mark {background: #ffe066; padding: 0 .1rem;}
.a5-page {font-size: .78rem; color: #555; font-weight: 600; margin-right: .4rem;}
.a5-law {display: inline-block; padding: 0 .45rem; border-radius: .3rem; font-size: .78rem;
  font-weight: 600; border: 1px solid;}
.a5-law.binding {color: #1f4e79; border-color: #1f4e79;}
.a5-law.guidance {color: #6b4f00; border-color: #6b4f00;}
</style>
"""


def inject_css() -> None:
    st.markdown(CSS, unsafe_allow_html=True)


def esc(text: Any) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def verdict_word(verdict: str | None) -> str:
    return t(f"verdict.{verdict}") if verdict else "—"


def badge(verdict: str | None, text: str | None = None) -> str:
    colour = COLOURS.get(verdict or "", "#606060")
    return f'<span class="a5-badge a5-{esc(verdict)}" style="background:{colour}">{esc(text or verdict_word(verdict))}</span>'


def banner(verdict: str, title: str, subtitle: str = "", css_class: str = "") -> None:
    colour = COLOURS.get(verdict, "#606060")
    sub = f"<small>{esc(subtitle)}</small>" if subtitle else ""
    st.markdown(
        f'<div class="a5-banner a5-banner-{esc(verdict)} {esc(css_class)}" style="background:{colour}">'
        f"{esc(title)}{sub}</div>",
        unsafe_allow_html=True,
    )


def article_label(practice_id: str) -> str:
    m = re.fullmatch(r"art(\d+)\.(\d+)\.([a-z]+)", practice_id or "")
    return f"Art. {m.group(1)}({m.group(2)})({m.group(3)})" if m else practice_id


def practice_title(practice_id: str, fallback: str = "", lang: str | None = None) -> str:
    """The practice's title in the interface language (catalogue), else the report's title."""
    try:
        from screener.catalogue import practice

        p = practice(practice_id)
        return p.title_nl if (lang or current_lang()) == "nl" else p.title_en
    except Exception:  # noqa: BLE001 - unknown id or catalogue not importable
        return fallback or practice_id


def practice_label(practice_id: str, fallback: str = "", lang: str | None = None) -> str:
    return f"{article_label(practice_id)} — {practice_title(practice_id, fallback, lang)}"


def question_text(question_id: str, fallback: str = "") -> str:
    try:
        from screener.catalogue import question

        q = question(question_id)
        return q.text_nl if current_lang() == "nl" else q.text_en
    except Exception:  # noqa: BLE001
        return fallback or question_id


def _cut_left(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text[-n:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < n // 3 else cut)


def _cut_right(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text[:n]
    space = cut.rfind(" ")
    return (cut[:space] if space > n * 2 // 3 else cut) + "…"


def _flat(text: str) -> str:
    """Line breaks of the extracted text (PDF lines) shown as spaces; runs of blanks as one."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text)


def locate_quote(doc_text: str | None, quote: Any) -> tuple[int, int] | None:
    """The quote's offsets in the document text: the report's offsets when they match, else a search."""
    if not doc_text:
        return None
    qtext = getattr(quote, "text", "") or ""
    start, end = getattr(quote, "start", None), getattr(quote, "end", None)
    if start is not None and end is not None and 0 <= start < end <= len(doc_text):
        return start, end
    if qtext:
        from ingest.matching import find_quote

        return find_quote(doc_text, qtext, start)
    return None


def quote_html(doc_text: str | None, quote: Any, context: int = CONTEXT_CHARS) -> str:
    """The quote with the surrounding document text, the quote highlighted, with its page."""
    page = getattr(quote, "page", None)
    page_html = f'<span class="a5-page">{esc(t("quote.page", page=page))}</span>' if page else ""
    span = locate_quote(doc_text, quote)
    if span is None:
        body = f"<mark>{esc(_flat(getattr(quote, 'text', '')))}</mark>"
    else:
        s, e = span
        before = _cut_left(doc_text[max(0, s - context * 2) : s], context)
        after = _cut_right(doc_text[e : e + context * 2], context)
        body = f"{esc(_flat(before))}<mark>{esc(_flat(doc_text[s:e]))}</mark>{esc(_flat(after))}"
    return f'<div class="a5-quote">{page_html}{body}</div>'


VALUE_COLOURS = {"yes": "#1f4e79", "no": "#606060", "unknown": "#b06000"}


def value_badge(value: str) -> str:
    """A fact's value (yes/no/unknown) in neutral colours: a yes is not by itself a verdict."""
    colour = VALUE_COLOURS.get(value, "#606060")
    return f'<span class="a5-badge a5-value-{esc(value)}" style="background:{colour}">{esc(t("value." + value))}</span>'


def law_badge(binding: bool) -> str:
    cls = "binding" if binding else "guidance"
    return f'<span class="a5-law {cls}">{esc(t("law.binding" if binding else "law.guidance"))}</span>'


def safe_url(url: Any) -> str | None:
    u = str(url or "").strip()
    return u if re.match(r"^https?://[^\s<>\"']+$", u) else None


def legal_text(text: str) -> None:
    """A legal passage (trusted corpus text) as plain markdown, headings flattened."""
    s = re.sub(r"(?m)^\s*#+\s*", "", text or "")
    st.markdown(s)

"""Renderers for a screening :class:`~screener.report.model.Report`: JSON, Markdown, HTML and PDF.

Every format carries the same content: the report title, the document (name, SHA-256), the
as-of date, corpus version, extractor and model, when the report was made; the scope gate with
its trace; the overall verdict as a banner; then per practice of Art. 5(1) its verdict (or "not
applicable until <date>, would be <verdict> then"), the deciding condition, the conditions with
their quotes, the trace and the legal citations (binding law or non-binding guidance, with a
EUR-Lex link and an excerpt).

Text taken from the project document (quotes, rationales) is untrusted: the HTML renderer escapes
it through Jinja2 autoescaping, the Markdown renderer backslash-escapes Markdown and HTML syntax.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from screener.report.model import Report

TITLE = "EU AI Act Article 5 screening report"
DISCLAIMER = "This screening supports, and does not replace, a legal assessment."
DISCLAIMER_DETAIL = (
    "It checks a project description against the prohibited AI practices of Article 5 of "
    "Regulation (EU) 2024/1689 (AI Act), as applicable on the as-of date, using the facts found "
    "in the document. Answers marked unknown or needs review must be decided by a person."
)

FORMATS = {"json": "json", "md": "md", "markdown": "md", "html": "html", "pdf": "pdf"}

VERDICT_LABELS = {
    "prohibited": "PROHIBITED",
    "not_prohibited": "NOT PROHIBITED",
    "needs_review": "NEEDS REVIEW",
}
SCOPE_LABELS = {
    "in_scope": "in scope (AI system, no Art. 2 exclusion)",
    "not_ai_system": "not an AI system (Art. 3(1))",
    "excluded": "excluded from the AI Act (Art. 2)",
}
# Short names of the points of Art. 5(1), used when a practice carries no title.
PRACTICE_NAMES = {
    "art5.1.a": "subliminal, manipulative or deceptive techniques",
    "art5.1.b": "exploitation of vulnerabilities",
    "art5.1.ba": "non-consensual intimate imagery",
    "art5.1.bb": "child sexual abuse material",
    "art5.1.c": "social scoring",
    "art5.1.d": "criminal-offence risk prediction based solely on profiling",
    "art5.1.e": "untargeted scraping of facial images",
    "art5.1.f": "emotion recognition in the workplace or education",
    "art5.1.g": "biometric categorisation inferring sensitive characteristics",
    "art5.1.h": "real-time remote biometric identification for law enforcement",
}
# Colours (RGB) per verdict, shared by the HTML and PDF renderers.
VERDICT_COLOURS = {
    "prohibited": (176, 0, 32),
    "needs_review": (176, 96, 0),
    "not_prohibited": (30, 110, 50),
    "not_applicable": (96, 96, 96),
}
EXCERPT_CHARS = 500
TEMPLATES_DIR = Path(__file__).parent / "templates"


# --------------------------------------------------------------------------------------------
# helpers shared by the renderers
# --------------------------------------------------------------------------------------------


def verdict_label(verdict: str | None) -> str:
    if not verdict:
        return "—"
    return VERDICT_LABELS.get(verdict, verdict.replace("_", " ").upper())


def scope_label(verdict: str | None) -> str:
    if not verdict:
        return "—"
    return SCOPE_LABELS.get(verdict, verdict.replace("_", " "))


def article_label(practice_id: str) -> str:
    """``art5.1.c`` → ``Art. 5(1)(c)``; ids that do not follow the pattern are returned as is."""
    m = re.fullmatch(r"art(\d+)\.(\d+[a-z]?)\.([a-z]+)", practice_id or "")
    if not m:
        return practice_id
    return f"Art. {m.group(1)}({m.group(2)})({m.group(3)})"


def practice_label(practice: Any) -> str:
    """``Art. 5(1)(c) — social scoring``."""
    pid = getattr(practice, "id", "") or ""
    title = (getattr(practice, "title", "") or "").strip() or PRACTICE_NAMES.get(pid, "")
    label = article_label(pid)
    if not title or title.lower() == label.lower():
        return label
    if title[:1].isupper() and not title[1:2].isupper():  # "Social scoring" → "social scoring"
        title = title[:1].lower() + title[1:]
    return f"{label} — {title}"


def _fmt_date(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: Any) -> str:
    """Normalise text for display: NFC, no control characters, whitespace collapsed."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text))
    s = _CONTROL.sub(" ", s)
    return re.sub(r"\s+", " ", s).strip()


def excerpt(text: Any, limit: int = EXCERPT_CHARS, point: str | None = None) -> str:
    """A passage of a legal text, cut at a word boundary, markdown heading markers removed.

    With ``point`` (e.g. ``"c"`` or ``"ba"``) and a text that lists that point of a paragraph
    (EN ``- (c)``, NL ``- c)``), the excerpt starts at that point rather than at the top.
    """
    s = str(text or "")
    if point:
        m = re.search(rf"(?m)^\s*-\s*\(?{re.escape(point)}\)\s", s)
        if m:
            s = s[m.start():]
    s = re.sub(r"(?m)^\s*#+\s*", "", s)
    s = re.sub(r"^-\s+", "", clean(s))
    if len(s) <= limit:
        return s
    cut = s[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + " …"


def safe_url(url: Any) -> str | None:
    """Only http(s) links are rendered as links."""
    u = str(url or "").strip()
    return u if re.match(r"^https?://[^\s<>\"']+$", u) else None


def link_label(url: Any) -> str:
    return "EUR-Lex" if "eur-lex.europa.eu" in str(url or "") else "source"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _practice_state(p: Any) -> str:
    """The colour class of a practice: its verdict, or not_applicable."""
    if _get(p, "applicable", True) is False:
        return "not_applicable"
    return _get(p, "verdict") or "needs_review"


def applicability_line(p: Any) -> str:
    if _get(p, "applicable", True) is not False:
        since = _get(p, "applies_from")
        return f"applicable (since {_fmt_date(since)})" if since else "applicable"
    when = _fmt_date(_get(p, "applies_from"))
    would = _get(p, "verdict_when_applicable")
    tail = f" (would be {verdict_label(would)} then)" if would else ""
    return f"not applicable until {when}{tail}"


def _condition_by_id(conditions: Iterable[Any], cid: str | None) -> Any | None:
    for c in conditions or []:
        if _get(c, "id") == cid:
            return c
    return None


def deciding_line(p: Any) -> str:
    cid = _get(p, "deciding_condition")
    if not cid:
        return "—"
    c = _condition_by_id(_get(p, "conditions", []), cid)
    if c is None:
        return str(cid)
    value = _get(c, "value") or "unknown"
    return f"{cid} = {value}: {clean(_get(c, 'question'))}"


def quote_page(q: Any) -> str:
    page = _get(q, "page")
    return f"p. {page}" if page not in (None, "") else "page unknown"


def citation_status(c: Any) -> str:
    return "binding law" if _get(c, "binding") else "non-binding guidance"


def _point(practice_id: Any) -> str | None:
    m = re.fullmatch(r"art5\.1\.([a-z]+)", str(practice_id or ""))
    return m.group(1) if m else None


def _is_art5(unit_id: Any) -> bool:
    u = str(unit_id or "")
    return u == "art5" or u.startswith(("art5-", "art5."))


def _context(report: Any) -> dict[str, Any]:
    """A plain view of the report for the templates (strings, no model objects needed)."""
    doc = _get(report, "document")
    scope = _get(report, "scope")

    def cond_view(c: Any) -> dict[str, Any]:
        return {
            "id": _get(c, "id") or "",
            "question": clean(_get(c, "question")),
            "value": _get(c, "value") or "unknown",
            "exception": bool(_get(c, "exception", False)),
            "quotes": [
                {"text": clean(_get(q, "text")), "page": quote_page(q)}
                for q in (_get(c, "quotes") or [])
            ],
            "rationale": clean(_get(c, "rationale")),
            "demoted_reason": clean(_get(c, "demoted_reason")),
        }

    practices = []
    for p in _get(report, "practices") or []:
        practices.append(
            {
                "id": _get(p, "id") or "",
                "label": practice_label(p),
                "verdict": _get(p, "verdict") or "",
                "verdict_label": verdict_label(_get(p, "verdict")),
                "state": _practice_state(p),
                "applicable": _get(p, "applicable", True) is not False,
                "applicability": applicability_line(p),
                "deciding": deciding_line(p),
                "deciding_id": _get(p, "deciding_condition") or "",
                "conditions": [cond_view(c) for c in (_get(p, "conditions") or [])],
                "trace": [clean(t) for t in (_get(p, "trace") or [])],
                "citations": [
                    {
                        "unit_id": _get(c, "unit_id") or "",
                        "lang": _get(c, "lang") or "",
                        "title": clean(_get(c, "title")),
                        "kind": _get(c, "kind") or "",
                        "binding": bool(_get(c, "binding")),
                        "status": citation_status(c),
                        "url": safe_url(_get(c, "eurlex_url")),
                        "raw_url": clean(_get(c, "eurlex_url")),
                        "link_label": link_label(_get(c, "eurlex_url")),
                        "excerpt": excerpt(
                            _get(c, "text"),
                            point=_point(_get(p, "id")) if _is_art5(_get(c, "unit_id")) else None,
                        ),
                    }
                    for c in (_get(p, "citations") or [])
                ],
            }
        )
    overall = _get(report, "overall") or "needs_review"
    return {
        "title": TITLE,
        "disclaimer": DISCLAIMER,
        "disclaimer_detail": DISCLAIMER_DETAIL,
        "document": {
            "name": clean(_get(doc, "name")),
            "sha256": _get(doc, "sha256") or "",
            "lang": _get(doc, "lang") or "—",
            "pages": _get(doc, "pages") if _get(doc, "pages") not in (None, "") else "—",
        },
        "as_of": _fmt_date(_get(report, "as_of")),
        "corpus_version": _get(report, "corpus_version") or "—",
        "extractor": _get(report, "extractor") or "—",
        "model": _get(report, "model") or "—",
        "created_at": _fmt_date(_get(report, "created_at")),
        "schema_version": _get(report, "schema_version") or "—",
        "overall": overall,
        "overall_label": verdict_label(overall),
        "scope": {
            "verdict": _get(scope, "verdict") or "",
            "label": scope_label(_get(scope, "verdict")),
            "conditions": [cond_view(c) for c in (_get(scope, "conditions") or [])],
            "trace": [clean(t) for t in (_get(scope, "trace") or [])],
        },
        "practices": practices,
        "warnings": [clean(w) for w in (_get(report, "warnings") or [])],
        "timings": ", ".join(
            f"{k} {float(v):.2f} s" for k, v in (_get(report, "timings") or {}).items()
        ),
        "tokens": ", ".join(f"{k} {v}" for k, v in (_get(report, "tokens") or {}).items()),
        "colours": {k: "#%02x%02x%02x" % v for k, v in VERDICT_COLOURS.items()},
    }


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------


def to_json(report: "Report") -> str:
    """The report as JSON: pydantic field order (the contract's order), two-space indent."""
    return report.model_dump_json(indent=2)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~])")


def md_escape(text: Any) -> str:
    """Escape untrusted text for inline GitHub Markdown (also neutralises raw HTML and links)."""
    s = clean(text)
    s = s.replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def md_cell(text: Any) -> str:
    """Escape text for a GitHub table cell: inline escaping, no newlines, pipes escaped."""
    return md_escape(text) or " "


def _md_code(text: Any) -> str:
    s = clean(text).replace("`", "'")
    return f"`{s}`" if s else ""


def _md_conditions(conds: list[dict[str, Any]], deciding: str = "") -> list[str]:
    if not conds:
        return ["_No conditions evaluated._", ""]
    out = [
        "| Condition | Question | Value | Quotes (page) | Rationale | Demoted |",
        "|---|---|---|---|---|---|",
    ]
    for c in conds:
        cid = _md_code(c["id"])
        if c["exception"]:
            cid += " (exception)"
        if deciding and c["id"] == deciding:
            cid += " **deciding**"
        quotes = "<br>".join(f"“{md_escape(q['text'])}” ({q['page']})" for q in c["quotes"])
        value = f"**{c['value']}**"
        out.append(
            "| "
            + " | ".join(
                [
                    cid,
                    md_cell(c["question"]),
                    value,
                    quotes or "—",
                    md_cell(c["rationale"]) if c["rationale"] else "—",
                    md_cell(c["demoted_reason"]) if c["demoted_reason"] else "—",
                ]
            )
            + " |"
        )
    out.append("")
    return out


def to_markdown(report: "Report") -> str:
    """The report as GitHub-flavoured Markdown."""
    ctx = _context(report)
    d = ctx["document"]
    lines: list[str] = [f"# {ctx['title']}", ""]
    lines += [
        f"> **Overall verdict: {ctx['overall_label']}**",
        ">",
        f"> {ctx['disclaimer']} {ctx['disclaimer_detail']}",
        "",
        "| | |",
        "|---|---|",
        f"| Document | {md_cell(d['name'])} |",
        f"| SHA-256 | {_md_code(d['sha256'])} |",
        f"| Language / pages | {md_cell(d['lang'])} / {md_cell(d['pages'])} |",
        f"| As of | {md_cell(ctx['as_of'])} |",
        f"| Corpus version | {_md_code(ctx['corpus_version'])} |",
        f"| Extractor / model | {md_cell(ctx['extractor'])} / {md_cell(ctx['model'])} |",
        f"| Created | {md_cell(ctx['created_at'])} |",
        f"| Schema version | {md_cell(ctx['schema_version'])} |",
    ]
    if ctx["timings"]:
        lines.append(f"| Timings | {md_cell(ctx['timings'])} |")
    if ctx["tokens"]:
        lines.append(f"| Tokens | {md_cell(ctx['tokens'])} |")
    lines.append("")
    if ctx["warnings"]:
        lines += ["## Warnings", ""]
        lines += [f"- {md_escape(w)}" for w in ctx["warnings"]]
        lines.append("")

    scope = ctx["scope"]
    lines += ["## Scope (Art. 3(1) and Art. 2)", "", f"**Scope: {scope['label']}**", ""]
    lines += _md_conditions(scope["conditions"])
    if scope["trace"]:
        lines += ["Trace:", ""] + [f"- {md_escape(t)}" for t in scope["trace"]] + [""]

    lines += ["## Summary", "", "| Practice | Verdict | Applicability |", "|---|---|---|"]
    for p in ctx["practices"]:
        lines.append(
            f"| {md_cell(p['label'])} | **{p['verdict_label']}** | {md_cell(p['applicability'])} |"
        )
    lines.append("")

    for p in ctx["practices"]:
        lines += [f"## {md_escape(p['label'])}", ""]
        lines += [
            f"- **Verdict: {p['verdict_label']}**",
            f"- Applicability: {md_escape(p['applicability'])}",
            f"- Deciding condition: {md_escape(p['deciding'])}",
            "",
        ]
        lines += ["### Conditions", ""]
        lines += _md_conditions(p["conditions"], p["deciding_id"])
        if p["trace"]:
            lines += ["### Trace", ""] + [f"- {md_escape(t)}" for t in p["trace"]] + [""]
        if p["citations"]:
            lines += ["### Citations", ""]
            for c in p["citations"]:
                head = f"- {_md_code(c['unit_id'])} ({c['status']}"
                head += f", {md_escape(c['lang'])})" if c["lang"] else ")"
                if c["title"]:
                    head += f" — {md_escape(c['title'])}"
                if c["url"]:
                    head += f" — [{c['link_label']}](<{c['url']}>)"
                lines.append(head)
                if c["excerpt"]:
                    lines.append(f"  > {md_escape(c['excerpt'])}")
            lines.append("")
    lines += ["---", "", f"_{ctx['disclaimer']}_", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _jinja_env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,  # every variable is escaped: quotes from documents are untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def to_html(report: "Report") -> str:
    """A self-contained HTML page (inline CSS, no scripts, no external assets)."""
    return _jinja_env().get_template("report.html.j2").render(**_context(report))


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


def _font_paths() -> tuple[Path, Path, Path | None]:
    import matplotlib

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    italic = ttf / "DejaVuSans-Oblique.ttf"
    return ttf / "DejaVuSans.ttf", ttf / "DejaVuSans-Bold.ttf", italic if italic.exists() else None


def _pdf_text(text: Any) -> str:
    """Characters outside the Basic Multilingual Plane (emoji) are not in DejaVu Sans."""
    return "".join(ch if ord(ch) <= 0xFFFF else "\ufffd" for ch in str(text))


def to_pdf(report: "Report", path: str | Path | None = None) -> bytes:
    """Render the report as PDF (fpdf2, DejaVu Sans); write it to ``path`` when given.

    Returns the PDF bytes in either case.
    """
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    ctx = _context(report)
    regular, bold, italic = _font_paths()

    class _PDF(FPDF):
        def footer(self) -> None:  # noqa: D401 - fpdf2 hook
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, f"{ctx['title']} — {ctx['document']['name'][:60]}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = _PDF(format="A4", unit="mm")
    pdf.set_title(ctx["title"])
    pdf.set_author("art5-screener")
    pdf.set_subject(ctx["document"]["name"])
    pdf.set_creator("art5-screener")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.add_font("DejaVu", "I", str(italic or regular))
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.epw

    def para(text: Any, size: float = 9.5, style: str = "", h: float | None = None,
             indent: float = 0.0, colour: tuple[int, int, int] | None = None,
             link: str | None = None) -> None:
        pdf.set_font("DejaVu", style, size)
        if colour:
            pdf.set_text_color(*colour)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width - indent, h or size * 0.5, _pdf_text(text), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT, link=link or None)
        if colour:
            pdf.set_text_color(0, 0, 0)

    def heading(text: str, size: float = 13, colour: tuple[int, int, int] | None = None) -> None:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(3)
        para(text, size=size, style="B", colour=colour)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.5, pdf.l_margin + width, pdf.get_y() + 0.5)
        pdf.ln(2)

    def banner(text: str, rgb: tuple[int, int, int], size: float = 13) -> None:
        pdf.set_font("DejaVu", "B", size)
        pdf.set_fill_color(*rgb)
        pdf.set_text_color(255, 255, 255)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(width, size * 0.65, _pdf_text(text), align="C", fill=True,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=1.5)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def keyvals(rows: list[tuple[str, Any]], wrap: str = "WORD") -> None:
        for key, value in rows:
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_x(pdf.l_margin)
            pdf.cell(38, 5, key)
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(width - 38, 5, _pdf_text(value), align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                           wrapmode="CHAR" if key == "SHA-256" else wrap)

    def conditions(conds: list[dict[str, Any]], deciding: str = "") -> None:
        if not conds:
            para("No conditions evaluated.", style="I")
            return
        for c in conds:
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            value = c["value"]
            rgb = {"yes": (176, 0, 32) if not c["exception"] else (30, 110, 50),
                   "no": (30, 110, 50) if not c["exception"] else (80, 80, 80),
                   }.get(value, (176, 96, 0))
            tag = " (exception)" if c["exception"] else ""
            tag += " — deciding condition" if deciding and c["id"] == deciding else ""
            pdf.set_fill_color(242, 242, 242)
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(width, 5, _pdf_text(f"{c['id']}{tag}: {value.upper()}"), fill=True,
                           align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_draw_color(*rgb)
            pdf.set_line_width(0.8)
            y0 = pdf.get_y() - 5
            pdf.line(pdf.l_margin, y0, pdf.l_margin, y0 + 5)
            pdf.set_line_width(0.2)
            para(c["question"], size=9, indent=3)
            for q in c["quotes"]:
                para(f"“{q['text']}” ({q['page']})", size=9, style="I", indent=7,
                     colour=(40, 40, 90))
            if c["rationale"]:
                para(f"Rationale: {c['rationale']}", size=8.5, indent=3)
            if c["demoted_reason"]:
                para(f"Demoted to unknown: {c['demoted_reason']}", size=8.5, indent=3,
                     colour=(176, 96, 0))
            pdf.ln(1.5)

    def subheading(text: str) -> None:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        para(text, size=10.5, style="B")

    def bullets(items: list[str], size: float = 8.5) -> None:
        for t in items:
            para(f"• {t}", size=size, indent=3)

    # --- header ---------------------------------------------------------------------------
    para(ctx["title"], size=17, style="B")
    pdf.ln(1)
    d = ctx["document"]
    keyvals(
        [
            ("Document", d["name"]),
            ("SHA-256", d["sha256"]),
            ("Language / pages", f"{d['lang']} / {d['pages']}"),
            ("As of", ctx["as_of"]),
            ("Corpus version", ctx["corpus_version"]),
            ("Extractor / model", f"{ctx['extractor']} / {ctx['model']}"),
            ("Created", ctx["created_at"]),
        ]
        + ([("Timings", ctx["timings"])] if ctx["timings"] else [])
        + ([("Tokens", ctx["tokens"])] if ctx["tokens"] else [])
    )
    pdf.ln(3)
    overall = ctx["overall"]
    banner(f"Overall verdict: {ctx['overall_label']}",
           VERDICT_COLOURS.get(overall, VERDICT_COLOURS["needs_review"]), size=14)
    para(f"{ctx['disclaimer']} {ctx['disclaimer_detail']}", size=8.5, style="I",
         colour=(70, 70, 70))
    if ctx["warnings"]:
        heading("Warnings", size=11)
        bullets(ctx["warnings"], size=9)

    # --- scope ----------------------------------------------------------------------------
    scope = ctx["scope"]
    heading("Scope (Art. 3(1) and Art. 2)")
    para(f"Scope: {scope['label']}", size=10.5, style="B")
    pdf.ln(1)
    conditions(scope["conditions"])
    if scope["trace"]:
        subheading("Trace")
        bullets(scope["trace"])

    # --- summary --------------------------------------------------------------------------
    heading("Summary")
    for p in ctx["practices"]:
        if pdf.get_y() > pdf.h - 25:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_text_color(*VERDICT_COLOURS.get(p["state"], (0, 0, 0)))
        pdf.set_x(pdf.l_margin)
        pdf.cell(34, 5.5, p["verdict_label"])
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 9)
        text = p["label"] if p["applicable"] else f"{p['label']} — {p['applicability']}"
        pdf.multi_cell(width - 34, 5.5, _pdf_text(text), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # --- practices ------------------------------------------------------------------------
    for p in ctx["practices"]:
        pdf.add_page() if pdf.get_y() > pdf.h - 80 else pdf.ln(4)
        heading(p["label"], size=13)
        banner(f"{p['verdict_label']} — {p['applicability']}",
               VERDICT_COLOURS.get(p["state"], (0, 0, 0)), size=10.5)
        keyvals([("Deciding condition", p["deciding"])])
        pdf.ln(2)
        subheading("Conditions")
        pdf.ln(1)
        conditions(p["conditions"], p["deciding_id"])
        if p["trace"]:
            subheading("Trace")
            bullets(p["trace"])
            pdf.ln(1.5)
        if p["citations"]:
            subheading("Citations")
            for c in p["citations"]:
                if pdf.get_y() > pdf.h - 35:
                    pdf.add_page()
                lang = f", {c['lang']}" if c["lang"] else ""
                para(f"{c['unit_id']} ({c['status']}{lang}) — {c['title']}", size=9,
                     style="B", indent=3)
                if c["raw_url"]:
                    para(c["raw_url"], size=8, indent=3, colour=(20, 60, 160), link=c["url"])
                if c["excerpt"]:
                    para(c["excerpt"], size=8, indent=6, colour=(60, 60, 60))
                pdf.ln(1)

    pdf.ln(4)
    para(ctx["disclaimer"], size=9, style="B")
    data = bytes(pdf.output())
    if path is not None:
        Path(path).write_bytes(data)
    return data


# --------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------


def report_filename(report: "Report", fmt: str) -> str:
    """``<document stem>.<sha256[:8]>.<ext>``, with a file-system-safe stem."""
    ext = FORMATS.get(fmt.lower().lstrip("."))
    if ext is None:
        raise ValueError(f"unknown report format {fmt!r}; choose one of json, md, html, pdf")
    doc = _get(report, "document")
    name = str(_get(doc, "name") or "document")
    stem = Path(name.replace("\\", "/")).stem
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-")[:80] or "document"
    sha = re.sub(r"[^0-9a-fA-F]", "", str(_get(doc, "sha256") or ""))[:8].lower() or "nohash00"
    return f"{stem}.{sha}.{ext}"


def write_report(report: "Report", fmt: str, out_dir: str | Path) -> Path:
    """Write the report in ``fmt`` (json, md, html or pdf) to ``out_dir``; return the path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / report_filename(report, fmt)
    ext = path.suffix.lstrip(".")
    if ext == "pdf":
        to_pdf(report, path)
    elif ext == "json":
        path.write_text(to_json(report) + "\n", encoding="utf-8")
    elif ext == "md":
        path.write_text(to_markdown(report), encoding="utf-8")
    else:
        path.write_text(to_html(report), encoding="utf-8")
    return path


__all__ = [
    "DISCLAIMER",
    "TITLE",
    "article_label",
    "practice_label",
    "report_filename",
    "to_html",
    "to_json",
    "to_markdown",
    "to_pdf",
    "write_report",
]

"""Renderers of the screening report: JSON, Markdown, HTML, PDF and the file naming."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from screener.report import render
from screener.report.model import (
    Citation,
    ConditionResult,
    DocumentInfo,
    PracticeResult,
    Report,
    ScopeResult,
)

SHA = "3f1c9a07b2d84e55c0aa19e6f7d2b8c41e0f9a6b5c4d3e2f1a0b9c8d7e6f5a4b"
QUOTE_NL = (
    "Inwoners worden maandelijks geëvalueerd op basis van hun financiële gegevens, "
    "activiteit op sociale media en ‘meldingen’ van buurtbewoners – de “betrouwbaarheidsscore”."
)
QUOTE_USE = (
    "Een lage score leidt tot een lagere plaats op de wachtlijst voor sociale huurwoningen en "
    "tot extra controles op de bijstandsuitkering."
)
ART5_TEXT = (
    "# Article 5\n\n## Prohibited AI practices\n\n"
    "1. The following AI practices shall be prohibited:\n\n"
    "- (c) the placing on the market, the putting into service or the use of AI systems for the "
    "evaluation or classification of natural persons or groups of persons over a certain period "
    "of time based on their social behaviour or known, inferred or predicted personal or "
    "personality characteristics, with the social score leading to either or both of the "
    "following: (i) detrimental or unfavourable treatment of certain natural persons or groups of "
    "persons in social contexts that are unrelated to the contexts in which the data was "
    "originally generated or collected; (ii) detrimental or unfavourable treatment ..."
)
ART5_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202401689#art_5"
GUIDE_URL = (
    "https://digital-strategy.ec.europa.eu/en/library/commission-publishes-guidelines-"
    "prohibited-artificial-intelligence-ai-practices-defined-ai-act"
)


def cond(cid, question, value, quotes=(), rationale="", demoted=None, exception=False):
    return ConditionResult(
        id=cid,
        question=question,
        value=value,
        quotes=[dict(q) for q in quotes],
        rationale=rationale,
        demoted_reason=demoted,
        exception=exception,
    )


def make_report() -> Report:
    scope = ScopeResult(
        verdict="in_scope",
        conditions=[
            cond(
                "scope.ai_system",
                "Is it an AI system (infers from input how to generate outputs)?",
                "yes",
                [{"text": "Het model is getraind op historische dossiers.", "page": 1,
                  "start": 120, "end": 167}],
                "A trained model infers the score from input data.",
            ),
            cond("scope.military", "Is it used exclusively for military, defence or national "
                 "security purposes?", "no", [], "Municipal social services.", exception=True),
        ],
        trace=[
            "scope.ai_system = yes → AI system (Art. 3(1))",
            "no Art. 2 exclusion is yes → in_scope",
        ],
    )
    social = PracticeResult(
        id="art5.1.c",
        title="social scoring",
        verdict="prohibited",
        applicable=True,
        applies_from=date(2025, 2, 2),
        verdict_when_applicable="prohibited",
        conditions=[
            cond("c.evaluation", "Does the system evaluate or classify natural persons over a "
                 "period of time based on social behaviour or personal characteristics?", "yes",
                 [{"text": QUOTE_NL, "page": 2, "start": 1040, "end": 1190}],
                 "Monthly scoring of residents on behaviour and characteristics."),
            cond("c.detrimental_treatment", "Does the score lead to detrimental or unfavourable "
                 "treatment?", "yes", [{"text": QUOTE_USE, "page": 3, "start": 2200, "end": 2320}],
                 "Lower housing priority and extra benefit checks."),
            cond("c.unrelated_context", "Is the treatment in a social context unrelated to where "
                 "the data was collected?", "yes",
                 [{"text": QUOTE_USE, "page": 3, "start": 2200, "end": 2320}],
                 "Social-media data used for housing | benefits."),
            cond("c.disproportionate", "Is the treatment unjustified or disproportionate?",
                 "unknown", [], "", demoted="quote not found in the document"),
        ],
        deciding_condition="c.unrelated_context",
        trace=[
            "requires All(c.evaluation=yes, c.detrimental_treatment=yes, "
            "Any(c.unrelated_context=yes, c.disproportionate=unknown)=yes) = yes",
            "no exceptions → prohibited",
        ],
        citations=[
            Citation(unit_id="art5.1.c", lang="en", title="Article 5 — Prohibited AI practices",
                     text=ART5_TEXT, eurlex_url=ART5_URL, binding=True, kind="article"),
            Citation(unit_id="gl-prohibited.146", lang="en",
                     title="Commission Guidelines on prohibited AI practices, section 4",
                     text="(146) Social scoring systems evaluate persons ...",
                     eurlex_url=GUIDE_URL, binding=False, kind="guideline"),
        ],
    )
    emotion = PracticeResult(
        id="art5.1.f",
        title="emotion recognition in the workplace or education",
        verdict="needs_review",
        applicable=True,
        applies_from=date(2025, 2, 2),
        verdict_when_applicable="needs_review",
        conditions=[
            cond("f.emotion_inference", "Does it infer emotions of natural persons from "
                 "biometric data?", "unknown", [], "The text mentions ‘stemming’ of callers.",
                 demoted="yes without a verifiable quote"),
            cond("f.workplace_education", "Is it used in the workplace or education?", "yes",
                 [{"text": "Medewerkers van het klantcontactcentrum gebruiken het dashboard.",
                   "page": 4}], ""),
            cond("f.medical_safety", "Is it for medical or safety reasons?", "no", [], "",
                 exception=True),
        ],
        deciding_condition="f.emotion_inference",
        trace=["requires All(f.emotion_inference=unknown, f.workplace_education=yes) = unknown",
               "→ needs_review"],
        citations=[
            Citation(unit_id="recital44", lang="en", title="Recital 44",
                     text="There are serious concerns about the scientific basis of AI systems "
                     "aiming to identify or infer emotions ...",
                     eurlex_url="https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/"
                     "?uri=OJ:L_202401689#rct_44", binding=True, kind="recital"),
        ],
    )
    imagery = PracticeResult(
        id="art5.1.ba",
        title="non-consensual intimate imagery",
        verdict="not_prohibited",
        applicable=False,
        applies_from=date(2026, 12, 2),
        verdict_when_applicable="needs_review",
        conditions=[
            cond("ba.intimate_imagery", "Does it generate realistic intimate imagery of an "
                 "identifiable person?", "unknown", [], ""),
        ],
        deciding_condition="ba.intimate_imagery",
        trace=["art5.1.ba applies from 2026-12-02; as of 2026-08-01 not applicable",
               "would be needs_review then"],
        citations=[
            Citation(unit_id="art5-consolidated-2026-07-27", lang="en",
                     title="Article 5 (consolidated version 27.7.2026)",
                     text="(ba) the placing on the market ...",
                     eurlex_url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj", binding=True,
                     kind="article"),
        ],
    )
    return Report(
        as_of=date(2026, 8, 1),
        corpus_version="a1b2c3d4e5f6",
        extractor="llm",
        model="qwen2.5-7b-instruct",
        created_at=datetime(2026, 8, 1, 9, 30, tzinfo=timezone.utc),
        document=DocumentInfo(name="Burgerbetrouwbaarheid projectplan.pdf", sha256=SHA,
                              lang="nl", pages=5),
        scope=scope,
        overall="prohibited",
        practices=[social, emotion, imagery],
        timings={"ingest": 0.41, "extract": 12.3},
        tokens={"prompt": 18200, "completion": 950},
        warnings=["The LLM answered 2 questions without a quote; they were set to unknown."],
    )


@pytest.fixture()
def report() -> Report:
    return make_report()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------------------------- helpers


def test_labels():
    assert render.article_label("art5.1.c") == "Art. 5(1)(c)"
    assert render.article_label("art5.1.ba") == "Art. 5(1)(ba)"
    p = make_report().practices[0]
    assert render.practice_label(p) == "Art. 5(1)(c) — social scoring"


# ------------------------------------------------------------------------------------- JSON


def test_json_round_trip(report):
    text = render.to_json(report)
    data = json.loads(text)
    assert list(data)[:4] == ["schema_version", "as_of", "corpus_version", "extractor"]
    assert data["overall"] == "prohibited"
    assert data["practices"][0]["conditions"][0]["quotes"][0]["text"] == QUOTE_NL
    assert Report.model_validate_json(text) == report
    assert text == render.to_json(Report.model_validate_json(text))  # stable
    assert "\n  " in text  # indented


# --------------------------------------------------------------------------------- Markdown


def test_markdown_content(report):
    md = render.to_markdown(report)
    assert md.startswith("# EU AI Act Article 5 screening report")
    for s in [
        "Overall verdict: PROHIBITED",
        "Burgerbetrouwbaarheid projectplan.pdf",
        SHA,
        "2026-08-01",
        "a1b2c3d4e5f6",
        "qwen2.5-7b-instruct",
        "2026-08-01T09:30:00+00:00",
        "in scope",
        "Art. 5(1)(c) — social scoring",
        "Art. 5(1)(f) — emotion recognition in the workplace or education",
        "NEEDS REVIEW",
        "not applicable until 2026-12-02 (would be NEEDS REVIEW then)",
        "(p. 2)",
        "geëvalueerd op basis van hun financiële gegevens",
        "binding law",
        "non-binding guidance",
        f"(<{ART5_URL}>)",
        "yes without a verifiable quote",
        "`art5.1.c` (binding law, en)",
        "`gl-prohibited.146` (non-binding guidance, en)",
        "extract 12.30 s",
        "prompt 18200",
        render.DISCLAIMER,
    ]:
        assert s in md, s
    assert "scope.ai\\_system = yes" in md  # trace line (escaped)


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_tables_are_well_formed(report):
    md = render.to_markdown(report)
    # the rationale contains a pipe: it must be escaped inside the table
    assert "housing \\| benefits" in md
    tables: list[list[str]] = []
    current: list[str] = []
    for line in md.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    assert len(tables) >= 4
    for t in tables:
        assert re.fullmatch(r"\|(---\|)+", t[1]), t[1]
        widths = {_unescaped_pipes(row) for row in t}
        assert len(widths) == 1, t


def test_markdown_escapes_html_and_links(report):
    report.practices[0].conditions[0].quotes[0].text = "<script>alert(1)</script> [x](http://evil)"
    md = render.to_markdown(report)
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert not re.search(r"(?<!\\)\]\(http://evil", md)  # no live link syntax


# ------------------------------------------------------------------------------------- HTML


def test_html_content(report):
    html = render.to_html(report)
    assert html.startswith("<!DOCTYPE html>")
    for s in [
        "Overall verdict: PROHIBITED",
        "Burgerbetrouwbaarheid projectplan.pdf",
        SHA,
        "a1b2c3d4e5f6",
        "Art. 5(1)(c) — social scoring",
        "NEEDS REVIEW",
        "not applicable until 2026-12-02 (would be NEEDS REVIEW then)",
        "geëvalueerd op basis van hun financiële gegevens",
        "(p. 3)",
        "binding law",
        "non-binding guidance",
        "recital44",
        "c.unrelated_context = yes",
        render.DISCLAIMER,
    ]:
        assert s in html, s
    assert f'href="{ART5_URL}"' in html
    # self-contained: no external stylesheet, script or font
    assert "<script" not in html
    assert "<link" not in html
    assert not re.search(r"(src|@import|url)\s*[=(]\s*['\"]?https?:", html)


def test_html_escapes_untrusted_text(report):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    report.practices[0].conditions[0].quotes[0].text = evil
    report.practices[0].conditions[1].rationale = "</td></tr></table><b>bold</b>"
    report.document.name = '"><svg onload=alert(1)>.pdf'
    html = render.to_html(report)
    assert "<script" not in html
    assert "<img" not in html and "<svg" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_html_drops_non_http_links(report):
    report.practices[0].citations[0].eurlex_url = "javascript:alert(1)"
    html = render.to_html(report)
    assert 'href="javascript' not in html


# -------------------------------------------------------------------------------------- PDF


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return _norm(" ".join(page.extract_text() or "" for page in reader.pages)), len(reader.pages)


def test_pdf_is_a_real_pdf(report, tmp_path):
    out = tmp_path / "r.pdf"
    data = render.to_pdf(report, out)
    assert out.read_bytes() == data
    assert data.startswith(b"%PDF-")
    text, pages = _pdf_text(out)
    assert pages >= 2
    for s in [
        "Art. 5(1)(c) — social scoring",
        "PROHIBITED",
        "NEEDS REVIEW",
        "geëvalueerd",
        "financiële",
        "‘meldingen’",
        "“betrouwbaarheidsscore”",
        "not applicable until 2026-12-02",
        "art5",
        "binding law",
        "non-binding guidance",
        "eur-lex.europa.eu",
        SHA[:32],
        "Page 1 of",
    ]:
        assert s in text, s
    assert _norm(render.DISCLAIMER) in text


def test_pdf_wraps_long_quotes_and_odd_text(report, tmp_path):
    long = ("Dit is een zeer lange passage uit het projectplan die over meerdere regels moet "
            "doorlopen zonder dat de tekst buiten de pagina valt. ") * 25
    report.practices[0].conditions[0].quotes[0].text = long + " ëindë"
    report.practices[1].conditions[0].rationale = "emoji 🙂 and control \x00\x07 chars"
    report.practices[0].conditions[2].quotes[0].text = "x" * 600  # one unbreakable word
    out = tmp_path / "long.pdf"
    render.to_pdf(report, out)
    text, _ = _pdf_text(out)
    assert "ëindë" in text
    assert "doorlopen zonder dat de tekst" in text


# ------------------------------------------------------------------------------------ files


def test_write_report_names_and_formats(report, tmp_path):
    paths = {fmt: render.write_report(report, fmt, tmp_path / "out") for fmt in
             ["json", "md", "html", "pdf"]}
    for fmt, p in paths.items():
        assert p.name == f"Burgerbetrouwbaarheid_projectplan.{SHA[:8]}.{fmt}"
        assert p.stat().st_size > 500
    assert Report.model_validate_json(paths["json"].read_text(encoding="utf-8")) == report
    assert paths["pdf"].read_bytes().startswith(b"%PDF-")
    assert render.write_report(report, "markdown", tmp_path).suffix == ".md"
    with pytest.raises(ValueError):
        render.write_report(report, "docx", tmp_path)


def test_filename_is_safe(report):
    report.document.name = "../../etc/pass wd?.pdf"
    assert render.report_filename(report, "json") == f"pass_wd.{SHA[:8]}.json"
    report.document.name = ""
    assert render.report_filename(report, "pdf").startswith("document.")


@pytest.mark.parametrize("overall,scope", [("not_prohibited", "not_ai_system"),
                                           ("needs_review", "excluded")])
def test_other_verdicts_render(report, tmp_path, overall, scope):
    report.overall = overall
    report.scope.verdict = scope
    report.model = None
    for fn in (render.to_markdown, render.to_html):
        out = fn(report)
        assert render.verdict_label(overall) in out
        assert render.scope_label(scope) in out
    render.to_pdf(report, tmp_path / "x.pdf")


def test_citation_excerpt_starts_at_the_practice_point(report):
    full = ("# Article 5\n\n1. The following AI practices shall be prohibited:\n\n"
            "- (a) the placing on the market of manipulative systems;\n\n"
            "- (c) the evaluation or classification of natural persons over a period;\n\n"
            "- (d) risk assessments;\n")
    report.practices[0].citations[0].text = full
    md = render.to_markdown(report)
    assert "> (c) the evaluation or classification of natural persons" in md
    assert render.excerpt("x " * 400, limit=50).endswith("…")
    assert len(render.excerpt("x " * 400, limit=50)) <= 52

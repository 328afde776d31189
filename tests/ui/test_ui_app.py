"""Main flows of every page, driven with Streamlit's AppTest (the app runs in this process).

Uploads go through ``st.file_uploader`` (AppTest supports it in Streamlit 1.67), pasted text
through the text area. Dates are explicit; the audit DB and data dir are temporary.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "screener" / "examples"
AS_OF = date(2025, 9, 1)
GERMAN = (
    "Das System bewertet die Bürgerinnen und Bürger der Stadt jeden Monat anhand ihres Verhaltens in "
    "sozialen Netzwerken und ihrer Zahlungsmoral. Die Bewertung wird von einem Modell berechnet, das "
    "aus historischen Fällen gelernt hat. Wer eine niedrige Bewertung hat, wird bei der Vergabe von "
    "Sozialwohnungen benachteiligt und muss häufiger Nachweise vorlegen. Die Stadt möchte damit die "
    "Verwaltung entlasten und die Verteilung der knappen Wohnungen gerechter machen, sagt sie."
)

pytestmark = pytest.mark.timeout(900)


def texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def joined(at) -> str:
    return "\n".join(texts(at.markdown) + texts(at.caption) + texts(at.error) + texts(at.warning)
                     + texts(at.success) + texts(at.info))


def screen_paste(at, text: str):
    at.text_area(key="paste_text").set_value(text)
    at.date_input(key="as_of").set_value(AS_OF)
    return at.button(key="run_screen").click().run()


def test_paste_text_result_decision_export_history(new_app, app_env) -> None:
    at = new_app().run()
    assert not at.exception
    text = (EXAMPLES / "src" / "en-citizen-reliability-score.md").read_text(encoding="utf-8")
    screen_paste(at, text)
    assert not at.exception, at.exception
    assert at.session_state["page"] == "result"  # the app moves to the result after screening

    docs = at.session_state["docs"]
    assert len(docs) == 1
    doc = docs[0]
    report = doc.report
    assert report.as_of == AS_OF
    page = joined(at)
    # overall banner with the verdict word, the scope gate, one card per practice
    word = {"prohibited": "Prohibited", "needs_review": "Needs review", "not_prohibited": "Not prohibited"}
    assert f"a5-banner-{report.overall}" in page
    assert f"{word[report.overall]}: {report.document.name}" in page
    assert "Scope (Art. 3(1) AI system" in page
    for p in report.practices:  # one card per practice, titled with its point of Art. 5(1)
        assert "#### Art. 5(1)(" + p.id.rsplit(".", 1)[1] + ")" in page
    labels = [e.label for e in at.expander]
    assert sum(lbl.startswith("Facts and quotes") for lbl in labels) == len(report.practices)
    # cited passages: binding law and guidance marked, EUR-Lex link in the expanded text
    assert any("Binding law" in lbl for lbl in labels)
    assert any("Guidance (non-binding)" in lbl for lbl in labels)
    assert "Open on EUR-Lex" in page
    # (ba)/(bb) do not apply on 2025-09-01: "applies from"
    assert "Applies from 2026-12-02" in page
    # quotes in context: highlighted inside the surrounding text of the document
    import html

    quote = next(q for p in report.practices for c in p.conditions for q in c.quotes)
    flat = " ".join(html.unescape(page).split())
    assert f"<mark>{' '.join(quote.text.split())}</mark>" in flat
    before = " ".join(doc.text[max(0, quote.start - 60) : quote.start].split()[1:])
    assert before and before + " <mark>" in flat  # the surrounding text of the document

    # the screening is in the audit DB
    db = sqlite3.connect(app_env / "audit.sqlite")
    assert db.execute("SELECT count(*) FROM screenings").fetchone()[0] == 1

    # ------------------------------------------------------------ Decision
    at.sidebar.radio(key="nav__en").set_value("decision").run()
    assert not at.exception
    first, second = report.practices[0], report.practices[1]
    base = f"dec_{doc.key}_{first.id}"
    at.radio(key=base + "_choice__en").set_value("override").run()
    new_verdict = next(v for v in ("needs_review", "not_prohibited", "prohibited") if v != first.verdict)
    at.selectbox(key=base + "_verdict__en").set_value(new_verdict).run()
    at.button(key=base + "_sign").click().run()
    assert "Enter your name before signing." in texts(at.error)
    at.text_input(key="reviewer").set_value("Ann Reviewer").run()
    at.button(key=base + "_sign").click().run()
    assert "An override needs a reason." in texts(at.error)
    at.text_area(key=base + "_reason").set_value("The pilot never goes live.").run()
    at.button(key=base + "_sign").click().run()
    assert not at.exception
    assert any("Decision recorded, signed by Ann Reviewer." in s for s in texts(at.success))
    at.button(key=f"dec_{doc.key}_{second.id}_sign").click().run()  # agree with the second
    rows = db.execute(
        "SELECT reviewer, document_name, practice_id, screener_verdict, decision, final_verdict, reason, "
        "report_json, document_sha256 FROM decisions ORDER BY id"
    ).fetchall()
    assert len(rows) == 2
    assert rows[0][:7] == ("Ann Reviewer", report.document.name, first.id, first.verdict, "override",
                           new_verdict, "The pilot never goes live.")
    assert json.loads(rows[0][7])["document"]["sha256"] == rows[0][8] == report.document.sha256
    assert rows[1][4] == "agree" and rows[1][5] == second.verdict
    assert "Last decision:" in joined(at)

    # ------------------------------------------------------------ Export
    at.sidebar.radio(key="nav__en").set_value("export").run()
    assert not at.exception
    labels = [b.label for b in at.get("download_button")]
    for label in ("PDF", "HTML", "Markdown", "JSON", "Decided report (JSON)", "Decided report (Markdown)",
                  "Decisions (CSV)", "Screenings (CSV)"):
        assert label in labels, labels
    from ui.views.export import (
        _renderer,  # the data behind the buttons, rendered on click
    )

    assert _renderer(report, "pdf")()[:5] == b"%PDF-"
    assert json.loads(_renderer(report, "json")())["document"]["sha256"] == report.document.sha256
    assert report.document.name in _renderer(report, "md")()
    assert "<html" in _renderer(report, "html")().lower()

    # ------------------------------------------------------------ History: filter and reopen
    at.sidebar.radio(key="nav__en").set_value("history").run()
    assert not at.exception
    assert "Screenings (1)" in texts(at.subheader)
    assert "Decisions (2)" in texts(at.subheader)
    other = next(v for v in ("prohibited", "needs_review", "not_prohibited") if v != report.overall)
    at.multiselect(key="hist_verdicts__en").set_value([other]).run()
    assert "Screenings (0)" in texts(at.subheader)
    at.multiselect(key="hist_verdicts__en").set_value([report.overall]).run()
    at.date_input(key="hist_to").set_value(date(2024, 8, 2)).run()
    assert "Screenings (0)" in texts(at.subheader)
    at.date_input(key="hist_to").set_value(None).run()
    assert "Screenings (1)" in texts(at.subheader)
    at.button(key="hist_reopen").click().run()
    assert not at.exception
    assert at.session_state["page"] == "result"
    assert f"a5-banner-{report.overall}" in joined(at)


def test_upload_pdf_with_a_broken_file_and_german_text(new_app) -> None:
    at = new_app().run()
    pdf = (EXAMPLES / "en-citizen-reliability-score.pdf").read_bytes()
    at.file_uploader(key="uploads").set_value(
        [
            ("en-citizen-reliability-score.pdf", pdf, "application/pdf"),
            ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf", "application/pdf"),
        ]
    )
    at.text_area(key="paste_text").set_value(GERMAN)
    at.date_input(key="as_of").set_value(AS_OF)
    at.button(key="run_screen").click().run()
    assert not at.exception, at.exception
    docs = at.session_state["docs"]
    assert [d.name for d in docs] == ["en-citizen-reliability-score.pdf"]
    assert docs[0].report.document.pages == 2
    errors = " ".join(texts(at.error))
    assert "broken.pdf was not screened" in errors
    assert "pasted text was not screened" in errors and "German" in errors
    assert "p. 1" in joined(at) or "p. 2" in joined(at)  # quotes carry their page


def test_ingest_errors_are_readable_and_nothing_else_happens(new_app) -> None:
    from ingest import ingest_text
    from ingest.errors import IngestError

    at = new_app().run()
    screen_paste(at, GERMAN)
    assert not at.exception
    assert at.session_state["page"] == "screen"
    assert at.session_state["docs"] == []
    with pytest.raises(IngestError) as err:
        ingest_text(GERMAN, name="pasted text")
    assert any(err.value.user_message in e for e in texts(at.error))

    screen_paste(at, "   \n  ")
    assert not at.exception
    with pytest.raises(IngestError) as err:
        ingest_text("   \n  ", name="pasted text")
    assert any(err.value.user_message in e for e in texts(at.error))

    at.text_area(key="paste_text").set_value("")
    at.button(key="run_screen").click().run()
    assert "Upload a file or paste text first." in texts(at.warning)


def test_evaluations_page_runs_an_uploaded_set(new_app, tmp_path) -> None:
    src = EXAMPLES / "src"
    cases = [
        {"id": "crs", "lang": "en", "title": "Citizen reliability score",
         "text": (src / "en-citizen-reliability-score.md").read_text(encoding="utf-8"),
         "expected": {"overall": "prohibited", "practices": {"art5.1.c": "prohibited"}}},
        {"id": "lights", "lang": "en",
         "text": (src / "en-predictive-maintenance-street-lighting.md").read_text(encoding="utf-8"),
         "expected": {"overall": "not_prohibited"}},
    ]
    data = "\n".join(json.dumps(c) for c in cases).encode("utf-8")
    at = new_app().run()
    at.sidebar.radio(key="nav__en").set_value("evals").run()
    assert not at.exception
    at.radio(key="eval_source__en").set_value("upload").run()
    at.file_uploader(key="eval_upload").set_value(("cases.jsonl", data, "application/jsonl")).run()
    at.date_input(key="eval_as_of").set_value(AS_OF)
    at.button(key="eval_run").click().run()
    assert not at.exception, at.exception
    result = at.session_state["eval_result"]
    assert result["metrics"]["n"] == 2
    assert result["png"] and result["png"][:4] == b"\x89PNG"
    assert len(at.get("image")) == 1
    assert any(m.label == "Cases" and m.value == "2" for m in at.metric)
    misses = texts(at.subheader)
    assert any(s.startswith("Misses (") for s in misses)

    # a file that is not in the format: a readable error
    at.file_uploader(key="eval_upload").set_value(("bad.jsonl", b'{"id": 1}\n', "application/jsonl")).run()
    at.button(key="eval_run").click().run()
    assert any("cannot be read" in e for e in texts(at.error))


def test_legal_sources_search_with_filters(new_app) -> None:
    at = new_app().run()
    at.sidebar.radio(key="nav__en").set_value("sources").run()
    at.text_input(key="src_query").set_value("social scoring of natural persons")
    at.radio(key="src_lang__en").set_value("en")
    at.button(key="src_search").click().run()
    assert not at.exception
    assert any(s.endswith("passage(s)") and not s.startswith("0") for s in texts(at.subheader))
    page = joined(at)
    assert "a5-law" in page and "(EN ·" in page
    at.radio(key="src_binding__en").set_value("guidance")
    at.radio(key="src_lang__en").set_value("nl").run()
    hits = [m for m in texts(at.markdown) if "<code>" in m and "a5-law" in m]
    assert hits and all("a5-law guidance" in m and "(NL ·" in m for m in hits)


def test_llm_endpoint_banner_and_offline_note(new_app, monkeypatch) -> None:
    at = new_app().run()
    assert not any("endpoint is configured" in w for w in texts(at.warning))
    assert any("documents stay on this machine" in c for c in texts(at.sidebar.caption))
    monkeypatch.setenv("SCREENER_LLM_BASE_URL", "http://10.1.2.3:8000/v1")
    at = new_app().run()
    banner = [w for w in texts(at.warning) if "endpoint is configured" in w]
    assert banner and "http://10.1.2.3:8000/v1" in banner[0]
    at.radio(key="extractor_kind__en").set_value("llm").run()
    assert any("http://10.1.2.3:8000/v1" in w for w in texts(at.warning))
    assert not at.button(key="run_screen").disabled
    monkeypatch.delenv("SCREENER_LLM_BASE_URL")
    at = new_app().run()
    at.radio(key="extractor_kind__en").set_value("llm").run()
    assert at.button(key="run_screen").disabled
    assert any("SCREENER_LLM_BASE_URL" in e for e in texts(at.error))


def test_resemblance_check_switch_screens_with_the_check(new_app) -> None:
    # a crime-likelihood score per young person in words no cue knows: closed on silence without
    # the check, opened for review with it (tests/screener/test_facts_resemblance.py)
    text = (
        "Voor elke bezoeker van het jongerencentrum toont het dashboard een getal tussen 0 en 100 dat "
        "aangeeft hoe waarschijnlijk het is dat hij het komende jaar in aanraking komt met justitie. Het "
        "getal komt uit leeftijd, postcode, gezinssamenstelling en schoolverzuim. Jongeren boven de 70 "
        "krijgen huisbezoek van de wijkagent."
    )
    at = new_app().run()
    assert at.checkbox(key="resemblance_check").value is False  # off by default
    screen_paste(at, text)
    first = at.session_state["docs"][-1].report
    assert "resemblance" not in (first.model or "")
    assert {p.id: p.verdict for p in first.practices}["art5.1.d"] == "not_prohibited"

    at.session_state["page"] = "screen"
    at.run()
    at.checkbox(key="resemblance_check").check().run()
    screen_paste(at, text)
    assert not at.exception, at.exception
    second = at.session_state["docs"][-1].report
    assert "+resemblance-" in second.model
    assert {p.id: p.verdict for p in second.practices}["art5.1.d"] == "needs_review"
    assert "+resemblance-" in joined(at)  # the result page names the extractor with the check


def test_dutch_interface(new_app) -> None:
    at = new_app().run()
    at.sidebar.radio(key="ui_lang").set_value("nl").run()
    assert not at.exception
    assert at.header[0].value == "Screenen"
    assert "Resultaat" in at.sidebar.radio(key="nav__nl").options
    text = (EXAMPLES / "src" / "nl-emotieherkenning-leerlingen.md").read_text(encoding="utf-8")
    screen_paste(at, text)
    assert not at.exception
    report = at.session_state["docs"][0].report
    words = {"prohibited": "Verboden", "needs_review": "Beoordeling nodig", "not_prohibited": "Niet verboden"}
    assert words[report.overall] in joined(at)
    assert "Praktijken van artikel 5, lid 1" in texts(at.subheader)
    assert any(lbl.startswith("Feiten en citaten") for lbl in (e.label for e in at.expander))


def test_language_switch_keeps_page_and_choices(new_app) -> None:
    at = new_app().run()
    at.sidebar.radio(key="nav__en").set_value("sources").run()
    at.radio(key="src_binding__en").set_value("guidance").run()
    at.sidebar.radio(key="ui_lang").set_value("nl").run()
    assert not at.exception
    assert at.header[0].value == "Juridische bronnen"
    assert at.sidebar.radio(key="nav__nl").value == "sources"
    radio = at.radio(key="src_binding__nl")
    assert radio.value == "guidance" and radio.options == ["Alle", "Bindend recht", "Richtsnoeren"]
    at.sidebar.radio(key="ui_lang").set_value("en").run()
    assert at.radio(key="src_binding__en").value == "guidance"


def test_bundled_sets_are_case_files_only(tmp_path) -> None:
    from ui.views.evals import bundled_sets

    (tmp_path / "cases.jsonl").write_text(
        json.dumps({"id": "x", "lang": "en", "text": "t", "expected": {"overall": "prohibited"}}) + "\n",
        encoding="utf-8")
    (tmp_path / "retrieval-queries.jsonl").write_text(json.dumps({"id": "q", "query": "q"}) + "\n", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    assert [p.name for p in bundled_sets(tmp_path)] == ["cases.jsonl"]
    assert all(p.name != "retrieval-queries.jsonl" for p in bundled_sets())

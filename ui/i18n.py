"""Interface strings in Dutch and English. Every key exists in both languages (a test checks it).

``t(key, **values)`` formats the string of the current interface language (the sidebar toggle,
``st.session_state["ui_lang"]``; default ``SCREENER_UI_LANG`` or English). A key missing from
the chosen language falls back to English, and a key missing everywhere shows the key itself, so
a typo never crashes a page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

LANG_KEY = "ui_lang"
LANGS = {"en": "English", "nl": "Nederlands"}
LKEY_SEP = "__"

EN: dict[str, str] = {
    # app and navigation
    "app.title": "Article 5 AI Act screener",
    "app.version": "Version {version}",
    "nav.label": "Page",
    "nav.docs": "{n} document(s) screened in this session",
    "page.screen": "Screen",
    "page.result": "Result",
    "page.decision": "Decision",
    "page.export": "Export",
    "page.history": "History",
    "page.evals": "Evaluations",
    "page.sources": "Legal sources",
    "doc.none": "No screened document yet. Screen one on the Screen page or reopen one from History.",
    "doc.pick": "Document",
    # privacy
    "privacy.offline": "Offline: documents are screened on this machine and never leave it.",
    "privacy.offline_short": "Offline: documents stay on this machine",
    "privacy.llm_short": "A language-model endpoint is configured",
    "privacy.llm_banner": (
        "A language-model endpoint is configured: {url}. When you choose the LLM extractor, the text "
        "of your documents is sent to that endpoint."
    ),
    "privacy.llm_send": "The text of the documents will be sent to {url}.",
    # verdict words
    "verdict.prohibited": "Prohibited",
    "verdict.not_prohibited": "Not prohibited",
    "verdict.needs_review": "Needs review",
    "verdict.not_applicable": "Not applicable yet",
    "value.yes": "yes",
    "value.no": "no",
    "value.unknown": "unknown",
    "extractor.offline": "Offline (embedded, no network)",
    "extractor.llm": "Language model (configured endpoint)",
    # screen page
    "screen.intro": (
        "Upload project documents or paste a project description. Each document is checked against "
        "the prohibited AI practices of Article 5 of the AI Act (Regulation (EU) 2024/1689)."
    ),
    "screen.upload": "Documents (PDF, DOCX, TXT, Markdown, HTML)",
    "screen.upload_help": "One or more files of at most {mb} MB each, in Dutch or English.",
    "screen.paste": "Or paste a project description",
    "screen.paste_help": "Dutch or English text; it is screened like an uploaded file.",
    "screen.pasted_name": "pasted text",
    "screen.as_of": "Screen against the law as of",
    "screen.as_of_help": (
        "Points of Article 5 that apply only later (for example (ba) and (bb)) are shown as not "
        "applicable before their date, with the verdict they would get."
    ),
    "screen.extractor": "Fact extractor",
    "screen.extractor_help": (
        "The offline extractor runs on this machine. The language-model extractor sends the "
        "document text to the configured endpoint."
    ),
    "screen.resemblance": "Resemblance check (fewer quiet misses, more to review)",
    "screen.resemblance_help": (
        "Before the offline extractor answers 'no' because nothing in the document matches a known "
        "wording, a model trained on labelled cases checks whether the document resembles prohibited "
        "ones; if it does, that point goes to review. Off by default: it costs accuracy (see the README)."
    ),
    "screen.llm_missing": (
        "No language-model endpoint is configured (SCREENER_LLM_BASE_URL). Choose the offline "
        "extractor or configure an endpoint."
    ),
    "screen.run": "Screen",
    "screen.nothing": "Upload a file or paste text first.",
    "screen.running": "Screening {n} document(s)…",
    "screen.loading": "Loading the legal index and the extractor…",
    "screen.progress": "Document {i} of {n}: {name}",
    "screen.not_screened": "{name} was not screened: {message}",
    "screen.failed": "the screening failed ({error}).",
    "screen.setup_failed": "The screener could not start",
    "screen.setup_failed_detail": "The legal index or the extractor could not be loaded: {error}",
    "screen.store_fallback": "The Chroma server at {url} is not reachable: the legal index in {path} on this machine is used instead.",
    "screen.done_one": "{name}: {verdict}",
    "screen.finished": "Finished in {s} s",
    "screen.summary": "{made} document(s) screened, {failed} not screened",
    # result page
    "result.overall": "{verdict}: {name}",
    "result.overall_help.prohibited": "At least one practice of Article 5 is prohibited on the facts found.",
    "result.overall_help.needs_review": "A decisive fact is open for at least one practice: a person must decide.",
    "result.overall_help.not_prohibited": "No practice of Article 5 is prohibited on the facts found.",
    "result.as_of": "As of {date}",
    "result.extractor": "Extractor: {extractor}",
    "result.corpus": "Corpus {version}",
    "result.lang": "Language {code}",
    "result.pages": "{n} page(s)",
    "result.disclaimer": "This screening supports, and does not replace, a legal assessment.",
    "result.practices": "Practices of Article 5(1)",
    "result.trace": "How the verdict was reached",
    "scope.title": "Scope (Art. 3(1) AI system, Art. 2 exclusions)",
    "scope.in_scope": "In scope",
    "scope.not_ai_system": "Not an AI system",
    "scope.excluded": "Excluded",
    "scope.help.in_scope": "The system counts as an AI system and no exclusion of Article 2 applies.",
    "scope.help.not_ai_system": "The system does not meet the AI-system definition of Article 3(1).",
    "scope.help.excluded": "An exclusion of Article 2 applies (military, research, personal use, …).",
    "scope.details": "Scope facts ({n})",
    "card.applicable_since": "Applicable since {date}",
    "card.applies_from": "**Applies from {date}**; on the facts found it would then be: **{verdict}**.",
    "card.deciding": "**Deciding condition:** {question} → **{value}** (`{id}`)",
    "card.deciding_id": "**Deciding condition:** `{id}`",
    "card.facts": "Facts and quotes ({n})",
    "card.exception": "exception",
    "card.rationale": "Why: {text}",
    "card.demoted": "Counted as unknown: {reason}",
    "card.citations": "Legal passages ({n})",
    "quote.page": "p. {page}",
    "law.binding": "Binding law",
    "law.guidance": "Guidance (non-binding)",
    "law.eurlex": "Open on EUR-Lex",
    # decision page
    "decision.intro": (
        "For each practice, agree with the screener or override its verdict with a reason, and sign "
        "with your name. Every decision is appended to the audit log; a later decision on the same "
        "practice supersedes an earlier one."
    ),
    "decision.reviewer": "Reviewer name",
    "decision.reviewer_help": "Your name, recorded with each decision.",
    "decision.status": "{done} of {total} practices decided.",
    "decision.final_overall": "Overall after review: {verdict}",
    "decision.last": "Last decision: {decision} → {verdict}, by {reviewer} at {time} UTC",
    "decision.choice": "Decision",
    "decision.agree": "Agree",
    "decision.override": "Override",
    "decision.new_verdict": "New verdict",
    "decision.reason": "Reason for the override",
    "decision.sign": "Sign and record",
    "decision.recorded": "Decision recorded, signed by {reviewer}.",
    "decision.error.reviewer": "Enter your name before signing.",
    "decision.error.reason": "An override needs a reason.",
    "decision.error.verdict": "Choose a verdict different from the screener's to override.",
    "decision.error.decision": "Choose agree or override.",
    "decision.export_hint": "The report with these decisions can be downloaded on the Export page.",
    # export page
    "export.report": "Report: {name}",
    "export.pdf": "PDF",
    "export.html": "HTML",
    "export.md": "Markdown",
    "export.json": "JSON",
    "export.decided": "Report with the reviewer's decisions",
    "export.decided_help": "{n} of {total} practices decided; undecided practices are listed as such.",
    "export.decided_json": "Decided report (JSON)",
    "export.decided_md": "Decided report (Markdown)",
    "export.audit": "Audit log",
    "export.audit_help": "Append-only SQLite database: {path}",
    "export.audit_csv": "Decisions (CSV)",
    "export.screenings_csv": "Screenings (CSV)",
    # history page
    "history.verdict": "Verdict",
    "history.verdict_help": "The overall verdict, or the verdict of the chosen practice.",
    "history.practice": "Practice",
    "history.any_practice": "Any practice",
    "history.from": "From",
    "history.to": "To",
    "history.screenings": "Screenings ({n})",
    "history.decisions": "Decisions ({n})",
    "history.empty": "No screenings match.",
    "history.no_decisions": "No decisions match.",
    "history.pick": "Screening",
    "history.reopen": "Open",
    "history.missing": "Screening {id} was not found.",
    "history.col.id": "#",
    "history.col.time": "Time (UTC)",
    "history.col.document": "Document",
    "history.col.overall": "Overall",
    "history.col.flagged": "Flagged practices",
    "history.col.as_of": "As of",
    "history.col.extractor": "Extractor",
    "history.col.reviewer": "Reviewer",
    "history.col.practice": "Practice",
    "history.col.screener": "Screener",
    "history.col.decision": "Decision",
    "history.col.final": "Final verdict",
    "history.col.reason": "Reason",
    # evaluations page
    "evals.intro": (
        "Run the screener over a labelled case set (JSON Lines, one case per line with id, lang, "
        "text and expected) and compare its verdicts with the labels."
    ),
    "evals.source": "Case set",
    "evals.source.bundled": "Bundled set",
    "evals.source.upload": "Upload JSONL",
    "evals.no_bundled": "No bundled case sets found under evals/data.",
    "evals.pick": "Bundled set",
    "evals.upload": "Case file (JSONL)",
    "evals.upload_help": "The exchange format of the evaluation sets.",
    "evals.as_of": "As of (for cases without a date)",
    "evals.as_of_help": "Cases that carry their own as_of date keep it.",
    "evals.limit": "Only the first N cases (0 = all)",
    "evals.limit_help": "Useful for a quick check.",
    "evals.twice": "Screen every case twice",
    "evals.twice_help": "Counts cases whose verdict changes between two runs (takes twice as long).",
    "evals.run": "Run evaluation",
    "evals.bad_file": "The case file cannot be read: {error}",
    "evals.starting": "Loading the screener…",
    "evals.running": "Running the evaluation…",
    "evals.progress": "Case {i} of {n}: {id}",
    "evals.done": "{n} case(s) screened",
    "evals.failed": "The evaluation failed: {error}",
    "evals.results": "Results: {file}",
    "evals.per_practice": "Per practice",
    "evals.confusion": "Confusion matrices: expected (rows) against got (columns)",
    "evals.misses": "Misses ({n})",
    "evals.no_misses": "No misses.",
    "evals.error": "error",
    "evals.col.id": "Case",
    "evals.col.title": "Title",
    "evals.col.expected": "Expected",
    "evals.col.got": "Got",
    "evals.col.expected_practices": "Expected practices",
    "evals.col.got_practices": "Flagged practices",
    "evals.col.error": "Error",
    "evals.metric.n": "Cases",
    "evals.metric.overall_accuracy": "Overall accuracy",
    "evals.metric.flagged_recall": "Flagged recall",
    "evals.metric.prohibited_precision": "Prohibited precision",
    "evals.metric.prohibited_recall": "Prohibited recall",
    "evals.metric.prohibited_f1": "Prohibited F1",
    "evals.metric.false_prohibited": "False prohibited",
    "evals.metric.needs_review_rate": "Needs-review rate",
    "evals.metric.scope_accuracy": "Scope accuracy",
    "evals.metric.citation_recall": "Citation recall",
    "evals.metric.flips": "Flips",
    "evals.metric.latency_p50_s": "Median seconds",
    "evals.metric.errors": "Errors",
    # legal sources page
    "sources.intro": "Search the AI Act, its recitals and the Commission guidelines shipped with the screener.",
    "sources.query": "Search",
    "sources.placeholder": "e.g. emotion recognition in the workplace",
    "sources.lang": "Language",
    "sources.lang.all": "Both",
    "sources.lang.nl": "Dutch",
    "sources.lang.en": "English",
    "sources.binding": "Kind",
    "sources.binding.all": "All",
    "sources.binding.binding": "Binding law",
    "sources.binding.guidance": "Guidance",
    "sources.k": "Hits",
    "sources.search": "Search",
    "sources.empty_query": "Type what you are looking for.",
    "sources.loading": "Searching…",
    "sources.failed": "The search failed: {error}",
    "sources.hits": "{n} passage(s)",
    "sources.score": "score {score}",
}

NL: dict[str, str] = {
    "app.title": "Screener artikel 5 AI-verordening",
    "app.version": "Versie {version}",
    "nav.label": "Pagina",
    "nav.docs": "{n} document(en) gescreend in deze sessie",
    "page.screen": "Screenen",
    "page.result": "Resultaat",
    "page.decision": "Besluit",
    "page.export": "Exporteren",
    "page.history": "Geschiedenis",
    "page.evals": "Evaluaties",
    "page.sources": "Juridische bronnen",
    "doc.none": "Nog geen gescreend document. Screen er een op de pagina Screenen of open er een uit Geschiedenis.",
    "doc.pick": "Document",
    "privacy.offline": "Offline: documenten worden op deze computer gescreend en verlaten hem nooit.",
    "privacy.offline_short": "Offline: documenten blijven op deze computer",
    "privacy.llm_short": "Er is een taalmodel-endpoint ingesteld",
    "privacy.llm_banner": (
        "Er is een taalmodel-endpoint ingesteld: {url}. Als u de LLM-extractor kiest, wordt de tekst "
        "van uw documenten naar dat endpoint gestuurd."
    ),
    "privacy.llm_send": "De tekst van de documenten wordt naar {url} gestuurd.",
    "verdict.prohibited": "Verboden",
    "verdict.not_prohibited": "Niet verboden",
    "verdict.needs_review": "Beoordeling nodig",
    "verdict.not_applicable": "Nog niet van toepassing",
    "value.yes": "ja",
    "value.no": "nee",
    "value.unknown": "onbekend",
    "extractor.offline": "Offline (ingebouwd, geen netwerk)",
    "extractor.llm": "Taalmodel (ingesteld endpoint)",
    "screen.intro": (
        "Upload projectdocumenten of plak een projectbeschrijving. Elk document wordt getoetst aan "
        "de verboden AI-praktijken van artikel 5 van de AI-verordening (Verordening (EU) 2024/1689)."
    ),
    "screen.upload": "Documenten (PDF, DOCX, TXT, Markdown, HTML)",
    "screen.upload_help": "Een of meer bestanden van elk hoogstens {mb} MB, in het Nederlands of Engels.",
    "screen.paste": "Of plak een projectbeschrijving",
    "screen.paste_help": "Nederlandse of Engelse tekst; die wordt gescreend zoals een geüpload bestand.",
    "screen.pasted_name": "geplakte tekst",
    "screen.as_of": "Toetsen aan het recht op",
    "screen.as_of_help": (
        "Onderdelen van artikel 5 die pas later gelden (bijvoorbeeld (ba) en (bb)) worden vóór die "
        "datum getoond als nog niet van toepassing, met het oordeel dat ze dan zouden krijgen."
    ),
    "screen.extractor": "Feitenextractor",
    "screen.extractor_help": (
        "De offline extractor draait op deze computer. De taalmodel-extractor stuurt de tekst van "
        "het document naar het ingestelde endpoint."
    ),
    "screen.resemblance": "Gelijkeniscontrole (minder stille missers, meer te beoordelen)",
    "screen.resemblance_help": (
        "Voordat de offline extractor 'nee' antwoordt omdat niets in het document overeenkomt met een "
        "bekende formulering, kijkt een model dat op gelabelde gevallen is getraind of het document lijkt "
        "op verboden toepassingen; zo ja, dan gaat dat punt naar beoordeling. Standaard uit: het kost "
        "nauwkeurigheid (zie de README)."
    ),
    "screen.llm_missing": (
        "Er is geen taalmodel-endpoint ingesteld (SCREENER_LLM_BASE_URL). Kies de offline extractor "
        "of stel een endpoint in."
    ),
    "screen.run": "Screenen",
    "screen.nothing": "Upload eerst een bestand of plak tekst.",
    "screen.running": "{n} document(en) screenen…",
    "screen.loading": "De juridische index en de extractor laden…",
    "screen.progress": "Document {i} van {n}: {name}",
    "screen.not_screened": "{name} is niet gescreend: {message}",
    "screen.failed": "de screening is mislukt ({error}).",
    "screen.setup_failed": "De screener kon niet starten",
    "screen.setup_failed_detail": "De juridische index of de extractor kon niet worden geladen: {error}",
    "screen.store_fallback": "De Chroma-server op {url} is niet bereikbaar: de juridische index in {path} op deze machine wordt gebruikt.",
    "screen.done_one": "{name}: {verdict}",
    "screen.finished": "Klaar in {s} s",
    "screen.summary": "{made} document(en) gescreend, {failed} niet gescreend",
    "result.overall": "{verdict}: {name}",
    "result.overall_help.prohibited": "Ten minste één praktijk van artikel 5 is verboden op grond van de gevonden feiten.",
    "result.overall_help.needs_review": "Voor ten minste één praktijk staat een beslissend feit open: een mens moet beslissen.",
    "result.overall_help.not_prohibited": "Geen enkele praktijk van artikel 5 is verboden op grond van de gevonden feiten.",
    "result.as_of": "Peildatum {date}",
    "result.extractor": "Extractor: {extractor}",
    "result.corpus": "Corpus {version}",
    "result.lang": "Taal {code}",
    "result.pages": "{n} pagina('s)",
    "result.disclaimer": "Deze screening ondersteunt een juridische beoordeling en vervangt die niet.",
    "result.practices": "Praktijken van artikel 5, lid 1",
    "result.trace": "Hoe het oordeel tot stand kwam",
    "scope.title": "Reikwijdte (art. 3, punt 1, AI-systeem; uitzonderingen art. 2)",
    "scope.in_scope": "Binnen de reikwijdte",
    "scope.not_ai_system": "Geen AI-systeem",
    "scope.excluded": "Uitgezonderd",
    "scope.help.in_scope": "Het systeem geldt als AI-systeem en er is geen uitzondering van artikel 2 van toepassing.",
    "scope.help.not_ai_system": "Het systeem voldoet niet aan de definitie van AI-systeem in artikel 3, punt 1.",
    "scope.help.excluded": "Er is een uitzondering van artikel 2 van toepassing (militair, onderzoek, persoonlijk gebruik, …).",
    "scope.details": "Feiten over de reikwijdte ({n})",
    "card.applicable_since": "Van toepassing sinds {date}",
    "card.applies_from": "**Van toepassing vanaf {date}**; op grond van de gevonden feiten zou het dan zijn: **{verdict}**.",
    "card.deciding": "**Beslissende voorwaarde:** {question} → **{value}** (`{id}`)",
    "card.deciding_id": "**Beslissende voorwaarde:** `{id}`",
    "card.facts": "Feiten en citaten ({n})",
    "card.exception": "uitzondering",
    "card.rationale": "Waarom: {text}",
    "card.demoted": "Geteld als onbekend: {reason}",
    "card.citations": "Juridische passages ({n})",
    "quote.page": "p. {page}",
    "law.binding": "Bindend recht",
    "law.guidance": "Richtsnoer (niet bindend)",
    "law.eurlex": "Openen op EUR-Lex",
    "decision.intro": (
        "Ga per praktijk akkoord met de screener of wijk af van het oordeel met een reden, en "
        "onderteken met uw naam. Elk besluit wordt aan het auditlogboek toegevoegd; een later besluit "
        "over dezelfde praktijk vervangt een eerder besluit."
    ),
    "decision.reviewer": "Naam beoordelaar",
    "decision.reviewer_help": "Uw naam, vastgelegd bij elk besluit.",
    "decision.status": "{done} van {total} praktijken beslist.",
    "decision.final_overall": "Totaaloordeel na beoordeling: {verdict}",
    "decision.last": "Laatste besluit: {decision} → {verdict}, door {reviewer} om {time} UTC",
    "decision.choice": "Besluit",
    "decision.agree": "Akkoord",
    "decision.override": "Afwijken",
    "decision.new_verdict": "Nieuw oordeel",
    "decision.reason": "Reden voor de afwijking",
    "decision.sign": "Ondertekenen en vastleggen",
    "decision.recorded": "Besluit vastgelegd, ondertekend door {reviewer}.",
    "decision.error.reviewer": "Vul uw naam in voordat u ondertekent.",
    "decision.error.reason": "Een afwijking heeft een reden nodig.",
    "decision.error.verdict": "Kies een ander oordeel dan dat van de screener om af te wijken.",
    "decision.error.decision": "Kies akkoord of afwijken.",
    "decision.export_hint": "Het rapport met deze besluiten kunt u downloaden op de pagina Exporteren.",
    "export.report": "Rapport: {name}",
    "export.pdf": "PDF",
    "export.html": "HTML",
    "export.md": "Markdown",
    "export.json": "JSON",
    "export.decided": "Rapport met de besluiten van de beoordelaar",
    "export.decided_help": "{n} van {total} praktijken beslist; onbesliste praktijken worden als zodanig vermeld.",
    "export.decided_json": "Beoordeeld rapport (JSON)",
    "export.decided_md": "Beoordeeld rapport (Markdown)",
    "export.audit": "Auditlogboek",
    "export.audit_help": "SQLite-database waaraan alleen wordt toegevoegd: {path}",
    "export.audit_csv": "Besluiten (CSV)",
    "export.screenings_csv": "Screenings (CSV)",
    "history.verdict": "Oordeel",
    "history.verdict_help": "Het totaaloordeel, of het oordeel over de gekozen praktijk.",
    "history.practice": "Praktijk",
    "history.any_practice": "Elke praktijk",
    "history.from": "Van",
    "history.to": "Tot en met",
    "history.screenings": "Screenings ({n})",
    "history.decisions": "Besluiten ({n})",
    "history.empty": "Geen screenings gevonden.",
    "history.no_decisions": "Geen besluiten gevonden.",
    "history.pick": "Screening",
    "history.reopen": "Openen",
    "history.missing": "Screening {id} is niet gevonden.",
    "history.col.id": "#",
    "history.col.time": "Tijd (UTC)",
    "history.col.document": "Document",
    "history.col.overall": "Totaal",
    "history.col.flagged": "Gemarkeerde praktijken",
    "history.col.as_of": "Peildatum",
    "history.col.extractor": "Extractor",
    "history.col.reviewer": "Beoordelaar",
    "history.col.practice": "Praktijk",
    "history.col.screener": "Screener",
    "history.col.decision": "Besluit",
    "history.col.final": "Eindoordeel",
    "history.col.reason": "Reden",
    "evals.intro": (
        "Laat de screener een gelabelde set casussen beoordelen (JSON Lines, één casus per regel met "
        "id, lang, text en expected) en vergelijk de oordelen met de labels."
    ),
    "evals.source": "Set casussen",
    "evals.source.bundled": "Meegeleverde set",
    "evals.source.upload": "JSONL uploaden",
    "evals.no_bundled": "Geen meegeleverde sets gevonden onder evals/data.",
    "evals.pick": "Meegeleverde set",
    "evals.upload": "Casusbestand (JSONL)",
    "evals.upload_help": "Het uitwisselformaat van de evaluatiesets.",
    "evals.as_of": "Peildatum (voor casussen zonder datum)",
    "evals.as_of_help": "Casussen met een eigen as_of-datum houden die.",
    "evals.limit": "Alleen de eerste N casussen (0 = alle)",
    "evals.limit_help": "Handig voor een snelle controle.",
    "evals.twice": "Elke casus twee keer screenen",
    "evals.twice_help": "Telt casussen waarvan het oordeel tussen twee runs verandert (duurt twee keer zo lang).",
    "evals.run": "Evaluatie starten",
    "evals.bad_file": "Het casusbestand kan niet worden gelezen: {error}",
    "evals.starting": "De screener laden…",
    "evals.running": "De evaluatie loopt…",
    "evals.progress": "Casus {i} van {n}: {id}",
    "evals.done": "{n} casus(sen) gescreend",
    "evals.failed": "De evaluatie is mislukt: {error}",
    "evals.results": "Resultaten: {file}",
    "evals.per_practice": "Per praktijk",
    "evals.confusion": "Verwarringsmatrices: verwacht (rijen) tegen gekregen (kolommen)",
    "evals.misses": "Missers ({n})",
    "evals.no_misses": "Geen missers.",
    "evals.error": "fout",
    "evals.col.id": "Casus",
    "evals.col.title": "Titel",
    "evals.col.expected": "Verwacht",
    "evals.col.got": "Gekregen",
    "evals.col.expected_practices": "Verwachte praktijken",
    "evals.col.got_practices": "Gemarkeerde praktijken",
    "evals.col.error": "Fout",
    "evals.metric.n": "Casussen",
    "evals.metric.overall_accuracy": "Nauwkeurigheid totaal",
    "evals.metric.flagged_recall": "Recall gemarkeerd",
    "evals.metric.prohibited_precision": "Precisie verboden",
    "evals.metric.prohibited_recall": "Recall verboden",
    "evals.metric.prohibited_f1": "F1 verboden",
    "evals.metric.false_prohibited": "Onterecht verboden",
    "evals.metric.needs_review_rate": "Aandeel beoordeling nodig",
    "evals.metric.scope_accuracy": "Nauwkeurigheid reikwijdte",
    "evals.metric.citation_recall": "Recall citaties",
    "evals.metric.flips": "Omslagen",
    "evals.metric.latency_p50_s": "Mediaan seconden",
    "evals.metric.errors": "Fouten",
    "sources.intro": "Doorzoek de AI-verordening, de overwegingen en de richtsnoeren van de Commissie die met de screener worden meegeleverd.",
    "sources.query": "Zoeken",
    "sources.placeholder": "bijv. emotieherkenning op de werkplek",
    "sources.lang": "Taal",
    "sources.lang.all": "Beide",
    "sources.lang.nl": "Nederlands",
    "sources.lang.en": "Engels",
    "sources.binding": "Soort",
    "sources.binding.all": "Alle",
    "sources.binding.binding": "Bindend recht",
    "sources.binding.guidance": "Richtsnoeren",
    "sources.k": "Resultaten",
    "sources.search": "Zoeken",
    "sources.empty_query": "Typ waarnaar u zoekt.",
    "sources.loading": "Zoeken…",
    "sources.failed": "Het zoeken is mislukt: {error}",
    "sources.hits": "{n} passage(s)",
    "sources.score": "score {score}",
}

STRINGS: dict[str, dict[str, str]] = {"en": EN, "nl": NL}


def default_lang() -> str:
    lang = (os.environ.get("SCREENER_UI_LANG") or "en").strip().lower()
    return lang if lang in STRINGS else "en"


def current_lang() -> str:
    try:
        import streamlit as st

        lang = st.session_state.get(LANG_KEY)
    except Exception:  # noqa: BLE001 - outside a Streamlit run
        lang = None
    return lang if lang in STRINGS else default_lang()


def labels(prefix: str, lang: str | None = None) -> Callable[[Any], str]:
    """A ``format_func`` for widgets: ``value`` → ``t(prefix.value)`` in the language of now.

    The language is bound when the widget is drawn, so the labels stay those of that run.
    """
    bound = lang or current_lang()
    return lambda value: t(f"{prefix}.{value}", lang=bound)


def lkey(name: str, lang: str | None = None) -> str:
    """The widget key of a widget whose option labels are translated: ``name__<lang>``.

    Streamlit keeps a keyed widget's identity when its option labels change, and the browser
    then shows a selection that no longer exists (nothing looks selected). A key per language
    gives a fresh widget after a switch; :func:`carry_over` copies the chosen values across.
    """
    return f"{name}{LKEY_SEP}{lang or current_lang()}"


def carry_over(state: Any, old: str, new: str) -> None:
    """Copy the values of language-bound widgets (``lkey``) from ``old`` to ``new``."""
    if not old or old == new:
        return
    suffix = f"{LKEY_SEP}{old}"
    for key in list(state.keys()):
        if isinstance(key, str) and key.endswith(suffix):
            state[key[: -len(suffix)] + f"{LKEY_SEP}{new}"] = state[key]


def t(key: str, lang: str | None = None, **values: Any) -> str:
    """The string for ``key`` in ``lang`` (default: the interface language), formatted."""
    table = STRINGS.get(lang or current_lang(), EN)
    text = table.get(key) or EN.get(key) or key
    if values:
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
    return text

"""Every interface string exists in Dutch and English, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from ui.i18n import EN, NL, STRINGS, t

UI = Path(__file__).resolve().parents[2] / "ui"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_same_keys_in_both_languages() -> None:
    assert set(EN) == set(NL), {"only en": sorted(set(EN) - set(NL)), "only nl": sorted(set(NL) - set(EN))}
    assert set(STRINGS) == {"en", "nl"}


def test_same_placeholders_and_no_empty_strings() -> None:
    for key in EN:
        assert EN[key].strip() and NL[key].strip(), key
        assert _fields(EN[key]) == _fields(NL[key]), key


def _literal_keys() -> set[str]:
    keys: set[str] = set()
    for path in [*UI.glob("*.py"), *UI.glob("views/*.py")]:
        src = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""(?<![\w.])t\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)+)["']""", src))
    return keys


def test_every_key_used_in_the_code_exists() -> None:
    used = _literal_keys()
    assert len(used) > 100  # the regex still finds the calls
    missing = sorted(k for k in used if k not in EN)
    assert not missing, missing


def test_keys_built_at_run_time_exist() -> None:
    families = {
        "verdict": ("prohibited", "not_prohibited", "needs_review", "not_applicable"),
        "value": ("yes", "no", "unknown"),
        "scope": ("in_scope", "not_ai_system", "excluded"),
        "scope.help": ("in_scope", "not_ai_system", "excluded"),
        "result.overall_help": ("prohibited", "not_prohibited", "needs_review"),
        "decision": ("agree", "override"),
        "decision.error": ("reviewer", "reason", "verdict", "decision"),
        "extractor": ("offline", "llm"),
        "export": ("pdf", "html", "md", "json"),
        "evals.source": ("bundled", "upload"),
        "sources.lang": ("all", "nl", "en"),
        "sources.binding": ("all", "binding", "guidance"),
        "page": ("screen", "result", "decision", "export", "history", "evals", "sources"),
    }
    from ui.state import PAGES
    from ui.views.evals import HEADLINE

    assert set(PAGES) == set(families["page"])
    for prefix, names in families.items():
        for name in names:
            assert f"{prefix}.{name}" in EN, f"{prefix}.{name}"
    for metric in HEADLINE:
        assert f"evals.metric.{metric}" in EN, metric


def test_verdict_words_differ_per_language() -> None:
    assert t("verdict.prohibited", lang="en") == "Prohibited"
    assert t("verdict.prohibited", lang="nl") == "Verboden"
    assert t("verdict.needs_review", lang="nl") == "Beoordeling nodig"


def test_formatting_and_fallbacks() -> None:
    assert t("quote.page", lang="nl", page=3) == "p. 3"
    assert t("no.such.key", lang="nl") == "no.such.key"
    assert "{page}" in t("quote.page", lang="en", wrong=1)  # a missing value does not raise

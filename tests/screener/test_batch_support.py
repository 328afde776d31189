"""Helpers for the batch tests: a fast, deterministic stand-in for the screening pipeline.

``fake_factory`` has the screen-factory signature of ``screener.batch.runner``; it is imported by
name in spawned worker processes (``--screen-factory test_batch_support:fake_factory`` with this
folder on ``PYTHONPATH``), so it must stay importable without pytest fixtures.

Verdicts depend only on the document text: "emotie"/"emotion" → art5.1.f prohibited, "fraude"/
"fraud" → art5.1.d needs_review, "CRASH" → the screening raises. ``BATCH_FAKE_DELAY`` (seconds)
slows each record down (for the kill test).
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timezone

PRACTICES = ("art5.1.a", "art5.1.b", "art5.1.ba", "art5.1.bb", "art5.1.c",
             "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h")


def fake_verdicts(text: str) -> dict[str, str]:
    low = text.lower()
    verdicts = {p: "not_prohibited" for p in PRACTICES}
    if "emotie" in low or "emotion" in low:
        verdicts["art5.1.f"] = "prohibited"
    if "fraude" in low or "fraud" in low:
        verdicts["art5.1.d"] = "needs_review"
    return verdicts


def fake_factory(settings, as_of: date):
    from screener.report.model import DocumentInfo, PracticeResult, Report, ScopeResult

    delay = float(os.environ.get("BATCH_FAKE_DELAY") or 0)

    def screen_one(doc):
        if "CRASH" in doc.text:
            raise RuntimeError("simulated screening failure")
        if delay:
            time.sleep(delay)
        verdicts = fake_verdicts(doc.text)
        practices = [
            PracticeResult(
                id=p, title=p, verdict=v, applicable=True, applies_from=date(2025, 2, 2),
                verdict_when_applicable=v,
                deciding_condition=(f"{p.split('.')[-1]}.fake" if v != "not_prohibited" else None),
            )
            for p, v in verdicts.items()
        ]
        values = set(verdicts.values())
        overall = "prohibited" if "prohibited" in values else ("needs_review" if "needs_review" in values else "not_prohibited")
        return Report(
            as_of=as_of, corpus_version="fake", extractor="fake", created_at=datetime.now(timezone.utc),
            document=DocumentInfo(name=doc.name, sha256=doc.sha256, lang=doc.lang),
            scope=ScopeResult(verdict="in_scope"), overall=overall, practices=practices,
            timings={"fake": 0.0},
        )

    return screen_one


def test_fake_verdicts_are_deterministic():
    assert fake_verdicts("Het systeem herkent emoties")["art5.1.f"] == "prohibited"
    assert fake_verdicts("fraud risk")["art5.1.d"] == "needs_review"
    assert set(fake_verdicts("nothing")) == set(PRACTICES)


def broken_factory(settings, as_of: date):
    """A screener that cannot start (like a missing embedding model)."""
    raise RuntimeError("model files missing: pip install some-model-package")


def write_records(path, rows) -> None:
    import json

    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


GERMAN = (
    "Das System bewertet die Bewerbungen der Kandidaten und wird von der Stadtverwaltung für die "
    "Auswahl von Mitarbeitern eingesetzt. Es ist nicht mit anderen Systemen verbunden, und die Daten "
    "werden nach einem Jahr gelöscht, wenn sie nicht mehr benötigt werden. Die Entscheidung trifft "
    "immer ein Mensch, der auch die Ergebnisse des Systems prüfen kann."
)


def sample_rows(n: int = 12) -> list[dict]:
    """``n`` Dutch records (every 4th mentions emotions, every 5th fraud) plus three bad ones."""
    rows = []
    for i in range(n):
        desc = f"Het algoritme {i} ondersteunt medewerkers bij het beoordelen van aanvragen van inwoners."
        if i % 4 == 1:
            desc += " Het systeem herkent emoties van werknemers op de werkvloer."
        if i % 5 == 2:
            desc += " Het model voorspelt de kans op fraude met een uitkering."
        rows.append({"id": f"r{i:03d}", "name": f"Algoritme {i}", "description": desc, "organisation": "Gemeente X"})
    rows.append({"id": "empty", "name": "Zonder tekst", "description": "", "organisation": "Gemeente Y"})
    rows.append({"id": "german", "name": "Bewerberauswahl", "description": GERMAN, "organisation": "Stadt Z"})
    rows.append({"id": "crash", "name": "Crash", "description": "Dit record laat de screening CRASH falen."})
    return rows

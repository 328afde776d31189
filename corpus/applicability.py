"""When a provision applies: ``applies_from("art5.1.c") -> date(2025, 2, 2)``.

Reads ``corpus/data/applicability.yaml`` (dates from Art. 113 as amended by Reg. (EU) 2026/1744).
Resolution for an id:

1. the id itself when listed;
2. else its nearest listed ancestor (``art5.1.h.i`` → ``art5.1.h``; ``art99.3`` → ``art99``);
3. else, for a container of listed provisions (``art5``, ``art5.1``), the earliest date among its
   listed descendants (the unit applies, at least in part, from then);
4. else ``None`` (no date recorded; the caller decides).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from corpus.parsers.common import load_yaml

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=8)
def load_applicability(data_dir: Path | None = None) -> dict[str, date]:
    """Provision id → first date of application, as listed in ``applicability.yaml``."""
    path = (data_dir or DEFAULT_DATA_DIR) / "applicability.yaml"
    doc = load_yaml(path.read_text(encoding="utf-8")) or {}
    out: dict[str, date] = {}
    for entry in doc.get("entries", []):
        raw = entry["applies_from"]
        when = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
        for pid in entry.get("provisions", []):
            out[str(pid)] = when
    return out


def _ancestors(provision_id: str):
    pid = provision_id
    while "." in pid:
        pid = pid.rsplit(".", 1)[0]
        yield pid


def applies_from(provision_id: str, data_dir: Path | None = None) -> date | None:
    table = load_applicability(data_dir)
    if provision_id in table:
        return table[provision_id]
    for anc in _ancestors(provision_id):
        if anc in table:
            return table[anc]
    prefix = provision_id + "."
    below = [d for pid, d in table.items() if pid.startswith(prefix)]
    return min(below) if below else None

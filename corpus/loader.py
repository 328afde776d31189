"""Load the shipped legal corpus (``corpus/data``) as citable :class:`~corpus.models.Unit` s.

- ``load_units()`` — every unit: Regulation (EU) 2024/1689 in EN and NL (OJ text, plus the
  consolidated Article 5 of 27.7.2026), the Commission guidelines C(2025) 5052 / 5053, the Dutch
  Algoritmekader pages and the MinBZK Beslishulp. Cached per data directory.
- ``get_unit(id, lang, as_of)`` — one unit; the consolidated wording when ``as_of`` is on or after
  27.7.2026 and a consolidated version of that id exists, else the OJ text.
- ``corpus_version()`` — short stable hash of the shipped files and the parser version.

Ids are documented in :mod:`corpus.parsers.regulation` and :mod:`corpus.parsers.guidelines`.
``(id, lang, text_version)`` is unique (checked at load time).
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

from corpus.models import VERSION_CONSOLIDATED, VERSION_OJ, Unit
from corpus.parsers.algoritmekader import parse_algoritmekader_file
from corpus.parsers.beslishulp import parse_decision_tree
from corpus.parsers.common import PARSER_VERSION
from corpus.parsers.guidelines import DOCS as GUIDELINE_DOCS
from corpus.parsers.guidelines import parse_guideline_file
from corpus.parsers.regulation import parse_regulation_file

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
#: Start date of the EUR-Lex consolidated text that carries the Reg. (EU) 2026/1744 amendments.
CONSOLIDATED_FROM = date(2026, 7, 27)
CONSOLIDATED_DIR = "regulation/consolidated-2026-07-27"


class CorpusError(RuntimeError):
    """The shipped corpus is missing or inconsistent."""


def _resolve(data_dir: Path | str | None) -> Path:
    return Path(data_dir).resolve() if data_dir is not None else DEFAULT_DATA_DIR


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[Unit, ...]:
    if not (root / "regulation").is_dir():
        raise CorpusError(f"legal corpus not found under {root}")
    units: list[Unit] = []
    for lang in ("en", "nl"):
        for path in sorted((root / "regulation" / lang).glob("*.md")):
            units.extend(parse_regulation_file(path, _rel(path, root), VERSION_OJ))
        cdir = root / CONSOLIDATED_DIR / lang
        for path in sorted(cdir.glob("*.md")):
            units.extend(parse_regulation_file(path, _rel(path, root), VERSION_CONSOLIDATED))
    for name in GUIDELINE_DOCS:
        path = root / "guidelines" / name
        if path.exists():
            units.extend(parse_guideline_file(path, _rel(path, root)))
    for path in sorted((root / "guidelines" / "nl-algoritmekader").glob("*.md")):
        if path.name.upper().startswith("LICENSE"):
            continue
        units.extend(parse_algoritmekader_file(path, _rel(path, root)))
    tree = root / "beslishulp" / "decision-tree.yaml"
    if tree.exists():
        units.extend(parse_decision_tree(tree, _rel(tree, root)))

    seen: set[str] = set()
    for u in units:
        if u.key in seen:
            raise CorpusError(f"duplicate unit {u.key}")
        if not u.text.strip():
            raise CorpusError(f"empty unit {u.key}")
        seen.add(u.key)
    return tuple(units)


def load_units(data_dir: Path | None = None) -> list[Unit]:
    """All units, both languages, both text versions (cached per process and data dir).

    The ``Unit`` objects are shared between calls: treat them as read-only.
    """
    return list(_load(_resolve(data_dir)))


@lru_cache(maxsize=4)
def _index(root: Path) -> dict[str, Unit]:
    return {u.key: u for u in _load(root)}


def get_unit(
    unit_id: str,
    lang: str = "en",
    as_of: date | None = None,
    *,
    data_dir: Path | None = None,
) -> Unit | None:
    """The unit ``unit_id`` in ``lang``; consolidated wording when ``as_of >= 2026-07-27``.

    Ids that only exist in the consolidated text (``art5.1.ba``) are None before that date.
    """
    index = _index(_resolve(data_dir))
    if as_of is not None and as_of >= CONSOLIDATED_FROM:
        unit = index.get(f"{unit_id}|{lang}|{VERSION_CONSOLIDATED}")
        if unit is not None:
            return unit
    return index.get(f"{unit_id}|{lang}|{VERSION_OJ}")


@lru_cache(maxsize=4)
def _version(root: Path) -> str:
    manifest = root / "MANIFEST.sha256"
    h = hashlib.sha256()
    h.update(manifest.read_bytes() if manifest.exists() else b"")
    h.update(f"|parser={PARSER_VERSION}".encode())
    return h.hexdigest()[:12]


def corpus_version(data_dir: Path | None = None) -> str:
    """First 12 hex digits of sha256(MANIFEST.sha256 + parser version): changes with the data."""
    return _version(_resolve(data_dir))

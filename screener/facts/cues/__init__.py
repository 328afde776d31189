"""Load the curated cue lists of the offline fact extractor (``screener/facts/cues/*.yaml``).

The cue lists are data, meant to be read and edited by lawyers: see ``README.md`` in this folder
for the format. This module only turns the YAML into compiled regular expressions:

* a pattern is matched against a *normalised* sentence: lower case, accents removed ("é" → "e"),
  typographic quotes and dashes made plain, whitespace collapsed;
* a space in a pattern matches a space, a hyphen or nothing ("real time" matches "real-time",
  "real time" and "realtime");
* a pattern only matches at the start of a word ("emotie" matches "emotieherkenning" but not
  "reclame-emotie"); add ``\\b`` at its end to forbid longer words ("ai\\b");
* ``{{name}}`` inserts the shared term ``name`` from ``common.yaml``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

CUES_DIR = Path(__file__).resolve().parent
COMMON_FILE = "common.yaml"
KINDS = ("positive", "negative", "trigger", "fallback_trigger")

_TERM_REF = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")


class CueError(ValueError):
    """A cue file is malformed (unknown term, invalid regular expression, missing field)."""


@dataclass(frozen=True)
class Cue:
    """One curated pattern for one question.

    ``kind`` is positive (signals yes), negative (explicitly states the condition fails), trigger
    (the topic is mentioned: at least unknown) or fallback_trigger (a trigger used only when the
    sentence-embedding signal is unavailable).
    """

    qid: str
    kind: str
    label: str
    pattern: str  # as written in the YAML (for display)
    regex: re.Pattern
    with_regex: re.Pattern | None = None
    with_pattern: str | None = None
    within: int = 0  # sentences either side in which ``with`` must match (0: same sentence)
    context: str = ""  # wording for the rationale when ``with`` matched, e.g. "in a workplace context"
    otherwise: str = "trigger"  # what a positive cue counts as when ``with`` does not match
    blocks_no: bool = True  # trigger cues: False = does not keep an explicit "no" at unknown
    exclusive: bool = False  # negative cues: ignored in a sentence that also has a positive cue
    keeps_topic_open: bool = True  # positive cues: False = this statement alone does not keep a sibling's lone topic word open
    yields_regex: re.Pattern | None = None  # negative cues: ignored when a positive cue of the question is stated, anywhere, in a sentence that matches it
    overrides: bool = False  # negative cues: an explicit exclusion that outweighs every positive of the question; positive cues: a statement of whom the act is about that outweighs plain negatives
    negated_form: bool = False  # positive cues whose wording is a negation ("not told it is an AI"): nearby negators do not turn them
    except_regex: re.Pattern | None = None  # positive cues: in a sentence that also matches it, only a mention (trigger)
    except_why: str = ""  # wording for the rationale when ``except_in`` matched
    except_as: str = "trigger"  # what the cue counts as where ``except_in`` matched: a mention (trigger) or nothing (ignore)
    kinds: tuple[tuple[str, re.Pattern], ...] = ()  # ``several_of``: named kinds of which a sentence must name ``at_least``
    at_least: int = 0
    several_within: int = 0  # ``several_of``: the kinds may also be named in this many following sentences (a list)


@dataclass(frozen=True)
class QuestionCues:
    qid: str
    practice: str | None
    condition: str  # short wording used in rationales: "emotion recognition"
    defining: bool = False
    modal_ok: bool = False  # "may/could cause" still counts (harm conditions)
    negation_is_negative: bool = True
    trigger_blocks_no: bool = False  # a trigger elsewhere keeps an explicit "no" at unknown
    threshold: float | None = None  # embedding threshold override
    circumstance: bool = False  # a setting or consequence (workplace, public space, harm), see README
    circumstances_count: bool = False  # a stated circumstance (harm, setting) also keeps the absence "no" away
    lone_topic: str = ""  # "on": a mere topic word with nothing else of the practice may be a "no"; "strict": not even a mentioned circumstance; "": never
    related: tuple[str, ...] = ()  # questions of other practices whose "yes" also blocks the quoted-absence "no"
    lone_topic_ignores: tuple[str, ...] = ()  # circumstances of the practice that benign documents state all the time: they do not keep a lone topic open
    lone_topic_ignores_mentions: tuple[str, ...] = ()  # conditions of the practice whose mere mention (a trigger, not a statement) does not keep a lone topic open
    positive: tuple[Cue, ...] = ()
    negative: tuple[Cue, ...] = ()
    trigger: tuple[Cue, ...] = ()
    fallback_trigger: tuple[Cue, ...] = ()
    exemplars: tuple[str, ...] = ()
    inferred_from: tuple[str, ...] = ()  # questions whose joint "yes" implies this one when nothing states it
    inference: str = ""  # why they imply it (legal reference), quoted in the rationale


@dataclass(frozen=True)
class CueSet:
    version: str
    digest: str
    questions: dict[str, QuestionCues]
    embedding_threshold: float
    negation_before: re.Pattern
    negation_near: re.Pattern
    negation_after: re.Pattern
    negation_after_strong: re.Pattern
    not_negation: re.Pattern
    exclusion_head: re.Pattern
    after_person: re.Pattern
    hard_boundary: re.Pattern
    soft_boundary: re.Pattern
    rejection: re.Pattern
    hypothetical: re.Pattern
    legal_reference: re.Pattern
    meta_text: re.Pattern
    open_statement: re.Pattern
    purpose: re.Pattern
    mitigation: re.Pattern
    terms: dict[str, str] = field(default_factory=dict)

    @property
    def model(self) -> str:
        return f"cues-{self.version}+{self.digest}"


# --------------------------------------------------------------------------- normalisation

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\u00ad": "", "\ufeff": "",
        "\u2026": "...",
    }
)
_LINEBREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_WS = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """The form every cue pattern is matched against (see the module docstring)."""
    text = text.translate(_TRANSLATE)
    text = _LINEBREAK_HYPHEN.sub("", text)
    text = strip_accents(text).lower()
    return _WS.sub(" ", text).strip()


# --------------------------------------------------------------------------- compiling


def _expand_terms(pattern: str, terms: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise CueError(f"{where}: terms nested too deeply")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in terms:
            raise CueError(f"{where}: unknown term {{{{{name}}}}}")
        return "(?:" + _expand_terms(terms[name], terms, where, depth + 1) + ")"

    return _TERM_REF.sub(sub, pattern)


def _spaces(pattern: str) -> str:
    """A literal space matches space, hyphen or nothing (outside character classes/quantifiers)."""
    out: list[str] = []
    in_class = False
    in_brace = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            out.append(ch)
            escaped = True
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
            continue
        if ch == "[":
            in_class = True
        elif ch == "{":
            in_brace = True
        elif ch == "}":
            in_brace = False
        if ch == " " and not in_brace:
            out.append("[ -]{0,3}")
        else:
            out.append(ch)
    return "".join(out)


def compile_pattern(pattern: str, terms: dict[str, str], where: str, word_start: bool = True) -> re.Pattern:
    text = strip_accents(str(pattern)).strip()
    if not text:
        raise CueError(f"{where}: empty pattern")
    text = _spaces(_expand_terms(text, terms, where))
    if word_start:
        text = r"(?<![a-z0-9])(?:" + text + ")"
    # Sentences are lower-cased before matching, so case-insensitive matching is only needed
    # when a pattern contains a capital letter outside an escape (twice as slow).
    flags = re.IGNORECASE if re.search(r"(?<!\\)[A-Z]", text) else 0
    try:
        return re.compile(text, flags)
    except re.error as exc:  # pragma: no cover - surfaced by the cue tests
        raise CueError(f"{where}: invalid regular expression ({exc}): {pattern!r}") from exc


def _join(patterns, terms, where, word_start=True) -> re.Pattern:
    if isinstance(patterns, str):
        patterns = [patterns]
    parts = [str(p) for p in patterns if str(p).strip()]
    if not parts:
        return re.compile(r"(?!x)x")
    return compile_pattern("|".join(f"(?:{p})" for p in parts), terms, where, word_start)


def _trigger_or_ignore(raw: dict, key: str, where: str) -> str:
    """``otherwise`` and ``except_as``: what a hit that is not a statement counts as."""
    value = raw.get(key, "trigger")
    if value not in ("trigger", "ignore"):
        raise CueError(f"{where}: '{key}' must be trigger or ignore")
    return value


def _cue(qid: str, kind: str, raw: dict, terms: dict[str, str], n: int) -> Cue:
    where = f"{qid} {kind} #{n + 1}"
    if not isinstance(raw, dict) or not ("match" in raw or "several_of" in raw):
        raise CueError(f"{where}: a cue needs 'cue' (a label) and 'match' (a pattern)")
    kinds, at_least = _several_of(raw, terms, where)
    pattern = raw.get("match") or "|".join(f"(?:{p})" for p in raw["several_of"].values())
    if isinstance(pattern, list):
        pattern = "|".join(f"(?:{p})" for p in pattern)
    with_pattern = raw.get("with")
    if isinstance(with_pattern, list):
        with_pattern = "|".join(f"(?:{p})" for p in with_pattern)
    if raw.get("except_in") and kind != "positive":
        raise CueError(f"{where}: 'except_in' applies to positive cues only")
    if raw.get("keeps_topic_open") is not None and kind != "positive":
        raise CueError(f"{where}: 'keeps_topic_open' applies to positive cues only")
    if raw.get("yields_to") and kind != "negative":
        raise CueError(f"{where}: 'yields_to' applies to negative cues only")
    otherwise = _trigger_or_ignore(raw, "otherwise", where)
    except_as = _trigger_or_ignore(raw, "except_as", where)
    return Cue(
        qid=qid,
        kind=kind,
        label=str(raw.get("cue") or pattern),
        pattern=str(pattern),
        regex=compile_pattern(pattern, terms, where),
        with_regex=compile_pattern(with_pattern, terms, where + " (with)") if with_pattern else None,
        with_pattern=str(with_pattern) if with_pattern else None,
        within=int(raw.get("within", 0)),
        context=str(raw.get("context", "")),
        otherwise=otherwise,
        blocks_no=bool(raw.get("blocks_no", True)),
        exclusive=bool(raw.get("exclusive", False)),
        keeps_topic_open=bool(raw.get("keeps_topic_open", True)),
        yields_regex=compile_pattern(raw["yields_to"], terms, where + " (yields_to)", word_start=False)
        if raw.get("yields_to")
        else None,
        overrides=bool(raw.get("overrides", False)),
        negated_form=bool(raw.get("negated_form", False)),
        except_regex=compile_pattern(raw["except_in"], terms, where + " (except_in)", word_start=False)
        if raw.get("except_in")
        else None,
        except_why=str(raw.get("except_why", "in a sentence that does not establish it")),
        except_as=except_as,
        kinds=kinds,
        at_least=at_least,
        several_within=int(raw.get("several_within", 0)),
    )


def _several_of(raw: dict, terms: dict[str, str], where: str) -> tuple[tuple[tuple[str, re.Pattern], ...], int]:
    """``several_of``: named kinds of thing (a library, parking fines, social media …), of which
    one sentence must name ``at_least`` (default 2) different ones for the cue to match; the
    compiled kinds and that count ((), 0 for an ordinary cue)."""
    kinds = raw.get("several_of")
    if kinds is None:
        return (), 0
    if not isinstance(kinds, dict) or len(kinds) < 2:
        raise CueError(f"{where}: 'several_of' must map at least two names to patterns")
    at_least = int(raw.get("at_least", 2))
    if not 2 <= at_least <= len(kinds):
        raise CueError(f"{where}: 'at_least' must be between 2 and the number of kinds")
    compiled = tuple((str(k), compile_pattern(v, terms, f"{where} (several_of {k})")) for k, v in kinds.items())
    return compiled, at_least


def _lone_topic(qid: str, value: object) -> str:
    """YAML ``lone_topic: true | false | strict`` as "on", "" or "strict"."""
    if value in ("strict", True, False):
        return {"strict": "strict", True: "on", False: ""}[value]
    raise CueError(f"{qid}: lone_topic must be true, false or strict, not {value!r}")


def _question(qid: str, practice: str | None, raw: dict, terms: dict[str, str]) -> QuestionCues:
    if not isinstance(raw, dict):
        raise CueError(f"{qid}: expected a mapping")
    lists = {}
    for kind in KINDS:
        items = raw.get(kind) or []
        lists[kind] = tuple(_cue(qid, kind, item, terms, i) for i, item in enumerate(items))
    return QuestionCues(
        qid=qid,
        practice=practice,
        condition=str(raw.get("condition") or qid),
        defining=bool(raw.get("defining", False)),
        modal_ok=bool(raw.get("modal_ok", False)),
        negation_is_negative=bool(raw.get("negation_is_negative", True)),
        trigger_blocks_no=bool(raw.get("trigger_blocks_no", raw.get("defining", False))),
        threshold=float(raw["threshold"]) if raw.get("threshold") is not None else None,
        circumstance=bool(raw.get("circumstance", False)),
        lone_topic=_lone_topic(qid, raw.get("lone_topic", False)),
        circumstances_count=bool(raw.get("circumstances_count", False)),
        related=tuple(str(x) for x in (raw.get("related") or [])),
        lone_topic_ignores=tuple(str(x) for x in (raw.get("lone_topic_ignores") or [])),
        lone_topic_ignores_mentions=tuple(str(x) for x in (raw.get("lone_topic_ignores_mentions") or [])),
        positive=lists["positive"],
        negative=lists["negative"],
        trigger=lists["trigger"],
        fallback_trigger=lists["fallback_trigger"],
        exemplars=tuple(str(x) for x in (raw.get("exemplars") or [])),
        inferred_from=tuple(str(x) for x in (raw.get("inferred_from") or [])),
        inference=str(raw.get("inference") or ""),
    )


def load_cues(directory: Path | None = None) -> CueSet:
    """Read and compile every cue file of ``directory`` (default: this package's folder)."""
    return _load(str((directory or CUES_DIR).resolve()))


@lru_cache(maxsize=4)
def _load(directory: str) -> CueSet:
    root = Path(directory)
    files = sorted(p for p in root.glob("*.yaml"))
    if not (root / COMMON_FILE).is_file():
        raise CueError(f"{root / COMMON_FILE} is missing")
    digest = hashlib.sha256()
    raw_by_file: dict[str, dict] = {}
    for path in files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data + b"\0")
        raw_by_file[path.name] = yaml.safe_load(data.decode("utf-8")) or {}
    common = raw_by_file.pop(COMMON_FILE)
    terms = {str(k): str(v) for k, v in (common.get("terms") or {}).items()}
    neg = common.get("negation") or {}
    questions: dict[str, QuestionCues] = {}
    for name in sorted(raw_by_file):
        data = raw_by_file[name]
        practice = data.get("practice")
        for qid, raw in (data.get("questions") or {}).items():
            if qid in questions:
                raise CueError(f"{name}: question {qid} is defined twice")
            questions[str(qid)] = _question(str(qid), practice, raw, terms)
    c = lambda key, ws=True: _join(common.get(key) or [], terms, key, ws)
    n = lambda key, ws=True: _join(neg.get(key) or [], terms, "negation." + key, ws)
    return CueSet(
        version=str(common.get("version", "0")),
        digest=digest.hexdigest()[:8],
        questions=questions,
        embedding_threshold=float((common.get("embedding") or {}).get("threshold", 0.6)),
        negation_before=n("before"),
        negation_near=n("near"),
        negation_after=n("after"),
        negation_after_strong=n("after_strong"),
        not_negation=n("not_negation"),
        exclusion_head=n("exclusion_head"),
        after_person=n("after_person"),
        hard_boundary=n("hard_boundary", False),
        soft_boundary=n("soft_boundary", False),
        rejection=c("rejection"),
        hypothetical=c("hypothetical"),
        legal_reference=c("legal_reference"),
        meta_text=c("meta_text"),
        open_statement=c("open_statement"),
        purpose=c("purpose"),
        mitigation=c("mitigation"),
        terms=terms,
    )


__all__ = ["Cue", "CueError", "CueSet", "QuestionCues", "load_cues", "normalise", "strip_accents"]

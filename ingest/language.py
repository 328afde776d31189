"""Deterministic language identification by stopword frequency (no model, no randomness).

``detect_language(text)`` returns one of ``nl``, ``en``, ``de``, ``fr``, ``es``, ``it`` or
``unknown``. German, French, Spanish and Italian are recognised so that such documents are refused
as unsupported rather than forced into Dutch or English. A word that is a stopword in several
languages counts ``1/k`` for each of them. Short texts (few stopwords) and mixed texts resolve to
whichever of Dutch/English scores higher; another language is only returned when it clearly
dominates.
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        """
        de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of door
        worden wordt werd naar uit maar over kan dan nog deze dit wat hij zij ze wij we ons onze
        hun zich hebben heeft had tot zo geen meer wel al wie waar hoe omdat waarbij tussen onder
        tegen na sinds zonder moet moeten kunnen zullen zal mag mogen alle andere veel binnen welke
        hierbij daarbij via tijdens dus echter waarin daarom zoals vanuit betreft waarop wanneer
        hoewel waardoor daarnaast hiervoor hiermee ervan erop eruit ieder iedere elk elke zodat
        indien mits vaak reeds slechts alleen geen niets iets hem haar jullie u uw jij je mijn
        """.split()
    ),
    "en": frozenset(
        """
        the of and to a in is that for it as with on be by this are or from at an which not have
        has was were will can would should could their they its these those been may such also
        other into than more all any each there who whom what when where how we our us you your
        he she his her them but if then so do does did only about between under within without
        through must shall being upon whether while because however therefore both either neither
        whose why same own very most some no nor just over after before during against
        """.split()
    ),
    "de": frozenset(
        """
        der die das und ist nicht ein eine einer eines einem einen zu den dem des mit sich auf für
        von im es auch als an aus bei nach wird werden wurde wurden sind oder wie aber noch nur so
        kann können diese dieser dieses durch über unter zwischen ohne sowie sein seine ihre ihr
        wir sie er ich uns dass daß wenn hat haben zum zur vom beim mehr muss müssen soll sollen
        welche alle gegen bis in was wo weil damit denn doch schon sehr hier dort jedoch
        """.split()
    ),
    "fr": frozenset(
        """
        le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces
        il elle ils elles nous vous sont par plus ou mais ne se sa son ses leur leurs été être
        avoir ont était comme tout tous toutes aussi entre sans sous dont où lorsque ainsi peut
        doit cela même qu notre nos votre vos très peu afin chez selon depuis ceux celle celui
        """.split()
    ),
    "es": frozenset(
        """
        el la los las de del y en que un una unos unas es por para con no se su sus al lo como
        más pero este esta estos estas ese esa esos esas son ha han ser está están sobre entre
        sin también muy cuando donde porque todo todos toda todas hay fue puede pueden debe o ya
        desde hasta nos les cual cuales sido otro otra otros otras según cada mismo
        """.split()
    ),
    "it": frozenset(
        """
        il lo la i gli le di del della dei delle degli dello e è che un una uno in per con non si
        da dal dalla dai al alla ai alle nel nella nei nelle sono come più ma anche questo questa
        questi queste essere stato stata ha hanno sua suo suoi loro tra fra senza sulla sul dove
        quando perché può deve ogni tutti tutte ed o cui quale quali molto ancora già sia
        """.split()
    ),
}

SUPPORTED = ("nl", "en")
LANGUAGES = tuple(STOPWORDS)

#: Below this many (weighted) stopword hits a text is "short": only nl/en are considered.
MIN_HITS = 3.0
#: A language other than nl/en is returned when it has at least ``hits`` weighted hits and
#: ``dominance`` times the score of the better of nl/en (stricter for short texts).
FOREIGN_RULES = ((4.0, 3.0), (8.0, 2.0))
#: Only the first this-many characters are scored (plenty for a decision, bounded cost).
SAMPLE_CHARS = 200_000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _WEIGHTS.setdefault(_w, {})[_lang] = 0.0
for _w, _langs in _WEIGHTS.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)


def _tokens(text: str) -> list[str]:
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    out: list[str] = []
    for w in words:
        # French/Italian elisions ("l'intelligence", "dell'uomo") and English "'s": keep the head
        if "'" in w or "’" in w:
            head, _, tail = w.replace("’", "'").partition("'")
            if len(head) <= 3 and head not in ("don", "isn", "can"):
                out.append(head + "'")  # "l'" and "qu'" are not in the lists: neutral
                out.append(tail)
                continue
            out.append(head)
            continue
        out.append(w)
    return out


def language_scores(text: str) -> dict[str, float]:
    """Weighted stopword hits per language (for diagnostics and tests)."""
    scores = dict.fromkeys(LANGUAGES, 0.0)
    counts = Counter(t for t in _tokens(text) if t in _WEIGHTS)
    for word, n in counts.items():
        for lang, weight in _WEIGHTS[word].items():
            scores[lang] += n * weight
    return scores


def detect_language(text: str) -> str:
    """One of nl/en/de/fr/es/it, or ``unknown`` when there is no evidence at all."""
    scores = language_scores(text)
    total = sum(scores.values())
    nl, en = scores["nl"], scores["en"]
    nl_en_best = "nl" if nl > en else "en"
    nl_en = max(nl, en)
    if total < MIN_HITS:
        if nl != en:
            return nl_en_best
        return _spelling_hint(text) or ("en" if nl_en > 0 else "unknown")
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang in SUPPORTED, lang))
    if best in SUPPORTED:
        return best
    for hits, dominance in FOREIGN_RULES:
        if scores[best] >= hits and scores[best] >= dominance * nl_en:
            return best
    return nl_en_best if nl_en > 0 else "unknown"


# Letter sequences typical of Dutch or English spelling: a tie-breaker for very short texts
# (titles such as "Toekennen uitkering participatiewet") that contain no stopwords at all.
_NL_SPELLING = re.compile(r"ij|aa|ee|oo|uu|oe|ui|ie|ei|sch|cht|tie\b|heid|lijk|[^\W\d_]en\b")
_EN_SPELLING = re.compile(r"th|wh|tion|ea|sh|ck|[^\W\d_]y\b|ly\b")


def _spelling_hint(text: str) -> str | None:
    sample = text[:2000].lower()
    nl = len(_NL_SPELLING.findall(sample))
    en = len(_EN_SPELLING.findall(sample))
    if nl == en:
        return None
    return "nl" if nl > en else "en"


def word_count(text: str) -> int:
    return len(_WORD.findall(text[:SAMPLE_CHARS]))

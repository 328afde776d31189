"""Regulation (EU) 2024/1689: articles, recitals and annexes → units at the level people cite.

Input layout (see ``corpus/data/README.md``): numbered paragraphs start a line with ``1.``
(consolidated NL: ``1 bis.``); points are markdown bullets keeping the official marker (EN
``(a)``, ``(ba)``, ``(i)``, ``(1)``; NL ``a)``, ``b bis)``, ``i)``, ``1)``; annexes ``1.``,
``3.1.``), nested points are indented by two spaces; unnumbered subparagraphs are plain lines.

Ids: ``art5`` (whole article), ``art5.1`` (paragraph), ``art5.1.c`` (point), ``art5.1.c.i``
(sub-point); ``art3.1`` (a point directly under an article without paragraphs); NL ``b bis)`` /
``b ter)`` → ``ba`` / ``bb`` and ``1 bis.`` → ``1a`` so that both languages share ids;
``recital31``; ``annexIII``, ``annexIII.5.b``; annex sections ``annexVIII.sA.1``.

Unnumbered subparagraphs belong to their paragraph (``art5.1`` holds "Point (h) of the first
subparagraph …"), never to the preceding point. Editorial marker lines of the consolidated text
(``> [inserted … M1]``) are dropped. Footnote references ``[^n]`` are removed from paragraph and
point units; whole units keep them together with the footnote texts at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.applicability import applies_from
from corpus.models import VERSION_CONSOLIDATED, Unit
from corpus.parsers.common import read_source, strip_footnote_refs

_NL_SUFFIX = {"bis": "a", "ter": "b", "quater": "c", "quinquies": "d", "sexies": "e"}

# EN point markers: (a) (ba) (i) (iii) (12) (4a)
_EN_POINT = re.compile(r"^\((\d+[a-z]?|[a-z]{1,2}|[ivxl]{1,6})\)(?=\s|$)")
# NL point markers: a) b bis) i) 12)
_NL_POINT = re.compile(r"^(\d+|[a-z]|[ivxl]{1,6})(?: (bis|ter|quater|quinquies|sexies))?\)(?=\s|$)")
# Annex points: "1." "3.1." "4.2.1."
_NUM_POINT = re.compile(r"^(\d+(?:\.\d+)*)\.(?=\s|$)")
# Dash bullets carry no citable marker
_DASH = re.compile(r"^[—–-](?=\s|$)")
# Article paragraphs: "1." "1a." (EN consolidated) "1 bis." (NL consolidated)
_PARAGRAPH = re.compile(r"^(\d+)(?:([a-z])|\s(bis|ter|quater|quinquies|sexies))?\.\s+\S")
_BOLD = re.compile(r"^\*\*(.+?)\*\*$")
_SECTION = re.compile(r"^(?:Section|Afdeling|Deel|Part)\s+([A-Z0-9]+)\b", re.IGNORECASE)
_NUMBERED_HEADING = re.compile(r"^(\d+)\.\s+\S")
_FOOTNOTE_HEAD = {"Footnotes:", "Voetnoten:", "Footnotes", "Voetnoten"}
_EDITORIAL = re.compile(r"^>\s*\[")

_ORD_EN = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
_ORD_NL = {2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde", 7: "zevende", 8: "achtste"}
_CONSOLIDATED_CELEX = "02024R1689-20260727"


@dataclass
class _Node:
    id: str
    parent: str | None
    level: str  # root | paragraph | section | point
    labels: list[tuple[str, str]]  # (level, display marker) from the root down
    lines: list[str] = field(default_factory=list)


def _point_marker(content: str, lang: str) -> tuple[str | None, str, str] | None:
    """Parse a bullet's marker → ``(id_token or None, display, rest)``; None = no marker."""
    if lang == "nl":
        m = _NL_POINT.match(content)
        if m:
            tok = m.group(1) + (_NL_SUFFIX[m.group(2)] if m.group(2) else "")
            return tok, m.group(0), content[m.end() :].strip()
    else:
        m = _EN_POINT.match(content)
        if m:
            return m.group(1), m.group(0), content[m.end() :].strip()
    m = _NUM_POINT.match(content)
    if m:
        return m.group(1), m.group(0)[:-1], content[m.end() :].strip()
    if _DASH.match(content):
        return None, content[:1], content[1:].strip()
    return None


def _paragraph_token(m: re.Match[str]) -> tuple[int, str]:
    num = int(m.group(1))
    suffix = m.group(2) or (_NL_SUFFIX[m.group(3)] if m.group(3) else "")
    return num, suffix


def _fixed_paragraph_numbers(lines: list[str]) -> list[tuple[int, str]]:
    """Paragraph numbers in order, repairing a duplicated number (NL Art. 73 prints "11." twice).

    When two consecutive paragraphs carry the same number and the number before it is missing,
    the first of them is renumbered (as corrigendum R(04) does for NL Art. 73).
    """
    nums = [_paragraph_token(m) for ln in lines if (m := _PARAGRAPH.match(ln))]
    seen = set(nums)
    for i in range(len(nums) - 1):
        n, s = nums[i]
        if nums[i + 1] == (n, s) and not s and (n - 1, "") not in seen and n > 1:
            nums[i] = (n - 1, "")
            seen.add(nums[i])
    return nums


def _cite(root_kind: str, number: str, lang: str, labels: list[tuple[str, str]]) -> str:
    """Human citation: ``Article 5(1)(c)(i)`` / ``Artikel 5, lid 1, punt c), i)``."""
    if root_kind == "article":
        head = ("Artikel " if lang == "nl" else "Article ") + number
    elif root_kind == "annex":
        head = ("Bijlage " if lang == "nl" else "Annex ") + number
    else:
        head = ("Overweging " if lang == "nl" else "Recital ") + number
    out = head
    first_point = True
    for level, disp in labels:
        if level == "subparagraph":
            n = int(disp)
            word = (_ORD_NL if lang == "nl" else _ORD_EN).get(n, str(n))
            out += f", {word} alinea" if lang == "nl" else f", {word} subparagraph"
            first_point = True
        elif level == "section":
            out += (", afdeling " if lang == "nl" else ", Section ") + disp
        elif level == "paragraph":
            if lang == "nl":
                out += f", lid {disp}"
            else:
                out += f"({disp})"
        else:  # point
            if lang == "nl":
                out += (", punt " if first_point else ", ") + disp
            elif first_point and (root_kind == "annex" or out.endswith("subparagraph")):
                out += ", point " + disp
            else:
                out += disp
            first_point = False
    return out


def parse_regulation_file(path: Path, rel: str, text_version: str) -> list[Unit]:
    meta, body = read_source(path)
    lang: str = meta["language"]
    kind: str = meta["unit"]  # article | recital | annex
    number = str(meta["number"])
    root_id: str = str(meta["id"]).split("-")[0]
    title: str = str(meta["title"])
    heading = title.split(" — ", 1)[1] if " — " in title else ""
    part_of: list[str] = [str(p) for p in (meta.get("part_of") or [])]
    url = _eurlex_url(meta, lang, kind, number, text_version)

    lines = [ln.rstrip() for ln in body.split("\n")]
    lines = [ln for ln in lines if ln.strip() and not _EDITORIAL.match(ln.strip())]
    para_numbers = iter(_fixed_paragraph_numbers(lines) if kind == "article" else [])

    nodes: dict[str, _Node] = {root_id: _Node(root_id, None, "root", [])}
    order: list[str] = [root_id]
    footnotes: list[str] = []
    container: _Node = nodes[root_id]  # current paragraph / annex section / numbered heading
    stack: list[tuple[int, _Node]] = []  # open points: (bullet indent, owner node)
    in_footnotes = False

    def add(owner: _Node, text: str) -> None:
        node: _Node | None = owner
        while node is not None:
            node.lines.append(text)
            node = nodes.get(node.parent) if node.parent else None

    def new_node(node_id: str, parent: _Node, level: str, labels: list[tuple[str, str]]) -> _Node:
        nid = node_id
        n = 2
        while nid in nodes:  # never silently merge two provisions under one id
            nid = f"{node_id}~{n}"
            n += 1
        node = _Node(nid, parent.id, level, labels)
        nodes[nid] = node
        order.append(nid)
        return node

    section: _Node | None = None  # current annex section ("Section A")
    subparagraph = 1  # unnumbered subparagraphs seen in the current container

    for line in lines:
        content = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if in_footnotes:
            footnotes.append(content)
            continue
        if content in _FOOTNOTE_HEAD:
            in_footnotes = True
            continue
        if content.startswith("#"):
            continue  # "# Article 5" / "## Prohibited AI practices": carried by the title

        if content.startswith("- ") or content == "-":
            bullet = content[2:].strip()
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1] if stack else container
            parsed = _point_marker(bullet, lang)
            if parsed is None or parsed[0] is None:
                stack.append((indent, parent))  # anonymous bullet: text belongs to the parent
                add(parent, bullet)
                continue
            tok, disp, _rest = parsed
            if "." in tok:  # dotted annex point "3.1" under numbered heading "3"
                base = section or nodes[root_id]
                owner_parent = nodes.get(f"{base.id}.{tok.rpartition('.')[0]}", parent)
                node = new_node(f"{base.id}.{tok}", owner_parent, "point", [*base.labels, ("point", disp)])
            else:
                nid = f"{parent.id}.{tok}"
                labels = [*parent.labels]
                if nid in nodes and parent is container and subparagraph > 1:
                    # a second list of points in a later subparagraph (Art. 43(1)): qualify it
                    nid = f"{parent.id}.sub{subparagraph}.{tok}"
                    labels.append(("subparagraph", str(subparagraph)))
                node = new_node(nid, parent, "point", [*labels, ("point", disp)])
            stack.append((indent, node))
            add(node, bullet)
            continue

        if indent == 0:
            stack.clear()
            pm = _PARAGRAPH.match(content) if kind == "article" else None
            if pm:
                num, suffix = next(para_numbers)
                disp = f"{num}{suffix}" if lang == "en" or not suffix else content.split(".", 1)[0]
                container = new_node(
                    f"{root_id}.{num}{suffix}", nodes[root_id], "paragraph", [("paragraph", disp)]
                )
                subparagraph = 1
                add(container, content)
                continue
            bm = _BOLD.match(content) if kind == "annex" else None
            if bm:
                inner = bm.group(1).strip()
                sm = _SECTION.match(inner)
                hm = _NUMBERED_HEADING.match(inner)
                if sm:
                    section = new_node(
                        f"{root_id}.s{sm.group(1)}", nodes[root_id], "section", [("section", sm.group(1))]
                    )
                    container = section
                    subparagraph = 1
                    add(container, inner)
                    continue
                if hm:
                    base = section or nodes[root_id]
                    container = new_node(
                        f"{base.id}.{hm.group(1)}", base, "paragraph", [*base.labels, ("point", hm.group(1))]
                    )
                    subparagraph = 1
                    add(container, inner)
                    continue
                add(container, inner)
                continue
            subparagraph += 1
            add(container, content)
            continue

        # indented plain text: continuation of the innermost open point with a smaller indent
        owner = container
        for ind, node in reversed(stack):
            if ind < indent:
                owner = node
                break
        add(owner, content)

    units: list[Unit] = []
    base_heading = [*part_of]
    for nid in order:
        node = nodes[nid]
        if "~" in nid:
            raise ValueError(f"{rel}: duplicate provision id {nid.split('~')[0]}")
        if node.level == "root":
            text = "\n".join(node.lines)
            if footnotes:
                text += (
                    "\n\n" + ("Voetnoten:" if lang == "nl" else "Footnotes:") + "\n" + "\n".join(footnotes)
                )
            unit_title = title
            hpath = base_heading
        else:
            text = strip_footnote_refs("\n".join(node.lines))
            cite = _cite(kind, number, lang, node.labels)
            unit_title = f"{cite} — {heading}" if heading else cite
            hpath = [*base_heading, title]
        text = _tidy(text)
        if not text.strip():
            continue
        units.append(
            Unit(
                id=nid,
                lang=lang,  # type: ignore[arg-type]
                kind=kind,  # type: ignore[arg-type]
                binding=True,
                title=unit_title,
                heading_path=hpath,
                text=text.strip(),
                source_file=rel,
                eurlex_url=url,
                text_version=text_version,  # type: ignore[arg-type]
                applies_from=applies_from(nid),
                parent=node.parent,
            )
        )
    return units


def _tidy(text: str) -> str:
    """Re-join the OJ references that the HTML conversion split over lines (Annex I)."""
    text = re.sub(r"\(\n", "(", text)
    return re.sub(r"\n([);,.])", r"\1", text)


def _eurlex_url(meta: dict[str, Any], lang: str, kind: str, number: str, text_version: str) -> str | None:
    src = meta.get("source") or {}
    if src.get("eurlex_html"):
        return str(src["eurlex_html"])
    anchor = {"article": f"art_{number}", "annex": f"anx_{number}", "recital": f"rct_{number}"}[kind]
    if text_version == VERSION_CONSOLIDATED:
        return f"https://eur-lex.europa.eu/legal-content/{lang.upper()}/TXT/HTML/?uri=CELEX:{_CONSOLIDATED_CELEX}#{anchor}"
    return f"https://eur-lex.europa.eu/legal-content/{lang.upper()}/TXT/HTML/?uri=OJ:L_202401689#{anchor}"

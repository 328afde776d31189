"""MinBZK "Beslishulp AI-verordening" decision tree (Dutch, EUPL-1.2): non-binding guidance.

``beslishulp.<questionId>`` for every question (text = question + explanation, HTML removed) and
``beslishulp.conclusion.<conclusionId>`` for every conclusion (text = conclusion + obligation).
The explanations paraphrase Article 5; they are not the legal text.
"""

from __future__ import annotations

from pathlib import Path

from corpus.models import VERSION_OJ, Unit
from corpus.parsers.common import load_yaml, normalise_blank_lines, strip_html

PREFIX = "beslishulp"
REPO_URL = "https://github.com/MinBZK/ai-verordening-beslishulp"
TOOL = "Beslishulp AI-verordening"


def parse_decision_tree(path: Path, rel: str) -> list[Unit]:
    tree = load_yaml(path.read_text(encoding="utf-8")) or {}
    name = str(tree.get("name") or TOOL)
    base = dict(
        lang="nl",
        kind="guidance",
        binding=False,
        source_file=rel,
        eurlex_url=REPO_URL,
        text_version=VERSION_OJ,
        applies_from=None,
        parent=None,
    )
    units: list[Unit] = []
    for q in tree.get("questions") or []:
        qid = str(q["questionId"])
        question = strip_html(str(q.get("question") or ""))
        explanation = strip_html(str(q.get("explanation") or ""))
        text = normalise_blank_lines(f"{question}\n\n{explanation}")
        category = str(q.get("category") or "")
        sub = str(q.get("subcategory") or "")
        units.append(
            Unit(
                id=f"{PREFIX}.{qid}",
                title=f"{name}, vraag {qid}" + (f": {sub}" if sub else ""),
                heading_path=[h for h in (name, category, sub) if h],
                text=text,
                **base,  # type: ignore[arg-type]
            )
        )
    for c in tree.get("conclusions") or []:
        cid = str(c["conclusionId"])
        conclusion = strip_html(str(c.get("conclusion") or ""))
        obligation = strip_html(str(c.get("obligation") or ""))
        text = normalise_blank_lines(f"{conclusion}\n\n{obligation}")
        units.append(
            Unit(
                id=f"{PREFIX}.conclusion.{cid}",
                title=f"{name}, conclusie {cid}",
                heading_path=[name, "conclusies"],
                text=text,
                **base,  # type: ignore[arg-type]
            )
        )
    return units

"""Commission guidelines C(2025) 5052 and 5053: paragraph numbering and section headings."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from corpus.loader import load_units
from corpus.models import Unit


@pytest.fixture(scope="module")
def gl() -> dict[str, Unit]:
    return {u.id: u for u in load_units() if u.kind == "guideline"}


def _numbered(units: list[str], prefix: str) -> list[int]:
    pat = re.compile(rf"^{re.escape(prefix)}\.(\d+)$")
    return [int(m.group(1)) for uid in units if (m := pat.match(uid))]


def test_prohibited_paragraphs_1_to_433_exactly_once() -> None:
    ids = [u.id for u in load_units() if u.kind == "guideline"]
    nums = _numbered(ids, "gl-prohibited")
    assert Counter(nums) == Counter(range(1, 434))


def test_definition_paragraphs_1_to_64_exactly_once() -> None:
    ids = [u.id for u in load_units() if u.kind == "guideline"]
    assert Counter(_numbered(ids, "gl-definition")) == Counter(range(1, 65))


def test_number_only_lines_assign_the_preceding_blocks(gl: dict[str, Unit]) -> None:
    # "(3) (4)" / "(5) (6)" follow four unnumbered blocks in the PDF extraction
    assert gl["gl-prohibited.3"].text.startswith("Pursuant to Article 96")
    assert gl["gl-prohibited.4"].text.startswith("These Guidelines aim to increase legal clarity")
    assert gl["gl-prohibited.5"].text.startswith("These Guidelines are non-binding")
    assert gl["gl-prohibited.6"].text.startswith("The drafting of these Guidelines")
    assert gl["gl-prohibited.7"].text.startswith("The application of Article 5 AI Act will require")
    assert "Pursuant to Article 96" not in gl["gl-prohibited.2"].text
    assert "(iv) Minimal to no risk" in gl["gl-prohibited.2"].text


def test_paragraph_text_has_no_number_prefix(gl: dict[str, Unit]) -> None:
    assert gl["gl-prohibited.1"].text.startswith("Regulation (EU) 2024/1689")
    assert not any(re.match(r"^\(\d+\)\s", u.text) for uid, u in gl.items() if re.search(r"\.\d+$", uid))


def test_heading_paths(gl: dict[str, Unit]) -> None:
    p165 = gl["gl-prohibited.165"]
    assert p165.heading_path[0] == "4 ARTICLE 5(1)(C) AI ACT - SOCIAL SCORING"
    assert p165.heading_path[1].startswith("4.2 Main concepts")
    assert p165.heading_path[2].startswith("4.2.2 The social score must lead to detrimental")
    assert gl["gl-prohibited.1"].heading_path == ["1 BACKGROUND AND OBJECTIVES"]
    # wrapped headings are joined, including the "(7) AI ACT)" tail
    assert (
        gl["gl-prohibited.356"].heading_path[0]
        == "10 SAFEGUARDS AND CONDITIONS FOR THE EXCEPTIONS (ARTICLE 5(2)- (7) AI ACT)"
    )
    assert gl["gl-prohibited.289"].heading_path[0].endswith("FOR LAW ENFORCEMENT PURPOSES")
    assert gl["gl-prohibited.98"].heading_path[-1].endswith("harmful exploitation of vulnerabilities")
    assert all(u.heading_path for uid, u in gl.items())
    # C(2025) 5053: roman top-level sections hold the numbered elements
    assert gl["gl-definition.12"].heading_path[:2] == [
        "II Objective and main elements of the AI system definition",
        "1 Machine-based system",
    ]


def test_lettered_subheadings_go_to_the_heading_path(gl: dict[str, Unit]) -> None:
    p151 = gl["gl-prohibited.151"]
    assert p151.heading_path[-1] == "a) Evaluation or classification of natural persons or group of persons"
    assert "a) Evaluation or classification" not in gl["gl-prohibited.150"].text


def test_guideline_metadata(gl: dict[str, Unit]) -> None:
    u = gl["gl-prohibited.165"]
    assert u.lang == "en" and not u.binding and u.kind == "guideline"
    assert u.eurlex_url and u.eurlex_url.startswith("https://digital-strategy.ec.europa.eu/")
    assert u.source_file == "guidelines/ec-guidelines-prohibited-ai-practices-C2025-5052.md"
    assert u.title == "Commission Guidelines on prohibited AI practices, C(2025) 5052, paragraph (165)"
    assert u.applies_from is None
    assert gl["gl-definition.1"].source_file.endswith("C2025-5053.md")


def test_section_intro_units_keep_text_between_heading_and_paragraph(gl: dict[str, Unit]) -> None:
    intro = gl["gl-prohibited.sec-4.2"]
    assert intro.text.startswith("Article 5(1)(c) AI Act provides:")
    assert intro.heading_path[-1].startswith("4.2 Main concepts")
    assert "Article 5(1)(c) AI Act provides:" not in gl["gl-prohibited.148"].text

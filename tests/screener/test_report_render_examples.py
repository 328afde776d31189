"""The bundled example documents and their generator (scripts/make_examples.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "screener" / "examples"
SCRIPT = ROOT / "scripts" / "make_examples.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("make_examples", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("make_examples", mod)  # dataclasses look the module up
    spec.loader.exec_module(mod)
    return mod


mk = _load_script()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [_norm(p.extract_text() or "") for p in PdfReader(str(path)).pages]


def _docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return _norm(" ".join(parts))


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return " ".join(_pdf_pages(path))
    if path.suffix == ".docx":
        return _docx_text(path)
    return _norm(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem,fmt", sorted(mk.EXAMPLES.items()))
def test_example_committed_readable_and_listed(stem, fmt):
    path = EXAMPLES / f"{stem}.{fmt}"
    assert path.exists(), f"run scripts/make_examples.py ({path.name} missing)"
    assert path.stat().st_size < 100_000  # small enough to commit
    src = (mk.SRC_DIR / f"{stem}.md").read_text(encoding="utf-8")
    assert 300 <= mk.word_count(src) <= 900
    text = _text(path)
    # the first paragraph of section 1 is in the generated file
    first = next(b.text for b in mk.parse(src) if b.kind == "p" and not b.text.startswith("**"))
    assert _norm(mk.plain(first))[:120] in text
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert f"`{path.name}`" in readme


@pytest.mark.parametrize("stem,fmt", sorted(mk.EXAMPLES.items()))
def test_example_is_up_to_date_with_its_source(stem, fmt, tmp_path):
    fresh = mk.build(stem, fmt, tmp_path)
    assert _text(fresh) == _text(EXAMPLES / f"{stem}.{fmt}"), (
        f"{stem}.{fmt} is stale: run scripts/make_examples.py"
    )


def test_dutch_characters_survive_in_pdf_and_docx():
    police = " ".join(_pdf_pages(EXAMPLES / "nl-politie-gezichtsvergelijking-achteraf.pdf"))
    assert "geïdentificeerd" in police
    assert "“" not in police or "”" in police
    school = _docx_text(EXAMPLES / "nl-emotieherkenning-leerlingen.docx")
    assert "geïnformeerd" in school and "€ 38.500" in school and "–" in school


def test_pdf_examples_are_multi_page_with_page_numbers():
    for name in ["en-citizen-reliability-score.pdf", "nl-chatbot-parkeervergunningen.pdf",
                 "nl-politie-gezichtsvergelijking-achteraf.pdf"]:
        pages = _pdf_pages(EXAMPLES / name)
        assert len(pages) >= 2, name
        word = "Pagina" if name.startswith("nl-") else "Page"
        of = "van" if name.startswith("nl-") else "of"
        assert f"{word} 1 {of} {len(pages)}" in pages[0]
        assert all(p for p in pages), f"{name} has an empty page"


def test_generation_is_deterministic(tmp_path):
    a = mk.build("nl-chatbot-parkeervergunningen", "pdf", tmp_path / "a")
    b = mk.build("nl-chatbot-parkeervergunningen", "pdf", tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()
    a = mk.build("en-driver-fatigue-monitoring", "docx", tmp_path / "a")
    b = mk.build("en-driver-fatigue-monitoring", "docx", tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()


def test_ten_page_benchmark_has_prohibited_practice_on_page_8(tmp_path):
    out = tmp_path / "ten-page.pdf"
    assert mk.main(["--only-ten-page", "--ten-page-out", str(out)]) == 0
    pages = _pdf_pages(out)
    assert len(pages) == 10
    assert "infers the emotions of the employee" in pages[7]
    assert "Page 8 of 10" in pages[7]
    for i, text in enumerate(pages):
        if i != 7:
            assert "emotion" not in text.lower(), f"page {i + 1} mentions emotions"
        assert len(text.split()) > 150, f"page {i + 1} is nearly empty"


def test_parser_subset():
    blocks = mk.parse(
        "# T\n\n**Org**\nline two\n\n- a\n- b **c**\n\n1. one\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"
        "\n<!-- pagebreak -->\n\ntext\nmore\n"
    )
    kinds = [b.kind for b in blocks]
    assert kinds == ["h1", "p", "p", "bullet", "bullet", "number", "table", "pagebreak", "p"]
    assert blocks[6].rows == [["x", "y"], ["1", "2"]]
    assert blocks[-1].text == "text more"
    assert mk.runs("a **b** c") == [("a ", False), ("b", True), (" c", False)]


def test_examples_ingest_when_ingest_is_available():
    ingest = pytest.importorskip("ingest")
    for stem, fmt in mk.EXAMPLES.items():
        doc = ingest.ingest_file(EXAMPLES / f"{stem}.{fmt}")
        assert doc.lang == stem.split("-", 1)[0], stem

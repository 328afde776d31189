#!/usr/bin/env python3
"""Generate the bundled example documents from their text sources.

Sources are small Markdown files in ``screener/examples/src/``. This script writes the PDF (fpdf2,
DejaVu Sans from matplotlib, so that Dutch characters render), DOCX (python-docx) and TXT versions
to ``screener/examples/``. Output is deterministic (fixed creation dates and zip timestamps), so a
regenerated file only changes when its source changes.

    python scripts/make_examples.py                 # all examples → screener/examples/
    python scripts/make_examples.py --out /tmp/x    # somewhere else
    python scripts/make_examples.py --ten-page      # also benchmarks/data/ten-page.pdf
    python scripts/make_examples.py --ten-page --only-ten-page --ten-page-out /tmp/ten.pdf

Supported Markdown subset: ``#``/``##``/``###`` headings, paragraphs, ``- `` bullets,
``1. `` numbered items, ``**bold**``, simple pipe tables and ``<!-- pagebreak -->``.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "screener" / "examples" / "src"
OUT_DIR = ROOT / "screener" / "examples"
TEN_PAGE_SRC = SRC_DIR / "ten-page-benchmark.md"
TEN_PAGE_OUT = ROOT / "benchmarks" / "data" / "ten-page.pdf"

# source stem → output format. The README in screener/examples lists the expected verdicts.
EXAMPLES: dict[str, str] = {
    "en-citizen-reliability-score": "pdf",
    "nl-emotieherkenning-leerlingen": "docx",
    "en-driver-fatigue-monitoring": "docx",
    "nl-politie-gezichtsvergelijking-achteraf": "pdf",
    "nl-chatbot-parkeervergunningen": "pdf",
    "en-predictive-maintenance-street-lighting": "txt",
}

FIXED_DATE = datetime(2026, 1, 15, 12, 0, 0, tzinfo=timezone.utc)
PAGEBREAK = "<!-- pagebreak -->"


# ------------------------------------------------------------------------------------ parsing


@dataclass
class Block:
    kind: str  # h1, h2, h3, p, bullet, number, table, pagebreak
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    number: str = ""


def parse(md: str) -> list[Block]:
    """Parse the Markdown subset into blocks."""
    blocks: list[Block] = []
    para: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if para:
            blocks.append(Block("p", " ".join(s.strip() for s in para)))
            para.clear()
        if table:
            rows = [r for r in table if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
            blocks.append(Block("table", rows=rows))
            table.clear()

    for raw in md.splitlines():
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s == PAGEBREAK:
            flush()
            blocks.append(Block("pagebreak"))
            continue
        if s.startswith("|") and s.endswith("|"):
            if para:
                flush()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if table:
            flush()
        m = re.match(r"^(#{1,3})\s+(.*)$", s)
        if m:
            flush()
            blocks.append(Block(f"h{len(m.group(1))}", m.group(2).strip()))
            continue
        m = re.match(r"^[-*]\s+(.*)$", s)
        if m:
            flush()
            blocks.append(Block("bullet", m.group(1).strip()))
            continue
        m = re.match(r"^(\d+)\.\s+(.*)$", s)
        if m:
            flush()
            blocks.append(Block("number", m.group(2).strip(), number=m.group(1)))
            continue
        if re.fullmatch(r"\*\*[^*]+\*\*", s):  # a line in bold is a paragraph of its own
            flush()
            blocks.append(Block("p", s))
            continue
        if blocks and blocks[-1].kind in ("bullet", "number") and not para and raw[:1] == " ":
            blocks[-1].text += " " + s  # continuation of a list item
            continue
        para.append(s)
    flush()
    return blocks


def runs(text: str) -> list[tuple[str, bool]]:
    """Split ``**bold**`` markup into (text, bold) runs."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    return [(p[2:-2], True) if p.startswith("**") and p.endswith("**") else (p, False)
            for p in parts if p]


def plain(text: str) -> str:
    return "".join(t for t, _ in runs(text))


def title_of(blocks: list[Block]) -> str:
    for b in blocks:
        if b.kind == "h1":
            return plain(b.text)
    return "Document"


def word_count(md: str) -> int:
    text = re.sub(r"<!--.*?-->|[#*|]", " ", md)
    return len(re.findall(r"\w[\w'’.,-]*", text))


# ---------------------------------------------------------------------------------------- PDF


def _fonts() -> tuple[str, str, str]:
    import matplotlib

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return (str(ttf / "DejaVuSans.ttf"), str(ttf / "DejaVuSans-Bold.ttf"),
            str(ttf / "DejaVuSans-Oblique.ttf"))


def to_pdf(blocks: list[Block], lang: str) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    title = title_of(blocks)
    page_word = "Pagina" if lang == "nl" else "Page"
    of_word = "van" if lang == "nl" else "of"

    class Doc(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(120, 120, 120)
            self.cell(0, 5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(120, 120, 120)
            self.cell(0, 6, f"{page_word} {self.page_no()} {of_word} {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("art5-screener examples (fictional)")
    pdf.set_creator("scripts/make_examples.py")
    pdf.set_lang(lang)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    regular, bold, italic = _fonts()
    pdf.add_font("DejaVu", "", regular)
    pdf.add_font("DejaVu", "B", bold)
    pdf.add_font("DejaVu", "I", italic)
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.epw

    def write_runs(text: str, size: float, indent: float = 0.0, lh: float = 5.6) -> None:
        pdf.set_x(pdf.l_margin + indent)
        # multi_cell's markdown mode renders **bold** with the registered bold face
        pdf.set_font("DejaVu", "", size)
        pdf.multi_cell(w - indent, lh, text, markdown=True, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    prev = ""
    for b in blocks:
        if b.kind == "pagebreak":
            pdf.add_page()
        elif b.kind in ("h1", "h2", "h3"):
            size = {"h1": 17, "h2": 13, "h3": 11.5}[b.kind]
            if b.kind != "h1" and pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            if b.kind != "h1" and prev not in ("", "pagebreak"):
                pdf.ln(3)
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(w, size * 0.5, plain(b.text), align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5 if b.kind == "h1" else 1.5)
        elif b.kind == "p":
            if prev in ("bullet", "number"):
                pdf.ln(1.5)
            write_runs(b.text, 10.5)
            pdf.ln(2.2)
        elif b.kind in ("bullet", "number"):
            marker = "•" if b.kind == "bullet" else f"{b.number}."
            pdf.set_font("DejaVu", "", 10.5)
            if pdf.get_y() + 12 > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(6, 5.6, marker)
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.multi_cell(w - 9, 5.6, b.text, markdown=True, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif b.kind == "table":
            pdf.set_font("DejaVu", "", 9.5)
            from fpdf.fonts import FontFace

            ncols = max(len(r) for r in b.rows)
            widths = [max(len(plain(r[j])) if j < len(r) else 0 for r in b.rows) + 6
                      for j in range(ncols)]
            with pdf.table(text_align="LEFT", line_height=5.5, first_row_as_headings=True,
                           col_widths=tuple(widths),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
                           ) as t:
                for row in b.rows:
                    r = t.row()
                    for c in row:
                        r.cell(plain(c))
            pdf.ln(3)
        prev = b.kind
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------- DOCX


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a DOCX (zip) with fixed timestamps so regenerated files are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_docx(blocks: list[Block], lang: str) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = d.core_properties
    cp.title = title_of(blocks)
    cp.author = "art5-screener examples (fictional)"
    cp.last_modified_by = "scripts/make_examples.py"
    cp.language = "nl-NL" if lang == "nl" else "en-GB"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1

    def add_runs(par, text: str) -> None:
        for t, bold in runs(text):
            par.add_run(t).bold = bold or None

    for b in blocks:
        if b.kind == "pagebreak":
            d.add_page_break()
        elif b.kind == "h1":
            d.add_heading(plain(b.text), level=0)
        elif b.kind in ("h2", "h3"):
            d.add_heading(plain(b.text), level=int(b.kind[1]) - 1)
        elif b.kind == "p":
            add_runs(d.add_paragraph(), b.text)
        elif b.kind == "bullet":
            add_runs(d.add_paragraph(style="List Bullet"), b.text)
        elif b.kind == "number":
            add_runs(d.add_paragraph(style="List Number"), b.text)
        elif b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = plain(c)
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
    buf = io.BytesIO()
    d.save(buf)
    return _deterministic_zip(buf.getvalue())


# ---------------------------------------------------------------------------------------- TXT


def to_txt(blocks: list[Block], lang: str) -> bytes:
    lines: list[str] = []
    prev = ""
    for b in blocks:
        if b.kind == "pagebreak":
            continue
        if prev in ("bullet", "number") and b.kind not in ("bullet", "number"):
            lines.append("")
        prev = b.kind
        if b.kind in ("h1", "h2", "h3"):
            t = plain(b.text)
            lines += [t, ("=" if b.kind == "h1" else "-") * len(t), ""]
        elif b.kind == "p":
            lines += [plain(b.text), ""]
        elif b.kind == "bullet":
            lines.append(f"- {plain(b.text)}")
        elif b.kind == "number":
            lines.append(f"{b.number}. {plain(b.text)}")
        elif b.kind == "table":
            lines += [" | ".join(plain(c) for c in row) for row in b.rows] + [""]
    text = "\n".join(lines)
    return (re.sub(r"\n{3,}", "\n\n", text).strip() + "\n").encode("utf-8")


RENDERERS = {"pdf": to_pdf, "docx": to_docx, "txt": to_txt}


# --------------------------------------------------------------------------------------- main


def build(stem: str, fmt: str, out_dir: Path) -> Path:
    src = SRC_DIR / f"{stem}.md"
    lang = stem.split("-", 1)[0]
    data = RENDERERS[fmt](parse(src.read_text(encoding="utf-8")), lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{stem}.{fmt}"
    path.write_bytes(data)
    return path


def build_ten_page(path: Path = TEN_PAGE_OUT) -> Path:
    data = to_pdf(parse(TEN_PAGE_SRC.read_text(encoding="utf-8")), "en")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the examples")
    ap.add_argument("--ten-page", action="store_true",
                    help=f"also write the 10-page benchmark PDF ({TEN_PAGE_OUT.relative_to(ROOT)})")
    ap.add_argument("--ten-page-out", type=Path, default=TEN_PAGE_OUT)
    ap.add_argument("--only-ten-page", action="store_true", help="skip the examples")
    args = ap.parse_args(argv)

    if not args.only_ten_page:
        for stem, fmt in EXAMPLES.items():
            p = build(stem, fmt, args.out)
            words = word_count((SRC_DIR / f"{stem}.md").read_text(encoding="utf-8"))
            print(f"{p}  ({words} words, {p.stat().st_size // 1024} KiB)")
    if args.ten_page or args.only_ten_page:
        p = build_ten_page(args.ten_page_out)
        print(f"{p}  ({p.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

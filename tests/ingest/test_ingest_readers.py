"""Real files of every supported kind (and the broken ones) through ingest_file / ingest_bytes."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

import ingest
from ingest import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    FileTypeMismatchError,
    IngestError,
    ScannedPdfError,
    UnknownEncodingError,
    UnsupportedLanguageError,
    UnsupportedTypeError,
    ingest_bytes,
    ingest_file,
    ingest_text,
)
from ingest.sentences import split_sentences

NL_PARA = (
    "De gemeente gebruikt een algoritme om aanvragen voor bijstand te beoordelen. Het systeem "
    "analyseert gegevens van burgers, bijv. inkomen en woonsituatie, en geeft een risicoscore. "
    "Medewerkers van de afdeling controleren de uitkomst voordat er een besluit wordt genomen."
)
EN_PARA = (
    "The municipality uses an algorithm to assess applications for social assistance. The system "
    "analyses data of citizens, e.g. income and housing situation, and produces a risk score that "
    "is checked by a case worker before any decision is taken."
)
DE_PARA = (
    "Die Gemeinde verwendet einen Algorithmus, um Anträge auf Sozialhilfe zu bewerten. Das System "
    "analysiert die Daten der Bürger, zum Beispiel das Einkommen und die Wohnsituation, und gibt "
    "einen Risikowert aus, der von einem Sachbearbeiter geprüft wird, bevor eine Entscheidung über "
    "den Antrag getroffen wird. Es ist nicht möglich, dass die Entscheidung ohne Prüfung erfolgt."
)


# -- factories ----------------------------------------------------------------------------------


def make_pdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar-geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_image_pdf(n_pages: int = 2) -> bytes:
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("RGB", (300, 400), (230, 230, 230))
    pdf = FPDF()
    for _ in range(n_pages):
        pdf.add_page()
        pdf.image(img, x=10, y=10, w=180)
    return bytes(pdf.output())


def make_docx(path: Path, *, page_break: bool = False) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Projectbeschrijving slimme camera", level=1)
    d.add_paragraph(NL_PARA)
    d.add_paragraph("Het systeem herkent emoties van werknemers op de werkvloer.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Doel"
    table.cell(0, 1).text = "Signaleren van stress bij medewerkers"
    table.cell(1, 0).text = "Gegevens"
    table.cell(1, 1).text = "Camerabeelden van de productiehal"
    if page_break:
        d.add_page_break()
    d.add_paragraph("Na de tabel volgt de conclusie van de projectgroep over het systeem.")
    d.save(path)
    return path


# -- PDF ----------------------------------------------------------------------------------------


def test_pdf_three_pages_page_numbers_and_offsets(tmp_path: Path):
    path = tmp_path / "projectplan.pdf"
    data = make_pdf(
        [
            "Pagina een. " + NL_PARA,
            "Pagina twee. " + NL_PARA,
            "Pagina drie. Het systeem gebruikt gezichtsherkenning in de openbare ruimte. " + NL_PARA,
        ]
    )
    path.write_bytes(data)
    doc = ingest_file(path)

    assert doc.name == "projectplan.pdf"
    assert doc.media_type == "application/pdf"
    assert doc.pages == 3
    assert doc.lang == "nl"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert [s.page for s in doc.segments] == [1, 2, 3]
    # Document.text is exactly the segments joined by the separator; offsets index into it
    from ingest.textutil import SEPARATOR

    assert doc.text == SEPARATOR.join(s.text for s in doc.segments)
    for seg in doc.segments:
        assert doc.text[seg.start : seg.end] == seg.text

    phrase = "gezichtsherkenning"
    at = doc.text.index(phrase)
    assert doc.page_at(at) == 3
    sentences = split_sentences(doc)
    hits = [q for q in sentences if phrase in q.text]
    assert len(hits) == 1 and hits[0].page == 3
    for q in sentences:
        assert doc.text[q.start : q.end] == q.text
        assert doc.page_at(q.start) == q.page


def test_pdf_encrypted_with_user_password(tmp_path: Path):
    path = tmp_path / "vertrouwelijk.pdf"
    path.write_bytes(encrypt_pdf(make_pdf([NL_PARA]), user_password="geheim"))
    with pytest.raises(EncryptedPdfError) as exc:
        ingest_file(path)
    assert "vertrouwelijk.pdf" in exc.value.user_message
    assert "password" in exc.value.user_message


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path: Path):
    path = tmp_path / "beveiligd.pdf"
    path.write_bytes(encrypt_pdf(make_pdf([NL_PARA, EN_PARA]), user_password=""))
    doc = ingest_file(path)
    assert doc.pages == 2
    assert "risicoscore" in doc.text


def test_pdf_aes_empty_password_opens_when_crypto_available(tmp_path: Path):
    pytest.importorskip("cryptography")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([NL_PARA]))))
    writer.encrypt(user_password="", owner_password="x", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    doc = ingest_bytes(buf.getvalue(), "aes.pdf")
    assert "risicoscore" in doc.text


def test_pdf_image_only_is_scan(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_image_pdf())
    with pytest.raises(ScannedPdfError) as exc:
        ingest_file(path)
    assert exc.value.user_message == (
        "No text found in scan.pdf; it looks like a scan. Run OCR first and upload the result."
    )


def test_pdf_drawing_only_is_scan():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    with pytest.raises(ScannedPdfError) as exc:
        ingest_bytes(bytes(pdf.output()), "tekening.pdf")
    assert "tekening.pdf" in exc.value.user_message


def test_pdf_blank_pages_are_empty():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_bytes(bytes(pdf.output()), "leeg.pdf")
    assert "leeg.pdf" in exc.value.user_message


def test_pdf_with_some_scanned_pages_warns():
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in (NL_PARA, NL_PARA):
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.add_page()
    pdf.image(Image.new("RGB", (100, 100), (0, 0, 0)), x=10, y=10, w=50)
    doc = ingest_bytes(bytes(pdf.output()), "gemengd.pdf")
    assert doc.pages == 3
    assert doc.warnings and "Page 3" in doc.warnings[0] and "gemengd.pdf" in doc.warnings[0]


def test_pdf_truncated_is_corrupt(tmp_path: Path):
    data = make_pdf([NL_PARA] * 4)
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError) as exc:
        ingest_file(path)
    assert "afgebroken.pdf" in exc.value.user_message


def test_pdf_garbage_after_header_is_corrupt():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
    with pytest.raises(CorruptFileError) as exc:
        ingest_bytes(data, "kapot.pdf")
    assert "kapot.pdf" in exc.value.user_message


def test_pdf_that_is_really_a_zip(tmp_path: Path):
    docx_path = make_docx(tmp_path / "echt.docx")
    fake = tmp_path / "rapport.pdf"
    fake.write_bytes(docx_path.read_bytes())
    with pytest.raises(FileTypeMismatchError) as exc:
        ingest_file(fake)
    assert isinstance(exc.value, CorruptFileError)
    msg = exc.value.user_message
    assert "rapport.pdf" in msg and "PDF" in msg and "Word" in msg


def test_pdf_that_is_plain_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hallo")
    with pytest.raises(FileTypeMismatchError) as exc:
        ingest_bytes(buf.getvalue(), "bijlage.pdf")
    assert "ZIP" in exc.value.user_message and "bijlage.pdf" in exc.value.user_message


# -- DOCX ---------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path):
    path = make_docx(tmp_path / "beschrijving.docx")
    doc = ingest_file(path)
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.lang == "nl"
    texts = [s.text for s in doc.segments]
    assert texts[0] == "Projectbeschrijving slimme camera"
    i_doel = texts.index("Doel")
    assert texts[i_doel + 1] == "Signaleren van stress bij medewerkers"
    assert texts[i_doel + 2] == "Gegevens"
    assert texts[i_doel + 3] == "Camerabeelden van de productiehal"
    assert texts[-1].startswith("Na de tabel")
    assert all(s.page is None for s in doc.segments) and doc.pages is None
    for seg in doc.segments:
        assert doc.text[seg.start : seg.end] == seg.text
    for q in split_sentences(doc):
        assert doc.text[q.start : q.end] == q.text


def test_docx_explicit_page_break_gives_pages(tmp_path: Path):
    doc = ingest_file(make_docx(tmp_path / "met_pagina.docx", page_break=True))
    assert doc.segments[0].page == 1
    assert doc.segments[-1].page == 2
    assert doc.pages == 2


def test_docx_keeps_tracked_insertions_drops_deletions():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    p = d.add_paragraph("Het systeem ")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "x")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "herkent emoties"
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "2")
    dele.set(qn("w:author"), "x")
    r2 = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = " NIET"
    r2.append(dt)
    dele.append(r2)
    p._p.append(dele)
    d.add_paragraph("van de medewerkers en dat is een probleem voor de organisatie.")
    buf = io.BytesIO()
    d.save(buf)
    doc = ingest_bytes(buf.getvalue(), "wijzigingen.docx")
    assert doc.segments[0].text == "Het systeem herkent emoties"
    assert "NIET" not in doc.text


def test_docx_corrupt(tmp_path: Path):
    good = make_docx(tmp_path / "goed.docx").read_bytes()
    path = tmp_path / "kapot.docx"
    path.write_bytes(good[: len(good) // 3])
    with pytest.raises(CorruptFileError) as exc:
        ingest_file(path)
    assert "kapot.docx" in exc.value.user_message


def test_docx_random_bytes_is_corrupt():
    with pytest.raises(CorruptFileError) as exc:
        ingest_bytes(bytes(range(256)) * 10, "onzin.docx")
    assert "onzin.docx" in exc.value.user_message


def test_docx_zip_without_word_part_is_corrupt():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(CorruptFileError) as exc:
        ingest_bytes(buf.getvalue(), "leeg-pakket.docx")
    assert "leeg-pakket.docx" in exc.value.user_message


def test_docx_without_text_is_empty():
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_bytes(buf.getvalue(), "blanco.docx")
    assert "blanco.docx" in exc.value.user_message


# -- TXT / MD -----------------------------------------------------------------------------------


def test_txt_empty(tmp_path: Path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_file(path)
    assert "leeg.txt" in exc.value.user_message


def test_txt_whitespace_only(tmp_path: Path):
    path = tmp_path / "spaties.txt"
    path.write_bytes(b"  \n\t\r\n   \n")
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_file(path)
    assert "spaties.txt" in exc.value.user_message


def test_txt_cp1252(tmp_path: Path):
    text = (
        "Het café gebruikt een camera. De ideeën van de coördinator worden geëvalueerd door de "
        "organisatie, en de financiële gevolgen zijn – volgens het team – beperkt tot € 500."
    )
    path = tmp_path / "oud.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = ingest_file(path)
    assert doc.text == text
    assert doc.lang == "nl"
    assert doc.media_type == "text/plain"


def test_txt_latin1_french_accents_survive_decoding():
    text = "Het team à la carte: de coördinatie van het project is één geheel met de planning."
    doc = ingest_bytes(text.encode("latin-1"), "latin.txt")
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-32"])
def test_txt_unicode_encodings(tmp_path: Path, encoding: str):
    text = NL_PARA + "\n\nCoördinatie en ideeën: “aanhalingstekens” en € bedragen."
    path = tmp_path / f"unicode-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = ingest_file(path)
    assert doc.text == text
    assert len(doc.segments) == 2


def test_txt_binary_is_unknown_encoding():
    data = bytes([0, 1, 2, 3, 200, 201, 5, 6, 7, 0, 0, 17, 18, 19]) * 100
    with pytest.raises(UnknownEncodingError) as exc:
        ingest_bytes(data, "gegevens.txt")
    assert "gegevens.txt" in exc.value.user_message


def test_markdown(tmp_path: Path):
    path = tmp_path / "notitie.md"
    path.write_text("# Doel van het systeem\n\n" + NL_PARA + "\n\n- eerste punt\n- tweede punt\n", encoding="utf-8")
    doc = ingest_file(path)
    assert doc.media_type == "text/markdown"
    sentences = [q.text for q in split_sentences(doc)]
    assert sentences[0] == "Doel van het systeem"
    assert "eerste punt" in sentences and "tweede punt" in sentences


def test_txt_form_feed_pages():
    text = NL_PARA + "\f" + "Tweede pagina met emotieherkenning op het werk.\f"
    doc = ingest_bytes(text.encode(), "pdftotext.txt")
    assert doc.pages == 2
    assert doc.page_at(doc.text.index("emotieherkenning")) == 2


def test_crlf_normalised():
    doc = ingest_bytes((NL_PARA + "\r\n\r\n" + NL_PARA).encode(), "windows.txt")
    assert "\r" not in doc.text and len(doc.segments) == 2


# -- HTML ---------------------------------------------------------------------------------------


def test_html(tmp_path: Path):
    html = f"""<!DOCTYPE html>
<html><head><title>Projectpagina</title><style>p {{ color: red; }}</style>
<script>var x = "geheim script";</script></head>
<body><h1>Slimme camera</h1>
<p>{NL_PARA}</p>
<p>Eerste regel<br>tweede regel &amp; meer &eacute;&euml;n.</p>
<ul><li>Gezichtsherkenning</li><li>Emotieherkenning</li></ul>
<table><tr><td>Doel</td><td>Veiligheid</td></tr></table>
<noscript>zet javascript aan</noscript>
</body></html>"""
    path = tmp_path / "pagina.html"
    path.write_text(html, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.media_type == "text/html"
    texts = [s.text for s in doc.segments]
    assert texts[0] == "Projectpagina"
    assert "Slimme camera" in texts
    assert "Eerste regel\ntweede regel & meer éën." in texts
    assert "Gezichtsherkenning" in texts and "Veiligheid" in texts
    assert "geheim script" not in doc.text and "color" not in doc.text and "javascript" not in doc.text
    for seg in doc.segments:
        assert doc.text[seg.start : seg.end] == seg.text


def test_html_meta_charset_cp1252():
    html = '<html><head><meta charset="windows-1252"></head><body><p>' + NL_PARA + " Café.</p></body></html>"
    doc = ingest_bytes(html.encode("cp1252"), "oud.htm")
    assert "Café." in doc.text


# -- language, size, type -----------------------------------------------------------------------


def test_german_text_is_unsupported_language(tmp_path: Path):
    path = tmp_path / "antrag.txt"
    path.write_text(DE_PARA, encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError) as exc:
        ingest_file(path)
    msg = exc.value.user_message
    assert "antrag.txt" in msg and "German" in msg and "Dutch" in msg and "English" in msg


def test_german_pdf_is_unsupported_language():
    with pytest.raises(UnsupportedLanguageError):
        ingest_bytes(make_pdf([DE_PARA]), "antrag.pdf")


def test_english_document():
    doc = ingest_bytes(EN_PARA.encode(), "plan.txt")
    assert doc.lang == "en"


def test_oversize_file(tmp_path: Path):
    path = tmp_path / "groot.txt"
    path.write_text(NL_PARA * 40, encoding="utf-8")  # ~10 KB
    with pytest.raises(FileTooLargeError) as exc:
        ingest_file(path, max_mb=0.005)
    msg = exc.value.user_message
    assert "groot.txt" in msg and "KB" in msg and "0.005 MB" in msg
    assert exc.value.size_bytes == path.stat().st_size
    with pytest.raises(FileTooLargeError):
        ingest_bytes(path.read_bytes(), "groot.txt", max_mb=0.005)
    assert ingest_file(path, max_mb=1).lang == "nl"


def test_oversize_message_in_mb():
    err = FileTooLargeError("scan.pdf", size_bytes=31 * 1024 * 1024, limit_mb=25)
    assert err.user_message.startswith("scan.pdf is 31.0 MB, more than the limit of 25 MB.")


def test_unsupported_xlsx(tmp_path: Path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Risicoscore"
    path = tmp_path / "scores.xlsx"
    wb.save(path)
    with pytest.raises(UnsupportedTypeError) as exc:
        ingest_file(path)
    msg = exc.value.user_message
    assert "scores.xlsx" in msg and ".pdf" in msg and ".docx" in msg and ".txt" in msg


def test_unsupported_png(tmp_path: Path):
    from PIL import Image

    path = tmp_path / "foto.png"
    Image.new("RGB", (10, 10)).save(path)
    with pytest.raises(UnsupportedTypeError) as exc:
        ingest_file(path)
    assert "foto.png" in exc.value.user_message and "OCR" in exc.value.user_message


def test_png_named_txt_is_mismatch(tmp_path: Path):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, format="PNG")
    with pytest.raises(FileTypeMismatchError) as exc:
        ingest_bytes(buf.getvalue(), "notitie.txt")
    assert "notitie.txt" in exc.value.user_message


def test_no_extension_is_sniffed(tmp_path: Path):
    pdf = make_pdf([NL_PARA])
    assert ingest_bytes(pdf, "upload").media_type == "application/pdf"
    assert ingest_bytes(NL_PARA.encode(), "upload").media_type == "text/plain"
    docx_bytes = make_docx(tmp_path / "x.docx").read_bytes()
    assert ingest_bytes(docx_bytes, "upload").media_type.endswith("document")


def test_missing_file(tmp_path: Path):
    with pytest.raises(IngestError) as exc:
        ingest_file(tmp_path / "bestaat-niet.pdf")
    assert "bestaat-niet.pdf" in exc.value.user_message


def test_reader_bug_is_wrapped(monkeypatch):
    import ingest.readers.text_reader as tr

    def boom(data, name):
        raise RuntimeError("internal parser failure")

    monkeypatch.setattr(tr, "read_text", boom)
    with pytest.raises(CorruptFileError) as exc:
        ingest_bytes(NL_PARA.encode(), "notitie.txt")
    assert "notitie.txt" in exc.value.user_message
    assert "internal parser failure" not in exc.value.user_message
    assert "internal parser failure" in (exc.value.detail or "")


def test_user_message_uses_base_name_only(tmp_path: Path):
    path = tmp_path / "sub" / "leeg.txt"
    path.parent.mkdir()
    path.write_bytes(b"")
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_file(path)
    assert str(tmp_path) not in exc.value.user_message
    assert str(exc.value) == exc.value.user_message


def test_errors_pickle():
    import pickle

    err = FileTooLargeError("a.pdf", size_bytes=10, limit_mb=1)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is FileTooLargeError and again.user_message == err.user_message


def test_ingest_text_pasted():
    doc = ingest_text(NL_PARA + "\n\n" + EN_PARA)
    assert doc.name == "pasted.txt" and doc.media_type == "text/plain"
    assert doc.sha256 == hashlib.sha256((NL_PARA + "\n\n" + EN_PARA).encode()).hexdigest()
    assert len(doc.segments) == 2
    with pytest.raises(EmptyDocumentError) as exc:
        ingest_text("   \n ")
    assert "pasted.txt" in exc.value.user_message


def test_all_errors_are_ingest_errors():
    for cls in (
        ingest.EncryptedPdfError,
        ingest.ScannedPdfError,
        ingest.CorruptFileError,
        ingest.UnsupportedTypeError,
        ingest.EmptyDocumentError,
        ingest.FileTooLargeError,
        ingest.UnknownEncodingError,
        ingest.UnsupportedLanguageError,
    ):
        assert issubclass(cls, IngestError)


def _docx_with_xml(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_rendered_page_breaks_give_pages():
    from docx.oxml import OxmlElement

    def build(d):
        d.add_paragraph(NL_PARA)
        d.add_paragraph("Tweede alinea op pagina een.")
        p = d.add_paragraph()
        run = p.add_run()
        run._r.append(OxmlElement("w:lastRenderedPageBreak"))
        p.add_run("Deze alinea begint op pagina twee en gaat over emotieherkenning.")
        d.add_paragraph("Nog een alinea op pagina twee.")

    doc = ingest_bytes(_docx_with_xml(build), "gerenderd.docx")
    pages = {s.text: s.page for s in doc.segments}
    assert pages["Tweede alinea op pagina een."] == 1
    assert pages["Deze alinea begint op pagina twee en gaat over emotieherkenning."] == 2
    assert pages["Nog een alinea op pagina twee."] == 2
    assert doc.pages == 2


def test_docx_content_controls_and_hyperlinks_are_read():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(d):
        d.add_paragraph(NL_PARA)
        body = d.element.body
        sdt = OxmlElement("w:sdt")
        content = OxmlElement("w:sdtContent")
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "Tekst in een invulveld over gezichtsherkenning."
        r.append(t)
        p.append(r)
        content.append(p)
        sdt.append(content)
        body.insert(len(body) - 1, sdt)  # before the final sectPr
        para = d.add_paragraph("Zie ")
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), "rId99")
        r2 = OxmlElement("w:r")
        t2 = OxmlElement("w:t")
        t2.text = "de website"
        r2.append(t2)
        link.append(r2)
        para._p.append(link)

    doc = ingest_bytes(_docx_with_xml(build), "formulier.docx")
    texts = [s.text for s in doc.segments]
    assert "Tekst in een invulveld over gezichtsherkenning." in texts
    assert "Zie de website" in texts


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_mutated_files_only_raise_ingest_errors(tmp_path: Path, kind: str):
    """Flip bytes / cut files at random places: the result is a Document or an IngestError."""
    import random

    rng = random.Random(1234)
    base = make_pdf([NL_PARA, EN_PARA]) if kind == "pdf" else make_docx(tmp_path / "b.docx").read_bytes()
    for _ in range(25):
        data = bytearray(base)
        op = rng.choice(["flip", "cut", "zero"])
        if op == "flip":
            for _ in range(rng.randint(1, 30)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == "cut":
            data = data[: rng.randrange(1, len(data))]
        else:
            start = rng.randrange(len(data))
            end = min(len(data), start + rng.randint(1, 500))
            data[start:end] = b"\0" * (end - start)
        try:
            doc = ingest_bytes(bytes(data), f"mutant.{kind}")
        except IngestError as exc:
            assert f"mutant.{kind}" in exc.user_message
        else:
            for seg in doc.segments:
                assert doc.text[seg.start : seg.end] == seg.text


def test_pdf_scans_with_stamped_footer_are_scans():
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("RGB", (200, 280), (240, 240, 240))
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for p in range(1, 4):
        pdf.add_page()
        pdf.image(img, x=10, y=10, w=150)
        pdf.set_xy(10, 280)
        pdf.cell(0, 5, f"Pagina {p} van 3 - vertrouwelijk document")
    with pytest.raises(ScannedPdfError) as exc:
        ingest_bytes(bytes(pdf.output()), "gescand-met-voettekst.pdf")
    assert "gescand-met-voettekst.pdf" in exc.value.user_message

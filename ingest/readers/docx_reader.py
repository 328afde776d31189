"""Word (.docx) → one piece per paragraph and per table cell, in document order.

The package is opened with python-docx; the body XML is then walked directly so that content
python-docx's high-level API skips is kept (content controls, tracked insertions, hyperlinks,
text boxes) and deleted tracked changes are dropped.

Pages: Word stores where pages began when the file was last saved (``w:lastRenderedPageBreak``).
When those markers exist they give the page of each paragraph/cell; otherwise explicit page
breaks (``w:br w:type="page"``, "page break before", section breaks) are used; a document with
neither has ``page=None`` throughout (Word decides page layout only when it renders).
"""

from __future__ import annotations

import io
import zipfile

from ingest.errors import CorruptFileError, EmptyDocumentError, FileTooLargeError
from ingest.readers.base import RawDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_P = W + "p"
_TBL = W + "tbl"
_TR = W + "tr"
_TC = W + "tc"
_R = W + "r"
_T = W + "t"
_TAB = W + "tab"
_BR = W + "br"
_CR = W + "cr"
_NBH = W + "noBreakHyphen"
_LRPB = W + "lastRenderedPageBreak"
_PPR = W + "pPr"
_RPR = W + "rPr"
_SECTPR = W + "sectPr"
_TXBX = W + "txbxContent"
_TYPE = W + "type"
_VAL = W + "val"

# Containers whose children are walked as if they were inline in the paragraph / body.
_TRANSPARENT = {
    W + "hyperlink",
    W + "smartTag",
    W + "ins",
    W + "moveTo",
    W + "customXml",
    W + "sdt",
    W + "sdtContent",
    W + "fldSimple",
    W + "bdo",
    W + "dir",
    MC + "AlternateContent",
    MC + "Choice",
}
_GRAPHICS = {W + "drawing", W + "pict", W + "object"}
# Never read: deleted text, properties, fallbacks that duplicate mc:Choice.
_SKIP = {W + "del", W + "moveFrom", _PPR, _RPR, W + "sdtPr", W + "sdtEndPr", MC + "Fallback", W + "instrText"}

#: Refuse packages that unpack to more than this (zip bombs); images count at their stored size.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_UNPACKED_XML_BYTES = 300 * 1024 * 1024


def read_docx(data: bytes, name: str) -> RawDocument:
    _check_package(data, name)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:
        raise CorruptFileError(name, kind="Word document", detail=f"{type(exc).__name__}: {exc}") from exc

    try:
        walker = _Walker(body)
        walker.walk_blocks(body)
        walker.flush()
    except Exception as exc:
        raise CorruptFileError(name, kind="Word document", detail=f"{type(exc).__name__}: {exc}") from exc

    if not any(t.strip() for t, _ in walker.pieces):
        raise EmptyDocumentError(name, detail="no text in document body")
    pages = max((p for _, p in walker.pieces if p is not None), default=None)
    return RawDocument(pieces=walker.pieces, pages=pages)


def _check_package(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except Exception as exc:
        raise CorruptFileError(name, kind="Word document", detail=f"{type(exc).__name__}: {exc}") from exc
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if total > MAX_UNPACKED_BYTES or xml > MAX_UNPACKED_XML_BYTES:
        limit = (MAX_UNPACKED_BYTES if total > MAX_UNPACKED_BYTES else MAX_UNPACKED_XML_BYTES) / 1024 / 1024
        raise FileTooLargeError(name, size_bytes=max(total, xml), limit_mb=limit, unpacked=True)


class _Walker:
    def __init__(self, body):
        self.pieces: list[tuple[str, int | None]] = []
        rendered = next(body.iter(_LRPB), None) is not None
        explicit = not rendered and (
            any(br.get(_TYPE) == "page" for br in body.iter(_BR))
            or next(body.iter(W + "pageBreakBefore"), None) is not None
            or any(pp.find(_SECTPR) is not None for pp in body.iter(_PPR))
        )
        self.mode = "rendered" if rendered else ("explicit" if explicit else None)
        self.page: int | None = 1 if self.mode else None
        self._buf: list[str] = []
        self._buf_page: int | None = None
        self._extra: list[tuple[str, int | None]] = []  # text boxes, emitted after their paragraph

    # -- pieces -----------------------------------------------------------------------------
    def _append(self, text: str) -> None:
        if not text:
            return
        if self._buf_page is None and text.strip():
            self._buf_page = self.page
        self._buf.append(text)

    def flush(self) -> None:
        text = "".join(self._buf)
        if text.strip():
            self.pieces.append((text, self._buf_page if self._buf_page is not None else self.page))
        self._buf = []
        self._buf_page = None
        if self._extra:
            self.pieces.extend(self._extra)
            self._extra = []

    def _page_break(self, kind: str) -> None:
        if self.mode != kind:
            return
        if kind == "explicit":
            self.flush()  # text after a hard page break is a new piece on the next page
        if self.pieces or self._buf:
            self.page += 1  # type: ignore[operator]

    # -- blocks -------------------------------------------------------------------------------
    def walk_blocks(self, parent) -> None:
        for child in parent:
            tag = child.tag
            if tag == _P:
                self.paragraph(child)
            elif tag == _TBL:
                self.table(child)
            elif tag in _TRANSPARENT:
                self.walk_blocks(child)
            # sectPr at body level, bookmarks, altChunk, ...: nothing to read

    def paragraph(self, p) -> None:
        ppr = p.find(_PPR)
        if ppr is not None and self.mode == "explicit":
            pbb = ppr.find(W + "pageBreakBefore")
            if pbb is not None and pbb.get(_VAL, "true") not in ("0", "false", "off"):
                self.flush()
                self._page_break("explicit")
        self.inline(p)
        self.flush()
        if ppr is not None and self.mode == "explicit":
            sect = ppr.find(_SECTPR)
            if sect is not None:
                stype = sect.find(W + "type")
                if stype is None or stype.get(_VAL) in (None, "nextPage", "oddPage", "evenPage"):
                    self._page_break("explicit")

    def inline(self, parent) -> None:
        for child in parent:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == _R:
                self.inline(child)
            elif tag == _T:
                self._append(child.text or "")
            elif tag == _TAB:
                self._append("\t")
            elif tag == _BR:
                if child.get(_TYPE) == "page":
                    self._page_break("explicit")
                else:
                    self._append("\n")
            elif tag == _CR:
                self._append("\n")
            elif tag == _NBH:
                self._append("-")
            elif tag == _LRPB:
                self._page_break("rendered")
            elif tag == _TXBX:
                self._textbox(child)
            elif tag in _GRAPHICS:
                for txbx in child.iter(_TXBX):
                    self._textbox(txbx)
            elif tag in _TRANSPARENT:
                self.inline(child)
            # fldChar, footnoteReference, softHyphen, sym, ...: no text

    def _textbox(self, txbx) -> None:
        sub = _Walker.__new__(_Walker)
        sub.pieces, sub.mode, sub.page = [], None, self.page
        sub._buf, sub._buf_page, sub._extra = [], None, []
        sub.walk_blocks(txbx)
        sub.flush()
        self._extra.extend(sub.pieces)

    def table(self, tbl) -> None:
        for row in _children(tbl, _TR):
            for cell in _children(row, _TC):
                self.cell(cell)

    def cell(self, tc) -> None:
        """All paragraphs of a cell (and nested tables) as one piece, lines joined by newlines."""
        self.flush()
        start = len(self.pieces)
        self.walk_blocks(tc)
        self.flush()
        cell_pieces = self.pieces[start:]
        if len(cell_pieces) > 1:
            page = cell_pieces[0][1]
            joined = "\n".join(t.strip("\n") for t, _ in cell_pieces)
            self.pieces[start:] = [(joined, page)]


def _children(parent, tag):
    """Direct children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from _children(child, tag)

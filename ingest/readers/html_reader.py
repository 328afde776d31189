"""HTML → one piece per block (paragraph, heading, list item, table cell), via html.parser.

Scripts, styles and other non-content elements are dropped; whitespace is collapsed as a
browser would, except inside ``<pre>``. The ``<title>`` becomes the first piece.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from ingest.readers.base import RawDocument
from ingest.readers.text_reader import decode_bytes

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "canvas",
    "select",
    "button",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "address",
    "details",
    "summary",
    "hr",
    "body",
    "html",
    "title",
    "center",
    "option",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_WS = re.compile(r"[ \t\r\n\f\v]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._pre = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip += 1
            return
        if self._skip:
            return
        if tag == "br":
            self._buf.append("\n")
        elif tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self._pre += 1
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self._buf.append(f" {alt.strip()} ")

    def handle_startendtag(self, tag, attrs):
        if tag in _SKIP or tag == "title":
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            return
        if tag in _SKIP:
            if tag not in _VOID and self._skip:
                self._skip -= 1
            return
        if self._skip:
            return
        if tag in _BLOCK:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
            return
        if self._skip:
            return
        if self._pre:
            self._buf.append(data.replace("\r\n", "\n"))
        else:
            self._buf.append(_WS.sub(" ", data))

    def _flush(self) -> None:
        if not self._buf:
            return
        text = "".join(self._buf)
        self._buf = []
        if not self._pre:
            # collapse spaces around the <br> newlines, as rendering would
            text = "\n".join(line.strip() for line in text.split("\n"))
        if text.strip():
            self.blocks.append(text)

    def close(self):
        super().close()
        self._flush()


def decode_html(data: bytes, name: str) -> str:
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return decode_bytes(data, name)
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            enc = "cp1252"  # what browsers do (WHATWG encoding standard)
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def html_to_raw(html: str) -> RawDocument:
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    pieces: list[tuple[str, int | None]] = []
    title = _WS.sub(" ", "".join(parser.title)).strip()
    if title and not (parser.blocks and _WS.sub(" ", parser.blocks[0]).strip() == title):
        pieces.append((title, None))
    pieces.extend((b, None) for b in parser.blocks)
    return RawDocument(pieces=pieces)


def read_html(data: bytes, name: str) -> RawDocument:
    return html_to_raw(decode_html(data, name))

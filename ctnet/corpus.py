"""Reading releases: the Document record, the Corpus, and readers for folders and tables."""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import glob as _glob
import html
import json
import math
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal, overload

from ctnet.errors import CorpusError, InvalidParameterError

__all__ = [
    "Document",
    "Corpus",
    "ReadLog",
    "read_corpus",
    "iter_documents",
    "detect_title",
    "detect_date",
    "parse_date",
    "html_to_text",
    "normalize_newlines",
    "TEXT_SUFFIXES",
    "TABLE_SUFFIXES",
    "HEAD_CHARS",
]

DatePrecision = Literal["day", "month", "year"]

#: File suffixes read as one release each (folders, single files).
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: File suffixes read as tables, one release per line (JSONL) or row (CSV).
TABLE_SUFFIXES = (".jsonl", ".csv")
#: Titles and dates are looked for in the first HEAD_CHARS characters of a text only.
HEAD_CHARS = 3000
#: Names of the metadata sidecar of a folder corpus, in lookup order.
SIDECAR_NAMES = ("meta.jsonl", "meta.csv")
#: Table fields that become Document attributes (the rest go to ``Document.meta``).
META_FIELDS = ("title", "date", "url", "publisher")

_CHUNK = 1 << 20
_OUTPUT_MARKER = ".ctnet-output"  # ctnet.io.MARKER (not imported: corpus stays light)


@dataclass(frozen=True)
class Document:
    """One release (one *event*).

    Attributes
    ----------
    id : str
        Stable id: the file stem for folder corpora, the ``id`` field for tables.
    text : str
        The release text as read (after decoding; HTML reduced to text).
        Mention offsets index into this string.
    title : str or None
    date : datetime.date or None
        The release date. When only the month or year is known, the first day
        of that month or year, with ``date_precision`` saying so.
    source : str or None
        Where the text came from (a path, or ``path:line`` for tables).
    publisher, url : str or None
    date_precision : {"day", "month", "year"} or None
    meta : dict
        Any other fields of the input row.
    """

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    source: str | None = None
    publisher: str | None = None
    url: str | None = None
    date_precision: DatePrecision | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def date_iso(self) -> str:
        """The date as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by its precision; '' if unknown.

        Examples
        --------
        >>> import datetime
        >>> Document("a", "", date=datetime.date(2023, 3, 1), date_precision="month").date_iso
        '2023-03'
        """
        if self.date is None:
            return ""
        if self.date_precision == "year":
            return f"{self.date.year:04d}"
        if self.date_precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class Corpus(Sequence[Document]):
    """An ordered collection of documents with the files they came from.

    Parameters
    ----------
    documents : sequence of Document
    path : path, optional
        The corpus path the user gave.
    files : sequence of path, optional
        Every input file read (for the manifest's sha256 sums).
    warnings : sequence of str, optional
        Messages about skipped or repaired input (counts of empty files, re-decoded text...).

    Examples
    --------
    >>> c = Corpus([Document("a", "UNODC met Kenya."), Document("b", "IOM.")])
    >>> len(c), c[0].id, c.ids
    (2, 'a', ['a', 'b'])
    """

    def __init__(
        self,
        documents: Sequence[Document] = (),
        *,
        path: str | Path | None = None,
        files: Sequence[str | Path] = (),
        warnings: Sequence[str] = (),
    ) -> None:
        self._documents = list(documents)
        self.path = Path(path) if path is not None else None
        self.files = [Path(f) for f in files]
        self.warnings = list(warnings)

    @overload
    def __getitem__(self, i: int) -> Document: ...
    @overload
    def __getitem__(self, i: slice) -> "Corpus": ...
    def __getitem__(self, i: int | slice) -> "Document | Corpus":
        if isinstance(i, slice):
            return Corpus(self._documents[i], path=self.path, files=self.files, warnings=self.warnings)
        return self._documents[i]

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __repr__(self) -> str:
        return f"Corpus({len(self)} documents{', from ' + str(self.path) if self.path else ''})"

    @property
    def ids(self) -> list[str]:
        """Document ids in corpus order."""
        return [d.id for d in self._documents]


class ReadLog:
    """What a reader saw besides the documents: the files it read and its warnings.

    :func:`iter_documents` fills one as it goes (pass ``log=ReadLog()``);
    :func:`read_corpus` copies it into ``Corpus.files`` and ``Corpus.warnings``.
    Skipped files and unreadable dates are counted, and summarised in one
    warning per kind when reading ends.

    Examples
    --------
    >>> log = ReadLog()
    >>> docs = list(iter_documents("seeds", log=log))
    >>> len(log.files), log.warnings
    (5, [])
    """

    _MAX_EXAMPLES = 5

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.warnings: list[str] = []
        self._counted: dict[str, list[str]] = {}

    def warn(self, message: str) -> None:
        """Record one warning."""
        self.warnings.append(message)

    def count(self, kind: str, example: str) -> None:
        """Count one occurrence of ``kind`` (summarised by :meth:`summarise`)."""
        self._counted.setdefault(kind, []).append(example)

    def n(self, kind: str) -> int:
        """How many times ``kind`` was counted."""
        return len(self._counted.get(kind, ()))

    def summarise(self) -> None:
        """Turn the counts into one warning per kind (idempotent)."""
        templates = {
            "empty": "skipped {n} empty or whitespace-only {files} ({ex})",
            "empty_row": "skipped {n} {rows} with empty or whitespace-only text ({ex})",
            "binary": "skipped {n} binary {files} with a text extension ({ex}); convert them to text first",
            "ignored": "ignored {n} {files} that {verb} not .txt/.md/.html/.htm ({ex}); "
                       "give .jsonl/.csv tables as INPUT themselves",
            "bad_date": "{n} {dates} could not be read and {verb2} left empty ({ex}); write dates as YYYY-MM-DD",
            "sidecar_unused": "{n} metadata sidecar {rows} match no document ({ex})",
        }
        for kind, examples in self._counted.items():
            n = len(examples)
            shown = ", ".join(examples[: self._MAX_EXAMPLES]) + (", ..." if n > self._MAX_EXAMPLES else "")
            self.warnings.append(templates[kind].format(
                n=n, ex=shown, files="file" if n == 1 else "files", verb="is" if n == 1 else "are",
                dates="date" if n == 1 else "dates", verb2="was" if n == 1 else "were",
                rows="row" if n == 1 else "rows"))
        self._counted = {}


# ---------------------------------------------------------------------------
# text normalisation and decoding
# ---------------------------------------------------------------------------

def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF (offsets are defined on the result).

    Examples
    --------
    >>> normalize_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b\x08", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
)


def _binary_kind(head: bytes) -> str | None:
    """Name the binary format of a file from its first bytes, or None for text.

    Known signatures (PDF, PNG, zip and Office files, GIF, JPEG, gzip, 7z, RAR)
    or a NUL byte in the first 8 kB (not in UTF-16 files, which start with a BOM).
    """
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head[:8192]:
        return "NUL bytes"
    return None


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _decode(data: bytes, name: str, encoding: str | None, log: ReadLog) -> str:
    """Decode bytes: the given encoding, else a BOM, else UTF-8, else cp1252, else latin-1 (warned)."""
    if encoding is not None:
        enc = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        try:
            return data.decode(enc)
        except UnicodeDecodeError as e:
            raise CorpusError(
                f"{name}: cannot decode as {encoding} ({e.reason} at byte {e.start}); "
                "give the file's real encoding with encoding=... or convert it to UTF-8."
            ) from None
    bom = _bom_encoding(data[:4])
    if bom is not None:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as e:
            raise CorpusError(f"{name}: starts with a {bom} byte-order mark but is not {bom} "
                              f"({e.reason} at byte {e.start}); re-save it as UTF-8.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        log.warn(f"{name}: not valid UTF-8; decoded as {enc} (pass encoding=... if that is wrong, "
                 "or re-save the file as UTF-8)")
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _sniff_encoding(path: Path, encoding: str | None, log: ReadLog) -> str:
    """Choose the encoding of a table file by validating it in chunks (bounded memory)."""
    with _open_binary(path) as f:
        head = f.read(8192)
        kind = _binary_kind(head)
        if kind is not None:
            raise CorpusError(f"{path}: this is a binary file ({kind}), not a text table; "
                              "give a UTF-8 .jsonl or .csv file.")
        if encoding is not None:
            enc = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
            candidates = [enc]
        else:
            bom = _bom_encoding(head)
            candidates = [bom] if bom else ["utf-8-sig", "cp1252", "latin-1"]
        for enc in candidates:
            f.seek(0)
            dec = codecs.getincrementaldecoder(enc)("strict")
            offset = 0
            try:
                while chunk := f.read(_CHUNK):
                    dec.decode(chunk)
                    offset += len(chunk)
                dec.decode(b"", final=True)
            except UnicodeDecodeError as e:
                if encoding is not None or len(candidates) == 1:
                    raise CorpusError(
                        f"{path}: cannot decode as {encoding or enc} ({e.reason} near byte {offset + e.start}); "
                        "give the file's real encoding with encoding=... or convert it to UTF-8."
                    ) from None
                continue
            if encoding is None and enc in ("cp1252", "latin-1"):
                log.warn(f"{path}: not valid UTF-8; decoded as {enc} (pass encoding=... if that is wrong, "
                         "or re-save the file as UTF-8)")
            return enc
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _open_binary(path: Path) -> Any:
    try:
        return open(path, "rb")
    except PermissionError:
        raise CorpusError(f"{path}: permission denied; make the file readable (chmod u+r) "
                          "or move it out of the corpus.") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder where a file was expected; check the path.") from None
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file or folder; check the path.") from None
    except OSError as e:
        raise CorpusError(f"{path}: cannot read ({e.strerror}); check the file.") from None


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as f:
        try:
            return f.read()
        except OSError as e:
            raise CorpusError(f"{path}: cannot read ({e.strerror}); check the file.") from None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
_DATE_META = {
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dcterms.date",
    "dc.date.issued", "dcterms.issued", "pubdate", "publish-date", "publish_date", "publication_date",
    "article.published", "sailthru.date", "parsely-pub-date",
}


_REGION_TAGS = {"main", "article", "nav", "header", "footer", "aside"}
_BOILER_TAGS = {"nav", "header", "footer", "aside"}


class _TextExtractor(HTMLParser):
    """Collect text pieces tagged with the page region they sit in (main, article N, boilerplate, body)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str, bool]] = []  # (text, region, is_pre)
        self.skip = 0
        self.pre = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_depth = 0
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None
        self.main = 0
        self.article = 0
        self.n_articles = 0
        self.boiler = 0
        self.regions: list[tuple[str, bool]] = []  # open region tags: (tag, counted as boilerplate)

    def _region(self) -> str:
        if self.main:
            return "main"
        if self.article:
            return f"article{self.n_articles}"
        return "boiler" if self.boiler else "body"

    def _add(self, text: str, pre: bool = False) -> None:
        self.parts.append((text, self._region(), pre))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = self.skip == 0
            return
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and "href" in a:
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "time" and self.time_datetime is None and a.get("datetime"):
            self.time_datetime = a["datetime"]
        if tag in _SKIP_TAGS and tag != "head":
            self.skip += 1
            return
        if self.skip:
            return
        if tag in _REGION_TAGS:
            counted = tag in _BOILER_TAGS and not self.main and not self.article
            self.regions.append((tag, counted))
            if tag == "main":
                self.main += 1
            elif tag == "article":
                if not self.article:
                    self.n_articles += 1
                self.article += 1
            elif counted:
                self.boiler += 1
        if tag == "br":
            self._add("\n")
        elif tag in _BLOCK_TAGS:
            self._add("\n\n")
            if tag == "pre":
                self.pre += 1
            if tag == "h1" and not self.h1_done:
                self.h1_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP_TAGS and tag != "head":
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in _BLOCK_TAGS:
            self._add("\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            if tag == "h1" and self.h1_depth:
                self.h1_depth -= 1
                if not self.h1_depth and "".join(self.h1_parts).strip():
                    self.h1_done = True
        if tag in _REGION_TAGS:
            for i in range(len(self.regions) - 1, -1, -1):
                if self.regions[i][0] == tag:
                    _, counted = self.regions.pop(i)
                    if tag == "main":
                        self.main = max(0, self.main - 1)
                    elif tag == "article":
                        self.article = max(0, self.article - 1)
                    elif counted:
                        self.boiler = max(0, self.boiler - 1)
                    break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.h1_depth:
            self.h1_parts.append(data)
        if self.pre:
            self._add(data, pre=True)
        else:
            self._add(re.sub(r"[ \t\n\r\f\v]+", " ", data))

    def content(self) -> list[tuple[str, bool]]:
        """The pieces of the page's content: main, else the longest article, else all but boilerplate."""
        def pieces(keep: Any) -> list[tuple[str, bool]]:
            return [(t, pre) for t, region, pre in self.parts if keep(region)]

        def has_text(ps: list[tuple[str, bool]]) -> bool:
            return any(t.strip() for t, _ in ps)

        main = pieces(lambda r: r == "main")
        if has_text(main):
            return main
        if self.n_articles:
            sizes: dict[str, int] = {}
            for t, region, _ in self.parts:
                if region.startswith("article"):
                    sizes[region] = sizes.get(region, 0) + len(t.strip())
            best = max(sorted(sizes), key=lambda r: sizes[r])  # ties: the first in page order
            article = pieces(lambda r: r == best)
            if has_text(article):
                return article
        body = pieces(lambda r: r != "boiler")
        if has_text(body):
            return body
        return pieces(lambda r: True)


def _assemble(pieces: list[tuple[str, bool]]) -> str:
    """Join text pieces: collapse spaces, trim lines, at most one blank line; <pre> kept verbatim."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            lines = [re.sub(r" {2,}", " ", ln).strip(" ") for ln in "".join(buf).split("\n")]
            out.append("\n".join(lines))
            buf.clear()

    for text, pre in pieces:
        if pre:
            flush()
            out.append(text)
        else:
            buf.append(text)
    flush()
    return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip("\n")


def html_to_text(source: str) -> tuple[str, dict[str, str | None]]:
    """Extract the content text of an HTML page, and its title, date, url and publisher.

    Scripts, styles, ``noscript``, ``template``, ``svg`` and the ``head`` are
    dropped. Only the page's content is kept, so that menus do not put the same
    agencies into every release: the ``main`` element when there is one; else
    the longest ``article``; else the whole body without ``nav``, ``header``,
    ``footer`` and ``aside`` (these are kept inside ``main``/``article``).
    Block elements (``p``, ``div``, ``li``, headings, table cells...) become
    paragraph breaks and ``br`` a line break; entities are unescaped; runs of
    spaces collapse (except inside ``pre``).

    Parameters
    ----------
    source : str
        The HTML.

    Returns
    -------
    text : str
    info : dict
        ``title`` (the first ``h1``, else ``og:title``, else ``<title>``),
        ``date`` (a raw string from a ``<meta>`` date field or the first
        ``<time datetime>``), ``url`` (``og:url`` or the canonical link) and
        ``publisher`` (``og:site_name``); None when absent.

    Examples
    --------
    >>> text, info = html_to_text("<title>T</title><script>x()</script><h1>A &amp; B</h1><p>One<br>two</p>")
    >>> text
    'A & B\\n\\nOne\\ntwo'
    >>> info["title"]
    'A & B'
    >>> html_to_text("<nav>UNOCT | IOM</nav><main><p>UNODC met Kenya.</p></main><footer>EU</footer>")[0]
    'UNODC met Kenya.'
    """
    p = _TextExtractor()
    try:
        p.feed(source)
        p.close()
    except Exception:  # html.parser is lenient; be safe with pathological input
        pass
    text = _assemble(p.content())

    def clean(s: str | None) -> str | None:
        if s is None:
            return None
        s = " ".join(html.unescape(s).split())
        return s or None

    title = clean("".join(p.h1_parts)) or clean(p.meta.get("og:title")) or clean("".join(p.title_parts))
    date = None
    for key, value in p.meta.items():
        if key in _DATE_META and value.strip():
            date = value.strip()
            break
    if date is None and p.time_datetime:
        date = p.time_datetime.strip()
    info = {
        "title": title,
        "date": date,
        "url": clean(p.meta.get("og:url")) or clean(p.meta.get("canonical")),
        "publisher": clean(p.meta.get("og:site_name")),
    }
    return text, info


def _html_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

_MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTHS_OTHER = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTHS = {**_MONTHS_OTHER, **_MONTHS_EN}
_MON = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_ORD = r"(?:st|nd|rd|th|er|º|°|ª)?"
_DAY = r"(?<![\w.,/-])([0-3]?\d)" + _ORD
_YEAR = r"((?:19|20|21)\d\d)(?!\d)"
_SEP = r"\s*(?:-|–|—|to|until|till|and|au|à|a|al|e|y)\s*"
_OF = r"(?:\s+(?:of|de|del))?"

_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 2022-10-28 (ISO; a time may follow)
    (re.compile(r"(?<![\d.-])((?:19|20|21)\d\d)-(\d\d)-(\d\d)(?![\d])"), "iso"),
    # 28.10.2022, 28/10/2022, 28-10-2022 (day first)
    (re.compile(r"(?<![\d.,/-])([0-3]?\d)([./-])([01]?\d)\2((?:19|20|21)\d\d)(?![\d])"), "numeric"),
    # 31 October – 01 November, 2013 ; 29 January to 2 February 2018
    (re.compile(_DAY + r"\s*" + _OF + r"\s*(" + _MON + r")" + _SEP + r"[0-3]?\d" + _ORD + _OF
                + r"\s*" + _MON + r",?" + _OF + r"\s+" + _YEAR, re.I), "dm_range"),
    # 13 May 2022 ; 28th February 2022 ; From 22 to 26 July 2019 ; 28 de outubro de 2022
    (re.compile(_DAY + r"(?:" + _SEP + r"[0-3]?\d" + _ORD + r")?" + _OF + r"\s*(" + _MON + r")"
                + r",?" + _OF + r"\s+" + _YEAR, re.I), "dmy"),
    # March 1, 2022 ; Apr 27, 2016 ; July 22-26, 2019
    (re.compile(r"(?<![^\W\d_])(" + _MON + r")\s+([0-3]?\d)" + _ORD + r"(?:" + _SEP + r"[0-3]?\d"
                + _ORD + r")?,?\s+" + _YEAR, re.I), "mdy"),
    # in March 2023 ; março de 2023 (month precision)
    (re.compile(r"(?<![^\W\d_])(" + _MON + r")," + r"?" + _OF + r"\s+" + _YEAR, re.I), "my"),
]
# year-only dates count only in a clear date context, and only when nothing better is found
_YEAR_PATTERNS = [
    re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.M),
    re.compile(r"(?:published|posted|date|dated|issued)\s*(?:on|:)?\s*((?:19|20)\d\d)(?!\d)", re.I),
]


def _month_of(token: str, *, month_only: bool) -> int | None:
    word = token.rstrip(".")
    low = word.lower()
    if low in _MONTHS_OTHER:
        return _MONTHS_OTHER[low]
    if low in _MONTHS_EN:
        # an English month alone ("may 2022") must be capitalised to count
        if month_only and not word[:1].isupper():
            return None
        return _MONTHS_EN[low]
    return None


def _make(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


_YEAR_ANCHOR = re.compile(r"(?:19|20|21)\d\d")  # digit boundaries are checked by hand (faster)
_BEFORE, _AFTER = 64, 8  # every date form holds a year: search only this close around one


def _windows(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in _YEAR_ANCHOR.finditer(text):
        s, e = m.span()
        if (s and text[s - 1].isdigit()) or (e < n and text[e].isdigit()):
            continue
        lo, hi = max(0, s - _BEFORE), min(n, e + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _date_of(kind: str, m: re.Match[str]) -> tuple[_dt.date | None, DatePrecision]:
    g = m.groups()
    if kind == "iso":
        return _make(int(g[0]), int(g[1]), int(g[2])), "day"
    if kind == "numeric":
        a, b, y = int(g[0]), int(g[2]), int(g[3])
        return _make(y, b, a) or (_make(y, a, b) if a <= 12 < b else None), "day"
    if kind == "dm_range":
        mon = _month_of(g[1], month_only=False)
        if not mon:
            return None, "day"
        end_mon = _month_of(re.findall(_MON, m.group(0), re.I)[-1], month_only=False) or mon
        return _make(int(g[2]) - (1 if mon > end_mon else 0), mon, int(g[0])), "day"
    if kind == "dmy":
        mon = _month_of(g[1], month_only=False)
        return (_make(int(g[2]), mon, int(g[0])) if mon else None), "day"
    if kind == "mdy":
        mon = _month_of(g[0], month_only=False)
        return (_make(int(g[2]), mon, int(g[1])) if mon else None), "day"
    mon = _month_of(g[0], month_only=True)  # my
    return (_make(int(g[1]), mon, 1) if mon else None), "month"


def _candidates(
    text: str, windows: list[tuple[int, int]]
) -> Iterator[tuple[int, int, _dt.date, DatePrecision, int]]:
    """(start, priority, date, precision, end) of every well-formed date in ``text``.

    Every recognised form contains a four-digit year, so the patterns run only
    in short windows around years: linear time, and fast on long texts.
    """
    n = len(text)
    for prio, (pattern, kind) in enumerate(_DATE_PATTERNS):
        for lo, hi in windows:
            for m in pattern.finditer(text, lo, hi):
                if m.end() < n and text[m.end()].isdigit():
                    continue  # cut short by the window
                date, precision = _date_of(kind, m)
                if date is not None:
                    yield m.start(), prio, date, precision, m.end()


def _find_date(text: str) -> tuple[_dt.date, DatePrecision, int, int] | None:
    windows = _windows(text)
    if not windows:
        return None
    best = min(_candidates(text, windows), default=None, key=lambda c: (c[0], c[1]))
    if best is not None:
        return best[2], best[3], best[0], best[4]
    n = len(text)
    years = []
    for i, p in enumerate(_YEAR_PATTERNS):
        for lo, hi in windows:
            for m in p.finditer(text, lo, hi):
                if i == 0 and m.end() < n and text[m.end()] != "\n":
                    continue  # "$" matched at the end of a window, not of a line
                years.append((m.start(1), m.end(1), int(m.group(1))))
    if years:
        s, e, y = min(years)
        return _dt.date(y, 1, 1), "year", s, e
    return None


def detect_date(text: str, *, head: int = HEAD_CHARS) -> tuple[_dt.date | None, DatePrecision | None]:
    """Find the first date written in the first ``head`` characters of a text.

    Recognised forms (English, French, Portuguese and Spanish month names,
    full or abbreviated): ``2022-10-28``; ``28.10.2022`` and ``28/10/2022``
    (day first; month first only when day first is impossible);
    ``13 May 2022``, ``Friday, 13 May 2022 - 9:00am``, ``28th February 2022``,
    ``28 de outubro de 2022``; ``March 1, 2022``; ranges ``From 22 to 26 July
    2019`` and ``31 October – 01 November, 2013`` (their first day); and
    ``in March 2023`` (month precision; an English month name must then be
    capitalised). A bare year is not a date ("the 2017 attacks", "resolution
    2395 (2017)"): a year alone counts, with year precision, only when no
    better date is found and it stands on a line of its own or follows
    "published", "posted", "date" or "issued".

    Parameters
    ----------
    text : str
    head : int, default HEAD_CHARS (3000)
        Only this many leading characters are searched: the release date sits
        in the dateline or the first paragraphs, while dates further down are
        usually background ("established in June 2017"). This also bounds the
        work on huge texts.

    Returns
    -------
    (date, precision) or (None, None)
        ``precision`` is "day", "month" or "year"; month and year dates are
        the first day of the month or year.

    Examples
    --------
    >>> detect_date("Maputo 28.10.2022 – The IOM ...")
    (datetime.date(2022, 10, 28), 'day')
    >>> detect_date("From 22 to 26 July 2019, the delegation visited Nairobi.")
    (datetime.date(2019, 7, 22), 'day')
    >>> detect_date("To that end, in March 2023, UNODC conducted a study visit.")
    (datetime.date(2023, 3, 1), 'month')
    >>> detect_date("Security Council resolution 2395 (2017)")
    (None, None)
    """
    found = _find_date(text[:head])
    if found is None:
        return None, None
    return found[0], found[1]


def parse_date(value: Any) -> tuple[_dt.date, DatePrecision] | None:
    """Read a date given in metadata (a table column, a sidecar, an HTML ``<meta>``).

    Accepts ``datetime.date``/``datetime`` objects, ISO strings
    (``YYYY-MM-DD``, with an optional time; ``YYYY-MM``; ``YYYY``;
    ``YYYY/MM/DD``), a year as an integer, and any single date
    :func:`detect_date` recognises (``13 May 2022``).

    Returns
    -------
    (date, precision) or None
        None when ``value`` holds no date it can read. Missing values
        (None, NaN, empty strings) also give None; callers tell these apart.

    Examples
    --------
    >>> parse_date("2022-10-28")
    (datetime.date(2022, 10, 28), 'day')
    >>> parse_date("2018")
    (datetime.date(2018, 1, 1), 'year')
    >>> parse_date("13 May 2022")
    (datetime.date(2022, 5, 13), 'day')
    >>> parse_date("soon") is None
    True
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, _dt.datetime):
        return value.date(), "day"
    if isinstance(value, _dt.date):
        return value, "day"
    if isinstance(value, float):
        if math.isnan(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return (_dt.date(value, 1, 1), "year") if 1000 <= value <= 9999 else None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", s)
    if m:
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d, "day") if d else None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        d = _make(int(m.group(1)), int(m.group(2)), 1)
        return (d, "month") if d else None
    if re.fullmatch(r"\d{4}", s):
        return _dt.date(int(s), 1, 1), "year"
    if len(s) > 200:
        return None
    found = _find_date(s)
    if found is None:
        return None
    return found[0], found[1]


# ---------------------------------------------------------------------------
# titles
# ---------------------------------------------------------------------------

_LABELS = {
    "news", "local", "global", "regional", "home", "press release", "press releases", "news release",
    "press statement", "statement", "statements", "media advisory", "story", "stories", "feature",
    "features", "top stories", "latest news", "news and events", "news & events", "events", "event",
    "background", "share", "share this", "print", "email", "e-mail", "related", "related news",
    "english", "français", "francais", "español", "português", "photo", "photos", "group photo",
    "video", "videos", "gallery", "menu", "search", "skip to main content", "read more", "more",
    "back", "article", "articles", "blog", "update", "updates", "highlights", "news story",
    "actualités", "notícias", "noticias", "communiqué de presse", "comunicado de imprensa",
}
_BYLINE = re.compile(
    r"^(?:(?:group|family|official|cover|featured)\s+)?(?:photo|photos|photograph|picture|pictures|image|"
    r"images|credit|credits|caption|source|©|\(c\)|copyright|posted|published|updated|written by|"
    r"by|author|foto|crédit)\b", re.I)
_BREADCRUMB = re.compile(r"\s[>»›/|]\s")


def _is_label(line: str) -> bool:
    low = line.lower().strip(" :|-–—•·*_#")
    if low in _LABELS:
        return True
    words = line.split()
    if _BYLINE.match(line) and len(words) <= 10:
        return True
    if line.startswith("©"):
        return True
    if len(words) <= 15 and len(_BREADCRUMB.findall(line)) >= 2:
        return True
    found = _find_date(line)
    if found is not None:
        rest = line[: found[2]] + line[found[3]:]
        if len(rest) <= 30 and len(re.findall(r"[^\W\d_]{2,}", rest)) <= 3:
            return True  # a dateline: "March 1, 2022", "Friday, 13 May 2022 - 9:00am"
    return False


def _is_short(line: str) -> bool:
    return len(line.split()) <= 2 and len(line) <= 20 and not any(c.isdigit() for c in line)


def _clip(line: str, limit: int = 200) -> str:
    if len(line) <= limit:
        return line
    cut = line[:160]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–") + "…"


def detect_title(text: str, *, markdown: bool = False, head: int = HEAD_CHARS) -> str | None:
    """The title of a release: its first non-empty line that is not a label or byline.

    Skipped lines: section labels ("News", "Local", "Press release"...),
    photo captions and credits ("Photo: IOM", "Group photo"), bylines ("By
    ..."), copyright lines, breadcrumbs ("Home > News > ..."), and date-only
    lines ("March 1, 2022", "Friday, 13 May 2022 - 9:00am"). Lines of one or
    two words (at most 20 characters, no digits) are also taken for labels
    when a longer line follows. Only the first ``head`` characters are read.
    A line longer than 200 characters is a paragraph, not a heading: its first
    160 characters are kept, cut at a word, followed by "…".

    Parameters
    ----------
    text : str
    markdown : bool, default False
        Strip leading ``#`` heading marks.
    head : int, default HEAD_CHARS

    Returns
    -------
    str or None
        None when the text has no line at all.

    Examples
    --------
    >>> detect_title("News\\nLocal\\n\\nIOM and Germany support Mozambique\\n\\nGroup photo\\n")
    'IOM and Germany support Mozambique'
    >>> detect_title("\\nOfficials Learn From Kenya\\n\\nPhoto: IOM\\n")
    'Officials Learn From Kenya'
    >>> detect_title("# A heading\\ntext", markdown=True)
    'A heading'
    """
    fallback: str | None = None
    for raw in text[:head].split("\n"):
        line = raw.strip()
        if markdown:
            line = line.lstrip("#").strip().strip("*_").strip()
        line = " ".join(line.split())
        if not line or _is_label(line):
            continue
        if _is_short(line):
            fallback = fallback or line
            continue
        return _clip(line)
    return _clip(fallback) if fallback else None


# ---------------------------------------------------------------------------
# readers
# ---------------------------------------------------------------------------

def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    s = " ".join(str(value).split())
    return s or None


def _id_str(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None if value is None else str(value).lower()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    s = str(value).strip()
    return s or None


class _Sidecar:
    """Metadata rows keyed by document id, from meta.jsonl or meta.csv."""

    def __init__(self, path: Path, log: ReadLog) -> None:
        self.path = path
        self.rows: dict[str, dict[str, Any]] = {}
        self.used: set[str] = set()
        lines: dict[str, int] = {}
        for lineno, row in _iter_table_rows(path, encoding=None, log=log, text_column=None):
            key = _id_str(row.get("id"))
            if key is None:
                raise CorpusError(f"{path}: line {lineno} has no 'id'; every metadata row needs the file stem "
                                  "of its document as 'id'.")
            if key in lines:
                raise CorpusError(f"{path}: duplicate id {key!r} on lines {lines[key]} and {lineno}; "
                                  "keep one metadata row per document.")
            lines[key] = lineno
            self.rows[key] = row

    def get(self, doc_id: str) -> dict[str, Any] | None:
        row = self.rows.get(doc_id)
        if row is not None:
            self.used.add(doc_id)
        return row

    def report_unused(self, log: ReadLog) -> None:
        for key in sorted(set(self.rows) - self.used):
            log.count("sidecar_unused", f"{self.path.name}: {key!r}")


def _find_sidecar(folder: Path) -> Path | None:
    places = [folder] + ([folder.parent] if folder.name == "docs" else [])
    for place in places:
        found = [place / n for n in SIDECAR_NAMES if (place / n).is_file()]
        if len(found) > 1:
            raise CorpusError(f"{place}: both {found[0].name} and {found[1].name} are present; "
                              "keep one metadata sidecar.")
        if found:
            return found[0]
    return None


def _finish(
    doc_id: str,
    text: str,
    *,
    source: str,
    given: dict[str, Any],
    detected_title: str | None,
    markdown: bool,
    where: str,
    log: ReadLog,
    meta: dict[str, Any] | None = None,
) -> Document:
    """Build a Document: given metadata first, then detection from the text."""
    title = _clean_str(given.get("title")) or detected_title or detect_title(text, markdown=markdown)
    date: _dt.date | None = None
    precision: DatePrecision | None = None
    raw_date = given.get("date")
    if _clean_str(raw_date) is None:
        date, precision = detect_date(text)
    else:
        parsed = parse_date(raw_date)
        if parsed is None:
            log.count("bad_date", f"{where}: {str(raw_date)[:40]!r}")
        else:
            date, precision = parsed
    return Document(
        id=doc_id, text=text, title=title, date=date, source=source,
        publisher=_clean_str(given.get("publisher")), url=_clean_str(given.get("url")),
        date_precision=precision, meta=dict(meta or {}),
    )


def _merge_given(base: dict[str, Any], sidecar_row: dict[str, Any] | None) -> dict[str, Any]:
    """Sidecar fields that hold a value override ``base``."""
    out = dict(base)
    if sidecar_row:
        for key in META_FIELDS:
            if _clean_str(sidecar_row.get(key)) is not None:
                out[key] = sidecar_row[key]
    return out


def _sidecar_extra(row: dict[str, Any] | None) -> dict[str, Any]:
    if not row:
        return {}
    return {k: v for k, v in row.items() if k not in META_FIELDS and k != "id"}


def _read_text_file(path: Path, doc_id: str, *, encoding: str | None, log: ReadLog,
                    sidecar: _Sidecar | None) -> Document | None:
    """One release from a .txt/.md/.html file; None (counted) when empty or binary."""
    data = _read_bytes(path)
    kind = _binary_kind(data[:8192])
    if kind is not None:
        log.count("binary", f"{path.name}: {kind}")
        return None
    suffix = path.suffix.lower()
    is_html = suffix in (".html", ".htm")
    enc = encoding
    if is_html and enc is None and _bom_encoding(data[:4]) is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            enc = _html_charset(data)
    text = _decode(data, str(path), enc, log)
    text = normalize_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    info: dict[str, Any] = {}
    if is_html:
        text, info = html_to_text(text)
    elif suffix == ".md":
        text, info = _front_matter(text)
    if not text.strip():
        log.count("empty", path.name)
        return None
    row = sidecar.get(doc_id) if sidecar is not None else None
    given = _merge_given({k: v for k, v in info.items() if k != "title"}, row)
    if is_html and info.get("date") and not (row and _clean_str(row.get("date"))):
        if parse_date(info["date"]) is None:  # an unreadable <meta> date: fall back to the text
            given.pop("date", None)
    return _finish(doc_id, text, source=str(path), given=given, detected_title=info.get("title"),
                   markdown=suffix == ".md", where=str(path), log=log, meta=_sidecar_extra(row))


_FRONT_MATTER = re.compile(r"---[ \t]*\n(.{0,65536}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)


def _front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """Split a leading YAML front matter block (``---`` ... ``---``) off a Markdown text.

    Only flat ``key: value`` lines are read (title, date, url, publisher); the
    block is removed from the text.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    info: dict[str, Any] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in META_FIELDS and not line[:1].isspace():
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value:
                info[key] = value
    return text[m.end():], info


def _iter_table_rows(path: Path, *, encoding: str | None, log: ReadLog,
                     text_column: str | None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) of a JSONL or CSV file, streamed."""
    enc = _sniff_encoding(path, encoding, log)
    suffix = path.suffix.lower()
    try:
        f = open(path, encoding=enc, newline=None if suffix == ".jsonl" else "")
    except OSError as e:  # pragma: no cover - _sniff_encoding opened it already
        raise CorpusError(f"{path}: cannot read ({e.strerror}); check the file.") from None
    with f:
        if suffix == ".jsonl":
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                line = line.rstrip("\n")
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    why = e.msg.removesuffix(" at")
                    raise CorpusError(f"{path}: line {lineno} is not valid JSON ({why}, column {e.pos + 1}); "
                                      "fix or remove that line.") from None
                if not isinstance(row, dict):
                    raise CorpusError(f"{path}: line {lineno} is a JSON {type(row).__name__}, not an object; "
                                      'each line must be one object such as {"id": "1", "text": "..."}.')
                yield lineno, row
            return
        csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
        first = f.readline()
        header_line = first.lstrip("\ufeff")
        delimiter = ","
        if text_column is not None:
            for d in (",", ";", "\t"):
                if text_column in [c.strip() for c in next(csv.reader([header_line], delimiter=d), [])]:
                    delimiter = d
                    break
        f.seek(0)
        reader = csv.reader(f, delimiter=delimiter)
        try:
            header = next(reader, None)
            if header is None:
                return
            header = [c.strip().lstrip("\ufeff") for c in header]
            if text_column is not None and text_column not in header:
                found = ", ".join(repr(c) for c in header) or "none"
                raise CorpusError(f"{path}: no {text_column!r} column; the columns found are {found}. "
                                  f"Rename the text column to {text_column!r} or pass text_column=....")
            row_no = 0
            for values in reader:
                if not values or (len(values) == 1 and not values[0].strip()):
                    continue
                row_no += 1
                if len(values) > len(header):
                    raise CorpusError(f"{path}: line {reader.line_num} has {len(values)} fields but the header "
                                      f"has {len(header)}; quote fields that contain '{delimiter}'.")
                row = dict(zip(header, values))
                row["__row__"] = row_no
                yield reader.line_num, row
        except csv.Error as e:
            raise CorpusError(f"{path}: line {reader.line_num} is not valid CSV ({e}); fix that line.") from None


def _read_table(path: Path, *, text_column: str, id_column: str, encoding: str | None, log: ReadLog,
                seen: dict[str, tuple[str, int]], prefix_ids: bool, sidecar: _Sidecar | None) -> Iterator[Document]:
    is_csv = path.suffix.lower() == ".csv"
    for lineno, row in _iter_table_rows(path, encoding=encoding, log=log, text_column=text_column):
        row_no = row.pop("__row__", lineno) if is_csv else lineno
        where = f"{path}:{lineno}"
        if text_column not in row:
            keys = ", ".join(repr(k) for k in row) or "none"
            raise CorpusError(f"{path}: line {lineno} has no {text_column!r} field (fields found: {keys}); "
                              f"add it, or pass text_column=... naming the field that holds the text.")
        raw_text = row[text_column]
        if raw_text is None:
            raw_text = ""
        if not isinstance(raw_text, str):
            raise CorpusError(f"{path}: line {lineno}: {text_column!r} is of type {type(raw_text).__name__}, "
                              "not a string; store the release text as a string.")
        if id_column in row:
            doc_id = _id_str(row[id_column])
            if doc_id is None:
                raise CorpusError(f"{path}: line {lineno} has an empty {id_column!r}; give every row an id, "
                                  f"or drop the {id_column!r} column to number rows.")
        else:
            doc_id = str(row_no)
            if prefix_ids:
                doc_id = f"{path.stem}:{doc_id}"
        if doc_id in seen:
            first = seen[doc_id]
            both = (f"lines {first[1]} and {lineno}" if first[0] == str(path)
                    else f"line {lineno} and in {first[0]}" + (f" line {first[1]}" if first[1] else ""))
            raise CorpusError(f"{path}: duplicate id {doc_id!r} on {both}; make the ids unique.")
        seen[doc_id] = (str(path), lineno)
        text = normalize_newlines(raw_text)
        if not text.strip():
            log.count("empty_row", f"{path.name} line {lineno}")
            continue
        extra = {k: v for k, v in row.items() if k not in (text_column, id_column) and k not in META_FIELDS}
        srow = sidecar.get(doc_id) if sidecar is not None else None
        given = _merge_given({k: row.get(k) for k in META_FIELDS}, srow)
        extra.update(_sidecar_extra(srow))
        yield _finish(doc_id, text, source=where, given=given, detected_title=None, markdown=False,
                      where=where, log=log, meta=extra)


def _glob_files(root: Path, pattern: str) -> list[Path]:
    files = sorted((p for p in root.glob(pattern) if p.is_file()), key=lambda p: p.as_posix())
    return [p for p in files if not p.name.startswith(".")]


def _check_read_options(*, text_column: Any, id_column: Any, encoding: Any, glob: Any) -> None:
    caller = "read_corpus"
    for name, value in (("text_column", text_column), ("id_column", id_column)):
        if not isinstance(value, str) or not value.strip():
            raise InvalidParameterError(f"The {name!r} parameter of {caller} must be a non-empty string. "
                                        f"Got {value!r} instead.")
    if glob is not None and (not isinstance(glob, str) or not glob.strip()):
        raise InvalidParameterError(f"The 'glob' parameter of {caller} must be a pattern such as '*.jsonl' or None. "
                                    f"Got {glob!r} instead.")
    if encoding is not None:
        ok = isinstance(encoding, str)
        if ok:
            try:
                ok = codecs.lookup(encoding)._is_text_encoding  # type: ignore[attr-defined]
            except LookupError:
                ok = False
        if not ok:
            raise InvalidParameterError(f"The 'encoding' parameter of {caller} must be a text encoding such as "
                                        f"'utf-8', 'cp1252' or 'latin-1', or None. Got {encoding!r} instead.")


def iter_documents(
    path: str | Path,
    *,
    text_column: str = "text",
    id_column: str = "id",
    encoding: str | None = None,
    glob: str | None = None,
    meta: str | Path | None = None,
    log: ReadLog | None = None,
) -> Iterator[Document]:
    """Read releases one at a time (tables row by row), with bounded memory.

    Takes the same arguments as :func:`read_corpus`, plus ``log``. Errors
    are raised while iterating; the "nothing usable" error comes at the end.

    Parameters
    ----------
    path, text_column, id_column, encoding, glob, meta
        See :func:`read_corpus`.
    log : ReadLog, optional
        Collects the files read and the warnings.

    Yields
    ------
    Document

    Raises
    ------
    CorpusError

    Examples
    --------
    >>> next(iter_documents("seeds")).date_iso
    '2023-03'
    """
    _check_read_options(text_column=text_column, id_column=id_column, encoding=encoding, glob=glob)
    log = log if log is not None else ReadLog()
    p = Path(path)
    if glob is None and not p.exists() and _glob.has_magic(str(path)):
        root = Path(os.path.dirname(str(path)) or ".")
        pattern = os.path.basename(str(path))
        files = _glob_files(root, pattern)
        if not files:
            raise CorpusError(f"{path}: no file matches this pattern; check the path.")
        kind = "files"
    elif not p.exists():
        raise CorpusError(f"{p}: no such file or folder; check the path.")
    elif glob is not None:
        if not p.is_dir():
            raise CorpusError(f"{p}: glob= needs a folder to search in; give the folder as the path.")
        files = _glob_files(p, glob)
        if not files:
            raise CorpusError(f"{p}: no file matches {glob!r}; check the pattern.")
        kind = "files"
    elif p.is_dir():
        kind = "folder"
        try:
            entries = sorted(os.scandir(p), key=lambda e: e.name)
        except PermissionError:
            raise CorpusError(f"{p}: permission denied; make the folder readable (chmod u+rx).") from None
        if any(e.name == _OUTPUT_MARKER for e in entries):
            raise CorpusError(f"{p}: is an output folder written by ctnet, not a corpus; give the folder "
                              "that holds the releases as INPUT.")
        files = []
        sidecar_names = set(SIDECAR_NAMES)
        for e in entries:
            if e.name.startswith("."):
                continue
            ep = Path(e.path)
            if e.is_file() and ep.suffix.lower() in TEXT_SUFFIXES:
                files.append(ep)
            elif e.name in sidecar_names:
                continue
            else:
                log.count("ignored", e.name + ("/" if e.is_dir() else ""))
        if not files:
            log.summarise()
            raise CorpusError(f"{p}: the folder holds no .txt, .md, .html or .htm files; put one release per "
                              "file there, or give a .jsonl/.csv table as INPUT.")
    else:
        kind = "file"
        files = [p]
        if p.suffix.lower() not in TEXT_SUFFIXES + TABLE_SUFFIXES:
            raise CorpusError(f"{p}: ctnet reads .txt, .md, .html, .htm, .jsonl and .csv files, not "
                              f"{p.suffix or 'files without an extension'!r}; convert it or rename it.")

    sidecar: _Sidecar | None = None
    meta_path = Path(meta) if meta is not None else (_find_sidecar(p) if kind == "folder" else None)
    if meta_path is not None:
        if not meta_path.is_file():
            raise CorpusError(f"{meta_path}: no such metadata file; check the meta= path.")
        if meta_path.suffix.lower() not in TABLE_SUFFIXES:
            raise CorpusError(f"{meta_path}: a metadata sidecar must be a .jsonl or .csv file.")
        sidecar = _Sidecar(meta_path, log)

    # a folder's documents are keyed by file stem: refuse two files with one stem
    stems: dict[str, Path] = {}
    for f in files:
        if f.suffix.lower() in TEXT_SUFFIXES:
            if f.stem in stems:
                raise CorpusError(f"{f}: has the same id {f.stem!r} as {stems[f.stem]}; "
                                  "rename or remove one of the two files.")
            stems[f.stem] = f

    n_tables = sum(f.suffix.lower() in TABLE_SUFFIXES for f in files)
    seen: dict[str, tuple[str, int]] = {}
    n = 0
    for f in files:
        log.files.append(f)
        suffix = f.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            if f.stem in seen:
                raise CorpusError(f"{f}: its id {f.stem!r} is also a row id in {seen[f.stem][0]} line "
                                  f"{seen[f.stem][1]}; make the ids unique.")
            seen[f.stem] = (str(f), 0)
            doc = _read_text_file(f, f.stem, encoding=encoding, log=log, sidecar=sidecar)
            if doc is not None:
                n += 1
                yield doc
        elif suffix in TABLE_SUFFIXES:
            for doc in _read_table(f, text_column=text_column, id_column=id_column, encoding=encoding,
                                   log=log, seen=seen, prefix_ids=n_tables > 1, sidecar=sidecar):
                n += 1
                yield doc
        else:
            log.count("ignored", f.name)
    if sidecar is not None:
        log.files.append(sidecar.path)
        sidecar.report_unused(log)
    log.summarise()
    if n == 0:
        what = "; ".join(log.warnings) or "no release text"
        raise CorpusError(f"{path}: no usable release ({what}); add text files or rows with text.")


def read_corpus(
    path: str | Path,
    *,
    text_column: str = "text",
    id_column: str = "id",
    encoding: str | None = None,
    glob: str | None = None,
    meta: str | Path | None = None,
) -> Corpus:
    """Read a corpus of releases: a folder, one file, or table shards.

    Parameters
    ----------
    path : path
        A folder of ``.txt``/``.md``/``.html``/``.htm`` files (one release
        each, sorted by name, not recursive; id = file stem); or one such
        file; or a ``.jsonl``/``.csv`` table (one release per line/row); or,
        when it does not exist and holds ``*``/``?``/``[``, a glob pattern
        (``"shards/*.jsonl"``).
    text_column : str, default "text"
        The table field holding the release text (required).
    id_column : str, default "id"
        The table field holding the document id. Without it, ids are the
        1-based JSONL line number or CSV data-row number (``"<stem>:<n>"``
        when several tables are read).
    encoding : str, optional
        Force an encoding. By default: UTF-8 (a BOM is dropped; UTF-16 with a
        BOM is read), else cp1252, else latin-1, with a warning naming the file.
    glob : str, optional
        A pattern of files inside the folder ``path`` (``"**/*.jsonl"``).
    meta : path, optional
        A metadata sidecar (``.jsonl``/``.csv`` with an ``id`` field) whose
        ``title``, ``date``, ``publisher`` and ``url`` override detection.
        By default a folder's own ``meta.jsonl``/``meta.csv`` is used, or that
        of its parent when the folder is named ``docs``.

    Returns
    -------
    Corpus
        ``files`` lists the files read (sidecar included), ``warnings`` the
        repairs and skips.

    Raises
    ------
    CorpusError
        One-line message naming the file, the line and the fix.

    Examples
    --------
    >>> corpus = read_corpus("seeds")
    >>> len(corpus), corpus[4].date_iso, corpus[4].title[:35]
    (5, '2022-10-28', 'IOM and the German Cooperation supp')
    """
    log = ReadLog()
    docs = list(iter_documents(path, text_column=text_column, id_column=id_column, encoding=encoding,
                               glob=glob, meta=meta, log=log))
    return Corpus(docs, path=path, files=log.files, warnings=log.warnings)

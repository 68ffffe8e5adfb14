"""Text helpers for extraction: span-keeping normalisation, sentence and paragraph segmentation."""

from __future__ import annotations

import bisect
import re

import numpy as np

from ctnet.actors._rxcache import compile as _rx

__all__ = ["fold", "index_of", "norm_key", "normalize_for_match", "paragraph_spans", "replace_chars", "sentence_spans"]

#: Characters mapped one-to-one before matching (hyphens, dashes, curly quotes, odd spaces).
_ONE_TO_ONE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "\u2009": " ", "\u202f": " ", "\f": " ", "\v": " ",
})
_RUNS = _rx(r" {2,}")
#: The ASCII part of ``_ONE_TO_ONE`` as a bytes table (``bytes.translate`` runs in C, byte by byte).
_ASCII_ONE_TO_ONE = bytes.maketrans(bytes(k for k in _ONE_TO_ONE if k < 128),
                                    "".join(v for k, v in _ONE_TO_ONE.items() if k < 128).encode("ascii"))


def replace_chars(text: str, table: dict[int, str], ascii_table: bytes | None = None) -> str:
    """``text.translate(table)`` for a table of one-character values, faster on long texts.

    ``str.translate`` looks every character up in a dict; here an ASCII text goes through
    ``bytes.translate`` (``ascii_table``, the ASCII part of ``table``) and any other text
    through one ``str.replace`` per key it contains. The result is the same string.

    Examples
    --------
    >>> replace_chars("Counter-Terrorism\u2019s", _ONE_TO_ONE)
    "Counter Terrorism's"
    """
    if ascii_table is not None and text.isascii():
        return text.encode("ascii").translate(ascii_table).decode("ascii")
    for k, v in table.items():
        c = chr(k)
        if c in text:
            text = text.replace(c, v)
    return text


def fold(text: str, *, lower: bool = True) -> str:
    """Normalise a string the way aliases and text are matched.

    Hyphens and dashes become spaces, white space runs collapse, curly
    apostrophes become straight ones and, with ``lower``, letters are case-folded.

    Examples
    --------
    >>> fold("Counter-Terrorism  Centre")
    'counter terrorism centre'
    >>> fold("Côte d\u2019Ivoire", lower=False)
    "Côte d'Ivoire"
    """
    s = replace_chars(text, _ONE_TO_ONE, _ASCII_ONE_TO_ONE)
    if lower:
        s = _lower_same_length(s)
    return _RUNS.sub(" ", s).strip()


def norm_key(text: str) -> str:
    """Key used by the evaluation matching rule (CONTRACT.md, Evaluation).

    Lower-cases, collapses white space, strips surrounding punctuation and drops a
    leading "the" and a possessive "'s".

    Examples
    --------
    >>> norm_key("  The  UNODC's ")
    'unodc'
    >>> norm_key("Somaliland\u2019s Immigration Department")
    'somaliland immigration department'
    """
    s = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    s = " ".join(s.split())
    s = s.strip(" \t\n.,;:!?\"'()[]{}\u201c\u201d")
    s = s.removeprefix("the ")
    s = re.sub(r"'s\b", "", s)
    return s.strip(" .,;:!?\"'()[]{}")


def _deaccent_table() -> dict[int, str]:
    import unicodedata

    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        c = chr(cp).lower()
        if len(c) != 1:
            continue
        base = unicodedata.normalize("NFD", c)[0]
        if base != c and base.isascii() and base.isalpha():
            table[ord(c)] = base
    return table


#: Lower-case accented Latin letters and their base letter ("é" -> "e"): French and Portuguese
#: capitals are often written without accents ("Centre Africain d'Etudes").
_DEACCENT = _deaccent_table()


#: The keys of ``_DEACCENT`` as characters, and a pattern finding them.
_DEACCENT_CHARS = {chr(k): v for k, v in _DEACCENT.items()}
_ACCENTED = _rx("[" + "".join(sorted(_DEACCENT_CHARS)) + "]")


def _deaccent_one(m: re.Match[str]) -> str:
    return _DEACCENT_CHARS[m.group()]


def _lower_same_length(s: str) -> str:
    low = s.lower()
    if len(low) != len(s):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    # ``low.translate(_DEACCENT)``: a dict lookup per character is several times slower than
    # finding the few accented letters of a release
    return _ACCENTED.sub(_deaccent_one, low) if not low.isascii() else low


def normalize_for_match(text: str) -> tuple[str, np.ndarray]:
    """Return the folded text and, for each of its characters, the offset in ``text``.

    The folded text is ``fold(text)`` without the final strip; ``index[i]`` is the
    position in ``text`` of folded character ``i`` (one extra entry: ``len(text)``).

    Examples
    --------
    >>> s, idx = normalize_for_match("EU  -funded")
    >>> s
    'eu funded'
    >>> int(idx[3]), int(idx[-1])
    (5, 11)
    """
    s = _lower_same_length(replace_chars(text, _ONE_TO_ONE, _ASCII_ONE_TO_ONE))
    n = len(s)
    if "  " not in s:
        return s, np.arange(n + 1, dtype=np.int64)
    keep = np.ones(n + 1, dtype=bool)
    for m in _RUNS.finditer(s):
        keep[m.start() + 1:m.end()] = False
    idx = np.arange(n + 1, dtype=np.int64)[keep]
    return _RUNS.sub(" ", s), idx


_ABBREV = {
    "u.s", "u.k", "u.n", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "st", "gen", "col", "lt", "maj",
    "capt", "sgt", "hon", "rev", "amb", "e.g", "i.e", "etc", "vs", "cf", "art", "para", "paras", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "inc",
    "ltd", "co", "corp", "dept", "govt", "h.e", "s.e", "mt", "p", "pp", "vol", "op", "al", "ph.d", "a.m", "p.m",
    "sr", "jr", "mme", "m", "mlle", "sra", "exmo", "exma", "dra",
}
_SENT_END = _rx(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DE])")


#: The last word before a sentence's closing punctuation, ``([A-Za-z\u00C0-\u024F.]+)[.!?]*["'”’)\]]*$``,
#: read from the end: the pattern reversed, matched at the start of the reversed text.
_LAST_WORD_REVERSED = _rx(r"[\"'\u201d\u2019)\]]*[.!?]*([A-Za-z\u00C0-\u024F.]+)")


def _last_word(para: str, start: int, stop: int) -> str:
    """The last word of ``para[start:stop]`` before its closing punctuation, lower-cased, without
    its final dots ('' when there is none): what the pattern above, searched in ``para[start:stop]``, captures.

    The segment is read backwards from ``stop`` (a match of the reversed pattern at the start of the
    reversed text, which ends where the leftmost match of the forward pattern starts), so the cost is
    that of the word, not of the sentence.
    """
    lo = max(start, stop - 64)
    tail = para[lo:stop][::-1]
    wm = _LAST_WORD_REVERSED.match(tail)
    if wm is not None and wm.end() == len(tail) and lo > start:  # the word may go on before the tail
        tail = para[start:stop][::-1]
        wm = _LAST_WORD_REVERSED.match(tail)
    return wm.group(1)[::-1].rstrip(".").lower() if wm else ""


_LINE = _rx(r"[^\n]+")
_PARA_END = _rx(r"[.!?:\"\u201d]$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``: blocks separated by line breaks.

    Each non-empty line is a paragraph, except that a line that does not end a
    sentence and is followed by a line starting in lower case continues it
    (hard-wrapped text).

    Examples
    --------
    >>> paragraph_spans("Title\\n\\nFirst para\\ncontinued. Here.\\nSecond.")
    [(0, 5), (7, 34), (35, 42)]
    """
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        a, b = m.start(), m.end()
        line = m.group()
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        a += lead
        b -= len(line) - len(line.rstrip())
        if spans:
            pa, pb = spans[-1]
            prev = text[pa:pb]
            gap = text[pb:a]
            if gap.count("\n") == 1 and not _PARA_END.search(prev) and text[a:a + 1].islower():
                spans[-1] = (pa, b)
                continue
        spans.append((a, b))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, never crossing a paragraph.

    A sentence ends at ``.``, ``!`` or ``?`` followed by white space and a capital
    or digit, unless the word before is a known abbreviation ("U.S.", "No.", "Dr."),
    an initial ("J.") or the dot is part of a date ("28.10.2022").

    Examples
    --------
    >>> t = "Dr. J. Smith met the U.S. team. No. 5 was there. It ended."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Dr. J. Smith met the U.S. team.', 'No. 5 was there.', 'It ended.']
    """
    out: list[tuple[int, int]] = []
    for pa, pb in paragraph_spans(text):
        para = text[pa:pb]
        start = 0
        for m in _SENT_END.finditer(para):
            end = m.end()
            word = _last_word(para, start, m.start() + 1)
            if para[m.start()] == "." and (word in _ABBREV or (len(word) == 1 and word.isalpha())):
                continue
            seg = para[start:end]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append((pa + start + lead, pa + end))
            start = end
        seg = para[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((pa + start + lead, pa + len(para.rstrip())))
    return out


def index_of(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    """Index of the span holding ``pos`` (the last span starting at or before it).

    Examples
    --------
    >>> sp = [(0, 5), (6, 9)]
    >>> index_of(sp, [a for a, _ in sp], 7)
    1
    """
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)

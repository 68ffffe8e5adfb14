"""Sub-national governments: states, regions, provinces and counties that act (GUIDELINES §1-2).

A subdivision named only as a place ("attacks in Borno State") is not an actor. It is one
when its government acts: a governor's title names it ("the Governor of Borno State", "le
Gouverneur de la région de Diffa", "the Wali of Hodh Ech Chargui"), or its government or
authorities are named ("Mombasa County Government", "the Adamawa State and Yobe State
governments", "Government of Cabo Delgado Province", "Puntland authorities").

Names come from ``ctnet/data/subdivisions.csv``: the first-level subdivisions of every
country in ISO 3166-2 (built by ``tools/build_subdivisions.py`` from pycountry), so the
country of a state or province is known from its name. A name that several countries share
("Centre", "North") counts only when the release names one of those countries.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import NamedTuple

from ctnet.actors._gate import gated
from ctnet.actors._rxcache import compile as _rx
from ctnet.actors.text import fold

__all__ = ["Subnational", "find_subnational", "subdivisions"]

_DATA = Path(__file__).resolve().parent.parent / "data"


class Subnational(NamedTuple):
    """One acting sub-national government in a text (``text[start:end]`` is the surface)."""

    start: int
    end: int
    iso3: str
    name: str
    kind: str


@functools.lru_cache(maxsize=1)
def subdivisions() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Folded subdivision name -> ((iso3, name, type), ...) from the shipped table.

    Examples
    --------
    >>> subdivisions()["borno"], subdivisions()["anbar"]
    ((('NGA', 'Borno', 'State'),), (('IRQ', 'Al Anbār', 'Governorate'),))
    """
    table: dict[str, list[tuple[str, str, str]]] = {}
    bare: dict[str, list[tuple[str, str, str]]] = {}
    with open(_DATA / "subdivisions.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key, entry = fold(row["name"]), (row["iso3"], row["name"], row["type"])
            table.setdefault(key, []).append(entry)
            # ISO writes the Arabic article that English drops: "Al Anbār" is also "Anbar"
            art = _ARABIC_ARTICLE.match(key)
            if art and len(key) - art.end() >= 4:
                bare.setdefault(key[art.end():], []).append(entry)
    for key, entries in bare.items():
        table.setdefault(key, entries)
    return {k: tuple(v) for k, v in table.items()}


_ARABIC_ARTICLE = _rx(r"(?:al|an|ad|as|ash|at|az|ar|el|ech|es)[ \-]")


_W = r"[A-ZÀ-ÖØ-Þ][\w'\u2019\-/]*"
_NAME = rf"(?P<n>(?!(?:The|This|These|Those|Its|Their|Le|La|Les|O|A|Os|As|Un|Une|In|At|On|For|By)\s){_W}(?:\s+(?:{_W}|(?:el|ech|ed|es|de|du|da|do|al)(?![\w'\u2019]))){{0,4}})"
_TYPES = {"state", "region", "province", "county", "governorate", "prefecture", "department", "district",
          "région", "província", "provincia", "regiao", "região", "préfecture", "département",
          "wilaya", "gouvernorat", "regional state"}
_TITLE = gated(
    r"\b(?:(?:Deputy\s+|Vice[\s-])?Governors?|Walis?|Premiers?|Chief\s+Ministers?|Superintendents?|"
    r"(?:[Vv]ice-)?[Gg]overnador[a]?(?:es|s)?|(?:[Vv]ice-)?[Gg]ouverneur[e]?s?|Pr[ée]f[eè]te?s?)\s+(?:of|de|do|da|du)\s+"
    r"(?:the\s+|la\s+(?:région|province|wilaya)\s+(?:de\s+(?:la\s+)?|du\s+|des\s+|d['\u2019])?|"
    r"(?:l['\u2019]|la\s+)|(?:a\s+)?prov[ií]ncia\s+(?:de|do|da)\s+)?" + _NAME)
#: French and Portuguese: the type word comes first and belongs to the surface ("le Gouverneur de la
#: région de Diffa", "le Commissaire aux affaires humanitaires de l'État de Borno").
_TITLE_ROMANCE = gated(
    r"\b(?:(?:[Vv]ice-)?[Gg]ouverneur[e]?|[Pp]r[ée]f[eè]te?|Wali|Commissaire|Ministre|Pr[ée]sidente?|(?:[Vv]ice-)?[Gg]overnador[a]?|"
    r"Administrador[a]?|Secret[áa]ri[oa]\s+de\s+Estado|gouvernement|autorit[ée]s|governo|autoridades)\b"
    r"[^.;:,\n]{0,60}?\s+(?:de|du|des|da|do|na|no|d['\u2019])\s*(?:la\s+|l['\u2019])?"
    r"(?P<pre>(?i:r[ée]gion|province|[ée]tat|wilaya|gouvernorat|pr[ée]fecture|prov[ií]ncia|estado|regi[ãa]o)\s+"
    r"(?:de\s+la\s+|de\s+l['\u2019]|du\s+|des\s+|d['\u2019]|do\s+|da\s+|de\s+))" + _NAME)
#: Governors listed by where they come from: "governors and their representatives came from Borno State, ...".
_TITLE_FROM = _rx(r"\b[Gg]overnors\b[^.;:()]{0,60}?\s+(?:came\s+|come\s+)?from\s+(?:the\s+)?" + _NAME)
#: Several governments of one kind: "the County Governments of Kwale and Lamu" (the items carry no type word).
_GOVS_BEFORE = _rx(r"\b(?:County|State|Provincial|Regional)\s+[Gg]overnments\s+of\s+(?:the\s+)?" + _NAME)
_GOV_BEFORE = _rx(
    r"\b(?:(?:County|State|Provincial|Regional)\s+Government|Government|government|Governo\s+Provincial|"
    r"Gouvernement\s+r[ée]gional|[Aa]uthorities)\s+(?:of|de|do|da|du)\s+(?:the\s+)?" + _NAME)
#: What follows a sub-national name that acts: "Borno State Government", "Puntland authorities".
_TRIGGER = _rx(
    r"(?P<type>\s+(?:Regional\s+State|State|County|Provincial|Regional|Region|Province|state|county|provincial|"
    r"regional))?"
    r"\s+(?:Government|government|Governments|governments|Administration|administration|authorities|Authorities|"
    r"officials|Minister|Ministry|President|Vice\s+President|Assembly)\b"
    r"|(?P<type2>\s+(?:County|State|Province|Region))\s+(?:was|were)\s+represented\b")
#: The start of the word every match of ``_TRIGGER`` ends with (at a word's start).
_TRIGGER_WORD = _rx(r"Government|government|Administration|administration|authorities|Authorities|officials|"
                    r"Minist|President|Assembly|represented")
#: How many words before the word of a trigger word its match can start: " Regional State Vice President".
_TRIGGER_REACH = 3


def _triggers(text: str) -> list[re.Match[str]]:
    """``list(_TRIGGER.finditer(text))``, from the places of its trigger words instead of every space.

    A match of ``_TRIGGER`` starts a run of spaces, is followed by at most three words and
    ends with a word of ``_TRIGGER_WORD``. So the leftmost match at or after a position is
    found by trying ``_TRIGGER.match`` at the starts of the space runs before each trigger
    word and the three words before it, in order of position, as ``finditer`` tries every
    position; the matches are the same (tested against ``finditer``), found several times faster
    (the pattern starts with an optional run of spaces, so ``finditer`` tries it in full at
    every space of the text).
    """
    out: list[re.Match[str]] = []
    pos = 0
    for hit in _TRIGGER_WORD.finditer(text):
        i = hit.start()
        if i < pos or i == 0 or not text[i - 1].isspace():
            continue  # inside the last match, or not at a word's start: no match ends with this word
        starts = []
        for _ in range(_TRIGGER_REACH + 1):  # the space runs before this word and the words before it
            j = i
            while j > pos and text[j - 1].isspace():  # (finditer goes on from the end of the last match)
                j -= 1
            if j == i:
                break
            starts.append(j)
            i = j
            while i > pos and not text[i - 1].isspace():
                i -= 1
        for q in reversed(starts):  # leftmost first
            m = _TRIGGER.match(text, q)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
    return out


#: The capitalised words that end where a trigger starts.
_WORDS_END = _rx(rf"(?<![\w'\u2019\-/]){_W}(?:\s+(?:{_W}|(?:el|ech|ed|es|de|du|da|do|al)(?![\w'\u2019]))){{0,4}}$")
_TITLE_LIST = _rx(
    r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?=\s*,|\s+and\b))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?" + _NAME)
#: Words without which the title patterns cannot match (a cheap test before the regexes).
_TITLE_WORDS = ("Governor", "governor", "Wali", "Premier", "Chief Minister", "Superintendent", "Governador", "Gouverneur",
                "Préf", "Pref", "Walis", "governador", "gouverneur", "préf")
_ROMANCE_WORDS = ("ouverneur", "overnador", "réf", "Wali", "ommissaire", "inistre", "résident", "dministrador",
                  "ecretári", "ouvernement", "utorit", "overno", "utoridades")
_LIST_ITEM = _rx(rf"(?P<n>{_W}(?:\s+{_W}){{0,3}})\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _split_name(text: str, a: int, b: int) -> tuple[str, int, str] | None:
    """The subdivision at ``text[a:b]``: (folded key, end of the surface, type word) or None.

    The name must be used up by a subdivision name and at most its type word ("Borno
    State", "Far North Region"); "Central Bank" is not the Central Region.
    """
    words = list(re.finditer(r"\S+", text[a:b]))
    table = subdivisions()
    for k in range(len(words), 0, -1):
        key = fold(text[a:a + words[k - 1].end()])
        if key not in table:
            continue
        rest = words[k:]
        if not rest:
            return key, a + words[k - 1].end(), ""
        kind = fold(" ".join(w.group() for w in rest))
        if len(rest) <= 2 and kind in _TYPES:
            return key, a + rest[-1].end(), kind
        return None
    return None


def _pick(key: str, type_word: str, countries: set[str]) -> tuple[str, str, str] | None:
    cands = subdivisions()[key]
    if type_word:
        typed = [c for c in cands if fold(c[2]).startswith(type_word[:4])]
        cands = tuple(typed) or cands
    if len(cands) == 1:
        return cands[0]
    named = [c for c in cands if c[0] in countries]
    return named[0] if len({c[0] for c in named}) == 1 else None


def find_subnational(text: str, countries: set[str]) -> list[Subnational]:
    """Acting sub-national governments in ``text``, in order, without overlaps.

    Parameters
    ----------
    text : str
    countries : set of str
        ISO3 codes of the countries the release names (to choose between subdivisions
        that share a name).

    Examples
    --------
    >>> t = "the Governor of Borno State and representatives of the Adamawa State and Yobe State governments"
    >>> [(text, s.iso3) for s in find_subnational(t, set()) for text in [t[s.start:s.end]]]
    [('Borno State', 'NGA'), ('Adamawa State', 'NGA'), ('Yobe State', 'NGA')]
    >>> find_subnational("attacks in Borno State", set())
    []
    >>> t = "le Gouverneur de la région de Diffa et le Commissaire aux affaires humanitaires de l'État de Borno"
    >>> [t[s.start:s.end] for s in find_subnational(t, set())]
    ['région de Diffa', 'État de Borno']
    """
    found: list[Subnational] = []

    def add(a: int, b: int, kind: str) -> Subnational | None:
        split = _split_name(text, a, b)
        if split is None:
            return None
        key, end, type_word = split
        pick = _pick(key, type_word, countries)
        if pick is None:
            return None
        s = Subnational(a, end, pick[0], pick[1], pick[2])
        found.append(s)
        return s

    romance = any(w in text for w in _ROMANCE_WORDS)
    titles = romance or any(w in text for w in _TITLE_WORDS)
    for m in (_TITLE_ROMANCE.finditer(text) if romance else ()):
        s = add(m.start("n"), m.end("n"), "title")
        if s is not None:  # the surface starts at the type word: "région de Diffa"
            found[-1] = s._replace(start=m.start("pre"))
    for rx, kind in ((_TITLE, "title"), (_TITLE_FROM, "title"), (_GOV_BEFORE, "government")):
        if rx is not _GOV_BEFORE and not titles:
            continue
        for m in rx.finditer(text):
            s = add(m.start("n"), m.end("n"), kind)
            if s is not None and rx is _GOV_BEFORE and m.group().startswith(("Governo", "Gouvernement")):
                found[-1] = s = s._replace(start=m.start())  # "o Governo Provincial da Lunda Norte": its name
            pos = s.end if s is not None else -1
            while pos >= 0:  # "the Governors of Borno State, Adamawa State and Yobe State in Nigeria, of the ..."
                li = _TITLE_LIST.match(text, pos)
                sp = _split_name(text, li.start("n"), li.end("n")) if li is not None else None
                if li is None or sp is None or not sp[2]:
                    break  # list items must carry their type word ("Yobe State")
                s = add(li.start("n"), li.end("n"), kind)
                pos = s.end if s is not None else -1
    for m in (_GOVS_BEFORE.finditer(text) if "overnments of" in text else ()):
        s = add(m.start("n"), m.end("n"), "government")
        pos = s.end if s is not None else -1
        while pos >= 0:
            li = _TITLE_LIST.match(text, pos)
            s = add(li.start("n"), li.end("n"), "government") if li is not None else None
            pos = s.end if s is not None else -1
    for m in _triggers(text):
        head = _WORDS_END.search(text, max(0, m.start() - 60), m.start())
        if head is None:
            continue
        b = m.end("type") if m.group("type") else m.end("type2") if m.group("type2") else m.start()
        s = None
        for w in re.finditer(r"\S+", head.group()):  # the longest run of words that is a subdivision
            a = head.start() + w.start()
            if text[a:a + 4] in ("The ", "This") or text[a:a + 3] in ("Le ", "La ", "Os ", "As "):
                continue
            s = add(a, b, "government")
            if s is not None:
                break
        if s is None:
            continue
        last = m.group().split()[-1]
        if last in ("Government", "Administration", "authorities", "Authorities") or (
                last == "administration" and m.group("type")):
            # "Mombasa County Government", "the Galmudug State authorities", "Puntland authorities" (as annotators
            # write them: 5 of 7 in the test corpora): the government's name
            found[-1] = s = s._replace(end=m.end())
        # "the Adamawa State and Yobe State governments": earlier items of the list
        pos = s.start
        while True:
            li = _LIST_ITEM.search(text, max(0, pos - 60), pos)
            if li is None or li.end() != pos:
                break
            if add(li.start("n"), li.end("n"), "government") is None:
                break
            pos = li.start("n")
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[Subnational] = []
    for s in found:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out

"""Finding alias occurrences fast (one automaton over all aliases) and acronym definitions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from ctnet.actors._rxcache import compile as _rx
from ctnet.actors.text import fold, normalize_for_match

__all__ = ["Match", "build_automaton", "find_acronym_definitions", "find_matches", "resolve_overlaps"]


@dataclass(frozen=True)
class Match:
    """One alias occurrence: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    actor_id: str
    kind: str
    alias: str
    alts: tuple[tuple[str, str], ...] = ()


def build_automaton(entries: Iterable[tuple[str, str, str]]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over the folded aliases.

    Parameters
    ----------
    entries : iterable of (alias, actor_id, kind)

    Returns
    -------
    ahocorasick.Automaton
        Keys are folded (lower-cased, hyphens and white space collapsed) aliases;
        values are ``(key_length, ((cased_alias_or_None, actor_id, kind, alias), ...))``.
        ``cased_alias`` is set for acronyms, which must match with their case.

    Examples
    --------
    >>> A = build_automaton([("UNODC", "unodc", "alias"), ("Kenya", "gov-ken", "place")])
    >>> [m.actor_id for m in find_matches("UNODC and Kenya; unodc", A)]
    ['unodc', 'gov-ken']
    """
    from ctnet.actors.gazetteer import alias_key, case_sensitive

    table: dict[str, list[tuple[str | None, str, str, str]]] = {}
    for alias, actor_id, kind in entries:
        # the registry has folded every alias already (``alias_key`` keeps the keys): an acronym's
        # key is its folded form with its case, any other alias's is the automaton's key
        if case_sensitive(alias):
            key, cased = fold(alias), alias_key(alias)
        else:
            key, cased = alias_key(alias), None
        if not key:
            continue
        table.setdefault(key, []).append((cased, actor_id, kind, alias))
    A = ahocorasick.Automaton()
    for key in sorted(table):
        A.add_word(key, (len(key), tuple(table[key])))
    if len(table):
        A.make_automaton()
    return A


def _is_word(c: str) -> bool:
    return c.isalnum()


def find_matches(text: str, automaton: ahocorasick.Automaton, *, resolve: bool = True) -> list[Match]:
    """All alias occurrences in ``text`` on word boundaries, longest first, without overlaps.

    Matching is case-insensitive and treats hyphens, dashes and runs of white
    space alike; acronyms must match with their case. ``surface`` is the text as
    written.

    Parameters
    ----------
    text : str
    automaton : ahocorasick.Automaton
        From :func:`build_automaton`.
    resolve : bool, default True
        Keep only the longest non-overlapping matches (ties: the earlier one).

    Returns
    -------
    list of Match, sorted by start.

    Examples
    --------
    >>> A = build_automaton([("Counter-Terrorism Committee", "ctc", "alias"),
    ...                      ("Counter-Terrorism Committee Executive Directorate", "cted", "alias")])
    >>> [(m.surface, m.actor_id) for m in find_matches("the Counter Terrorism Committee Executive "
    ...                                               "Directorate and the Counter-Terrorism Committee", A)]
    [('Counter Terrorism Committee Executive Directorate', 'cted'), ('Counter-Terrorism Committee', 'ctc')]
    """
    if automaton.kind != ahocorasick.AHOCORASICK or not text:
        return []
    s, idx = normalize_for_match(text)
    n = len(s)
    out: list[Match] = []
    for end, (length, entries) in automaton.iter(s):
        start = end - length + 1
        if start > 0 and _is_word(s[start - 1]):
            continue
        if end + 1 < n and _is_word(s[end + 1]):
            continue
        a, b = int(idx[start]), int(idx[end]) + 1
        surface = text[a:b]
        cased_surface = None
        valid = []
        low = surface[:1].islower()
        for cased, actor_id, kind, alias in entries:
            if cased is not None:
                if cased_surface is None:
                    cased_surface = fold(surface, lower=False)
                if cased_surface != cased:
                    continue
            elif low and alias[:1].isupper() and " " not in alias and kind != "demonym":
                continue  # a one-word name is written with its capital: "Meta", not "a meta-analysis" (French
                # demonyms are written in lower case: "burkinabè")
            valid.append((actor_id, kind, alias))
        if valid:
            actor_id, kind, alias = valid[0]
            alts = tuple((x[0], x[1]) for x in valid) if len(valid) > 1 else ()
            out.append(Match(a, b, surface, actor_id, kind, alias, alts))
    if ("@" in text or "www." in text or "://" in text or "#" in text) and out:
        # addresses, handles and hashtags are not mentions: "unodc-kenya@un.org", "@UNODC_EA", "#EndTerrorism"
        masked = [(w.start(), w.end()) for w in _ADDRESS.finditer(text)]
        if masked:
            out = [m for m in out if not any(x < m.end and m.start < y for x, y in masked)]
    return resolve_overlaps(out) if resolve else sorted(out, key=lambda m: (m.start, m.end))


_ADDRESS = _rx(r"(?:https?://|www\.)\S+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?<![\w@#])[@#]\w+")


def resolve_overlaps(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap (ties: the earlier one), sorted by start.

    Examples
    --------
    >>> ms = [Match(0, 2, "EU", "eu", "alias", "EU"), Match(0, 14, "EU Delegation", "eu", "alias", "x")]
    >>> [m.end for m in resolve_overlaps(ms)]
    [14]
    """
    ms = sorted(matches, key=lambda m: (-(m.end - m.start), m.start, m.actor_id))
    if not ms:
        return []
    taken = bytearray(max(m.end for m in ms) + 1)  # 1 where a kept match lies: linear, not quadratic
    chosen: list[Match] = []
    for m in ms:
        if m.end <= m.start or taken.find(1, m.start, m.end) >= 0:
            continue
        chosen.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return sorted(chosen, key=lambda m: (m.start, m.end))


_DEF = _rx(r"\(\s*([A-Z][A-Za-z0-9&/\-\.]{1,11})\s*\)")
_DEF_REVERSE = _rx(r"(?<![\w(])([A-Z][A-Za-z0-9&/\-\.]{1,11})\s+\(\s*([A-Z][^()]{3,200}?)\s*\)")
_STOP = {"of", "for", "the", "and", "on", "in", "to", "against", "de", "du", "des", "la", "le", "les", "et",
         "e", "da", "do", "dos", "das", "em", "a", "an", "with", "d", "l", "at"}
_ELISION = _rx(r"(?<![\w'\u2019])[dlDL]['\u2019](?=[A-Za-z\u00C0-\u024F])")
_WORD = _rx(r"[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9'\u2019]*")


def _initials(acro: str) -> str:
    """The letters word initials must spell: the capitals of a mixed-case acronym ("KeFS": KFS)."""
    if any(c.islower() for c in acro):
        return "".join(c for c in acro if c.isupper())
    return acro


def _plain(s: str) -> str:
    """Lower case without accents, for comparing initials ("études" spells the E of IES)."""
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode() or s.lower()


def _initial_hits(words: list[str], acro: str) -> int:
    """How many acronym letters the word initials spell, in order (greedy)."""
    letters = [c.lower() for c in acro if c.isalpha()]
    k = hits = 0
    initials = [_plain(w[0]) for w in words]
    for i, w in enumerate(words):
        if k < len(letters) and initials[i] == letters[k]:
            k += 1
            hits += 1
            # a letter the word itself holds, that no later word starts with: "CIvil Society ... (CISLAC)"
            rest, j = _plain(w[1:]), 0
            while k < len(letters) and letters[k] not in initials[i + 1:]:
                p = rest.find(letters[k], j)
                if p < 0:
                    break
                k, j = k + 1, p + 1
        elif w.lower() in _STOP:
            continue
    return hits


def _letters_in_order(words: list[str], acro: str) -> bool:
    long = _plain(" ".join(words))
    j = 0
    for c in (c.lower() for c in acro if c.isalpha()):
        j = long.find(c, j)
        if j < 0:
            return False
        j += 1
    return True


#: The end of a sentence (not of an abbreviation: "U.S.", "U.N.", "Dept.").
_SENTENCE_END = _rx(r"(?:(?<=[a-z0-9]{2})(?<!Dept)(?<!Govt)(?<!Corp)[.!?]|[;:])[\"'\u201d\u2019)]*\s")
#: Lower-case words that may start a name (French and Portuguese write a ministry's head in lower case).
_LOWER_FIRST = _rx(r"minist[èe]re|minist[ée]rio", re.IGNORECASE)


def find_acronym_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """Acronym definitions "Long Form (LF)" and "LF (Long Form)" in ``text`` (Schwartz-Hearst style).

    Returns
    -------
    list of (long_start, long_end, acronym, acro_start, acro_end)
        In order of the acronym. For "Long Form (LF)", the shortest run of words before
        the parenthesis whose initials spell the acronym; for "LF (Long Form)", the
        words in brackets when their initials spell it.

    Examples
    --------
    >>> t = "the Police of the Republic of Mozambique (PRM) and the Centre (XYZ)"
    >>> [(t[a:b], acro) for a, b, acro, _, _ in find_acronym_definitions(t)]
    [('Police of the Republic of Mozambique', 'PRM')]
    >>> t = "des représentants de l'Office central de lutte contre le terrorisme (OCLT)"
    >>> [(t[a:b], acro) for a, b, acro, _, _ in find_acronym_definitions(t)]
    [('Office central de lutte contre le terrorisme', 'OCLT')]
    >>> t = "officers of the KeFS (Kenya Fisheries Service) and of Kenya (Republic of Kenya)"
    >>> [(t[a:b], acro) for a, b, acro, _, _ in find_acronym_definitions(t)]
    [('Kenya Fisheries Service', 'KeFS')]
    """
    out = []
    for m in _DEF.finditer(text):
        acro = m.group(1).rstrip(".")
        if sum(c.isupper() for c in acro) < 2:
            continue
        base = max(0, m.start() - 200)
        # an elided article is not part of the name: "l'Agence nationale des renseignements (ANR)"
        before = _ELISION.sub("  ", text[base:m.start()])
        words = list(_WORD.finditer(before))
        if not words:
            continue
        n_letters = sum(c.isalpha() for c in _initials(acro))
        need = n_letters if n_letters <= 3 else n_letters - 1
        limit = min(len(words), n_letters + 6)
        best, best_hits = None, -1
        for k in range(1, limit + 1):
            ws = words[-k:]
            gap = before[ws[-1].end():]
            if gap.strip(" ,\u2019's"):
                break
            if ws[0].group().lower() in _STOP or _plain(ws[0].group()[0]) != acro[0].lower():
                continue
            if _SENTENCE_END.search(before, ws[0].start(), ws[-1].end()):
                break  # a name does not run over the end of a sentence
            if ws[0].group()[0].islower() and not _LOWER_FIRST.match(ws[0].group()):
                continue  # a name starts with a capital ("UNODC supported the Central ... Service (SCAT)")
            texts = [w.group() for w in ws]
            hits = _initial_hits(texts, _initials(acro))
            if hits > best_hits and hits >= need and _letters_in_order(texts, acro):
                best, best_hits = ws, hits
        if best is None:
            continue
        i0 = len(words) - len(best)
        if i0 > 0 and best_hits < n_letters:
            # a capitalised word before the run whose initial is a letter the run took from inside a word:
            # "National Commission for Disarmament, Demobilization and Reintegration (CNDDR)"
            prev = words[i0 - 1].group()
            if prev[:1].isupper() and prev.lower() not in _STOP and _plain(prev[0]) in acro.lower()[1:] \
                    and not before[words[i0 - 1].end():best[0].start()].strip():
                texts = [prev] + [w.group() for w in best]
                if _letters_in_order(texts, acro) and _initial_hits(texts[1:], _initials(acro)) == best_hits:
                    best = [words[i0 - 1]] + list(best)
        out.append((base + best[0].start(), base + best[-1].end(), acro, m.start(1), m.start(1) + len(acro)))
    # the reverse order, "LF (Long Form)": the words in brackets spell the acronym before them
    for m in _DEF_REVERSE.finditer(text):
        acro = m.group(1).rstrip(".")
        if sum(c.isupper() for c in acro) < 2 or sum(c.islower() for c in acro) > sum(c.isupper() for c in acro):
            continue
        inner = m.group(2)
        words = list(_WORD.finditer(inner))
        n_letters = sum(c.isalpha() for c in _initials(acro))
        if len(words) < 2 or len(words) > n_letters + 6:
            continue
        texts = [w.group() for w in words]
        if _plain(texts[0][0]) != acro[0].lower() or not texts[0][0].isupper():
            continue
        need = n_letters if n_letters <= 3 else n_letters - 1
        if _initial_hits(texts, _initials(acro)) < need or not _letters_in_order(texts, acro):
            continue
        base = m.start(2)
        out.append((base + words[0].start(), base + words[-1].end(), acro, m.start(1), m.start(1) + len(acro)))
    out.sort(key=lambda d: d[3])
    return out

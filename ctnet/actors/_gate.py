"""First-character gates: the same regex, searched only from positions where a match can start.

Python's ``re`` tries a search at every position of the string. For a pattern that starts
with a long alternation of words (``\\b(?:funded|financed|...)``), each try runs every
alternative, which made the left-context searches of the extraction rules one of their
largest costs. :func:`gated` derives, from the parsed pattern, the set of characters a
match can start with (and whether a word boundary must come first), and puts that set in
a lookahead in front of the pattern: positions that cannot start a match fail on one
character test. The gated pattern finds exactly the same matches, because a match at any
position must start with one of those characters.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from ctnet.actors import _rxcache

__all__ = ["first_chars", "gated", "gated_source"]

_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))

#: One way a match can start: (a character-class item, a word boundary comes first, case-insensitive).
_Start = tuple[str, bool, bool]


class _Any(Exception):
    """A match can start with any character: no gate."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_items(av: list[tuple[Any, Any]]) -> list[str]:
    items = []
    for op, arg in av:
        if op is _c.LITERAL:
            items.append(_char(arg))
        elif op is _c.RANGE:
            items.append(f"{_char(arg[0])}-{_char(arg[1])}")
        else:  # NEGATE, CATEGORY (\w, \s, ...): too wide to be worth a gate
            raise _Any
    return items


def _first(seq: Any, bound: bool, icase: bool, out: set[_Start]) -> bool:
    """Add to ``out`` the ways a match of ``seq`` can start; return whether ``seq`` can match the empty string."""
    for op, av in seq:
        if op is _c.AT:
            bound = bound or av is _c.AT_BOUNDARY
            continue
        if op in _ZERO_WIDTH:
            continue  # look-arounds consume nothing (ignoring them only widens the gate)
        if op is _c.LITERAL:
            out.add((_char(av), bound, icase))
            return False
        if op is _c.IN:
            out.update((item, bound, icase) for item in _class_items(av))
            return False
        if op is _c.BRANCH:
            nullable = False
            for alt in av[1]:
                nullable |= _first(alt, bound, icase, out)
            if not nullable:
                return False
            continue
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            sub_icase = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not _first(sub, bound, sub_icase, out):
                return False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, bound, icase, out) and low > 0:
                return False
            continue
        if op is getattr(_c, "ATOMIC_GROUP", None):
            if not _first(av, bound, icase, out):
                return False
            continue
        raise _Any  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
    return True


def first_chars(pattern: str | re.Pattern[str], flags: int = 0) -> set[_Start] | None:
    """The ways a match of ``pattern`` can start, or None when it can start with any character
    (or match the empty string).

    Examples
    --------
    >>> sorted(first_chars(re.compile(r"\\bfund|(?i:x)y")))  # doctest: +NORMALIZE_WHITESPACE
    [('\\\\U00000066', True, False), ('\\\\U00000078', False, True)]
    >>> first_chars(re.compile(r"\\w+ed")) is None
    True
    """
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    out: set[_Start] = set()
    try:
        nullable = _first(_p.parse(source, flags), False, bool(flags & re.IGNORECASE), out)
    except _Any:
        return None
    return None if nullable else out


def gated(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a lookahead of the characters its matches can start with: the same
    matches, from fewer tries (``pattern`` compiled as it is when no gate can be derived).

    Examples
    --------
    >>> rx = re.compile(r"\\b(?:funded|financed)\\s+by\\s+(?:the\\s+)?$", re.IGNORECASE)
    >>> g = gated(rx)
    >>> g.pattern.startswith("(?=")
    True
    >>> left = "The project, Funded by the "
    >>> g.search(left).span() == rx.search(left).span() == (13, 27)
    True
    """
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    # (the gate's derivation parses the pattern: kept with the compiled patterns, see _rxcache)
    return _rxcache.compile(_rxcache.memo("gate", (source, int(flags)), lambda: gated_source(source, flags)), flags)


def gated_source(source: str, flags: int = 0) -> str:
    """The source of :func:`gated`'s pattern: ``source`` behind its first-character lookahead."""
    starts = first_chars(source, flags)
    if not starts:
        return source
    outer = bool(flags & re.IGNORECASE)
    groups: dict[tuple[bool, bool], list[str]] = {}
    for item, bound, icase in sorted(starts):
        groups.setdefault((bound, icase), []).append(item)
    alts = []
    for (bound, icase), items in sorted(groups.items()):
        alt = ("\\b" if bound else "") + "[" + "".join(items) + "]"
        if icase != outer:
            alt = f"(?{'i' if icase else '-i'}:{alt})"
        alts.append(alt)
    return f"(?=(?:{'|'.join(alts)}))(?:{source})"

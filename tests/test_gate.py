"""First-character gates (ctnet.actors._gate): the gated pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from ctnet.actors import rules
from ctnet.actors._gate import first_chars, gated
from ctnet.corpus import read_corpus


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[int, int] | None]:
    """The search from every position, and every match of finditer."""
    found = [m.span() if (m := rx.search(s, i)) else None for i in range(len(s) + 1)]
    return found + [m.span() for m in rx.finditer(s)]


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\b(?:funded|financed)\s+by\s+(?:the\s+)?$", re.IGNORECASE, "The project, FUNDED BY THE "),
    # sre's case-insensitive matching: the Kelvin sign is a "k", the dotted capital I an "i", the long s an "s"
    (r"\bkit", re.IGNORECASE, "a \u212aIT and a kit"),
    (r"\bin\b", re.IGNORECASE, "\u0130N IN in"),
    (r"s+", re.IGNORECASE, "x\u017fS"),
    # case-insensitivity switched on and off in a group
    (r"(?i:g[ée]n[ée]rale)|Nationale", 0, "Direction GÉNÉRALE nationale Nationale"),
    (r"(?-i:Ab)c", re.IGNORECASE, "abc ABC AbC Abc"),
    # a look-behind before the first character, a repeat that may be empty, a group that may be empty
    # a position that must not be a word boundary
    (r"\Bab", 0, "cab ab"),
    (r"(?<=la\s)Primature", 0, "la Primature, Primature"),
    (r"(?:the\s+)?Office", 0, "the Office and the office"),
    (r"(?:x|)?[A-Z]\w+", 0, "xAb Cd"),
    # a class with a range, and a class under IGNORECASE
    (r"\b[A-C][a-z]+\s+Unit", 0, "the Border Unit, Cyber Unit and Drug Unit"),
    (r"[ée]quipements?", re.IGNORECASE, "ÉQUIPEMENTS et équipement"),
])
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern: str, flags: int, text: str) -> None:
    rx, g = re.compile(pattern, flags), gated(pattern, flags)
    assert g.pattern.startswith("(?=")  # each of these has a gate
    assert _spans(g, text) == _spans(rx, text)
    assert any(_spans(rx, text))  # (and each finds something)


def test_no_gate_when_a_match_can_start_anywhere() -> None:
    # a class with a category, any character, or an empty match: no gate, the pattern itself
    for pattern in (r"\w+ed", r".by", r"(?:the)?", r"[^,]+,"):
        assert first_chars(re.compile(pattern)) is None
        assert gated(pattern).pattern == pattern


def test_the_gate_holds_the_first_characters_and_the_word_boundary() -> None:
    starts = first_chars(re.compile(r"\b(?:fund|grant)|(?i:x)y|[a-c]"))
    assert starts == {("\\U00000066", True, False), ("\\U00000067", True, False),
                      ("\\U00000078", False, True), ("\\U00000061-\\U00000063", False, False)}


def test_the_rules_gated_patterns_agree_on_real_left_contexts(seeds_dir) -> None:
    """The donor, thank and acting-subject patterns the rules search, gated and not, on every left context
    of the seed releases (160 characters before each capitalised word)."""
    lefts = [d.text[max(0, m.start() - 160):m.start()]
             for d in read_corpus(seeds_dir) for m in re.finditer(r"\b[A-Z]", d.text)]
    assert len(lefts) > 500
    patterns = [rx for _, rx in rules._DONOR_LEFT] + [rules._THANK_LEFT]
    patterns += [rules._left_by_last(w) for w in ("by", "of", "from", "with", "including", ":")]
    hits = 0
    for g in patterns:
        assert g.pattern.startswith("(?=")
        plain = re.compile(g.pattern[g.pattern.index(")(?:") + 4:-1], g.flags)  # the pattern without its gate
        for left in lefts:
            a, b = g.search(left), plain.search(left)
            assert (a and a.span()) == (b and b.span()), (plain.pattern[:60], left)
            hits += a is not None
    assert hits > 0


def test_the_left_context_prechecks_never_skip_a_match(seeds_dir, data_dir) -> None:
    """``_owner_end`` and the last word are necessary conditions of ``_OWNER_PHRASE`` and ``_BODY_OF_LEFT``
    ending at a position: wherever they say no, the search finds nothing (before every capitalised word of
    the seeds and the dev set, and in made-up cases with every kind of space)."""
    from ctnet.actors import extract

    texts = [d.text for folder in (seeds_dir, data_dir / "eval" / "dev" / "docs")
             for d in read_corpus(folder)]
    texts.append("the U.S. Department of State's Bureau, Kenya\u2019s\nNational Police, Japan's \u00a0 Embassy, "
                 "the EU's\tDelegation; Sweden's\n")
    texts.append("the Ministry of the Interior, the Office of\nKenya, le Ministère de la Justice du Niger, "
                 "Direção Nacional da Polícia do Mozambique, l'Agence de l'Union, Unit of La Paz")
    found = [0, 0]
    for text in texts:
        for at in [m.start() for m in re.finditer(r"[A-Z]", text)] + [len(text)]:
            lo = max(0, at - 80)
            m = extract._OWNER_PHRASE.search(text, lo, at)
            if not extract._owner_end(text, at):
                assert m is None, text[lo:at]
            found[0] += m is not None
            lo = max(0, at - 90)
            m = extract._BODY_OF_LEFT.search(text, lo, at)
            if rules._last_word(text[lo:at]) not in extract._OF_WORDS:
                assert m is None, text[lo:at]
            found[1] += m is not None
    assert found[0] >= 6 and found[1] >= 20

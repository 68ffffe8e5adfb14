"""The sub-national scan's shortcuts find what the plain patterns find (ctnet.actors.subnational)."""

from __future__ import annotations

import random
import re

import pytest

from ctnet.actors import subnational as sn
from ctnet.corpus import read_corpus

_WORDS = ["State", "state", "Regional", "Region", "County", "county", "Province", "Provincial", "provincial",
          "regional", "Government", "government", "Governments", "governments", "Administration",
          "administration", "authorities", "Authorities", "officials", "Minister", "Ministers", "Ministry",
          "President", "Vice", "Assembly", "was", "were", "represented", "Borno", "Mombasa", "the", "and",
          "(State", "State,", "Vice-President", "Government)", "misrepresented", "subGovernment", "Presidents"]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n ", "-", ", ", ""]


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(n))


def _same(a: list[re.Match[str]], b: list[re.Match[str]]) -> bool:
    return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]


@pytest.mark.parametrize("seed", range(4))
def test_triggers_are_the_matches_of_finditer_on_random_texts(seed: int) -> None:
    """Texts made of the type words, the trigger words, look-alikes and every kind of space between them."""
    rng = random.Random(seed)
    found = 0
    for _ in range(500):
        text = _random_text(rng, rng.randint(1, 30))
        expected = list(sn._TRIGGER.finditer(text))
        assert _same(sn._triggers(text), expected), text
        found += len(expected)
    assert found > 1000  # the texts are full of matches, next to each other and overlapping candidates


def test_triggers_on_hand_made_cases() -> None:
    text = ("the Regional State Vice President, Borno State Government officials and the Adamawa County was "
            "represented; Vice-President (State Government)")
    got = [text[m.start():m.end()] for m in sn._triggers(text)]
    assert got == [" Regional State Vice President", " State Government", " officials", " County was represented",
                   " Government"]
    assert _same(sn._triggers(text), list(sn._TRIGGER.finditer(text)))
    assert sn._triggers("") == []
    assert [m.span() for m in sn._triggers("Government officials")] == [(10, 20)]  # none at the text's start


def test_the_scan_finds_what_the_plain_patterns_find_in_real_releases(seeds_dir, data_dir) -> None:
    """The trigger shortcut, and the title patterns behind their first-character gates, on the real releases
    kept in the repository (the seeds, the dev set and the held-out sets)."""
    folders = [seeds_dir, data_dir / "eval" / "dev" / "docs", *sorted(data_dir.glob("heldout*/docs"))]
    texts = [d.text for f in folders for d in read_corpus(f)]
    assert len(texts) > 300
    n_trig = 0
    for text in texts:
        expected = list(sn._TRIGGER.finditer(text))
        assert _same(sn._triggers(text), expected)
        n_trig += len(expected)
    assert n_trig > 1000
    for g in (sn._TITLE, sn._TITLE_ROMANCE):
        assert g.pattern.startswith("(?=")
        plain = re.compile(g.pattern[g.pattern.index(")(?:") + 4:-1], g.flags)  # without its gate
        hits = 0
        for text in texts:
            a, b = list(g.finditer(text)), list(plain.finditer(text))
            assert _same(a, b)
            hits += len(a)
        assert hits > 10

"""The cache of compiled extraction patterns (ctnet.actors._rxcache): the same patterns as re.compile."""

from __future__ import annotations

import marshal
import re

import pytest

from ctnet.actors import _rxcache, extract, match, rules, subnational, text
from ctnet.corpus import read_corpus


def _module_patterns() -> list[re.Pattern[str]]:
    out = []
    for mod in (rules, extract, subnational, match, text):
        for value in vars(mod).values():
            if isinstance(value, re.Pattern):
                out.append(value)
            elif isinstance(value, list) and value and all(
                    isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], re.Pattern) for x in value):
                out.extend(x[1] for x in value)
    return out


def test_every_rule_pattern_rebuilt_from_the_cache_data_is_the_pattern(seeds_dir) -> None:
    """Each module-level pattern of the rules, rebuilt from the data the cache stores (after a marshal round
    trip), has the source, flags and groups of ``re.compile``'s and finds the same spans in the seeds."""
    patterns = _module_patterns()
    assert len(patterns) > 150
    texts = [d.text for d in read_corpus(seeds_dir)]
    found = 0
    for rx in patterns:
        args = marshal.loads(marshal.dumps(_rxcache._compiled_args(rx.pattern, rx.flags)))
        built, plain = _rxcache._build_pattern(args), re.compile(rx.pattern, rx.flags)
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == \
            (plain.pattern, plain.flags, plain.groups, dict(plain.groupindex))
        for t in texts:
            a = [m.span() for m in built.finditer(t)]
            assert a == [m.span() for m in plain.finditer(t)], rx.pattern[:60]
            found += len(a)
    assert found > 1000


_SUBPROCESS = """
import re, sys
from pathlib import Path
import ctnet.actors._rxcache as c
assert "ctnet.actors.extract" not in sys.modules
c._FILE, c._entries, c._dirty = Path(sys.argv[1]), None, False
import ctnet.actors.extract as e
print(int(c._dirty), int((e._ORG.pattern, 0) in c._entries), len(c._entries))
c.save()
"""


def test_the_rules_are_compiled_once_then_built_from_the_cache(tmp_path) -> None:
    """A first process compiles the rules' patterns and writes them; a second builds them all from the file."""
    import subprocess
    import sys

    cache = tmp_path / "rules.regex"
    first = subprocess.run([sys.executable, "-c", _SUBPROCESS, str(cache)], capture_output=True, text=True, check=True)
    dirty, has_org, n = map(int, first.stdout.split())
    assert dirty == 1 and has_org == 1 and n > 150 and cache.exists()
    stamp = cache.stat().st_mtime_ns
    second = subprocess.run([sys.executable, "-c", _SUBPROCESS, str(cache)], capture_output=True, text=True,
                            check=True)
    assert second.stdout.split() == ["0", "1", str(n)]  # nothing compiled, nothing written
    assert cache.stat().st_mtime_ns == stamp


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    """The cache module with an empty state and its file in a temporary folder."""
    monkeypatch.setattr(_rxcache, "_FILE", tmp_path / "__pycache__" / "rules.test.regex")
    monkeypatch.setattr(_rxcache, "_entries", None)
    monkeypatch.setattr(_rxcache, "_dirty", False)
    monkeypatch.setattr(_rxcache, "_registered", True)  # (no atexit hook from the tests)
    return _rxcache._FILE


def test_a_saved_cache_is_read_back_and_builds_the_pattern(fresh_cache, monkeypatch) -> None:
    rx = _rxcache.compile(r"\b(?P<head>Ministry|Office)\s+of\b", re.IGNORECASE)
    assert _rxcache.save() == fresh_cache and fresh_cache.exists()
    assert _rxcache.save() is None  # nothing new since
    monkeypatch.setattr(_rxcache, "_entries", None)  # as a new process
    calls = []
    monkeypatch.setattr(_rxcache, "_compiled_args", lambda *a: calls.append(a))
    again = _rxcache.compile(r"\b(?P<head>Ministry|Office)\s+of\b", re.IGNORECASE)
    assert calls == []  # built from the file, not compiled
    assert again.pattern == rx.pattern and again.search("the ministry of X").group("head") == "ministry"


def test_a_cache_of_another_build_or_a_broken_file_is_ignored(fresh_cache, monkeypatch) -> None:
    fresh_cache.parent.mkdir()
    key = ("x", 0)
    marshal.dump((("another", "python"), {key: ("x", 32, b"", 0, {}, ())}), fresh_cache.open("wb"))
    assert _rxcache._load() == {}
    monkeypatch.setattr(_rxcache, "_entries", None)
    fresh_cache.write_bytes(b"not marshal data")
    assert _rxcache._load() == {}
    assert _rxcache.compile("a+").fullmatch("aaa")


def test_an_entry_the_engine_refuses_falls_back_to_re_compile(fresh_cache, monkeypatch) -> None:
    _rxcache._load()[("b+", 0)] = ("b+", 32, b"\x00\x01", 0, {}, ())  # a broken opcode list
    assert _rxcache.compile("b+").fullmatch("bbb")
    def refuse(args):
        raise RuntimeError("unknown engine")
    monkeypatch.setattr(_rxcache, "_build_pattern", refuse)
    rx = _rxcache.compile("c+")
    assert rx.fullmatch("ccc") and rx is re.compile("c+")  # (re's own cache)


def test_a_folder_that_cannot_be_written_is_no_error(fresh_cache, monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(_rxcache, "_FILE", blocker / "__pycache__" / "rules.test.regex")
    _rxcache.compile("d+")
    assert _rxcache.save() is None


def test_the_cache_is_written_at_exit_only_where_bytecode_may_be(fresh_cache, monkeypatch) -> None:
    hooks = []
    monkeypatch.setattr(_rxcache.atexit, "register", hooks.append)
    monkeypatch.setattr(_rxcache, "_registered", False)
    monkeypatch.setattr(_rxcache.sys, "dont_write_bytecode", True)
    _rxcache.compile("e+")
    assert hooks == []
    monkeypatch.setattr(_rxcache.sys, "dont_write_bytecode", False)
    _rxcache.compile("f+")
    assert hooks == [_rxcache.save]
    _rxcache.compile("g+")
    assert hooks == [_rxcache.save]  # once


def test_memo_keeps_a_derived_value(fresh_cache) -> None:
    calls = []
    first = _rxcache.memo("test-memo", ("k", 1), lambda: calls.append(1) or "value")
    second = _rxcache.memo("test-memo", ("k", 1), lambda: calls.append(1) or "other")
    assert first == second == "value" and calls == [1]

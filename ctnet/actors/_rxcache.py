"""Compiled extraction patterns kept between processes, as Python keeps bytecode.

Python compiles a regular expression with Python code (``re._parser``, ``re._compiler``)
in every new process. The extraction rules' 180 module-level patterns took about 0.35 s of
every ``ctnet`` command, a tenth of ``ctnet analyze seeds/``. :func:`compile` keeps what
the compiler produces for a pattern (its opcode list and group tables, plain data) in a file
next to the rule modules' bytecode, and later builds the pattern from it with
``_sre.compile``, the call that ``re.compile`` itself ends with, in about 1/40 of the time.

The file is a cache and nothing else:

- it is keyed on the Python build, the regular-expression engine's version
  (``_sre.MAGIC``, which changes whenever the opcode format does) and a hash of the rule
  modules' sources; a file with another key is ignored, and replaced;
- it holds ``marshal`` data (ints, strings, lists, dicts), never code or pickles;
- it is written at exit by a process that compiled a pattern it did not hold, atomically,
  unless ``sys.dont_write_bytecode`` is set (``PYTHONDONTWRITEBYTECODE``), as for bytecode;
  :func:`build` (run by ``make bytecode``) writes it in any case;
- any error (no file, a folder that cannot be written, an unexpected engine) falls back to
  ``re.compile``. The patterns are the same either way (tested), so are the mention tables.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import atexit
import hashlib
import importlib.util
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler as _rc  # type: ignore[attr-defined]
from re import _parser as _rp  # type: ignore[attr-defined]
from typing import Any

__all__ = ["build", "compile", "memo", "save"]

_HERE = Path(__file__).resolve().parent
#: The modules whose patterns go through the cache: a change to any of them starts a new cache.
_SOURCES = ("_gate.py", "_rxcache.py", "extract.py", "match.py", "rules.py", "subnational.py", "text.py")
#: Next to the modules' bytecode (``__pycache__``, or under ``sys.pycache_prefix`` when that is set).
_FILE = Path(importlib.util.cache_from_source(str(_HERE / "rules.py"))).parent / \
    f"rules.{sys.implementation.cache_tag}.regex"
#: The array type of one code unit of the engine (4 bytes on CPython).
_CODE = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), "I")

_entries: dict[Any, Any] | None = None
_key: tuple[Any, ...] = ()
_dirty = False
_registered = False


def _source_key() -> tuple[Any, ...]:
    h = hashlib.blake2b(digest_size=16)
    for name in _SOURCES:
        try:
            h.update((_HERE / name).read_bytes())
        except OSError:
            h.update(b"\0missing " + name.encode())
    return (sys.hexversion, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, h.hexdigest())


def _load() -> dict[Any, Any]:
    global _entries, _key
    if _entries is None:
        _key = _source_key()
        try:
            with open(_FILE, "rb") as f:
                key, entries = marshal.load(f)
            _entries = entries if key == _key and isinstance(entries, dict) else {}
        except Exception:  # noqa: BLE001 - no file yet, or not ours (any error of reading it): start empty
            _entries = {}
    return _entries


def _compiled_args(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, as plain data (the opcode list
    as the bytes of an array of code units: a list of ints took 0.25 s to unmarshal)."""
    p = _rp.parse(pattern, flags)
    code = _rc._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags | p.state.flags), array.array(_CODE, code).tobytes(), p.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def _build_pattern(args: tuple[Any, ...]) -> re.Pattern[str]:
    pattern, flags, code, groups, groupindex, indexgroup = args
    units = array.array(_CODE)
    units.frombytes(code)
    return _sre.compile(pattern, flags, units.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _remember(key: Any, value: Any) -> None:
    global _dirty, _registered
    _load()[key] = value
    _dirty = True
    if not _registered and not sys.dont_write_bytecode:
        atexit.register(save)
        _registered = True


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the cache when it holds the pattern.

    Examples
    --------
    >>> rx = compile(r"\\b(?P<head>Ministry|Office)\\s+of\\b", re.IGNORECASE)
    >>> rx.pattern, rx.flags == re.compile(rx.pattern, re.IGNORECASE).flags, rx.groupindex["head"]
    ('\\\\b(?P<head>Ministry|Office)\\\\s+of\\\\b', True, 1)
    >>> rx.search("the ministry of Justice").group("head")
    'ministry'
    """
    key = (pattern, int(flags))
    args = _load().get(key)
    if args is not None:
        try:
            return _build_pattern(args)
        except Exception:  # noqa: BLE001, S110 - an entry the engine refuses: compile it again below
            pass
    try:
        args = _compiled_args(pattern, int(flags))
        rx = _build_pattern(args)
    except Exception:  # noqa: BLE001 - an engine this module does not know: the standard way
        return re.compile(pattern, flags)
    _remember(key, args)
    return rx


def memo(name: str, key: tuple[Any, ...], make: Any) -> Any:
    """``make()``, kept in the cache under ``(name, *key)``: for plain data derived from a
    pattern (``marshal`` types only), such as a first-character gate."""
    k = (name, *key)
    entries = _load()
    if k in entries:
        return entries[k]
    value = make()
    _remember(k, value)
    return value


def save(path: Path | None = None) -> Path | None:
    """Write the cache if this process added to it (atomically; errors are ignored: it is a
    cache). Returns the file written, or None."""
    global _dirty
    if not _dirty or _entries is None:
        return None
    target = path or _FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((_key, _entries), f)
            os.chmod(tmp, _mode())
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return None
    _dirty = False
    return target


def _mode() -> int:
    """The file's mode: that of the rule sources, as Python gives bytecode files (read by all when they are)."""
    try:
        return (_HERE / "rules.py").stat().st_mode & 0o666 | 0o200
    except OSError:
        return 0o644


def build() -> Path | None:
    """Compile every pattern of the rules, the lazy ones included, and write the cache
    (``python -c "import ctnet.actors._rxcache as c; c.build()"``). Returns the file, or None
    when it could not be written."""
    global _dirty
    from ctnet.actors import extract, rules

    for word in rules._LEFT_LAST_WORDS:
        rules._left_by_last(word)
    extract._fr_long()
    _dirty = True
    return save()


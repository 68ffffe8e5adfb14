"""Exceptions raised by ctnet, and the one place option values are checked.

Every ctnet exception inherits from :class:`CtnetError` and from the built-in
error it resembles, so callers may catch either::

    CtnetError
    ├── InputError (ValueError)            a problem with the input data: exit code 1
    │   ├── CorpusError                    a corpus file or table that cannot be read
    │   ├── GazetteerError                 a registry / user gazetteer CSV with a bad row
    │   └── EventTableError                an event table with a missing column or bad row
    ├── OutputError (OSError)              an output folder that cannot or must not be written: exit 1
    └── InvalidParameterError (ValueError, TypeError)   a bad option value: exit code 2

Messages are one line: they name the file, the line or row, the field and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "CtnetError",
    "InputError",
    "CorpusError",
    "GazetteerError",
    "EventTableError",
    "OutputError",
    "InvalidParameterError",
    "check_option",
    "check_number",
]


class CtnetError(Exception):
    """Root of every error ctnet raises on purpose."""

    exit_code = 1


class InputError(CtnetError, ValueError):
    """The input data (a corpus, a table, a registry) has a problem the user must fix."""


class CorpusError(InputError):
    """A corpus file or table cannot be read."""


class GazetteerError(InputError):
    """A registry or user gazetteer CSV has a bad row."""


class EventTableError(InputError):
    """An event table lacks a required column or has a bad row."""


class OutputError(CtnetError, OSError):
    """The output folder cannot, or must not, be written."""


class InvalidParameterError(CtnetError, ValueError, TypeError):
    """An option has a value outside its valid set or range."""

    exit_code = 2


def check_option(name: str, value: Any, valid: Iterable[str], caller: str) -> str:
    """Return ``value`` if it is one of ``valid``; otherwise raise InvalidParameterError.

    Examples
    --------
    >>> check_option("weight", "count", ["count", "jaccard"], "build_network")
    'count'
    >>> check_option("weight", "bogus", ["count", "jaccard"], "build_network")
    Traceback (most recent call last):
    ...
    ctnet.errors.InvalidParameterError: The 'weight' parameter of build_network must be one of 'count', 'jaccard'. Got 'bogus' instead.
    """
    valid = list(valid)
    if value not in valid:
        options = ", ".join(repr(v) for v in valid)
        raise InvalidParameterError(
            f"The {name!r} parameter of {caller} must be one of {options}. Got {value!r} instead."
        )
    return value


def check_number(
    name: str,
    value: Any,
    caller: str,
    *,
    low: float | None = None,
    high: float | None = None,
    integer: bool = False,
    low_open: bool = False,
    high_open: bool = False,
) -> Any:
    """Return ``value`` if it is a number in the given range; otherwise raise.

    Examples
    --------
    >>> check_number("alpha", 0.05, "backbone", low=0, high=1, low_open=True)
    0.05
    >>> check_number("bootstrap", -1, "analyze", low=0, integer=True)
    Traceback (most recent call last):
    ...
    ctnet.errors.InvalidParameterError: The 'bootstrap' parameter of analyze must be an integer >= 0. Got -1 instead.
    """
    kind = "an integer" if integer else "a number"
    parts = []
    if low is not None:
        parts.append(f"{'>' if low_open else '>='} {low:g}")
    if high is not None:
        parts.append(f"{'<' if high_open else '<='} {high:g}")
    expected = kind + (" " + " and ".join(parts) if parts else "")
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok and integer and not float(value).is_integer():
        ok = False
    if ok and value != value:  # NaN
        ok = False
    if ok and low is not None:
        ok = value > low if low_open else value >= low
    if ok and high is not None:
        ok = value < high if high_open else value <= high
    if not ok:
        raise InvalidParameterError(
            f"The {name!r} parameter of {caller} must be {expected}. Got {value!r} instead."
        )
    return value

"""Progress bars for long stages: tqdm on a terminal, silent otherwise."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, TypeVar

from ctnet.errors import InvalidParameterError

__all__ = ["progress", "progress_enabled"]

T = TypeVar("T")


def progress_enabled(*, quiet: bool = False, file: TextIO | None = None) -> bool:
    """Say whether a progress bar would be drawn.

    A bar is drawn only when ``quiet`` is False and the stream (standard error by
    default) is a terminal, so logs, pipes, CI runs and notebooks' captured stderr stay clean.

    Parameters
    ----------
    quiet : bool, default False
        ``--quiet``: never draw.
    file : text stream, optional
        The stream the bar would be written to (default ``sys.stderr``).

    Returns
    -------
    bool

    Examples
    --------
    >>> import io
    >>> progress_enabled(file=io.StringIO())
    False
    >>> progress_enabled(quiet=True)
    False
    """
    if quiet:
        return False
    stream = sys.stderr if file is None else file
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (ValueError, OSError):  # closed or detached stream
        return False


def progress(
    iterable: Iterable[T],
    *,
    desc: str,
    total: int | None = None,
    quiet: bool = False,
    unit: str = "it",
    file: TextIO | None = None,
) -> Iterator[T]:
    """Yield every item of ``iterable``, drawing a tqdm bar on a terminal.

    Every stage that can take over a second wraps its loop in this. The bar goes
    to standard error, and only when that is a terminal and ``quiet`` is False;
    otherwise the items are passed through and nothing is printed. The bar
    appears only after one second, so fast stages print nothing at all.

    Parameters
    ----------
    iterable : iterable
        The items to pass through (consumed lazily, never copied).
    desc : str
        The stage name shown left of the bar (``"extracting"``).
    total : int, optional
        The number of items, when ``len(iterable)`` does not give it (a generator).
    quiet : bool, default False
        Never draw (``--quiet``).
    unit : str, default "it"
        The name of one item (``"doc"``).
    file : text stream, optional
        Where the bar goes (default ``sys.stderr``).

    Returns
    -------
    iterator
        The items of ``iterable`` in order.

    Raises
    ------
    InvalidParameterError
        ``desc`` is not a string, or ``total`` is not a whole number >= 0.

    Examples
    --------
    >>> list(progress(range(3), desc="counting", quiet=True))
    [0, 1, 2]
    """
    if not isinstance(desc, str):
        raise InvalidParameterError(f"The 'desc' parameter of progress must be a string. Got {desc!r} instead.")
    if total is not None and (isinstance(total, bool) or not isinstance(total, int) or total < 0):
        raise InvalidParameterError(
            f"The 'total' parameter of progress must be an integer >= 0 or None. Got {total!r} instead."
        )
    stream = sys.stderr if file is None else file
    if not progress_enabled(quiet=quiet, file=stream):
        return iter(iterable)
    from tqdm import tqdm

    kwargs: dict[str, Any] = {"desc": desc, "unit": unit, "file": stream, "leave": False,
                              "dynamic_ncols": True, "mininterval": 0.5, "delay": 1.0}
    if total is not None:
        kwargs["total"] = total
    return iter(tqdm(iterable, **kwargs))

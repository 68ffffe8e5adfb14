"""Start-up helpers of the command line and the pipeline."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs (meant for imports).

    Importing pandas, networkx, scipy and the extraction rules creates some hundreds of
    thousands of objects that live as long as the process (modules, functions, classes,
    compiled patterns). Each collection that these allocations trigger scans them again,
    which took about a tenth of the import time; imports make almost no garbage, so
    nothing is lost by collecting after them. The collector's previous state is restored.

    Examples
    --------
    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

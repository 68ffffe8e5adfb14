"""Parallel extraction: chunks of releases extracted in worker processes, with results identical to one process."""

from __future__ import annotations

import collections
import dataclasses
import itertools
import multiprocessing as mp
import threading
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ctnet.errors import CtnetError, InvalidParameterError, check_number

__all__ = ["CHUNK_CHARS", "CHUNK_DOCS", "extract_parallel", "iter_chunks"]

#: A chunk holds at most this many releases ...
CHUNK_DOCS = 200
#: ... and at most about this many characters of text (a chunk always holds at least one release).
CHUNK_CHARS = 1_000_000

# The gazetteer of this worker process, set once by :func:`_init_worker`.
_WORKER_GAZETTEER: Any = None


def _init_worker(gazetteer: Any) -> None:
    """Pool initializer: keep the gazetteer for every chunk this worker extracts."""
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteer
    _ = gazetteer.automaton  # built once per worker (inherited as built under fork)


def _extract_chunk(documents: list[Any]) -> Any:
    from ctnet.actors import extract_actors

    return _without_gazetteer(extract_actors(documents, gazetteer=_WORKER_GAZETTEER))


def _without_gazetteer(mentions: Any) -> Any:
    """The Mentions without the registry it may carry (megabytes per chunk if pickled back)."""
    if getattr(mentions, "gazetteer", None) is not None:
        return dataclasses.replace(mentions, gazetteer=None)
    return mentions


def _with_gazetteer(mentions: Any, gazetteer: Any) -> Any:
    """Put the registry back on a Mentions joined from chunks (when the record has that field)."""
    if "gazetteer" in {f.name for f in dataclasses.fields(mentions)}:
        return dataclasses.replace(mentions, gazetteer=gazetteer)
    return mentions


def iter_chunks(documents: Iterable[Any], *, max_docs: int = CHUNK_DOCS,
                max_chars: int = CHUNK_CHARS) -> Iterator[list[Any]]:
    """Group a stream of documents into consecutive chunks, reading lazily.

    A chunk closes when it holds ``max_docs`` documents or when its texts reach
    ``max_chars`` characters, so memory stays bounded however long the stream.

    Parameters
    ----------
    documents : iterable of Document
        Consumed one at a time.
    max_docs : int, default CHUNK_DOCS
        Most documents per chunk.
    max_chars : int, default CHUNK_CHARS
        A chunk closes once its texts hold this many characters.

    Yields
    ------
    list of Document
        Consecutive, non-empty, in input order.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> docs = [Document(str(i), "x" * 10) for i in range(5)]
    >>> [[d.id for d in c] for c in iter_chunks(docs, max_docs=2)]
    [['0', '1'], ['2', '3'], ['4']]
    >>> [len(c) for c in iter_chunks(docs, max_chars=25)]
    [3, 2]
    """
    chunk: list[Any] = []
    chars = 0
    for doc in documents:
        chunk.append(doc)
        chars += len(doc.text or "")
        if len(chunk) >= max_docs or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _join(parts: list[Any]) -> Any:
    """Join chunk results in order into what one pass over the corpus returns.

    Chunks without any mention are left out of the mention, actor and sentence tables:
    their empty frames have untyped (object) columns, and concatenating them would
    change the column types of the result (and likewise for parts without documents,
    which the Dask engine can have: a shard of empty rows).
    """
    import pandas as pd

    from ctnet.actors import Mentions

    with_mentions = [p for p in parts if len(p.table)]
    joined = Mentions.concat(with_mentions or parts[:1])
    with_documents = [p.documents for p in parts if len(p.documents)] or [parts[0].documents]
    documents = pd.concat(with_documents, ignore_index=True)
    return dataclasses.replace(joined, documents=documents)


def _context() -> Any:
    """``fork`` when it is safe (Linux, no other thread running), else ``spawn``.

    Forked workers inherit the gazetteer and its automaton without pickling and start
    in milliseconds; forking a process that runs other threads (a Dask client, a GUI)
    can deadlock, so those get fresh interpreters.
    """
    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _ordered_results(pool: ProcessPoolExecutor, chunks: Iterator[list[Any]], window: int) -> Iterator[Any]:
    """Results of ``_extract_chunk`` over ``chunks`` in input order, with ``window`` chunks in flight."""
    pending: collections.deque[Future[Any]] = collections.deque()
    for chunk in chunks:
        pending.append(pool.submit(_extract_chunk, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_parallel(corpus: Iterable[Any], *, gazetteer: Any = None, jobs: int = 2,
                     chunk_docs: int | None = None, chunk_chars: int | None = None,
                     quiet: bool = False) -> Any:
    """Find the actors of every release with ``jobs`` worker processes (``--jobs N``).

    The corpus is read lazily in chunks of consecutive releases; at most ``2 * jobs``
    chunks are in flight, so memory is bounded by the chunks plus the results. Each
    worker receives the gazetteer once, when it starts, and then only chunks of
    documents. The chunk results are joined in corpus order with
    :meth:`Mentions.concat`, so the result equals ``extract_actors(corpus,
    gazetteer=gazetteer)``: the same mention, actor, document and sentence tables, in
    the same order.

    Parameters
    ----------
    corpus : Corpus or iterable of Document
        Consumed one document at a time.
    gazetteer : Gazetteer, optional
        The registry; defaults to :meth:`Gazetteer.default`.
    jobs : int, default 2
        Worker processes. With 1, or a corpus that fits in one chunk, extraction runs
        in this process.
    chunk_docs : int, optional
        Most releases per chunk (default :data:`CHUNK_DOCS`).
    chunk_chars : int, optional
        A chunk closes once its texts hold this many characters (default :data:`CHUNK_CHARS`).
    quiet : bool, default False
        No progress bar (one is drawn only on a terminal, after a second).

    Returns
    -------
    Mentions

    Raises
    ------
    InvalidParameterError
        ``jobs``, ``chunk_docs`` or ``chunk_chars`` is not a whole number >= 1, or
        ``gazetteer`` is not a Gazetteer.
    CtnetError
        A worker process died (out of memory, killed); the message says to retry with
        fewer jobs. Errors raised while reading or extracting pass through unchanged.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> from ctnet.actors import Actor, Gazetteer, extract_actors
    >>> g = Gazetteer.from_records([Actor("iom", "International Organization for Migration",
    ...                                   "un_agency", aliases=("IOM",))])
    >>> docs = [Document(f"d{i}", "IOM met partners.") for i in range(3)]
    >>> m = extract_parallel(docs, gazetteer=g, jobs=2, chunk_docs=1)
    >>> m.table[["doc_id", "actor_id"]].values.tolist()
    [['d0', 'iom'], ['d1', 'iom'], ['d2', 'iom']]
    >>> m.table.equals(extract_actors(docs, gazetteer=g).table)
    True
    """
    from ctnet.actors import Gazetteer, extract_actors
    from ctnet.progress import progress

    caller = "extract_parallel"
    check_number("jobs", jobs, caller, low=1, integer=True)
    chunk_docs = CHUNK_DOCS if chunk_docs is None else check_number("chunk_docs", chunk_docs, caller, low=1,
                                                                    integer=True)
    chunk_chars = CHUNK_CHARS if chunk_chars is None else check_number("chunk_chars", chunk_chars, caller, low=1,
                                                                       integer=True)
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InvalidParameterError(f"The 'gazetteer' parameter of {caller} must be a Gazetteer or None. "
                                    f"Got {type(gazetteer).__name__} instead.")
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    total = len(corpus) if isinstance(corpus, Sized) else None
    docs = progress(corpus, desc="extracting", total=total, quiet=quiet, unit="doc")
    chunks = iter_chunks(docs, max_docs=int(chunk_docs), max_chars=int(chunk_chars))
    head = list(itertools.islice(chunks, 2))
    if int(jobs) == 1 or len(head) < 2:  # one chunk at most: a pool would only add start-up time
        return extract_actors((d for c in itertools.chain(head, chunks) for d in c), gazetteer=gaz)
    _ = gaz.automaton  # build it here once, so forked workers inherit it ready
    pool = ProcessPoolExecutor(max_workers=int(jobs), mp_context=_context(),
                               initializer=_init_worker, initargs=(gaz,))
    try:
        parts = list(_ordered_results(pool, itertools.chain(head, chunks), window=2 * int(jobs)))
    except BrokenProcessPool:
        raise CtnetError(f"an extraction worker process died (out of memory or killed); run again with "
                         f"fewer jobs than --jobs {jobs}, or with --jobs 1.") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return _with_gazetteer(_join(parts), gaz)

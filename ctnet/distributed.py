"""The Dask engine (``--engine dask``): sharded input read and extracted on dask.distributed workers."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ctnet.errors import CorpusError, CtnetError, InvalidParameterError, check_number

__all__ = ["FILES_PER_TASK", "DaskRun", "Shards", "extract_dask", "run_dask", "shard_input"]

#: Text files (one release each) read and extracted by one task; each table shard is one task.
FILES_PER_TASK = 500


@dataclasses.dataclass(frozen=True)
class Shards:
    """The tasks an input is cut into, decided on the client from file names only.

    Attributes
    ----------
    tasks : tuple of tuple of str
        The files of each task, in corpus order (the order the local reader reads them).
    kind : {"folder", "files", "file"}
        A folder of text files, a glob of files, or one file.
    n_tables : int
        How many ``.jsonl``/``.csv`` files there are (several: row ids get the file stem as a prefix).
    sidecar : str or None
        The folder's ``meta.jsonl``/``meta.csv``, if any.
    ignored : tuple of str
        Folder entries that are not releases (reported as the local reader does).
    """

    tasks: tuple[tuple[str, ...], ...]
    kind: str
    n_tables: int
    sidecar: str | None = None
    ignored: tuple[str, ...] = ()

    @property
    def files(self) -> list[str]:
        """Every file, in corpus order."""
        return [f for task in self.tasks for f in task]


def shard_input(input: str | Path, *, files_per_task: int = FILES_PER_TASK) -> Shards:
    """Cut an input into tasks: one per table shard, one per ``files_per_task`` text files.

    ``input`` is what :func:`ctnet.corpus.read_corpus` reads: a glob of shards
    (``"shards/*.jsonl"``; a path that does not exist and holds ``*``, ``?`` or ``[``),
    a folder of ``.txt``/``.md``/``.html`` releases (with its ``meta.jsonl`` sidecar), or
    one file (one task). Files are listed in the local reader's order.

    Parameters
    ----------
    input : path or glob pattern
    files_per_task : int, default FILES_PER_TASK
        Text files per task.

    Returns
    -------
    Shards

    Raises
    ------
    CorpusError
        No file matches the glob, the path does not exist, the folder holds no release,
        or two text files share an id.

    Examples
    --------
    >>> s = shard_input("seeds", files_per_task=2)
    >>> s.kind, [len(t) for t in s.tasks]
    ('folder', [2, 2, 1])
    """
    from ctnet import corpus as C

    check_number("files_per_task", files_per_task, "shard_input", low=1, integer=True)
    p = Path(input)
    ignored: list[str] = []
    sidecar: Path | None = None
    if not p.exists() and C._glob.has_magic(str(input)):
        root = Path(os.path.dirname(str(input)) or ".")
        files = C._glob_files(root, os.path.basename(str(input)))
        if not files:
            raise CorpusError(f"{input}: no file matches this pattern; check the path.")
        kind = "files"
    elif not p.exists():
        raise CorpusError(f"{p}: no such file or folder; check the path.")
    elif p.is_dir():
        kind = "folder"
        try:
            entries = sorted(os.scandir(p), key=lambda e: e.name)
        except PermissionError:
            raise CorpusError(f"{p}: permission denied; make the folder readable (chmod u+rx).") from None
        if any(e.name == C._OUTPUT_MARKER for e in entries):
            raise CorpusError(f"{p}: is an output folder written by ctnet, not a corpus; give the folder "
                              "that holds the releases as INPUT.")
        files = []
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_file() and Path(e.name).suffix.lower() in C.TEXT_SUFFIXES:
                files.append(Path(e.path))
            elif e.name not in C.SIDECAR_NAMES:
                ignored.append(e.name + ("/" if e.is_dir() else ""))
        if not files:
            raise CorpusError(f"{p}: the folder holds no .txt, .md, .html or .htm files; put one release per "
                              "file there, or give a glob of .jsonl/.csv shards (\"shards/*.jsonl\") as INPUT.")
        sidecar = C._find_sidecar(p)
    else:
        kind = "file"
        files = [p]
        if p.suffix.lower() not in C.TEXT_SUFFIXES + C.TABLE_SUFFIXES:
            raise CorpusError(f"{p}: ctnet reads .txt, .md, .html, .htm, .jsonl and .csv files, not "
                              f"{p.suffix or 'files without an extension'!r}; convert it or rename it.")
    stems: dict[str, Path] = {}
    for f in files:
        if f.suffix.lower() in C.TEXT_SUFFIXES:
            if f.stem in stems:
                raise CorpusError(f"{f}: has the same id {f.stem!r} as {stems[f.stem]}; "
                                  "rename or remove one of the two files.")
            stems[f.stem] = f
    tasks: list[tuple[str, ...]] = []
    batch: list[str] = []
    for f in files:
        if f.suffix.lower() in C.TABLE_SUFFIXES:
            if batch:
                tasks.append(tuple(batch))
                batch = []
            tasks.append((str(f),))
        else:
            batch.append(str(f))
            if len(batch) >= files_per_task:
                tasks.append(tuple(batch))
                batch = []
    if batch:
        tasks.append(tuple(batch))
    n_tables = sum(f.suffix.lower() in C.TABLE_SUFFIXES for f in files)
    return Shards(tuple(tasks), kind, n_tables, str(sidecar) if sidecar else None, tuple(ignored))


class _TaskSidecar:
    """The sidecar rows as the reader sees them, recording which ids this task used."""

    def __init__(self, rows: dict[str, dict[str, Any]]) -> None:
        self.rows = rows
        self.used: set[str] = set()

    def get(self, doc_id: str) -> dict[str, Any] | None:
        row = self.rows.get(doc_id)
        if row is not None:
            self.used.add(doc_id)
        return row


def _read_and_extract(files: Sequence[str], gazetteer: Any, *, n_tables: int, text_column: str,
                      id_column: str, sidecar_rows: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
    """One task, on a worker: read ``files`` as the local reader would, and extract their actors."""
    import ctnet
    from ctnet import corpus as C
    from ctnet.actors import extract_actors
    from ctnet.parallel import _without_gazetteer

    log = C.ReadLog()
    seen: dict[str, tuple[str, int]] = {}
    sidecar = _TaskSidecar(sidecar_rows) if sidecar_rows is not None else None
    n_docs = [0]

    def documents() -> Any:
        for name in files:
            f = Path(name)
            suffix = f.suffix.lower()
            if suffix in C.TEXT_SUFFIXES:
                seen[f.stem] = (str(f), 0)
                doc = C._read_text_file(f, f.stem, encoding=None, log=log, sidecar=sidecar)  # type: ignore[arg-type]
                if doc is not None:
                    n_docs[0] += 1
                    yield doc
            elif suffix in C.TABLE_SUFFIXES:
                for doc in C._read_table(f, text_column=text_column, id_column=id_column, encoding=None, log=log,
                                         seen=seen, prefix_ids=n_tables > 1, sidecar=sidecar):  # type: ignore[arg-type]
                    n_docs[0] += 1
                    yield doc

    mentions = _without_gazetteer(extract_actors(documents(), gazetteer=gazetteer))
    labels, partial = _partial_cooccurrence(mentions.table)
    return {"mentions": mentions, "n_docs": n_docs[0], "labels": labels, "cooccurrence": partial, "warnings": list(log.warnings),
            "counted": {k: list(v) for k, v in log._counted.items()}, "seen": seen,
            "used": sorted(sidecar.used) if sidecar is not None else [], "version": ctnet.__version__}


def _partial_cooccurrence(table: Any) -> tuple[list[str], Any]:
    """``XᵀX`` of one shard: X = its releases × its actors (sorted ids), binary; diagonal = releases per actor."""
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

    pairs = table[["doc_id", "actor_id"]].drop_duplicates()
    docs = pd.factorize(pairs["doc_id"].to_numpy())[0]
    labels, actors = np.unique(pairs["actor_id"].to_numpy(dtype=object), return_inverse=True)
    X = sp.csr_matrix((np.ones(len(pairs)), (docs, actors)),
                      shape=(int(docs.max()) + 1 if len(docs) else 0, len(labels)))
    return [str(a) for a in labels], (X.T @ X).tocsr()


def _sum_cooccurrence(parts: list[tuple[list[str], Any]]) -> tuple[Any, list[str]]:
    """Sum partial ``XᵀX`` matrices over the union of their actors (sorted ids). Exact: integer counts."""
    import numpy as np
    import scipy.sparse as sp

    ids = sorted({a for labels, _ in parts for a in labels})
    where = {a: i for i, a in enumerate(ids)}
    rows, cols, data = [], [], []
    for labels, C in parts:
        if not labels:
            continue
        index = np.array([where[a] for a in labels], dtype=np.int64)
        coo = C.tocoo()
        rows.append(index[coo.row])
        cols.append(index[coo.col])
        data.append(coo.data)
    n = len(ids)
    if not rows:
        return sp.csr_matrix((n, n)), ids
    total = sp.coo_matrix((np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    out = total.tocsr()
    out.sum_duplicates()
    return out, ids


def _connect(scheduler: str | None, timeout: float, n_workers: int | None) -> tuple[Any, Any]:
    """A dask.distributed Client (and the LocalCluster it owns, if one was started)."""
    import logging

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise CtnetError("--engine dask needs dask.distributed; install it with pip install 'ctnet[dask]', "
                         "or use --engine local.") from None
    if scheduler is None:
        workers = n_workers or max(1, min(os.cpu_count() or 1, 4))
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        try:
            return Client(cluster, timeout=timeout), cluster
        except BaseException:
            cluster.close()
            raise
    try:
        return Client(scheduler, timeout=timeout), None
    except (OSError, ValueError, TimeoutError) as e:
        why = " ".join(str(e).split()) or type(e).__name__
        raise CtnetError(
            f"cannot connect to the Dask scheduler at {scheduler!r} ({why}); start one with `dask scheduler` "
            "and pass the address it prints (tcp://HOST:8786), or drop --scheduler to use a local cluster."
        ) from None


@dataclasses.dataclass
class DaskRun:
    """What :func:`run_dask` returns.

    Attributes
    ----------
    mentions : Mentions
        Equal to ``extract_actors(read_corpus(input), gazetteer=...)``.
    cooccurrence : scipy.sparse.csr_matrix
        ``XᵀX`` of the release × actor incidence (binary), summed from the workers'
        partial matrices: off the diagonal, the number of releases naming both actors
        (the default ``count`` weights of a document-unit network); on the diagonal, the
        number of releases naming each actor.
    actor_ids : list of str
        Row and column labels of ``cooccurrence`` (sorted, as ``mentions.actors``).
    """

    mentions: Any
    cooccurrence: Any
    actor_ids: list[str]


def extract_dask(input: str | Path, *, gazetteer: Any = None, scheduler: str | None = None,
                 client: Any = None, text_column: str = "text", id_column: str = "id",
                 files_per_task: int = FILES_PER_TASK, timeout: float = 10, n_workers: int | None = None,
                 log: Any = None, quiet: bool = False) -> Any:
    """Read and extract a sharded corpus on a Dask cluster (``--engine dask``).

    The input is cut into tasks on the client from file names only (:func:`shard_input`):
    one task per ``.jsonl``/``.csv`` shard, one per ``files_per_task`` text files. Each
    task reads its files and extracts their actors on a worker; the gazetteer is sent to
    every worker once. The partial results are joined in corpus order, so the result
    equals ``extract_actors(read_corpus(input), gazetteer=gazetteer)``: the same mention,
    actor, document and sentence tables, in the same order. Ids are checked for
    uniqueness across shards, as the local reader does.

    Parameters
    ----------
    input : path or glob pattern
        A glob of table shards (``"shards/*.jsonl"``), a folder of text releases, or one file.
        Every worker must be able to read these paths (a shared file system).
    gazetteer : Gazetteer, optional
        The registry; defaults to :meth:`Gazetteer.default`.
    scheduler : str, optional
        The address of a running scheduler (``tcp://10.0.0.5:8786``). By default a
        ``LocalCluster`` of worker processes is started and closed.
    client : dask.distributed.Client, optional
        An existing client to use instead (not closed).
    text_column, id_column : str
        As in :func:`ctnet.corpus.read_corpus`.
    files_per_task : int, default FILES_PER_TASK
        Text files read by one task.
    timeout : float, default 10
        Seconds to wait for the scheduler.
    n_workers : int, optional
        Workers of the local cluster (default: the number of cores, at most 4).
    log : ReadLog, optional
        Receives the files read and the warnings, as :func:`ctnet.corpus.iter_documents` fills it.
    quiet : bool, default False
        No progress bar.

    Returns
    -------
    Mentions

    Raises
    ------
    CorpusError
        No file matches the glob, an unreadable shard or row, a duplicate id, no usable release.
    CtnetError
        dask.distributed is missing, the scheduler cannot be reached, or a worker runs
        another ctnet version (the results could differ).
    InvalidParameterError
        A bad option value.

    Examples
    --------
    >>> from dask.distributed import Client
    >>> from ctnet.actors import extract_actors
    >>> from ctnet.corpus import read_corpus
    >>> with Client(processes=False, dashboard_address=None) as client:
    ...     m = extract_dask("seeds", client=client, files_per_task=2)
    >>> m.table.equals(extract_actors(read_corpus("seeds")).table)
    True
    """
    return run_dask(input, gazetteer=gazetteer, scheduler=scheduler, client=client, text_column=text_column,
                    id_column=id_column, files_per_task=files_per_task, timeout=timeout, n_workers=n_workers,
                    log=log, quiet=quiet).mentions


def run_dask(input: str | Path, *, gazetteer: Any = None, scheduler: str | None = None,
             client: Any = None, text_column: str = "text", id_column: str = "id",
             files_per_task: int = FILES_PER_TASK, timeout: float = 10, n_workers: int | None = None,
             log: Any = None, quiet: bool = False) -> DaskRun:
    """:func:`extract_dask`, plus the co-occurrence matrix summed from the workers' partial ``XᵀX``.

    Each task also computes ``X_sᵀX_s`` for its own releases; releases belong to exactly
    one task, so the sum of the partial matrices is ``XᵀX`` of the whole corpus, exactly
    (integer counts). Parameters, errors: as :func:`extract_dask`.

    Returns
    -------
    DaskRun

    Examples
    --------
    >>> from dask.distributed import Client
    >>> from ctnet.network import build_network
    >>> with Client(processes=False, dashboard_address=None) as client:
    ...     run = run_dask("seeds", client=client, files_per_task=2)
    >>> net = build_network(run.mentions)  # unit="document", weight="count"
    >>> C = run.cooccurrence.copy()
    >>> C.setdiag(0)
    >>> C.eliminate_zeros()
    >>> run.actor_ids == net.actor_ids, (C != net.weights).nnz, bool((run.cooccurrence.diagonal() == net.actors["n_docs"]).all())
    (True, 0, True)
    """
    from ctnet import corpus as C
    from ctnet.actors import Gazetteer
    from ctnet.parallel import _join, _with_gazetteer
    from ctnet.progress import progress

    caller = "extract_dask"
    if scheduler is not None and (not isinstance(scheduler, str) or not scheduler.strip()):
        raise InvalidParameterError(f"The 'scheduler' parameter of {caller} must be an address such as "
                                    f"'tcp://10.0.0.5:8786' or None. Got {scheduler!r} instead.")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InvalidParameterError(f"The 'gazetteer' parameter of {caller} must be a Gazetteer or None. "
                                    f"Got {type(gazetteer).__name__} instead.")
    check_number("timeout", timeout, caller, low=0, low_open=True)
    if n_workers is not None:
        check_number("n_workers", n_workers, caller, low=1, integer=True)
    C._check_read_options(text_column=text_column, id_column=id_column, encoding=None, glob=None)
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    log = log if log is not None else C.ReadLog()
    shards = shard_input(input, files_per_task=files_per_task)
    for name in shards.ignored:
        log.count("ignored", name)
    sidecar = C._Sidecar(Path(shards.sidecar), log) if shards.sidecar else None

    owned_cluster = None
    if client is None:
        client, owned_cluster = _connect(scheduler.strip() if scheduler else None, timeout, n_workers)
        owns_client = True
    else:
        owns_client = False
    try:
        [gaz_future] = client.scatter([gaz], broadcast=True, hash=False)
        rows_future = None
        if sidecar is not None:
            [rows_future] = client.scatter([sidecar.rows], broadcast=True, hash=False)
        run = uuid.uuid4().hex
        futures = [client.submit(_read_and_extract, list(task), gaz_future, n_tables=shards.n_tables,
                                 text_column=text_column, id_column=id_column, sidecar_rows=rows_future,
                                 pure=False, key=f"ctnet-extract-{run}-{i}")
                   for i, task in enumerate(shards.tasks)]
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[dict[str, Any] | None] = [None] * len(futures)
        from dask.distributed import as_completed

        try:
            for fut in progress(as_completed(futures), desc="extracting (dask)", total=len(futures),
                                quiet=quiet, unit="shard"):
                results[index[fut.key]] = fut.result()
                fut.release()
        except ImportError as e:
            client.cancel(futures)
            raise CtnetError(f"a Dask worker cannot import ctnet ({e}); install ctnet on every worker "
                             "(pip install ctnet) in the same version as the client.") from None
        except BaseException:
            client.cancel(futures)
            raise
    finally:
        if owns_client:
            client.close()
        if owned_cluster is not None:
            owned_cluster.close()

    import ctnet

    seen: dict[str, tuple[str, int]] = {}
    for task, res in zip(shards.tasks, results):
        assert res is not None
        if res["version"] != ctnet.__version__:
            raise CtnetError(f"a Dask worker runs ctnet {res['version']} but this client runs "
                             f"{ctnet.__version__}; install the same version everywhere.")
        for w in res["warnings"]:
            log.warn(w)  # noqa: G010 - ReadLog.warn, not logging
        for kind, examples in res["counted"].items():
            for ex in examples:
                log.count(kind, ex)
        for doc_id, (path, line) in res["seen"].items():
            if doc_id in seen:
                first = seen[doc_id]
                both = (f"lines {first[1]} and {line}" if first[0] == path
                        else f"line {line} and in {first[0]}" + (f" line {first[1]}" if first[1] else ""))
                raise CorpusError(f"{path}: duplicate id {doc_id!r} on {both}; make the ids unique.")
            seen[doc_id] = (path, line)
        if sidecar is not None:
            sidecar.used.update(res["used"])
    log.files.extend(Path(f) for f in shards.files)
    if sidecar is not None:
        log.files.append(sidecar.path)
        sidecar.report_unused(log)
    log.summarise()
    if sum(r["n_docs"] for r in results if r is not None) == 0:
        what = "; ".join(log.warnings) or "no release text"
        raise CorpusError(f"{input}: no usable release ({what}); add text files or rows with text.")
    done = [r for r in results if r is not None]
    mentions = _with_gazetteer(_join([r["mentions"] for r in done]), gaz)
    C, ids = _sum_cooccurrence([(r["labels"], r["cooccurrence"]) for r in done])
    return DaskRun(mentions, C, ids)

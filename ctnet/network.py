"""Building actor networks: incidence matrix, co-occurrence weights, filters, events, time, backbone."""

from __future__ import annotations

import ctypes
import datetime as _dt
import itertools
import json
import math
import os
import re
import sys as _sys
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from ctnet.actors.gazetteer import ACTOR_TYPES
from ctnet.actors.mentions import DOCUMENT_COLUMNS, MENTION_COLUMNS, SENTENCE_COLUMNS, Mentions
from ctnet.errors import EventTableError, InvalidParameterError, check_number, check_option

__all__ = [
    "BACKBONES",
    "COUNTINGS",
    "LEVELS",
    "PERIODS",
    "TOP_BY",
    "UNITS",
    "WEIGHTS",
    "ActorNetwork",
    "TimeSlices",
    "backbone",
    "benjamini_hochberg",
    "bipartite_graph",
    "build_network",
    "cooccurrence",
    "edge_significance",
    "mentions_from_events",
    "network_from_events",
    "slice_by_time",
]

#: Edge weighting schemes (docs/networks.md gives each formula and its reference).
WEIGHTS: tuple[str, ...] = ("count", "jaccard", "cosine", "inclusion", "association", "newman", "npmi")
#: Co-occurrence units; ``window:K`` is any ``window:<integer >= 1>``.
UNITS: tuple[str, ...] = ("document", "paragraph", "sentence", "window:K")
#: Significance backbones.
BACKBONES: tuple[str, ...] = ("hypergeometric", "sdsm", "disparity")
#: How a unit's incidence entry counts an actor.
COUNTINGS: tuple[str, ...] = ("binary", "mentions")
#: Actor levels: each actor, or its top-level ancestor.
LEVELS: tuple[str, ...] = ("actor", "parent")
#: Keys for ``top_n``.
TOP_BY: tuple[str, ...] = ("n_docs", "n_mentions", "strength")
#: Time periods for :func:`slice_by_time`.
PERIODS: tuple[str, ...] = ("year", "quarter", "month")

#: Columns of ``ActorNetwork.actors`` that always exist, in order.
NETWORK_ACTOR_COLUMNS = ["actor_id", "name", "type", "country", "parent", "donor", "n_docs", "n_mentions"]

_ROOT_COLUMNS = ("root_id", "root_name", "root_type", "root_country")

#: Whether pandas copies on write (pandas >= 3, or the option set on pandas 2).
_COPY_ON_WRITE = int(pd.__version__.split(".")[0]) >= 3 or getattr(pd.options.mode, "copy_on_write", False) is True


@dataclass
class ActorNetwork:
    """The network stage's value: sparse weights plus the actor table and edge evidence.

    Attributes
    ----------
    actors : DataFrame
        One row per node, in matrix order (sorted by ``actor_id``). Columns: ``actor_id,
        name, type, country, parent, donor, n_docs, n_mentions`` (more allowed). '' for
        empty strings.
    weights : scipy.sparse.csr_matrix
        Symmetric actor × actor weights with a zero diagonal.
    incidence : scipy.sparse.csr_matrix
        Units × actors (binary by default, or mention counts).
    unit_ids : list of str
        Row labels of ``incidence`` (document ids, or ``doc_id#p3`` / ``doc_id#s12`` /
        ``doc_id#w12`` for paragraph, sentence and window units).
    unit_docs : list of str
        The document id of each unit (equal to ``unit_ids`` for document units);
        bootstrap resamples documents and keeps all their units.
    doc_incidence : scipy.sparse.csr_matrix
        Documents × actors, binary: the releases naming each actor (``n_docs`` of actors).
        Edge evidence (``n_docs``, ``docs`` of edges) comes from the units: the documents
        holding a unit that names both actors.
    doc_ids : list of str
        Row labels of ``doc_incidence``.
    params : dict
        The options the network was built with (copied to ``G.graph["ctnet"]``).
    documents : DataFrame or None
        Document metadata (documents.csv columns) for tooltips and reports.
    sentences : DataFrame or None
        Sentence evidence (``Mentions.sentences``) for edge tooltips.
    mentions : DataFrame or None
        The mention table the network was built from (after roll-up and filters).
    edge_stats : DataFrame or None
        Extra per-edge columns (``source, target, p_value, q_value``) when a
        significance test ran.

    Examples
    --------
    >>> net = network_from_events([("e1", "A"), ("e1", "B"), ("e2", "A"), ("e2", "B"), ("e2", "C")])
    >>> net
    ActorNetwork(3 actors, 3 edges, weight='count', unit='document')
    >>> net.edges()[["source", "target", "weight", "docs"]]
      source target  weight    docs
    0      A      B     2.0  e1;e2
    1      A      C     1.0      e2
    2      B      C     1.0      e2
    """

    actors: pd.DataFrame
    weights: sp.csr_matrix
    incidence: sp.csr_matrix
    unit_ids: list[str]
    unit_docs: list[str]
    doc_incidence: sp.csr_matrix
    doc_ids: list[str]
    params: dict[str, Any] = field(default_factory=dict)
    documents: pd.DataFrame | None = None
    sentences: pd.DataFrame | None = None
    mentions: pd.DataFrame | None = None
    edge_stats: pd.DataFrame | None = None

    @property
    def n_actors(self) -> int:
        """Number of nodes (isolates included)."""
        return int(self.weights.shape[0])

    @property
    def n_edges(self) -> int:
        """Number of edges (pairs with a non-zero weight)."""
        return int(sp.triu(self.weights, k=1).nnz)

    @property
    def actor_ids(self) -> list[str]:
        """Actor ids in matrix order."""
        return self.actors["actor_id"].tolist()

    def __repr__(self) -> str:
        return (
            f"ActorNetwork({self.n_actors} actors, {self.n_edges} edges, "
            f"weight={self.params.get('weight', 'count')!r}, unit={self.params.get('unit', 'document')!r})"
        )

    def edges(self, *, docs: bool = True) -> pd.DataFrame:
        """Return the edge table (edges.csv): one row per edge, ``source < target``.

        Columns ``source, target, weight, n_docs, docs``: the documents holding a unit
        that names both actors (the edge's evidence), counted and listed (ids sorted, joined
        by ';'), plus ``p_value, q_value`` when a significance
        test ran. Sorted by weight (descending), then source and target.

        Parameters
        ----------
        docs : bool, default True
            Build the ``docs`` column. Its size is the total evidence (the sum of
            ``n_docs``); on very large networks ``docs=False`` skips it ('' everywhere).

        Returns
        -------
        DataFrame

        Notes
        -----
        The table is computed once and kept: later calls (``edges.csv``, the graph, the HTML)
        return a copy of it, as long as ``weights``, ``incidence``, ``actors``, the unit and
        document ids and ``edge_stats`` are the same objects (assigning a new value to any
        of them recomputes it; changing a matrix in place does not).
        """
        key = tuple(id(v) for v in (self.weights, self.incidence, self.actors, self.unit_ids,
                                     self.unit_docs, self.doc_ids, self.edge_stats))
        cached = self.__dict__.get("_edges_cache")
        if cached is not None and cached[0] == key and (cached[1] or not docs):
            out = cached[2].copy(deep=False)  # copy on write: the caller may change its copy freely
            if cached[1] and not docs:
                out["docs"] = ""
            return out
        df = self._edges(docs=docs)
        # keep the objects alive with the key, so that their ids cannot be reused
        self.__dict__["_edges_cache"] = (key, docs, df, (self.weights, self.incidence, self.actors, self.unit_ids,
                                                        self.unit_docs, self.doc_ids, self.edge_stats))
        return df.copy(deep=False)

    def _edges(self, *, docs: bool) -> pd.DataFrame:
        ids = np.asarray(self.actor_ids, dtype=object)
        upper = sp.triu(sp.csr_matrix(self.weights), k=1).tocoo()
        cols = ["source", "target", "weight", "n_docs", "docs"]
        if upper.nnz == 0:
            df = pd.DataFrame({c: pd.Series(dtype=object if c in ("source", "target", "docs") else float)
                               for c in cols})
            df["n_docs"] = df["n_docs"].astype(np.int64)
            return self._with_edge_stats(df)
        rows, cols_ = upper.row.astype(np.int64), upper.col.astype(np.int64)
        doc_ids = list(self.doc_ids) or list(dict.fromkeys(self.unit_docs))
        if not docs and list(self.unit_docs) == list(self.unit_ids):
            # document units: the evidence count is the co-occurrence count of the binary incidence
            B = sp.csr_matrix(self.incidence, dtype=np.float64, copy=True)
            B.eliminate_zeros()
            B.data[:] = 1.0
            n_docs = _pair_values(sp.csr_matrix(B.T @ B), rows, cols_).astype(np.int64)
            evidence = np.full(rows.size, "", dtype=object)
        else:
            if list(self.unit_docs) == doc_ids:  # document units
                unit_doc = np.arange(len(doc_ids), dtype=np.int64)
            else:
                doc_pos = {d: i for i, d in enumerate(doc_ids)}
                unit_doc = np.fromiter((doc_pos[d] for d in self.unit_docs), dtype=np.int64,
                                       count=len(self.unit_docs))
            n_docs, evidence = _edge_evidence(sp.csr_matrix(self.incidence), unit_doc, rows, cols_, doc_ids,
                                              strings=docs)
        # source < target and the row order (weight descending, then source, target) by the
        # string order of the ids, sorted once as integers (the edges are distinct pairs: no ties)
        rank = np.empty(ids.size, dtype=np.int64)
        rank[np.argsort(ids, kind="stable")] = np.arange(ids.size)
        swap = rank[rows] > rank[cols_]
        src, tgt = np.where(swap, cols_, rows), np.where(swap, rows, cols_)
        weight = upper.data.astype(float)
        order = np.lexsort((rank[tgt], rank[src], -weight))
        df = pd.DataFrame({"source": ids[src[order]], "target": ids[tgt[order]], "weight": weight[order],
                           "n_docs": n_docs[order], "docs": evidence[order]})
        return self._with_edge_stats(df)

    def _with_edge_stats(self, df: pd.DataFrame) -> pd.DataFrame:
        if self.edge_stats is None:
            return df
        stats = self.edge_stats.drop(columns=[c for c in self.edge_stats.columns
                                              if c in df.columns and c not in ("source", "target")])
        return df.merge(stats, on=["source", "target"], how="left")

    @cached_property
    def graph(self) -> nx.Graph:
        """The ``nx.Graph``, built once on first use.

        Node attributes: the actor columns (``name, type, country, parent, donor,
        n_docs, n_mentions``...). Edge attributes: ``weight``, ``n_docs``, ``docs``
        (list of release ids), ``distance`` = 1/weight. ``G.graph["ctnet"]`` holds ``params``.
        """
        G = nx.Graph()
        G.graph["ctnet"] = dict(self.params)
        for rec in self.actors.to_dict("records"):
            node = rec.pop("actor_id")
            G.add_node(node, **{k: _py(v) for k, v in rec.items()})
        e = self.edges()
        extras = [(c, e[c].tolist()) for c in ("p_value", "q_value") if c in e.columns]

        def attributes(k: int, w: float, n_docs: int, docs: str) -> dict[str, Any]:
            attrs = {"weight": w, "n_docs": n_docs, "docs": docs.split(";") if docs else [],
                     "distance": (1.0 / w) if w > 0 else float("inf")}
            for name, values in extras:
                attrs[name] = values[k]
            return attrs

        G.add_edges_from(
            (a, b, attributes(k, w, n, d)) for k, (a, b, w, n, d) in enumerate(zip(
                e["source"].tolist(), e["target"].tolist(), e["weight"].to_numpy(dtype=float).tolist(),
                e["n_docs"].to_numpy(dtype=np.int64).tolist(), e["docs"].tolist())))
        return G


def _py(v: Any) -> Any:
    """Convert numpy scalars to Python scalars (pyvis and GraphML need plain types)."""
    if isinstance(v, np.generic):
        return v.item()
    return v


def _pair_values(M: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``M[rows[k], cols[k]]`` for every k, vectorised (M canonical CSR)."""
    if rows.size == 0:
        return np.zeros(0)
    M = sp.csr_matrix(M)
    M.sum_duplicates()
    M.sort_indices()
    n = M.shape[1]
    row_of = np.repeat(np.arange(M.shape[0], dtype=np.int64), np.diff(M.indptr))
    keys = row_of * n + M.indices.astype(np.int64)
    want = rows * n + cols
    pos = np.searchsorted(keys, want)
    pos = np.minimum(pos, max(keys.size - 1, 0))
    found = keys.size > 0
    out = np.zeros(rows.size)
    if found:
        hit = keys[pos] == want
        out[hit] = M.data[pos[hit]]
    return out


def _edge_evidence(X: sp.csr_matrix, unit_doc: np.ndarray, rows: np.ndarray, cols: np.ndarray,
                   doc_ids: list[str], *, strings: bool = True,
                   chunk_pairs: int = 4_000_000) -> tuple[np.ndarray, np.ndarray]:
    """For each edge (rows[k], cols[k]): the number of documents with a unit naming both, and
    their ids sorted and joined by ';'.

    Vectorised: the actor pairs of every unit are generated with numpy (in chunks of units
    holding at most ``chunk_pairs`` pairs), the pairs that are edges are kept, mapped to
    their document, de-duplicated and grouped once. The work is proportional to the evidence.
    """
    n = X.shape[1]
    n_edges = rows.size
    edge_keys = rows.astype(np.int64) * n + cols.astype(np.int64)
    order_e = np.argsort(edge_keys, kind="stable")
    sorted_keys = edge_keys[order_e]
    n_doc = len(doc_ids)
    rank = np.empty(n_doc, dtype=np.int64)  # rank of each document id in string order
    rank[np.argsort(np.asarray(doc_ids, dtype=object), kind="stable")] = np.arange(n_doc)
    X = sp.csr_matrix(X, copy=True)
    X.eliminate_zeros()
    X.sort_indices()
    m = np.diff(X.indptr).astype(np.int64)
    pairs_per_unit = m * (m - 1) // 2
    found: list[np.ndarray] = []
    start, n_units = 0, X.shape[0]
    while start < n_units:
        stop, total = start, 0
        while stop < n_units and (total == 0 or total + pairs_per_unit[stop] <= chunk_pairs):
            total += pairs_per_unit[stop]
            stop += 1
        if total:
            lo, hi = X.indptr[start], X.indptr[stop]
            entry_unit = np.repeat(np.arange(start, stop, dtype=np.int64), m[start:stop])
            entry_pos = np.arange(lo, hi, dtype=np.int64) - X.indptr[entry_unit].astype(np.int64)
            after = m[entry_unit] - 1 - entry_pos  # entries after this one in its row
            first = np.repeat(np.arange(lo, hi, dtype=np.int64), after)
            run_start = np.repeat(np.cumsum(after) - after, after)
            second = first + 1 + (np.arange(first.size, dtype=np.int64) - run_start)
            keys = X.indices[first].astype(np.int64) * n + X.indices[second].astype(np.int64)
            pos = np.minimum(np.searchsorted(sorted_keys, keys), sorted_keys.size - 1)
            hit = sorted_keys[pos] == keys
            unit = entry_unit[first - lo][hit]
            found.append(order_e[pos[hit]] * n_doc + rank[unit_doc[unit]])
        start = stop
    n_docs = np.zeros(n_edges, dtype=np.int64)
    out = np.full(n_edges, "", dtype=object)
    if not found:
        return n_docs, out
    key = np.concatenate(found)
    key.sort()  # by edge, then document id (a sort is faster than np.unique's hash here)
    if key.size:
        key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    e = key // max(n_doc, 1)
    n_docs = np.bincount(e, minlength=n_edges).astype(np.int64)
    if strings and e.size:
        by_rank = np.asarray(doc_ids, dtype=object)[np.argsort(rank)]
        starts = np.concatenate(([0], np.flatnonzero(np.diff(e)) + 1))
        ends = np.concatenate((starts[1:], [e.size]))
        for c in range(0, starts.size, _EDGES_PER_JOIN):  # the id lists of a chunk of edges at a time
            first, last = starts[c: c + _EDGES_PER_JOIN], ends[c: c + _EDGES_PER_JOIN]
            lo, hi = int(first[0]), int(last[-1])
            names = by_rank[key[lo:hi] % max(n_doc, 1)].tolist()
            out[e[first]] = [";".join(names[a:b]) for a, b in zip((first - lo).tolist(), (last - lo).tolist())]
    return n_docs, out


#: Edges whose release ids are joined at a time by :func:`_edge_evidence` (the list of the ids
#: of one chunk is what the join needs in memory at once).
_EDGES_PER_JOIN = 1 << 18


# --------------------------------------------------------------------------- weights

def cooccurrence(X: sp.spmatrix, *, weight: str = "count") -> sp.csr_matrix:
    """The weighted co-occurrence matrix of an incidence matrix (units × actors).

    Every scheme is computed from ``C = XᵀX`` and its diagonal ``c_i = c_ii`` with
    sparse algebra (no loop over pairs). With ``N`` units and ``n_u`` the number of
    distinct actors in unit ``u``:

    ============  ==========================================================
    count         ``c_ij``
    jaccard       ``c_ij / (c_i + c_j - c_ij)``
    cosine        ``c_ij / sqrt(c_i c_j)`` (Salton)
    inclusion     ``c_ij / min(c_i, c_j)``
    association   ``c_ij / (c_i c_j)`` (van Eck & Waltman 2009; no constant factor)
    newman        ``sum_u x_ui x_uj / (n_u - 1)`` over units with ``n_u >= 2`` (Newman 2001)
    npmi          ``log(p_ij / (p_i p_j)) / -log p_ij``, ``p = c / N`` on the binary
                  incidence (Bouma 2009); 1 when ``c_ij = N``; values <= 0 are dropped
    ============  ==========================================================

    Parameters
    ----------
    X : scipy.sparse matrix
        Units × actors, binary or mention counts.
    weight : str, default "count"
        One of :data:`WEIGHTS`.

    Returns
    -------
    scipy.sparse.csr_matrix
        Symmetric, zero diagonal, only positive entries stored.

    Raises
    ------
    InvalidParameterError
        An unknown ``weight``.

    Examples
    --------
    >>> import numpy as np, scipy.sparse as sp
    >>> X = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 1], [1, 0, 0]]))
    >>> cooccurrence(X).toarray()
    array([[0., 2., 1.],
           [2., 0., 1.],
           [1., 1., 0.]])
    >>> cooccurrence(X, weight="jaccard").toarray().round(3)
    array([[0.   , 0.667, 0.333],
           [0.667, 0.   , 0.5  ],
           [0.333, 0.5  , 0.   ]])
    """
    check_option("weight", weight, WEIGHTS, "cooccurrence")
    return _cooccurrence(X, weight=weight)


def _cooccurrence(X: sp.spmatrix, *, weight: str, Xt: sp.csr_matrix | None = None,
                  threads: int = 1) -> sp.csr_matrix:
    """:func:`cooccurrence` without the checks; ``Xt`` is ``Xᵀ`` as CSR when the caller has it.

    ``threads``: how many threads may share the product of the ``count`` weights (see
    :func:`_count_weights`; the result does not depend on it).
    """
    X = sp.csr_matrix(X, dtype=np.float64)
    n_units, n = X.shape
    if weight == "count":
        return _count_weights(X, Xt, threads=threads)
    if weight == "newman":
        per_unit = np.diff(X.indptr) if X.nnz else np.zeros(n_units, dtype=np.int64)
        # distinct actors per unit (explicit zeros are not stored by csr_matrix(..., dtype))
        B = X.copy()
        B.eliminate_zeros()
        n_u = np.diff(B.indptr).astype(np.float64)
        scale = np.zeros(n_units)
        many = n_u >= 2
        scale[many] = 1.0 / (n_u[many] - 1.0)
        del per_unit
        return _clean_symmetric(_gram(B, sp.csr_matrix(sp.diags(scale) @ B)))
    if weight == "npmi":
        X = X.copy()
        X.eliminate_zeros()
        X.data[:] = 1.0
        Xt = None
    C = _gram(X, Xt=Xt)
    diag = C.diagonal().astype(np.float64)
    if weight == "count":
        return _clean_symmetric(C)
    up = sp.triu(C, k=1).tocoo()
    i, j, c = up.row, up.col, up.data.astype(np.float64)
    ci, cj = diag[i], diag[j]
    if weight == "jaccard":
        w = c / (ci + cj - c)
    elif weight == "cosine":
        w = c / np.sqrt(ci * cj)
    elif weight == "inclusion":
        w = c / np.minimum(ci, cj)
    elif weight == "association":
        w = c / (ci * cj)
    else:  # npmi
        N = float(n_units)
        den = math.log(N) - np.log(c) if n_units else np.zeros_like(c)
        num = den - (np.log(ci) - np.log(c)) - (np.log(cj) - np.log(c))
        with np.errstate(divide="ignore", invalid="ignore"):
            w = np.where(den > 0, num / np.where(den > 0, den, 1.0), 1.0)
        w[np.abs(w) < 1e-12] = 0.0  # exact independence is 0, not a rounding residue
    keep = w > 0
    U = sp.coo_matrix((w[keep], (i[keep], j[keep])), shape=(n, n))
    return _clean_symmetric(sp.csr_matrix(U + U.T))


def _transpose(X: sp.csr_matrix) -> sp.csr_matrix:
    """``Xᵀ`` as a CSR matrix: ``X`` in CSC form read the other way (one O(nnz) pass, sorted indices)."""
    Xc = sp.csr_matrix(X).tocsc()
    return sp.csr_matrix((Xc.data, Xc.indices, Xc.indptr), shape=(X.shape[1], X.shape[0]), copy=False)


def _gram(X: sp.csr_matrix, Y: sp.csr_matrix | None = None, *, Xt: sp.csr_matrix | None = None) -> sp.csr_matrix:
    """``XᵀY`` (``XᵀX`` by default) as a CSR matrix, computed as CSR @ CSR.

    scipy neither converts the operands nor the (large) result, as ``X.T @ X`` does.
    ``Xt`` is ``Xᵀ`` in CSR form when the caller already has it.
    """
    X = sp.csr_matrix(X)
    if Xt is None:
        Xt = _transpose(X)
    return sp.csr_matrix(Xt @ (X if Y is None else sp.csr_matrix(Y)))


#: Work of ``XᵀX`` (``Σ_u k_u²``, k_u the entries of unit u) above which the product is split
#: over threads; below it one thread is faster (the split and the join cost a pass each).
_THREAD_MIN_WORK = 20_000_000


def _auto_threads() -> int:
    """The cores this process may run on (at most 8): the default number of product threads."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    return max(1, min(8, n))


#: Blocks of actors per product thread: many small blocks balance the threads' work (a thread
#: that finishes early takes the next block) and keep each block's accumulator in cache.
_BLOCKS_PER_THREAD = 8


def _column_cuts(X: sp.csr_matrix, Xt: sp.csr_matrix, blocks: int) -> list[int]:
    """Actor boundaries ``[0, ..., n]`` splitting the work of ``XᵀX`` into ``blocks`` near-equal blocks.

    Actor j's row of the product costs ``Σ_{u ∋ j} k_u`` (the entries of the units naming j),
    estimated as its number of units times the mean ``k_u``: the blocks hold about equal
    numbers of incidence entries (the split only changes the speed, never the result; with
    several blocks per thread, a thread that finishes early takes the next block). One block
    (``[0, n]``) when ``blocks`` is 1 or the whole work ``Σ k_u²`` is below
    :data:`_THREAD_MIN_WORK`.
    """
    n = X.shape[1]
    blocks = min(blocks, n)
    if blocks <= 1 or X.nnz == 0:
        return [0, n]
    k = np.diff(X.indptr).astype(np.int64)
    if int(np.dot(k, k)) < _THREAD_MIN_WORK:
        return [0, n]
    done = Xt.indptr[1:]  # entries of actors 0..j
    cuts = [0]
    for t in range(1, blocks):
        c = int(np.searchsorted(done, X.nnz * t / blocks)) + 1
        cuts.append(min(max(c, cuts[-1] + 1), n - (blocks - t)))
    cuts.append(n)
    return cuts


def _count_weights(X: sp.csr_matrix, Xt: sp.csr_matrix | None, *, threads: int = 1) -> sp.csr_matrix:
    """The ``count`` weights: ``_clean_symmetric(XᵀX)`` computed by blocks of actors, possibly in threads.

    For a block of actors ``a:b``, ``Q = Xᵀ[a:b] X`` (rows ``a:b`` of ``XᵀX``) is computed with
    scipy's kernel (its sparsetools release the GIL, so blocks run in parallel), then
    transposed: ``Qᵀ`` is columns ``a:b`` of the symmetric ``XᵀX``, each row with sorted
    indices (one counting pass). The diagonal is dropped in each block, and the blocks are
    put side by side (:func:`_side_by_side`): every row then holds its columns in order,
    as :func:`_clean_symmetric` returns them (it sorts by the same transposition; every
    entry is the same sum, over the units in the same order). Each block reads only its
    own actors' units, so the threads share the reads as well as the arithmetic. Identical
    to one block (``threads=1``) bit for bit.

    When every entry of ``X`` is a whole number and no sum can pass 2³¹ - 1 (see
    :func:`_exact_int32`: a binary incidence or mention counts), the product runs on
    32-bit integers and only the result is made float64: half the memory traffic of the
    float64 kernel, and the same values (integer sums below 2⁵³ are exact in both).
    """
    X = sp.csr_matrix(X)
    if Xt is None:
        Xt = _transpose(X)
    n = X.shape[1]
    cuts = _column_cuts(X, Xt, threads * _BLOCKS_PER_THREAD if threads > 1 else 1)
    if _exact_int32(X):
        X = sp.csr_matrix((X.data.astype(np.int32), X.indices, X.indptr), shape=X.shape, copy=False)
        Xt = sp.csr_matrix((Xt.data.astype(np.int32), Xt.indices, Xt.indptr), shape=Xt.shape, copy=False)

    def block(a: int, b: int) -> sp.csr_matrix:
        R = _matmat(Xt if (a, b) == (0, n) else sp.csr_matrix(Xt[a:b]), X, transpose=True)
        return _drop_diagonal(R, -a)  # columns a:b of the product, diagonal and entries <= 0 dropped

    if len(cuts) == 2:
        R = block(0, n)
        if R.dtype != np.float64:
            R = sp.csr_matrix((R.data.astype(np.float64), R.indices, R.indptr), shape=R.shape, copy=False)
            R.has_sorted_indices = True
        return R
    with ThreadPoolExecutor(max_workers=threads) as pool:
        parts = list(pool.map(block, cuts[:-1], cuts[1:]))
    return _side_by_side(parts, n, threads=threads)


def _exact_int32(X: sp.csr_matrix) -> bool:
    """Whether ``XᵀX`` can be computed exactly in 32-bit integers: every stored value of ``X`` is a
    whole number and the largest diagonal entry ``Σ_u x_ui²`` is below 2³¹.

    By Cauchy–Schwarz, every entry of ``XᵀX`` and every partial sum of it is at most
    ``max_i Σ_u x_ui²`` in absolute value, so no product or sum overflows.
    """
    if X.nnz == 0 or X.dtype != np.float64:
        return False
    d = X.data
    if d.min() == 1.0 and d.max() == 1.0:  # binary: the diagonal counts units, fewer than X's rows
        return X.shape[0] < 2**31 - 1
    if not (np.isfinite(d).all() and np.array_equal(d, np.rint(d))):
        return False
    diag = np.bincount(X.indices, weights=d * d, minlength=X.shape[1])
    return bool(diag.max() < 2**31 - 1)


def _matmat(A: sp.csr_matrix, B: sp.csr_matrix, *, transpose: bool = False) -> sp.csr_matrix:
    """``A @ B`` for CSR matrices with int32 indices and the same value type (float64 or int32):
    scipy's own kernel (``csr_matmat``), without scipy's first pass that counts the entries of the
    result. The result has the operands' value type.

    The result's arrays are allocated for an upper bound of its entries (row i holds at most
    ``min(n_cols, Σ_{k in row i of A} nnz(B_k))``); the kernel fills them in order, so the pages
    past the real end are never touched and take no memory. Falls back to ``A @ B`` when
    scipy's kernel is not importable, the bound needs 64-bit indices or the types differ.
    With ``transpose``, returns ``(A @ B)ᵀ`` (as :func:`_transpose`: sorted indices), transposed
    straight from the kernel's arrays.
    """
    def plain() -> sp.csr_matrix:
        P = sp.csr_matrix(A @ B)
        return _transpose(P) if transpose else P

    try:
        from scipy.sparse._sparsetools import csr_matmat
    except ImportError:  # pragma: no cover - scipy reorganised its internals
        return plain()
    M, N = A.shape[0], B.shape[1]
    dtype = A.dtype
    if A.shape[1] != B.shape[0] or dtype not in (np.float64, np.int32) or B.dtype != dtype or any(
            v.dtype != np.int32 for v in (A.indptr, A.indices, B.indptr, B.indices)):
        return plain()
    per_k = np.diff(B.indptr).astype(np.int64)
    run = np.zeros(A.nnz + 1, dtype=np.int64)
    np.cumsum(per_k[A.indices], out=run[1:])
    per_row = run[A.indptr[1:]] - run[A.indptr[:-1]]
    bound = int(np.minimum(per_row, N).sum())
    if bound >= 2**31 - 1 or bound == 0:
        return plain()
    try:
        indptr = np.empty(M + 1, dtype=np.int32)
        indices = np.empty(bound, dtype=np.int32)
        data = np.empty(bound, dtype=dtype)
    except MemoryError:  # the bound does not fit the address space the system allows
        return plain()
    csr_matmat(M, N, A.indptr, A.indices, A.data, B.indptr, B.indices, B.data, indptr, indices, data)
    nnz = int(indptr[-1])
    if transpose:  # (A @ B)ᵀ as CSR, by scipy's csr_tocsc on the filled part (as _transpose does)
        from scipy.sparse._sparsetools import csr_tocsc

        t_indptr = np.empty(N + 1, dtype=np.int32)
        t_indices = np.empty(nnz, dtype=np.int32)
        t_data = np.empty(nnz, dtype=dtype)
        csr_tocsc(M, N, indptr, indices[:nnz], data[:nnz], t_indptr, t_indices, t_data)
        del indices, data
        out = sp.csr_matrix((t_data, t_indices, t_indptr), shape=(N, M), copy=False)
        out.has_sorted_indices = True
        return out
    return sp.csr_matrix((data[:nnz], indices[:nnz], indptr), shape=(M, N), copy=False)


def _drop_diagonal(R: sp.csr_matrix, offset: int) -> sp.csr_matrix:
    """A block of a square matrix without its diagonal entries (column ``r + offset`` of its row ``r``)
    and its entries <= 0 (as :func:`_clean_symmetric`: NaN stays), in place of explicit zeros; keeps
    the row order and sorting.

    For rows ``a:b`` of the matrix, ``offset = a``; for columns ``a:b`` (all rows), ``offset = -a``.
    """
    n_row = R.shape[0]
    if R.nnz == 0:
        return R
    counts = np.diff(R.indptr)
    row = np.repeat(np.arange(offset, offset + n_row, dtype=R.indices.dtype), counts)
    drop = R.indices == row
    del row
    if not R.data.min() > 0:  # (min is NaN when a NaN is stored: the full test then)
        drop |= R.data <= 0
    gone = np.flatnonzero(drop)
    if gone.size == 0:
        return R
    keep = ~drop
    del drop
    removed = np.bincount(np.searchsorted(R.indptr, gone, side="right") - 1, minlength=n_row)
    indptr = R.indptr.copy()
    indptr[1:] -= np.cumsum(removed).astype(indptr.dtype)
    out = sp.csr_matrix((R.data[keep], R.indices[keep], indptr), shape=R.shape, copy=False)
    out.has_sorted_indices = R.has_sorted_indices
    return out


def _side_by_side(parts: list[sp.csr_matrix], n_row: int, *, threads: int = 1) -> sp.csr_matrix:
    """Column blocks (CSR, ``n_row`` rows each, sorted indices) put side by side into one float64
    CSR matrix with sorted indices: ``scipy.sparse.hstack``, by scipy's own kernel
    (``csr_hstack``), run on ``threads`` ranges of rows at once (each range of every block is
    copied to its final place; the kernel releases the GIL).
    """
    from scipy.sparse._sparsetools import csr_hstack

    widths = [p.shape[1] for p in parts]
    n_col = sum(widths)
    ends = np.zeros(n_row + 1, dtype=np.int64)  # entries of rows 0..i-1 over all blocks
    for p in parts:
        ends += p.indptr
    nnz = int(ends[-1])
    idx = np.int32 if max(nnz, n_col, n_row) < 2**31 - 1 else np.int64
    indptr = np.empty(n_row + 1, dtype=idx)
    indices = np.empty(nnz, dtype=idx)
    data = np.empty(nnz, dtype=np.float64)
    n_ranges = max(1, min(threads, n_row))
    bounds = [0, *(int(np.searchsorted(ends, nnz * h / n_ranges)) for h in range(1, n_ranges)), n_row]
    width = np.asarray(widths, dtype=idx)

    def rows(r0: int, r1: int) -> None:
        if r1 <= r0:
            return
        spans = [(int(p.indptr[r0]), int(p.indptr[r1])) for p in parts]
        ptr = np.empty(r1 - r0 + 1, dtype=idx)
        csr_hstack(len(parts), r1 - r0, width,
                   np.concatenate([p.indptr[r0: r1 + 1] - lo for p, (lo, _) in zip(parts, spans)]).astype(idx, copy=False),
                   np.concatenate([p.indices[lo:hi] for p, (lo, hi) in zip(parts, spans)]).astype(idx, copy=False),
                   np.concatenate([p.data[lo:hi] for p, (lo, hi) in zip(parts, spans)], dtype=np.float64),
                   ptr, indices[ends[r0]: ends[r1]], data[ends[r0]: ends[r1]])
        indptr[r0: r1 + 1] = ptr + ends[r0]

    if n_ranges > 1:
        with ThreadPoolExecutor(max_workers=n_ranges) as pool:
            list(pool.map(rows, bounds[:-1], bounds[1:]))
    else:
        rows(0, n_row)
    indptr[0] = 0
    out = sp.csr_matrix((data, indices, indptr), shape=(n_row, n_col), copy=False)
    out.has_sorted_indices = True
    return out


def _clean_symmetric(C: sp.spmatrix) -> sp.csr_matrix:
    """A symmetric weight matrix in canonical form: float64, zero diagonal, only positive entries, sorted indices.

    The indices are sorted by a transposition (one O(nnz) pass rather than a sort of each
    row); ``C`` is symmetric, so its transpose is ``C`` itself.
    """
    C = sp.csr_matrix(C, dtype=np.float64)
    if C.nnz:
        n_row = C.shape[0]
        row = np.repeat(np.arange(n_row, dtype=np.int32 if n_row < 2**31 else np.int64), np.diff(C.indptr))
        C.data[(C.indices == row) | (C.data < 0)] = 0  # the diagonal; negatives (defensive: none by construction)
        del row
        C.eliminate_zeros()
    if not C.has_sorted_indices:
        C = _transpose(C)
    C.sum_duplicates()  # no-op unless the caller passed duplicates
    return C


# --------------------------------------------------------------------------- building

def _text(v: Any) -> str:
    """'' for None/NaN, else the stripped string."""
    if v is None:
        return ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    if v is pd.NA or v is pd.NaT:
        return ""
    return str(v).strip()


def _text_col(s: pd.Series) -> pd.Series:
    """Vectorised :func:`_text`: '' for missing values, else the stripped string (object dtype).

    Each distinct value is cleaned once (``pd.factorize``), so long columns of repeated ids are cheap.
    """
    codes, uniques = _factorize(_object_values(s))
    clean = np.array(_strip_all(uniques) + [""], dtype=object)
    return pd.Series(clean[codes], index=s.index, dtype=object)


def _strip_all(values: Any) -> list[str]:
    """``str(v).strip()`` for every (non-missing) value, vectorised."""
    if len(values) == 0:
        return []
    items = values if isinstance(values, list) else np.asarray(values, dtype=object).tolist()  # (iterating a pandas array is slow)
    if set(map(type, items)) <= {str}:
        return list(map(str.strip, items))
    return [str(v).strip() for v in items]


def _truthy(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes", "y", "t")
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return False
    return bool(v)


def _check_unit(unit: Any, caller: str) -> tuple[str, int]:
    """Return (kind, k) for a unit option; raise InvalidParameterError otherwise."""
    if isinstance(unit, str) and unit in ("document", "paragraph", "sentence"):
        return unit, 0
    if isinstance(unit, str) and unit.startswith("window:"):
        k = unit.split(":", 1)[1]
        if k.isdigit() and int(k) >= 1:
            return "window", int(k)
    raise InvalidParameterError(
        f"The 'unit' parameter of {caller} must be one of 'document', 'paragraph', 'sentence', "
        f"'window:K' (K a whole number >= 1). Got {unit!r} instead."
    )


def _check_str_list(name: str, value: Any, caller: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    try:
        items = list(value)
    except TypeError:
        raise InvalidParameterError(
            f"The {name!r} parameter of {caller} must be an iterable of strings. Got {value!r} instead."
        ) from None
    out = []
    for v in items:
        if not isinstance(v, str):
            raise InvalidParameterError(
                f"The {name!r} parameter of {caller} must be an iterable of strings. Got {value!r} instead."
            )
        if v.strip():
            out.append(v.strip())
    return sorted(set(out))


def _actor_frame(mentions: Mentions, labels: list[str]) -> pd.DataFrame:
    """The actor table with the standard columns as clean strings, one row per actor id.

    ``labels`` are the (clean) actor ids of the mention table; those missing from the
    actor table get a row from their first mention (name, type).
    """
    acts = mentions.actors.copy() if mentions.actors is not None else pd.DataFrame(columns=["actor_id"])
    table = mentions.table
    if "actor_id" not in acts.columns:
        acts["actor_id"] = pd.Series(dtype=object)
    acts["actor_id"] = _text_col(acts["actor_id"])
    # actors named in the mention table but missing from the actor table
    missing = sorted(set(labels) - set(acts["actor_id"]))
    if missing:
        first = table.assign(actor_id=table["actor_id"].map(_text)).drop_duplicates("actor_id")
        first = first.set_index("actor_id")
        extra = pd.DataFrame({
            "actor_id": missing,
            "name": [_text(first.at[a, "actor_name"]) if "actor_name" in first.columns else a for a in missing],
            "type": [_text(first.at[a, "actor_type"]) if "actor_type" in first.columns else "other"
                     for a in missing],
        })
        acts = pd.concat([acts, extra], ignore_index=True)
    for col in ("name", "type", "country", "parent"):
        if col not in acts.columns:
            acts[col] = ""
        acts[col] = _text_col(acts[col])
    acts.loc[acts["name"] == "", "name"] = acts.loc[acts["name"] == "", "actor_id"]
    acts.loc[acts["type"] == "", "type"] = "other"
    acts["donor"] = acts["donor"].map(_truthy) if "donor" in acts.columns else False
    acts = acts.drop_duplicates("actor_id", keep="first")
    return acts.sort_values("actor_id", kind="mergesort").reset_index(drop=True)


def _roots(acts: pd.DataFrame) -> pd.DataFrame:
    """For every actor, its top-level ancestor: ``root_id, root_name, root_type, root_country``.

    Uses the ``root_*`` columns when extraction supplied them; otherwise follows the
    ``parent`` chain within the table (an ancestor missing from the table keeps its id
    as name and the child's type and country); an actor without a parent is its own root.
    """
    by_id = acts.set_index("actor_id")
    parent = {a: p for a, p in zip(acts["actor_id"], acts["parent"]) if p and p != a}
    has_root = "root_id" in acts.columns
    rows = []
    for rec in acts.to_dict("records"):
        a = rec["actor_id"]
        rid = _text(rec.get("root_id")) if has_root else ""
        if not rid:
            rid, seen = a, {a}
            while rid in parent and parent[rid] not in seen:
                rid = parent[rid]
                seen.add(rid)
        if rid in by_id.index:
            r = by_id.loc[rid]
            name, typ, country = r["name"], r["type"], r["country"]
        else:
            name, typ, country = rid, rec["type"], rec["country"]
        if has_root and _text(rec.get("root_id")):
            name = _text(rec.get("root_name")) or name
            typ = _text(rec.get("root_type")) or typ
            country = _text(rec.get("root_country")) or country
        rows.append((a, rid, name, typ, country))
    return pd.DataFrame(rows, columns=["actor_id", *_ROOT_COLUMNS])


def _object_values(s: pd.Series) -> np.ndarray:
    """The values of a column as a numpy object array (factorising one is about twice as fast)."""
    try:
        return np.ascontiguousarray(s.to_numpy(dtype=object))
    except (TypeError, ValueError):  # pragma: no cover - exotic extension arrays
        return np.asarray(s.tolist(), dtype=object)


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(values)`` of an object array: the same codes (order of first appearance,
    -1 for missing values) and uniques, computed faster on long columns of repeated ids.

    Two shortcuts, both exact:

    - ids are usually a few string objects repeated (the gazetteer's actor ids, the
      document ids of the rows of a document): the array is factorised by object identity
      (integers: the object pointers), and only one object per distinct pointer is then
      factorised by value. Used when a sample shows that equal values are mostly the same
      object (not, say, for a CSV column where every cell is a new string).
    - otherwise, runs of equal values (the mentions of one document are contiguous) are
      found with one vectorised comparison and only the first value of each run is hashed.
    """
    n = values.size
    if n > 1024:
        ptr = _pointers(values)
        if ptr is not None and _identity_pays(values[:65536], ptr[:65536]):
            return _factorize_by_identity(values, ptr)
        if _runs_pay(values[:65536]):
            try:
                head = np.empty(n, dtype=bool)
                head[0] = True
                np.not_equal(values[1:], values[:-1], out=head[1:])
            except (TypeError, ValueError):  # values that do not compare elementwise
                head = None
            if head is not None:
                starts = np.flatnonzero(head)
                if starts.size <= n // 2:
                    codes, uniques = pd.factorize(values[starts], use_na_sentinel=True)
                    return np.repeat(_small(codes, len(uniques)), np.diff(np.append(starts, n))), uniques
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return np.asarray(codes), uniques


def _small(codes: np.ndarray, n_labels: int) -> np.ndarray:
    """Codes as int32 when the labels fit (they index arrays and sparse matrices)."""
    return np.asarray(codes).astype(np.int32 if n_labels < 2**31 - 1 else np.int64, copy=False)


def _pointers(values: np.ndarray) -> np.ndarray | None:
    """The object pointers of a C-contiguous object array, as unsigned integers (no copy), or None.

    An object array stores one ``PyObject*`` per element; reading them as integers is valid
    while ``values`` is alive (the caller keeps it). Only on CPython.
    """
    if _sys.implementation.name != "cpython" or values.dtype != object or not values.flags.c_contiguous \
            or values.itemsize != np.dtype(np.uintp).itemsize or values.size == 0:
        return None
    buf = (ctypes.c_char * (values.size * values.itemsize)).from_address(values.ctypes.data)
    return np.frombuffer(memoryview(buf).cast("B"), dtype=np.uintp)


def _identity_pays(sample: np.ndarray, sample_ptr: np.ndarray) -> bool:
    """Whether a sample repeats its values (at most one distinct value in two) and equal values are
    mostly one object (distinct pointers <= 2 × distinct values)."""
    n_values = len(pd.unique(sample))
    return n_values <= sample.size // 2 and len(pd.unique(sample_ptr)) <= 2 * n_values + 16


def _first_positions(codes: np.ndarray) -> np.ndarray:
    """Position of the first occurrence of each code of a factorisation without missing values.

    Codes are numbered in order of first appearance, so each first occurrence is where the
    running maximum grows.
    """
    if codes.size == 0:
        return np.zeros(0, dtype=np.int64)
    top = np.maximum.accumulate(codes)
    grow = np.empty(codes.size, dtype=bool)
    grow[0] = True
    np.greater(top[1:], top[:-1], out=grow[1:])
    return np.flatnonzero(grow)


def _factorize_by_identity(values: np.ndarray, ptr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_factorize` through object identity (see there): pointers first, then values."""
    n = ptr.size
    runs = False
    starts = np.zeros(0, dtype=np.int64)
    sample = ptr[:65536]
    if int(np.count_nonzero(sample[1:] != sample[:-1])) <= sample.size // 2:
        head = np.empty(n, dtype=bool)
        head[0] = True
        np.not_equal(ptr[1:], ptr[:-1], out=head[1:])
        runs = int(np.count_nonzero(head)) <= n // 2
        starts = np.flatnonzero(head) if runs else np.zeros(0, dtype=np.int64)
        del head
    if runs:  # runs of one object: hash one pointer per run
        pcodes, _ = pd.factorize(ptr[starts])
        objects = values[starts[_first_positions(pcodes)]]
    else:
        pcodes, puniq = pd.factorize(ptr)
        if puniq.size <= n // 64:  # few objects: read them back from their pointers (alive in values)
            objects = np.fromiter((ctypes.cast(int(p), ctypes.py_object).value for p in puniq.tolist()),
                                  dtype=object, count=puniq.size)
        else:
            objects = values[_first_positions(pcodes)]
    vcodes, uniques = pd.factorize(objects, use_na_sentinel=True)  # equal values held by distinct objects
    codes = _small(vcodes, len(uniques))[pcodes]
    if runs:
        codes = np.repeat(codes, np.diff(np.append(starts, n)))
    return codes, uniques


def _runs_pay(sample: np.ndarray) -> bool:
    """Whether a sample of a column holds runs of equal values (at most one new value in two)."""
    try:
        return int(np.count_nonzero(sample[1:] != sample[:-1])) <= sample.size // 2
    except (TypeError, ValueError):
        return False


def _codes(s: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes of a column of ids, and the clean labels they index.

    Values are cleaned as by :func:`_text` once per distinct value; values that clean to
    the same text share a code; missing values map to ''. Codes are ``int32`` when the
    labels fit (they index arrays and sparse matrices), else ``int64``.
    """
    codes, uniques = _factorize(_object_values(s))
    return _clean_labels(codes, uniques)


def _clean_labels(codes: np.ndarray, uniques: Any) -> tuple[np.ndarray, list[str]]:
    """:func:`_codes` after its factorisation: clean the uniques, merge those that clean to the
    same text, map missing values (code -1) to ''. Returns (label code per code, labels)."""
    raw = np.asarray(uniques, dtype=object).tolist()
    clean = _strip_all(raw)
    missing = bool(codes.size) and codes.min() < 0
    if not missing and clean == raw and set(map(type, raw)) <= {str}:  # (str subclasses are not labels)
        return _small(codes, len(clean)), clean
    if missing:
        clean.append("")
        codes = np.where(codes < 0, len(clean) - 1, codes)
    lab_codes, labels = pd.factorize(pd.Series(clean, dtype=object))
    small = len(clean) < 2**31 - 1
    lab_codes = np.asarray(lab_codes, dtype=np.int32 if small else np.int64)
    return lab_codes[codes], [str(v) for v in labels]


#: Rows per chunk of the passes over pointer arrays (the temporaries stay in cache).
_CHUNK = 1 << 20
#: :func:`_sorted_codes` uses a table of pointer slots when there are at most this many slots per row.
_SLOTS_PER_ROW = 1


def _sorted_codes(s: pd.Series, *, threads: int = 1) -> tuple[np.ndarray, list[str]]:
    """:func:`_codes` with the labels sorted (as Python sorts strings), and the codes to match.

    Fast when the column repeats a few objects (ids from a gazetteer or an event table):
    each pointer is mapped to a code through a table indexed by ``pointer >> 4`` (two live
    objects are at least 16 bytes apart, so distinct objects get distinct slots), so only
    the distinct objects are hashed and cleaned. Otherwise (or for short columns) it is
    :func:`_codes` followed by a relabelling. The labels and codes are the same either way.
    The two passes over the pointers run in ``threads`` threads above :data:`_THREAD_MIN_WORK`
    rows (the first only records, for each slot, some row of its object: any row gives the
    same object, so the result does not depend on which thread writes last).
    """
    values = _object_values(s)
    n = values.size
    ptr = _pointers(values) if n > 65536 else None
    if ptr is not None:
        lo, hi = int(ptr.min()) >> 4, int(ptr.max()) >> 4
        n_slots = hi - lo + 1
        if n_slots <= max(n * _SLOTS_PER_ROW, 1 << 16) and n_slots < 2**31 - 1 and n < 2**31 - 1:
            table = np.full(n_slots, -1, dtype=np.int32)  # slot -> a row holding that object
            starts = list(range(0, n, _CHUNK))
            n_threads = max(1, min(threads, len(starts))) if n > _THREAD_MIN_WORK else 1

            def slots(a: int, buf: np.ndarray) -> np.ndarray:
                q = ptr[a: a + _CHUNK]
                b = buf[: q.size]
                np.right_shift(q, 4, out=b, casting="unsafe")
                b -= lo
                return b

            def record(part: list[int]) -> None:
                buf = np.empty(_CHUNK, dtype=np.intp)
                for a in part:
                    b = slots(a, buf)
                    table[b] = np.arange(a, a + b.size, dtype=np.int32)  # any row of the object will do

            def look_up(part: list[int]) -> None:
                buf = np.empty(_CHUNK, dtype=np.intp)
                for a in part:
                    b = slots(a, buf)
                    np.take(table, b, out=codes[a: a + b.size])

            def run(fn: Callable[[list[int]], None]) -> None:
                parts = [starts[i::n_threads] for i in range(n_threads)]
                if n_threads == 1:
                    fn(parts[0])
                    return
                with ThreadPoolExecutor(max_workers=n_threads) as pool:
                    list(pool.map(fn, parts))

            run(record)
            used = np.flatnonzero(table >= 0)
            objects = values[table[used]]
            if set(map(type, objects.tolist())) != {str}:  # (other values: the representative of equal
                return _relabel_sorted(*_codes(s))      # values would depend on the row order)
            vcodes, uniques = pd.factorize(objects, use_na_sentinel=True)
            lab, labels = _clean_labels(np.asarray(vcodes), uniques)
            rank, labels = _sort_labels(labels)
            table[used] = rank[lab]  # slot -> final code
            codes = np.empty(n, dtype=np.int32)
            run(look_up)
            return _small(codes, len(labels)), labels
    return _relabel_sorted(*_codes(s))


def _relabel_sorted(codes: np.ndarray, labels: list[str]) -> tuple[np.ndarray, list[str]]:
    """Codes and labels with the labels sorted."""
    rank, labels = _sort_labels(labels)
    return rank[codes], labels


def _sort_labels(labels: list[str]) -> tuple[np.ndarray, list[str]]:
    """(new position of each label, labels sorted)."""
    order = sorted(range(len(labels)), key=labels.__getitem__)
    rank = np.empty(len(labels), dtype=np.int32 if len(labels) < 2**31 - 1 else np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(labels), dtype=rank.dtype)
    return rank, [labels[i] for i in order]


def _doc_codes_by_identity(s: pd.Series, doc_ids: list[str]) -> np.ndarray | None:
    """Document codes without hashing, when the column is the document ids themselves in order.

    That is, when the rows come in runs of one object per document and the run objects are,
    in order, the very objects of ``doc_ids`` (the usual case: extraction and the event
    reader name each document with its id object). Then the codes of :func:`_codes` are the
    run numbers and its labels are ``doc_ids``. None when that does not hold. ``doc_ids``
    must be distinct clean labels (exact ``str``, stripped), as :func:`_doc_id_column` gives.
    """
    values = _object_values(s)
    n = values.size
    ptr = _pointers(values) if n > 1024 else None
    if ptr is None or not doc_ids:
        return None
    ids = np.empty(len(doc_ids), dtype=object)
    ids[:] = doc_ids
    id_ptr = _pointers(ids)
    if id_ptr is None:
        return None
    head = np.empty(n, dtype=bool)
    head[0] = True
    np.not_equal(ptr[1:], ptr[:-1], out=head[1:])
    starts = np.flatnonzero(head)
    del head
    if starts.size != id_ptr.size or not np.array_equal(ptr[starts], id_ptr):
        return None
    lengths = np.diff(np.append(starts, n))
    return np.repeat(np.arange(starts.size, dtype=np.int32 if starts.size < 2**31 - 1 else np.int64), lengths)


def _doc_id_column(s: pd.Series) -> tuple[pd.Series, list[str]]:
    """``(_text_col(s), pd.unique(...).tolist())`` with one factorisation: the distinct clean ids
    in order of first appearance are the factorisation's uniques when cleaning changes none."""
    values = _object_values(s)
    codes, uniques = _factorize(values)
    raw = np.asarray(uniques, dtype=object).tolist()
    clean = _strip_all(raw)
    if (codes.size == 0 or codes.min() >= 0) and clean == raw and set(map(type, raw)) <= {str}:
        # distinct clean values: their order of first appearance is the uniques'
        if len(raw) == codes.size:  # every id once (the usual documents table): the column as it is
            return pd.Series(values, index=s.index, dtype=object), clean
        return pd.Series(np.array(clean, dtype=object)[codes], index=s.index, dtype=object), clean
    col = pd.Series(np.array(clean + [""], dtype=object)[codes], index=s.index, dtype=object)
    return col, pd.unique(col.to_numpy(dtype=object)).tolist()


def _mention_frame(mentions: Mentions, doc_ids: list[str], *, positions: bool = True,
                   threads: int = 1) -> tuple[dict[str, np.ndarray], list[str], list[str]]:
    """The mention table as integer arrays.

    Returns (arrays, doc_ids, actor labels): ``doc`` (position in ``doc_ids``, extended by
    documents that have mentions but no row in the documents table, sorted), ``act`` (code
    into the actor labels, which are sorted), ``donor`` (the mention has the donor role) and, with
    ``positions``, ``sentence`` and ``paragraph``. There is no ``row`` array: while no
    mention is dropped or repeated, array position ``k`` is row ``k`` of the mention table
    (:func:`_take` records ``row`` when that changes).
    """
    t = mentions.table
    n = len(t)
    dcode = _doc_codes_by_identity(t["doc_id"], doc_ids) if n else None
    if dcode is not None:
        dlabels = doc_ids
    else:
        dcode, dlabels = _codes(t["doc_id"]) if n else (np.zeros(0, np.int32), [])
    identity = dlabels == doc_ids
    if identity:  # the usual case: the mentions name the documents in the table's order
        pos = np.arange(len(doc_ids), dtype=np.int64)
    elif dlabels:
        pos = pd.Index(doc_ids, dtype=object).get_indexer(pd.Index(dlabels, dtype=object))
    else:
        pos = np.zeros(0, np.int64)
    missing = np.flatnonzero(pos < 0)
    doc_ids = list(doc_ids)
    if missing.size:  # documents with mentions but no row in the documents table go last, sorted
        extra = sorted(dlabels[i] for i in missing.tolist())
        at = {d: len(doc_ids) + i for i, d in enumerate(extra)}
        pos[missing] = [at[dlabels[i]] for i in missing.tolist()]
        doc_ids += extra
    idx_type = np.int32 if len(doc_ids) < 2**31 - 1 else np.int64
    acode, alabels = _sorted_codes(t["actor_id"], threads=threads) if n else (np.zeros(0, np.int32), [])
    arrays: dict[str, np.ndarray] = {
        "doc": (dcode.astype(idx_type, copy=False) if identity else np.asarray(pos, dtype=idx_type)[dcode]) if n
        else np.zeros(0, idx_type),
        "act": acode,
    }
    if positions:
        for col in ("sentence", "paragraph"):
            arrays[col] = (pd.to_numeric(t[col], errors="coerce").fillna(0).to_numpy(dtype=np.int64)
                           if col in t.columns else np.zeros(n, dtype=np.int64))
    arrays["donor"] = _donor_rows(t["role"]) if "role" in t.columns and n else np.zeros(n, dtype=bool)
    return arrays, doc_ids, alabels


def _donor_rows(role: pd.Series) -> np.ndarray:
    """For each mention, whether its role is ``donor`` (stripped, any case)."""
    values = _object_values(role)
    donor = np.zeros(values.size, dtype=bool)
    ptr = _pointers(values)
    empty = ""
    if ptr is not None:  # most mentions have no role: skip the (usually one) empty-string object by identity
        filled = np.flatnonzero(ptr != id(empty))
        if filled.size:
            rest = values[filled]
            try:
                filled = filled[rest != ""]
            except (TypeError, ValueError):  # values such as pd.NA that do not compare to a bool
                pass
    else:
        try:
            filled = np.flatnonzero(values != "")
        except (TypeError, ValueError):
            filled = np.arange(values.size)
    if filled.size:  # clean each distinct value once
        rcode, rlabels = _codes(pd.Series(values[filled], dtype=object))
        donor[filled] = np.array([r.lower() == "donor" for r in rlabels], dtype=bool)[rcode]
    return donor


def _take(m: dict[str, np.ndarray], index: np.ndarray) -> dict[str, np.ndarray]:
    """Keep (or repeat) the mentions at ``index``; ``row`` keeps their mention-table rows."""
    out = {k: v[index] for k, v in m.items()}
    if "row" not in m:
        out["row"] = np.asarray(index, dtype=np.int64)
    return out


def _rows(m: dict[str, np.ndarray]) -> np.ndarray:
    """The mention-table row of each mention."""
    return m["row"] if "row" in m else np.arange(m["doc"].size, dtype=np.int64)


def _units(m: dict[str, np.ndarray], doc_ids: list[str], kind: str,
           k: int) -> tuple[dict[str, np.ndarray], list[str], list[str]]:
    """Assign each mention to its unit(s); return (arrays with ``unit``, unit_ids, unit_docs).

    Document units are every document (also those with no mention). Paragraph, sentence
    and window units are those that hold at least one mention (the text of the others is
    not known to the network stage). Mentions are repeated for windows.
    """
    dpos = m["doc"]
    if kind == "document":
        return {**m, "unit": dpos}, list(doc_ids), list(doc_ids)  # arrays are never changed in place
    if kind in ("paragraph", "sentence"):
        idx = m[kind]
        tag = "p" if kind == "paragraph" else "s"
    else:
        sent = m["sentence"]
        if sent.size:
            last = np.zeros(len(doc_ids), dtype=np.int64)
            np.maximum.at(last, dpos, sent)
            n_sent = last[dpos] + 1
        else:
            n_sent = sent
        last_start = np.maximum(n_sent - k, 0)
        lo = np.maximum(sent - k + 1, 0)
        hi = np.minimum(sent, last_start)
        reps = hi - lo + 1
        row = np.repeat(np.arange(sent.size), reps)
        offset = np.arange(row.size) - np.repeat(np.cumsum(reps) - reps, reps)
        m = _take(m, row)
        dpos = m["doc"]
        idx = lo[row] + offset
        tag = "w"
    span = int(idx.max()) + 1 if idx.size else 1
    key = dpos.astype(np.int64) * span + idx
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    new = np.ones(key.size, dtype=bool)
    new[1:] = sorted_key[1:] != sorted_key[:-1]
    uniq = sorted_key[new]
    code = np.empty(key.size, dtype=np.int64)
    code[order] = np.cumsum(new) - 1
    unit_docs = [doc_ids[d] for d in (uniq // span)]
    unit_ids = [f"{doc}#{tag}{i}" for doc, i in zip(unit_docs, (uniq % span).tolist())]
    return {**m, "unit": code.astype(np.int64)}, unit_ids, unit_docs


def _copy(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table that the network may change freely: lazy under pandas copy-on-write
    (always on from pandas 3), else a deep copy."""
    if _COPY_ON_WRITE:
        return df.copy(deep=False)
    return df.copy()


def _count_matrix(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int], *,
                  threads: int = 1) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The canonical CSR matrix counting each ``(rows[k], cols[k])`` pair (float64 counts), and its transpose.

    When the pairs come grouped by row (non-decreasing ``rows``: the mentions of a document
    are together), the rows are built directly (:func:`_grouped_counts`); otherwise
    column-wise first (each column's rows then come sorted, no sort is needed).
    """
    if rows.size > 65536 and _non_decreasing(rows):
        X = _grouped_counts(rows, cols, shape, threads=threads)
        return X, _transpose(X)
    Mc = sp.coo_matrix((np.ones(rows.size, dtype=np.int32), (rows, cols)), shape=shape).tocsc()
    Mc.sum_duplicates()  # sorted indices, no duplicates
    Mt = sp.csr_matrix((Mc.data.astype(np.float64), Mc.indices, Mc.indptr), shape=(shape[1], shape[0]), copy=False)
    del Mc
    return _transpose(Mt), Mt


def _non_decreasing(a: np.ndarray) -> bool:
    """Whether ``a[k] <= a[k + 1]`` for every k (checked chunk by chunk)."""
    for lo in range(0, a.size - 1, _CHUNK):
        hi = min(lo + _CHUNK + 1, a.size)
        if not bool(np.all(a[lo + 1: hi] >= a[lo: hi - 1])):
            return False
    return True


def _grouped_counts(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int], *,
                    threads: int = 1) -> sp.csr_matrix:
    """The canonical CSR matrix counting each ``(rows[k], cols[k])`` pair, for rows in non-decreasing order.

    Chunk by chunk of whole rows (about :data:`_CHUNK` pairs), the keys ``row * n_cols + col``
    (relative to the chunk's first row; int32 when they fit) are sorted, and the distinct
    keys and their counts are the entries: the same matrix as through COO, without a pass
    over the whole matrix per step. Chunks are independent: with ``threads`` > 1 and more
    than :data:`_THREAD_MIN_WORK` pairs, threads share them (numpy sorts without the GIL).
    """
    n_rows, n_cols = shape
    size = rows.size
    per_row = np.bincount(rows, minlength=n_rows)
    bounds = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(per_row, out=bounds[1:])
    del per_row
    # chunks of whole rows: at most _CHUNK pairs (or one row) and keys below 2**31 when possible
    rows_per_chunk = max(1, (2**31 - 1) // max(n_cols, 1))
    cuts = [0]
    while cuts[-1] < n_rows:
        r0 = cuts[-1]
        r1 = int(np.searchsorted(bounds, bounds[r0] + _CHUNK, side="right")) - 1
        cuts.append(min(max(r1, r0 + 1), n_rows, r0 + rows_per_chunk))

    def chunk(r0: int, r1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(columns, counts) of the entries of rows r0:r1, and the number of entries of each row."""
        lo, hi = int(bounds[r0]), int(bounds[r1])
        if hi == lo:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(r1 - r0, np.int64)
        kt = np.int32 if (r1 - r0) * n_cols < 2**31 else np.int64
        key = np.subtract(rows[lo:hi], r0, dtype=kt)
        key *= kt(n_cols)
        key += cols[lo:hi].astype(kt, copy=False)
        key.sort()
        new = np.empty(key.size, dtype=bool)
        new[0] = True
        np.not_equal(key[1:], key[:-1], out=new[1:])
        first = np.flatnonzero(new)
        ukey = key[first]
        return ukey % n_cols, np.diff(np.append(first, key.size)), np.bincount(ukey // n_cols, minlength=r1 - r0)

    if threads > 1 and size > _THREAD_MIN_WORK and len(cuts) > 2:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            parts = list(pool.map(chunk, cuts[:-1], cuts[1:]))
    else:
        parts = [chunk(a, b) for a, b in itertools.pairwise(cuts)]
    keys_out = [p[0] for p in parts]
    counts_out = [p[1] for p in parts]
    rows_out = [p[2] for p in parts]
    del parts
    nnz = sum(k.size for k in keys_out)
    idx = np.int32 if max(nnz, n_rows, n_cols, size) < 2**31 - 1 else np.int64
    indices = np.concatenate(keys_out).astype(idx, copy=False) if keys_out else np.zeros(0, idx)
    data = np.concatenate(counts_out).astype(np.float64) if counts_out else np.zeros(0)
    indptr = np.zeros(n_rows + 1, dtype=idx)
    if rows_out:
        np.cumsum(np.concatenate(rows_out), out=indptr[1:])
    X = sp.csr_matrix((data, indices, indptr), shape=shape, copy=False)
    X.has_sorted_indices = True
    return X


def _binary(M: sp.csr_matrix) -> sp.csr_matrix:
    """``M`` with every stored non-zero set to 1 (shares ``M``'s index arrays; ``M`` itself when it is binary)."""
    if M.nnz == 0 or (M.data.min() == 1.0 and M.data.max() == 1.0):
        return M
    data = (M.data != 0).astype(np.float64)
    B = sp.csr_matrix((data, M.indices, M.indptr), shape=M.shape, copy=False)
    if not data.all():
        B = sp.csr_matrix(B, copy=True)
        B.eliminate_zeros()
    return B


def build_network(
    mentions: Mentions,
    *,
    unit: str = "document",
    weight: str = "count",
    counting: str = "binary",
    min_weight: float | None = None,
    min_docs: int = 1,
    level: str = "actor",
    exclude: Iterable[str] = (),
    exclude_publisher: bool = False,
    keep_types: Iterable[str] | None = None,
    drop_types: Iterable[str] | None = None,
    top_n: int | None = None,
    top_by: str = "n_docs",
    threads: int | None = None,
) -> ActorNetwork:
    """Build the weighted actor co-occurrence network from a mention table.

    Two actors are linked when a unit (a release, a paragraph, a sentence or a window
    of sentences) names both. The units × actors incidence matrix ``X`` is built once;
    the weights come from ``XᵀX`` (:func:`cooccurrence`), without any loop over pairs.

    The steps, in order: roll-up to the top-level ancestor (``level="parent"``);
    ``exclude``; ``exclude_publisher``; ``keep_types``/``drop_types``; ``min_docs``;
    weighting; ``min_weight``; ``top_n`` (the weights are then recomputed on the kept
    actors). Actor filters therefore act before weighting: the network is the network of
    the kept actors (this matters for ``newman``, whose ``n_u`` counts the kept actors
    of each unit). The set of units, hence ``N``, is fixed before any filter. Actors
    without an edge stay as isolates.

    Parameters
    ----------
    mentions : Mentions
        Extraction output (or :func:`mentions_from_events`).
    unit : str, default "document"
        ``"document"``, ``"paragraph"``, ``"sentence"`` or ``"window:K"`` (K consecutive
        sentences, sliding by one, never crossing documents; a document with fewer than K
        sentences is one window).
    weight : str, default "count"
        One of :data:`WEIGHTS` (see :func:`cooccurrence`).
    counting : str, default "binary"
        ``"binary"`` (an actor counts once per unit) or ``"mentions"`` (the incidence holds
        mention counts).
    min_weight : float, optional
        Keep edges with weight >= ``min_weight``. Default: 1 for ``count``, else 0.
    min_docs : int, default 1
        Drop actors named in fewer documents.
    level : str, default "actor"
        ``"actor"``, or ``"parent"`` to merge every actor into its top-level ancestor
        (``root_id`` of the actor table; else the ``parent`` chain; else itself).
    exclude : iterable of str, default ()
        Actor ids or names to drop (matched before and after the roll-up).
    exclude_publisher : bool, default False
        Drop, from each document, the actor that published it (``publisher_id`` of the
        documents table; rolled up with ``level="parent"``).
    keep_types, drop_types : iterable of str, optional
        Actor types to keep, or to drop.
    top_n : int, optional
        Keep the ``top_n`` actors by ``top_by`` (ties broken by actor id).
    top_by : str, default "n_docs"
        ``"n_docs"``, ``"n_mentions"`` or ``"strength"`` (sum of weights before ``top_n``).
    threads : int, optional
        At most this many threads compute the ``count`` weights ``XᵀX`` (by blocks of
        actors; only on large networks, about ``Σ k_u² >= 2·10⁷`` for ``k_u`` actors in unit
        ``u``), and, above 2·10⁷ mentions, the actor codes and the incidence rows. Default:
        the cores this process may use (at most 8). The network is the same, bit for bit, for
        every value. On a machine whose cores are busy with other work, ``threads=1`` can
        be faster.

    Returns
    -------
    ActorNetwork

    Raises
    ------
    InvalidParameterError
        A bad option value.

    Examples
    --------
    >>> m = mentions_from_events([("e1", "A"), ("e1", "B"), ("e2", "A"), ("e2", "B"), ("e2", "C")])
    >>> net = build_network(m)
    >>> net.weights.toarray()
    array([[0., 2., 1.],
           [2., 0., 1.],
           [1., 1., 0.]])
    >>> build_network(m, weight="jaccard").weights.toarray().round(3)
    array([[0. , 1. , 0.5],
           [1. , 0. , 0.5],
           [0.5, 0.5, 0. ]])
    >>> build_network(m, min_docs=2).actor_ids
    ['A', 'B']
    """
    f = "build_network"
    kind, k = _check_unit(unit, f)
    check_option("weight", weight, WEIGHTS, f)
    check_option("counting", counting, COUNTINGS, f)
    check_option("level", level, LEVELS, f)
    check_option("top_by", top_by, TOP_BY, f)
    if min_weight is not None:
        check_number("min_weight", min_weight, f)
    check_number("min_docs", min_docs, f, low=1, integer=True)
    if top_n is not None:
        check_number("top_n", top_n, f, low=1, integer=True)
    if threads is not None:
        check_number("threads", threads, f, low=1, integer=True)
    n_threads = _auto_threads() if threads is None else int(threads)
    if not isinstance(exclude_publisher, (bool, np.bool_)):
        raise InvalidParameterError(
            f"The 'exclude_publisher' parameter of {f} must be True or False. Got {exclude_publisher!r} instead."
        )
    excl = _check_str_list("exclude", exclude, f)
    keep_t = _check_str_list("keep_types", keep_types, f) if keep_types is not None else None
    drop_t = _check_str_list("drop_types", drop_types, f)
    for name, values in (("keep_types", keep_t or []), ("drop_types", drop_t)):
        for v in values:
            check_option(name, v, ACTOR_TYPES, f)
    if not isinstance(mentions, Mentions):
        raise InvalidParameterError(
            f"The 'mentions' parameter of {f} must be a ctnet Mentions table (extract_actors or "
            f"mentions_from_events). Got {type(mentions).__name__} instead."
        )
    eff_min_weight = float(min_weight) if min_weight is not None else (1.0 if weight == "count" else 0.0)

    docs = _copy(mentions.documents) if mentions.documents is not None else pd.DataFrame(columns=["doc_id"])
    docs["doc_id"], doc_list = _doc_id_column(docs["doc_id"])
    m, doc_ids, labels = _mention_frame(mentions, doc_list,
                                        positions=kind != "document", threads=n_threads)
    acts = _actor_frame(mentions, labels)
    acts0 = acts

    # units are fixed before any filter (N does not depend on the filters)
    m, unit_ids, unit_docs = _units(m, doc_ids, kind, k)
    n_units = len(unit_ids)

    # level: roll up to the top-level ancestor
    to_root: dict[str, str] = {}
    if level == "parent":
        roots = _roots(acts)
        to_root = dict(zip(roots["actor_id"], roots["root_id"]))
        root_rows = roots.drop_duplicates("root_id").set_index("root_id")
        by_id = acts.set_index("actor_id")
        root_donor = acts["donor"].groupby(roots["root_id"].to_numpy()).any().to_dict()
        rows = []
        for rid in sorted(set(roots["root_id"])):
            if rid in by_id.index:
                rec = by_id.loc[rid].to_dict()
                rec["parent"] = ""
            else:
                r = root_rows.loc[rid]
                rec = {"name": r["root_name"], "type": r["root_type"], "country": r["root_country"],
                       "parent": ""}
            rec["actor_id"] = rid
            rec["donor"] = bool(root_donor.get(rid, False))
            rows.append(rec)
        acts = pd.DataFrame(rows, columns=list(dict.fromkeys(["actor_id", *acts.columns])))
        acts = acts.sort_values("actor_id", kind="mergesort").reset_index(drop=True)
    rolled = [to_root.get(a, a) for a in labels]
    cur_labels = sorted(set(rolled))
    cur_index = {a: i for i, a in enumerate(cur_labels)}
    code_type = np.int32 if len(cur_labels) < 2**31 - 1 else np.int64
    orig = m.pop("act")
    to_cur = np.fromiter((cur_index[a] for a in rolled), dtype=code_type, count=len(rolled))
    if rolled and not np.array_equal(to_cur, np.arange(to_cur.size)):
        m["cur"] = to_cur[orig]
    else:  # the labels are the current labels, in order (sorted, no roll-up): codes unchanged
        m["cur"] = orig.astype(code_type, copy=False)
    if level == "parent":
        m["orig"] = orig  # the roll-up merges actors; exclude also checks the original ones
    del orig

    n_rows = m["doc"].size
    keep: np.ndarray | None = None

    def _drop(mask: np.ndarray) -> None:
        nonlocal keep
        keep = ~mask if keep is None else keep & ~mask

    if excl and n_rows:
        ex = set(excl)
        names = dict(zip(acts["actor_id"], acts["name"]))
        drop_cur = np.array([a in ex or names.get(a, a) in ex for a in cur_labels], dtype=bool)
        if "orig" in m:
            orig_names = dict(zip(acts0["actor_id"], acts0["name"]))
            drop_orig = np.array([a in ex or orig_names.get(a, a) in ex for a in labels], dtype=bool)
            _drop(drop_orig[m["orig"]] | drop_cur[m["cur"]])
        else:  # same actors before and after: the original id and name are the current ones
            _drop(drop_cur[m["cur"]])
    if exclude_publisher and "publisher_id" in docs.columns and n_rows:
        pub_by_doc: dict[str, str] = dict(zip(docs["doc_id"], _text_col(docs["publisher_id"])))
        pub_code = np.full(len(doc_ids), -1, dtype=np.int64)
        for i, d in enumerate(doc_ids):
            p = pub_by_doc.get(d, "")
            if p:
                pub_code[i] = cur_index.get(to_root.get(p, p), -1)
        _drop(pub_code[m["doc"]] == m["cur"])
    if (keep_t is not None or drop_t) and n_rows:
        types = dict(zip(acts["actor_id"], acts["type"]))
        cur_type = np.array([types.get(a, "other") for a in cur_labels], dtype=object)
        if keep_t is not None:
            _drop(~np.isin(cur_type, np.array(keep_t, dtype=object))[m["cur"]])
        if drop_t:
            _drop(np.isin(cur_type, np.array(drop_t, dtype=object))[m["cur"]])
    if keep is not None and not keep.all():
        m = _take(m, np.flatnonzero(keep))
    del keep

    def _columns(chosen: np.ndarray) -> np.ndarray | None:
        """Column of each current label (-1 when not kept), or None when every label is kept
        in order; ``chosen`` = kept label codes, sorted."""
        if chosen.size == len(cur_labels):
            return None
        colmap = np.full(len(cur_labels), -1, dtype=code_type)
        colmap[chosen] = np.arange(chosen.size, dtype=code_type)
        return colmap

    def _incidence(m: dict[str, np.ndarray], colmap: np.ndarray | None, ncol: int,
                   n_mentions: np.ndarray | None = None,
                   ) -> tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix, np.ndarray, np.ndarray]:
        """(X: units × actors mention counts, Xᵀ, D: documents × actors binary, n_docs, n_mentions);
        ``n_mentions`` when the caller has counted them already."""
        c = m["cur"] if colmap is None else colmap[m["cur"]]
        Xm, Xmt = _count_matrix(m["unit"], c, (n_units, ncol), threads=n_threads)
        if kind == "document":  # the units are the documents: D is X made binary
            D = _binary(Xm)
        else:
            D = _binary(_count_matrix(m["doc"], c, (len(doc_ids), ncol), threads=n_threads)[0])
        if n_mentions is not None:
            pass
        elif "row" in m:  # count each mention once (window units repeat a mention in consecutive rows)
            row = m["row"]
            first = np.ones(row.size, dtype=bool)
            first[1:] = row[1:] != row[:-1]
            n_mentions = np.bincount(c[first], minlength=ncol)
        else:
            n_mentions = np.bincount(c, minlength=ncol)
        n_docs = np.bincount(D.indices, minlength=ncol)  # D is canonical: one entry per (document, actor)
        return Xm, Xmt, D, n_docs, n_mentions

    def _restrict(m: dict[str, np.ndarray], chosen: np.ndarray) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
        colmap = _columns(chosen)
        if colmap is None:
            return m, colmap
        return _take(m, np.flatnonzero(colmap[m["cur"]] >= 0)), colmap

    per_label = np.bincount(m["cur"], minlength=len(cur_labels))  # mentions of each current label
    chosen = np.flatnonzero(per_label)
    colmap = _columns(chosen)
    X, Xt, D, n_docs, n_mentions = _incidence(m, colmap, chosen.size,
                                              per_label if colmap is None and "row" not in m else None)
    del per_label

    # min_docs
    if min_docs > 1 and chosen.size:
        chosen = chosen[n_docs >= min_docs]
        m, colmap = _restrict(m, chosen)
        X, Xt, D, n_docs, n_mentions = _incidence(m, colmap, chosen.size)

    def _weigh(Xu: sp.csr_matrix, Xut: sp.csr_matrix) -> sp.csr_matrix:
        if counting == "binary":
            # document units: D is X made binary already
            Xu, Xut = (D if kind == "document" and Xu is X else _binary(Xu)), _binary(Xut)
        W = _cooccurrence(Xu, weight=weight, Xt=Xut, threads=n_threads)
        if eff_min_weight > 0 and W.nnz and W.data.min() < eff_min_weight:
            W.data[W.data < eff_min_weight] = 0
            W.eliminate_zeros()
        return W

    W = _weigh(X, Xt)
    if top_n is not None and chosen.size > top_n:
        score = {"n_docs": n_docs.astype(float), "n_mentions": n_mentions.astype(float),
                 "strength": np.asarray(W.sum(axis=1)).ravel()}[top_by]
        # highest score first, ties by actor id (chosen is in actor-id order)
        order = np.lexsort((np.arange(chosen.size), -score))[: int(top_n)]
        chosen = np.sort(chosen[order])
        m, colmap = _restrict(m, chosen)
        X, Xt, D, n_docs, n_mentions = _incidence(m, colmap, chosen.size)
        W = _weigh(X, Xt)

    ids = [cur_labels[i] for i in chosen]
    acts = acts.set_index("actor_id").loc[ids].reset_index() if ids else acts.iloc[0:0].copy()
    # donor: the actor table's flag, or a kept mention with the donor role
    donor_cur = np.zeros(len(cur_labels), dtype=bool)
    donor_cur[m["cur"][m["donor"]]] = True
    acts["donor"] = acts["donor"].astype(bool).to_numpy() | donor_cur[chosen]
    acts["n_docs"] = n_docs.astype(np.int64)
    acts["n_mentions"] = n_mentions.astype(np.int64)
    extra_cols = [c for c in acts.columns if c not in NETWORK_ACTOR_COLUMNS]
    acts = acts[NETWORK_ACTOR_COLUMNS + extra_cols].reset_index(drop=True)

    del Xt
    Xout = (D if kind == "document" else _binary(X)) if counting == "binary" else X
    mt = _filtered_mentions(mentions, m, cur_labels, acts, level)
    params = {
        "unit": unit, "weight": weight, "counting": counting, "min_weight": eff_min_weight,
        "min_docs": int(min_docs), "level": level, "exclude": excl,
        "exclude_publisher": bool(exclude_publisher),
        "keep_types": keep_t, "drop_types": drop_t, "top_n": None if top_n is None else int(top_n),
        "top_by": top_by, "n_units": n_units, "n_documents": len(doc_ids),
    }
    sentences = _copy(mentions.sentences) if mentions.sentences is not None else None
    return ActorNetwork(actors=acts, weights=W, incidence=Xout, unit_ids=unit_ids, unit_docs=unit_docs,
                        doc_incidence=D, doc_ids=doc_ids, params=params, documents=docs,
                        sentences=sentences, mentions=mt)


def _filtered_mentions(mentions: Mentions, m: dict[str, np.ndarray], cur_labels: list[str],
                       acts: pd.DataFrame, level: str) -> pd.DataFrame:
    """The input mention table restricted to the kept mentions, actor columns rolled up."""
    if "row" not in m and level != "parent":  # every mention kept, as it was (a new frame; copy on write)
        return mentions.table.reset_index(drop=True)
    row = _rows(m)
    first = np.ones(row.size, dtype=bool)
    first[1:] = row[1:] != row[:-1]
    t = mentions.table.reset_index(drop=True)
    if not (row.size == len(t) and first.all() and (row.size == 0 or row[-1] == row.size - 1)):
        t = t.iloc[row[first]]
    if level == "parent" and len(t):
        new_id = np.asarray(cur_labels, dtype=object)[m["cur"][first]]
        t["actor_id"] = new_id
        info = acts.set_index("actor_id")
        if "actor_name" in t.columns:
            t["actor_name"] = info.loc[new_id, "name"].to_numpy()
        if "actor_type" in t.columns:
            t["actor_type"] = info.loc[new_id, "type"].to_numpy()
    return t.reset_index(drop=True)


# --------------------------------------------------------------------------- event tables

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\S.*$")
_EVENT_COLUMNS = ("event_id", "actor", "date", "actor_type", "role", "title", "publisher", "url")


def _iso_date(value: Any) -> str | None:
    """The ISO date by precision (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``), '' if empty, None if bad."""
    if isinstance(value, (_dt.datetime, pd.Timestamp)):
        return "" if pd.isna(value) else value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = _text(value)
    if not s:
        return ""
    mt = _DATETIME_RE.match(s)
    if mt:
        s = mt.group(1)
    mt = _DATE_RE.match(s)
    if not mt:
        return None
    y, mo, d = mt.groups()
    try:
        _dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    return s


def _read_event_file(path: Path) -> tuple[pd.DataFrame, Callable[[int], str]]:
    """Read a CSV or JSONL event table; return the raw table and the location of each row."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise EventTableError(f"{path}: no such event table; check the --events path.")
    if suffix in (".jsonl", ".ndjson"):
        records, line_no = [], []
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise EventTableError(f"{path}: cannot read the event table ({e}); save it as UTF-8 JSON lines.") from None
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise EventTableError(
                    f"{path}: line {n}: not valid JSON ({e.msg}); write one JSON object per line."
                ) from None
            if not isinstance(rec, dict):
                raise EventTableError(
                    f"{path}: line {n}: expected a JSON object with 'event_id' and 'actor'; got {type(rec).__name__}."
                )
            records.append(rec)
            line_no.append(n)
        return pd.DataFrame.from_records(records), lambda i: f"{path}: line {line_no[i]}"
    if suffix in (".csv", ".tsv", ".txt"):
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                             sep="\t" if suffix == ".tsv" else ",")
        except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as e:
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise EventTableError(
                f"{path}: cannot read the event table as CSV ({msg}); write a UTF-8 CSV with the header "
                f"event_id,actor[,date][,actor_type][,role]."
            ) from None
        return df, lambda i: f"{path}: line {i + 2}"
    raise EventTableError(
        f"{path}: an event table must be a .csv or .jsonl file; got {suffix or 'no extension'!r}. "
        f"Save it as CSV (event_id,actor[,date][,actor_type][,role]) or JSON lines."
    )


def mentions_from_events(events: Any) -> Mentions:
    """Turn a pre-coded event table into a :class:`Mentions` table (extraction is skipped).

    Each event is one document (one unit); each row says that an actor took part in it.
    Actor ids and names are the ``actor`` string as written (stripped); event ids are kept
    as written. A row repeated counts as one more mention (it matters only with
    ``counting="mentions"``). Mention spans are ``start = end = -1`` (there is no text),
    ``sentence = paragraph = 0``.

    Parameters
    ----------
    events : DataFrame, path or iterable
        A table with columns ``event_id`` and ``actor`` and optionally ``date``
        (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a time of day is ignored), ``actor_type``
        (one of :data:`ctnet.actors.ACTOR_TYPES`; default ``other``), ``role`` (``donor``
        or empty), and per event ``title``, ``publisher``, ``url``. Or the path of such a
        CSV (``.csv``, ``.tsv``) or JSON-lines (``.jsonl``) file, or an iterable of
        ``(event_id, actor)`` pairs. Column names are matched case-insensitively.

    Returns
    -------
    Mentions
        ``documents`` in order of first appearance (``date`` as the ISO string; an event's
        date is the one given on any of its rows); ``actors`` sorted by id with
        ``donor = True`` when any row gives the actor the ``donor`` role.

    Raises
    ------
    EventTableError
        A missing column, an empty event id or actor, a bad date, type or role, or
        conflicting dates or types; the message names the file, row and column and the fix.

    Examples
    --------
    >>> m = mentions_from_events([("e1", "UNODC"), ("e1", " EU "), ("e2", "UNODC")])
    >>> m.actors[["actor_id", "name", "type"]]
      actor_id   name   type
    0       EU     EU  other
    1    UNODC  UNODC  other
    >>> m.documents["doc_id"].tolist()
    ['e1', 'e2']
    """
    source = ""
    if isinstance(events, (str, Path)):
        path = Path(events)
        raw, where = _read_event_file(path)
        source = str(path)
        label = str(path)
    elif isinstance(events, pd.DataFrame):
        raw = events.copy()

        def where(i: int) -> str:
            return f"events table: row {i + 1}"

        label = "events table"
    else:
        try:
            items = list(events)
        except TypeError:
            raise InvalidParameterError(
                "The 'events' parameter of mentions_from_events must be a DataFrame, a path to a CSV or JSONL "
                f"file, or an iterable of (event_id, actor) pairs. Got {type(events).__name__} instead."
            ) from None
        rows = []
        for n, item in enumerate(items, start=1):
            if isinstance(item, (str, bytes)) or not hasattr(item, "__len__") or len(item) != 2:
                raise EventTableError(
                    f"events: item {n}: expected an (event_id, actor) pair; got {item!r}."
                )
            rows.append(tuple(item))
        raw = pd.DataFrame(rows, columns=["event_id", "actor"])

        def where(i: int) -> str:
            return f"events: item {i + 1}"

        label = "events"

    raw = raw.rename(columns={c: str(c).strip().lower() for c in raw.columns})
    for required in ("event_id", "actor"):
        if required not in raw.columns:
            have = ", ".join(repr(str(c)) for c in raw.columns) or "none"
            raise EventTableError(
                f"{label}: the event table has no {required!r} column (columns: {have}); "
                f"add it (header event_id,actor[,date][,actor_type][,role])."
            )
    n = len(raw)
    ev_code, ev_labels = _codes(raw["event_id"]) if n else (np.zeros(0, np.int64), [])
    act_code, act_labels = _codes(raw["actor"]) if n else (np.zeros(0, np.int64), [])

    def first_row(codes: np.ndarray, bad: np.ndarray) -> int | None:
        """The first row whose code is flagged in ``bad`` (per label), or None."""
        if not bad.any() or codes.size == 0:
            return None
        hit = np.flatnonzero(bad[codes])
        return int(hit[0]) if hit.size else None

    i = first_row(ev_code, np.array([lab == "" for lab in ev_labels], dtype=bool))
    j = first_row(act_code, np.array([lab == "" for lab in act_labels], dtype=bool))
    if i is not None and (j is None or i <= j):
        raise EventTableError(f"{where(i)}: column 'event_id' is empty; give every row an event id.")
    if j is not None:
        raise EventTableError(f"{where(j)}: column 'actor' is empty; give the actor's name or drop the row.")

    def column(col: str, clean: Any) -> tuple[np.ndarray, list[Any]]:
        """Codes and cleaned values (``clean`` applied once per distinct value) of an optional column."""
        if col not in raw.columns or n == 0:
            return np.zeros(n, dtype=np.int64), [""]
        codes, uniques = pd.factorize(raw[col], use_na_sentinel=True)
        codes = np.asarray(codes, dtype=np.int64)
        values = [clean(u) for u in uniques] + [""]
        return np.where(codes < 0, len(values) - 1, codes), values

    date_code, date_vals = column("date", _iso_date)
    i = first_row(date_code, np.array([v is None for v in date_vals], dtype=bool))
    if i is not None:
        raise EventTableError(
            f"{where(i)}: column 'date' has {_text(raw['date'].iloc[i])!r}, not a date; "
            f"write YYYY-MM-DD (or YYYY-MM, YYYY), or leave it empty."
        )
    type_code, type_vals = column("actor_type", _text)
    i = first_row(type_code, np.array([bool(t) and t not in ACTOR_TYPES for t in type_vals], dtype=bool))
    if i is not None:
        raise EventTableError(
            f"{where(i)}: column 'actor_type' has {type_vals[type_code[i]]!r}; use one of "
            f"{', '.join(ACTOR_TYPES)} or leave it empty."
        )
    role_code, role_vals = column("role", lambda v: _text(v).lower())
    i = first_row(role_code, np.array([r not in ("", "donor") for r in role_vals], dtype=bool))
    if i is not None:
        raise EventTableError(
            f"{where(i)}: column 'role' has {role_vals[role_code[i]]!r}; the only role is 'donor' (or leave it empty)."
        )

    def one_value(owner: np.ndarray, code: np.ndarray, values: list[Any], n_owner: int, what: str,
                  owner_labels: list[str], owner_kind: str) -> list[str]:
        """The single non-empty value per owner (event date, actor type); '' when none; raise on two."""
        value_str = np.array(["" if v is None else str(v) for v in values], dtype=object)
        filled = np.flatnonzero(value_str[code] != "")
        out = np.full(n_owner, "", dtype=object)
        if filled.size == 0:
            return out.tolist()
        frame = pd.DataFrame({"o": owner[filled], "v": value_str[code[filled]], "i": filled})
        firsts = frame.drop_duplicates(["o", "v"])
        clash = firsts.duplicated("o")
        if clash.any():
            second = firsts[clash.to_numpy()].iloc[0]
            first = firsts[firsts["o"] == second["o"]].iloc[0]
            raise EventTableError(
                f"{where(int(second['i']))}: {owner_kind} {owner_labels[int(second['o'])]!r} has {what} "
                f"{second['v']!r} but {where(int(first['i']))} gives {first['v']!r}; give each {owner_kind} one {what}."
            )
        out[firsts["o"].to_numpy()] = firsts["v"].to_numpy()
        return out.tolist()

    ev_date = one_value(ev_code, date_code, date_vals, len(ev_labels), "date", ev_labels, "event")
    act_type = one_value(act_code, type_code, type_vals, len(act_labels), "actor_type", act_labels, "actor")
    act_type = [t or "other" for t in act_type]

    def one_value_first(owner: np.ndarray, code: np.ndarray, values: list[Any], n_owner: int) -> list[str]:
        value_str = np.array(values, dtype=object)
        filled = np.flatnonzero(value_str[code] != "") if code.size else np.zeros(0, np.int64)
        out = np.full(n_owner, "", dtype=object)
        if filled.size:
            frame = pd.DataFrame({"o": owner[filled], "v": value_str[code[filled]]}).drop_duplicates("o")
            out[frame["o"].to_numpy()] = frame["v"].to_numpy()
        return out.tolist()

    def per_event(col: str) -> list[str]:
        """The first non-empty value of a per-event column, for each event ('' when none)."""
        codes, values = column(col, _text)
        return one_value_first(ev_code, codes, values, len(ev_labels))

    titles, publishers, urls = per_event("title"), per_event("publisher"), per_event("url")
    roles = np.array(role_vals, dtype=object)[role_code]
    act_arr = np.asarray(act_labels, dtype=object)
    # rows in order of the event's first appearance, then actor id
    act_rank = np.empty(len(act_labels), dtype=np.int64)
    act_rank[np.argsort(act_arr, kind="stable")] = np.arange(len(act_labels))
    order_rows = np.lexsort((act_rank[act_code], ev_code)) if n else np.zeros(0, np.int64)
    e_sorted, a_sorted, r_sorted = ev_code[order_rows], act_code[order_rows], roles[order_rows]
    names = act_arr[a_sorted]
    table = pd.DataFrame({
        "doc_id": np.asarray(ev_labels, dtype=object)[e_sorted], "actor_id": names, "actor_name": names,
        "actor_type": np.asarray(act_type, dtype=object)[a_sorted] if n else names,
        "surface": names, "start": -1, "end": -1, "sentence": 0, "paragraph": 0,
        "role": r_sorted, "role_evidence": np.where(r_sorted != "", "role column", ""),
    }, columns=MENTION_COLUMNS)
    # distinct actors per event: the rows are sorted by event, then actor; count where the pair changes
    new_pair = np.ones(n, dtype=bool)
    if n > 1:
        new_pair[1:] = (e_sorted[1:] != e_sorted[:-1]) | (a_sorted[1:] != a_sorted[:-1])
    n_act = np.bincount(e_sorted[new_pair], minlength=len(ev_labels))
    documents = pd.DataFrame({
        "doc_id": ev_labels, "title": titles, "date": ev_date, "publisher": publishers, "url": urls,
        "source": source, "n_chars": 0, "n_actors": n_act.astype(np.int64), "publisher_id": publishers,
    }, columns=DOCUMENT_COLUMNS)
    donor = np.zeros(len(act_labels), dtype=bool)
    donor[act_code[roles == "donor"]] = True
    by_id = np.argsort(act_arr, kind="stable")
    actors = pd.DataFrame({
        "actor_id": act_arr[by_id], "name": act_arr[by_id],
        "type": np.asarray(act_type, dtype=object)[by_id] if len(act_labels) else act_arr,
        "country": "", "parent": "", "discovered": False, "donor": donor[by_id],
    })
    return Mentions(table=table, actors=actors, documents=documents,
                    sentences=pd.DataFrame(columns=SENTENCE_COLUMNS),
                    params={"source": "events", "path": source})


def network_from_events(events: Any, **build_opts: Any) -> ActorNetwork:
    """Build the actor network of a pre-coded event table.

    ``build_network(mentions_from_events(events), **build_opts)``: each event is a unit,
    and the default weight is the number of events two actors share.

    Parameters
    ----------
    events : DataFrame, path or iterable
        See :func:`mentions_from_events`.
    **build_opts
        Options of :func:`build_network`.

    Returns
    -------
    ActorNetwork

    Raises
    ------
    EventTableError
        A bad event table.
    InvalidParameterError
        A bad option.

    Examples
    --------
    >>> net = network_from_events([("e1", "A"), ("e1", "B"), ("e2", "A"), ("e2", "B")])
    >>> net.edges()[["source", "target", "weight", "n_docs"]]
      source target  weight  n_docs
    0      A      B     2.0       2
    """
    return build_network(mentions_from_events(events), **build_opts)


# --------------------------------------------------------------------------- time slices

class TimeSlices(list):  # type: ignore[type-arg]
    """The list of ``(label, Mentions)`` pairs of :func:`slice_by_time`.

    Attributes
    ----------
    by : str
        The period.
    cumulative : bool
    undated : list of str
        Ids of the documents left out because their date is missing or less precise
        than the period (a ``YYYY`` date for quarters or months).
    """

    by: str = "year"
    cumulative: bool = False
    undated: list[str]


def _period(date: str, by: str) -> str:
    """Label of the period holding an ISO date string, or '' when the date is too coarse."""
    if by == "year":
        return date[:4] if len(date) >= 4 else ""
    if len(date) < 7:
        return ""
    if by == "month":
        return date[:7]
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def slice_by_time(mentions: Mentions, *, by: str, cumulative: bool = False) -> TimeSlices:
    """Split a mention table into one sub-table per period of the documents' dates.

    Parameters
    ----------
    mentions : Mentions
        With ``documents.date`` as ISO strings by precision (or dates).
    by : str
        ``"year"`` (label ``2022``), ``"quarter"`` (``2022-Q3``) or ``"month"`` (``2022-07``).
    cumulative : bool, default False
        Each period holds every dated document up to the end of the period.

    Returns
    -------
    TimeSlices
        A list of ``(label, Mentions)`` sorted by period. Only periods holding at least
        one document are listed (no empty periods in between). Documents without a date,
        or with a date coarser than the period, are left out; their ids are in
        ``.undated``. Each sub-table keeps its documents (also those naming no actor), their
        mentions and sentences, and the actors mentioned in them.

    Raises
    ------
    InvalidParameterError
        A bad ``by``.

    Examples
    --------
    >>> m = mentions_from_events(pd.DataFrame({
    ...     "event_id": ["a", "a", "b", "c", "d"], "actor": ["X", "Y", "X", "Y", "X"],
    ...     "date": ["2021-03-02", "2021-03-02", "2021-11", "2022", ""]}))
    >>> s = slice_by_time(m, by="year")
    >>> [(label, sub.documents["doc_id"].tolist()) for label, sub in s], s.undated
    ([('2021', ['a', 'b']), ('2022', ['c'])], ['d'])
    >>> [label for label, _ in slice_by_time(m, by="quarter", cumulative=True)]
    ['2021-Q1', '2021-Q4']
    """
    f = "slice_by_time"
    check_option("by", by, PERIODS, f)
    if not isinstance(cumulative, (bool, np.bool_)):
        raise InvalidParameterError(
            f"The 'cumulative' parameter of {f} must be True or False. Got {cumulative!r} instead."
        )
    docs = mentions.documents.copy()
    doc_id = docs["doc_id"].map(_text)
    dates = docs["date"].map(lambda v: _iso_date(v) or "") if "date" in docs.columns else pd.Series("", index=docs.index)
    labels = dates.map(lambda d: _period(d, by) if d else "")
    out = TimeSlices()
    out.by, out.cumulative = by, bool(cumulative)
    out.undated = doc_id[labels == ""].tolist()
    periods = sorted(set(labels) - {""})
    table_doc = mentions.table["doc_id"].map(_text)
    sent_doc = mentions.sentences["doc_id"].map(_text) if mentions.sentences is not None and len(mentions.sentences) \
        else None
    for p in periods:
        mask = (labels <= p) & (labels != "") if cumulative else (labels == p)
        keep = set(doc_id[mask])
        table = mentions.table[table_doc.isin(keep).to_numpy()].reset_index(drop=True)
        actors = mentions.actors[mentions.actors["actor_id"].isin(set(table["actor_id"]))].reset_index(drop=True)
        sentences = (mentions.sentences[sent_doc.isin(keep).to_numpy()].reset_index(drop=True)
                     if sent_doc is not None else mentions.sentences)
        params = {**dict(mentions.params or {}), "period": p, "by": by, "cumulative": bool(cumulative)}
        out.append((p, Mentions(table=table, actors=actors, documents=docs[mask.to_numpy()].reset_index(drop=True),
                                sentences=sentences, params=params)))
    return out


# --------------------------------------------------------------------------- significance

def benjamini_hochberg(p_values: Any, *, n_tests: int | None = None) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values).

    ``q_(k) = min_{l >= k} min(1, p_(l) m / l)`` for the p-values sorted ascending,
    ``m = n_tests``. Rejecting every hypothesis with ``q <= alpha`` is the step-up
    procedure of Benjamini & Hochberg (1995) at false discovery rate ``alpha``.

    Parameters
    ----------
    p_values : array-like
        The p-values of the tests that were run.
    n_tests : int, optional
        The number of hypotheses ``m`` (default: the number of p-values). A larger ``m``
        counts hypotheses not listed as tests with p = 1 (they are never rejected).

    Returns
    -------
    ndarray
        q-values in the order of ``p_values``.

    Raises
    ------
    InvalidParameterError
        ``n_tests`` smaller than the number of p-values.

    Examples
    --------
    >>> benjamini_hochberg([0.01, 0.04, 0.03, 0.20])
    array([0.04      , 0.05333333, 0.05333333, 0.2       ])
    >>> benjamini_hochberg([0.01, 0.04], n_tests=4)
    array([0.04, 0.08])
    """
    p = np.asarray(p_values, dtype=float).ravel()
    m = p.size if n_tests is None else n_tests
    check_number("n_tests", m, "benjamini_hochberg", low=p.size, integer=True)
    if p.size == 0:
        return p.copy()
    order = np.argsort(p, kind="mergesort")
    ranked = p[order] * m / np.arange(1, p.size + 1)
    q_sorted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty_like(p)
    q[order] = np.minimum(q_sorted, 1.0)
    return q


def _hypergeom_sf(c: np.ndarray, N: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``P(Y >= c)`` for ``Y ~ Hypergeometric(N, a, b)``, vectorised over edges.

    Equal to ``scipy.stats.hypergeom.sf(c - 1, N, a, b)`` (the tests check it) but without
    its per-call cost: the probability mass at the start point comes from ``gammaln`` and
    the sum runs with the term ratio over all edges at once, away from the mode (the upper
    tail above the mode, else ``1 - P(Y <= c - 1)``), until the terms are negligible.
    """
    from scipy.special import gammaln

    c, a, b = (np.asarray(v, dtype=np.float64) for v in (c, a, b))
    Nf = float(N)
    out = np.zeros(c.shape)
    lo_s, hi_s = np.maximum(0.0, a + b - Nf), np.minimum(a, b)
    out[c <= lo_s] = 1.0
    todo = np.flatnonzero((c > lo_s) & (c <= hi_s))
    if todo.size == 0:
        return out

    def lchoose(n: np.ndarray, k: np.ndarray) -> np.ndarray:
        return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)

    def logpmf(x: np.ndarray, aa: np.ndarray, bb: np.ndarray) -> np.ndarray:
        return lchoose(aa, x) + lchoose(Nf - aa, bb - x) - lchoose(np.full_like(aa, Nf), bb)

    mode = np.floor((a + 1) * (b + 1) / (Nf + 2))
    for upper in (True, False):
        idx = todo[(c[todo] > mode[todo]) == upper]
        if idx.size == 0:
            continue
        aa, bb = a[idx], b[idx]
        x = c[idx].copy() if upper else c[idx] - 1
        term = np.exp(logpmf(x, aa, bb))
        total = term.copy()
        act = np.arange(idx.size)
        while act.size:
            xa, ta, tb = x[act], aa[act], bb[act]
            if upper:
                ratio = (ta - xa) * (tb - xa) / ((xa + 1) * (Nf - ta - tb + xa + 1))
                x[act] = xa + 1
                live = x[act] <= hi_s[idx[act]]
            else:
                ratio = xa * (Nf - ta - tb + xa) / ((ta - xa + 1) * (tb - xa + 1))
                x[act] = xa - 1
                live = x[act] >= lo_s[idx[act]]
            term[act] *= ratio
            total[act] += np.where(live, term[act], 0.0)
            act = act[live & (term[act] > total[act] * 1e-17)]
        out[idx] = total if upper else 1.0 - total
    return np.clip(out, 0.0, 1.0)


def _bicm_classes(r: np.ndarray, cu: np.ndarray, k: np.ndarray, ca: np.ndarray, *,
                  tol: float = 1e-10, max_iter: int = 100_000) -> np.ndarray:
    """Bipartite configuration model probabilities on degree classes.

    Unit classes have degree ``r`` (``cu`` units each), actor classes degree ``k`` (``ca``
    actors each). Returns ``P`` (unit classes × actor classes) with ``P = xy / (1 + xy)``
    such that every unit's expected degree is ``r`` and every actor's is ``k``. Degrees 0
    and full degrees are fixed at 0 and 1 first (iteratively); the rest is solved by the
    alternating fixed point ``x = r / Σ y/(1+xy)``, ``y = k / Σ x/(1+xy)``.
    """
    A, B = r.size, k.size
    P = np.zeros((A, B))
    r_res, k_res = r.astype(float).copy(), k.astype(float).copy()
    ua, aa = np.ones(A, bool), np.ones(B, bool)
    changed = True
    while changed:
        changed = False
        for a in np.flatnonzero(ua):
            full = float(ca[aa].sum())
            if r_res[a] <= 0:
                P[a, aa] = 0.0
                ua[a] = False
                changed = True
            elif r_res[a] >= full:
                P[a, aa] = 1.0
                k_res[aa] -= cu[a]
                ua[a] = False
                changed = True
        for b in np.flatnonzero(aa):
            full = float(cu[ua].sum())
            if k_res[b] <= 0:
                P[ua, b] = 0.0
                aa[b] = False
                changed = True
            elif k_res[b] >= full:
                P[ua, b] = 1.0
                r_res[ua] -= ca[b]
                aa[b] = False
                changed = True
    if not ua.any() or not aa.any():
        return P
    rr, kk = r_res[ua], k_res[aa]
    cuu, caa = cu[ua].astype(float), ca[aa].astype(float)
    total = float((rr * cuu).sum())
    x = rr / math.sqrt(total)
    y = kk / math.sqrt(total)
    for _ in range(max_iter):
        xy = np.outer(x, y)
        x = rr / ((caa * y)[None, :] / (1.0 + xy)).sum(axis=1)
        xy = np.outer(x, y)
        y = kk / ((cuu * x)[:, None] / (1.0 + xy)).sum(axis=0)
        xy = np.outer(x, y)
        Q = xy / (1.0 + xy)
        err_u = np.abs((Q * caa[None, :]).sum(axis=1) - rr).max()
        err_a = np.abs((Q * cuu[:, None]).sum(axis=0) - kk).max()
        if max(err_u, err_a) <= tol * max(1.0, float(rr.max()), float(kk.max())):
            break
    xy = np.outer(x, y)
    P[np.ix_(ua, aa)] = xy / (1.0 + xy)
    return P


def _sdsm_p(Bin: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray, c: np.ndarray,
            chunk: int = 200_000) -> np.ndarray:
    """Upper-tail p-values of co-occurrence counts under the SDSM with BiCM probabilities.

    ``Y_ij = Σ_u Bernoulli(p_ui p_uj)`` (Poisson-binomial); ``P(Y >= c)`` by the refined
    normal approximation (Volkova 1996; Hong 2013) with continuity correction.
    """
    from scipy.stats import norm

    r = np.diff(Bin.indptr).astype(np.int64)
    k = np.diff(sp.csc_matrix(Bin).indptr).astype(np.int64)
    r_vals, cu = np.unique(r, return_counts=True)
    k_vals, k_cls, ca = np.unique(k, return_inverse=True, return_counts=True)
    P = _bicm_classes(r_vals, cu, k_vals, ca)
    out = np.empty(rows.size)
    w = cu.astype(float)[:, None]
    for s in range(0, rows.size, chunk):
        e = slice(s, s + chunk)
        q = P[:, k_cls[rows[e]]] * P[:, k_cls[cols[e]]]
        var_terms = q * (1.0 - q)
        mu = (w * q).sum(axis=0)
        var = (w * var_terms).sum(axis=0)
        third = (w * var_terms * (1.0 - 2.0 * q)).sum(axis=0)
        sd = np.sqrt(var)
        cc = c[e].astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            z = (cc - 0.5 - mu) / sd
            gamma = third / sd ** 3
            lower = norm.cdf(z) + gamma * (1.0 - z ** 2) * norm.pdf(z) / 6.0
        p = 1.0 - lower
        degenerate = sd <= 1e-12
        p[degenerate] = np.where(cc[degenerate] <= mu[degenerate] + 1e-9, 1.0, 0.0)
        out[e] = np.clip(p, 0.0, 1.0)
    return out


def edge_significance(net: ActorNetwork, *, method: str = "hypergeometric") -> pd.DataFrame:
    """A p-value and a Benjamini–Hochberg q-value for every edge of the network.

    - ``hypergeometric`` (Tumminello et al. 2011): with ``N`` units, ``n_i`` units naming
      actor ``i`` and ``c_ij`` units naming both (binary incidence, whatever the weight),
      ``p = P(Y >= c_ij)``, ``Y ~ Hypergeometric(N, n_i, n_j)``
      (``scipy.stats.hypergeom.sf(c_ij - 1, N, n_i, n_j)``).
    - ``sdsm`` (Neal 2014): each unit–actor incidence is an independent Bernoulli draw with
      the bipartite configuration model's probabilities ``p_ui = x_u y_i / (1 + x_u y_i)``,
      which preserve every unit's number of actors and every actor's number of units in
      expectation (Saracco et al. 2015; Neal, Domagalski & Sagan 2021). ``c_ij`` is then
      Poisson-binomial with probabilities ``p_ui p_uj``; ``P(Y >= c_ij)`` uses the refined
      normal approximation (Volkova 1996), not the exact distribution.
    - ``disparity`` (Serrano, Boguñá & Vespignani 2009), on the network's weights: with
      strength ``s_i`` and degree ``k_i``, ``α_ij = (1 - w_ij / s_i)^(k_i - 1)`` (1 when
      ``k_i = 1``); ``p = min(α_ij, α_ji)``, significant for either endpoint.

    q-values are Benjamini–Hochberg adjusted over ``m = n(n-1)/2`` hypotheses, one per
    pair of actors (pairs that never co-occur have p = 1).

    Parameters
    ----------
    net : ActorNetwork
    method : str, default "hypergeometric"
        One of :data:`BACKBONES`.

    Returns
    -------
    DataFrame
        ``source, target, p_value, q_value``, one row per edge, ``source < target``,
        sorted by source and target. ``.attrs`` holds ``method`` and ``n_tests``.

    Raises
    ------
    InvalidParameterError
        An unknown method.

    Examples
    --------
    >>> net = network_from_events([(e, a) for e in "uvw" for a in "AB"] + [("x", "C"), ("y", "D")])
    >>> edge_significance(net).round(4)
      source target  p_value  q_value
    0      A      B      0.1      0.6
    """
    check_option("method", method, BACKBONES, "edge_significance")
    ids = np.asarray(net.actor_ids, dtype=object)
    n = ids.size
    upper = sp.triu(sp.csr_matrix(net.weights), k=1).tocoo()
    rows, cols = upper.row.astype(np.int64), upper.col.astype(np.int64)
    if method == "disparity":
        W = sp.csr_matrix(net.weights)
        s = np.asarray(W.sum(axis=1)).ravel()
        deg = np.diff(W.indptr)
        w = upper.data.astype(float)

        def alpha(i: np.ndarray) -> np.ndarray:
            frac = np.where(s[i] > 0, w / np.where(s[i] > 0, s[i], 1.0), 0.0)
            return np.where(deg[i] > 1, np.power(np.clip(1.0 - frac, 0.0, 1.0), deg[i] - 1), 1.0)

        p = np.minimum(alpha(rows), alpha(cols))
    else:
        Bin = sp.csr_matrix(net.incidence, dtype=np.float64, copy=True)
        Bin.eliminate_zeros()
        Bin.data[:] = 1.0
        c = _pair_values(sp.csr_matrix(Bin.T @ Bin), rows, cols)
        if method == "hypergeometric":
            N = Bin.shape[0]
            k = np.asarray(Bin.sum(axis=0)).ravel()
            p = _hypergeom_sf(c, N, k[rows], k[cols])
        else:
            p = _sdsm_p(Bin, rows, cols, c)
    n_tests = max(n * (n - 1) // 2, rows.size)
    q = benjamini_hochberg(p, n_tests=n_tests)
    a, b = ids[rows], ids[cols]
    swap = a > b
    df = pd.DataFrame({"source": np.where(swap, b, a).astype(object), "target": np.where(swap, a, b).astype(object),
                       "p_value": np.asarray(p, dtype=float), "q_value": q})
    df = df.sort_values(["source", "target"], kind="mergesort").reset_index(drop=True)
    df.attrs.update({"method": method, "n_tests": int(n_tests)})
    return df


def backbone(net: ActorNetwork, *, method: str = "hypergeometric", alpha: float = 0.05) -> ActorNetwork:
    """Keep only the edges that are significant under a null model.

    ``hypergeometric`` and ``sdsm`` keep an edge when its Benjamini–Hochberg q-value is
    ``<= alpha`` (false discovery rate ``alpha`` over all pairs of actors); ``disparity``
    keeps an edge when ``p = min(α_ij, α_ji) < alpha`` (Serrano et al. 2009: significant
    for either endpoint, no multiple-testing correction). See :func:`edge_significance`.

    Parameters
    ----------
    net : ActorNetwork
    method : str, default "hypergeometric"
        One of :data:`BACKBONES`.
    alpha : float, default 0.05
        Significance level, ``0 < alpha < 1``.

    Returns
    -------
    ActorNetwork
        A new network with the same actors (isolates included), the kept edges with their
        original weights, ``edge_stats`` (``source, target, p_value, q_value`` of the kept
        edges, so that ``edges()`` carries them) and ``params["backbone"]``,
        ``params["alpha"]``, ``params["n_tests"]``. The argument is not changed.

    Raises
    ------
    InvalidParameterError
        A bad ``method`` or ``alpha``.

    Examples
    --------
    >>> events = [(f"e{i}", a) for i in range(5) for a in "AB"] + [(f"f{i}", "C") for i in range(15)]
    >>> net = network_from_events(events + [("e0", "C")])
    >>> b = backbone(net)
    >>> net.n_edges, b.n_edges
    (3, 1)
    >>> b.edges()[["source", "target", "weight"]]
      source target  weight
    0      A      B     5.0
    >>> round(1 / b.edges()["p_value"].iloc[0])  # A and B share all 5 of their 20 units: 1 / C(20, 5)
    15504
    """
    f = "backbone"
    check_option("method", method, BACKBONES, f)
    check_number("alpha", alpha, f, low=0, high=1, low_open=True, high_open=True)
    stats = edge_significance(net, method=method)
    keep = (stats["p_value"] < alpha) if method == "disparity" else (stats["q_value"] <= alpha)
    kept = stats[keep.to_numpy()].reset_index(drop=True)
    col = {a: i for i, a in enumerate(net.actor_ids)}
    i = kept["source"].map(col).to_numpy(dtype=np.int64)
    j = kept["target"].map(col).to_numpy(dtype=np.int64)
    W = sp.csr_matrix(net.weights)
    w = _pair_values(W, i, j)
    n = net.n_actors
    U = sp.coo_matrix((w, (i, j)), shape=(n, n))
    Wb = sp.csr_matrix(U + U.T)
    Wb.eliminate_zeros()
    Wb.sort_indices()
    params = {**net.params, "backbone": method, "alpha": float(alpha), "n_tests": stats.attrs["n_tests"]}
    kept.attrs = dict(stats.attrs)
    return replace(net, weights=Wb, params=params, edge_stats=kept)


# --------------------------------------------------------------------------- bipartite

def bipartite_graph(mentions_or_net: Mentions | ActorNetwork) -> nx.Graph:
    """The event × actor (two-mode) graph whose actor projection is the network.

    Event nodes are ``"event:<unit id>"`` with ``bipartite=0``, ``kind="event"``,
    ``unit_id``, ``doc_id`` and, for document units, the document's ``title`` and
    ``date``; actor nodes are the actor ids with ``bipartite=1``, ``kind="actor"`` and the
    actor columns. An edge joins a unit to each actor it names, with ``weight`` = the
    incidence entry (1, or the mention count with ``counting="mentions"``). With the
    default options (document units, ``count`` weights), ``networkx.bipartite.
    weighted_projected_graph`` on the actor nodes gives back the network's edges and weights.

    Parameters
    ----------
    mentions_or_net : Mentions or ActorNetwork
        A network (its units and actors after filters), or a mention table (built with
        :func:`build_network`'s defaults).

    Returns
    -------
    networkx.Graph

    Raises
    ------
    InvalidParameterError
        Neither a Mentions table nor an ActorNetwork.

    Examples
    --------
    >>> B = bipartite_graph(network_from_events([("e1", "A"), ("e1", "B"), ("e2", "A")]))
    >>> sorted(B.nodes(data="bipartite"))
    [('A', 1), ('B', 1), ('event:e1', 0), ('event:e2', 0)]
    >>> sorted(B["A"])
    ['event:e1', 'event:e2']
    """
    if isinstance(mentions_or_net, Mentions):
        net = build_network(mentions_or_net)
    elif isinstance(mentions_or_net, ActorNetwork):
        net = mentions_or_net
    else:
        raise InvalidParameterError(
            "The 'mentions_or_net' parameter of bipartite_graph must be a Mentions table or an ActorNetwork. "
            f"Got {type(mentions_or_net).__name__} instead."
        )
    B = nx.Graph()
    B.graph["ctnet"] = dict(net.params)
    meta: dict[str, dict[str, Any]] = {}
    if net.documents is not None and len(net.documents) and net.unit_ids == net.unit_docs:
        cols = [c for c in ("title", "date") if c in net.documents.columns]
        for rec in net.documents[["doc_id", *cols]].to_dict("records"):
            meta[_text(rec["doc_id"])] = {c: _text(rec[c]) for c in cols}
    event_nodes = [f"event:{u}" for u in net.unit_ids]
    for node, u, d in zip(event_nodes, net.unit_ids, net.unit_docs):
        B.add_node(node, bipartite=0, kind="event", unit_id=u, doc_id=d, **meta.get(u, {}))
    for rec in net.actors.to_dict("records"):
        node = rec.pop("actor_id")
        B.add_node(node, bipartite=1, kind="actor", **{k: _py(v) for k, v in rec.items()})
    X = sp.coo_matrix(net.incidence)
    ids = net.actor_ids
    B.add_edges_from((event_nodes[u], ids[a], {"weight": float(v)}) for u, a, v in zip(X.row, X.col, X.data) if v)
    return B

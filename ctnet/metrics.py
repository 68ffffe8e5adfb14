"""Node and graph measures of an actor network, and bootstrap intervals over releases."""

from __future__ import annotations

import functools
import math
import random
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse import csgraph

from ctnet.errors import InvalidParameterError, check_number

__all__ = ["MEASURES", "DEFAULT_BOOTSTRAP_MEASURES", "centrality", "graph_summary", "bootstrap"]

#: Every node measure :func:`centrality` computes, in column order.
MEASURES: tuple[str, ...] = (
    "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
    "clustering", "core", "constraint", "effective_size",
)

#: The measures :func:`bootstrap` resamples by default (the actors.csv contract columns).
DEFAULT_BOOTSTRAP_MEASURES: tuple[str, ...] = (
    "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
)

_EIG_MAX_ITER = 10000
_EIG_TOL = 1e-12
_PR_ALPHA = 0.85
_PR_TOL = 1e-12
_PR_MAX_ITER = 10000
_CHUNK = 256  # Dijkstra sources per block (block x n floats in memory)


# --------------------------------------------------------------------------- helpers

def _clean(W: sp.spmatrix) -> sp.csr_matrix:
    """A float csr copy with explicit zeros and the diagonal removed."""
    W = sp.csr_matrix(W, dtype=float, copy=True)
    W.setdiag(0)
    W.eliminate_zeros()
    W.sort_indices()
    return W


def _path_lengths(weights: np.ndarray) -> tuple[list[Any], str]:
    """Edge lengths 1/w for shortest-path counting, exact when every weight is an integer.

    With integer weights (``count``), the lengths are the Python integers L // w, where L is
    the least common multiple of the weights: a constant multiple of 1/w, so shortest paths
    and their ties are exactly those of 1/w. Float 1/w misses ties such as 1/3 + 1/6 = 1/2
    (0.49999999999999994 in floating point) and so drops shortest paths. Other weights use
    float 1/w.
    """
    if weights.size and np.all(weights == np.round(weights)) and weights.max() < 2**53:
        ints = sorted({int(w) for w in weights})
        L = math.lcm(*ints)
        return [L // int(w) for w in weights], "exact"
    return (1.0 / weights).tolist(), "float"


def _light_graph(W: sp.csr_matrix, *, types: list[str] | None = None, lengths: bool = False) -> nx.Graph:
    """An nx.Graph on nodes 0..n-1 (matrix order) with ``weight`` and ``distance`` = 1/weight.

    With ``lengths``, edges also get ``length`` (see :func:`_path_lengths`).
    """
    G = nx.Graph()
    n = W.shape[0]
    if types is None:
        G.add_nodes_from(range(n))
    else:
        G.add_nodes_from((i, {"type": t}) for i, t in enumerate(types))
    up = sp.triu(W, k=1).tocoo()
    if lengths:
        ell, _ = _path_lengths(up.data)
        G.add_edges_from(
            (int(i), int(j), {"weight": float(w), "distance": 1.0 / float(w), "length": d})
            for i, j, w, d in zip(up.row, up.col, up.data, ell)
        )
    else:
        G.add_edges_from(
            (int(i), int(j), {"weight": float(w), "distance": 1.0 / float(w)})
            for i, j, w in zip(up.row, up.col, up.data)
        )
    return G


def _check_measures(measures: Any, caller: str, default: tuple[str, ...] = MEASURES) -> list[str]:
    if measures is None:
        return list(default)
    if isinstance(measures, str):
        measures = [measures]
    measures = list(measures)
    bad = [m for m in measures if m not in MEASURES]
    if bad or not measures:
        valid = ", ".join(repr(m) for m in MEASURES)
        raise InvalidParameterError(
            f"The 'measures' parameter of {caller} must be a list of {valid}. Got {bad or measures!r} instead."
        )
    return list(dict.fromkeys(measures))


def _pagerank(W: sp.csr_matrix) -> tuple[np.ndarray, bool]:
    """networkx's ``_pagerank_scipy`` iteration (uniform teleport; dangling nodes teleport)."""
    n = W.shape[0]
    S = np.asarray(W.sum(axis=1)).ravel()
    inv = np.zeros(n)
    inv[S != 0] = 1.0 / S[S != 0]
    WT = W.T.tocsr()
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(S == 0)[0]
    for _ in range(_PR_MAX_ITER):
        xlast = x
        x = _PR_ALPHA * (WT @ (x * inv) + x[dangling].sum() * p) + (1 - _PR_ALPHA) * p
        if np.absolute(x - xlast).sum() < n * _PR_TOL:
            return x, True
    return x, False


def _eigenvector(W: sp.csr_matrix) -> tuple[np.ndarray, bool]:
    """networkx's ``eigenvector_centrality`` power iteration with (A + I), from the all-ones vector."""
    n = W.shape[0]
    WT = W.T.tocsr()
    x = np.repeat(1.0 / n, n)
    for _ in range(_EIG_MAX_ITER):
        xlast = x
        x = xlast + WT @ xlast
        norm = float(np.linalg.norm(x)) or 1.0
        x = x / norm
        if np.absolute(x - xlast).sum() < n * _EIG_TOL:
            return x, True
    return x, False


def _clustering(W: sp.csr_matrix, degree: np.ndarray) -> np.ndarray:
    """Onnela et al. (2005) weighted clustering, as ``nx.clustering(G, weight="weight")``."""
    if W.nnz == 0:
        return np.zeros(W.shape[0])
    C = W.copy()
    C.data = np.cbrt(C.data / C.data.max())
    tri = np.asarray((C @ C).multiply(C).sum(axis=1)).ravel()
    denom = degree * (degree - 1.0)
    out = np.zeros(W.shape[0])
    ok = (denom > 0) & (tri != 0)
    out[ok] = tri[ok] / denom[ok]
    return out


def _burt(W: sp.csr_matrix, degree: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Burt's constraint and effective size with proportional tie strengths p_ij = w_ij / s_i.

    As ``nx.constraint(G, weight="weight")`` and ``nx.effective_size(G, weight="weight")``;
    NaN for isolates.
    """
    n = W.shape[0]
    s = np.asarray(W.sum(axis=1)).ravel()
    with np.errstate(divide="ignore"):
        inv_s = np.where(s > 0, 1.0 / s, 0.0)
    P = sp.diags(inv_s) @ W
    P = sp.csr_matrix(P)
    mask = W.copy()
    mask.data = np.ones_like(mask.data)
    # constraint: c_i = sum_{j in N(i)} (p_ij + sum_q p_iq p_qj)^2
    local = P + (P @ P).multiply(mask)
    local = sp.csr_matrix(local)
    constraint = np.asarray(local.multiply(local).sum(axis=1)).ravel()
    # effective size: sum_{j in N(i)} (1 - sum_q p_iq m_jq), m_jq = w_jq / max_k w_jk
    rowmax = np.asarray(W.max(axis=1).todense()).ravel() if n else np.zeros(0)
    with np.errstate(divide="ignore"):
        inv_max = np.where(rowmax > 0, 1.0 / rowmax, 0.0)
    M = sp.csr_matrix(sp.diags(inv_max) @ W)
    redund = np.asarray(P.multiply(mask @ M).sum(axis=1)).ravel()
    esize = degree - redund
    iso = degree == 0
    constraint[iso] = np.nan
    esize[iso] = np.nan
    return constraint, esize


def _closeness_harmonic(D: sp.csr_matrix, labels: np.ndarray, sizes: np.ndarray, *, exact_max_nodes: int,
                        pivots: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, bool]:
    """Wasserman–Faust closeness and harmonic closeness on the distance matrix ``D``.

    Exact (Dijkstra from every actor) for components of at most ``exact_max_nodes``
    actors; in larger components, distances from ``pivots`` random actors of that
    component estimate each actor's distance sum (Eppstein & Wang 2004).
    """
    n = D.shape[0]
    close = np.zeros(n)
    harm = np.zeros(n)
    approx = False
    order = np.argsort(labels, kind="stable")
    bounds = np.r_[0, np.cumsum(np.bincount(labels, minlength=len(sizes)))]
    for c, size in enumerate(sizes):
        if size < 2:
            continue
        members = order[bounds[c]:bounds[c + 1]]
        sub = D[members][:, members]
        if size <= exact_max_nodes:
            for start in range(0, size, _CHUNK):
                src = np.arange(start, min(start + _CHUNK, size))
                d = csgraph.dijkstra(sub, directed=False, indices=src)
                tot = d.sum(axis=1)
                with np.errstate(divide="ignore"):
                    inv = np.where(d > 0, 1.0 / d, 0.0)
                harm[members[src]] = inv.sum(axis=1)
                close[members[src]] = np.where(tot > 0, (size - 1) / tot, 0.0)
        else:
            approx = True
            k = min(pivots, size)
            piv = np.sort(rng.choice(size, size=k, replace=False))
            d = csgraph.dijkstra(sub, directed=False, indices=piv)  # k x size
            is_piv = np.zeros(size, dtype=bool)
            is_piv[piv] = True
            with np.errstate(divide="ignore"):
                inv = np.where(d > 0, 1.0 / d, 0.0)
            # per actor: mean over pivots other than itself, scaled to the size-1 others
            n_other = k - is_piv.astype(float)
            n_other[n_other == 0] = np.nan
            est_tot = (size - 1) * d.sum(axis=0) / n_other
            est_harm = (size - 1) * inv.sum(axis=0) / n_other
            close[members] = np.nan_to_num((size - 1) / est_tot)
            harm[members] = np.nan_to_num(est_harm)
    close *= np.where(n > 1, (sizes[labels] - 1) / max(n - 1, 1), 0.0)
    return close, harm, approx


# --------------------------------------------------------------------------- centrality

def centrality(
    net: Any,
    *,
    measures: list[str] | tuple[str, ...] | None = None,
    seed: int = 42,
    exact_max_nodes: int = 5000,
    pivots: int = 500,
    burt_max_nodes: int = 20000,
    betweenness_max_nodes: int | None = None,
) -> pd.DataFrame:
    """Compute node measures for every actor (isolates included).

    Parameters
    ----------
    net : ActorNetwork
        The network (its ``weights`` and ``actors``).
    measures : list of str, optional
        Subset of :data:`MEASURES` (default: all of them).
    seed : int, default 42
        Seed of the pivot samples (used only above ``exact_max_nodes``).
    exact_max_nodes : int, default 5000
        Closeness and harmonic closeness are exact in every component of at most this
        many actors and estimated from ``pivots`` actors in larger components
        (Eppstein & Wang 2004).
    pivots : int, default 500
        Number of pivots of the approximations.
    burt_max_nodes : int, default 20000
        Above this many actors, Burt's constraint and effective size are skipped (NaN).
    betweenness_max_nodes : int, optional
        Betweenness is exact up to this many actors and estimated from ``pivots``
        seeded source actors above it (Brandes & Pich 2007). Default
        :data:`BETWEENNESS_EXACT_IGRAPH` (5000) when igraph is installed (the
        ``igraph`` or ``leiden`` extra), else :data:`BETWEENNESS_EXACT_NETWORKX` (1000).

    Returns
    -------
    DataFrame
        One row per actor in ``net.actors`` order: ``actor_id`` and one column per
        measure. ``.attrs["approximations"]`` maps each approximated or skipped measure
        to a sentence saying how (empty dict when everything is exact).

    Raises
    ------
    InvalidParameterError
        An unknown measure or a bad number.

    Notes
    -----
    degree (neighbour count), strength (sum of weights), eigenvector and PageRank are
    computed on the sparse matrix and reproduce ``nx.eigenvector_centrality(G,
    weight="weight", max_iter=10000, tol=1e-12)`` and ``nx.pagerank(G, weight="weight",
    alpha=0.85, tol=1e-12)`` (same iterations; PageRank allows up to 10000 iterations).
    Path measures use distance = 1/weight. clustering is the weighted (Onnela) clustering
    of ``nx.clustering(G, weight="weight")``; core is ``nx.core_number`` (unweighted).
    Isolates: degree, strength, betweenness, closeness, harmonic, clustering and core 0;
    constraint and effective size NaN (undefined). See docs/metrics.md.

    Examples
    --------
    >>> import numpy as np, pandas as pd, scipy.sparse as sp
    >>> from ctnet.network import ActorNetwork
    >>> W = sp.csr_matrix(np.array([[0, 2, 1], [2, 0, 0], [1, 0, 0]], dtype=float))
    >>> net = ActorNetwork(pd.DataFrame({"actor_id": ["a", "b", "c"]}), W, sp.csr_matrix((0, 3)),
    ...                    [], [], sp.csr_matrix((0, 3)), [])
    >>> centrality(net, measures=["degree", "strength", "betweenness"])
      actor_id  degree  strength  betweenness
    0        a       2       3.0          1.0
    1        b       1       2.0          0.0
    2        c       1       1.0          0.0
    """
    f = "centrality"
    wanted = _check_measures(measures, f)
    check_number("seed", seed, f, integer=True)
    check_number("exact_max_nodes", exact_max_nodes, f, low=1, integer=True)
    check_number("pivots", pivots, f, low=1, integer=True)
    check_number("burt_max_nodes", burt_max_nodes, f, low=0, integer=True)
    if betweenness_max_nodes is not None:
        check_number("betweenness_max_nodes", betweenness_max_nodes, f, low=1, integer=True)
    return _centrality(_clean(net.weights), list(net.actors["actor_id"]), wanted, seed=seed,
                       exact_max_nodes=exact_max_nodes, pivots=pivots, burt_max_nodes=burt_max_nodes,
                       betweenness_max_nodes=betweenness_max_nodes)


#: Exact betweenness up to this many actors when igraph is installed (``ctnet[igraph]``) ...
BETWEENNESS_EXACT_IGRAPH = 5000
#: ... and up to this many with networkx alone (pure Python: about 30 s at 1,000 actors).
BETWEENNESS_EXACT_NETWORKX = 1000
#: Below this many actors networkx counts the paths (importing igraph costs more, ~0.5 s,
#: than networkx's Brandes on a graph this small); the two give the same values.
IGRAPH_FROM_NODES = 150


@functools.lru_cache(maxsize=1)
def _igraph() -> Any:
    try:
        import igraph
    except ImportError:
        return None
    return igraph


def _betweenness_limit() -> int:
    return BETWEENNESS_EXACT_IGRAPH if _igraph() is not None else BETWEENNESS_EXACT_NETWORKX


def _betweenness(W: sp.csr_matrix, graph: Any, sources: list[int] | None, *,
                 use_igraph: bool = True) -> np.ndarray:
    """Normalised shortest-path betweenness with distance 1/weight (Brandes 2001).

    Exact when ``sources`` is None; otherwise the pivot estimate of Brandes & Pich
    (2007) from those sources, scaled as networkx >= 3.5 does (sources by
    1/((k-1)(n-2)), other actors by 1/(k(n-2))). With igraph installed its C Brandes
    does the counting (it compares path lengths with a relative tolerance, so ties such
    as 1/3 + 1/6 = 1/2 count); otherwise networkx on exact integer lengths. Both give
    the same values (tests/test_metrics.py).
    """
    n = W.shape[0]
    if n < 3:
        return np.zeros(n)
    ig = _igraph() if use_igraph else None
    if ig is not None:
        up = sp.triu(W, k=1).tocoo()
        g = ig.Graph(n=n, edges=np.column_stack([up.row, up.col]).tolist())
        lengths = (1.0 / up.data).tolist()
        if sources is None:
            half = np.asarray(g.betweenness(directed=False, weights=lengths), dtype=float)
        else:
            half = np.asarray(g.betweenness(directed=False, weights=lengths, sources=sources,
                                            targets=list(range(n))), dtype=float)
    else:
        G = graph()
        if sources is None:
            b = nx.betweenness_centrality(G, weight="length", normalized=False)
        else:
            b = nx.betweenness_centrality_subset(G, sources, list(range(n)), weight="length", normalized=False)
        half = np.array([b[i] for i in range(n)], dtype=float)
    ordered = 2.0 * half  # dependencies summed over ordered (s, t) pairs
    if sources is None:
        return ordered / ((n - 1) * (n - 2))
    k = len(sources)
    is_source = np.zeros(n, dtype=bool)
    is_source[sources] = True
    return np.where(is_source, ordered / ((k - 1) * (n - 2)), ordered / (k * (n - 2)))


def _centrality(W: sp.csr_matrix, ids: list[str], wanted: list[str], *, seed: int, exact_max_nodes: int,
                pivots: int, burt_max_nodes: int, betweenness_max_nodes: int | None = None) -> pd.DataFrame:
    n = W.shape[0]
    out: dict[str, Any] = {"actor_id": pd.Series(ids, dtype=object)}
    approximations: dict[str, str] = {}
    degree = np.diff(W.indptr).astype(np.int64)
    if n == 0:
        for m in wanted:
            out[m] = pd.Series(dtype=np.int64 if m in ("degree", "core") else float)
        df = pd.DataFrame(out)
        df.attrs["approximations"] = approximations
        return df
    G: nx.Graph | None = None

    def graph() -> nx.Graph:
        nonlocal G
        if G is None:
            G = _light_graph(W, lengths=True)
        return G

    for m in wanted:
        if m == "degree":
            out[m] = degree
        elif m == "strength":
            out[m] = np.asarray(W.sum(axis=1)).ravel()
        elif m == "betweenness":
            if betweenness_max_nodes is not None:
                limit = betweenness_max_nodes
            else:
                limit = BETWEENNESS_EXACT_NETWORKX if n <= BETWEENNESS_EXACT_NETWORKX else _betweenness_limit()
            engine = "igraph" if n >= IGRAPH_FROM_NODES and _igraph() is not None else "networkx"
            if n <= limit:
                out[m] = _betweenness(W, graph, None, use_igraph=engine == "igraph")
            else:
                k = max(2, min(pivots, n))
                sources = random.Random(seed).sample(range(n), k)
                out[m] = _betweenness(W, graph, sources, use_igraph=engine == "igraph")
                approximations[m] = (f"estimated from {k} seeded pivot sources (Brandes & Pich 2007; "
                                     f"seed={seed}; {engine}) because the network has {n} > {limit} actors")
        elif m in ("closeness", "harmonic"):
            if "closeness" in out or "harmonic" in out:
                continue
            D = W.copy()
            D.data = 1.0 / D.data
            ncomp, labels = csgraph.connected_components(W, directed=False)
            sizes = np.bincount(labels, minlength=ncomp)
            rng = np.random.default_rng(seed)
            close, harm, approx = _closeness_harmonic(D, labels, sizes, exact_max_nodes=exact_max_nodes,
                                                      pivots=pivots, rng=rng)
            if "closeness" in wanted:
                out["closeness"] = close
            if "harmonic" in wanted:
                out["harmonic"] = harm
            if approx:
                msg = (f"in components larger than {exact_max_nodes} actors, estimated from the distances to "
                       f"{pivots} seeded random pivots of the component (Eppstein & Wang 2004; seed={seed})")
                for name in ("closeness", "harmonic"):
                    if name in wanted:
                        approximations[name] = msg
        elif m == "eigenvector":
            x, ok = _eigenvector(W)
            if not ok:
                x = np.full(n, np.nan)
                approximations[m] = f"power iteration did not converge in {_EIG_MAX_ITER} iterations: NaN"
            out[m] = x
        elif m == "pagerank":
            x, ok = _pagerank(W)
            if not ok:
                x = np.full(n, np.nan)
                approximations[m] = f"power iteration did not converge in {_PR_MAX_ITER} iterations: NaN"
            out[m] = x
        elif m == "clustering":
            out[m] = _clustering(W, degree.astype(float))
        elif m == "core":
            core = nx.core_number(graph())
            out[m] = np.array([core[i] for i in range(n)], dtype=np.int64)
        elif m in ("constraint", "effective_size"):
            if "constraint" in out or "effective_size" in out:
                continue
            if n > burt_max_nodes:
                c = e = np.full(n, np.nan)
                for name in ("constraint", "effective_size"):
                    if name in wanted:
                        approximations[name] = (f"skipped (NaN) because the network has {n} > "
                                                f"{burt_max_nodes} actors")
            else:
                c, e = _burt(W, degree.astype(float))
            if "constraint" in wanted:
                out["constraint"] = c
            if "effective_size" in wanted:
                out["effective_size"] = e
    df = pd.DataFrame({k: out[k] for k in ["actor_id", *wanted]})
    df.attrs["approximations"] = approximations
    return df


# --------------------------------------------------------------------------- summary

def _plain(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    v = float(v)
    return None if math.isnan(v) or math.isinf(v) else v


def graph_summary(
    net: Any,
    *,
    communities: pd.DataFrame | None = None,
    centrality: pd.DataFrame | None = None,
    exact_max_nodes: int = 5000,
    seed: int = 42,
) -> dict[str, Any]:
    """Whole-network measures, JSON-serialisable (plain ints and floats, None for undefined).

    Parameters
    ----------
    net : ActorNetwork
        The network.
    communities : DataFrame, optional
        The output of :func:`ctnet.communities`; adds ``modularity`` (its
        ``.attrs["modularity"]``) and ``n_communities``.
    centrality : DataFrame, optional
        The output of :func:`centrality` (with ``degree`` and ``betweenness``), to reuse
        instead of recomputing them.
    exact_max_nodes : int, default 5000
        Above this many actors in the largest component, the diameter is the 2-sweep
        lower bound of ``nx.approximation.diameter`` (stated in ``approximations``).
    seed : int, default 42
        Seed of that approximation.

    Returns
    -------
    dict
        ``n_actors, n_edges, n_isolates, density, n_components, largest_component_size,
        diameter, average_clustering, degree_centralization, betweenness_centralization,
        assortativity_type, ei_index_type, ei_index_type_weighted`` (+ ``modularity,
        n_communities``; + ``approximations`` when one was used).

    Examples
    --------
    >>> import numpy as np, pandas as pd, scipy.sparse as sp
    >>> from ctnet.network import ActorNetwork
    >>> W = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    >>> actors = pd.DataFrame({"actor_id": ["a", "b", "c"], "type": ["un", "un", "government"]})
    >>> net = ActorNetwork(actors, W, sp.csr_matrix((0, 3)), [], [], sp.csr_matrix((0, 3)), [])
    >>> s = graph_summary(net)
    >>> s["density"], s["degree_centralization"], s["ei_index_type"]
    (0.6666666666666666, 1.0, 0.0)
    """
    f = "graph_summary"
    check_number("exact_max_nodes", exact_max_nodes, f, low=1, integer=True)
    check_number("seed", seed, f, integer=True)
    W = _clean(net.weights)
    n = W.shape[0]
    ids = list(net.actors["actor_id"])
    degree = np.diff(W.indptr)
    m = int(sp.triu(W, k=1).nnz)
    out: dict[str, Any] = {"n_actors": n, "n_edges": m, "n_isolates": int((degree == 0).sum())}
    out["density"] = 2.0 * m / (n * (n - 1)) if n > 1 else 0.0
    approximations: dict[str, str] = {}
    if n:
        ncomp, labels = csgraph.connected_components(W, directed=False)
        sizes = np.bincount(labels)
        big = int(np.argmax(sizes))  # first largest component
        out["n_components"] = int(ncomp)
        out["largest_component_size"] = int(sizes[big])
        members = np.flatnonzero(labels == big)
        if sizes[big] <= exact_max_nodes:
            sub = W[members][:, members]
            diam = 0.0
            for start in range(0, len(members), _CHUNK):
                d = csgraph.shortest_path(sub, directed=False, unweighted=True,
                                          indices=np.arange(start, min(start + _CHUNK, len(members))))
                diam = max(diam, float(d.max()))
            out["diameter"] = int(diam)
        else:
            lcc = _light_graph(W[members][:, members])
            out["diameter"] = int(nx.approximation.diameter(lcc, seed=seed))
            approximations["diameter"] = (f"2-sweep lower bound (nx.approximation.diameter, seed={seed}) because "
                                          f"the largest component has {int(sizes[big])} > {exact_max_nodes} actors")
    else:
        out.update(n_components=0, largest_component_size=0, diameter=None)
    if centrality is None or not {"degree", "betweenness", "clustering"} <= set(centrality.columns):
        cent = _centrality(W, ids, ["betweenness", "clustering"], seed=seed, exact_max_nodes=exact_max_nodes,
                           pivots=500, burt_max_nodes=0)
        approximations.update(cent.attrs["approximations"])
    else:
        cent = centrality
    out["average_clustering"] = float(np.mean(cent["clustering"])) if n else None
    if n >= 3:
        out["degree_centralization"] = float((degree.max() - degree).sum() / ((n - 1) * (n - 2)))
        b = np.asarray(cent["betweenness"], dtype=float)
        out["betweenness_centralization"] = float((b.max() - b).sum() / (n - 1))
    else:
        out["degree_centralization"] = None
        out["betweenness_centralization"] = None
    types = (net.actors["type"].fillna("").astype(str).tolist() if "type" in net.actors.columns
             else [""] * n)
    out["assortativity_type"] = _type_assortativity(W, types) if m else None
    up = sp.triu(W, k=1).tocoo()
    t = np.asarray(types, dtype=object)
    external = t[up.row] != t[up.col] if m else np.zeros(0, dtype=bool)
    e_n, i_n = int(external.sum()), int((~external).sum())
    e_w, i_w = float(up.data[external].sum()), float(up.data[~external].sum())
    out["ei_index_type"] = (e_n - i_n) / (e_n + i_n) if m else None
    out["ei_index_type_weighted"] = (e_w - i_w) / (e_w + i_w) if m else None
    if communities is not None:
        out["modularity"] = communities.attrs.get("modularity")
        out["n_communities"] = int(communities["community"].nunique())
    if approximations:
        out["approximations"] = approximations
    return {k: (v if isinstance(v, dict) else _plain(v)) for k, v in out.items()}


def _type_assortativity(W: sp.csr_matrix, types: list[str]) -> float:
    """Newman's (2003) attribute assortativity of the unweighted graph by actor type.

    The same value as ``nx.attribute_assortativity_coefficient(G, "type")``, computed
    over the types in sorted order, so the floating-point sums (and the digits written
    to summary.json) do not depend on Python's string hashing.
    """
    up = sp.triu(W, k=1).tocoo()
    labels, codes = np.unique(np.asarray(types, dtype=object).astype(str), return_inverse=True)
    k = len(labels)
    e = np.zeros((k, k))
    np.add.at(e, (codes[up.row], codes[up.col]), 1.0)
    e = e + e.T
    e /= e.sum()
    a, b = e.sum(axis=1), e.sum(axis=0)
    s = float(a @ b)
    with np.errstate(all="ignore"):
        return float((np.trace(e) - s) / (1.0 - s)) if s != 1.0 else float("nan")


# --------------------------------------------------------------------------- bootstrap

def _count_cooccurrence(X: sp.spmatrix) -> sp.csr_matrix:
    """The count weight C = XᵀX with a zero diagonal (fallback for ctnet.network.cooccurrence)."""
    X = sp.csr_matrix(X, dtype=float)
    C = sp.csr_matrix(X.T @ X)
    C.setdiag(0)
    C.eliminate_zeros()
    return C


def bootstrap(
    net: Any,
    *,
    n_boot: int,
    seed: int = 42,
    measures: list[str] | tuple[str, ...] | None = None,
    ci: float = 0.95,
    exact_max_nodes: int = 5000,
    pivots: int = 500,
    keep_replicates: bool = False,
) -> pd.DataFrame:
    """Percentile bootstrap intervals of node measures and ranks, resampling releases.

    Each replicate draws as many documents as ``net.doc_ids`` holds, with replacement
    (a seeded ``numpy.random.Generator``), keeps every unit of each drawn document
    (``net.unit_docs``; a document drawn twice counts twice), rebuilds the weights with
    ``ctnet.network.cooccurrence(X, weight=net.params["weight"])``, drops edges below
    ``net.params["min_weight"]``, and recomputes the measures on the actors present in the
    replicate. An actor absent from a replicate (named in none of the drawn releases)
    gets 0 for every measure in that replicate. Ranks are 1 for the highest value, ties
    sharing the best rank (``method="min"``).

    Parameters
    ----------
    net : ActorNetwork
        The network (its ``incidence``, ``unit_docs``, ``doc_ids`` and ``params``).
    n_boot : int
        Number of replicates B (>= 1).
    seed : int, default 42
        Seed; the same seed gives identical output.
    measures : list of str, optional
        Subset of :data:`MEASURES` (default :data:`DEFAULT_BOOTSTRAP_MEASURES`).
    ci : float, default 0.95
        Coverage of the interval: the ``(1-ci)/2`` and ``1-(1-ci)/2`` quantiles (numpy's
        linear interpolation).
    exact_max_nodes, pivots : int
        As in :func:`centrality`, for each replicate (replicate b uses seed + b for pivots).
    keep_replicates : bool, default False
        Also return every replicate's values in ``.attrs["replicates"]`` (measure ->
        array of shape (n_boot, n_actors)).

    Returns
    -------
    DataFrame
        One row per actor in ``net.actors`` order: ``actor_id``, then per measure
        ``<measure>_lo``, ``<measure>_hi``, ``<measure>_rank_lo``, ``<measure>_rank_hi``.

    Raises
    ------
    InvalidParameterError
        A bad ``n_boot``, ``ci`` or measure.

    Examples
    --------
    >>> import numpy as np, pandas as pd, scipy.sparse as sp
    >>> from ctnet.network import ActorNetwork
    >>> X = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 1, 1]], dtype=float))
    >>> W = sp.csr_matrix(X.T @ X); W.setdiag(0); W.eliminate_zeros()
    >>> net = ActorNetwork(pd.DataFrame({"actor_id": ["a", "b", "c"]}), W, X, ["d1", "d2", "d3"],
    ...                    ["d1", "d2", "d3"], X, ["d1", "d2", "d3"], params={"weight": "count"})
    >>> bootstrap(net, n_boot=50, measures=["degree"])[["actor_id", "degree_lo", "degree_hi"]]
      actor_id  degree_lo  degree_hi
    0        a      0.225        1.0
    1        b      1.000        2.0
    2        c      0.000        1.0
    """
    f = "bootstrap"
    check_number("n_boot", n_boot, f, low=1, integer=True)
    check_number("seed", seed, f, integer=True)
    check_number("ci", ci, f, low=0, high=1, low_open=True, high_open=True)
    check_number("exact_max_nodes", exact_max_nodes, f, low=1, integer=True)
    check_number("pivots", pivots, f, low=1, integer=True)
    wanted = _check_measures(measures, f, default=DEFAULT_BOOTSTRAP_MEASURES)
    params = dict(net.params or {})
    weight = params.get("weight", "count")
    min_weight = params.get("min_weight")
    min_docs = int(params.get("min_docs") or 1)
    try:
        from ctnet.network import cooccurrence  # type: ignore[attr-defined]

        def weigh(X: sp.csr_matrix) -> sp.csr_matrix:
            return cooccurrence(X, weight=weight)
    except ImportError:
        if weight != "count":
            raise InvalidParameterError(
                f"bootstrap needs ctnet.network.cooccurrence for weight={weight!r}; use weight='count'."
            ) from None
        weigh = _count_cooccurrence

    ids = list(net.actors["actor_id"])
    n = len(ids)
    X = sp.csr_matrix(net.incidence)
    docs = list(net.doc_ids) if len(net.doc_ids) else list(dict.fromkeys(net.unit_docs))
    doc_index = {d: i for i, d in enumerate(docs)}
    unit_doc = np.array([doc_index[d] for d in net.unit_docs], dtype=np.int64)
    rng = np.random.default_rng(seed)
    n_docs = len(docs)
    # documents x actors: does the document name the actor (in any of its units)?
    S = sp.csr_matrix((np.ones(len(unit_doc)), (unit_doc, np.arange(len(unit_doc)))), shape=(n_docs, X.shape[0]))
    Dbin = sp.csr_matrix(S @ X)
    Dbin.data = np.ones_like(Dbin.data)
    values = {m: np.zeros((n_boot, n)) for m in wanted}
    for b in range(n_boot):
        counts = np.bincount(rng.integers(0, n_docs, size=n_docs), minlength=n_docs) if n_docs else np.zeros(0, int)
        rep = np.repeat(np.arange(X.shape[0]), counts[unit_doc]) if X.shape[0] else np.zeros(0, int)
        Xb = X[rep]
        # actors present: named in at least min_docs drawn documents (copies counted)
        ndocs_actor = np.asarray(Dbin.T @ counts).ravel()
        keep = np.flatnonzero(ndocs_actor >= min_docs)
        if keep.size == 0:
            continue
        Wb = sp.csr_matrix(weigh(Xb[:, keep]))
        if min_weight is not None:
            Wb.data[Wb.data < float(min_weight)] = 0
        Wb = _clean(Wb)
        cent = _centrality(Wb, [ids[i] for i in keep], wanted, seed=int(seed) + b,
                           exact_max_nodes=exact_max_nodes, pivots=pivots, burt_max_nodes=20000)
        for m in wanted:
            values[m][b, keep] = np.nan_to_num(cent[m].to_numpy(dtype=float))
    lo_q, hi_q = (1 - ci) / 2, 1 - (1 - ci) / 2
    out: dict[str, Any] = {"actor_id": ids}
    for m in wanted:
        v = values[m]
        ranks = pd.DataFrame(v.T).rank(axis=0, ascending=False, method="min").to_numpy().T
        out[f"{m}_lo"] = np.quantile(v, lo_q, axis=0) if n else np.zeros(0)
        out[f"{m}_hi"] = np.quantile(v, hi_q, axis=0) if n else np.zeros(0)
        out[f"{m}_rank_lo"] = np.quantile(ranks, lo_q, axis=0) if n else np.zeros(0)
        out[f"{m}_rank_hi"] = np.quantile(ranks, hi_q, axis=0) if n else np.zeros(0)
    df = pd.DataFrame(out)
    df.attrs["bootstrap"] = {"resamples": int(n_boot), "ci": float(ci), "seed": int(seed), "unit": "document",
                             "interval": "percentile"}
    if keep_replicates:
        df.attrs["replicates"] = values
    return df

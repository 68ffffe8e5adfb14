"""Communities of actors: Louvain, greedy modularity, label propagation, Leiden, and stability."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError, check_number, check_option

__all__ = [
    "METHODS",
    "UNSTABLE_NMI",
    "communities",
    "community_stability",
    "modularity",
    "normalized_mutual_info",
    "adjusted_rand_index",
]

#: Community detection methods (``leiden`` needs the extra ``ctnet[leiden]``).
METHODS: tuple[str, ...] = ("louvain", "greedy", "label_propagation", "leiden")

#: A partition whose runs agree less than this (mean pairwise NMI) is flagged unstable.
UNSTABLE_NMI = 0.9

_CONSENSUS_TAU = 0.5
_CONSENSUS_ROUNDS = 10


def _matrix(W: sp.spmatrix) -> sp.csr_matrix:
    W = sp.csr_matrix(W, dtype=float, copy=True)
    W.setdiag(0)
    W.eliminate_zeros()
    return W


def _graph(W: sp.csr_matrix) -> nx.Graph:
    """nx.Graph on nodes 0..n-1 (integers: their hashes, hence set orders, do not vary per run)."""
    G = nx.Graph()
    G.add_nodes_from(range(W.shape[0]))
    up = sp.triu(W, k=1).tocoo()
    G.add_weighted_edges_from((int(i), int(j), float(w)) for i, j, w in zip(up.row, up.col, up.data))
    return G


def _detect(W: sp.csr_matrix, method: str, seed: int, resolution: float, G: nx.Graph | None = None) -> np.ndarray:
    """Raw labels (arbitrary integers) for each actor; ``G`` is ``_graph(W)`` when already built."""
    n = W.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if method == "leiden":
        try:
            import igraph as ig
            import leidenalg
        except ImportError:
            raise InvalidParameterError(
                "The 'method' parameter of communities is 'leiden', which needs the packages leidenalg and "
                "igraph: install them with pip install 'ctnet[leiden]', or use method='louvain'."
            ) from None
        up = sp.triu(W, k=1).tocoo()
        g = ig.Graph(n=n, edges=list(zip(up.row.tolist(), up.col.tolist())))
        g.es["weight"] = up.data.tolist()
        part = leidenalg.find_partition(g, leidenalg.RBConfigurationVertexPartition, weights="weight",
                                        resolution_parameter=resolution, seed=seed, n_iterations=-1)
        return np.asarray(part.membership, dtype=np.int64)
    if G is None:
        G = _graph(W)
    if G.number_of_edges() == 0:
        return np.arange(n, dtype=np.int64)
    if method == "louvain":
        parts = nx.community.louvain_communities(G, weight="weight", resolution=resolution, seed=seed)
    elif method == "greedy":
        parts = nx.community.greedy_modularity_communities(G, weight="weight", resolution=resolution)
    else:  # label_propagation
        parts = nx.community.asyn_lpa_communities(G, weight="weight", seed=seed)
    labels = np.empty(n, dtype=np.int64)
    for k, part in enumerate(parts):
        labels[list(part)] = k
    return labels


def _canonical(labels: np.ndarray, ids: list[str], degree: np.ndarray) -> np.ndarray:
    """Renumber: isolates alone; 0.. by decreasing size, ties by the smallest actor_id."""
    n = len(labels)
    if n == 0:
        return labels.astype(np.int64)
    labels = labels.copy()
    iso = degree == 0
    if iso.any():
        labels[iso] = labels.max() + 1 + np.arange(int(iso.sum()))
    _, inv = np.unique(labels, return_inverse=True)
    k = int(inv.max()) + 1
    sizes = np.bincount(inv, minlength=k)
    first = [""] * k
    for pos in sorted(range(n), key=lambda i: ids[i], reverse=True):
        first[inv[pos]] = ids[pos]
    order = sorted(range(k), key=lambda c: (-sizes[c], first[c]))
    rank = np.empty(k, dtype=np.int64)
    rank[order] = np.arange(k)
    return rank[inv]


def modularity(W: sp.spmatrix, labels: np.ndarray, *, resolution: float = 1.0) -> float:
    """Weighted modularity Q of a partition (Newman 2006), ``nx.community.modularity`` on the matrix.

    Q = sum_c [ L_c / m - resolution * (d_c / 2m)^2 ], L_c the weight inside c, d_c its
    strength; NaN when the network has no edges.

    Parameters
    ----------
    W : sparse matrix
        Symmetric weights.
    labels : array of int
        Community of each row.
    resolution : float, default 1.0
        The resolution parameter gamma.

    Returns
    -------
    float

    Examples
    --------
    >>> import numpy as np, scipy.sparse as sp
    >>> W = sp.csr_matrix(np.array([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]], dtype=float))
    >>> modularity(W, np.array([0, 0, 1, 1]))
    0.5
    """
    W = _matrix(W)
    two_m = float(W.sum())
    if two_m == 0:
        return float("nan")
    labels = np.asarray(labels)
    _, inv = np.unique(labels, return_inverse=True)
    k = int(inv.max()) + 1 if len(inv) else 0
    coo = W.tocoo()
    same = inv[coo.row] == inv[coo.col]
    inside = np.bincount(inv[coo.row[same]], weights=coo.data[same], minlength=k)  # 2 L_c
    strength = np.bincount(inv, weights=np.asarray(W.sum(axis=1)).ravel(), minlength=k)
    return float((inside / two_m - resolution * (strength / two_m) ** 2).sum())


def communities(
    net: Any,
    *,
    method: str = "louvain",
    seed: int = 42,
    resolution: float = 1.0,
) -> pd.DataFrame:
    """Partition the actors into communities.

    Parameters
    ----------
    net : ActorNetwork
        The network (``weights``, ``actors``).
    method : {"louvain", "greedy", "label_propagation", "leiden"}, default "louvain"
        ``nx.community.louvain_communities(G, weight="weight", resolution=resolution,
        seed=seed)`` (Blondel et al. 2008); ``greedy_modularity_communities`` (Clauset,
        Newman & Moore 2004; deterministic, ignores ``seed``); ``asyn_lpa_communities(G,
        weight="weight", seed=seed)`` (Raghavan et al. 2007; ignores ``resolution``);
        ``leiden`` with leidenalg's RBConfigurationVertexPartition (modularity with
        resolution; Traag et al. 2019), needs ``pip install 'ctnet[leiden]'``.
    seed : int, default 42
        Seed of the random order; the same seed gives the same partition.
    resolution : float, default 1.0
        Resolution gamma of modularity (> 0).

    Returns
    -------
    DataFrame
        ``actor_id, community`` in ``net.actors`` order. Communities are numbered 0.. by
        decreasing size, ties broken by the smallest actor_id; each isolate is its own
        community. ``.attrs``: ``modularity`` (weighted, at ``resolution``; None without
        edges), ``method``, ``resolution``, ``seed``.

    Raises
    ------
    InvalidParameterError
        An unknown method, a bad resolution, or leiden without its packages.

    Examples
    --------
    >>> import numpy as np, pandas as pd, scipy.sparse as sp
    >>> from ctnet.network import ActorNetwork
    >>> A = np.zeros((5, 5)); A[0, 1] = A[1, 0] = A[2, 3] = A[3, 2] = 1
    >>> net = ActorNetwork(pd.DataFrame({"actor_id": list("abcde")}), sp.csr_matrix(A),
    ...                    sp.csr_matrix((0, 5)), [], [], sp.csr_matrix((0, 5)), [])
    >>> df = communities(net)
    >>> df["community"].tolist(), df.attrs["modularity"]
    ([0, 0, 1, 1, 2], 0.5)
    """
    f = "communities"
    check_option("method", method, METHODS, f)
    check_number("seed", seed, f, integer=True)
    check_number("resolution", resolution, f, low=0, low_open=True)
    W = _matrix(net.weights)
    ids = [str(a) for a in net.actors["actor_id"]]
    labels = _canonical(_detect(W, method, int(seed), float(resolution)), ids, np.diff(W.indptr))
    df = pd.DataFrame({"actor_id": pd.Series(ids, dtype=object), "community": labels.astype(np.int64)})
    q = modularity(W, labels, resolution=resolution) if len(ids) else float("nan")
    df.attrs.update(modularity=None if np.isnan(q) else q, method=method, resolution=float(resolution),
                    seed=int(seed))
    return df


# --------------------------------------------------------------------------- partition comparison

def _contingency(a: np.ndarray, b: np.ndarray) -> sp.csr_matrix:
    _, ia = np.unique(a, return_inverse=True)
    _, ib = np.unique(b, return_inverse=True)
    C = sp.coo_matrix((np.ones(len(ia)), (ia, ib)), shape=(ia.max() + 1, ib.max() + 1)).tocsr()
    C.sum_duplicates()
    return C


def normalized_mutual_info(a: Any, b: Any) -> float:
    """Normalised mutual information of two labelings, arithmetic-mean normalisation.

    NMI = I(A;B) / ((H(A) + H(B)) / 2) (Danon et al. 2005; scikit-learn's default); 1.0
    when both labelings put everything in one group, 0.0 when one does and the other not.

    Examples
    --------
    >>> normalized_mutual_info([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> round(normalized_mutual_info([0, 0, 1, 1], [0, 0, 0, 1]), 6)
    0.343711
    """
    a, b = np.asarray(a), np.asarray(b)
    n = len(a)
    if n == 0:
        return 1.0
    return _nmi(_contingency(a, b), n)


def _entropy(p: np.ndarray) -> float:
    """-sum p log p, with 0 log 0 = 0 (as ``-scipy.special.xlogy(p, p).sum()``, the same bits)."""
    pos = p > 0
    return float(-np.where(pos, p * np.log(np.where(pos, p, 1.0)), 0.0).sum())


def _pairs(x: np.ndarray | int) -> np.ndarray:
    """C(x, 2) = x (x - 1) / 2, in floats (as ``scipy.special.comb(x, 2)``, exactly below 2**26)."""
    x = np.asarray(x, dtype=float)
    return x * (x - 1) / 2


def _nmi(C: sp.csr_matrix, n: int) -> float:
    """NMI from the contingency table ``C`` of ``n`` items."""
    if C.shape[0] == C.shape[1] == 1:
        return 1.0
    pa = np.asarray(C.sum(axis=1)).ravel() / n
    pb = np.asarray(C.sum(axis=0)).ravel() / n
    coo = C.tocoo()
    pij = coo.data / n
    mi = float(np.sum(pij * (np.log(pij) - np.log(pa[coo.row]) - np.log(pb[coo.col]))))
    ha, hb = _entropy(pa), _entropy(pb)
    denom = (ha + hb) / 2
    if denom <= 0 or mi <= 0:
        return 0.0
    return float(min(1.0, mi / denom))


def adjusted_rand_index(a: Any, b: Any) -> float:
    """Adjusted Rand index of two labelings (Hubert & Arabie 1985).

    ARI = (sum_ij C(n_ij, 2) - E) / ((sum_i C(a_i, 2) + sum_j C(b_j, 2)) / 2 - E), with
    E = sum_i C(a_i, 2) sum_j C(b_j, 2) / C(n, 2); 1.0 when the denominator is 0
    (identical trivial partitions).

    Examples
    --------
    >>> adjusted_rand_index([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> round(adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 6)
    0.242424
    """
    a, b = np.asarray(a), np.asarray(b)
    n = len(a)
    if n < 2:
        return 1.0
    return _ari(_contingency(a, b), n)


def _ari(C: sp.csr_matrix, n: int) -> float:
    """ARI from the contingency table ``C`` of ``n >= 2`` items."""
    sum_ij = float(_pairs(C.data).sum())
    sum_a = float(_pairs(np.asarray(C.sum(axis=1)).ravel()).sum())
    sum_b = float(_pairs(np.asarray(C.sum(axis=0)).ravel()).sum())
    expected = sum_a * sum_b / float(_pairs(n))
    denom = (sum_a + sum_b) / 2 - expected
    if denom == 0:
        return 1.0
    return float((sum_ij - expected) / denom)


# --------------------------------------------------------------------------- stability

def _coassignment(rows: np.ndarray, cols: np.ndarray, runs: list[np.ndarray]) -> np.ndarray:
    """Fraction of runs in which each pair (rows[k], cols[k]) shares a community."""
    return np.mean([lab[rows] == lab[cols] for lab in runs], axis=0) if runs else np.zeros(len(rows))


def community_stability(
    net: Any,
    *,
    runs: int = 20,
    seed: int = 42,
    method: str = "louvain",
    resolution: float = 1.0,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Run a community method with R seeds; consensus partition, agreement and stability.

    Runs use seeds ``seed, seed+1, ..., seed+runs-1`` (run 0 is :func:`communities` with
    ``seed``). The consensus follows Lancichinetti & Fortunato (2012), restricted to the
    network's edges: D_ij = fraction of runs putting the ends of edge ij together; edges
    with D_ij < 0.5 are dropped; the method is rerun ``runs`` times on the graph weighted
    by D, until all runs agree (every D_ij is 0 or 1) or for at most 10 rounds; the
    consensus communities are then the connected components of the edges with
    D_ij >= 0.5.

    Parameters
    ----------
    net : ActorNetwork
        The network.
    runs : int, default 20
        Number of runs R (>= 1).
    seed : int, default 42
        First seed.
    method : str, default "louvain"
        As in :func:`communities`.
    resolution : float, default 1.0
        As in :func:`communities` (used in the first round; consensus rounds use 1.0).

    Returns
    -------
    DataFrame
        ``actor_id, consensus, stability`` in ``net.actors`` order. ``consensus`` is numbered
        like :func:`communities`. ``stability`` is the mean, over the other members of the
        actor's consensus community, of the fraction of the R runs that put both in one
        community; for an actor alone in its consensus community, the fraction of runs
        that leave it alone.
    dict
        ``runs``, ``method``, ``mean_nmi`` and ``mean_ari`` (mean over the R(R-1)/2 pairs of
        runs; 1.0 for one run), ``consensus_modularity``, ``n_consensus_communities``,
        ``consensus_rounds``, ``unstable`` (mean NMI < 0.9), ``unstable_threshold``.

    Raises
    ------
    InvalidParameterError
        A bad option.

    Examples
    --------
    >>> import numpy as np, pandas as pd, scipy.sparse as sp
    >>> from ctnet.network import ActorNetwork
    >>> A = np.zeros((4, 4)); A[0, 1] = A[1, 0] = A[2, 3] = A[3, 2] = 1
    >>> net = ActorNetwork(pd.DataFrame({"actor_id": list("abcd")}), sp.csr_matrix(A),
    ...                    sp.csr_matrix((0, 4)), [], [], sp.csr_matrix((0, 4)), [])
    >>> df, info = community_stability(net, runs=5)
    >>> df["stability"].tolist(), info["mean_nmi"], info["unstable"]
    ([1.0, 1.0, 1.0, 1.0], 1.0, False)
    """
    f = "community_stability"
    check_number("runs", runs, f, low=1, integer=True)
    check_number("seed", seed, f, integer=True)
    check_option("method", method, METHODS, f)
    check_number("resolution", resolution, f, low=0, low_open=True)
    W = _matrix(net.weights)
    ids = [str(a) for a in net.actors["actor_id"]]
    n = len(ids)
    degree = np.diff(W.indptr)
    G = _graph(W) if method != "leiden" and n else None  # one graph for all runs
    labelings = [_canonical(_detect(W, method, int(seed) + r, float(resolution), G), ids, degree)
                 for r in range(runs)]
    pairs = [(i, j) for i in range(runs) for j in range(i + 1, runs)]
    tables = [_contingency(labelings[i], labelings[j]) for i, j in pairs] if n else []
    mean_nmi = float(np.mean([_nmi(C, n) for C in tables])) if tables else 1.0
    mean_ari = float(np.mean([_ari(C, n) if n >= 2 else 1.0 for C in tables])) if tables else 1.0

    # consensus clustering (Lancichinetti & Fortunato 2012) on the edges
    up = sp.triu(W, k=1).tocoo()
    rows, cols = up.row, up.col
    current = labelings
    rounds = 0
    while True:
        D = _coassignment(rows, cols, current)
        rounds += 1
        if np.all((D == 0) | (D == 1)) or rounds >= _CONSENSUS_ROUNDS or len(current) < 2:
            break
        keep = D >= _CONSENSUS_TAU
        Dm = sp.coo_matrix((D[keep], (rows[keep], cols[keep])), shape=(n, n))
        Dm = sp.csr_matrix(Dm + Dm.T)
        GD = _graph(Dm) if method != "leiden" else None
        current = [_detect(Dm, method, int(seed) + r, 1.0, GD) for r in range(runs)]
    keep = D >= _CONSENSUS_TAU
    Dm = sp.coo_matrix((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(n, n))
    _, comp = sp.csgraph.connected_components(Dm, directed=False) if n else (0, np.zeros(0, dtype=np.int64))
    consensus = _canonical(np.asarray(comp, dtype=np.int64), ids, degree) if n else np.zeros(0, dtype=np.int64)

    # stability: per actor, mean co-assignment with its consensus partners over the R runs
    stability = np.zeros(n)
    if n:
        size = np.bincount(consensus)[consensus]
        for lab in labelings:
            key = consensus.astype(np.int64) * (int(lab.max()) + 1) + lab
            _, inv, cnt = np.unique(key, return_inverse=True, return_counts=True)
            together = cnt[inv] - 1  # partners in the same run community
            alone = (np.bincount(lab)[lab] == 1).astype(float)
            stability += np.where(size > 1, together / np.maximum(size - 1, 1), alone)
        stability /= runs
    df = pd.DataFrame({"actor_id": pd.Series(ids, dtype=object), "consensus": consensus.astype(np.int64),
                       "stability": stability})
    q = modularity(W, consensus, resolution=resolution) if n else float("nan")
    info = {
        "runs": int(runs),
        "method": method,
        "seeds": [int(seed), int(seed) + int(runs) - 1],
        "mean_nmi": mean_nmi,
        "mean_ari": mean_ari,
        "consensus_modularity": None if np.isnan(q) else q,
        "n_consensus_communities": int(len(np.unique(consensus))),
        "consensus_rounds": int(rounds),
        "unstable": bool(mean_nmi < UNSTABLE_NMI),
        "unstable_threshold": UNSTABLE_NMI,
    }
    return df, info

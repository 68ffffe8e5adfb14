"""Seeded node positions for the HTML and the figures: force-directed per component, components packed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ctnet.errors import check_number

__all__ = ["layout"]


#: Components up to this size get the full force simulation from a random start; larger ones
#: start from a spectral layout and get fewer iterations (the repulsion costs n² per iteration).
FULL_FORCE_MAX = 2500
#: Pairwise repulsion is computed in row blocks of at most this many pairs (memory bound).
_BLOCK_PAIRS = 4_000_000
#: After the force simulation, nodes of a component closer than this fraction of the ideal
#: distance ``k`` are pushed apart (heavy edges otherwise draw nodes with the same neighbours
#: onto one spot, where one hides the other).
SEPARATION = 0.8
#: At most this many passes of pushing apart (small components need 20 to 40).
_SEPARATION_PASSES = 50


def _spectral(W: sp.csr_matrix, rng: np.random.Generator) -> np.ndarray:
    """Eigenvectors 2 and 3 of the normalised adjacency, scaled to the unit square (seeded start)."""
    from scipy.sparse.linalg import ArpackNoConvergence, eigsh

    n = W.shape[0]
    deg = np.asarray(W.sum(axis=1)).ravel()
    d = 1.0 / np.sqrt(np.where(deg > 0, deg, 1.0))
    A = sp.diags(d) @ W @ sp.diags(d)
    try:
        _, vecs = eigsh(A, k=3, which="LA", v0=rng.random(n) + 0.5, tol=1e-6, maxiter=20 * n)
        pos = vecs[:, :2] * d[:, None]
    except ArpackNoConvergence:
        return rng.random((n, 2))
    span = pos.max(axis=0) - pos.min(axis=0)
    pos = (pos - pos.min(axis=0)) / np.where(span > 0, span, 1.0)
    return pos + rng.random((n, 2)) * 1e-3  # separate nodes with identical spectral coordinates


def _close_pairs(pos: np.ndarray, d_min: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs ``i < j`` of nodes closer than ``d_min``, and their distances.

    Nodes are sorted by x; the k-th neighbours in that order are compared for k = 1, 2, ...
    until no k-th neighbour is within ``d_min`` in x, so the cost is n times the number of
    nodes in a strip ``d_min`` wide, not n².
    """
    order = np.argsort(pos[:, 0], kind="stable")
    xs, ys = pos[order, 0], pos[order, 1]
    rows, cols, dist = [], [], []
    for step in range(1, len(order)):
        dx = xs[step:] - xs[:-step]
        near = np.flatnonzero(dx < d_min)
        if not near.size:
            break
        dy = ys[near + step] - ys[near]
        d = np.sqrt(dx[near] ** 2 + dy * dy)
        hit = d < d_min
        a, b = order[near[hit]], order[near[hit] + step]
        rows.append(np.minimum(a, b))
        cols.append(np.maximum(a, b))
        dist.append(d[hit])
    if not rows:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    r, c, d = np.concatenate(rows), np.concatenate(cols), np.concatenate(dist)
    first = np.lexsort((c, r))  # a fixed order, so the sums below are the same on every run
    return r[first], c[first], d[first]


def _separate(pos: np.ndarray, d_min: float, passes: int = _SEPARATION_PASSES) -> None:
    """Push apart, in place, the nodes closer than ``d_min`` to each other.

    Each pass moves both nodes of such a pair away from each other by half of what the pair
    lacks (nodes on the same point part along an angle fixed by their indices). Passes repeat
    until no pair is closer than 0.99 ``d_min``, or ``passes`` is reached (a crowded core may
    not have room for all its nodes). Deterministic.
    """
    n = pos.shape[0]
    for _ in range(passes):
        r, c, d = _close_pairs(pos, 0.99 * d_min)
        if not r.size:
            return
        ux, uy = pos[r, 0] - pos[c, 0], pos[r, 1] - pos[c, 1]
        same = d == 0
        angle = (r[same] * 0.618034 + c[same] * 0.381966) * 2 * np.pi
        ux[same], uy[same], d[same] = np.cos(angle), np.sin(angle), 1.0
        push = (d_min - np.where(same, 0.0, d)) / 2 / d
        disp = np.zeros((n, 2))
        disp[:, 0] = np.bincount(r, push * ux, minlength=n) - np.bincount(c, push * ux, minlength=n)
        disp[:, 1] = np.bincount(r, push * uy, minlength=n) - np.bincount(c, push * uy, minlength=n)
        pos += disp


def _force_layout(W: sp.csr_matrix, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Fruchterman–Reingold on one connected component (exact repulsion, sparse attraction).

    Positions start uniform in the unit square (seeded), or from a spectral layout for
    components above :data:`FULL_FORCE_MAX` nodes, which also get fewer iterations
    (``iterations · (FULL_FORCE_MAX / n)²``, none above ~4 × that size); repulsion ``k²/d``
    between every pair (in row blocks), attraction ``w·d²/k`` along edges (weights scaled
    to mean 1); the step cools linearly. Components of up to :data:`FULL_FORCE_MAX` nodes
    then have the nodes closer than ``SEPARATION · k`` pushed apart (:func:`_separate`).
    Returns ``n × 2`` positions centred on 0 with max radius 1.
    """
    n = W.shape[0]
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    if n > FULL_FORCE_MAX:
        pos = _spectral(W, rng)
        iterations = int(iterations * (FULL_FORCE_MAX / n) ** 2)
    else:
        pos = rng.random((n, 2))
    k = 1.0 / np.sqrt(n)
    upper = sp.triu(W, k=1).tocoo()
    i, j = upper.row.astype(np.int64), upper.col.astype(np.int64)
    w = upper.data.astype(float)
    w = w / w.mean() if w.size else w
    t = 0.1
    dt = t / (iterations + 1)
    block = max(1, _BLOCK_PAIRS // n)
    for _ in range(iterations):
        disp = np.empty((n, 2))
        for s in range(0, n, block):
            rows = slice(s, min(s + block, n))
            dx = pos[rows, 0][:, None] - pos[:, 0][None, :]
            dy = pos[rows, 1][:, None] - pos[:, 1][None, :]
            d2 = dx * dx + dy * dy
            np.maximum(d2, 1e-6, out=d2)
            rep = (k * k) / d2
            idx = np.arange(rows.start, rows.stop)
            rep[idx - s, idx] = 0.0  # no self-repulsion
            disp[rows, 0] = (dx * rep).sum(axis=1)
            disp[rows, 1] = (dy * rep).sum(axis=1)
        ex = pos[i] - pos[j]
        ed = np.sqrt((ex * ex).sum(axis=1))
        att = (w * ed / k)[:, None] * ex
        disp[:, 0] -= np.bincount(i, att[:, 0], minlength=n) - np.bincount(j, att[:, 0], minlength=n)
        disp[:, 1] -= np.bincount(i, att[:, 1], minlength=n) - np.bincount(j, att[:, 1], minlength=n)
        length = np.sqrt((disp * disp).sum(axis=1))
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    if n <= FULL_FORCE_MAX:
        _separate(pos, SEPARATION * k)
    pos -= pos.mean(axis=0)
    r = float(np.sqrt((pos * pos).sum(axis=1)).max())
    return pos / r if r > 0 else pos


def layout(net: Any, *, seed: int = 42, iterations: int = 60) -> pd.DataFrame:
    """Compute deterministic 2-D positions for every actor of a network.

    Each connected component is laid out with a seeded Fruchterman–Reingold force model on
    the sparse weights (heavier edges pull harder), after which nodes closer than 0.8 times
    the model's ideal distance are pushed apart, so that actors with the same partners do
    not hide one another (components of up to 2,500 nodes); components are then packed in rows,
    largest first, each scaled to the square root of its size, isolates last. The same
    network and seed give the same positions, bit for bit, on the same platform.

    Parameters
    ----------
    net : ActorNetwork
        The network (``weights`` and ``actors`` are used).
    seed : int, default 42
        Seed for the initial positions.
    iterations : int, default 60
        Force iterations per component (>= 1).

    Returns
    -------
    DataFrame
        Columns ``actor_id, x, y``, one row per actor in the network's order; coordinates
        roughly in ``[-1, 1]`` (the whole drawing is centred and scaled to fit).

    Raises
    ------
    InvalidParameterError
        ``seed`` or ``iterations`` is not a valid integer.

    Examples
    --------
    >>> net = ctnet.network_from_events([("e1", "A"), ("e1", "B"), ("e2", "B"), ("e2", "C"), ("e3", "D")])
    >>> pos = layout(net, seed=1)
    >>> list(pos.columns), len(pos)
    (['actor_id', 'x', 'y'], 4)
    >>> pos.equals(layout(net, seed=1))
    True
    """
    check_number("seed", seed, "layout", integer=True, low=0)
    check_number("iterations", iterations, "layout", integer=True, low=1)
    ids = list(net.actor_ids)
    n = len(ids)
    out = np.zeros((n, 2))
    if n:
        W = sp.csr_matrix(net.weights, dtype=float)
        W = abs(W)
        n_comp, labels = connected_components(W, directed=False)
        sizes = np.bincount(labels, minlength=n_comp)
        first = np.full(n_comp, n, dtype=np.int64)
        np.minimum.at(first, labels, np.arange(n))
        order = sorted(range(n_comp), key=lambda c: (-int(sizes[c]), int(first[c])))
        rng = np.random.default_rng(seed)
        total = float(sizes.sum())
        row_width = max(np.sqrt(total) * 2.4, 2.0)
        cx = cy = 0.0
        row_h = 0.0
        by_comp = np.argsort(labels, kind="stable")
        starts = np.concatenate([[0], np.cumsum(sizes)])
        for c in order:
            members = by_comp[starts[c]:starts[c + 1]]
            single = members.size == 1
            radius = 0.5 if single else float(np.sqrt(members.size))
            diameter = 2.0 * radius + 0.6
            if cx > 0 and cx + diameter > row_width:
                cx, cy = 0.0, cy - row_h
                row_h = 0.0
            if single:
                out[members[0]] = (cx + diameter / 2, cy - diameter / 2)
            else:
                p = _force_layout(sp.csr_matrix(W[members][:, members]), rng, iterations)
                out[members] = p * radius + np.array([cx + diameter / 2, cy - diameter / 2])
            cx += diameter
            row_h = max(row_h, diameter)
        out -= (out.max(axis=0) + out.min(axis=0)) / 2
        span = float(np.abs(out).max())
        if span > 0:
            out /= span
    return pd.DataFrame({"actor_id": pd.Series(ids, dtype=object),
                         "x": np.round(out[:, 0], 6), "y": np.round(out[:, 1], 6)})

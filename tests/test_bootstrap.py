"""Bootstrap intervals: every replicate equals a network rebuilt by hand from the drawn releases."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError
from ctnet.metrics import bootstrap
from ctnet.network import ActorNetwork

# six releases over five actors (a hand-made corpus)
EVENTS = {
    "r1": ["a", "b", "c"],
    "r2": ["a", "b"],
    "r3": ["b", "d"],
    "r4": ["c", "d", "e"],
    "r5": ["a", "e"],
    "r6": ["a", "b", "d"],
}
IDS = ["a", "b", "c", "d", "e"]


def toy_net() -> ActorNetwork:
    docs = list(EVENTS)
    rows, cols = [], []
    for i, d in enumerate(docs):
        for actor in EVENTS[d]:
            rows.append(i)
            cols.append(IDS.index(actor))
    X = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(IDS)))
    W = sp.csr_matrix(X.T @ X)
    W.setdiag(0)
    W.eliminate_zeros()
    actors = pd.DataFrame({"actor_id": IDS, "name": IDS, "type": ["other"] * len(IDS)})
    return ActorNetwork(actors, W, X, docs, docs, X.copy(), docs,
                        params={"weight": "count", "min_weight": 1, "min_docs": 1})


def by_hand(draw: np.ndarray) -> nx.Graph:
    """The count network of the drawn releases (copies counted), built with networkx."""
    G = nx.Graph()
    docs = list(EVENTS)
    for k in draw:
        members = EVENTS[docs[k]]
        G.add_nodes_from(members)
        for u, v in itertools.combinations(sorted(members), 2):
            w = G.get_edge_data(u, v, {"weight": 0})["weight"]
            G.add_edge(u, v, weight=w + 1)
    return G


def test_replicates_equal_networks_rebuilt_from_the_drawn_releases():
    net = toy_net()
    n_boot, seed = 30, 7
    df = bootstrap(net, n_boot=n_boot, seed=seed, measures=["degree", "strength", "pagerank"],
                   keep_replicates=True)
    reps = df.attrs["replicates"]
    rng = np.random.default_rng(seed)
    n_docs = len(EVENTS)
    for b in range(n_boot):
        draw = rng.integers(0, n_docs, size=n_docs)
        G = by_hand(draw)
        pr = nx.pagerank(G, weight="weight", alpha=0.85, tol=1e-12) if G.number_of_edges() else {}
        for j, actor in enumerate(IDS):
            present = actor in G
            assert reps["degree"][b, j] == (G.degree(actor) if present else 0)
            assert reps["strength"][b, j] == (G.degree(actor, weight="weight") if present else 0)
            if present and G.number_of_edges():
                assert reps["pagerank"][b, j] == pytest.approx(pr[actor], abs=1e-9)


def test_intervals_are_the_percentiles_of_the_replicates():
    df = bootstrap(toy_net(), n_boot=40, seed=3, measures=["strength"], keep_replicates=True)
    v = df.attrs["replicates"]["strength"]
    np.testing.assert_allclose(df["strength_lo"], np.quantile(v, 0.025, axis=0))
    np.testing.assert_allclose(df["strength_hi"], np.quantile(v, 0.975, axis=0))
    assert (df["strength_lo"] <= df["strength_hi"]).all()
    ranks = pd.DataFrame(v.T).rank(axis=0, ascending=False, method="min").to_numpy().T
    np.testing.assert_allclose(df["strength_rank_lo"], np.quantile(ranks, 0.025, axis=0))
    assert df.attrs["bootstrap"] == {"resamples": 40, "ci": 0.95, "seed": 3, "unit": "document",
                                     "interval": "percentile"}


def test_seeded_and_reproducible():
    a = bootstrap(toy_net(), n_boot=25, seed=1)
    b = bootstrap(toy_net(), n_boot=25, seed=1)
    c = bootstrap(toy_net(), n_boot=25, seed=2)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)


def test_bad_parameters_are_refused():
    with pytest.raises(InvalidParameterError, match="n_boot"):
        bootstrap(toy_net(), n_boot=0)
    with pytest.raises(InvalidParameterError, match="ci"):
        bootstrap(toy_net(), n_boot=5, ci=1.5)

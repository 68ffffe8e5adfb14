"""Significance backbones (hypergeometric, SDSM, disparity), Benjamini–Hochberg, and the bipartite graph."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from scipy.stats import hypergeom

from ctnet.errors import InvalidParameterError
from ctnet.network import (
    ActorNetwork,
    _bicm_classes,
    backbone,
    benjamini_hochberg,
    bipartite_graph,
    build_network,
    edge_significance,
    mentions_from_events,
    network_from_events,
)


def random_events(seed: int = 3, n_events: int = 40, n_actors: int = 10) -> list[tuple[str, str]]:
    rng = np.random.default_rng(seed)
    pop = rng.random(n_actors) ** 2 + 0.05  # heterogeneous actor frequencies
    out = []
    for e in range(n_events):
        size = int(rng.integers(1, 5))
        for a in rng.choice(n_actors, size=size, replace=False, p=pop / pop.sum()):
            out.append((f"e{e:02d}", f"a{a}"))
    # a planted pair that always appears together
    out += [(f"p{i}", a) for i in range(6) for a in ("z0", "z1")]
    return out


# --------------------------------------------------------------------------- Benjamini-Hochberg

def test_bh_by_hand():
    p = [0.010, 0.040, 0.030, 0.200, 0.001]
    # sorted: .001 .010 .030 .040 .200 -> p*5/rank: .005 .025 .05 .05 .2; cumulative min from the end
    q = benjamini_hochberg(p)
    np.testing.assert_allclose(q, [0.025, 0.05, 0.05, 0.2, 0.005])
    # 3 extra hypotheses with p = 1: m = 8
    np.testing.assert_allclose(benjamini_hochberg(p, n_tests=8), [0.04, 0.08, 0.08, 0.32, 0.008])
    assert benjamini_hochberg([0.9, 0.95]).tolist() == [0.95, 0.95]
    assert benjamini_hochberg([]).size == 0
    with pytest.raises(InvalidParameterError):
        benjamini_hochberg([0.1, 0.2], n_tests=1)


def test_bh_against_statsmodels_if_installed():
    multitest = pytest.importorskip("statsmodels.stats.multitest")
    p = np.random.default_rng(0).random(50) ** 3
    np.testing.assert_allclose(benjamini_hochberg(p), multitest.multipletests(p, method="fdr_bh")[1])


def test_bh_is_the_step_up_procedure():
    """Rejecting q <= alpha is the same as BH's largest-k rule p_(k) <= k alpha / m."""
    rng = np.random.default_rng(5)
    for _ in range(20):
        p = np.sort(rng.random(30) ** 4)
        alpha, m = 0.05, 45
        below = np.flatnonzero(p <= np.arange(1, 31) * alpha / m)
        k = below.max() + 1 if below.size else 0
        assert (benjamini_hochberg(p, n_tests=m) <= alpha).sum() == k


# --------------------------------------------------------------------------- hypergeometric

def test_hypergeometric_against_scipy():
    net = network_from_events(random_events())
    stats = edge_significance(net, method="hypergeometric")
    X = (net.incidence.toarray() > 0).astype(int)
    N = X.shape[0]
    ids = net.actor_ids
    assert len(stats) == net.n_edges > 10
    for r in stats.itertuples():
        i, j = ids.index(r.source), ids.index(r.target)
        c = int((X[:, i] * X[:, j]).sum())
        assert r.p_value == pytest.approx(hypergeom.sf(c - 1, N, X[:, i].sum(), X[:, j].sum()), rel=1e-10, abs=1e-300)
    n = net.n_actors
    assert stats.attrs["n_tests"] == n * (n - 1) // 2
    np.testing.assert_allclose(stats["q_value"], benjamini_hochberg(stats["p_value"], n_tests=n * (n - 1) // 2))


def test_hypergeometric_ignores_the_weight_scheme():
    events = random_events()
    a = edge_significance(network_from_events(events), method="hypergeometric")
    b = edge_significance(network_from_events(events, weight="jaccard"), method="hypergeometric")
    pd.testing.assert_frame_equal(a, b)


def test_backbone_keeps_significant_edges():
    net = network_from_events(random_events())
    stats = edge_significance(net)
    b = backbone(net, alpha=0.05)
    kept = stats[stats["q_value"] <= 0.05]
    assert 0 < b.n_edges == len(kept) < net.n_edges
    e = b.edges()
    assert {(r.source, r.target) for r in e.itertuples()} == {(r.source, r.target) for r in kept.itertuples()}
    assert {"p_value", "q_value"} <= set(e.columns) and not e["p_value"].isna().any()
    # weights unchanged, actors (isolates included) unchanged, the input untouched
    full = {(r.source, r.target): r.weight for r in net.edges().itertuples()}
    assert all(full[(r.source, r.target)] == r.weight for r in e.itertuples())
    assert b.actor_ids == net.actor_ids and net.edge_stats is None and b.params["backbone"] == "hypergeometric"
    assert ("z0", "z1") in {(r.source, r.target) for r in e.itertuples()}
    assert b.graph.edges["z0", "z1"]["q_value"] == pytest.approx(float(kept.set_index(["source", "target"]).loc[("z0", "z1"), "q_value"]))
    # a stricter alpha keeps a subset
    assert set(backbone(net, alpha=0.001).edges()["source"] + "-" + backbone(net, alpha=0.001).edges()["target"]) <= \
        set(e["source"] + "-" + e["target"])


# --------------------------------------------------------------------------- SDSM

def test_bicm_preserves_degrees():
    X = (np.random.default_rng(2).random((60, 12)) < np.linspace(0.05, 0.6, 12)).astype(float)
    X[0, :] = 1  # a unit naming every actor (fixed at probability 1)
    X[1, :] = 0  # a unit naming none
    r, k = X.sum(axis=1), X.sum(axis=0)
    rv, rc, cu = np.unique(r, return_inverse=True, return_counts=True)
    kv, kc, ca = np.unique(k, return_inverse=True, return_counts=True)
    P = _bicm_classes(rv, cu, kv, ca)[np.ix_(rc, kc)]  # units x actors
    np.testing.assert_allclose(P.sum(axis=1), r, atol=1e-7)
    np.testing.assert_allclose(P.sum(axis=0), k, atol=1e-7)
    assert (P[0] == 1).all() and (P[1] == 0).all()
    assert ((P >= 0) & (P <= 1)).all()


def poisson_binomial_sf(c: int, probs: np.ndarray) -> float:
    """Exact P(Y >= c) by convolution."""
    dist = np.array([1.0])
    for q in probs:
        dist = np.convolve(dist, [1 - q, q])
    return float(dist[c:].sum())


def test_sdsm_against_exact_poisson_binomial():
    net = network_from_events(random_events(seed=7, n_events=80, n_actors=8))
    stats = edge_significance(net, method="sdsm")
    X = (net.incidence.toarray() > 0).astype(float)
    r, k = X.sum(axis=1), X.sum(axis=0)
    rv, rc, cu = np.unique(r, return_inverse=True, return_counts=True)
    kv, kc, ca = np.unique(k, return_inverse=True, return_counts=True)
    P = _bicm_classes(rv, cu, kv, ca)[np.ix_(rc, kc)]
    ids = net.actor_ids
    diffs = []
    for row in stats.itertuples():
        i, j = ids.index(row.source), ids.index(row.target)
        c = int((X[:, i] * X[:, j]).sum())
        exact = poisson_binomial_sf(c, P[:, i] * P[:, j])
        diffs.append(abs(row.p_value - exact))
        # the refined normal approximation is close, and never orders a tiny p-value wrongly
        assert row.p_value == pytest.approx(exact, abs=0.02)
    assert len(diffs) > 10 and np.mean(diffs) < 0.01
    # the planted pair is significant
    assert stats.set_index(["source", "target"]).loc[("z0", "z1"), "q_value"] < 0.01
    b = backbone(net, method="sdsm")
    assert ("z0", "z1") in {(x.source, x.target) for x in b.edges().itertuples()}


# --------------------------------------------------------------------------- disparity

def star() -> ActorNetwork:
    # hub h with leaves of weights 1, 1, 1, 7 (k = 4, s = 10)
    W = np.zeros((5, 5))
    for leaf, w in zip(range(1, 5), (1, 1, 1, 7)):
        W[0, leaf] = W[leaf, 0] = w
    actors = pd.DataFrame({"actor_id": ["h", "l1", "l2", "l3", "l4"]})
    X = sp.csr_matrix((0, 5))
    return ActorNetwork(actors, sp.csr_matrix(W), X, [], [], X, [], params={"weight": "count"})


def test_disparity_star_by_hand():
    stats = edge_significance(star(), method="disparity").set_index("target")
    # leaves have k = 1, so their alpha is 1; the hub's is (1 - w/10)^(4-1)
    assert stats.loc["l1", "p_value"] == pytest.approx(0.9 ** 3)
    assert stats.loc["l4", "p_value"] == pytest.approx(0.3 ** 3)  # 0.027
    b = backbone(star(), method="disparity", alpha=0.05)
    assert b.edges()[["source", "target", "weight"]].values.tolist() == [["h", "l4", 7.0]]
    assert b.n_actors == 5  # the other leaves become isolates
    assert backbone(star(), method="disparity", alpha=0.02).n_edges == 0


def test_disparity_either_endpoint():
    # path x - y - z with weights 9 and 1, plus y - w weight 1: for y (k=3, s=11) edge xy has
    # alpha (1 - 9/11)^2 = 0.0331; x has k = 1 (alpha 1). p is the smaller: 0.0331.
    W = np.zeros((4, 4))
    for (i, j), w in {(0, 1): 9, (1, 2): 1, (1, 3): 1}.items():
        W[i, j] = W[j, i] = w
    net = ActorNetwork(pd.DataFrame({"actor_id": ["x", "y", "z", "w"]}), sp.csr_matrix(W), sp.csr_matrix((0, 4)),
                       [], [], sp.csr_matrix((0, 4)), [])
    s = edge_significance(net, method="disparity").set_index(["source", "target"])["p_value"]
    assert s[("x", "y")] == pytest.approx((2 / 11) ** 2)
    assert s[("w", "y")] == pytest.approx((10 / 11) ** 2)


def test_backbone_options():
    net = network_from_events(random_events())
    with pytest.raises(InvalidParameterError, match="'method' parameter of backbone"):
        backbone(net, method="noise")
    for bad in (0, 1, -0.1, "0.05"):
        with pytest.raises(InvalidParameterError, match="'alpha' parameter of backbone"):
            backbone(net, alpha=bad)


def test_backbone_on_empty_network():
    net = network_from_events([("e1", "A"), ("e2", "B")])
    for method in ("hypergeometric", "sdsm", "disparity"):
        b = backbone(net, method=method)
        assert b.n_edges == 0 and b.n_actors == 2
        assert list(b.edges().columns) == ["source", "target", "weight", "n_docs", "docs", "p_value", "q_value"]


# --------------------------------------------------------------------------- bipartite

def test_bipartite_projection_is_the_network():
    events = random_events()
    net = network_from_events(events)
    B = bipartite_graph(net)
    actors = [n for n, d in B.nodes(data=True) if d["bipartite"] == 1]
    assert sorted(actors) == net.actor_ids
    assert sum(1 for _, d in B.nodes(data=True) if d["bipartite"] == 0) == len(net.unit_ids)
    P = nx.bipartite.weighted_projected_graph(B, actors)
    assert {frozenset(e): d["weight"] for *e, d in P.edges(data=True)} == \
        {frozenset((r.source, r.target)): r.weight for r in net.edges().itertuples()}
    # from a Mentions table, with the default options
    B2 = bipartite_graph(mentions_from_events(events))
    assert nx.utils.graphs_equal(B, B2)


def test_bipartite_attributes(tmp_path):
    df = pd.DataFrame({"event_id": ["e1", "e1", "e2"], "actor": ["A", "B", "A"], "date": ["2022-01-02", "", ""],
                       "title": ["Meeting", "", ""]})
    B = bipartite_graph(network_from_events(df, counting="mentions"))
    assert B.nodes["event:e1"] == {"bipartite": 0, "kind": "event", "unit_id": "e1", "doc_id": "e1",
                                   "title": "Meeting", "date": "2022-01-02"}
    assert B.nodes["A"]["bipartite"] == 1 and B.nodes["A"]["n_docs"] == 2
    assert B.edges["event:e1", "A"]["weight"] == 1.0
    from ctnet.io import write_bipartite_graph

    H = nx.read_graphml(write_bipartite_graph(B, tmp_path))
    assert H.number_of_edges() == 3
    with pytest.raises(InvalidParameterError):
        bipartite_graph(pd.DataFrame())


def test_bipartite_sentence_units():
    m = mentions_from_events([("e1", "A"), ("e1", "B")])
    net = build_network(m, unit="sentence")
    B = bipartite_graph(net)
    assert "event:e1#s0" in B and B.nodes["event:e1#s0"]["doc_id"] == "e1"
    assert list(itertools.chain(B.neighbors("A"))) == ["event:e1#s0"]
    assert math.isclose(nx.bipartite.weighted_projected_graph(B, ["A", "B"])["A"]["B"]["weight"], 1)


@pytest.mark.parametrize("N", [5, 20, 100, 1000, 100_000])
def test_hypergeometric_tail_equals_scipy(N):
    from ctnet.network import _hypergeom_sf

    rng = np.random.default_rng(N)
    a, b = rng.integers(0, N + 1, 3000), rng.integers(0, N + 1, 3000)
    c = np.minimum(rng.integers(0, N + 1, 3000), np.minimum(a, b) + 1)
    c[:1500] = np.round(a[:1500] * b[:1500] / N + rng.normal(0, 3, 1500)).clip(0)  # near the mean
    ours, ref = _hypergeom_sf(c, N, a, b), hypergeom.sf(c - 1, N, a, b)
    np.testing.assert_allclose(ours, ref, rtol=1e-8, atol=1e-300)

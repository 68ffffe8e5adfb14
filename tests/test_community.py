"""Communities: reproducibility, numbering rule, modularity against networkx, NMI/ARI by hand, stability."""

from __future__ import annotations

import json
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from ctnet.community import (METHODS, UNSTABLE_NMI, adjusted_rand_index, communities, community_stability,
                             modularity, normalized_mutual_info)
from ctnet.errors import InvalidParameterError
from ctnet.network import ActorNetwork


def make_net(W, ids) -> ActorNetwork:
    W = sp.csr_matrix(np.asarray(W, dtype=float))
    n = W.shape[0]
    empty = sp.csr_matrix((0, n))
    return ActorNetwork(pd.DataFrame({"actor_id": list(ids)}), W, empty, [], [], empty, [])


def net_from_graph(G: nx.Graph) -> ActorNetwork:
    W = nx.to_scipy_sparse_array(G, nodelist=list(G), weight="weight", dtype=float).toarray()
    return make_net(W, [str(v) for v in G])


def karate() -> nx.Graph:
    G = nx.karate_club_graph()  # has integer "weight" attributes
    return G


def as_sets(df: pd.DataFrame) -> set[frozenset]:
    return {frozenset(g["actor_id"]) for _, g in df.groupby("community")}


def two_cliques_and_isolate():
    """Two 4-cliques joined by one weak edge, plus isolates 'x' and 'w'."""
    ids = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "x", "w"]
    W = np.zeros((10, 10))
    for block in (range(0, 4), range(4, 8)):
        for i in block:
            for j in block:
                if i != j:
                    W[i, j] = 3
    W[3, 4] = W[4, 3] = 1
    return make_net(W, ids)


@pytest.mark.parametrize("method", ["louvain", "greedy", "label_propagation"])
def test_same_seed_same_partition_and_matches_networkx(method):
    net = net_from_graph(karate())
    a = communities(net, method=method, seed=3)
    b = communities(net, method=method, seed=3)
    pd.testing.assert_frame_equal(a, b)
    G = net.graph
    if method == "louvain":
        ref = nx.community.louvain_communities(G, weight="weight", resolution=1.0, seed=3)
    elif method == "greedy":
        ref = nx.community.greedy_modularity_communities(G, weight="weight", resolution=1.0)
    else:
        ref = nx.community.asyn_lpa_communities(G, weight="weight", seed=3)
    ref = list(ref)
    assert as_sets(a) == {frozenset(c) for c in ref}
    assert a.attrs["modularity"] == pytest.approx(nx.community.modularity(G, ref, weight="weight"), abs=1e-12)
    assert a.attrs["method"] == method


def test_louvain_reproducible_across_processes():
    import subprocess
    import sys

    code = ("import networkx as nx, numpy as np, pandas as pd, scipy.sparse as sp;"
            "from ctnet.network import ActorNetwork; from ctnet.community import communities;"
            "G = nx.les_miserables_graph(); W = sp.csr_matrix(nx.to_scipy_sparse_array(G, weight='weight'));"
            "e = sp.csr_matrix((0, len(G)));"
            "net = ActorNetwork(pd.DataFrame({'actor_id': list(G)}), W, e, [], [], e, []);"
            "print(communities(net, seed=7)['community'].tolist())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(h), "PATH": ""}).stdout for h in (0, 1, 2)}
    assert len(outs) == 1


def test_numbering_rule_sizes_then_smallest_id():
    # sizes: {c, d, e} 3; {a, b} 2; {f, g} 2 -> f-g and a-b tie: a < f
    ids = ["g", "f", "e", "d", "c", "b", "a"]
    W = np.zeros((7, 7))
    idx = {a: i for i, a in enumerate(ids)}
    for u, v in (("a", "b"), ("f", "g"), ("c", "d"), ("d", "e"), ("c", "e")):
        W[idx[u], idx[v]] = W[idx[v], idx[u]] = 1
    df = communities(make_net(W, ids))
    got = dict(zip(df["actor_id"], df["community"]))
    assert got == {"c": 0, "d": 0, "e": 0, "a": 1, "b": 1, "f": 2, "g": 2}
    assert df["actor_id"].tolist() == ids  # actors order kept


def test_isolates_are_their_own_communities():
    net = two_cliques_and_isolate()
    for method in ("louvain", "greedy", "label_propagation"):
        df = communities(net, method=method)
        got = dict(zip(df["actor_id"], df["community"]))
        assert got["w"] != got["x"] and sum(df["community"] == got["w"]) == 1
        # two cliques first (a1 < b1), then the isolates by id: w < x
        assert (got["a1"], got["b1"], got["w"], got["x"]) == (0, 1, 2, 3)


def test_modularity_matches_networkx_with_resolution():
    G = nx.les_miserables_graph()
    net = net_from_graph(G)
    for gamma in (0.5, 1.0, 2.0):
        df = communities(net, resolution=gamma, seed=1)
        parts = [set(g["actor_id"]) for _, g in df.groupby("community")]
        expected = nx.community.modularity(net.graph, parts, weight="weight", resolution=gamma)
        assert df.attrs["modularity"] == pytest.approx(expected, abs=1e-12)
    # higher resolution, more communities
    assert communities(net, resolution=2.0)["community"].nunique() > communities(net, resolution=0.5)["community"].nunique()


def test_modularity_function_by_hand():
    # two disjoint edges, weights 1 and 3: m = 4; Q = sum_c L_c/m - (d_c/2m)^2
    W = np.zeros((4, 4))
    W[0, 1] = W[1, 0] = 1
    W[2, 3] = W[3, 2] = 3
    assert modularity(W, np.array([0, 0, 1, 1])) == pytest.approx(1 / 4 - (2 / 8) ** 2 + 3 / 4 - (6 / 8) ** 2)
    assert math.isnan(modularity(np.zeros((2, 2)), np.array([0, 1])))


def test_no_edges_and_empty():
    df = communities(make_net(np.zeros((3, 3)), ["c", "a", "b"]))
    assert dict(zip(df["actor_id"], df["community"])) == {"a": 0, "b": 1, "c": 2}
    assert df.attrs["modularity"] is None
    empty = communities(make_net(np.zeros((0, 0)), []))
    assert len(empty) == 0 and list(empty.columns) == ["actor_id", "community"]
    s, info = community_stability(make_net(np.zeros((0, 0)), []), runs=3)
    assert len(s) == 0
    json.dumps(info, allow_nan=False)


def test_bad_options():
    net = two_cliques_and_isolate()
    with pytest.raises(InvalidParameterError, match="'louvain', 'greedy', 'label_propagation', 'leiden'"):
        communities(net, method="walktrap")
    with pytest.raises(InvalidParameterError, match="'resolution' parameter of communities"):
        communities(net, resolution=0)
    with pytest.raises(InvalidParameterError, match="'runs' parameter of community_stability"):
        community_stability(net, runs=0)


def test_leiden():
    pytest.importorskip("leidenalg")
    net = net_from_graph(nx.les_miserables_graph())
    a = communities(net, method="leiden", seed=2)
    pd.testing.assert_frame_equal(a, communities(net, method="leiden", seed=2))
    parts = [set(g["actor_id"]) for _, g in a.groupby("community")]
    assert a.attrs["modularity"] == pytest.approx(nx.community.modularity(net.graph, parts, weight="weight"))
    # Leiden communities are connected
    for p in parts:
        assert nx.is_connected(net.graph.subgraph(p))
    assert a.attrs["modularity"] >= communities(net, method="greedy").attrs["modularity"] - 1e-9


def test_leiden_missing_says_how_to_install(monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name in ("leidenalg", "igraph"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(InvalidParameterError, match=r"ctnet\[leiden\]"):
        communities(two_cliques_and_isolate(), method="leiden")


# ---------------------------------------------------------------- NMI / ARI by hand

def test_nmi_by_hand():
    # contingency [[2, 0], [1, 1]], n = 4: I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2,
    # H(a) = ln 2, H(b) = -(3/4 ln 3/4 + 1/4 ln 1/4)
    mi = 0.5 * math.log(4 / 3) + 0.25 * math.log(2 / 3) + 0.25 * math.log(2)
    ha, hb = math.log(2), -(0.75 * math.log(0.75) + 0.25 * math.log(0.25))
    assert normalized_mutual_info([0, 0, 1, 1], [0, 0, 0, 1]) == pytest.approx(mi / ((ha + hb) / 2))
    assert normalized_mutual_info(["x", "x", "y"], [5, 5, 9]) == 1.0  # labels are names only
    assert normalized_mutual_info([0, 0, 0], [0, 0, 0]) == 1.0
    assert normalized_mutual_info([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
    assert normalized_mutual_info([0, 1, 0, 1], [0, 0, 1, 1]) == pytest.approx(0.0, abs=1e-12)


def test_ari_by_hand():
    # contingency [[2, 1, 0], [0, 1, 2]]: sum C(nij,2) = 2; rows 6; cols 3; E = 6*3/15 = 1.2
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(0.8 / 3.3)
    assert adjusted_rand_index([1, 1, 2, 2], ["b", "b", "a", "a"]) == 1.0
    # [[1, 1], [1, 1]]: sum 0, rows 2, cols 2, E = 4/6: ARI = (0 - 2/3) / (2 - 2/3) = -1/2
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)
    assert adjusted_rand_index([0, 0, 0], [0, 0, 0]) == 1.0


def test_pair_counts_and_entropy_equal_scipy_special_bit_for_bit():
    # the NMI and ARI helpers use numpy forms of comb(x, 2) and -sum xlogy(p, p), sparing the import
    # of scipy.special at start-up; they must give the same floats, so stability tables do not move
    from scipy.special import comb, xlogy

    from ctnet.community import _contingency, _entropy, _pairs

    rng = np.random.default_rng(3)
    for _ in range(200):
        n = int(rng.integers(2, 3000))
        a = rng.integers(0, int(rng.integers(1, 60)), n)
        b = rng.integers(0, int(rng.integers(1, 60)), n)
        C = _contingency(a, b)
        for counts in (C.data, np.asarray(C.sum(axis=1)).ravel(), np.array([n])):
            assert np.array_equal(_pairs(counts), comb(counts, 2))
        p = np.asarray(C.sum(axis=0)).ravel() / n
        assert _entropy(p) == float(-xlogy(p, p).sum())
    assert _entropy(np.array([0.5, 0.0, 0.5])) == math.log(2)

# ---------------------------------------------------------------- stability

def test_stability_on_clear_structure():
    net = two_cliques_and_isolate()
    df, info = community_stability(net, runs=8, seed=1)
    assert info["mean_nmi"] == 1.0 and info["mean_ari"] == 1.0 and info["unstable"] is False
    assert info["runs"] == 8 and info["unstable_threshold"] == UNSTABLE_NMI
    assert (df["stability"] == 1.0).all()
    assert (df["consensus"].to_numpy() == communities(net)["community"].to_numpy()).all()
    json.dumps(info, allow_nan=False)


def test_stability_definition_by_reference_on_karate():
    """Recompute the stability of each actor from the R runs of communities()."""
    net = net_from_graph(karate())
    runs = 6
    df, info = community_stability(net, runs=runs, seed=10, method="label_propagation")
    labs = [communities(net, method="label_propagation", seed=10 + r)["community"].to_numpy() for r in range(runs)]
    cons = df["consensus"].to_numpy()
    for i in range(len(cons)):
        mates = [j for j in range(len(cons)) if cons[j] == cons[i] and j != i]
        if mates:
            expected = np.mean([np.mean([lab[i] == lab[j] for j in mates]) for lab in labs])
        else:
            expected = np.mean([np.sum(lab == lab[i]) == 1 for lab in labs])
        assert df["stability"].iloc[i] == pytest.approx(expected)
    pairs = [(a, b) for a in range(runs) for b in range(a + 1, runs)]
    assert info["mean_nmi"] == pytest.approx(np.mean([normalized_mutual_info(labs[a], labs[b]) for a, b in pairs]))
    assert info["mean_ari"] == pytest.approx(np.mean([adjusted_rand_index(labs[a], labs[b]) for a, b in pairs]))
    assert info["unstable"] == (info["mean_nmi"] < 0.9)
    # deterministic
    df2, info2 = community_stability(net, runs=runs, seed=10, method="label_propagation")
    pd.testing.assert_frame_equal(df, df2)
    assert info == info2


def test_random_graph_is_flagged_unstable():
    G = nx.gnp_random_graph(60, 0.1, seed=4)
    net = net_from_graph(G)
    df, info = community_stability(net, runs=10, seed=0, method="label_propagation")
    assert info["unstable"] is True and info["mean_nmi"] < UNSTABLE_NMI
    assert df["stability"].between(0, 1).all() and df["stability"].min() < 1


@pytest.mark.parametrize("method", METHODS[:3])
def test_consensus_is_a_partition_in_actor_order(method):
    net = net_from_graph(nx.les_miserables_graph())
    df, info = community_stability(net, runs=5, method=method)
    assert df["actor_id"].tolist() == net.actors["actor_id"].tolist()
    k = info["n_consensus_communities"]
    assert sorted(df["consensus"].unique()) == list(range(k))
    sizes = df["consensus"].value_counts().sort_index().to_numpy()
    assert (np.diff(sizes) <= 0).all()

"""Node and graph measures against networkx (and igraph where installed) on reference graphs."""

from __future__ import annotations

import json
import math
import random
from fractions import Fraction

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError
from ctnet.metrics import MEASURES, centrality, graph_summary
from ctnet.network import ActorNetwork


def make_net(W, ids, types=None) -> ActorNetwork:
    """An ActorNetwork from a symmetric weight matrix (no incidence: metrics only)."""
    W = sp.csr_matrix(np.asarray(W.todense() if sp.issparse(W) else W, dtype=float))
    n = W.shape[0]
    actors = pd.DataFrame({"actor_id": list(ids), "name": list(ids),
                           "type": list(types) if types is not None else ["un"] * n})
    empty = sp.csr_matrix((0, n))
    return ActorNetwork(actors, W, empty, [], [], empty, [], params={"weight": "count"})


def net_from_graph(G: nx.Graph, weight: str | None = "weight") -> ActorNetwork:
    ids = [str(v) for v in G]
    W = nx.to_scipy_sparse_array(G, nodelist=list(G), weight=weight, dtype=float)
    types = [G.nodes[v].get("type", "un") for v in G]
    return make_net(sp.csr_matrix(W), ids, types)


def karate_weighted() -> nx.Graph:
    G = nx.karate_club_graph()
    rng = np.random.default_rng(7)
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v in sorted(G.edges()):
        H.add_edge(u, v, weight=int(rng.integers(1, 6)))
    return H


def islands() -> nx.Graph:
    """Three components of different sizes plus four isolates, random integer weights."""
    rng = np.random.default_rng(3)
    G = nx.Graph()
    G.add_nodes_from(range(30))
    blocks = [range(0, 12), range(12, 20), range(20, 26)]
    for block in blocks:
        B = nx.gnp_random_graph(len(block), 0.5, seed=int(rng.integers(1000)))
        B = nx.relabel_nodes(B, dict(enumerate(block)))
        for u, v in nx.minimum_spanning_tree(nx.complete_graph(block)).edges():
            B.add_edge(u, v)  # connected
        for u, v in B.edges():
            G.add_edge(u, v, weight=float(rng.integers(1, 9)))
    return G  # nodes 26..29 are isolates


def davis() -> nx.Graph:
    B = nx.davis_southern_women_graph()
    women = sorted(n for n, d in B.nodes(data=True) if d["bipartite"] == 0)
    return nx.bipartite.weighted_projected_graph(B, women)


GRAPHS = {"karate": karate_weighted, "lesmis": nx.les_miserables_graph, "islands": islands,
          "davis": davis, "path": lambda: nx.path_graph(5)}


def exact_length(u, v, d):
    """1/weight as an exact fraction: networkx's Dijkstra then finds every tied shortest path."""
    return Fraction(1) / Fraction(d["weight"])


def reference(G: nx.Graph) -> dict[str, dict]:
    """networkx's own functions, on the graph the pipeline builds (net.graph).

    Betweenness counts shortest paths, so ties matter: the reference runs networkx with
    exact rational lengths 1/w (see test_betweenness_ties_are_exact). PageRank allows
    10000 iterations: with the default 100, tol=1e-12 fails on a 5-node path.
    """
    return {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, weight=exact_length, normalized=True),
        "closeness": nx.closeness_centrality(G, distance="distance"),
        "harmonic": nx.harmonic_centrality(G, distance="distance"),
        "eigenvector": nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-12),
        "pagerank": nx.pagerank(G, weight="weight", alpha=0.85, tol=1e-12, max_iter=10000),
        "clustering": nx.clustering(G, weight="weight"),
        "core": nx.core_number(G),
        "constraint": nx.constraint(G, weight="weight"),
        # nodes=list(G): networkx's per-node formula (Burt's). Its all-nodes sparse shortcut
        # (nodes=None, networkx 3.6) divides by the wrong actor's strongest tie; see
        # test_effective_size_by_hand.
        "effective_size": nx.effective_size(G, nodes=list(G), weight="weight"),
    }


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_every_measure_equals_networkx(name):
    G0 = GRAPHS[name]()
    if name == "path":
        nx.set_edge_attributes(G0, 1, "weight")
    net = net_from_graph(G0)
    df = centrality(net)
    assert list(df.columns) == ["actor_id", *MEASURES]
    assert df["actor_id"].tolist() == net.actors["actor_id"].tolist()
    assert df.attrs["approximations"] == {}
    ref = reference(net.graph)
    for m in MEASURES:
        expected = np.array([ref[m][a] for a in df["actor_id"]], dtype=float)
        got = df[m].to_numpy(dtype=float)
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9, err_msg=f"{name}: {m}")


def test_islands_have_isolates_and_components():
    net = net_from_graph(islands())
    df = centrality(net)
    iso = df["degree"] == 0
    assert iso.sum() == 4
    for m in ("strength", "betweenness", "closeness", "harmonic", "clustering", "core"):
        assert (df.loc[iso, m] == 0).all()
    assert df.loc[iso, ["constraint", "effective_size"]].isna().all().all()
    assert math.isclose(df["pagerank"].sum(), 1.0, abs_tol=1e-12)


def test_lesmis_weights_and_degree_types():
    net = net_from_graph(nx.les_miserables_graph())
    df = centrality(net, measures=["degree", "core"])
    assert df["degree"].dtype == np.int64 and df["core"].dtype == np.int64
    assert int(df["degree"].sum()) == 2 * 254


@pytest.mark.parametrize("name", ["karate", "lesmis", "islands"])
def test_igraph_agrees(name):
    ig = pytest.importorskip("igraph")
    G = GRAPHS[name]()
    net = net_from_graph(G)
    df = centrality(net, measures=["pagerank", "betweenness", "closeness"])
    W = sp.triu(net.weights, k=1).tocoo()
    g = ig.Graph(n=net.n_actors, edges=list(zip(W.row.tolist(), W.col.tolist())))
    g.es["weight"] = W.data.tolist()
    g.es["distance"] = (1.0 / W.data).tolist()
    pr = np.array(g.pagerank(weights="weight", damping=0.85))
    np.testing.assert_allclose(df["pagerank"], pr, atol=1e-9)
    n = net.n_actors
    bt = np.array(g.betweenness(weights="distance")) * 2 / ((n - 1) * (n - 2))
    np.testing.assert_allclose(df["betweenness"], bt, atol=1e-9)


@pytest.fixture(params=["igraph", "networkx"])
def backend(request, monkeypatch):
    """Run a test with igraph's Brandes (when installed) and with networkx alone."""
    import ctnet.metrics as cm

    if request.param == "igraph":
        pytest.importorskip("igraph", reason="the igraph backend needs the 'igraph' extra")
        monkeypatch.setattr(cm, "IGRAPH_FROM_NODES", 0)  # small test graphs too
    else:
        monkeypatch.setattr(cm, "_igraph", lambda: None)
    return request.param


def test_betweenness_ties_are_exact(backend):
    """a-b-c-d (weights 2, 3, 6) and a-e-d (2, 2) are both of length 1 exactly, but in floating
    point 1/2 + 1/3 + 1/6 = 0.9999999999999999 < 1/2 + 1/2, so float lengths drop a-e-d."""
    W = np.zeros((5, 5))
    for i, j, w in ((0, 1, 2), (1, 2, 3), (2, 3, 6), (0, 4, 2), (4, 3, 2)):
        W[i, j] = W[j, i] = w
    assert 1 / 2 + 1 / 3 + 1 / 6 < 1 / 2 + 1 / 2
    net = make_net(W, list("abcde"))
    df = centrality(net, measures=["betweenness"])
    exact = nx.betweenness_centrality(net.graph, weight=exact_length)
    floating = nx.betweenness_centrality(net.graph, weight="distance")
    np.testing.assert_allclose(df["betweenness"], [exact[a] for a in "abcde"], atol=1e-12)
    assert floating["e"] < exact["e"]
    # by hand: a-d ties (b, c, e get 1/2 each), b-e ties (b-a-e and b-c-d-e: a gets 1/2,
    # c and d 1/2), a-c via b, b-d via c, c-e via d. Raw: a 1/2, b 3/2, c 2, d 3/2, e 1/2;
    # normalised by (n-1)(n-2)/2 = 6.
    assert df["betweenness"].tolist() == pytest.approx([0.5 / 6, 1.5 / 6, 2 / 6, 1.5 / 6, 0.5 / 6])


def test_pivot_betweenness_above_exact_size_is_seeded_and_stated(backend):
    G = nx.les_miserables_graph()
    net = net_from_graph(G)
    df = centrality(net, measures=["betweenness"], betweenness_max_nodes=50, pivots=20, seed=5)
    # the pivots are networkx's (random.Random(seed).sample of the actors), and the scaling
    # is that of networkx >= 3.5: sources by 1/((k-1)(n-2)), the others by 1/(k(n-2))
    n, k = net.n_actors, 20
    pivots = random.Random(5).sample(range(n), k)
    ids = list(df["actor_id"])
    half = nx.betweenness_centrality_subset(net.graph, [ids[i] for i in pivots], ids, weight=exact_length,
                                            normalized=False)
    expected = [2 * half[a] / (((k - 1) if i in pivots else k) * (n - 2)) for i, a in enumerate(ids)]
    np.testing.assert_allclose(df["betweenness"], expected, atol=1e-12)
    if tuple(int(x) for x in nx.__version__.split(".")[:2]) >= (3, 5):
        ref = nx.betweenness_centrality(net.graph, k=20, seed=5, weight=exact_length, normalized=True)
        np.testing.assert_allclose(df["betweenness"], [ref[a] for a in ids], atol=1e-12)
    assert "20 seeded pivot" in df.attrs["approximations"]["betweenness"]
    assert backend in df.attrs["approximations"]["betweenness"]
    again = centrality(net, measures=["betweenness"], betweenness_max_nodes=50, pivots=20, seed=5)
    pd.testing.assert_frame_equal(df, again)


def test_betweenness_backends_agree_on_random_weighted_graphs():
    """igraph's C Brandes (float lengths, tolerant comparison) equals networkx on exact
    integer lengths, exact and pivoted, on graphs with many tied path lengths."""
    pytest.importorskip("igraph", reason="needs the 'igraph' extra")
    import ctnet.metrics as cm

    rng = np.random.default_rng(11)
    for trial in range(12):
        n = int(rng.integers(5, 60))
        G = nx.gnp_random_graph(n, float(rng.uniform(0.05, 0.4)), seed=trial)
        for u, v in G.edges:
            G[u][v]["weight"] = int(rng.choice([1, 2, 3, 4, 6, 12]))
        W = cm._clean(nx.to_scipy_sparse_array(G, nodelist=range(n), dtype=float))
        graph = lambda: cm._light_graph(W, lengths=True)  # noqa: E731
        pivots = random.Random(trial).sample(range(n), min(n, 4)) if n >= 4 else None
        for sources in (None, pivots):
            fast = cm._betweenness(W, graph, sources)
            saved, cm._igraph = cm._igraph, lambda: None
            try:
                slow = cm._betweenness(W, graph, sources)
            finally:
                cm._igraph = saved
            np.testing.assert_allclose(fast, slow, atol=1e-12)


def test_betweenness_exact_limit_depends_on_the_backend(backend):
    import ctnet.metrics as cm

    assert cm._betweenness_limit() == (cm.BETWEENNESS_EXACT_IGRAPH if backend == "igraph"
                                       else cm.BETWEENNESS_EXACT_NETWORKX)


def test_small_networks_do_not_import_igraph():
    """igraph costs ~0.5 s to import: below IGRAPH_FROM_NODES networkx counts the paths."""
    import subprocess
    import sys

    code = ("import sys, networkx as nx, ctnet; from ctnet.metrics import centrality;"
            "net = ctnet.network_from_events([(f'e{i}', f'a{j}') for i in range(30) for j in (i % 7, (i + 3) % 11)]);"
            "centrality(net, measures=['betweenness']); print('igraph' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_pivot_closeness_is_exact_when_every_actor_is_a_pivot_and_close_otherwise():
    net = net_from_graph(nx.les_miserables_graph())
    exact = centrality(net, measures=["closeness", "harmonic"])
    allpiv = centrality(net, measures=["closeness", "harmonic"], exact_max_nodes=10, pivots=1000)
    assert set(allpiv.attrs["approximations"]) == {"closeness", "harmonic"}
    np.testing.assert_allclose(allpiv["closeness"], exact["closeness"], atol=1e-9)
    np.testing.assert_allclose(allpiv["harmonic"], exact["harmonic"], atol=1e-9)
    some = centrality(net, measures=["closeness"], exact_max_nodes=10, pivots=40, seed=1)
    rel = np.abs(some["closeness"] - exact["closeness"]) / exact["closeness"]
    assert np.median(rel) < 0.1
    assert np.corrcoef(some["closeness"], exact["closeness"])[0, 1] > 0.95


def test_effective_size_by_hand():
    """Burt (1992): ES_i = sum_j (1 - sum_q p_iq m_jq), m_jq = w_jq / max_k w_jk.

    a-b (1), a-c (3), b-c (1), b-d (4). For a: p_ab = 1/4, p_ac = 3/4;
    j = b: 1 - p_ac * m_bc = 1 - 3/4 * 1/4 = 13/16; j = c: 1 - p_ab * m_cb = 1 - 1/4 * 1/3 = 11/12.
    """
    W = np.zeros((4, 4))
    for i, j, w in ((0, 1, 1), (0, 2, 3), (1, 2, 1), (1, 3, 4)):
        W[i, j] = W[j, i] = w
    df = centrality(make_net(W, list("abcd")), measures=["effective_size", "constraint"])
    assert df.loc[0, "effective_size"] == pytest.approx(13 / 16 + 11 / 12)
    # constraint of a: (p_ab + p_ac p_cb)^2 + (p_ac + p_ab p_bc)^2, p_cb = 1/4, p_bc = 1/6
    assert df.loc[0, "constraint"] == pytest.approx((1 / 4 + 3 / 4 * 1 / 4) ** 2 + (3 / 4 + 1 / 4 * 1 / 6) ** 2)
    # d has one neighbour: ES = 1, constraint = 1
    assert df.loc[3, "effective_size"] == pytest.approx(1.0) and df.loc[3, "constraint"] == pytest.approx(1.0)


def test_burt_skipped_above_size():
    net = net_from_graph(karate_weighted())
    df = centrality(net, measures=["constraint", "effective_size", "degree"], burt_max_nodes=10)
    assert df[["constraint", "effective_size"]].isna().all().all()
    assert "skipped" in df.attrs["approximations"]["constraint"]


@pytest.mark.parametrize("n", [0, 1, 3])
def test_empty_single_and_edgeless(n):
    net = make_net(np.zeros((n, n)), [f"a{i}" for i in range(n)])
    df = centrality(net)
    assert len(df) == n and list(df.columns) == ["actor_id", *MEASURES]
    if n:
        G = net.graph
        assert (df["degree"] == 0).all() and (df["betweenness"] == 0).all()
        np.testing.assert_allclose(df["pagerank"], [nx.pagerank(G, tol=1e-12)[a] for a in df["actor_id"]])
        ev = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)
        np.testing.assert_allclose(df["eigenvector"], [ev[a] for a in df["actor_id"]])
    s = graph_summary(net)
    json.dumps(s, allow_nan=False)
    assert s["n_actors"] == n and s["n_edges"] == 0 and s["n_isolates"] == n
    assert s["ei_index_type"] is None and s["assortativity_type"] is None


def test_bad_measure_lists_valid_ones():
    net = make_net(np.zeros((2, 2)), ["a", "b"])
    with pytest.raises(InvalidParameterError, match="'pagerank'.*Got \\['pagerrank'\\]"):
        centrality(net, measures=["pagerrank"])
    with pytest.raises(InvalidParameterError, match="'pivots' parameter of centrality"):
        centrality(net, pivots=0)


def test_does_not_mutate_the_network():
    net = net_from_graph(karate_weighted())
    before = net.weights.copy()
    centrality(net)
    graph_summary(net)
    assert (net.weights != before).nnz == 0


# ---------------------------------------------------------------- graph summary, by hand

def four_node():
    """Star a-b, a-c, a-d (weights 1, 2, 3) with types: a, b = un; c, d = government."""
    W = np.zeros((4, 4))
    for j, w in ((1, 1), (2, 2), (3, 3)):
        W[0, j] = W[j, 0] = w
    return make_net(W, ["a", "b", "c", "d"], ["un", "un", "government", "government"])


def test_graph_summary_by_hand_star():
    s = graph_summary(four_node())
    json.dumps(s, allow_nan=False)
    assert s["n_actors"] == 4 and s["n_edges"] == 3 and s["n_isolates"] == 0
    assert s["density"] == pytest.approx(3 / 6)
    assert s["n_components"] == 1 and s["largest_component_size"] == 4
    assert s["diameter"] == 2
    assert s["degree_centralization"] == pytest.approx(1.0)  # a star
    assert s["betweenness_centralization"] == pytest.approx(1.0)
    # E-I: edges a-b internal (1, w=1); a-c, a-d external (2, w=5)
    assert s["ei_index_type"] == pytest.approx((2 - 1) / 3)
    assert s["ei_index_type_weighted"] == pytest.approx((5 - 1) / 6)
    assert s["average_clustering"] == 0.0
    G = four_node().graph
    assert s["assortativity_type"] == pytest.approx(nx.attribute_assortativity_coefficient(G, "type"))


def test_type_assortativity_equals_networkx_and_does_not_depend_on_hashing():
    import subprocess
    import sys

    rng = np.random.default_rng(3)
    kinds = ["un_agency", "government", "donor", "ngo"]
    for _ in range(15):
        n = int(rng.integers(5, 30))
        G = nx.gnp_random_graph(n, 0.3, seed=int(rng.integers(1 << 30)))
        if G.number_of_edges() == 0:
            continue
        types = [kinds[int(rng.integers(4))] for _ in range(n)]
        W = nx.to_scipy_sparse_array(G, nodelist=range(n), format="csr").astype(float)
        net = make_net(sp.csr_matrix(W), [f"a{i}" for i in range(n)], types)
        nx.set_node_attributes(G, dict(enumerate(types)), "type")
        got = graph_summary(net)["assortativity_type"]
        want = nx.attribute_assortativity_coefficient(G, "type")
        if math.isnan(want):
            assert math.isnan(got)
        else:
            assert got == pytest.approx(want, abs=1e-12)
    # the exact digits are the same whatever PYTHONHASHSEED is
    code = ("import numpy as np, scipy.sparse as sp; from ctnet.metrics import _type_assortativity as f;"
            "W = sp.csr_matrix(np.array([[0,1,1,0,1],[1,0,1,1,0],[1,1,0,1,1],[0,1,1,0,1],[1,0,1,1,0]], float));"
            "print(repr(f(W, ['un', 'gov', 'donor', 'ngo', 'un'])))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(h), "PATH": ""}).stdout for h in (0, 1, 2, 3)}
    assert len(outs) == 1


def test_graph_summary_two_components_and_isolate():
    # triangle a-b-c, edge d-e, isolate f
    W = np.zeros((6, 6))
    for i, j in ((0, 1), (1, 2), (0, 2), (3, 4)):
        W[i, j] = W[j, i] = 1
    net = make_net(W, list("abcdef"), ["un", "un", "ngo", "ngo", "ngo", "un"])
    s = graph_summary(net)
    assert s["n_components"] == 3 and s["largest_component_size"] == 3 and s["n_isolates"] == 1
    assert s["density"] == pytest.approx(4 / 15)
    assert s["diameter"] == 1
    # degrees 2,2,2,1,1,0 -> sum(max - d) = 0+0+0+1+1+2 = 4; / ((n-1)(n-2)) = 20
    assert s["degree_centralization"] == pytest.approx(4 / 20)
    # internal: a-b (un-un), d-e (ngo-ngo); external: b-c, a-c
    assert s["ei_index_type"] == pytest.approx(0.0)
    assert s["average_clustering"] == pytest.approx(nx.average_clustering(net.graph, weight="weight"))


def test_graph_summary_with_communities():
    net = four_node()
    comm = pd.DataFrame({"actor_id": list("abcd"), "community": [0, 0, 1, 1]})
    comm.attrs["modularity"] = 0.25
    s = graph_summary(net, communities=comm)
    assert s["modularity"] == 0.25 and s["n_communities"] == 2


def test_graph_summary_diameter_approximation_is_stated():
    net = net_from_graph(nx.les_miserables_graph())
    s = graph_summary(net, exact_max_nodes=20)
    assert "diameter" in s["approximations"]
    assert s["diameter"] <= nx.diameter(net.graph)
    assert graph_summary(net)["diameter"] == nx.diameter(net.graph)

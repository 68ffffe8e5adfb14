"""Every weighting scheme against values computed by hand on a five-release toy corpus.

Releases (document units): d1 {a, b, c}, d2 {a, c, d}, d3 {b}, d4 {} (no actor), d5 {a, c}.
N = 5 units; c_a = 3, c_b = 2, c_c = 3, c_d = 1; c_ab = 1, c_ac = 3, c_bc = 1, c_ad = 1, c_cd = 1.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError
from ctnet.network import WEIGHTS, build_network, cooccurrence, network_from_events

EVENTS = [("d1", "a"), ("d1", "b"), ("d1", "c"), ("d2", "a"), ("d2", "c"), ("d2", "d"),
          ("d3", "b"), ("d5", "a"), ("d5", "c")]
EMPTY = ("d4",)  # a release naming no actor still counts in N

S6, S3 = math.sqrt(6), math.sqrt(3)
L = math.log
EXPECTED = {
    "count": {"ab": 1, "ac": 3, "bc": 1, "ad": 1, "cd": 1},
    # c_ij / (c_i + c_j - c_ij)
    "jaccard": {"ab": 1 / 4, "ac": 3 / 3, "bc": 1 / 4, "ad": 1 / 3, "cd": 1 / 3},
    # c_ij / sqrt(c_i c_j)
    "cosine": {"ab": 1 / S6, "ac": 1.0, "bc": 1 / S6, "ad": 1 / S3, "cd": 1 / S3},
    # c_ij / min(c_i, c_j)
    "inclusion": {"ab": 1 / 2, "ac": 1.0, "bc": 1 / 2, "ad": 1.0, "cd": 1.0},
    # c_ij / (c_i c_j)
    "association": {"ab": 1 / 6, "ac": 3 / 9, "bc": 1 / 6, "ad": 1 / 3, "cd": 1 / 3},
    # d1 and d2 (3 actors) add 1/2 to each of their pairs, d5 (2 actors) adds 1 to ac; d3 adds nothing
    "newman": {"ab": 0.5, "ac": 0.5 + 0.5 + 1, "bc": 0.5, "ad": 0.5, "cd": 0.5},
    # log(p_ij / (p_i p_j)) / -log p_ij with p = c / 5: ab and bc are negative (1/5 < 3/5 * 2/5), dropped;
    # ac: p_ij = p_a = p_c = 3/5 -> 1; ad, cd: log((1/5) / (3/25)) / log 5 = log(5/3) / log 5
    "npmi": {"ac": 1.0, "ad": L(5 / 3) / L(5), "cd": L(5 / 3) / L(5)},
}


def toy_incidence() -> sp.csr_matrix:
    units = {"d1": "abc", "d2": "acd", "d3": "b", "d4": "", "d5": "ac"}
    X = np.array([[1.0 if a in units[d] else 0.0 for a in "abcd"] for d in units])
    return sp.csr_matrix(X)


def as_dict(W) -> dict[str, float]:
    W = sp.triu(sp.csr_matrix(W), k=1).tocoo()
    return {"abcd"[i] + "abcd"[j]: v for i, j, v in zip(W.row, W.col, W.data)}


def test_every_scheme_is_tested():
    assert set(EXPECTED) == set(WEIGHTS)


@pytest.mark.parametrize("weight", WEIGHTS)
def test_cooccurrence_by_hand(weight):
    got = as_dict(cooccurrence(toy_incidence(), weight=weight))
    assert got.keys() == EXPECTED[weight].keys()
    for k, v in EXPECTED[weight].items():
        assert got[k] == pytest.approx(v, rel=1e-12), k


@pytest.mark.parametrize("weight", WEIGHTS)
def test_build_network_by_hand(weight):
    from ctnet.network import mentions_from_events

    m = mentions_from_events(EVENTS + [("d4", "z")])
    # drop z's mention but keep the release d4 (a release without actors)
    m.table = m.table[m.table["actor_id"] != "z"].reset_index(drop=True)
    m.actors = m.actors[m.actors["actor_id"] != "z"].reset_index(drop=True)
    net = build_network(m, weight=weight)
    assert net.params["n_units"] == 5 and net.params["weight"] == weight
    got = {r.source + r.target: r.weight for r in net.edges().itertuples()}
    assert got.keys() == EXPECTED[weight].keys()
    for k, v in EXPECTED[weight].items():
        assert got[k] == pytest.approx(v, rel=1e-12), k
    W = net.weights
    assert (abs(W - W.T) > 0).nnz == 0 and not W.diagonal().any() and (W.data > 0).all()


def test_npmi_one_when_always_together():
    # c_ij = N: both actors in every unit -> NPMI 1 (the limit), not 0/0
    W = cooccurrence(sp.csr_matrix(np.ones((3, 2))), weight="npmi")
    assert W[0, 1] == 1.0


def test_npmi_independence_is_not_an_edge():
    # p_ab = 1/4 = p_a p_b exactly: NPMI 0, no edge (not a rounding residue)
    X = sp.csr_matrix(np.array([[1, 1], [1, 0], [0, 1], [0, 0]], dtype=float))
    assert cooccurrence(X, weight="npmi").nnz == 0


def test_npmi_uses_the_binary_incidence():
    X = sp.csr_matrix(np.array([[3, 1], [1, 0], [0, 2], [0, 0]], dtype=float))
    assert cooccurrence(X, weight="npmi").nnz == cooccurrence((X > 0).astype(float), weight="npmi").nnz


def test_newman_strength_counts_units_with_a_partner():
    # Newman 2001: an actor's strength is the number of its units that name another actor
    X = toy_incidence()
    s = np.asarray(cooccurrence(X, weight="newman").sum(axis=1)).ravel()
    np.testing.assert_allclose(s, [3, 1, 3, 1])  # a: d1 d2 d5; b: d1 (d3 alone); c: d1 d2 d5; d: d2


def test_min_weight_on_normalised_weights():
    net = network_from_events(EVENTS, weight="jaccard", min_weight=0.3)
    assert {r.source + r.target for r in net.edges().itertuples()} == {"ac", "ad", "cd"}
    assert net.n_actors == 4  # b is an isolate


def test_mention_counting_with_cosine():
    # cosine of the mention-count columns: a named twice in d1
    X = sp.csr_matrix(np.array([[2, 1], [1, 0], [0, 1]], dtype=float))
    assert cooccurrence(X, weight="cosine")[0, 1] == pytest.approx(2 / math.sqrt(5 * 2))


def test_bad_weight():
    with pytest.raises(InvalidParameterError, match="'weight' parameter of cooccurrence"):
        cooccurrence(toy_incidence(), weight="dice")

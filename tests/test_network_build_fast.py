"""The fast paths of the network build give the same results as the general ones, bit for bit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import ctnet.network as cn
from ctnet.errors import InvalidParameterError
from ctnet.network import build_network, mentions_from_events


def _events(n_docs: int, n_actors: int, seed: int) -> pd.DataFrame:
    """A heavy-tailed event table (about 6 actors per document), ids as repeated string objects."""
    rng = np.random.default_rng(seed)
    k = 1 + rng.poisson(5, n_docs)
    doc = np.repeat(np.arange(n_docs), k)
    act = np.minimum(rng.zipf(1.6, doc.size) - 1, n_actors - 1)
    ids = np.array([f"d{i:06d}" for i in range(n_docs)], dtype=object)
    names = np.array([f"A{j:05d}" for j in range(n_actors)], dtype=object)
    return pd.DataFrame({"event_id": ids[doc], "actor": names[act]})


def _mentions(n_docs: int = 12_000, n_actors: int = 400, seed: int = 3, shuffle: bool = False):
    """Mentions with every link named 1 to 4 times, rows grouped by document (or shuffled)."""
    ev = _events(n_docs, n_actors, seed).drop_duplicates().reset_index(drop=True)
    m = mentions_from_events(ev)
    rng = np.random.default_rng(seed + 1)
    idx = np.repeat(np.arange(len(m.table)), 1 + rng.integers(0, 4, len(m.table)))
    t = m.table.iloc[idx].reset_index(drop=True)
    if shuffle:
        t = t.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    m.table = t
    return m


def _same(a: sp.csr_matrix, b: sp.csr_matrix) -> bool:
    return (a.shape == b.shape and all(np.array_equal(getattr(a, k), getattr(b, k)) for k in ("indptr", "indices", "data"))
            and all(getattr(a, k).dtype == getattr(b, k).dtype for k in ("indptr", "indices", "data")))


def _same_net(a, b) -> None:
    for attr in ("weights", "incidence", "doc_incidence"):
        assert _same(getattr(a, attr), getattr(b, attr)), attr
    pd.testing.assert_frame_equal(a.actors, b.actors)
    pd.testing.assert_frame_equal(a.edges(), b.edges())
    assert a.unit_ids == b.unit_ids and a.doc_ids == b.doc_ids


@pytest.fixture
def forced(monkeypatch):
    """Every fast path on, even for small inputs (threads for any work, a pointer table of any size)."""
    monkeypatch.setattr(cn, "_THREAD_MIN_WORK", 0)
    monkeypatch.setattr(cn, "_SLOTS_PER_ROW", 10**6)
    monkeypatch.setattr(cn, "_CHUNK", 4096)


@pytest.mark.parametrize("opts", [{}, {"counting": "mentions"}, {"weight": "jaccard"}, {"min_docs": 3},
                                  {"top_n": 50}, {"unit": "sentence"}, {"weight": "newman"}])
@pytest.mark.parametrize("shuffle", [False, True])
def test_fast_build_equals_general_build(monkeypatch, opts, shuffle):
    m = _mentions(shuffle=shuffle)
    general = build_network(m, threads=1, **opts)  # default thresholds: no pointer table, one thread
    monkeypatch.setattr(cn, "_THREAD_MIN_WORK", 0)
    monkeypatch.setattr(cn, "_SLOTS_PER_ROW", 10**6)
    monkeypatch.setattr(cn, "_CHUNK", 4096)
    for threads in (1, 2, 3):
        _same_net(build_network(m, threads=threads, **opts), general)


def test_count_weights_are_xtx_without_diagonal(forced):
    rng = np.random.default_rng(0)
    X = sp.csr_matrix((rng.random((300, 40)) < 0.15).astype(np.float64))
    Xt = cn._transpose(X)
    dense = (X.T @ X).toarray()
    np.fill_diagonal(dense, 0)
    one = cn._count_weights(X, Xt, threads=1)
    for threads in (2, 3, 5):
        assert _same(cn._count_weights(X, Xt, threads=threads), one)
    assert np.array_equal(one.toarray(), dense)
    assert one.has_sorted_indices and _same(one, cn._clean_symmetric(X.T @ X))


def test_column_cuts_split_the_work(forced):
    rng = np.random.default_rng(1)
    X = sp.csr_matrix((rng.random((500, 60)) < 0.2).astype(np.float64))
    cuts = cn._column_cuts(X, cn._transpose(X), 2)
    assert cuts[0] == 0 and cuts[-1] == 60 and len(cuts) == 3 and 0 < cuts[1] < 60
    k = np.diff(X.indptr)
    work = np.asarray(X.T @ k).ravel()  # work of each column: Σ over its units of k_u
    left = work[: cuts[1]].sum() / work.sum()
    assert 0.3 < left < 0.7
    assert cn._column_cuts(X, cn._transpose(X), 1) == [0, 60]
    cuts3 = cn._column_cuts(X, cn._transpose(X), 3)
    assert len(cuts3) == 4 and cuts3 == sorted(set(cuts3))


def test_matmat_equals_scipy():
    rng = np.random.default_rng(2)
    A = sp.random(200, 90, density=0.05, format="csr", random_state=rng)
    B = sp.random(90, 150, density=0.05, format="csr", random_state=rng)
    assert _same(cn._matmat(A, B), sp.csr_matrix(A @ B))
    assert _same(cn._matmat(A, B, transpose=True), cn._transpose(sp.csr_matrix(A @ B)))
    Z = sp.csr_matrix((90, 150))
    assert cn._matmat(A, Z).nnz == 0 and cn._matmat(A, Z).shape == (200, 150)


def test_grouped_counts_equal_coo(forced):
    rng = np.random.default_rng(4)
    rows = np.sort(rng.integers(0, 3000, 80_000)).astype(np.int32)
    cols = rng.integers(0, 700, rows.size).astype(np.int32)
    expected = sp.coo_matrix((np.ones(rows.size), (rows, cols)), shape=(3005, 700)).tocsr()
    expected.sum_duplicates()
    for threads in (1, 2):
        got = cn._grouped_counts(rows, cols, (3005, 700), threads=threads)
        assert np.array_equal(got.toarray(), expected.toarray())
        assert _same(got, expected) and got.has_sorted_indices


def test_sorted_codes_match_codes(forced):
    pool = np.array(["b", " a", "c ", "a", None, float("nan"), "é", "B"], dtype=object)
    rng = np.random.default_rng(5)
    values = pool[rng.integers(0, pool.size, 70_000)]
    col = pd.Series(values, dtype=object)
    codes, labels = cn._sorted_codes(col)
    ref_codes, ref_labels = cn._codes(col)
    assert labels == sorted(ref_labels) == ["", "B", "a", "b", "c", "é"]
    assert np.array_equal(np.asarray(labels, dtype=object)[codes], np.asarray(ref_labels, dtype=object)[ref_codes])
    mixed = pd.Series(np.array([1, 1.0, "x"], dtype=object)[rng.integers(0, 3, 70_000)], dtype=object)
    codes, labels = cn._sorted_codes(mixed)  # non-strings: the general path (same answer)
    ref_codes, ref_labels = cn._codes(mixed)
    assert np.array_equal(np.asarray(labels, dtype=object)[codes], np.asarray(ref_labels, dtype=object)[ref_codes])


def test_doc_codes_by_identity():
    ids = [f"doc{i}" for i in range(3000)]
    runs = np.repeat(np.arange(3000), 3)
    col = pd.Series(np.array(ids, dtype=object)[runs], dtype=object)
    codes = cn._doc_codes_by_identity(col, ids)
    assert codes is not None and np.array_equal(codes, cn._codes(col)[0])
    assert cn._doc_codes_by_identity(col, ids[:-1]) is None  # a document missing from the ids
    assert cn._doc_codes_by_identity(col.iloc[::-1].reset_index(drop=True), ids) is None  # another order
    copies = [str(i).join(["doc", ""]) for i in range(3000)]  # equal values, other objects
    assert cn._doc_codes_by_identity(col, copies) is None


def test_doc_id_column_equals_text_col():
    for values in (["x", "y", "x", " z", None], ["a", "b", "c"], []):
        s = pd.Series(values, dtype=object)
        col, ids = cn._doc_id_column(s)
        ref = cn._text_col(s)
        pd.testing.assert_series_equal(col, ref)
        assert ids == pd.unique(ref.to_numpy(dtype=object)).tolist()


def test_threads_is_checked():
    m = mentions_from_events([("e1", "A"), ("e1", "B")])
    for bad in (0, -1, 1.5, "2"):
        with pytest.raises(InvalidParameterError, match="threads"):
            build_network(m, threads=bad)


@pytest.mark.parametrize("scale", [1.0, 3.0, 0.5, 60_000.0])
def test_count_weights_integer_and_float_paths(forced, scale):
    """Whole-number incidences run on int32 (when no sum can overflow), others on float64: same values."""
    rng = np.random.default_rng(6)
    X = sp.csr_matrix(rng.integers(0, 3, (400, 70)) * (rng.random((400, 70)) < 0.2) * scale)
    expected = (X.T @ X).toarray()
    np.fill_diagonal(expected, 0)
    assert cn._exact_int32(X) == (scale in (1.0, 3.0))  # 0.5: not whole; 60000: 60000² > 2³¹
    one = cn._count_weights(X, None, threads=1)
    assert one.dtype == np.float64 and one.has_sorted_indices
    assert np.array_equal(one.toarray(), expected)
    for threads in (2, 3):
        assert _same(cn._count_weights(X, None, threads=threads), one)


def test_drop_diagonal_of_row_and_column_blocks():
    C = sp.csr_matrix(np.arange(1.0, 37.0).reshape(6, 6))
    rows = cn._drop_diagonal(sp.csr_matrix(C[2:4]), 2)  # rows 2:4: drop (0, 2) and (1, 3)
    assert np.array_equal(rows.toarray(), np.array([[13, 14, 0, 16, 17, 18], [19, 20, 21, 0, 23, 24]]))
    cols = cn._drop_diagonal(sp.csr_matrix(C[:, 3:5]), -3)  # columns 3:5: drop (3, 0) and (4, 1)
    expected = C[:, 3:5].toarray()
    expected[3, 0] = expected[4, 1] = 0
    assert np.array_equal(cols.toarray(), expected) and cols.nnz == 10


def test_side_by_side_is_hstack():
    rng = np.random.default_rng(7)
    parts = [sp.random(50, w, density=0.2, format="csr", random_state=rng) for w in (3, 1, 9)]
    parts.insert(1, sp.csr_matrix((50, 4)))  # a block without entries
    want = sp.csr_matrix(sp.hstack(parts, format="csr"))
    want.sort_indices()
    for threads in (1, 2, 7, 60):
        got = cn._side_by_side(parts, 50, threads=threads)
        assert _same(got, want) and got.has_sorted_indices


def test_edge_release_ids_joined_in_chunks(monkeypatch):
    """The release ids of the edges, joined a few edges at a time, are those joined all at once."""
    net = build_network(_mentions(n_docs=3000, n_actors=120))
    whole = net.edges()
    assert whole["docs"].str.len().gt(0).all()
    monkeypatch.setattr(cn, "_EDGES_PER_JOIN", 3)
    chunked = build_network(_mentions(n_docs=3000, n_actors=120)).edges()
    pd.testing.assert_frame_equal(chunked, whole)
    counts = chunked["docs"].str.count(";") + 1
    assert counts.tolist() == chunked["n_docs"].tolist()

"""The network stage: units, counting, filters, roll-up, edge evidence (hand-computed toys)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from ctnet.actors.mentions import DOCUMENT_COLUMNS, MENTION_COLUMNS, SENTENCE_COLUMNS, Mentions
from ctnet.errors import InvalidParameterError
from ctnet.network import ActorNetwork, build_network, cooccurrence, slice_by_time


def make_mentions(rows, docs, actors=None, publishers=None, dates=None):
    """Mentions from (doc, actor, sentence, paragraph[, role]) tuples."""
    recs = []
    for r in rows:
        doc, actor, s, p = r[:4]
        role = r[4] if len(r) > 4 else ""
        recs.append({"doc_id": doc, "actor_id": actor, "actor_name": actor.upper(), "actor_type": "other",
                     "surface": actor, "start": 0, "end": 1, "sentence": s, "paragraph": p,
                     "role": role, "role_evidence": ""})
    table = pd.DataFrame(recs, columns=MENTION_COLUMNS)
    if actors is None:
        ids = sorted({r[1] for r in rows})
        actors = pd.DataFrame({"actor_id": ids, "name": [a.upper() for a in ids], "type": "other",
                               "country": "", "parent": "", "discovered": False})
    publishers = publishers or {}
    dates = dates or {}
    documents = pd.DataFrame({"doc_id": docs, "title": "", "date": [dates.get(d, "") for d in docs],
                              "publisher": "", "url": "", "source": "", "n_chars": 0, "n_actors": 0,
                              "publisher_id": [publishers.get(d, "") for d in docs]}, columns=DOCUMENT_COLUMNS)
    return Mentions(table=table, actors=actors, documents=documents,
                    sentences=pd.DataFrame(columns=SENTENCE_COLUMNS))


# d1: A B (s0 p0), C (s2 p1), A again (s3 p1); d2: A (s0 p0), C (s1 p0), D (s5 p2);
# d3: B alone; d4: no actor; d5: A C (s0 p0).
TOY_ROWS = [("d1", "a", 0, 0), ("d1", "b", 0, 0), ("d1", "c", 2, 1), ("d1", "a", 3, 1),
            ("d2", "a", 0, 0), ("d2", "c", 1, 0), ("d2", "d", 5, 2),
            ("d3", "b", 0, 0), ("d5", "a", 0, 0), ("d5", "c", 0, 0)]
TOY_DOCS = ["d1", "d2", "d3", "d4", "d5"]


@pytest.fixture
def toy():
    return make_mentions(TOY_ROWS, TOY_DOCS)


def weights_dict(net: ActorNetwork) -> dict[tuple[str, str], float]:
    return {(r.source, r.target): r.weight for r in net.edges().itertuples()}


def test_default_network(toy):
    net = build_network(toy)
    assert net.actor_ids == ["a", "b", "c", "d"]
    assert weights_dict(net) == {("a", "b"): 1, ("a", "c"): 3, ("b", "c"): 1, ("a", "d"): 1, ("c", "d"): 1}
    assert net.unit_ids == TOY_DOCS and net.unit_docs == TOY_DOCS and net.doc_ids == TOY_DOCS
    assert net.incidence.shape == (5, 4) and net.params["n_units"] == 5
    a = net.actors.set_index("actor_id")
    assert a["n_docs"].to_dict() == {"a": 3, "b": 2, "c": 3, "d": 1}
    assert a["n_mentions"].to_dict() == {"a": 4, "b": 2, "c": 3, "d": 1}
    assert a.loc["a", "name"] == "A" and a.loc["a", "type"] == "other"
    assert list(net.actors.columns[:8]) == ["actor_id", "name", "type", "country", "parent", "donor",
                                            "n_docs", "n_mentions"]
    W = net.weights
    assert (W != W.T).nnz == 0 and W.diagonal().sum() == 0
    e = net.edges()
    assert e.iloc[0][["source", "target", "weight", "n_docs", "docs"]].tolist() == ["a", "c", 3.0, 3, "d1;d2;d5"]
    assert list(e["source"] + e["target"]) == ["ac", "ab", "ad", "bc", "cd"]  # weight desc, then ids
    # the graph carries the same edges, evidence and distance = 1/weight
    G = net.graph
    assert G.edges["a", "c"]["docs"] == ["d1", "d2", "d5"] and G.edges["a", "c"]["distance"] == pytest.approx(1 / 3)
    assert G.graph["ctnet"]["weight"] == "count"


def test_arguments_not_mutated(toy):
    before = (toy.table.copy(), toy.actors.copy(), toy.documents.copy())
    build_network(toy, level="parent", exclude=["b"], exclude_publisher=True, unit="window:2", top_n=2)
    pd.testing.assert_frame_equal(toy.table, before[0])
    pd.testing.assert_frame_equal(toy.actors, before[1])
    pd.testing.assert_frame_equal(toy.documents, before[2])


@pytest.mark.parametrize("unit, unit_ids, expected", [
    ("document", TOY_DOCS, {("a", "b"): 1, ("a", "c"): 3, ("b", "c"): 1, ("a", "d"): 1, ("c", "d"): 1}),
    ("paragraph", ["d1#p0", "d1#p1", "d2#p0", "d2#p2", "d3#p0", "d5#p0"], {("a", "b"): 1, ("a", "c"): 3}),
    ("sentence", ["d1#s0", "d1#s2", "d1#s3", "d2#s0", "d2#s1", "d2#s5", "d3#s0", "d5#s0"], {("a", "b"): 1, ("a", "c"): 1}),
    # windows of 2 sentences: d1 has 4 sentences (w0..w2), d2 has 6 (w0..w4; w2, w3 hold no actor),
    # d3 and d5 have one sentence, so one window each
    ("window:2", ["d1#w0", "d1#w1", "d1#w2", "d2#w0", "d2#w1", "d2#w4", "d3#w0", "d5#w0"],
     {("a", "b"): 1, ("a", "c"): 3}),
    ("window:10", ["d1#w0", "d2#w0", "d3#w0", "d5#w0"],
     {("a", "b"): 1, ("a", "c"): 3, ("b", "c"): 1, ("a", "d"): 1, ("c", "d"): 1}),
])
def test_units(toy, unit, unit_ids, expected):
    net = build_network(toy, unit=unit)
    assert net.unit_ids == unit_ids
    assert net.unit_docs == [u.split("#")[0] for u in unit_ids]
    assert weights_dict(net) == expected
    assert net.params["unit"] == unit
    # n_docs per actor is always counted in documents
    assert net.actors.set_index("actor_id")["n_docs"].to_dict() == {"a": 3, "b": 2, "c": 3, "d": 1}


def test_edge_evidence_follows_units(toy):
    # with sentence units, a and c share a sentence only in d5 (they are in d1 and d2 too, apart)
    e = build_network(toy, unit="sentence").edges().set_index(["source", "target"])
    assert e.loc[("a", "c"), "docs"] == "d5" and e.loc[("a", "c"), "n_docs"] == 1
    e = build_network(toy, unit="window:2").edges().set_index(["source", "target"])
    assert e.loc[("a", "c"), "docs"] == "d1;d2;d5" and e.loc[("a", "c"), "n_docs"] == 3


def test_window_one_equals_sentence(toy):
    s, w = build_network(toy, unit="sentence"), build_network(toy, unit="window:1")
    assert (s.weights != w.weights).nnz == 0
    assert [u.replace("#s", "#w") for u in s.unit_ids] == w.unit_ids


def test_counting_mentions(toy):
    net = build_network(toy, counting="mentions")
    # a is named twice in d1: c_ab = 2*1, c_ac = 2*1 (d1) + 1 (d2) + 1 (d5)
    assert weights_dict(net) == {("a", "b"): 2, ("a", "c"): 4, ("b", "c"): 1, ("a", "d"): 1, ("c", "d"): 1}
    assert net.incidence[0, 0] == 2
    assert build_network(toy).incidence[0, 0] == 1


def test_min_weight_and_min_docs(toy):
    assert weights_dict(build_network(toy, min_weight=2)) == {("a", "c"): 3}
    net = build_network(toy, min_weight=2)
    assert net.actor_ids == ["a", "b", "c", "d"]  # isolates stay
    assert net.params["min_weight"] == 2
    net = build_network(toy, min_docs=2)
    assert net.actor_ids == ["a", "b", "c"]
    assert weights_dict(net) == {("a", "b"): 1, ("a", "c"): 3, ("b", "c"): 1}
    assert build_network(toy, min_docs=4).n_actors == 0
    # default min_weight: 1 for count, 0 otherwise
    assert build_network(toy).params["min_weight"] == 1
    assert build_network(toy, weight="jaccard").params["min_weight"] == 0


def test_exclude_by_id_or_name(toy):
    assert build_network(toy, exclude=["c"]).actor_ids == ["a", "b", "d"]
    net = build_network(toy, exclude=["C", "D"])  # names
    assert net.actor_ids == ["a", "b"] and weights_dict(net) == {("a", "b"): 1}
    assert net.params["exclude"] == ["C", "D"]


def test_exclude_publisher():
    m = make_mentions(TOY_ROWS, TOY_DOCS, publishers={"d1": "a", "d3": "b"})
    net = build_network(m, exclude_publisher=True)
    # a is dropped from d1 only (it published d1), b from d3
    assert weights_dict(net) == {("b", "c"): 1, ("a", "c"): 2, ("a", "d"): 1, ("c", "d"): 1}
    a = net.actors.set_index("actor_id")
    assert a.loc["a", "n_docs"] == 2 and a.loc["b", "n_docs"] == 1
    assert weights_dict(build_network(m)) == weights_dict(build_network(make_mentions(TOY_ROWS, TOY_DOCS)))


def test_types():
    actors = pd.DataFrame({"actor_id": ["a", "b", "c", "d"], "name": ["A", "B", "C", "D"],
                           "type": ["un_agency", "government", "government", "ngo"],
                           "country": "", "parent": "", "discovered": False})
    m = make_mentions(TOY_ROWS, TOY_DOCS, actors=actors)
    assert build_network(m, keep_types=["government"]).actor_ids == ["b", "c"]
    assert build_network(m, drop_types=["government", "ngo"]).actor_ids == ["a"]
    assert build_network(m, keep_types=["government", "un_agency"], drop_types=["un_agency"]).actor_ids == ["b", "c"]


@pytest.mark.parametrize("top_by, expected", [
    ("n_docs", ["a", "c"]),       # a 3, c 3, b 2, d 1
    ("n_mentions", ["a", "c"]),   # a 4, c 3
    ("strength", ["a", "c"]),     # a 5, c 5, b 2, d 2
])
def test_top_n(toy, top_by, expected):
    net = build_network(toy, top_n=2, top_by=top_by)
    assert net.actor_ids == expected
    assert weights_dict(net) == {("a", "c"): 3}


def test_top_n_ties_by_id(toy):
    # b and d tie on strength (2); b wins by id
    assert build_network(toy, top_n=3, top_by="strength").actor_ids == ["a", "b", "c"]


def test_level_parent_rollup():
    # m1 and m2 are bodies of g (g also named); x has a parent not in the table
    rows = [("d1", "m1", 0, 0), ("d1", "g", 1, 0), ("d1", "u", 1, 0), ("d2", "m2", 0, 0),
            ("d2", "u", 0, 0, "donor"), ("d3", "m1", 0, 0), ("d3", "m2", 1, 0), ("d3", "x", 2, 0)]
    actors = pd.DataFrame({"actor_id": ["g", "m1", "m2", "u", "x"],
                           "name": ["Government of G", "Ministry 1", "Ministry 2", "UNODC", "X body"],
                           "type": ["government", "government", "government", "un_agency", "ngo"],
                           "country": ["GGG", "GGG", "GGG", "", ""],
                           "parent": ["", "g", "m1", "", "y"], "discovered": False})
    m = make_mentions(rows, ["d1", "d2", "d3"], actors=actors)
    net = build_network(m)
    assert net.actor_ids == ["g", "m1", "m2", "u", "x"]
    assert net.actors.set_index("actor_id").loc["u", "donor"]
    up = build_network(m, level="parent")
    assert up.actor_ids == ["g", "u", "y"]
    a = up.actors.set_index("actor_id")
    assert a.loc["g", "name"] == "Government of G" and a.loc["g", "n_docs"] == 3
    assert a.loc["g", "n_mentions"] == 5  # m1, g, m2, m1, m2
    assert a.loc["y", "name"] == "y" and a.loc["y", "type"] == "ngo"  # parent unknown: id as name
    assert weights_dict(up) == {("g", "u"): 2, ("g", "y"): 1}
    assert set(up.mentions["actor_id"]) == {"g", "u", "y"}
    assert up.mentions.loc[up.mentions["surface"] == "m1", "actor_name"].unique().tolist() == ["Government of G"]
    # exclude a body before the roll-up, or the root after it
    assert build_network(m, level="parent", exclude=["m1", "m2"]).actors.set_index("actor_id").loc["g", "n_docs"] == 1
    assert build_network(m, level="parent", exclude=["g"]).actor_ids == ["u", "y"]


def test_level_parent_uses_root_columns():
    rows = [("d1", "m1", 0, 0), ("d1", "u", 0, 0), ("d2", "m1", 0, 0)]
    actors = pd.DataFrame({"actor_id": ["m1", "u"], "name": ["Ministry", "UNODC"],
                           "type": ["government", "un_agency"], "country": ["KEN", ""],
                           "parent": ["gov-ken-x", ""], "discovered": False,
                           "root_id": ["gov-ken", "u"], "root_name": ["Government of Kenya", "UNODC"],
                           "root_type": ["government", "un_agency"], "root_country": ["KEN", ""],
                           "donor": [False, True]})
    m = make_mentions(rows, ["d1", "d2"], actors=actors)
    up = build_network(m, level="parent", exclude_publisher=True)
    a = up.actors.set_index("actor_id")
    assert up.actor_ids == ["gov-ken", "u"] and a.loc["gov-ken", "name"] == "Government of Kenya"
    assert a.loc["gov-ken", "country"] == "KEN" and a.loc["gov-ken", "parent"] == ""
    assert a.loc["u", "donor"] and not a.loc["gov-ken", "donor"]


def test_exclude_publisher_rolled_up():
    rows = [("d1", "m1", 0, 0), ("d1", "u", 0, 0), ("d1", "g", 0, 0), ("d2", "m1", 0, 0), ("d2", "u", 0, 0)]
    actors = pd.DataFrame({"actor_id": ["g", "m1", "u"], "name": ["G", "M", "U"],
                           "type": "government", "country": "", "parent": ["", "g", ""], "discovered": False})
    m = make_mentions(rows, ["d1", "d2"], actors=actors, publishers={"d1": "m1"})
    # actor level: only m1 is dropped from d1
    assert weights_dict(build_network(m, exclude_publisher=True)) == {("g", "u"): 1, ("m1", "u"): 1}
    # parent level: the publisher rolls up to g, so g (with m1) is dropped from d1
    assert weights_dict(build_network(m, level="parent", exclude_publisher=True)) == {("g", "u"): 1}


def test_empty_inputs():
    m = make_mentions([], ["d1", "d2"])
    net = build_network(m)
    assert net.n_actors == 0 and net.n_edges == 0 and net.incidence.shape == (2, 0)
    assert list(net.edges().columns) == ["source", "target", "weight", "n_docs", "docs"]
    assert net.graph.number_of_nodes() == 0
    m = make_mentions([("d1", "a", 0, 0)], ["d1"])
    net = build_network(m)
    assert net.actor_ids == ["a"] and net.n_edges == 0 and net.edges().empty


@pytest.mark.parametrize("opts", [
    {"weight": "bogus"}, {"unit": "window:0"}, {"unit": "page"}, {"counting": "all"}, {"level": "root"},
    {"min_docs": 0}, {"top_n": 0}, {"top_by": "degree"}, {"exclude": [1]}, {"min_weight": "1"},
    {"exclude_publisher": "yes"}, {"keep_types": ["goverment"]}, {"drop_types": "agency"},
])
def test_bad_options(toy, opts):
    with pytest.raises(InvalidParameterError, match="parameter of build_network must be"):
        build_network(toy, **opts)


def test_not_mentions():
    with pytest.raises(InvalidParameterError, match="Mentions"):
        build_network(pd.DataFrame())


def test_deterministic(toy):
    a = build_network(toy, unit="window:2", weight="newman").edges()
    b = build_network(toy, unit="window:2", weight="newman").edges()
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("unit", ["document", "sentence", "window:2"])
def test_docs_off(toy, unit):
    net = build_network(toy, unit=unit)
    e = net.edges(docs=False)
    assert (e["docs"] == "").all() and e["n_docs"].tolist() == net.edges()["n_docs"].tolist()


def test_evidence_matches_a_pair_loop():
    """The vectorised evidence equals a plain loop over pairs on a random corpus."""
    rng = np.random.default_rng(0)
    rows = []
    for d in range(60):
        for s in range(rng.integers(1, 6)):
            for a in rng.choice(12, size=rng.integers(0, 4), replace=False):
                rows.append((f"doc{d:02d}", f"a{a:02d}", int(s), int(s // 2)))
    m = make_mentions(rows, [f"doc{d:02d}" for d in range(60)])
    for unit in ("document", "sentence", "window:2"):
        net = build_network(m, unit=unit)
        expected = {}
        X = net.incidence.tocsr()
        for u in range(X.shape[0]):
            acts = sorted(net.actor_ids[j] for j in X.indices[X.indptr[u]:X.indptr[u + 1]])
            for i in range(len(acts)):
                for j in range(i + 1, len(acts)):
                    expected.setdefault((acts[i], acts[j]), set()).add(net.unit_docs[u])
        got = {(r.source, r.target): r.docs for r in net.edges().itertuples()}
        assert got == {k: ";".join(sorted(v)) for k, v in expected.items()}
        assert len(got) > 20


def test_cooccurrence_is_xtx():
    rng = np.random.default_rng(1)
    X = sp.csr_matrix((rng.random((30, 8)) < 0.3).astype(float))
    C = (X.T @ X).toarray()
    np.fill_diagonal(C, 0)
    np.testing.assert_array_equal(cooccurrence(X).toarray(), C)


def test_slice_by_time():
    m = make_mentions(TOY_ROWS, TOY_DOCS,
                      dates={"d1": "2021-02-03", "d2": "2021-08", "d3": "2022-12-31", "d4": "2022", "d5": ""})
    s = slice_by_time(m, by="year")
    assert [lab for lab, _ in s] == ["2021", "2022"] and s.undated == ["d5"]
    assert s[0][1].documents["doc_id"].tolist() == ["d1", "d2"]
    assert s[1][1].documents["doc_id"].tolist() == ["d3", "d4"]  # d4 names no actor but is a document
    assert s[0][1].actors["actor_id"].tolist() == ["a", "b", "c", "d"]
    assert s[1][1].actors["actor_id"].tolist() == ["b"]
    q = slice_by_time(m, by="quarter")
    assert [lab for lab, _ in q] == ["2021-Q1", "2021-Q3", "2022-Q4"] and q.undated == ["d4", "d5"]
    mo = slice_by_time(m, by="month", cumulative=True)
    assert [lab for lab, _ in mo] == ["2021-02", "2021-08", "2022-12"]
    assert [sub.documents["doc_id"].tolist() for _, sub in mo] == [["d1"], ["d1", "d2"], ["d1", "d2", "d3"]]
    # a period network equals the network of its documents
    net = build_network(s[0][1])
    assert weights_dict(net) == {("a", "b"): 1, ("a", "c"): 2, ("b", "c"): 1, ("a", "d"): 1, ("c", "d"): 1}
    assert s[0][1].params["period"] == "2021"
    with pytest.raises(InvalidParameterError):
        slice_by_time(m, by="week")


def test_slice_by_time_keeps_sentences():
    m = make_mentions(TOY_ROWS, TOY_DOCS, dates={"d1": "2021-01-01", "d2": "2022-01-01"})
    m.sentences = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "sentence": [0, 2, 0], "start": [0, 10, 0],
                                "end": [9, 20, 9], "text": ["x", "y", "z"]})
    s = slice_by_time(m, by="year")
    assert s[0][1].sentences["text"].tolist() == ["x", "y"] and s[1][1].sentences["text"].tolist() == ["z"]
    assert len(m.sentences) == 3


def test_slice_by_time_no_dates(toy):
    s = slice_by_time(toy, by="year")
    assert list(s) == [] and s.undated == TOY_DOCS


# --------------------------------------------------------------------------- fast paths of the build

def random_rows(seed, n_docs=400, n_actors=40, max_per_doc=8, repeat=3, shuffle=True):
    """Rows (doc, actor, sentence, paragraph, role) of a random corpus: Zipf-like actors, repeated mentions."""
    rng = np.random.default_rng(seed)
    p = 1.0 / np.arange(1, n_actors + 1)
    p /= p.sum()
    doc_names = [f"doc{d:04d}" for d in range(n_docs)]
    actor_names = [f"act{a:03d}" for a in range(n_actors)]  # one object per id, as from a gazetteer
    rows = []
    for d in range(n_docs):
        k = int(rng.integers(0, max_per_doc + 1))
        for a in rng.choice(n_actors, size=min(k, n_actors), replace=False, p=p):
            for _ in range(int(rng.integers(1, repeat + 1))):
                s = int(rng.integers(0, 6))
                role = "donor" if rng.random() < 0.05 else ("Donor " if rng.random() < 0.01 else "")
                rows.append((doc_names[d], actor_names[a], s, s // 2, role))
    if shuffle:  # rows of a document together, in random order (as by position in the text)
        order = sorted(range(len(rows)), key=lambda i: (rows[i][0], rng.random()))
        rows = [rows[i] for i in order]
    return rows, doc_names


def reference_network(rows, docs, unit="document", counting="binary", drop=()):
    """Weights, n_docs, n_mentions and donor flags by plain Python loops over the rows."""
    kept = [r for r in rows if r[1] not in drop]
    units = {}
    for doc, actor, s, p, _ in kept:
        key = doc if unit == "document" else (doc, s)
        units.setdefault(key, {}).setdefault(actor, 0)
        units[key][actor] += 1
    weights = {}
    for acts in units.values():
        names = sorted(acts)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                x = 1 if counting == "binary" else acts[a] * acts[b]
                weights[(a, b)] = weights.get((a, b), 0) + x
    n_docs = {}
    for a in {r[1] for r in kept}:
        n_docs[a] = len({r[0] for r in kept if r[1] == a})
    n_mentions = {a: sum(1 for r in kept if r[1] == a) for a in n_docs}
    donor = {a: any(r[4].strip().lower() == "donor" for r in kept if r[1] == a) for a in n_docs}
    return weights, n_docs, n_mentions, donor


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("unit, counting", [("document", "binary"), ("document", "mentions"), ("sentence", "binary")])
def test_build_equals_plain_loops_on_random_corpora(seed, unit, counting):
    """Above 1,024 rows the ids are factorised by identity and by runs; the network must not change."""
    rows, docs = random_rows(seed)
    assert len(rows) > 2000
    net = build_network(make_mentions(rows, docs), unit=unit, counting=counting)
    weights, n_docs, n_mentions, donor = reference_network(rows, docs, unit=unit, counting=counting)
    assert weights_dict(net) == {k: float(v) for k, v in weights.items()}
    a = net.actors.set_index("actor_id")
    assert a["n_docs"].to_dict() == n_docs and a["n_mentions"].to_dict() == n_mentions
    assert a["donor"].to_dict() == donor
    assert net.weights.has_sorted_indices and (net.weights != net.weights.T).nnz == 0
    assert net.weights.diagonal().sum() == 0 and (net.weights.data > 0).all()
    # the incidence is canonical (sorted, no duplicates) and D names each actor once per document
    assert net.incidence.has_canonical_format and net.doc_incidence.has_canonical_format
    assert np.diff(sp.csc_matrix(net.doc_incidence).indptr).tolist() == net.actors["n_docs"].tolist()


def test_build_with_filters_on_random_corpus():
    rows, docs = random_rows(3)
    m = make_mentions(rows, docs)
    net = build_network(m, exclude=["act001", "ACT002"])  # by id, and by name
    weights, n_docs, _, _ = reference_network(rows, docs, drop={"act001", "act002"})
    assert weights_dict(net) == {k: float(v) for k, v in weights.items()}
    assert net.actors.set_index("actor_id")["n_docs"].to_dict() == n_docs
    assert len(net.mentions) == sum(1 for r in rows if r[1] not in ("act001", "act002"))
    # min_docs and top_n drop actors before weighting
    weights, n_docs, _, _ = reference_network(rows, docs)
    keep = sorted(a for a, k in n_docs.items() if k >= 20)
    net = build_network(m, min_docs=20)
    assert net.actor_ids == keep
    assert weights_dict(net) == {k: float(v) for k, v in weights.items() if k[0] in keep and k[1] in keep}


def test_id_columns_of_any_kind_give_the_same_network():
    """Shared string objects, one object per cell (as read from a CSV), pandas string dtype, padded ids."""
    rows, docs = random_rows(4)
    m = make_mentions(rows, docs)
    ref = build_network(m).edges()
    variants = []
    t = m.table.copy()
    t["doc_id"] = [(d + " ")[:-1] for d in t["doc_id"]]  # a new object per cell
    t["actor_id"] = [str(a + " ")[:-1] for a in t["actor_id"]]
    variants.append(t)
    t = m.table.copy()
    t["doc_id"] = t["doc_id"].astype("string")
    t["actor_id"] = t["actor_id"].astype("string")
    variants.append(t)
    t = m.table.copy()
    t["actor_id"] = " " + t["actor_id"] + "  "
    variants.append(t)
    for t in variants:
        v = Mentions(table=t, actors=m.actors, documents=m.documents, sentences=m.sentences)
        pd.testing.assert_frame_equal(build_network(v).edges(), ref)


def test_factorize_equals_pandas():
    from ctnet.network import _factorize

    rng = np.random.default_rng(5)
    pool = [f"id{i}" for i in range(300)]
    for _ in range(10):
        n = int(rng.integers(1500, 6000))
        shared = np.array([pool[i] for i in rng.integers(0, 300, n)], dtype=object)
        fresh = np.array(["".join(["id", str(int(i))]) for i in rng.integers(0, 300, n)], dtype=object)
        mixed = shared.copy()
        mixed[rng.integers(0, n, 40)] = np.nan
        mixed[rng.integers(0, n, 40)] = None
        mixed[rng.integers(0, n, 300)] = fresh[rng.integers(0, n, 300)]
        for v in (shared, fresh, mixed, np.repeat(shared[: n // 5], 5), np.repeat(mixed[: n // 4], 4),
                  np.array([1, 1.0, "1", True] * (n // 4), dtype=object)):
            codes, uniques = _factorize(v)
            want_codes, want_uniques = pd.factorize(v)
            np.testing.assert_array_equal(codes, want_codes)
            assert [str(u) for u in uniques] == [str(u) for u in want_uniques]


def test_documents_missing_from_the_documents_table():
    m = make_mentions([("d1", "a", 0, 0), ("zz", "a", 0, 0), ("zz", "b", 0, 0), ("yy", "b", 0, 0)], ["d1"])
    net = build_network(m)
    assert net.doc_ids == ["d1", "yy", "zz"]  # listed documents first, then the others sorted
    assert net.edges()[["source", "target", "docs"]].values.tolist() == [["a", "b", "zz"]]


def test_network_mentions_are_not_the_input():
    m = make_mentions(TOY_ROWS, TOY_DOCS)
    net = build_network(m)
    assert net.mentions is not m.table
    net.mentions.loc[0, "actor_id"] = "changed"
    net.mentions["extra"] = 1
    assert m.table.loc[0, "actor_id"] == "a" and "extra" not in m.table.columns


@pytest.mark.parametrize("unit", ["document", "sentence"])
def test_evidence_on_demand_equals_the_eager_evidence(unit):
    """edges() derives n_docs and docs from the incidence when asked; they equal the evidence of a
    plain loop over the units, on the full network and on the edges kept by filters."""
    from ctnet.network import backbone

    rows, docs = random_rows(6, n_docs=300)
    net = build_network(make_mentions(rows, docs), unit=unit)
    eager = {}
    for doc, actor, s, _, _ in rows:
        eager.setdefault(doc if unit == "document" else (doc, s), set()).add(actor)
    evidence = {}
    for key, acts in eager.items():
        doc = key if unit == "document" else key[0]
        names = sorted(acts)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                evidence.setdefault((a, b), set()).add(doc)
    e = net.edges()
    got = {(r.source, r.target): (r.n_docs, r.docs) for r in e.itertuples()}
    assert got == {k: (len(v), ";".join(sorted(v))) for k, v in evidence.items()}
    assert e["n_docs"].tolist() == net.edges(docs=False)["n_docs"].tolist()
    kept = backbone(net, method="disparity", alpha=0.2).edges()
    assert 0 < len(kept) < len(e)
    for r in kept.itertuples():
        assert (r.n_docs, r.docs) == got[(r.source, r.target)]
    G = net.graph
    assert all(G.edges[a, b]["docs"] == sorted(v) for (a, b), v in evidence.items())


def test_edges_computed_once_and_safe_to_change(toy):
    net = build_network(toy)
    first = net.edges()
    first.loc[0, "docs"] = "changed"
    first["extra"] = 1
    again = net.edges()
    assert again.loc[0, "docs"] == "d1;d2;d5" and "extra" not in again.columns
    no_docs = net.edges(docs=False)
    assert (no_docs["docs"] == "").all() and no_docs["n_docs"].tolist() == again["n_docs"].tolist()
    assert net.edges().loc[0, "docs"] == "d1;d2;d5"
    # a new weight matrix is a new network: the table is recomputed
    keep = sp.csr_matrix(net.weights.multiply(net.weights >= 2))
    net.weights = keep
    assert net.edges()[["source", "target", "docs"]].values.tolist() == [["a", "c", "d1;d2;d5"]]


def test_graph_carries_the_edge_table():
    from ctnet.network import backbone

    rows, docs = random_rows(7, n_docs=200)
    net = build_network(make_mentions(rows, docs))
    for n in (net, backbone(net, method="disparity", alpha=0.3)):
        G, e = n.graph, n.edges()
        assert G.number_of_edges() == len(e) and G.number_of_nodes() == n.n_actors
        for r in e.to_dict("records"):
            want = {"weight": r["weight"], "n_docs": r["n_docs"], "docs": r["docs"].split(";"),
                    "distance": 1.0 / r["weight"]}
            want.update({k: r[k] for k in ("p_value", "q_value") if k in r})
            got = G.edges[r["source"], r["target"]]
            assert got == want and type(got["n_docs"]) is int and type(got["weight"]) is float
        assert G.graph["ctnet"] == n.params


def test_edge_order_and_orientation_against_pandas():
    """source < target and rows sorted by weight (descending), source, target, also for actors not in id order."""
    rows, docs = random_rows(8, n_docs=250)
    net = build_network(make_mentions(rows, docs))
    perm = np.random.default_rng(0).permutation(net.n_actors)  # the same network, actors shuffled
    shuffled = ActorNetwork(actors=net.actors.iloc[perm].reset_index(drop=True),
                            weights=sp.csr_matrix(net.weights[perm][:, perm]),
                            incidence=sp.csr_matrix(net.incidence[:, perm]), unit_ids=net.unit_ids,
                            unit_docs=net.unit_docs, doc_incidence=sp.csr_matrix(net.doc_incidence[:, perm]),
                            doc_ids=net.doc_ids, params=net.params)
    for n in (net, shuffled):
        e = n.edges()
        assert (e["source"] < e["target"]).all()
        want = e.sort_values(["weight", "source", "target"], ascending=[False, True, True],
                             kind="mergesort").reset_index(drop=True)
        pd.testing.assert_frame_equal(e, want)
        assert e["weight"].duplicated().any()  # ties in weight are broken by the ids
    pd.testing.assert_frame_equal(shuffled.edges(), net.edges())

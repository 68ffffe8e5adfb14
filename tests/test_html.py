"""network.html: offline, escaped, and holding the right data (parsed, not eyeballed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError
from ctnet.network import ActorNetwork
from ctnet.viz.html import to_html
from ctnet.viz.layout import layout

XSS = "<img src=x onerror=alert(1)>"
SCRIPT_XSS = "</script><script>window.__pwned=1</script>"


def make_net(*, titles: dict[str, str] | None = None) -> ActorNetwork:
    """A hand-made network: 4 releases × 5 actors (E isolated), weights = XᵀX, zero diagonal.

    d1: A B C   d2: A B   d3: B C   d4: E  ->  A-B 2, A-C 1, B-C 2.
    Sentences: in d1, A and B share sentence 0, C is alone in sentence 1;
    in d3, B is in sentence 0 and C in sentence 2 (no shared sentence).
    """
    actors = pd.DataFrame({
        "actor_id": ["A", "B", "C", "D", "E"],
        "name": [XSS, "Government of Kenya", "EU & Friends", "Lonely", "Echo"],
        "type": ["un_agency", "government", "regional_org", "ngo", "private"],
        "country": ["", "KEN", "", "MOZ", ""],
        "parent": ["", "", "", "", ""],
        "donor": [False, False, True, False, False],
        "n_docs": [2, 3, 2, 0, 1],
        "n_mentions": [2, 3, 2, 0, 1],
    })
    doc_ids = ["d1", "d2", "d3", "d4"]
    X = sp.csr_matrix(np.array([
        [1, 1, 1, 0, 0],
        [1, 1, 0, 0, 0],
        [0, 1, 1, 0, 0],
        [0, 0, 0, 0, 1],
    ], dtype=float))
    W = sp.csr_matrix(X.T @ X)
    W.setdiag(0)
    W.eliminate_zeros()
    titles = titles or {}
    documents = pd.DataFrame({
        "doc_id": doc_ids,
        "title": [titles.get(d, f"Release {d}") for d in doc_ids],
        "date": ["2024-01-05", "2024-02-01", "2023-12-31", "2024-03-01"],
    })
    sentences = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d3", "d3", "d4"],
        "sentence": [0, 1, 0, 0, 2, 0],
        "start": [0, 50, 0, 0, 80, 0],
        "end": [49, 90, 40, 40, 120, 30],
        "text": ["A and Kenya agreed </script> to cooperate.", "The EU & Friends paid.", "A met Kenya.",
                 "Kenya spoke first.", "Then the EU & Friends answered.", "Echo alone."],
    })
    mentions = pd.DataFrame({
        "doc_id": ["d1", "d1", "d1", "d2", "d2", "d3", "d3", "d4"],
        "actor_id": ["A", "B", "C", "A", "B", "B", "C", "E"],
        "sentence": [0, 0, 1, 0, 0, 0, 2, 0],
    })
    return ActorNetwork(actors=actors, weights=W, incidence=X, unit_ids=doc_ids, unit_docs=doc_ids,
                        doc_incidence=X, doc_ids=doc_ids, params={"weight": "count", "unit": "document"},
                        documents=documents, sentences=sentences, mentions=mentions)


def make_table(net: ActorNetwork) -> pd.DataFrame:
    from ctnet.community import communities
    from ctnet.metrics import centrality

    t = centrality(net)
    return t.merge(communities(net, seed=1)[["actor_id", "community"]], on="actor_id")


def page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="ctnet-data">(.*?)</script>', text, re.DOTALL)
    assert m is not None
    return json.loads(m.group(1))


@pytest.fixture()
def net() -> ActorNetwork:
    return make_net(titles={"d1": XSS, "d2": SCRIPT_XSS})


@pytest.fixture()
def page(net: ActorNetwork, tmp_path: Path) -> str:
    out = to_html(net, tmp_path / "network.html", table=make_table(net), seed=3)
    return out.read_text(encoding="utf-8")


def test_offline_single_file(page: str, tmp_path: Path) -> None:
    assert sorted(p.name for p in tmp_path.iterdir()) == ["network.html"]  # no lib/ folder
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.IGNORECASE)
    assert "<link" not in page.lower()
    assert "bootstrap" not in page.lower()
    assert "sourceMappingURL" not in page
    assert "vis-network" in page and "new vis.Network" in page


def test_corpus_text_never_raw(page: str) -> None:
    # the raw markup of names, titles and sentences appears nowhere in the file
    assert XSS not in page
    assert SCRIPT_XSS not in page
    assert "</script> to cooperate" not in page  # a sentence cannot close the data block
    # exactly three script elements: the data block, vis-network, ctnet's page code
    assert re.findall(r"^<script[^>]*>", page, re.MULTILINE) == [
        '<script type="application/json" id="ctnet-data">', "<script>", "<script>"]
    assert page.count("</script>\n") == 3
    # the corpus-facing script uses textContent, never innerHTML
    js = page.split('id="ctnet-data"')[1]
    ctnet_js = js[js.rfind("<script>"):]
    assert "innerHTML" not in ctnet_js and "textContent" in ctnet_js


def test_data_round_trip(net: ActorNetwork, page: str) -> None:
    d = page_data(page)
    assert d["actors"]["A"]["name"] == XSS  # the string is intact after JSON decoding
    assert {t for _, t, _ in d["docs"]} >= {XSS, SCRIPT_XSS}
    P = d["periods"][0]
    assert [n["id"] for n in P["nodes"]] == ["A", "B", "C", "D", "E"]
    got = {(e[0], e[1]): e[2] for e in P["edges"]}
    assert got == {("A", "B"): 2.0, ("B", "C"): 2.0, ("A", "C"): 1.0}
    # shared releases of each edge, by id
    docs = [row[0] for row in d["docs"]]
    assert {(e[0], e[1]): sorted(docs[i] for i in e[4]) for e in P["edges"]} == {
        ("A", "B"): ["d1", "d2"], ("B", "C"): ["d1", "d3"], ("A", "C"): ["d1"]}
    # releases of an actor, sorted by date
    assert [docs[i] for i in d["actors"]["B"]["docs"]] == ["d3", "d1", "d2"]
    # sentence evidence: in d1, A and B share sentence 0, C is in sentence 1
    i1 = docs.index("d1")
    assert d["actors"]["A"]["ev"][str(i1)] == [0]
    assert d["actors"]["C"]["ev"][str(i1)] == [1]
    assert d["sentences"][f"{i1}:0"] == "A and Kenya agreed </script> to cooperate."
    # type family and donor
    assert (d["actors"]["A"]["family"], d["actors"]["B"]["family"], d["actors"]["D"]["family"]) == (
        "agency", "government", "other")
    assert d["actors"]["C"]["donor"] is True and d["actors"]["A"]["donor"] is False
    # metrics of the table travel with the nodes
    j = d["metrics"].index("degree")
    assert {n["id"]: n["m"][j] for n in P["nodes"]} == {"A": 2, "B": 2, "C": 2, "D": 0, "E": 0}


def test_sizes_follow_metric(net: ActorNetwork, tmp_path: Path) -> None:
    table = make_table(net)
    table["custom"] = [1.0, 4.0, 0.0, 0.0, 0.0]
    d = page_data(to_html(net, tmp_path / "n.html", table=table, size_by="custom").read_text(encoding="utf-8"))
    sizes = {n["id"]: n["size"] for n in d["periods"][0]["nodes"]}
    assert sizes["B"] > sizes["A"] > sizes["C"] == sizes["D"]
    assert sizes["B"] == pytest.approx(2 * (sizes["A"] - 8.0) + 8.0)  # sqrt scaling: sqrt(4) = 2 sqrt(1)


def test_positions_from_python(net: ActorNetwork, tmp_path: Path) -> None:
    pos = layout(net, seed=5)
    d = page_data(to_html(net, tmp_path / "n.html", table=make_table(net), positions=pos).read_text(encoding="utf-8"))
    xs = {a: v["x"] for a, v in d["actors"].items()}
    ref = dict(zip(pos["actor_id"], pos["x"]))
    ratio = xs["B"] / ref["B"] if ref["B"] else xs["A"] / ref["A"]
    for a, x in ref.items():
        assert xs[a] == pytest.approx(x * ratio, abs=0.02)


def test_byte_identical(net: ActorNetwork, tmp_path: Path) -> None:
    table = make_table(net)
    a = to_html(net, tmp_path / "a.html", table=table).read_bytes()
    b = to_html(net, tmp_path / "b.html", table=table).read_bytes()
    assert a == b


def test_color_by_type_legend(net: ActorNetwork, tmp_path: Path) -> None:
    d = page_data(to_html(net, tmp_path / "n.html", table=make_table(net), color_by="type").read_text(encoding="utf-8"))
    legend = d["periods"][0]["legend"]
    assert [t for t, _ in legend] == ["un_agency", "regional_org", "government", "ngo", "private"]
    assert len({c for _, c in legend}) == 5
    assert d["periods"][0]["families"] == ["agency", "government", "other"]
    assert d["periods"][0]["donors"] is True


def test_periods_share_positions(net: ActorNetwork, tmp_path: Path) -> None:
    sub = make_net()
    keep = [0, 1]  # A, B only: the period network drops C, D, E
    sub.actors = sub.actors.iloc[keep].reset_index(drop=True)
    sub.weights = sp.csr_matrix(net.weights[keep][:, keep])
    sub.incidence = sp.csr_matrix(net.incidence[:, keep])
    sub.doc_incidence = sub.incidence
    table = make_table(net)
    d = page_data(to_html(net, tmp_path / "n.html", table=table,
                          periods=[("2024", sub, table[table["actor_id"].isin(["A", "B"])])]).read_text(encoding="utf-8"))
    assert [p["label"] for p in d["periods"]] == ["all", "2024"]
    assert [n["id"] for n in d["periods"][1]["nodes"]] == ["A", "B"]
    assert [e[:3] for e in d["periods"][1]["edges"]] == [["A", "B", 2.0]]
    # one position per actor, shared by every period
    assert set(d["actors"]) == {"A", "B", "C", "D", "E"}


def test_bad_options(net: ActorNetwork, tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="color_by"):
        to_html(net, tmp_path / "n.html", color_by="rainbow")


def test_edge_significance_travels(net: ActorNetwork, tmp_path: Path) -> None:
    net.edge_stats = pd.DataFrame({"source": ["A", "A", "B"], "target": ["B", "C", "C"],
                                   "p_value": [0.01, 0.5, 0.02], "q_value": [0.03, 0.5, 0.03]})
    d = page_data(to_html(net, tmp_path / "n.html", table=make_table(net)).read_text(encoding="utf-8"))
    assert {(e[0], e[1]): e[5] for e in d["periods"][0]["edges"]} == {
        ("A", "B"): [0.01, 0.03], ("A", "C"): [0.5, 0.5], ("B", "C"): [0.02, 0.03]}
    # without edge_stats there is no 6th field
    net.edge_stats = None
    d = page_data(to_html(net, tmp_path / "m.html", table=make_table(net)).read_text(encoding="utf-8"))
    assert all(len(e) == 5 for e in d["periods"][0]["edges"])

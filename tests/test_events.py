"""Event tables: reading, errors, and the reference networks (Les Misérables, Davis Southern Women)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from ctnet.errors import EventTableError
from ctnet.network import build_network, mentions_from_events, network_from_events, slice_by_time

JEAN = Path(__file__).resolve().parent / "data" / "reference" / "jean.dat"

# Knuth's two-letter codes -> the node names of networkx's les_miserables_graph()
# (Newman's lesmis.gml labels), read from the character list of jean.dat.
LESMIS_NAMES = {
    "AZ": "Anzelma", "BA": "Bahorel", "BB": "Babet", "BJ": "Brujon", "BL": "Blacheville",
    "BM": "Bamatabois", "BO": "Bossuet", "BR": "Brevet", "BT": "BaronessT", "BU": "MmeBurgon",
    "BZ": "Boulatruelle", "CC": "Cochepaille", "CH": "Champmathieu", "CL": "CountessDeLo",
    "CM": "Combeferre", "CN": "Chenildieu", "CO": "Cosette", "CR": "Courfeyrac", "CV": "Cravatte",
    "DA": "Dahlia", "EN": "Enjolras", "EP": "Eponine", "FA": "Fameuil", "FE": "Feuilly",
    "FF": "Fauchelevent", "FN": "Fantine", "FT": "Tholomyes", "FV": "Favourite", "GA": "Gavroche",
    "GE": "Geborand", "GG": "OldMan", "GI": "Gillenormand", "GP": "Pontmercy", "GR": "Gribier",
    "GT": "Grantaire", "GU": "Gueulemer", "HL": "MmeHucheloup", "IS": "Isabeau", "JA": "Javert",
    "JD": "Jondrette", "JL": "Labarre", "JO": "Joly", "JP": "Prouvaire", "JU": "Judge",
    "JV": "Valjean", "LI": "Listolier", "LL": "Woman2", "MA": "Marius", "MB": "MlleBaptistine",
    "MC": "Champtercier", "ME": "MmeMagloire", "MG": "MlleGillenormand", "MI": "MotherInnocent",
    "MM": "Mabeuf", "MN": "Magnon", "MO": "Montparnasse", "MP": "MmePontmercy", "MR": "MmeDeR",
    "MT": "Marguerite", "MV": "MlleVaubois", "MY": "Myriel", "NP": "Napoleon", "PG": "Gervais",
    "PL": "MotherPlutarch", "PO": "Woman1", "QU": "Claquesous", "SC": "Scaufflaire", "SN": "Count",
    "SP": "Perpetue", "SS": "Simplice", "TG": "LtGillenormand", "TH": "Thenardier",
    "TM": "MmeThenardier", "TS": "Toussaint", "XA": "Child1", "XB": "Child2", "ZE": "Zephine",
}


def jean_events() -> pd.DataFrame:
    """jean.dat as an event table: each encounter (a ';'-separated group of a chapter line) is an event."""
    rows = []
    for line in JEAN.read_text(encoding="ascii").splitlines():
        if not line[:1].isdigit():
            continue
        chapter, _, groups = line.partition(":")
        if not groups:
            continue  # a chapter with no encounter
        for k, group in enumerate(groups.split(";")):
            rows += [(f"{chapter}#{k}", code) for code in group.split(",")]
    return pd.DataFrame(rows, columns=["event_id", "actor"])


def test_les_miserables_equals_networkx():
    events = jean_events()
    net = network_from_events(events)
    # 80 characters take part in an encounter; 3 of them only ever alone (isolates)
    assert net.n_actors == 80
    assert net.n_edges == 254
    assert net.weights.sum() / 2 == 820
    isolates = [a for a, k in zip(net.actor_ids, np.diff(net.weights.indptr)) if k == 0]
    assert len(isolates) == 3
    ref = nx.les_miserables_graph()
    assert ref.number_of_nodes() == 77 and ref.number_of_edges() == 254 and ref.size(weight="weight") == 820
    assert set(LESMIS_NAMES.values()) == set(ref.nodes)
    ours = {frozenset((LESMIS_NAMES[r.source], LESMIS_NAMES[r.target])): r.weight for r in net.edges().itertuples()}
    theirs = {frozenset((u, v)): d["weight"] for u, v, d in ref.edges(data=True)}
    assert ours == theirs
    assert not set(isolates) & set(LESMIS_NAMES)  # the 3 isolates are not in networkx's graph


def test_les_miserables_without_names_is_isomorphic():
    """The same check without the hand-made name map: a weight-preserving isomorphism exists."""
    net = network_from_events(jean_events())
    G = net.graph.copy()
    G.remove_nodes_from(list(nx.isolates(G)))
    match = nx.algorithms.isomorphism.numerical_edge_match("weight", 1)
    assert nx.is_isomorphic(G, nx.les_miserables_graph(), edge_match=match)


def davis_events() -> pd.DataFrame:
    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    return pd.DataFrame(sorted((e, w) for w in women for e in B[w]), columns=["event_id", "actor"])


def test_davis_southern_women_is_breiger():
    B = nx.davis_southern_women_graph()
    women = sorted(n for n, d in B.nodes(data=True) if d["bipartite"] == 0)
    events = sorted(n for n, d in B.nodes(data=True) if d["bipartite"] == 1)
    A = nx.to_numpy_array(B, nodelist=women + events)[: len(women), len(women):]  # women x events
    breiger = A @ A.T
    np.fill_diagonal(breiger, 0)
    net = network_from_events(davis_events())
    assert net.actor_ids == women and len(net.doc_ids) == 14
    np.testing.assert_array_equal(net.weights.toarray(), breiger)
    np.testing.assert_array_equal(net.actors["n_docs"].to_numpy(), A.sum(axis=1))
    P = nx.bipartite.weighted_projected_graph(B, women)
    assert {frozenset(e): d["weight"] for *e, d in P.edges(data=True)} == \
        {frozenset((r.source, r.target)): r.weight for r in net.edges().itertuples()}


def test_event_table_formats_agree(tmp_path):
    df = pd.DataFrame({"event_id": ["e1", "e1", "e2", "e2", "e3"],
                       "actor": ["UNODC", "EU", "UNODC", "Kenya", "EU"],
                       "date": ["2022-03-01", "2022-03-01", "2022-07", "", "2023"],
                       "actor_type": ["un_agency", "regional_org", "un_agency", "government", ""],
                       "role": ["", "donor", "", "", ""]})
    csv = tmp_path / "ev.csv"
    df.to_csv(csv, index=False)
    jsonl = tmp_path / "ev.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in df.to_dict("records")) + "\n", encoding="utf-8")
    nets = [network_from_events(x) for x in (df, csv, jsonl, str(csv))]
    for other in nets[1:]:
        pd.testing.assert_frame_equal(nets[0].actors, other.actors)
        assert (nets[0].weights != other.weights).nnz == 0
    m = mentions_from_events(csv)
    a = m.actors.set_index("actor_id")
    assert a["type"].to_dict() == {"EU": "regional_org", "Kenya": "government", "UNODC": "un_agency"}
    assert a["donor"].to_dict() == {"EU": True, "Kenya": False, "UNODC": False}
    assert m.documents["date"].tolist() == ["2022-03-01", "2022-07", "2023"]
    assert m.documents["source"].iloc[0] == str(csv)
    assert m.documents["n_actors"].tolist() == [2, 2, 1]
    assert m.table["role"].tolist() == ["donor", "", "", "", ""]  # sorted by event, then actor
    assert nets[0].actors.set_index("actor_id")["donor"].to_dict() == {"EU": True, "Kenya": False, "UNODC": False}
    assert [lab for lab, _ in slice_by_time(m, by="year")] == ["2022", "2023"]


def test_pairs_and_defaults():
    m = mentions_from_events([("e1", "  A "), ("e1", "B"), ("e1", "B"), ("e2", "A")])
    assert m.actors["actor_id"].tolist() == ["A", "B"] and m.actors["type"].tolist() == ["other", "other"]
    assert m.documents["date"].tolist() == ["", ""]
    net = build_network(m, counting="mentions")
    assert net.weights[0, 1] == 2  # B repeated in e1
    assert build_network(m).weights[0, 1] == 1


def test_dates_normalised():
    m = mentions_from_events(pd.DataFrame({
        "Event_ID": ["a", "b", "c", "d"], "Actor": ["X", "X", "X", "X"],
        "Date": ["2022-03-01T10:00:00", pd.Timestamp("2021-01-05"), "2020-02", None]}))
    assert m.documents["date"].tolist() == ["2022-03-01", "2021-01-05", "2020-02", ""]


@pytest.mark.parametrize("text, match", [
    ("event,actor\ne1,A\n", r"ev\.csv: the event table has no 'event_id' column .*add it"),
    ("event_id,name\ne1,A\n", r"no 'actor' column"),
    ("event_id,actor\ne1,A\ne2,\n", r"ev\.csv: line 3: column 'actor' is empty"),
    ("event_id,actor\n,A\n", r"line 2: column 'event_id' is empty"),
    ("event_id,actor,date\ne1,A,2022-13-01\n", r"line 2: column 'date' has '2022-13-01', not a date; write YYYY-MM-DD"),
    ("event_id,actor,date\ne1,A,March 2022\n", r"not a date"),
    ("event_id,actor,date\ne1,A,2022-01-01\ne1,B,2022-01-02\n", r"line 3: event 'e1' has date .* line 2 gives"),
    ("event_id,actor,actor_type\ne1,A,state\n", r"column 'actor_type' has 'state'; use one of un_agency"),
    ("event_id,actor,actor_type\ne1,A,ngo\ne2,A,private\n", r"actor 'A' has actor_type 'private'"),
    ("event_id,actor,role\ne1,A,funder\n", r"column 'role' has 'funder'; the only role is 'donor'"),
])
def test_bad_csv(tmp_path, text, match):
    p = tmp_path / "ev.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(EventTableError, match=match) as err:
        mentions_from_events(p)
    assert "\n" not in str(err.value)


def test_bad_jsonl(tmp_path):
    p = tmp_path / "ev.jsonl"
    p.write_text('{"event_id": "e1", "actor": "A"}\n{"event_id": "e2", "actor": \n', encoding="utf-8")
    with pytest.raises(EventTableError, match=r"ev\.jsonl: line 2: not valid JSON"):
        mentions_from_events(p)
    p.write_text('{"event_id": "e1", "actor": "A"}\n\n{"event_id": "e2", "actor": ""}\n', encoding="utf-8")
    with pytest.raises(EventTableError, match=r"ev\.jsonl: line 3: column 'actor' is empty"):
        mentions_from_events(p)
    p.write_text('["e1", "A"]\n', encoding="utf-8")
    with pytest.raises(EventTableError, match="line 1: expected a JSON object"):
        mentions_from_events(p)


def test_bad_sources(tmp_path):
    with pytest.raises(EventTableError, match="no such event table"):
        mentions_from_events(tmp_path / "missing.csv")
    (tmp_path / "ev.xlsx").write_bytes(b"PK")
    with pytest.raises(EventTableError, match=r"must be a \.csv or \.jsonl file"):
        mentions_from_events(tmp_path / "ev.xlsx")
    with pytest.raises(EventTableError, match="item 2: expected an"):
        mentions_from_events([("e1", "A"), ("e2",)])
    with pytest.raises(EventTableError, match="events table: row 2: column 'actor' is empty"):
        mentions_from_events(pd.DataFrame({"event_id": ["a", "b"], "actor": ["X", " "]}))


def test_publisher_column_and_exclude_publisher():
    df = pd.DataFrame({"event_id": ["e1", "e1", "e1", "e2", "e2"], "actor": ["U", "A", "B", "A", "B"],
                       "publisher": ["U", "U", "U", "", ""]})
    net = network_from_events(df, exclude_publisher=True)
    assert net.edges()[["source", "target", "weight"]].values.tolist() == [["A", "B", 2.0]]
    assert net.actor_ids == ["A", "B"]
    assert network_from_events(df).n_edges == 3


def test_empty_event_table(tmp_path):
    p = tmp_path / "ev.csv"
    p.write_text("event_id,actor,date\n", encoding="utf-8")
    for events in ([], p, pd.DataFrame(columns=["event_id", "actor"])):
        net = network_from_events(events)
        assert net.n_actors == 0 and net.n_edges == 0 and net.edges().empty


def test_large_table_matches_a_row_loop():
    """The per-distinct-value assembly gives what a plain row loop gives."""
    rng = np.random.default_rng(4)
    ev = [f"e{rng.integers(0, 50)}" for _ in range(400)]
    act = [f" a{rng.integers(0, 30)} " for _ in range(400)]
    m = mentions_from_events(pd.DataFrame({"event_id": ev, "actor": act}))
    order = list(dict.fromkeys(ev))
    assert m.documents["doc_id"].tolist() == order
    expected = sorted(((order.index(e), a.strip()) for e, a in zip(ev, act)))
    assert list(zip(m.table["doc_id"].map(order.index), m.table["actor_id"])) == expected
    assert m.documents["n_actors"].tolist() == [len({a.strip() for e2, a in zip(ev, act) if e2 == e}) for e in order]
    assert m.actors["actor_id"].tolist() == sorted({a.strip() for a in act})

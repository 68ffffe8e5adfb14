"""Writing outputs: the atomic output folder, deterministic writers, graph files and the manifest."""

from __future__ import annotations

import csv
import hashlib
import json
import math
import signal
import subprocess
import sys
import textwrap
from importlib.metadata import version
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from ctnet.errors import InvalidParameterError, OutputError
from ctnet.io import (
    MARKER,
    build_manifest,
    file_sha256,
    prepare_output,
    write_csv,
    write_graph_files,
    write_json,
    write_text,
)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name)


def make_output(out: Path, files: dict[str, str]) -> None:
    with prepare_output(out) as folder:
        for name, text in files.items():
            write_text(text, folder.path / name)


# ---------------------------------------------------------------------------
# prepare_output: what it refuses
# ---------------------------------------------------------------------------

def test_output_equal_to_the_input_folder_is_refused(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(OutputError) as e:
        prepare_output(tmp_path / "corpus", inputs=[tmp_path / "corpus"])
    assert "is the input folder" in str(e.value) and "choose an -o folder outside the input" in str(e.value)


def test_output_inside_the_input_folder_is_refused(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(OutputError, match="is inside the input folder"):
        prepare_output(tmp_path / "corpus" / "out", inputs=[tmp_path / "corpus"])
    # also through "..", relative spellings and symlinks
    with pytest.raises(OutputError, match="is inside the input folder"):
        prepare_output(tmp_path / "x" / ".." / "corpus" / "out", inputs=[tmp_path / "corpus"])
    (tmp_path / "link").symlink_to(tmp_path / "corpus")
    with pytest.raises(OutputError, match="is inside the input folder"):
        prepare_output(tmp_path / "link" / "out", inputs=[tmp_path / "corpus"])
    assert not (tmp_path / "corpus" / "out").exists()


def test_output_that_holds_the_input_is_refused(tmp_path):
    (tmp_path / "out" / "corpus").mkdir(parents=True)
    (tmp_path / "out" / MARKER).write_text("")
    with pytest.raises(OutputError, match="holds the input"):
        prepare_output(tmp_path / "out", inputs=[tmp_path / "out" / "corpus"], force=True)


def test_output_next_to_a_file_input_is_fine(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text('{"text": "x"}\n')
    with prepare_output(tmp_path / "out", inputs=[f]) as folder:
        write_text("x", folder.path / "a.txt")
    assert (tmp_path / "out" / "a.txt").read_text() == "x"


def test_foreign_folder_is_refused_without_force(tmp_path):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_text("precious")
    with pytest.raises(OutputError) as e:
        prepare_output(out)
    assert str(e.value) == (f"{out}: exists, is not empty and was not made by ctnet; choose a new -o folder, "
                            "or pass --force to replace it and everything in it.")
    assert (out / "chapter1.docx").read_text() == "precious"
    with prepare_output(out, force=True) as folder:
        write_text("new", folder.path / "a.txt")
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "a.txt"]


def test_empty_existing_folder_and_ctnet_folder_are_accepted(tmp_path):
    (tmp_path / "empty").mkdir()
    make_output(tmp_path / "empty", {"a.txt": "1"})
    assert (tmp_path / "empty" / "a.txt").read_text() == "1"
    make_output(tmp_path / "empty", {"b.txt": "2"})  # made by ctnet: replaced as a whole
    assert sorted(p.name for p in (tmp_path / "empty").iterdir()) == [MARKER, "b.txt"]


def test_output_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        prepare_output(tmp_path / "out", force=True)


def test_output_errors_are_one_line_os_errors(tmp_path):
    (tmp_path / "c").mkdir()
    with pytest.raises(OSError) as e:
        prepare_output(tmp_path / "c", inputs=[tmp_path / "c"])
    assert "\n" not in str(e.value)


# ---------------------------------------------------------------------------
# atomic replacement
# ---------------------------------------------------------------------------

def test_success_moves_the_new_folder_into_place(tmp_path):
    out = tmp_path / "deep" / "out"
    output = prepare_output(out)
    assert output.path is None and not out.exists()  # nothing written before the with
    with output as folder:
        assert folder.path.parent == out.parent and folder.path.name.startswith(".out.tmp-")
        assert (folder.path / MARKER).exists() and not out.exists()
        write_text("a", folder.path / "a.txt")
        write_text("b", folder.path / "sub" / "b.txt")
    assert snapshot(out) == {MARKER: (out / MARKER).read_bytes(), "a.txt": b"a", "sub/b.txt": b"b"}
    assert leftovers(out.parent) == [] and output.final == out and output.path is None


def test_second_run_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "out"
    make_output(out, {"old.txt": "old", "keep.txt": "1"})
    make_output(out, {"keep.txt": "2"})
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "keep.txt"]  # never a mix
    assert (out / "keep.txt").read_text() == "2"


@pytest.mark.parametrize("exc", [RuntimeError("boom"), KeyboardInterrupt()])
def test_interrupted_write_leaves_the_previous_output_intact(tmp_path, exc):
    out = tmp_path / "out"
    make_output(out, {"actors.csv": "a,b\n1,2\n", "network.html": "<html></html>"})
    before = snapshot(out)
    with pytest.raises(type(exc)):
        with prepare_output(out) as folder:
            write_text("half", folder.path / "actors.csv")
            raise exc
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []


def test_interrupted_first_write_leaves_nothing(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with prepare_output(tmp_path / "out") as folder:
            write_text("half", folder.path / "a.txt")
            raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_sigterm_leaves_the_previous_output_intact(tmp_path):
    out = tmp_path / "out"
    make_output(out, {"a.txt": "previous"})
    before = snapshot(out)
    script = textwrap.dedent(f"""
        import os, signal, time
        from ctnet.io import prepare_output, write_text
        with prepare_output({str(out)!r}) as folder:
            write_text("half", folder.path / "a.txt")
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
            write_text("never", folder.path / "b.txt")
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 128 + signal.SIGTERM, r.stderr
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) is not None


def test_sigterm_handler_is_restored(tmp_path):
    before = signal.getsignal(signal.SIGTERM)
    with prepare_output(tmp_path / "out") as folder:
        assert signal.getsignal(signal.SIGTERM) is not before
        write_text("x", folder.path / "a")
    assert signal.getsignal(signal.SIGTERM) is before


# ---------------------------------------------------------------------------
# CSV: valid for any name, deterministic
# ---------------------------------------------------------------------------

TRICKY = [
    'Say "hello"',
    "Ministry of Interior, Kenya",
    "two\nlines",
    "windows\r\nline",
    "lone\rcr",
    "الأمم المتحدة",  # Arabic (right to left)
    "משרד החוץ",  # Hebrew
    "\u202eRLO override",
    "  leading and trailing  ",
    "",
    '"',
    ",",
    "=cmd|' /C calc'!A0",
    "tab\tinside",
    "emoji 🇰🇪 and combining é",
    "semi;colon",
]


def test_csv_round_trips_tricky_names_with_pandas_and_csv(tmp_path):
    df = pd.DataFrame({"actor_id": [f"x-{i}" for i in range(len(TRICKY))], "name": TRICKY,
                       "weight": np.arange(len(TRICKY), dtype=float) / 3})
    p = write_csv(df, tmp_path / "t.csv")
    with open(p, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["actor_id", "name", "weight"]
    assert [r[1] for r in rows[1:]] == TRICKY
    back = pd.read_csv(p, dtype=str, keep_default_na=False)
    assert back["name"].tolist() == TRICKY
    assert back["actor_id"].tolist() == df["actor_id"].tolist()
    assert np.allclose(back["weight"].astype(float), df["weight"], rtol=1e-11)
    assert b"\r\n" not in p.read_bytes().replace(b"windows\r\nline", b"")  # '\n' line ends


def test_csv_cell_formats(tmp_path):
    df = pd.DataFrame({
        "i": [1, 2, 3],
        "f": [1 / 3, float("nan"), 1e-20],
        "whole": [2.0, -0.0, 1e16],
        "b": [True, False, True],
        "nb": pd.array([True, None, False], dtype="boolean"),
        "o": [None, ["a", "b"], 3.5],
        "inf": [float("inf"), -float("inf"), 0.5],
    })
    text = write_csv(df, tmp_path / "t.csv").read_text()
    assert text == ("i,f,whole,b,nb,o,inf\n"
                    "1,0.333333333333,2,true,true,,inf\n"
                    "2,,0,false,,a;b,-inf\n"
                    "3,1e-20,1e+16,true,false,3.5,0.5\n")


def test_csv_of_an_empty_table_has_its_header(tmp_path):
    p = write_csv(pd.DataFrame(columns=["source", "target", "weight"]), tmp_path / "e.csv")
    assert p.read_text() == "source,target,weight\n"
    assert pd.read_csv(p).columns.tolist() == ["source", "target", "weight"]


def test_writers_are_deterministic(tmp_path):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"a": rng.random(500), "b": [f"n{i}" for i in range(500)]})
    a = write_csv(df, tmp_path / "a.csv").read_bytes()
    b = write_csv(df.copy(), tmp_path / "b.csv").read_bytes()
    assert a == b
    obj1 = {"z": 1, "a": [1.5, float("nan")], "m": {"y": 2, "b": np.int64(3)}}
    obj2 = {"m": {"b": 3, "y": 2}, "a": [1.5, None], "z": 1}
    assert write_json(obj1, tmp_path / "1.json").read_bytes() == write_json(obj2, tmp_path / "2.json").read_bytes()


def test_write_csv_does_not_change_the_frame(tmp_path):
    df = pd.DataFrame({"a": [1.0, float("nan")], "b": [True, False]})
    copy = df.copy()
    write_csv(df, tmp_path / "t.csv")
    pd.testing.assert_frame_equal(df, copy)


def test_write_json_values(tmp_path):
    import datetime as dt

    p = write_json({"nan": float("nan"), "inf": float("inf"), "np": np.float32(0.5), "i": np.int64(7),
                    "date": dt.date(2022, 10, 28), "path": Path("a/b"), "set": {"b", "a"}, "t": (1, 2),
                    "name": "Côte d'Ivoire الأمم", "bool": np.bool_(True)}, tmp_path / "v.json")
    text = p.read_text(encoding="utf-8")
    assert "Côte d'Ivoire الأمم" in text and text.endswith("}\n") and "NaN" not in text
    assert json.loads(text) == {"nan": None, "inf": None, "np": 0.5, "i": 7, "date": "2022-10-28",
                                "path": "a/b", "set": ["a", "b"], "t": [1, 2], "name": "Côte d'Ivoire الأمم",
                                "bool": True}
    assert list(json.loads(text)) == sorted(json.loads(text))


# ---------------------------------------------------------------------------
# graph files
# ---------------------------------------------------------------------------

def sample_graph(order: int = 0) -> nx.Graph:
    nodes = [
        ("unodc", dict(name="United Nations Office on Drugs and Crime", type="un_agency", country=None,
                       parent=None, donor=False, n_docs=4)),
        ("eu", dict(name='European Union "EU", <b>', type="regional_org", country=None, parent=None,
                    donor=True, n_docs=2)),
        ("gov-ken", dict(name="Government of Kenya", type="government", country="KEN", parent=None,
                         donor=False, n_docs=3)),
        ("gov-ken-nctc", dict(name="الأمم, \"NCTC\"\nKenya", type="government", country="KEN",
                              parent="gov-ken", donor=False, n_docs=1)),
    ]
    edges = [
        ("unodc", "eu", dict(weight=2, n_docs=2, docs=["a", "b"], distance=0.5)),
        ("gov-ken", "unodc", dict(weight=3, n_docs=3, docs=["a", "b", "c"], distance=1 / 3)),
        ("gov-ken-nctc", "gov-ken", dict(weight=1, n_docs=1, docs=["c"], distance=1.0)),
    ]
    if order:
        nodes, edges = nodes[::-1], [(v, u, d) for u, v, d in edges[::-1]]
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    G.graph["ctnet"] = {"weight": "count", "unit": "document", "seed": 42}
    return G


TABLE = pd.DataFrame({"actor_id": ["eu", "gov-ken", "gov-ken-nctc", "unodc"], "pagerank": [0.2, 0.3, 0.1, 0.4],
                      "community": [1, 0, 0, 1]})
POS = {"unodc": (0.0, 0.0), "eu": (1.0, 0.5), "gov-ken": (-1.0, 0.25), "gov-ken-nctc": (-1.5, 1.0)}


def test_graph_files_read_back(tmp_path):
    G = sample_graph()
    paths = write_graph_files(G, tmp_path, positions=POS, table=TABLE)
    assert [p.name for p in paths] == ["network.graphml", "network.gexf", "network.json", "network.vosviewer.json"]
    for reader, path in ((nx.read_graphml, paths[0]), (nx.read_gexf, paths[1])):
        H = reader(path)
        assert set(H.nodes) == set(G.nodes)
        assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in G.edges}
        for u, v, d in G.edges(data=True):
            assert float(H.edges[u, v]["weight"]) == d["weight"]
            assert H.edges[u, v]["docs"] == ";".join(d["docs"])
        assert H.nodes["gov-ken-nctc"]["name"] == G.nodes["gov-ken-nctc"]["name"]
        assert H.nodes["eu"]["parent"] == ""  # None becomes ''
        assert H.nodes["eu"]["donor"] in (True, "true")
        assert float(H.nodes["unodc"]["pagerank"]) == 0.4 and int(H.nodes["eu"]["community"]) == 1
    gexf = nx.read_gexf(paths[1])
    assert gexf.nodes["eu"]["label"] == G.nodes["eu"]["name"]
    assert gexf.nodes["eu"]["viz"]["position"] == {"x": 1.0, "y": 0.5, "z": 0.0}
    assert "lastmodifieddate" not in paths[1].read_text()
    data = json.loads(paths[2].read_text())
    H = nx.node_link_graph(data, edges="links")
    assert set(H.nodes) == set(G.nodes) and H.edges["eu", "unodc"]["docs"] == ["a", "b"]
    assert H.nodes["eu"]["parent"] is None and H.nodes["eu"]["pagerank"] == 0.2
    assert [n["id"] for n in data["nodes"]] == sorted(G.nodes)


def test_vosviewer_map(tmp_path):
    G = sample_graph()
    (path,) = write_graph_files(G, tmp_path, formats=["vosviewer"], positions=POS, table=TABLE)
    net = json.loads(path.read_text())["network"]
    items, links = net["items"], net["links"]
    assert [i["id"] for i in items] == [1, 2, 3, 4]  # actor-id order
    by_label = {i["label"]: i for i in items}
    assert set(by_label) == {d["name"] for _, d in G.nodes(data=True)}
    eu = by_label[G.nodes["eu"]["name"]]
    assert (eu["x"], eu["y"], eu["cluster"]) == (1.0, 0.5, 2)
    assert eu["weights"] == {"Links": 1, "Total link strength": 2.0, "Documents": 2}
    assert eu["scores"]["pagerank"] == 0.2
    assert "<b>" not in eu["description"]  # descriptions are HTML in VOSviewer: escaped
    ids = {i["id"] for i in items}
    assert all(link["source_id"] in ids and link["target_id"] in ids for link in links)
    label_of = {i["id"]: i["label"] for i in items}
    name_to_id = {d["name"]: n for n, d in G.nodes(data=True)}
    got = {frozenset((name_to_id[label_of[k["source_id"]]], name_to_id[label_of[k["target_id"]]])): k["strength"]
           for k in links}
    assert got == {frozenset((u, v)): d["weight"] for u, v, d in G.edges(data=True)}


def test_graph_files_are_deterministic_and_leave_the_graph_alone(tmp_path):
    G = sample_graph()
    before = (list(G.nodes(data=True)), list(G.edges(data=True)), dict(G.graph))
    import copy

    before = copy.deepcopy(before)
    a = write_graph_files(G, tmp_path / "a", positions=POS, table=TABLE)
    b = write_graph_files(sample_graph(order=1), tmp_path / "b", positions=POS, table=TABLE)
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert (list(G.nodes(data=True)), list(G.edges(data=True)), dict(G.graph)) == before


def test_empty_graph_files(tmp_path):
    G = nx.Graph()
    G.add_node("unodc", name="UNODC", type="un_agency")
    for p in write_graph_files(G, tmp_path):
        assert p.stat().st_size > 0
    assert json.loads((tmp_path / "network.vosviewer.json").read_text())["network"]["links"] == []


def test_unknown_graph_format(tmp_path):
    with pytest.raises(InvalidParameterError, match="'graphml', 'gexf', 'json', 'vosviewer'"):
        write_graph_files(nx.Graph(), tmp_path, formats=["pajek"])


# ---------------------------------------------------------------------------
# manifest
# ---------------------------------------------------------------------------

def test_file_sha256(tmp_path):
    p = tmp_path / "x.bin"
    data = bytes(range(256)) * 10000
    p.write_bytes(data)
    assert file_sha256(p) == hashlib.sha256(data).hexdigest()


def test_manifest(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "seeds").mkdir()
    a = tmp_path / "seeds" / "a.txt"
    b = tmp_path / "seeds" / "b.txt"
    a.write_text("alpha")
    b.write_text("beta")
    opts = {"seed": 7, "weight": "count", "gazetteer": ("x.csv",), "min_weight": 1.0}
    m1 = build_manifest(options=opts, inputs=[b, a], seed=7, extra={"note": "x"})
    m2 = build_manifest(options=dict(opts), inputs=[a, b], seed=7, extra={"note": "x"})
    assert m1["inputs"] == [
        {"name": "seeds/a.txt", "bytes": 5, "sha256": hashlib.sha256(b"alpha").hexdigest()},
        {"name": "seeds/b.txt", "bytes": 4, "sha256": hashlib.sha256(b"beta").hexdigest()},
    ]
    assert m1["options"] == {"seed": 7, "weight": "count", "gazetteer": ["x.csv"], "min_weight": 1.0}
    assert m1["seed"] == 7 and m1["note"] == "x"
    from ctnet import __version__

    assert m1["version"] == __version__
    assert m1["libraries"]["networkx"] == version("networkx")
    assert m1["libraries"]["pandas"] == version("pandas")
    assert set(m1["libraries"]) >= {"python", "numpy", "scipy", "pandas", "networkx", "matplotlib", "pyvis",
                                    "pyahocorasick"}
    assert m1["timestamp"].endswith("Z") and len(m1["timestamp"]) == 20
    m2["timestamp"] = m1["timestamp"]
    assert m1 == m2  # only the timestamp may differ
    # a folder input is its files; a single file is named by its name
    assert build_manifest(options={}, inputs=[tmp_path / "seeds"], seed=1)["inputs"] == m1["inputs"]
    assert [r["name"] for r in build_manifest(options={}, inputs=[a], seed=1)["inputs"]] == ["a.txt"]
    # manifests do not depend on where the corpus lives
    json.dumps(m1)
    assert str(tmp_path) not in json.dumps(m1)


def test_manifest_timestamp_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert build_manifest(options={}, inputs=[], seed=1)["timestamp"] == "1970-01-01T00:00:00Z"


def test_manifest_is_json_serialisable_with_nan_options(tmp_path):
    m = build_manifest(options={"alpha": float("nan"), "p": Path("x/y")}, inputs=[], seed=1)
    p = write_json(m, tmp_path / "m.json")
    assert json.loads(p.read_text())["options"] == {"alpha": None, "p": "x/y"}
    assert not math.isnan(0.0)


def test_bipartite_graph_file(tmp_path):
    from ctnet.io import write_bipartite_graph

    B = nx.Graph()
    B.add_nodes_from([("d:a", {"bipartite": 0, "title": 'A "quoted", title', "date": None}),
                      ("d:b", {"bipartite": 0, "title": "B", "date": "2022-10-28"}),
                      ("unodc", {"bipartite": 1, "name": "UNODC"}), ("eu", {"bipartite": 1, "name": "EU"})])
    B.add_edges_from([("d:a", "unodc"), ("d:a", "eu"), ("d:b", "unodc")])
    p = write_bipartite_graph(B, tmp_path)
    assert p.name == "bipartite.graphml"
    H = nx.read_graphml(p)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in B.edges}
    assert H.nodes["d:a"]["title"] == 'A "quoted", title' and H.nodes["d:a"]["date"] == ""
    assert {n for n, d in H.nodes(data=True) if d["bipartite"] == 1} == {"unodc", "eu"}
    assert B.nodes["d:a"]["date"] is None  # not modified


def test_positions_as_a_dataframe(tmp_path):
    frame = pd.DataFrame({"actor_id": list(POS), "x": [p[0] for p in POS.values()], "y": [p[1] for p in POS.values()]})
    a = write_graph_files(sample_graph(), tmp_path / "a", positions=POS, formats=["gexf", "vosviewer"])
    b = write_graph_files(sample_graph(), tmp_path / "b", positions=frame, formats=["gexf", "vosviewer"])
    c = write_graph_files(sample_graph(), tmp_path / "c", positions=frame.set_index("actor_id"),
                          formats=["gexf", "vosviewer"])
    for pa, pb, pc in zip(a, b, c):
        assert pa.read_bytes() == pb.read_bytes() == pc.read_bytes()


def test_vosviewer_has_no_null_numbers(tmp_path):
    G = sample_graph()
    table = TABLE.assign(pagerank=[0.2, float("nan"), None, 0.4])
    G.nodes["eu"]["n_docs"] = None
    (path,) = write_graph_files(G, tmp_path, formats=["vosviewer"], table=table)
    text = path.read_text()
    assert "null" not in text and "NaN" not in text
    items = {i["label"]: i for i in json.loads(text)["network"]["items"]}
    assert "Documents" not in items[G.nodes["eu"]["name"]]["weights"]
    assert "pagerank" not in items["Government of Kenya"]["scores"]


def test_a_kill_just_after_the_temporary_folder_is_made_removes_it(tmp_path):
    # the moment a watcher sees the temporary folder appear (tests/test_robustness.py kills then)
    out = tmp_path / "out"
    make_output(out, {"a.txt": "previous"})
    before = snapshot(out)
    script = textwrap.dedent(f"""
        import os, signal, tempfile
        import ctnet.io as cio
        real = tempfile.mkdtemp
        def mkdtemp(*args, **kwargs):
            path = real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGTERM)  # the folder exists, ctnet does not know it yet
            str(path).upper()  # a Python call: the handler would run here
            return path
        cio.tempfile.mkdtemp = mkdtemp
        with cio.prepare_output({str(out)!r}) as folder:
            cio.write_text("new", folder.path / "a.txt")
        print("not reached")
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 128 + signal.SIGTERM, r.stderr
    assert "not reached" not in r.stdout
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_signal_during_the_swap_waits_for_it(tmp_path, sig):
    out = tmp_path / "out"
    make_output(out, {"a.txt": "previous", "old.txt": "old"})
    script = textwrap.dedent(f"""
        import os, signal
        import ctnet.io as cio
        real = os.replace
        def replace(a, b):
            os.kill(os.getpid(), signal.{sig})  # arrives in the middle of the swap
            real(a, b)
        cio.os.replace = replace
        with cio.prepare_output({str(out)!r}) as folder:
            cio.write_text("new", folder.path / "a.txt")
        print("not reached")
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    if sig == "SIGTERM":
        assert r.returncode == 128 + signal.SIGTERM, r.stderr
    else:
        assert "KeyboardInterrupt" in r.stderr
    assert "not reached" not in r.stdout
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "a.txt"]  # the new output, complete
    assert (out / "a.txt").read_text() == "new"
    assert leftovers(tmp_path) == []

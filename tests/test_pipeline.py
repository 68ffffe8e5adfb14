"""The main job end to end on the seeds: every output file, its columns, and its numbers.

The metrics in actors.csv are checked against networkx run on the graph rebuilt
from edges.csv alone, so the written files are verified independently of ctnet.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import ctnet

OUTPUT_FILES = [
    "actors.csv", "edges.csv", "mentions.csv", "documents.csv", "communities.csv", "summary.json",
    "manifest.json", "network.html", "network.png", "network.svg", "network.pdf", "metrics.tex",
    "metrics.md", "network.graphml", "network.gexf", "network.json", "index.html",
]
ACTOR_COLUMNS = ["actor_id", "name", "type", "country", "parent", "donor", "n_docs", "n_mentions",
                 "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "community"]


def _read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / name, dtype=str, keep_default_na=False)


def test_all_outputs_written(seed_run):
    _, out = seed_run
    missing = [f for f in OUTPUT_FILES if not (out / f).is_file()]
    assert missing == []
    assert (out / "network.png").stat().st_size > 10_000


def test_actor_table_contract(seed_run):
    _, out = seed_run
    actors = _read(out, "actors.csv")
    assert list(actors.columns[: len(ACTOR_COLUMNS)]) == ACTOR_COLUMNS
    assert actors["actor_id"].tolist() == sorted(actors["actor_id"])
    assert actors["actor_id"].is_unique
    assert set(actors["donor"]) <= {"true", "false"}
    # the seeds name the agencies and governments the gold file lists
    ids = set(actors["actor_id"])
    assert {"unodc", "iom", "eu", "gov-moz", "gov-ken"} <= ids
    # communities numbered 0.. by decreasing size, ties by smallest actor_id
    comm = actors.assign(community=actors["community"].astype(int))
    sizes = comm.groupby("community")["actor_id"].agg(["size", "min"]).sort_index()
    assert list(sizes.index) == list(range(len(sizes)))
    order = sorted(sizes.itertuples(), key=lambda r: (-r.size, r.min))
    assert [r.Index for r in order] == list(range(len(sizes)))


def test_edges_contract_and_default_weight(seed_run):
    _, out = seed_run
    edges = _read(out, "edges.csv")
    assert list(edges.columns[:5]) == ["source", "target", "weight", "n_docs", "docs"]
    assert (edges["source"] < edges["target"]).all()
    key = list(zip(-edges["weight"].astype(float), edges["source"], edges["target"]))
    assert key == sorted(key)
    # default weight = number of releases in which both actors appear
    assert (edges["weight"].astype(float) == edges["n_docs"].astype(int)).all()
    assert (edges["docs"].str.split(";").map(len) == edges["n_docs"].astype(int)).all()
    # every listed release really names both actors
    mentions = _read(out, "mentions.csv")
    named = mentions.groupby("doc_id")["actor_id"].agg(set).to_dict()
    for r in edges.itertuples():
        for doc in r.docs.split(";"):
            assert {r.source, r.target} <= named[doc]


def test_mention_spans_slice_the_text(seed_run, seeds_dir):
    _, out = seed_run
    mentions = _read(out, "mentions.csv")
    corpus = ctnet.read_corpus(seeds_dir)
    texts = {d.id: d.text for d in corpus}
    assert len(mentions) > 0
    for r in mentions.itertuples():
        assert texts[r.doc_id][int(r.start):int(r.end)] == r.surface


def test_metrics_equal_networkx_on_the_written_graph(seed_run):
    _, out = seed_run
    actors = pd.read_csv(out / "actors.csv", keep_default_na=False).set_index("actor_id")
    edges = pd.read_csv(out / "edges.csv", keep_default_na=False)
    G = nx.Graph()
    G.add_nodes_from(actors.index)
    for r in edges.itertuples():
        G.add_edge(r.source, r.target, weight=float(r.weight), distance=1.0 / float(r.weight))
    ref = {
        "betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
        "closeness": nx.closeness_centrality(G, distance="distance"),
        "eigenvector": nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-12),
        "pagerank": nx.pagerank(G, weight="weight", alpha=0.85, tol=1e-12),
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
    }
    for measure, values in ref.items():
        for node, v in values.items():
            assert actors.loc[node, measure] == pytest.approx(v, abs=1e-9), (measure, node)


def test_summary_and_manifest(seed_run):
    _, out = seed_run
    summary = json.loads((out / "summary.json").read_text())
    for key in ["n_documents", "n_actors", "n_edges", "n_isolates", "density", "n_components",
                "modularity", "n_communities", "weight", "unit", "seed", "ctnet_version"]:
        assert key in summary, key
    assert summary["n_documents"] == 5
    assert summary["seed"] == 42 and summary["weight"] == "count" and summary["unit"] == "document"
    actors = _read(out, "actors.csv")
    edges = _read(out, "edges.csv")
    assert summary["n_actors"] == len(actors) and summary["n_edges"] == len(edges)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["seed"] == 42
    assert manifest["version"] == ctnet.__version__
    assert len(manifest["inputs"]) == 5


def test_html_is_offline(seed_run):
    _, out = seed_run
    html = (out / "network.html").read_text(encoding="utf-8")
    import re

    assert not re.search(r"""(src|href)\s*=\s*["']https?://""", html)
    assert not re.search(r"""url\(\s*["']?https?://""", html)
    assert not Path("lib").exists() or not (Path("lib") / "bindings").exists()


def test_two_runs_give_identical_tables(seed_run, tmp_path, seeds_dir):
    _, out = seed_run
    out2 = tmp_path / "again"
    ctnet.analyze(seeds_dir, out2, quiet=True)
    for name in ["actors.csv", "edges.csv", "mentions.csv", "documents.csv", "communities.csv",
                 "summary.json", "metrics.tex", "network.html", "network.svg"]:
        assert (out / name).read_bytes() == (out2 / name).read_bytes(), name


def test_config_file_and_explicit_options(tmp_path, seeds_dir):
    cfg = tmp_path / "ctnet.toml"
    cfg.write_text('[analyze]\nseed = 7\nweight = "jaccard"\nstability_runs = 0\n')
    res = ctnet.analyze(seeds_dir, write=False, config=cfg, quiet=True, weight="count")
    assert res.options.seed == 7 and res.options.weight == "count"
    assert res.summary["seed"] == 7


def test_unknown_config_key_is_an_error(tmp_path, seeds_dir):
    cfg = tmp_path / "ctnet.toml"
    cfg.write_text("[analyze]\nweigth = 'count'\n")
    with pytest.raises(ctnet.InvalidParameterError, match="weigth"):
        ctnet.analyze(seeds_dir, write=False, config=cfg)


def test_event_table_path(tmp_path):
    G = nx.davis_southern_women_graph()
    women = G.graph["top"]
    rows = [{"event_id": e, "actor": w} for w in women for e in G[w]]
    path = tmp_path / "davis.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    res = ctnet.analyze(events=path, out=tmp_path / "out", quiet=True, stability_runs=0)
    ref = nx.bipartite.weighted_projected_graph(G, women)
    edges = res.edges
    assert len(edges) == ref.number_of_edges()
    for r in edges.itertuples():
        assert ref[r.source][r.target]["weight"] == r.weight
    assert (tmp_path / "out" / "actors.csv").is_file()


def test_no_lib_folder_in_cwd(seed_run):
    assert not (Path(os.getcwd()) / "lib" / "bindings").exists()

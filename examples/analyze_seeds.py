"""The main job through the Python API: the five seed releases -> actors, network, metrics, HTML.

Run from the repository root:  python examples/analyze_seeds.py [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import ctnet

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path) -> None:
    corpus = ctnet.read_corpus(ROOT / "seeds")
    mentions = ctnet.extract_actors(corpus)
    net = ctnet.build_network(mentions)  # weight = releases in which both actors appear
    table = net.actors.merge(ctnet.centrality(net, seed=42), on="actor_id")
    table = table.merge(ctnet.communities(net, seed=42), on="actor_id")

    print(f"{len(corpus)} releases, {net.n_actors} actors, {net.n_edges} edges")
    print("top actors by betweenness (distance = 1/weight):")
    top = table.sort_values(["betweenness", "actor_id"], ascending=[False, True]).head(10)
    for rank, r in enumerate(top.itertuples(index=False), 1):
        print(f"  {rank:>2}. {r.name:<55} {r.betweenness:.4f}")

    out.mkdir(parents=True, exist_ok=True)
    path = ctnet.to_html(net, out / "network.html", table=table, size_by="betweenness", seed=42)
    print(f"wrote {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out" / "example")

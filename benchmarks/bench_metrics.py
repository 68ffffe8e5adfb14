"""Metrics on a 5,000-actor network: ``ctnet.metrics.centrality`` against plain networkx calls.

The network comes from a synthetic event table (20,000 releases drawn from a pool of
5,000 actors with Zipf frequencies, about 4 actors per release; ``benchmarks/generate.py``).
Each row times ctnet and the networkx call a researcher would otherwise write, on the same
network, in the same run:

* degree, strength, eigenvector and PageRank on the sparse matrix against ``G.degree``,
  ``nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-12)`` and
  ``nx.pagerank(G, weight="weight", tol=1e-12)`` (the nx.Graph is given to networkx ready
  made; building it is its own row);
* closeness (distance 1/weight, exact, scipy Dijkstra) against
  ``nx.closeness_centrality(G, distance="distance")``. By default networkx runs from 20
  source actors and its time is scaled to all actors (said in the note); ``--full`` runs it
  on every actor;
* betweenness from 20 seeded pivots (100 with ``--full``; what ctnet does above
  ``exact_max_nodes`` actors, with 500 pivots by default) against
  ``nx.betweenness_centrality(G, k=20, weight="distance", seed=42)``, and the time exact
  betweenness would take, scaled from it;
* clustering against ``nx.clustering(G, weight="weight")``.

Run: ``.venv/bin/python benchmarks/bench_metrics.py``.
"""

from __future__ import annotations

import networkx as nx
from generate import generate_events
from run import emit, full_run, measure

PIVOTS = 100 if full_run() else 20
SOURCES = 20


def main() -> None:
    from ctnet.metrics import centrality
    from ctnet.network import network_from_events

    events = generate_events(20_000, n_actors=5_000, mean_actors=4.0, seed=42)
    net = network_from_events(events)
    n = net.n_actors
    case = f"{n:,} actors, {net.n_edges:,} edges"
    t_graph, m_graph = measure(lambda: net.graph)
    G = net.graph
    emit(bench="metrics", case=case, ctnet="ActorNetwork.graph (nx.Graph, lazily)", seconds=t_graph,
         peak_mb=m_graph, note="made once, only for path measures and exports")

    def ctnet_linear() -> None:
        centrality(net, measures=["degree", "strength", "eigenvector", "pagerank"])

    def nx_linear() -> None:
        dict(G.degree())
        dict(G.degree(weight="weight"))
        nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-12)
        nx.pagerank(G, weight="weight", alpha=0.85, tol=1e-12)

    t1, m1 = measure(ctnet_linear)
    t0, m0 = measure(nx_linear)
    emit(bench="metrics", case=case, ctnet="degree+strength+eigenvector+pagerank", seconds=t1, peak_mb=m1,
         baseline="networkx (same four)", baseline_seconds=t0, baseline_peak_mb=m0)

    t1, m1 = measure(lambda: centrality(net, measures=["closeness"]))
    if full_run():
        t0, m0 = measure(lambda: nx.closeness_centrality(G, distance="distance"))
        note = "exact on both sides"
    else:
        sources = sorted(G, key=str)[:SOURCES]
        ts, m0 = measure(lambda: [nx.closeness_centrality(G, u=u, distance="distance") for u in sources])
        t0 = ts * n / len(sources)
        note = f"networkx timed on {len(sources)} sources, scaled to {n:,} (--full: all)"
    emit(bench="metrics", case=case, ctnet="closeness (exact, scipy)", seconds=t1, peak_mb=m1,
         baseline="nx.closeness_centrality", baseline_seconds=t0, baseline_peak_mb=m0, note=note)

    t1, m1 = measure(lambda: centrality(net, measures=["betweenness"], exact_max_nodes=1, pivots=PIVOTS))
    t0, m0 = measure(lambda: nx.betweenness_centrality(G, k=PIVOTS, weight="distance", seed=42))
    emit(bench="metrics", case=case, ctnet=f"betweenness, {PIVOTS} pivots", seconds=t1, peak_mb=m1,
         baseline=f"nx.betweenness_centrality(k={PIVOTS})", baseline_seconds=t0, baseline_peak_mb=m0,
         note=f"exact would take about {t0 * n / PIVOTS:,.0f} s (scaled)")

    t1, m1 = measure(lambda: centrality(net, measures=["clustering"]))
    t0, m0 = measure(lambda: nx.clustering(G, weight="weight"))
    emit(bench="metrics", case=case, ctnet="clustering (weighted)", seconds=t1, peak_mb=m1,
         baseline="nx.clustering", baseline_seconds=t0, baseline_peak_mb=m0)


if __name__ == "__main__":
    main()

"""Network build: ctnet against the bare XᵀX floor and the naive networkx loop over pairs.

For each size of a synthetic event table (Zipf actor frequencies, ~6 actors per release;
``benchmarks/generate.py``):

* ``build_network`` (mention table -> ActorNetwork) against the floor: factorising the
  two id columns, building the sparse incidence X and computing XᵀX with scipy, with
  nothing else (no evidence, no actor table, no checks);
* ``network_from_events`` (event table -> ActorNetwork, end to end) against the naive
  loop that adds 1 to ``G[a][b]["weight"]`` of an ``nx.Graph`` for every pair of actors
  of every release (only where that loop finishes in reasonable time);
* scaling: build time at 2n releases over build time at n.

Time is the best of one run in a forked child; peak MB is the extra resident memory
of the call over its inputs. Run: ``.venv/bin/python benchmarks/bench_network.py``
(``CTNET_BENCH_FULL=1`` adds 1M releases / 50k actors).
"""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from generate import generate_events
from run import emit, full_run, measure


def floor(events: pd.DataFrame) -> sp.csr_matrix:
    """Factorise ids, build X (releases x actors, binary), return XᵀX: the least any build must do."""
    r, _ = pd.factorize(events["event_id"])
    c, uniq = pd.factorize(events["actor"])
    X = sp.csr_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(int(r.max()) + 1, len(uniq)))
    X.data[:] = 1.0  # binary, as ctnet's default counting
    C = (X.T @ X).tocsr()
    C.setdiag(0)
    C.eliminate_zeros()
    return C


def product_only(X: sp.csr_matrix) -> sp.csr_matrix:
    return (X.T @ X).tocsr()


def naive_loop(events: pd.DataFrame) -> nx.Graph:
    """The common hand-written approach: a Python loop over actor pairs into an nx.Graph."""
    G = nx.Graph()
    for _, group in events.groupby("event_id", sort=False)["actor"]:
        actors = sorted(set(group))
        G.add_nodes_from(actors)
        for a, b in itertools.combinations(actors, 2):
            if G.has_edge(a, b):
                G[a][b]["weight"] += 1
            else:
                G.add_edge(a, b, weight=1)
    return G


def main() -> None:
    from ctnet.network import build_network, mentions_from_events, network_from_events

    sizes = [1_000, 50_000, 100_000, 200_000] + ([500_000, 1_000_000] if full_run() else [])
    naive_max = 1_000_000 if full_run() else 100_000
    build_times: dict[int, float] = {}
    for n in sizes:
        events = generate_events(n, seed=42)
        n_actors = events["actor"].nunique()
        case = f"{n:,} releases, {n_actors:,} actors, {len(events):,} links"
        m = mentions_from_events(events)
        t_floor, m_floor = measure(floor, events)
        r, _ = pd.factorize(events["event_id"])
        c, uniq = pd.factorize(events["actor"])
        X = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(int(r.max()) + 1, len(uniq)))
        t_prod, _ = measure(product_only, X)
        t_build, m_build = measure(build_network, m)
        build_times[n] = t_build
        net = build_network(m)
        emit(bench="network", case=case, ctnet="build_network(mentions)", seconds=t_build, peak_mb=m_build,
             baseline="XᵀX floor (factorize+X+XᵀX)", baseline_seconds=t_floor, baseline_peak_mb=m_floor,
             note=f"{net.n_edges:,} edges; XᵀX product alone {t_prod:.3f} s")
        t_events, m_events = measure(network_from_events, events)
        if n <= naive_max:
            t_naive, m_naive = measure(naive_loop, events)
            emit(bench="network", case=case, ctnet="network_from_events(table)", seconds=t_events,
                 peak_mb=m_events, baseline="networkx loop over pairs", baseline_seconds=t_naive,
                 baseline_peak_mb=m_naive)
        else:
            emit(bench="network", case=case, ctnet="network_from_events(table)", seconds=t_events,
                 peak_mb=m_events, note="naive loop skipped at this size")
    for n in sizes:
        if 2 * n in build_times:
            emit(bench="network", case=f"scaling {n:,} -> {2 * n:,} releases",
                 ctnet=f"build at {2 * n:,}", seconds=build_times[2 * n],
                 baseline=f"build at {n:,}", baseline_seconds=build_times[n],
                 note="ratio 2.0 = linear")


if __name__ == "__main__":
    main()

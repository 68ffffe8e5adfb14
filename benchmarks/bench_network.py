"""Network build: ctnet against the bare XᵀX floor and the naive networkx loop over pairs.

The data (``benchmarks/generate.py``): release × actor links with Zipf actor frequencies
(about 9 distinct actors per release), each link named ``1 + Poisson(3.5)`` times in its
release, so the mention table has about 40 rows per release: at 1M releases / 50k actors,
about 9M release–actor links and 40M actor mentions (the scale of issue 7, whose network
has about 9M edges). The rows of a release come in a shuffled order, as extraction gives
them (by position in the text).

For each size:

* ``build_network`` (mention table -> ActorNetwork, default options) twice: with its default
  threads (the cores of the machine, here 2: above about 2·10⁷ units of product work the
  count weights XᵀX are computed by column blocks in threads, and above 2·10⁷ mentions the
  actor codes and the incidence rows too) and with ``threads=1`` (one core). The threaded
  row only gains when the second core is idle: note the load average of the run. Each
  against two floors, both on one core:
  (1) factorising the two id columns of the same mention table with ``pandas.factorize``,
  building the binary sparse incidence X with scipy and computing XᵀX (with the diagonal
  dropped), with nothing else: no actor table, no checks, no counts; (2) the product
  ``X.T @ X`` alone on a ready-made X (no string is read; scipy's public product, which
  counts the entries of the result in a first pass that ctnet's build skips);
* ``net.edges()`` (the edge table with the release ids of every edge, computed on demand)
  against the same floor;
* ``network_from_events`` (event table of the distinct links -> ActorNetwork) against the
  naive loop that adds 1 to ``G[a][b]["weight"]`` of an ``nx.Graph`` for every pair of
  actors of every release (only up to 200k releases: at 1M the loop takes minutes and
  gigabytes, so the 1M row says so);
* scaling: build time (default threads) at 2n releases over build time at n, with the actor
  pool growing with the releases (as in the rows above: the product then grows faster than
  the releases, and the note says by how much), and, with ``--full``, at 500k and 1M releases
  drawn from the same 50k actors (the releases alone doubled).

Each figure is measured in a forked child (``run.measure``): time is the best of
``CTNET_BENCH_REPEAT`` runs (default 2), peak MB the extra resident memory of the call
over its inputs. Run::

    .venv/bin/python benchmarks/run.py network            # 50k and 100k releases
    .venv/bin/python benchmarks/run.py network --full     # adds 500k, and 1M releases / 50k actors / 40M mentions
"""

from __future__ import annotations

import itertools
import os

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from generate import generate_events
from run import emit, full_run, measure

MEAN_ACTORS = 9.0  # distinct actors per release
EXTRA_MENTIONS = 3.5  # each link is named 1 + Poisson(3.5) times


def mention_table(n_releases: int, *, n_actors: int | None = None,
                  seed: int = 42) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, mentions): the distinct links, and the mention rows (each link repeated, shuffled per release).

    ``n_actors``: the actor pool (default: ``generate_events``'s, one actor per 20 releases, at most 50k).
    """
    from ctnet.actors.mentions import MENTION_COLUMNS

    events = generate_events(n_releases, n_actors=n_actors, mean_actors=MEAN_ACTORS, seed=seed)
    rng = np.random.default_rng(seed + 1)
    reps = 1 + rng.poisson(EXTRA_MENTIONS, len(events))
    idx = np.repeat(np.arange(len(events)), reps)
    release = pd.factorize(events["event_id"].to_numpy(object))[0][idx]
    idx = idx[np.lexsort((rng.random(idx.size), release))]  # releases in order, rows shuffled within
    ev, act = events["event_id"].to_numpy(object)[idx], events["actor"].to_numpy(object)[idx]
    n = idx.size
    table = pd.DataFrame({"doc_id": ev, "actor_id": act, "actor_name": act, "actor_type": "other",
                          "surface": act, "start": np.zeros(n, np.int64), "end": np.zeros(n, np.int64),
                          "sentence": np.zeros(n, np.int64), "paragraph": np.zeros(n, np.int64),
                          "role": "", "role_evidence": ""}, columns=MENTION_COLUMNS)
    return events, table


def as_mentions(events: pd.DataFrame, table: pd.DataFrame):
    """The Mentions value of the table (documents and actors from the event table)."""
    from ctnet.network import mentions_from_events

    base = mentions_from_events(events)
    base.table = table
    return base


def incidence(doc_ids: np.ndarray, actor_ids: np.ndarray) -> sp.csr_matrix:
    """The binary releases × actors matrix X of the mention rows (ids factorised by pandas)."""
    r, docs = pd.factorize(doc_ids)
    c, actors = pd.factorize(actor_ids)
    X = sp.csr_matrix((np.ones(r.size), (r, c)), shape=(len(docs), len(actors)))
    X.sum_duplicates()
    X.data[:] = 1.0  # binary, as ctnet's default counting
    return X


def floor(doc_ids: np.ndarray, actor_ids: np.ndarray) -> sp.csr_matrix:
    """Factorise ids, build X (releases x actors, binary), return XᵀX without its diagonal: the least any build does."""
    X = incidence(doc_ids, actor_ids)
    C = (X.T @ X).tocsr()
    C.setdiag(0)
    C.eliminate_zeros()
    return C


def product_only(X: sp.csr_matrix) -> sp.spmatrix:
    return X.T @ X


def build_one_thread(m):
    """build_network on one core (``threads=1``)."""
    from ctnet.network import build_network

    return build_network(m, threads=1)


def default_threads() -> int:
    """The threads build_network uses by default (the cores this process may run on, at most 8)."""
    return max(1, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def edge_table(net) -> pd.DataFrame:
    """edges.csv of a network: the release ids of every edge, derived on demand."""
    return net.edges()


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
    from ctnet.network import build_network, network_from_events

    repeat = int(os.environ.get("CTNET_BENCH_REPEAT", "2"))
    sizes = [50_000, 100_000] + ([500_000, 1_000_000] if full_run() else [])
    naive_max = 200_000
    build_times: dict[int, float] = {}
    prod_times: dict[int, float] = {}
    naive_note = ""
    for n in sizes:
        events, table = mention_table(n)
        m = as_mentions(events, table)
        n_actors = events["actor"].nunique()
        case = f"{n:,} releases, {n_actors:,} actors, {len(table) / 1e6:.1f}M mentions, {len(events) / 1e6:.1f}M links"
        doc_ids, actor_ids = table["doc_id"].to_numpy(object), table["actor_id"].to_numpy(object)
        t_floor, m_floor = measure(floor, doc_ids, actor_ids, repeat=repeat)
        X = incidence(doc_ids, actor_ids)
        t_prod, m_prod = measure(product_only, X, repeat=repeat)
        prod_times[n] = t_prod
        del X
        t_build, m_build = measure(build_network, m, repeat=repeat)
        t_build1, m_build1 = measure(build_one_thread, m, repeat=repeat)
        build_times[n] = t_build
        net = build_network(m)
        k = default_threads()
        for label, t_b, m_b, cores in ((f"build_network(mentions), {k} threads", t_build, m_build, k),
                                       ("build_network(mentions, threads=1)", t_build1, m_build1, 1)):
            emit(bench="network", case=case, ctnet=label, seconds=t_b, peak_mb=m_b,
                 baseline="XᵀX floor (factorize+X+XᵀX), 1 core", baseline_seconds=t_floor, baseline_peak_mb=m_floor,
                 note=f"{net.n_edges:,} edges; build on up to {cores} core(s)")
            emit(bench="network", case=case, ctnet=label, seconds=t_b, peak_mb=m_b,
                 baseline="XᵀX product alone (X ready), 1 core", baseline_seconds=t_prod, baseline_peak_mb=m_prod,
                 note=f"the build also reads the string ids of every mention; up to {cores} core(s)")
        t_edges, m_edges = measure(edge_table, net, repeat=1)
        emit(bench="network", case=case, ctnet="net.edges() with release ids", seconds=t_edges, peak_mb=m_edges,
             baseline="XᵀX floor", baseline_seconds=t_floor, baseline_peak_mb=m_floor,
             note="evidence computed on demand, not by the build")
        del net, m, table
        t_events, m_events = measure(network_from_events, events, repeat=1)
        if n <= naive_max:
            t_naive, m_naive = measure(naive_loop, events, repeat=1)
            naive_note = f"networkx loop at {n:,} releases: {t_naive:.1f} s"
            emit(bench="network", case=case, ctnet="network_from_events(links)", seconds=t_events,
                 peak_mb=m_events, baseline="networkx loop over pairs", baseline_seconds=t_naive,
                 baseline_peak_mb=m_naive)
        else:
            emit(bench="network", case=case, ctnet="network_from_events(links)", seconds=t_events,
                 peak_mb=m_events, note=f"networkx loop not run at this size (minutes, GBs); {naive_note}")
    for n in sizes:
        if 2 * n in build_times:
            emit(bench="network", case=f"scaling {n:,} -> {2 * n:,} releases (actor pool doubled too)",
                 ctnet=f"build at {2 * n:,}", seconds=build_times[2 * n],
                 baseline=f"build at {n:,}", baseline_seconds=build_times[n],
                 note=f"ratio 2.0 = linear; the bare product grew {prod_times[2 * n] / prod_times[n]:.2f}x")
    if full_run():  # the releases alone doubled: 500k releases drawn from the 1M run's 50k actors
        n = 500_000
        events, table = mention_table(n, n_actors=50_000)
        m = as_mentions(events, table)
        t_half, _ = measure(build_network, m, repeat=repeat)
        X = incidence(table["doc_id"].to_numpy(object), table["actor_id"].to_numpy(object))
        del m, table, events
        t_prod, _ = measure(product_only, X, repeat=repeat)
        emit(bench="network", case=f"scaling {n:,} -> {2 * n:,} releases, 50,000 actors both",
             ctnet=f"build at {2 * n:,}", seconds=build_times[2 * n],
             baseline=f"build at {n:,}", baseline_seconds=t_half,
             note=f"ratio 2.0 = linear; the bare product grew {prod_times[2 * n] / t_prod:.2f}x")


if __name__ == "__main__":
    main()

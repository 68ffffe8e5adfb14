"""Building actor networks: incidence matrix, co-occurrence weights, filters, events, time, backbone."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["ActorNetwork"]


@dataclass
class ActorNetwork:
    """The network stage's value: sparse weights plus the actor table and edge evidence.

    Attributes
    ----------
    actors : DataFrame
        One row per node, in matrix order. Columns: ``actor_id, name, type, country,
        parent, donor, n_docs, n_mentions`` (more allowed). '' for empty strings.
    weights : scipy.sparse.csr_matrix
        Symmetric actor × actor weights with a zero diagonal.
    incidence : scipy.sparse.csr_matrix
        Units × actors (binary by default, or mention counts).
    unit_ids : list of str
        Row labels of ``incidence`` (document ids, or ``doc_id#p3`` / ``doc_id#s12`` /
        ``doc_id#w12`` for paragraph, sentence and window units).
    unit_docs : list of str
        The document id of each unit (equal to ``unit_ids`` for document units);
        bootstrap resamples documents and keeps all their units.
    doc_incidence : scipy.sparse.csr_matrix
        Documents × actors, binary: the evidence behind edges (``n_docs``, ``docs``).
    doc_ids : list of str
        Row labels of ``doc_incidence``.
    params : dict
        The options the network was built with (copied to ``G.graph["ctnet"]``).
    documents : DataFrame or None
        Document metadata (documents.csv columns) for tooltips and reports.
    sentences : DataFrame or None
        Sentence evidence (``Mentions.sentences``) for edge tooltips.
    mentions : DataFrame or None
        The mention table the network was built from (after roll-up and filters).
    edge_stats : DataFrame or None
        Extra per-edge columns (``source, target, p_value, q_value``) when a
        significance test ran.
    """

    actors: pd.DataFrame
    weights: sp.csr_matrix
    incidence: sp.csr_matrix
    unit_ids: list[str]
    unit_docs: list[str]
    doc_incidence: sp.csr_matrix
    doc_ids: list[str]
    params: dict[str, Any] = field(default_factory=dict)
    documents: pd.DataFrame | None = None
    sentences: pd.DataFrame | None = None
    mentions: pd.DataFrame | None = None
    edge_stats: pd.DataFrame | None = None

    @property
    def n_actors(self) -> int:
        return int(self.weights.shape[0])

    @property
    def n_edges(self) -> int:
        return int(sp.triu(self.weights, k=1).nnz)

    @property
    def actor_ids(self) -> list[str]:
        return self.actors["actor_id"].tolist()

    def __repr__(self) -> str:
        return (
            f"ActorNetwork({self.n_actors} actors, {self.n_edges} edges, "
            f"weight={self.params.get('weight', 'count')!r}, unit={self.params.get('unit', 'document')!r})"
        )

    def edges(self) -> pd.DataFrame:
        """Return the edge table (edges.csv): one row per edge, ``source < target``.

        Columns ``source, target, weight, n_docs, docs`` (ids joined by ';'), plus
        ``p_value, q_value`` when a significance test ran. Sorted by weight
        (descending), then source and target.
        """
        ids = np.asarray(self.actor_ids, dtype=object)
        upper = sp.triu(self.weights, k=1).tocoo()
        cols = ["source", "target", "weight", "n_docs", "docs"]
        if upper.nnz == 0:
            df = pd.DataFrame({c: pd.Series(dtype=object if c in ("source", "target", "docs") else float) for c in cols})
            df["n_docs"] = df["n_docs"].astype(int)
            return self._with_edge_stats(df)
        a, b = ids[upper.row], ids[upper.col]
        swap = a > b
        src = np.where(swap, b, a)
        tgt = np.where(swap, a, b)
        # evidence: documents in which both actors appear
        D = self.doc_incidence.tocsc().astype(bool)
        doc_ids = np.asarray(self.doc_ids, dtype=object)
        n_docs = np.empty(upper.nnz, dtype=np.int64)
        docs = np.empty(upper.nnz, dtype=object)
        for k, (i, j) in enumerate(zip(upper.row, upper.col)):
            rows_i = D.indices[D.indptr[i]:D.indptr[i + 1]]
            rows_j = D.indices[D.indptr[j]:D.indptr[j + 1]]
            common = np.intersect1d(rows_i, rows_j, assume_unique=True)
            n_docs[k] = common.size
            docs[k] = ";".join(sorted(doc_ids[common].tolist()))
        df = pd.DataFrame({"source": src, "target": tgt, "weight": upper.data.astype(float),
                           "n_docs": n_docs, "docs": docs})
        df = df.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="mergesort")
        return self._with_edge_stats(df.reset_index(drop=True))

    def _with_edge_stats(self, df: pd.DataFrame) -> pd.DataFrame:
        if self.edge_stats is None or df.empty and self.edge_stats.empty:
            return df
        return df.merge(self.edge_stats, on=["source", "target"], how="left")

    @cached_property
    def graph(self) -> nx.Graph:
        """The ``nx.Graph``, built once on first use.

        Node attributes: the actor columns (``name, type, country, parent, donor,
        n_docs, n_mentions``...). Edge attributes: ``weight``, ``n_docs``, ``docs``
        (list of release ids), ``distance`` = 1/weight. ``G.graph["ctnet"]`` holds ``params``.
        """
        G = nx.Graph()
        G.graph["ctnet"] = dict(self.params)
        for rec in self.actors.to_dict("records"):
            node = rec.pop("actor_id")
            G.add_node(node, **{k: _py(v) for k, v in rec.items()})
        for rec in self.edges().to_dict("records"):
            w = float(rec["weight"])
            attrs = {"weight": w, "n_docs": int(rec["n_docs"]),
                     "docs": rec["docs"].split(";") if rec["docs"] else [],
                     "distance": (1.0 / w) if w > 0 else float("inf")}
            for extra in ("p_value", "q_value"):
                if extra in rec:
                    attrs[extra] = _py(rec[extra])
            G.add_edge(rec["source"], rec["target"], **attrs)
        return G


def _py(v: Any) -> Any:
    """Convert numpy scalars to Python scalars (pyvis and GraphML need plain types)."""
    if isinstance(v, np.generic):
        return v.item()
    return v

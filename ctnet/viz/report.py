"""Paper-ready outputs: LaTeX and Markdown metric tables, the methods paragraph, the index.html report."""

from __future__ import annotations

import html as _html
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from ctnet.errors import InvalidParameterError, OutputError, check_number

__all__ = ["latex_escape", "methods_paragraph", "metrics_table_md", "metrics_table_tex", "write_report"]

_LATEX = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
          "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}

#: Display names of the measures in table headers.
_LABELS = {"pagerank": "PageRank", "betweenness": "Betweenness", "degree": "Degree", "strength": "Strength",
           "closeness": "Closeness", "eigenvector": "Eigenvector", "harmonic": "Harmonic",
           "n_docs": "Releases", "n_mentions": "Mentions", "clustering": "Clustering", "core": "Core",
           "constraint": "Constraint", "effective_size": "Effective size"}

_REFS = {
    "Barrat2004": "Barrat, A., Barthélemy, M., Pastor-Satorras, R., & Vespignani, A. (2004). The architecture of "
                  "complex weighted networks. PNAS, 101(11), 3747–3752.",
    "Blondel2008": "Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008). Fast unfolding of "
                   "communities in large networks. Journal of Statistical Mechanics, P10008.",
    "Bouma2009": "Bouma, G. (2009). Normalized (pointwise) mutual information in collocation extraction. "
                 "Proceedings of GSCL, 31–40.",
    "Brandes2001": "Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical "
                   "Sociology, 25(2), 163–177.",
    "Breiger1974": "Breiger, R. L. (1974). The duality of persons and groups. Social Forces, 53(2), 181–190.",
    "Brin1998": "Brin, S., & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine. "
                "Computer Networks and ISDN Systems, 30(1–7), 107–117.",
    "Clauset2004": "Clauset, A., Newman, M. E. J., & Moore, C. (2004). Finding community structure in very large "
                   "networks. Physical Review E, 70, 066111.",
    "Danon2005": "Danon, L., Díaz-Guilera, A., Duch, J., & Arenas, A. (2005). Comparing community structure "
                 "identification. Journal of Statistical Mechanics, P09008.",
    "Efron1993": "Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall.",
    "Freeman1979": "Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social "
                   "Networks, 1(3), 215–239.",
    "Jaccard1901": "Jaccard, P. (1901). Étude comparative de la distribution florale dans une portion des Alpes "
                   "et du Jura. Bulletin de la Société Vaudoise des Sciences Naturelles, 37, 547–579.",
    "Lancichinetti2012": "Lancichinetti, A., & Fortunato, S. (2012). Consensus clustering in complex networks. "
                         "Scientific Reports, 2, 336.",
    "Neal2014": "Neal, Z. P. (2014). The backbone of bipartite projections: inferring relationships from "
                "co-authorship, co-sponsorship, co-attendance and other co-behaviors. Social Networks, 39, 84–97.",
    "Newman2001": "Newman, M. E. J. (2001). Scientific collaboration networks. II. Shortest paths, weighted "
                  "networks, and centrality. Physical Review E, 64, 016132.",
    "Newman2004": "Newman, M. E. J., & Girvan, M. (2004). Finding and evaluating community structure in "
                  "networks. Physical Review E, 69, 026113.",
    "Opsahl2010": "Opsahl, T., Agneessens, F., & Skvoretz, J. (2010). Node centrality in weighted networks: "
                  "generalizing degree and shortest paths. Social Networks, 32(3), 245–251.",
    "Raghavan2007": "Raghavan, U. N., Albert, R., & Kumara, S. (2007). Near linear time algorithm to detect "
                    "community structures in large-scale networks. Physical Review E, 76, 036106.",
    "Salton1983": "Salton, G., & McGill, M. J. (1983). Introduction to Modern Information Retrieval. McGraw-Hill.",
    "Serrano2009": "Serrano, M. Á., Boguñá, M., & Vespignani, A. (2009). Extracting the multiscale backbone of "
                   "complex weighted networks. PNAS, 106(16), 6483–6488.",
    "Snijders1999": "Snijders, T. A. B., & Borgatti, S. P. (1999). Non-parametric standard errors and tests for "
                    "network statistics. Connections, 22(2), 161–170.",
    "Traag2019": "Traag, V. A., Waltman, L., & van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing "
                 "well-connected communities. Scientific Reports, 9, 5233.",
    "Tumminello2011": "Tumminello, M., Miccichè, S., Lillo, F., Piilo, J., & Mantegna, R. N. (2011). "
                      "Statistically validated networks in bipartite complex systems. PLoS ONE, 6(3), e17994.",
    "vanEck2009": "van Eck, N. J., & Waltman, L. (2009). How to normalize cooccurrence data? An analysis of some "
                  "well-known similarity measures. JASIST, 60(8), 1635–1651.",
}

#: weight -> (description with formula, citation text, reference keys)
_WEIGHTS = {
    "count": ("the number of units naming both actors, w_ij = c_ij", "Breiger 1974", ["Breiger1974"]),
    "jaccard": ("the Jaccard index, w_ij = c_ij / (c_i + c_j - c_ij)", "Jaccard 1901", ["Jaccard1901"]),
    "cosine": ("the cosine (Salton) index, w_ij = c_ij / sqrt(c_i c_j)", "Salton & McGill 1983", ["Salton1983"]),
    "inclusion": ("the inclusion index, w_ij = c_ij / min(c_i, c_j)", "van Eck & Waltman 2009", ["vanEck2009"]),
    "association": ("the association strength, w_ij = c_ij / (c_i c_j)", "van Eck & Waltman 2009",
                    ["vanEck2009"]),
    "newman": (("Newman's collaboration weight, w_ij = sum over units u with n_u >= 2 actors of "
                "x_ui x_uj / (n_u - 1)"), "Newman 2001", ["Newman2001"]),
    "npmi": (("the normalised pointwise mutual information, w_ij = log(p_ij / (p_i p_j)) / -log p_ij with "
              "p = counts / N (pairs with w_ij <= 0 dropped)"), "Bouma 2009", ["Bouma2009"]),
}
_COMMUNITY = {
    "louvain": ("the Louvain method", "Blondel et al. 2008", ["Blondel2008"]),
    "greedy": ("greedy modularity maximisation", "Clauset, Newman & Moore 2004", ["Clauset2004"]),
    "label_propagation": ("label propagation", "Raghavan, Albert & Kumara 2007", ["Raghavan2007"]),
    "leiden": ("the Leiden method", "Traag, Waltman & van Eck 2019", ["Traag2019"]),
}
_BACKBONE = {
    "hypergeometric": ("a hypergeometric test of each co-occurrence count", "Tumminello et al. 2011",
                       ["Tumminello2011"]),
    "sdsm": ("the stochastic degree sequence model", "Neal 2014", ["Neal2014"]),
    "disparity": ("the disparity filter", "Serrano, Boguñá & Vespignani 2009", ["Serrano2009"]),
}


def latex_escape(text: Any) -> str:
    r"""Escape the LaTeX special characters ``& % $ # _ { } ~ ^ \`` of a string.

    Parameters
    ----------
    text : object
        Converted with ``str``.

    Returns
    -------
    str

    Examples
    --------
    >>> print(latex_escape("R&D 100% $ #1 a_b {x} ~ ^ \\"))
    R\&D 100\% \$ \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}
    """
    return "".join(_LATEX.get(ch, ch) for ch in " ".join(str(text).split()))


def _md_escape(text: Any) -> str:
    s = " ".join(str(text).split())
    for ch in "\\`*_[]|#":
        s = s.replace(ch, "\\" + ch)
    return s.replace("<", "&lt;").replace(">", "&gt;")


def _fmt(v: Any) -> str:
    if v is None or v is pd.NA:
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    if math.isnan(f):
        return ""
    if f.is_integer() and abs(f) < 1e12:
        return str(int(f))
    if abs(f) >= 1000:
        return f"{f:.1f}"
    if abs(f) >= 0.001:
        return f"{f:.4f}"
    return f"{f:.2e}"


def _top(table: pd.DataFrame, measures: Sequence[str], top_k: int, f: str) -> tuple[pd.DataFrame, list[str]]:
    if isinstance(measures, str) or not all(isinstance(m, str) for m in measures):
        raise InvalidParameterError(
            f"The 'measures' parameter of {f} must be a sequence of column names. Got {measures!r} instead.")
    check_number("top_k", top_k, f, integer=True, low=1)
    cols = [m for m in measures if m in table.columns]
    missing = [m for m in measures if m not in table.columns]
    if missing:
        raise InvalidParameterError(
            f"The 'measures' parameter of {f} must name columns of the actor table "
            f"({', '.join(map(str, table.columns))}). Got {missing!r} instead.")
    if not cols:
        raise InvalidParameterError(f"The 'measures' parameter of {f} must name at least one column. Got () instead.")
    key = pd.to_numeric(table[cols[0]], errors="coerce").fillna(float("-inf"))
    order = sorted(range(len(table)), key=lambda i: (-key.iloc[i], str(table["actor_id"].iloc[i])))
    return table.iloc[order[:top_k]], cols


def _cell(row: pd.Series, m: str, lo_hi: tuple[str, str] | None) -> str:
    s = _fmt(row[m])
    if lo_hi is not None:
        lo, hi = _fmt(row[lo_hi[0]]), _fmt(row[lo_hi[1]])
        if lo or hi:
            s += f" [{lo}, {hi}]"
    return s


def _intervals(table: pd.DataFrame, cols: list[str]) -> dict[str, tuple[str, str] | None]:
    return {m: (f"{m}_lo", f"{m}_hi") if f"{m}_lo" in table.columns and f"{m}_hi" in table.columns else None
            for m in cols}


def metrics_table_tex(table: pd.DataFrame, *, measures: Sequence[str] = ("pagerank", "betweenness", "degree"),
                      top_k: int = 15) -> str:
    r"""A booktabs LaTeX table of the top actors, ranked by the first measure.

    When the table has ``<m>_lo``/``<m>_hi`` columns (bootstrap), each value is followed
    by its 95% interval in brackets. Names are LaTeX-escaped; ties are broken by actor id.
    Needs ``\usepackage{booktabs}``.

    Parameters
    ----------
    table : DataFrame
        The actor table (``actor_id``, ``name``, ``type``, measures...).
    measures : sequence of str, default ("pagerank", "betweenness", "degree")
        Columns to show, the first one ranks.
    top_k : int, default 15
        Rows.

    Returns
    -------
    str
        A ``table`` environment.

    Raises
    ------
    InvalidParameterError
        A measure that is not a column, or a bad ``top_k``.

    Examples
    --------
    >>> t = pd.DataFrame({"actor_id": ["a", "b"], "name": ["R&D_1", "B"], "type": ["ngo", "ngo"],
    ...                   "degree": [1, 3]})
    >>> print(metrics_table_tex(t, measures=["degree"], top_k=2))  # doctest: +NORMALIZE_WHITESPACE
    \begin{table}[htbp]
    \centering
    \caption{Top 2 actors by degree.}
    \label{tab:ctnet-metrics}
    \begin{tabular}{rllr}
    \toprule
    Rank & Actor & Type & Degree \\
    \midrule
    1 & B & ngo & 3 \\
    2 & R\&D\_1 & ngo & 1 \\
    \bottomrule
    \end{tabular}
    \end{table}
    """
    top, cols = _top(table, measures, top_k, "metrics_table_tex")
    ci = _intervals(table, cols)
    lines = [r"\begin{table}[htbp]", r"\centering",
             rf"\caption{{Top {len(top)} actors by {latex_escape(cols[0])}"
             + (" (95\\% bootstrap intervals in brackets)" if any(ci.values()) else "") + ".}",
             r"\label{tab:ctnet-metrics}", r"\begin{tabular}{rll" + "r" * len(cols) + "}", r"\toprule",
             " & ".join(["Rank", "Actor", "Type", *(latex_escape(_LABELS.get(m, m)) for m in cols)]) + r" \\",
             r"\midrule"]
    for rank, (_, row) in enumerate(top.iterrows(), start=1):
        name = row["name"] if "name" in row.index and str(row["name"]) else row["actor_id"]
        typ = row["type"] if "type" in row.index else ""
        cells = [str(rank), latex_escape(name), latex_escape(typ), *(_cell(row, m, ci[m]) for m in cols)]
        lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}", r"\end{table}"]
    return "\n".join(lines) + "\n"


def metrics_table_md(table: pd.DataFrame, *, measures: Sequence[str] = ("pagerank", "betweenness", "degree"),
                     top_k: int = 15) -> str:
    """A Markdown (pipe) table of the top actors, ranked by the first measure.

    Same rows and numbers as :func:`metrics_table_tex`; Markdown and HTML characters in
    names are escaped.

    Parameters
    ----------
    table : DataFrame
    measures : sequence of str, default ("pagerank", "betweenness", "degree")
    top_k : int, default 15

    Returns
    -------
    str

    Raises
    ------
    InvalidParameterError
        A measure that is not a column, or a bad ``top_k``.

    Examples
    --------
    >>> t = pd.DataFrame({"actor_id": ["a", "b"], "name": ["A|B", "C"], "type": ["ngo", "ngo"],
    ...                   "degree": [1, 3]})
    >>> print(metrics_table_md(t, measures=["degree"], top_k=2))
    | Rank | Actor | Type | Degree |
    |---:|:---|:---|---:|
    | 1 | C | ngo | 3 |
    | 2 | A\\|B | ngo | 1 |
    <BLANKLINE>
    """
    top, cols = _top(table, measures, top_k, "metrics_table_md")
    ci = _intervals(table, cols)
    head = ["Rank", "Actor", "Type", *(_LABELS.get(m, m) + (" [95% CI]" if ci[m] else "") for m in cols)]
    lines = ["| " + " | ".join(head) + " |", "|---:|:---|:---|" + "---:|" * len(cols)]
    for rank, (_, row) in enumerate(top.iterrows(), start=1):
        name = row["name"] if "name" in row.index and str(row["name"]) else row["actor_id"]
        typ = row["type"] if "type" in row.index else ""
        cells = [str(rank), _md_escape(name), _md_escape(typ), *(_cell(row, m, ci[m]) for m in cols)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _unit_phrase(unit: str) -> str:
    if unit == "document":
        return "press release (document)"
    if unit.startswith("window:"):
        k = unit.split(":", 1)[1]
        return f"window of {k} consecutive sentences"
    return unit


def methods_paragraph(params: Mapping[str, Any], summary: Mapping[str, Any]) -> str:
    """A ready-to-paste methods paragraph for the run, followed by its references.

    It states the co-occurrence unit, the edge weight with its formula and reference,
    shortest-path distances as 1/weight, the community method with its resolution, seed
    and modularity, the stability analysis, backbone and bootstrap when used, and the ctnet
    version. Numbers come from ``summary`` (summary.json) and options from ``params``.

    Parameters
    ----------
    params : mapping
        The network's parameters merged with the run options (``weight``, ``unit``,
        ``counting``, ``community``, ``resolution``, ``seed``, ``backbone``, ``alpha``,
        ``bootstrap``, ``level``, ``min_weight``...). Missing keys take the defaults.
    summary : mapping
        summary.json (``n_documents``, ``n_actors``, ``n_edges``, ``modularity``,
        ``n_communities``, ``community_stability``, ``ctnet_version``...).

    Returns
    -------
    str
        The paragraph, a blank line, then "References" and one reference per line.

    Examples
    --------
    >>> text = methods_paragraph({"weight": "jaccard", "seed": 7},
    ...                          {"n_documents": 3, "n_actors": 4, "n_edges": 2, "modularity": 0.25,
    ...                           "n_communities": 2, "ctnet_version": "1.0"})
    >>> "Jaccard 1901" in text and "seed 7" in text and "1/w_ij" in text
    True
    """
    p = dict(params)
    s = dict(summary)
    version = s.get("ctnet_version") or p.get("version") or _version()
    weight = str(p.get("weight") or "count")
    unit = str(p.get("unit") or "document")
    counting = str(p.get("counting") or "binary")
    method = str(p.get("community") or s.get("community_method") or "louvain")
    resolution = p.get("resolution", s.get("resolution", 1.0))
    seed = p.get("seed", s.get("seed", 42))
    refs: list[str] = []

    def cite(keys: list[str]) -> None:
        for k in keys:
            if k not in refs:
                refs.append(k)

    parts = [f"Actor co-occurrence networks were built with ctnet {version}."]
    corpus = []
    if s.get("n_documents") is not None:
        corpus.append(f"{s['n_documents']} press releases")
    parts.append(
        ("Each press release is an event" + (f" (corpus: {corpus[0]})" if corpus else "") + ". ")
        + f"Two actors are linked when they are named in the same {_unit_phrase(unit)}"
        + ("; an actor named several times in a unit counts once." if counting == "binary"
           else "; incidence entries count the actor's mentions in the unit."))
    if p.get("level") == "parent":
        parts.append("Sub-units (ministries, agencies of a government) were merged into their top-level parent.")
    wdesc, wcite, wkeys = _WEIGHTS.get(weight, (weight, "", []))
    cite(wkeys)
    c_def = ("c_ij is the number of units naming both actors and c_i the number naming actor i"
             if weight != "newman" else "x_ui is 1 when unit u names actor i and n_u is the number of actors in u")
    min_w = p.get("min_weight")
    parts.append(f"Edge weights are {wdesc}" + (f" ({wcite})" if wcite else "") + f", where {c_def}"
                 + (f"; edges with weight below {min_w:g} were dropped" if isinstance(min_w, (int, float))
                    and not isinstance(min_w, bool) and min_w not in (0, 1) else "") + ".")
    bb = p.get("backbone")
    if bb:
        bdesc, bcite, bkeys = _BACKBONE.get(str(bb), (str(bb), "", []))
        cite(bkeys)
        alpha = p.get("alpha", 0.05)
        rule = ("keeping edges with p < " if bb == "disparity"
                else "keeping edges with a Benjamini–Hochberg q-value <= ")
        parts.append(f"The network was reduced to its statistically significant backbone with {bdesc} "
                     f"({bcite}), {rule}{alpha:g}.")
    size = []
    if s.get("n_actors") is not None:
        size.append(f"{s['n_actors']} actors")
    if s.get("n_edges") is not None:
        size.append(f"{s['n_edges']} edges")
    if size:
        parts.append(f"The resulting network has {' and '.join(size)}"
                     + (f" (density {s['density']:.4g})" if isinstance(s.get("density"), (int, float)) else "")
                     + ".")
    cite(["Freeman1979", "Barrat2004", "Opsahl2010", "Brandes2001", "Brin1998"])
    parts.append("Degree, strength (Barrat et al. 2004), betweenness (Freeman 1979; Brandes 2001), closeness, "
                 "eigenvector and PageRank (Brin & Page 1998) centralities were computed with NetworkX; "
                 "shortest paths use the distance d_ij = 1/w_ij, so that stronger ties are shorter "
                 "(Opsahl et al. 2010).")
    mdesc, mcite, mkeys = _COMMUNITY.get(method, (method, "", []))
    cite(mkeys + ["Newman2004"])
    q = s.get("modularity")
    ncomm = s.get("n_communities")
    comm = (f"Communities were detected with {mdesc}" + (f" ({mcite})" if mcite else "")
            + f", maximising modularity (Newman & Girvan 2004) at resolution {float(resolution):g} with seed {seed}")
    extra = []
    if isinstance(q, (int, float)) and not isinstance(q, bool) and math.isfinite(q):
        extra.append(f"modularity Q = {q:.3f}")
    if ncomm is not None:
        extra.append(f"{ncomm} communities")
    parts.append(comm + (f" ({', '.join(extra)})" if extra else "") + ".")
    stab = s.get("community_stability")
    if isinstance(stab, Mapping) and stab.get("runs"):
        cite(["Danon2005", "Lancichinetti2012"])
        nmi, ari = stab.get("mean_nmi"), stab.get("mean_ari")
        vals = []
        if isinstance(nmi, (int, float)):
            vals.append(f"mean NMI {nmi:.3f}")
        if isinstance(ari, (int, float)):
            vals.append(f"mean ARI {ari:.3f}")
        parts.append(f"Partition stability was assessed over {stab['runs']} runs with consecutive seeds"
                     + (f" ({', '.join(vals)}; Danon et al. 2005)" if vals else "")
                     + ", with a consensus partition (Lancichinetti & Fortunato 2012).")
    boot = s.get("bootstrap")
    n_boot = p.get("bootstrap") or (boot.get("resamples") if isinstance(boot, Mapping) else 0)
    if n_boot:
        cite(["Efron1993", "Snijders1999"])
        parts.append(f"95% confidence intervals of the measures are percentile bootstrap intervals over "
                     f"{int(n_boot)} resamples of the releases (Efron & Tibshirani 1993; Snijders & Borgatti 1999).")
    parts.append(f"Every random step used seed {seed}; formulas are given in ctnet's methods documentation.")
    text = " ".join(parts)
    return text + "\n\nReferences\n" + "\n".join(f"- {_REFS[k]}" for k in sorted(refs, key=lambda k: _REFS[k]))


def _version() -> str:
    try:
        from ctnet import __version__

        return str(__version__)
    except ImportError:  # pragma: no cover
        return "unknown"


# --------------------------------------------------------------------------- index.html

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;max-width:1100px;margin:0 auto;
padding:12px 20px 40px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:3px}
table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left;
vertical-align:top}th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
pre,.methods{background:#f7f7f7;border:1px solid #e2e2e2;padding:8px 10px;white-space:pre-wrap}
img{max-width:100%;border:1px solid #eee}.muted{color:#666}nav a{margin-right:12px}
"""


def _e(v: Any) -> str:
    return _html.escape("" if v is None else str(v), quote=True)


def _href(name: str) -> str:
    return _e(quote(name, safe="/"))


def _kv_table(d: Mapping[str, Any]) -> str:
    rows = []
    for k, v in d.items():
        if isinstance(v, (dict, list, tuple)):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
        rows.append(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def _score(v: Any) -> float:
    """A sort key: the number, or -inf when missing."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return float("-inf")
    return f if math.isfinite(f) else float("-inf")


def _frame_table(df: pd.DataFrame, numeric: Sequence[str] = ()) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in df.columns)
    body = []
    for rec in df.itertuples(index=False):
        cells = []
        for c, v in zip(df.columns, rec):
            if c in numeric:
                cells.append(f'<td class="num">{_e(_fmt(v))}</td>')
            else:
                cells.append(f"<td>{_e(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def write_report(
    folder: str | Path,
    *,
    summary: Mapping[str, Any],
    table: pd.DataFrame,
    communities: pd.DataFrame | None,
    manifest: Mapping[str, Any],
    params: Mapping[str, Any],
    files: Sequence[str],
    evaluation: str | None = None,
    stability: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``index.html``: a self-contained overview of a run, linking every output.

    The page holds the corpus and network summary, the extraction audit (when
    ``evaluation`` is given), the top actors, the communities with their size, members and
    stability, the figures (``network.png``, ``centrality.png`` and
    ``metrics_over_time.png`` when present in ``files``), the methods paragraph with its
    references, the run's provenance (version, inputs with sha256, libraries) and a link
    to every file. Every string is HTML-escaped; styles are inline and nothing is loaded
    from the network.

    Parameters
    ----------
    folder : str or Path
        The output folder (index.html is written there).
    summary : mapping
        summary.json.
    table : DataFrame
        The actor table (actors.csv).
    communities : DataFrame or None
        ``actor_id, community``.
    manifest : mapping
        manifest.json.
    params : mapping
        Network parameters and run options (see :func:`methods_paragraph`).
    files : sequence of str
        Output files, relative to ``folder`` (posix paths).
    evaluation : str, optional
        The extraction audit as text.
    stability : mapping, optional
        Community stability (``runs``, ``mean_nmi``, ``mean_ari``...).

    Returns
    -------
    Path
        ``folder / "index.html"``.

    Raises
    ------
    OutputError
        The file cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> t = pd.DataFrame({"actor_id": ["a"], "name": ["<b>A</b>"], "type": ["ngo"], "pagerank": [1.0]})
    >>> p = write_report(tempfile.mkdtemp(), summary={"n_actors": 1}, table=t, communities=None,
    ...                  manifest={}, params={}, files=["actors.csv"])
    >>> text = p.read_text(encoding="utf-8")
    >>> "&lt;b&gt;A&lt;/b&gt;" in text, "<b>A</b>" in text, 'href="actors.csv"' in text
    (True, False, True)
    """
    folder = Path(folder)
    files = [str(f) for f in files]
    s = dict(summary)
    out: list[str] = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
                      '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; img-src 'self' file: data:\">"),
                      "<title>ctnet report</title>", f"<style>{_CSS}</style></head><body>",
                      "<h1>ctnet run report</h1>"]
    nav = [("summary", "Summary"), ("actors", "Top actors"), ("communities", "Communities"),
           ("figures", "Figures"), ("methods", "Methods"), ("files", "Files"), ("provenance", "Provenance")]
    if evaluation:
        nav.insert(1, ("audit", "Extraction audit"))
    out.append("<nav>" + "".join(f'<a href="#{a}">{_e(t)}</a>' for a, t in nav) + "</nav>")
    if "network.html" in files:
        out.append('<p>Interactive network: <a href="network.html">network.html</a> (opens offline in any '
                   "browser).</p>")
    out.append('<h2 id="summary">Summary</h2>')
    scalar = {k: v for k, v in s.items() if not isinstance(v, (dict, list, tuple))}
    out.append(_kv_table(scalar))
    warnings = s.get("warnings") or []
    if warnings:
        out.append("<p><strong>Warnings</strong></p><ul>" + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>")
    if evaluation:
        out.append('<h2 id="audit">Extraction audit</h2>')
        out.append(f"<pre>{_e(evaluation)}</pre>")
    out.append('<h2 id="actors">Top actors</h2>')
    measures = [m for m in (params.get("size_by", "pagerank"), "pagerank", "betweenness", "degree", "n_docs")
                if m in table.columns]
    measures = list(dict.fromkeys(measures))
    if measures and len(table):
        top, cols = _top(table, measures, 20, "write_report")
        show = [c for c in ("actor_id", "name", "type", "country", "community") if c in top.columns] + cols
        out.append(f'<p class="muted">Ranked by {_e(cols[0])}; full table in actors.csv.</p>')
        out.append(_frame_table(top[show], numeric=cols))
    else:
        out.append("<p>No actors.</p>")
    out.append('<h2 id="communities">Communities</h2>')
    if communities is not None and len(communities) and "community" in communities.columns:
        names = dict(zip(table["actor_id"], table["name"])) if "name" in table.columns else {}
        rank = (pd.to_numeric(table.set_index("actor_id")[measures[0]], errors="coerce").to_dict()
                if measures else {})
        stab_col = (table.set_index("actor_id")["community_stability"].to_dict()
                    if "community_stability" in table.columns else {})
        rows = []
        for c, grp in communities.groupby("community", sort=True):
            ids = sorted(grp["actor_id"], key=lambda a: (-_score(rank.get(a)), str(a)))
            members = ", ".join(str(names.get(a, a)) for a in ids[:8]) + (" …" if len(ids) > 8 else "")
            st = [stab_col[a] for a in ids if a in stab_col and stab_col[a] == stab_col[a]]
            rows.append({"community": int(c), "size": len(ids), "top members": members,
                         "mean stability": (sum(st) / len(st)) if st else None})
        df = pd.DataFrame(rows).sort_values(["size", "community"], ascending=[False, True], kind="mergesort")
        out.append(_frame_table(df.head(30), numeric=("size", "mean stability")))
        if len(df) > 30:
            out.append(f'<p class="muted">{len(df) - 30} more communities in communities.csv.</p>')
    else:
        out.append("<p>No community detection in this run.</p>")
    stab = stability or (s.get("community_stability") if isinstance(s.get("community_stability"), Mapping) else None)
    if stab:
        out.append("<p>Stability of the partition across seeded runs:</p>" + _kv_table(dict(stab)))
    out.append('<h2 id="figures">Figures</h2>')
    for fig, alt in (("network.png", "The actor network"), ("centrality.png", "Ranked centrality"),
                     ("metrics_over_time.png", "Metrics over time")):
        if fig in files:
            out.append(f'<figure><img src="{_href(fig)}" alt="{_e(alt)}"><figcaption>{_e(alt)} '
                       f'(<a href="{_href(fig)}">{_e(fig)}</a>)</figcaption></figure>')
    out.append('<h2 id="methods">Methods paragraph</h2>')
    out.append('<p class="muted">Ready to paste (also in methods.txt).</p>')
    out.append(f'<div class="methods">{_e(methods_paragraph(params, s))}</div>')
    out.append('<h2 id="files">Files</h2><ul>')
    for name in sorted(set(files) | {"index.html", "methods.txt"}):
        out.append(f'<li><a href="{_href(name)}">{_e(name)}</a></li>')
    out.append("</ul>")
    out.append('<h2 id="provenance">Provenance</h2>')
    m = dict(manifest)
    # the timestamp stays in manifest.json only, so two runs give byte-identical reports
    out.append(_kv_table({k: m[k] for k in m if k not in ("inputs", "libraries", "options", "timestamp")}))
    if m.get("options"):
        out.append("<p>Options</p>" + _kv_table(dict(m["options"])))
    inputs = m.get("inputs") or []
    if inputs:
        out.append("<p>Inputs</p>" + _frame_table(pd.DataFrame(inputs)))
    if m.get("libraries"):
        out.append("<p>Libraries</p>" + _kv_table(dict(m["libraries"])))
    out.append("</body></html>")
    path = folder / "index.html"
    try:
        path.write_text("\n".join(out) + "\n", encoding="utf-8", newline="\n")
    except OSError as e:
        raise OutputError(f"{path}: cannot write the report ({e.strerror}); check the folder.") from None
    return path

"""The interactive network page: one self-contained, offline, escaped HTML file (vis-network inlined)."""

from __future__ import annotations

import html as _html
import json
import math
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ctnet.errors import InvalidParameterError, OutputError, check_number, check_option

__all__ = ["COLOR_BY", "OKABE_ITO", "TOL_MUTED", "to_html", "vis_network_assets"]

#: What node colour can show.
COLOR_BY: tuple[str, ...] = ("community", "type")
#: Paul Tol's "muted" qualitative palette (colour-blind safe), for communities 0..8.
TOL_MUTED: tuple[str, ...] = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
                              "#882255", "#44AA99", "#999933", "#AA4499")
#: Okabe–Ito palette (colour-blind safe), for the eight actor types.
OKABE_ITO: tuple[str, ...] = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
                              "#D55E00", "#CC79A7", "#000000")
#: Colour of communities beyond the palette and of unknown types.
OTHER_COLOR = "#BBBBBB"
#: Node labels are drawn on the canvas for this many top actors (others: tooltip only).
N_LABELS = 30
#: At most this many evidence sentences are embedded (the rest: ``ctnet explain``).
MAX_SENTENCES = 50_000
#: Longest evidence sentence embedded, in characters.
MAX_SENTENCE_CHARS = 400

_VIS_DIR = "lib/vis-9.1.2"


def vis_network_assets() -> tuple[str, str]:
    """Return vis-network's standalone JavaScript and CSS, as shipped by pyvis.

    vis-network (Apache-2.0 or MIT, (c) Almende B.V. and the visjs contributors) keeps its
    licence header at the top of the JavaScript. The source-map comment is removed
    (it would make browser tools fetch a file that does not exist).

    Returns
    -------
    (str, str)
        JavaScript and CSS text.

    Raises
    ------
    OutputError
        pyvis is not installed or does not ship vis-network 9.1.2.

    Examples
    --------
    >>> js, css = vis_network_assets()
    >>> "vis-network" in js[:200], len(css) > 1000
    (True, True)
    """
    import importlib.util

    # locate pyvis's files without importing it (its import pulls in jinja2, jsonpickle...)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a required dependency
        raise OutputError("network.html: pyvis is not installed; run 'pip install pyvis'.")
    base = Path(list(spec.submodule_search_locations)[0]).resolve() / "templates" / _VIS_DIR
    try:
        js = (base / "vis-network.min.js").read_text(encoding="utf-8")
        css = (base / "vis-network.css").read_text(encoding="utf-8")
    except OSError:
        raise OutputError(f"network.html: {base} has no vis-network files; reinstall pyvis (>= 0.3.2).") from None
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    return js, css


def _template(name: str) -> str:
    return resources.files("ctnet.viz").joinpath("templates", name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """Make inlined code unable to close its ``<script>``/``<style>`` element."""
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style").replace("<!--", "<\\!--")


def _json_safe(obj: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _str(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return ""
    return str(v)


def _num(v: Any) -> float | int | None:
    """A JSON-safe number: 6 significant digits, NaN/inf as None."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, (bool, np.bool_)):
        return int(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f):
        return None
    return float(f"{f:.6g}")


def _truthy(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    try:
        return bool(v) and not (isinstance(v, float) and math.isnan(v))
    except (TypeError, ValueError):
        return False


def _default_table(net: Any, seed: int) -> pd.DataFrame:
    from ctnet.community import communities
    from ctnet.metrics import centrality

    table = centrality(net, seed=seed)
    comm = communities(net, seed=seed)
    return table.merge(comm[["actor_id", "community"]], on="actor_id", how="left")


def _metric_columns(table: pd.DataFrame) -> list[str]:
    skip = {"actor_id", "name", "type", "country", "parent", "donor", "community", "discovered"}
    return [c for c in table.columns if c not in skip and pd.api.types.is_numeric_dtype(table[c])
            and not pd.api.types.is_bool_dtype(table[c])]


def _doc_meta(net: Any) -> dict[str, tuple[str, str]]:
    docs = net.documents
    if docs is None or not len(docs):
        return {}
    titles = docs["title"] if "title" in docs.columns else pd.Series([""] * len(docs))
    dates = docs["date"] if "date" in docs.columns else pd.Series([""] * len(docs))
    return {_str(d): (_str(t), _str(dt)) for d, t, dt in zip(docs["doc_id"], titles, dates)}


class _DocIndex:
    """Document ids -> small integers, in first-use order, with their title and date."""

    def __init__(self, meta: dict[str, tuple[str, str]]) -> None:
        self.meta = meta
        self.pos: dict[str, int] = {}
        self.rows: list[list[str]] = []

    def __call__(self, doc_id: str) -> int:
        i = self.pos.get(doc_id)
        if i is None:
            i = self.pos[doc_id] = len(self.rows)
            title, date = self.meta.get(doc_id, ("", ""))
            self.rows.append([doc_id, title, date])
        return i


def _actor_docs(net: Any) -> dict[str, list[str]]:
    """Actor id -> the releases naming it (sorted by date, then id)."""
    ids = net.actor_ids
    doc_ids = list(net.doc_ids)
    if not doc_ids or net.doc_incidence.shape[0] != len(doc_ids):
        return {a: [] for a in ids}
    X = sp.csc_matrix(net.doc_incidence)
    out: dict[str, list[str]] = {}
    for j, a in enumerate(ids):
        rows = X.indices[X.indptr[j]:X.indptr[j + 1]]
        out[a] = [doc_ids[r] for r in rows]
    return out


def _evidence(net: Any, docidx: _DocIndex) -> tuple[dict[str, dict[str, list[int]]], dict[str, str], str]:
    """Per actor: doc index -> sentence numbers naming it; sentence texts keyed ``"doc:sentence"``."""
    m, s = net.mentions, net.sentences
    if m is None or s is None or not len(m) or not len(s) or "sentence" not in m.columns:
        return {}, {}, ""
    pairs = m[["actor_id", "doc_id", "sentence"]].drop_duplicates()
    pairs = pairs.sort_values(["actor_id", "doc_id", "sentence"], kind="mergesort")
    known = set(net.actor_ids)
    texts = {(_str(d), int(k)): _str(t) for d, k, t in zip(s["doc_id"], s["sentence"], s["text"])}
    note = ""
    needed = sorted({(_str(d), int(k)) for d, k in zip(pairs["doc_id"], pairs["sentence"])} & texts.keys())
    if len(needed) > MAX_SENTENCES:
        keep = set(needed[:MAX_SENTENCES])
        note = (f"Evidence sentences are embedded for the first {MAX_SENTENCES} of {len(needed)}; "
                "run 'ctnet explain A B INPUT' for the rest.")
    else:
        keep = set(needed)
    ev: dict[str, dict[str, list[int]]] = {}
    sentences: dict[str, str] = {}
    for a, d, k in zip(pairs["actor_id"], pairs["doc_id"], pairs["sentence"]):
        a, d, k = _str(a), _str(d), int(k)
        if a not in known or (d, k) not in keep:
            continue
        i = docidx(d)
        ev.setdefault(a, {}).setdefault(str(i), []).append(k)
        key = f"{i}:{k}"
        if key not in sentences:
            t = " ".join(texts[(d, k)].split())
            sentences[key] = t if len(t) <= MAX_SENTENCE_CHARS else t[:MAX_SENTENCE_CHARS - 1] + "\u2026"
    return ev, sentences, note


def _period_block(label: str, net: Any, table: pd.DataFrame, *, size_by: str, metrics: list[str],
                  docidx: _DocIndex) -> dict[str, Any]:
    tab = table.set_index("actor_id") if "actor_id" in table.columns else table
    ids = net.actor_ids
    if size_by in tab.columns:
        vals = pd.to_numeric(tab[size_by].reindex(ids), errors="coerce").to_numpy(dtype=float)
    else:
        vals = net.actors["n_docs"].to_numpy(dtype=float) if "n_docs" in net.actors.columns else np.ones(len(ids))
    vals = np.where(np.isfinite(vals), vals, 0.0)
    vmax = float(vals.max()) if vals.size and vals.max() > 0 else 1.0
    sizes = 8.0 + 30.0 * np.sqrt(np.clip(vals, 0, None) / vmax)
    order = sorted(range(len(ids)), key=lambda i: (-vals[i], ids[i]))
    labelled = set(order[:N_LABELS])
    comm = (pd.to_numeric(tab["community"].reindex(ids), errors="coerce") if "community" in tab.columns
            else pd.Series([np.nan] * len(ids)))
    mvals = {m: tab[m].reindex(ids).tolist() if m in tab.columns else [None] * len(ids) for m in metrics}
    nodes = []
    for i, a in enumerate(ids):
        c = comm.iloc[i]
        nodes.append({"id": a, "size": round(float(sizes[i]), 3), "label": i in labelled,
                      "community": None if pd.isna(c) else int(c),
                      "m": [_num(mvals[m][i]) for m in metrics]})
    e = net.edges()
    wmax = float(e["weight"].max()) if len(e) else 1.0
    wmax = wmax if wmax > 0 else 1.0
    edges = []
    pv = e["p_value"].tolist() if "p_value" in e.columns else [None] * len(e)
    qv = e["q_value"].tolist() if "q_value" in e.columns else [None] * len(e)
    for src, tgt, w, docs, p, q in zip(e["source"], e["target"], e["weight"], e["docs"], pv, qv):
        dl = [docidx(d) for d in str(docs).split(";") if d] if isinstance(docs, str) else []
        row = [src, tgt, _num(w), round(0.5 + 5.5 * float(w) / wmax, 3), dl]
        if p is not None or q is not None:
            row.append([_num(p), _num(q)])
        edges.append(row)
    return {"label": label, "nodes": nodes, "edges": edges}


def to_html(
    net: Any,
    path: str | Path,
    *,
    table: pd.DataFrame | None = None,
    size_by: str = "pagerank",
    color_by: str = "community",
    seed: int = 42,
    positions: pd.DataFrame | None = None,
    periods: Sequence[tuple[str, Any, pd.DataFrame]] | None = None,
    title: str | None = None,
) -> Path:
    """Write the network as one self-contained interactive HTML page.

    The page works offline: vis-network's JavaScript and CSS are inlined, nothing is loaded
    over the network (a Content-Security-Policy forbids it), and there is no ``lib/``
    folder. The graph data sit in a ``<script type="application/json">`` block with
    ``<``, ``>`` and ``&`` escaped, and every corpus string (names, titles, sentences) is
    written into the page with ``textContent``, so a title such as
    ``<img src=x onerror=alert(1)>`` shows as text and never runs. Positions come from
    Python (:func:`ctnet.viz.layout.layout`) and physics is off, so the page is the same on
    every load and stays usable with thousands of nodes.

    Shape shows the type family (circle: agency, square: government, triangle: other), a
    thick black border marks donors, colour shows the community (Tol muted palette) or the
    type (Okabe–Ito), node size the ``size_by`` metric and edge width the weight. Node
    tooltips list the actor's attributes, metrics and releases; edge tooltips the weight,
    the shared releases and the sentences naming both actors (or, when no sentence names
    both, the sentences naming each). The toolbar has search, type/country/community
    filters, a period selector (when ``periods`` are given) and a PNG export; clicking a
    node highlights its neighbourhood.

    Parameters
    ----------
    net : ActorNetwork
    path : str or Path
        The file to write (its folder must exist).
    table : DataFrame, optional
        The actor table (``actor_id`` plus metrics and ``community``). Computed with
        :func:`ctnet.centrality` and :func:`ctnet.communities` when omitted.
    size_by : str, default "pagerank"
        Table column for node size (``n_docs`` is used if the column is missing).
    color_by : {"community", "type"}, default "community"
    seed : int, default 42
        Seed for the layout (when ``positions`` is omitted) and the default table.
    positions : DataFrame, optional
        ``actor_id, x, y`` (from :func:`ctnet.viz.layout.layout`); computed when omitted.
    periods : list of (label, ActorNetwork, DataFrame), optional
        Time slices, each with its own actor table; the page gets a period selector, and an
        actor keeps the same position in every period.
    title : str, optional
        Page title (default "ctnet actor network").

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    InvalidParameterError
        A bad ``color_by`` or ``seed``.
    OutputError
        The file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> net = ctnet.network_from_events([("e1", "A"), ("e1", "B"), ("e2", "B"), ("e2", "C")])
    >>> out = to_html(net, pathlib.Path(tempfile.mkdtemp()) / "network.html")
    >>> text = out.read_text(encoding="utf-8")
    >>> "vis.Network" in text, "https://cdn" in text
    (True, False)
    """
    from ctnet.actors.gazetteer import ACTOR_TYPES, family_of
    from ctnet.viz.layout import layout

    f = "to_html"
    check_option("color_by", color_by, COLOR_BY, f)
    check_number("seed", seed, f, integer=True, low=0)
    if not isinstance(size_by, str):
        raise InvalidParameterError(
            f"The 'size_by' parameter of to_html must be a column name of the actor table. Got {size_by!r} instead.")
    path = Path(path)
    if table is None:
        table = _default_table(net, seed)
    if positions is None:
        positions = layout(net, seed=seed)
    pos = {str(a): (float(x), float(y)) for a, x, y in zip(positions["actor_id"], positions["x"], positions["y"])}
    slices: list[tuple[str, Any, pd.DataFrame]] = [("all", net, table)]
    for label, pnet, ptable in (periods or []):
        slices.append((str(label), pnet, ptable))
    # actors of every slice, positions aligned: missing ones get a layout of their own slice
    actor_rows: dict[str, dict[str, Any]] = {}
    for _, snet, _ in slices:
        missing = [a for a in snet.actor_ids if a not in pos]
        if missing:
            extra = layout(snet, seed=seed)
            for a, x, y in zip(extra["actor_id"], extra["x"], extra["y"]):
                pos.setdefault(str(a), (float(x), float(y)))
        for rec in snet.actors.to_dict("records"):
            a = str(rec["actor_id"])
            if a not in actor_rows:
                actor_rows[a] = rec
    n_total = len(actor_rows)
    scale = 120.0 * math.sqrt(max(n_total, 4))
    metrics = _metric_columns(table)
    meta = _doc_meta(net)
    docidx = _DocIndex(meta)
    releases = _actor_docs(net)
    ev, sentences, note = _evidence(net, docidx)
    actors: dict[str, Any] = {}
    for a in sorted(actor_rows):
        rec = actor_rows[a]
        typ = _str(rec.get("type")) or "other"
        docs = sorted(releases.get(a, []), key=lambda d: (meta.get(d, ("", ""))[1], d))
        x, y = pos[a]
        actors[a] = {"name": _str(rec.get("name")) or a, "type": typ, "family": family_of(typ),
                     "donor": _truthy(rec.get("donor")), "country": _str(rec.get("country")),
                     "parent": _str(rec.get("parent")), "x": round(x * scale, 2), "y": round(-y * scale, 2),
                     "docs": [docidx(d) for d in docs], "ev": ev.get(a, {})}
    blocks = [_period_block(label, snet, stab, size_by=size_by, metrics=metrics, docidx=docidx)
              for label, snet, stab in slices]
    type_order = {t: i for i, t in enumerate(ACTOR_TYPES)}
    type_colors = ({t: OKABE_ITO[type_order[t]] if t in type_order else OTHER_COLOR
                    for t in sorted({v["type"] for v in actors.values()})} if color_by == "type" else {})
    family_order = {"agency": 0, "government": 1, "other": 2}
    for block in blocks:
        # each period has its own legend: its families, donors and communities
        present = [actors[n["id"]] for n in block["nodes"]]
        block["families"] = sorted({a["family"] for a in present}, key=lambda x: (family_order.get(x, 9), x))
        block["donors"] = any(a["donor"] for a in present)
        if color_by == "type":
            types = sorted({a["type"] for a in present}, key=lambda t: (type_order.get(t, 99), t))
            block["legend"] = [[t, type_colors[t]] for t in types]
        else:
            comms = sorted({n["community"] for n in block["nodes"] if n["community"] is not None})
            block["legend"] = [[f"community {c}", TOL_MUTED[c]] for c in comms if 0 <= c < len(TOL_MUTED)]
            if any(c >= len(TOL_MUTED) or c < 0 for c in comms):
                block["legend"].append([f"communities {len(TOL_MUTED)}+", OTHER_COLOR])
    data = {
        "title": title if title is not None else "ctnet actor network",
        "seed": int(seed), "size_by": size_by, "color_by": color_by,
        "weight": _str(net.params.get("weight", "count")),
        "metrics": metrics, "palette": list(TOL_MUTED), "other_color": OTHER_COLOR,
        "type_colors": type_colors,
        "big": bool(net.n_edges > 5000),
        "docs": docidx.rows, "sentences": sentences, "evidence_note": note,
        "actors": actors, "periods": blocks,
    }
    vis_js, vis_css = vis_network_assets()
    page = _template("network.html")
    parts = {
        "{{TITLE}}": _html.escape(str(data["title"])),
        "{{VIS_CSS}}": _script_safe(vis_css),
        "{{CTNET_CSS}}": _script_safe(_template("network.css")),
        "{{VIS_JS}}": _script_safe(vis_js),
        "{{CTNET_JS}}": _script_safe(_template("network.js")),
        "{{DATA}}": _json_safe(data),
    }
    # one pass, so that no inserted text is ever searched for placeholders again
    out = []
    rest = page
    while True:
        hits = [(rest.find(k), k) for k in parts if rest.find(k) >= 0]
        if not hits:
            out.append(rest)
            break
        at, key = min(hits)
        out.append(rest[:at])
        out.append(parts[key])
        rest = rest[at + len(key):]
    text = "".join(out)
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as e:
        raise OutputError(f"{path}: cannot write the network page ({e.strerror}); check the folder.") from None
    return path

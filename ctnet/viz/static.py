"""Publication figures with matplotlib: the network drawing, a ranked-centrality chart, metrics over time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ctnet.errors import InvalidParameterError, OutputError, check_number

__all__ = ["RASTER_ABOVE", "plot", "save_figures"]

#: Above this many edges (or nodes) they are rasterised inside SVG/PDF (at the figure's dpi),
#: so vector files stay small; labels and the legend stay vector.
RASTER_ABOVE = 5000

#: Paul Tol's "muted" palette (colour-blind safe), for communities 0..8; later ones are grey.
_PALETTE = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499")
_OTHER = "#BBBBBB"
_MARKERS = {"agency": "o", "government": "s", "other": "^"}
#: Fixed metadata, so that the same figure gives the same bytes on every run.
_META = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}
_RC: Any = {"svg.hashsalt": "ctnet", "svg.fonttype": "path", "pdf.fonttype": 42, "font.size": 8}


def _text(s: Any) -> str:
    """A label safe for matplotlib: no mathtext (``$``), one line, at most 40 characters."""
    t = " ".join(str(s).split())
    if len(t) > 40:
        t = t[:39] + "\u2026"
    return t.replace("$", r"\$")


def _table(net: Any, table: pd.DataFrame | None, seed: int) -> pd.DataFrame:
    if table is None:
        from ctnet.viz.html import _default_table

        table = _default_table(net, seed)
    return table.set_index("actor_id") if "actor_id" in table.columns else table


def _values(net: Any, tab: pd.DataFrame, size_by: str) -> np.ndarray:
    ids = net.actor_ids
    if size_by in tab.columns:
        v = pd.to_numeric(tab[size_by].reindex(ids), errors="coerce").to_numpy(dtype=float)
    else:
        v = net.actors["n_docs"].to_numpy(dtype=float) if "n_docs" in net.actors.columns else np.ones(len(ids))
    return np.where(np.isfinite(v), v, 0.0)


def _check(f: str, size_by: Any, top_k: Any, seed: Any) -> None:
    if not isinstance(size_by, str):
        raise InvalidParameterError(
            f"The 'size_by' parameter of {f} must be a column name of the actor table. Got {size_by!r} instead.")
    check_number("top_k", top_k, f, integer=True, low=0)
    check_number("seed", seed, f, integer=True, low=0)


def plot(
    net: Any,
    ax: Any = None,
    *,
    table: pd.DataFrame | None = None,
    size_by: str = "pagerank",
    top_k: int = 10,
    seed: int = 42,
    positions: pd.DataFrame | None = None,
) -> Any:
    """Draw the network on a matplotlib Axes with the seeded layout.

    Marker shape shows the type family (circle: agency, square: government, triangle:
    other), a thick black edge marks donors, colour shows the community (Tol muted palette;
    communities beyond the ninth in grey), marker area the ``size_by`` metric and line width
    the edge weight. The ``top_k`` actors by ``size_by`` are labelled, and a legend explains
    the encodings. Nothing is shown or saved.

    Parameters
    ----------
    net : ActorNetwork
    ax : matplotlib.axes.Axes, optional
        Where to draw (a new figure is made when omitted).
    table : DataFrame, optional
        The actor table (``actor_id``, metrics, ``community``); computed when omitted.
    size_by : str, default "pagerank"
        Column for marker size (``n_docs`` when the column is missing).
    top_k : int, default 10
        Number of labelled actors.
    seed : int, default 42
        Layout seed (when ``positions`` is omitted).
    positions : DataFrame, optional
        ``actor_id, x, y`` (:func:`ctnet.viz.layout.layout`).

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    InvalidParameterError
        A bad ``size_by``, ``top_k`` or ``seed``.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> net = ctnet.network_from_events([("e1", "A"), ("e1", "B"), ("e2", "B"), ("e2", "C")])
    >>> ax = plot(net, top_k=2)
    >>> sorted(t.get_text() for t in ax.texts)
    ['A', 'B']
    """
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    from ctnet.actors.gazetteer import family_of
    from ctnet.viz.layout import layout

    _check("plot", size_by, top_k, seed)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, 7))
    tab = _table(net, table, seed)
    if positions is None:
        positions = layout(net, seed=seed)
    ids = net.actor_ids
    pos_map = dict(zip(positions["actor_id"].astype(str), zip(positions["x"], positions["y"])))
    xy = np.array([pos_map.get(str(a), (0.0, 0.0)) for a in ids], dtype=float).reshape(len(ids), 2)
    index = {a: i for i, a in enumerate(ids)}
    e = net.edges(docs=False)
    if len(e):
        src = e["source"].map(index).to_numpy()
        tgt = e["target"].map(index).to_numpy()
        w = e["weight"].to_numpy(dtype=float)
        wmax = float(w.max()) if w.max() > 0 else 1.0
        segs = np.stack([xy[src], xy[tgt]], axis=1)
        order = np.argsort(w, kind="stable")  # heavy edges on top
        ax.add_collection(LineCollection(list(segs[order]), linewidths=0.3 + 2.7 * w[order] / wmax,
                                         colors="#777777", alpha=0.35, zorder=1,
                                         rasterized=len(e) > RASTER_ABOVE))
    vals = _values(net, tab, size_by)
    vmax = float(vals.max()) if vals.size and vals.max() > 0 else 1.0
    area = 15.0 + 400.0 * np.clip(vals, 0, None) / vmax
    comm = (pd.to_numeric(tab["community"].reindex(ids), errors="coerce").to_numpy() if "community" in tab.columns
            else np.full(len(ids), np.nan))
    colors = np.array([_PALETTE[int(c)] if np.isfinite(c) and 0 <= c < len(_PALETTE) else _OTHER for c in comm])
    types = net.actors["type"].astype(str).to_numpy() if "type" in net.actors.columns else np.full(len(ids), "other")
    fam = np.array([family_of(t) for t in types])
    donor = (net.actors["donor"].astype(str).str.lower().isin(["true", "1"]).to_numpy()
             if "donor" in net.actors.columns else np.zeros(len(ids), bool))
    draw = np.argsort(-area, kind="stable")  # big nodes first, small ones stay visible
    for family, marker in _MARKERS.items():
        for is_donor in (False, True):
            sel = draw[(fam[draw] == family) & (donor[draw] == is_donor)]
            if sel.size:
                ax.scatter(xy[sel, 0], xy[sel, 1], s=area[sel], c=colors[sel], marker=marker,
                           edgecolors="#000000" if is_donor else "#333333",
                           linewidths=1.8 if is_donor else 0.4, zorder=2, rasterized=len(ids) > RASTER_ABOVE)
    names = net.actors["name"].astype(str).to_numpy() if "name" in net.actors.columns else np.array(ids, dtype=object)
    ranked = sorted(range(len(ids)), key=lambda i: (-vals[i], ids[i]))[:top_k]
    for i in ranked:
        ax.annotate(_text(names[i] or ids[i]), xy[i], xytext=(0, 6 + np.sqrt(area[i]) / 2),
                    textcoords="offset points", ha="center", va="bottom", fontsize=7, zorder=3,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
    handles = [Line2D([], [], marker=m, linestyle="", color="#888888", markeredgecolor="#333333", label=f)
               for f, m in _MARKERS.items() if (fam == f).any()]
    if donor.any():
        handles.append(Line2D([], [], marker="o", linestyle="", color="white", markeredgecolor="black",
                              markeredgewidth=1.8, label="donor"))
    present = sorted({int(c) for c in comm if np.isfinite(c)})
    for c in present[:len(_PALETTE)]:
        if c < len(_PALETTE):
            handles.append(Line2D([], [], marker="o", linestyle="", color=_PALETTE[c], label=f"community {c}"))
    if any(c >= len(_PALETTE) for c in present):
        handles.append(Line2D([], [], marker="o", linestyle="", color=_OTHER, label=f"communities {len(_PALETTE)}+"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7,
                  title=f"size: {size_by}", title_fontsize=7)
    if len(ids):
        pad = 0.08
        ax.set_xlim(xy[:, 0].min() - pad, xy[:, 0].max() + pad)
        ax.set_ylim(xy[:, 1].min() - pad, xy[:, 1].max() + pad)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return ax


def _tight(fig: Any) -> Any:
    """The figure's tight bounding box (as ``bbox_inches="tight"`` computes it), measured once.

    Saving with this box instead of ``"tight"`` skips the extra draw that each save
    would make to measure it.
    """
    import matplotlib

    return fig.get_tightbbox(fig.canvas.get_renderer()).padded(matplotlib.rcParams["savefig.pad_inches"])


def _save(fig: Any, path: Path, fmt: str, dpi: int = 300, bbox: Any = None) -> Path:
    try:
        fig.savefig(path, format=fmt, dpi=dpi, metadata=_META[fmt], bbox_inches=bbox if bbox is not None else "tight")
    except OSError as e:
        raise OutputError(f"{path}: cannot write the figure ({e.strerror}); check the folder.") from None
    return path


def _bar_chart(net: Any, tab: pd.DataFrame, size_by: str, n: int) -> Any:
    from matplotlib.figure import Figure

    ids = net.actor_ids
    vals = _values(net, tab, size_by)
    order = sorted(range(len(ids)), key=lambda i: (-vals[i], ids[i]))[:n]
    names = net.actors["name"].astype(str).tolist() if "name" in net.actors.columns else list(ids)
    fig = Figure(figsize=(6, 0.6 + 0.22 * max(len(order), 1)))
    ax = fig.add_subplot()
    y = np.arange(len(order))[::-1]
    v = vals[order]
    err = None
    lo, hi = f"{size_by}_lo", f"{size_by}_hi"
    if lo in tab.columns and hi in tab.columns:
        lov = pd.to_numeric(tab[lo].reindex([ids[i] for i in order]), errors="coerce").to_numpy(dtype=float)
        hiv = pd.to_numeric(tab[hi].reindex([ids[i] for i in order]), errors="coerce").to_numpy(dtype=float)
        err = np.vstack([np.clip(v - lov, 0, None), np.clip(hiv - v, 0, None)])
        err = np.where(np.isfinite(err), err, 0.0)
    ax.barh(y, v, xerr=err, color="#4477AA", ecolor="#333333", capsize=2)
    ax.set_yticks(y, [_text(names[i] or ids[i]) for i in order])
    ax.set_xlabel(size_by + (" (bars: bootstrap interval)" if err is not None else ""))
    ax.set_title(f"Top {len(order)} actors by {size_by}")
    for s in ("top", "right"):
        ax.spines[s].set_visible(False)
    fig.tight_layout()
    return fig


def _over_time_chart(net: Any, tab: pd.DataFrame, over_time: pd.DataFrame, size_by: str, top_k: int) -> Any:
    from matplotlib.figure import Figure

    periods = list(dict.fromkeys(over_time["period"].astype(str)))
    metric = size_by if size_by in over_time.columns else "n_docs"
    vals = _values(net, tab, size_by)
    ids = net.actor_ids
    top = [ids[i] for i in sorted(range(len(ids)), key=lambda i: (-vals[i], ids[i]))[:max(top_k, 1)]]
    names = dict(zip(net.actors["actor_id"], net.actors["name"])) if "name" in net.actors.columns else {}
    fig = Figure(figsize=(7, 4))
    ax = fig.add_subplot()
    x = np.arange(len(periods))
    styles = ["-", "--", ":", "-."]
    for k, a in enumerate(top):
        rows = over_time[over_time["actor_id"] == a]
        s = pd.to_numeric(rows.set_index(rows["period"].astype(str))[metric], errors="coerce")
        y = s.reindex(periods).to_numpy(dtype=float)
        ax.plot(x, y, marker="o", markersize=3, linestyle=styles[(k // len(_PALETTE)) % len(styles)],
                color=_PALETTE[k % len(_PALETTE)], label=_text(names.get(a, a) or a))
    ax.set_xticks(x, periods, rotation=45 if len(periods) > 6 else 0, ha="right" if len(periods) > 6 else "center")
    ax.set_ylabel(metric)
    ax.set_xlabel("period")
    ax.set_title(f"{metric} over time (top {len(top)} actors overall)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7)
    for s in ("top", "right"):
        ax.spines[s].set_visible(False)
    fig.tight_layout()
    return fig


def save_figures(
    net: Any,
    folder: str | Path,
    *,
    table: pd.DataFrame | None = None,
    size_by: str = "pagerank",
    seed: int = 42,
    top_k: int = 10,
    positions: pd.DataFrame | None = None,
    over_time: pd.DataFrame | None = None,
) -> list[Path]:
    """Write the publication figures into ``folder``.

    ``network.png`` (300 dpi), ``network.svg`` and ``network.pdf`` (the same drawing as
    :func:`plot`), ``centrality.png`` (the top actors by ``size_by``, with bootstrap
    intervals when the table has ``<size_by>_lo``/``<size_by>_hi``) and, when ``over_time``
    is given, ``metrics_over_time.png`` (``size_by`` per period for the ``top_k`` actors).
    Creation dates are left out of the metadata, so the same input gives the same bytes.

    Parameters
    ----------
    net : ActorNetwork
    folder : str or Path
        An existing folder.
    table : DataFrame, optional
        The actor table; computed when omitted.
    size_by : str, default "pagerank"
    seed : int, default 42
    top_k : int, default 10
        Labelled actors (network) and lines (over time); the bar chart shows
        ``max(top_k, 20)`` actors.
    positions : DataFrame, optional
        ``actor_id, x, y``; computed with :func:`ctnet.viz.layout.layout` when omitted.
    over_time : DataFrame, optional
        ``period`` plus the actor-table columns, one row per actor and period.

    Returns
    -------
    list of Path
        The files written, in that order.

    Raises
    ------
    InvalidParameterError
        A bad option.
    OutputError
        A file cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> net = ctnet.network_from_events([("e1", "A"), ("e1", "B"), ("e2", "B"), ("e2", "C")])
    >>> [p.name for p in save_figures(net, tempfile.mkdtemp())]
    ['network.png', 'network.svg', 'network.pdf', 'centrality.png']
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from ctnet.viz.layout import layout

    _check("save_figures", size_by, top_k, seed)
    folder = Path(folder)
    tab = _table(net, table, seed)
    if positions is None:
        positions = layout(net, seed=seed)
    written: list[Path] = []
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(8, 6.5))
        FigureCanvasAgg(fig)
        plot(net, fig.add_subplot(), table=tab.reset_index(), size_by=size_by, top_k=top_k, seed=seed,
             positions=positions)
        box = _tight(fig)
        for fmt in ("png", "svg", "pdf"):
            written.append(_save(fig, folder / f"network.{fmt}", fmt, bbox=box))
        bar = _bar_chart(net, tab, size_by, max(top_k, 20))
        FigureCanvasAgg(bar)
        written.append(_save(bar, folder / "centrality.png", "png"))
        if over_time is not None and len(over_time):
            ot = _over_time_chart(net, tab, over_time, size_by, top_k)
            FigureCanvasAgg(ot)
            written.append(_save(ot, folder / "metrics_over_time.png", "png"))
    return written

"""Publication figures with matplotlib: the network drawing, a ranked-centrality chart, metrics over time."""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ctnet.errors import CtnetError, InvalidParameterError, OutputError, check_number

__all__ = ["FORMATS", "RASTER_ABOVE", "FigureWorker", "plot", "save_figures"]

#: Above this many edges (or nodes) they are rasterised inside SVG/PDF (at the figure's dpi),
#: so vector files stay small; labels and the legend stay vector.
RASTER_ABOVE = 5000

#: Paul Tol's "muted" palette (colour-blind safe), for communities 0..8; later ones are grey.
_PALETTE = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499")
_OTHER = "#BBBBBB"
_MARKERS = {"agency": "o", "government": "s", "other": "^"}
#: Fixed metadata, so that the same figure gives the same bytes on every run.
_META = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}
#: zlib level of the PNG files: 3 writes files as small as the default 6 does (within 3 %)
#: in two thirds of the time (same pixels: PNG is lossless).
_PNG_COMPRESS = 3
#: The formats of the network drawing; the charts are PNG only.
FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
#: Fonts embedded as TrueType (Type 42), which journals accept (many reject Type 3). ``ps.fonttype``
#: too: matplotlib 3.11's PDF writer sizes its font subsets by it, and with the default (3) every
#: character above U+00FF (an apostrophe ’, a dash –, the ellipsis of a cut label) went into a
#: second embedded copy of the font.
_RC: Any = {"svg.hashsalt": "ctnet", "svg.fonttype": "path", "pdf.fonttype": 42, "ps.fonttype": 42,
            "font.size": 8}
#: Font features turned off in the saved network drawing: ligatures ("ff", "fi", "ffi"), which
#: matplotlib >= 3.11 shapes and its PDF writer also puts in a second copy of the font.
_NO_LIGATURES = ("-liga", "-clig")


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


def _check_formats(f: str, formats: Any) -> None:
    if (isinstance(formats, str) or not isinstance(formats, tuple | list) or not formats
            or any(x not in FORMATS for x in formats)):
        raise InvalidParameterError(
            f"The 'formats' parameter of {f} must be a non-empty tuple of 'png', 'svg', 'pdf'. Got {formats!r} instead.")


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

    _check("plot", size_by, top_k, seed)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, 7))
    tab = _table(net, table, seed)
    if positions is None:
        from ctnet.viz.layout import layout

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
    _place_labels(ax, xy, np.sqrt(area) / 2, ranked, [_text(names[i] or ids[i]) for i in ranked])
    return ax


#: Where a label may go around its node, in order of preference: above (where it always went
#: before), below, right, left, then the four diagonals; each unit vector is scaled by the
#: node's radius plus a gap, and the gap grows by a label's height in each of :data:`_RINGS` rings.
_AROUND = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
_HA = {-1: "right", 0: "center", 1: "left"}
_VA = {-1: "top", 0: "center", 1: "bottom"}
_RINGS = 6
_SHIFT = {-1: 1.0, 0: 0.5, 1: 0.0}  # the share of the label's width (height) left (below) of its anchor
_LABEL_STYLE: Any = {"fontsize": 7, "zorder": 3,
                     "bbox": {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7}}


def _overlap(box: np.ndarray, boxes: np.ndarray) -> float:
    """The total area that ``box`` (x0, y0, x1, y1) shares with each row of ``boxes``."""
    if not len(boxes):
        return 0.0
    w = np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])
    h = np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])
    return float((np.clip(w, 0, None) * np.clip(h, 0, None)).sum())


def _ambiguous(box: np.ndarray, i: int, centre: np.ndarray, r_px: np.ndarray, slack: float) -> bool:
    """True when a node other than ``i`` comes within ``slack`` pixels of how close node ``i`` is
    to the label ``box`` (x0, y0, x1, y1): markers are taken as discs, distances are from the
    box to their edges."""
    dx = np.maximum(np.maximum(box[0] - centre[:, 0], centre[:, 0] - box[2]), 0.0)
    dy = np.maximum(np.maximum(box[1] - centre[:, 1], centre[:, 1] - box[3]), 0.0)
    gap = np.maximum(np.hypot(dx, dy) - r_px, 0.0)
    own = gap[i]
    gap[i] = np.inf
    return bool(gap.size > 1 and gap.min() < own + slack)


def _place_labels(ax: Any, xy: np.ndarray, radius: np.ndarray, ranked: list[int], labels: list[str]) -> None:
    """Label the ``ranked`` nodes (radius in points) so that no label covers another.

    Greedy, in rank order, so the most central actors get the best places: each label takes the
    place of :data:`_AROUND` that overlaps no label placed before it (nor the legend), is not
    as close to another node as to its own (a reader would give it to that node), and covers
    the least area of node markers; when every place next to the node overlaps a label or is
    that close to another node, the same places one label's height further out are tried,
    ring after ring, and a label off its node gets a thin leader line to it. Only when all
    places overlap does a label take the one with the least overlap. Deterministic: no
    randomness, ties go to the earlier place.
    """
    if not ranked:
        return
    fig = ax.figure
    ax.apply_aspect()  # the final axes box ("equal" aspect), so data -> pixels is what will be drawn
    px = fig.dpi / 72.0
    centre = ax.transData.transform(xy)
    r_px = radius * px
    nodes = np.column_stack([centre[:, 0] - r_px, centre[:, 1] - r_px, centre[:, 0] + r_px, centre[:, 1] + r_px])
    taken: list[tuple[float, float, float, float]] = []  # pixel boxes of the labels placed, and the legend
    legend = ax.get_legend()
    if legend is not None:
        e = legend.get_window_extent()
        taken.append((e.x0, e.y0, e.x1, e.y1))
    pad = 0.15 * _LABEL_STYLE["fontsize"] * px + 1.0  # the label's rounded box, and a pixel to spare
    for i, text in zip(ranked, labels):
        probe = ax.annotate(text, xy[i], **_LABEL_STYLE)
        ext = probe.get_window_extent()
        probe.remove()
        w, h = ext.width + 2 * pad, ext.height + 2 * pad
        held = np.array(taken).reshape(-1, 4)
        best: tuple[tuple[float, bool, int, float], float, float, int, int, np.ndarray] | None = None
        step = h / px + 2.0  # points: one label's height further out per ring
        for ring in range(_RINGS):
            for ux, uy in _AROUND:
                gap = radius[i] + (6.0 if (ux, uy) == (0, 1) else 4.0) + ring * step  # points
                x0 = centre[i, 0] + ux * gap * px - w * _SHIFT[ux]
                y0 = centre[i, 1] + uy * gap * px - h * _SHIFT[uy]
                box = np.array([x0, y0, x0 + w, y0 + h])
                key = (_overlap(box, held), ring == 0 and _ambiguous(box, i, centre, r_px, h / 2), ring,
                       _overlap(box, nodes))
                if best is None or key < best[0]:
                    best = (key, ux * gap, uy * gap, ux, uy, box)
            if best is not None and best[0][:2] == (0, False):
                break  # a free place, next to the node or joined to it by a line
        assert best is not None
        (_, _, ring, _), ox, oy, ux, uy, box = best
        leader = ({"arrowprops": {"arrowstyle": "-", "color": "#555555", "lw": 0.4, "shrinkA": 0,
                                  "shrinkB": float(radius[i])}} if ring else {})
        ax.annotate(text, xy[i], xytext=(ox, oy), textcoords="offset points", ha=_HA[ux], va=_VA[uy],
                    **_LABEL_STYLE, **leader)
        taken.append((box[0], box[1], box[2], box[3]))


def _tight(fig: Any) -> Any:
    """The figure's tight bounding box (as ``bbox_inches="tight"`` computes it), measured once.

    Saving with this box instead of ``"tight"`` skips the extra draw that each save
    would make to measure it.
    """
    import matplotlib

    return fig.get_tightbbox(fig.canvas.get_renderer()).padded(matplotlib.rcParams["savefig.pad_inches"])


def _save(fig: Any, path: Path, fmt: str, dpi: int = 300, bbox: Any = "tight") -> Path:
    """Save ``fig``; ``bbox`` is a measured box, ``"tight"`` (measured by this save) or None (the whole figure)."""
    extra = {"pil_kwargs": {"compress_level": _PNG_COMPRESS}} if fmt == "png" else {}
    try:
        fig.savefig(path, format=fmt, dpi=dpi, metadata=_META[fmt], bbox_inches=bbox, **extra)
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
    # tight_layout leaves a placeholder layout engine, and with one savefig draws the figure twice
    fig.set_layout_engine(None)
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
    formats: tuple[str, ...] = FORMATS,
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
    formats : tuple of str, default ("png", "svg", "pdf")
        The formats to write: the network drawing in each, and the PNG charts when
        ``"png"`` is one of them (a subset lets two processes share the work).

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

    _check("save_figures", size_by, top_k, seed)
    _check_formats("save_figures", formats)
    folder = Path(folder)
    tab = _table(net, table, seed)
    if positions is None:
        from ctnet.viz.layout import layout

        positions = layout(net, seed=seed)
    written: list[Path] = []
    with matplotlib.rc_context(_RC):
        fig, box = _network_figure(net, tab, size_by=size_by, top_k=top_k, seed=seed, positions=positions)
        written = _save_network(fig, box, folder, formats)
        if "png" in formats:
            written += _save_charts(net, tab, folder, size_by=size_by, top_k=top_k, over_time=over_time)
    return written


def _network_figure(net: Any, tab: pd.DataFrame, *, size_by: str, top_k: int, seed: int,
                    positions: pd.DataFrame) -> tuple[Any, Any]:
    """The network drawing (call inside ``rc_context(_RC)``) and its tight box, measured once."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 6.5))
    FigureCanvasAgg(fig)
    plot(net, fig.add_subplot(), table=tab.reset_index(), size_by=size_by, top_k=top_k, seed=seed,
         positions=positions)
    _plain_glyphs(fig)
    return fig, _tight(fig)


def _plain_glyphs(fig: Any) -> None:
    """Turn off ligatures in the figure's text, so that network.pdf embeds one subset of the font.

    Subsetting the font is most of the time of network.pdf (about 0.2 s a copy); a name reads
    the same without ligatures. Before matplotlib 3.11 text is not shaped and there is nothing
    to turn off.
    """
    from matplotlib.text import Text

    for t in fig.findobj(Text):
        if hasattr(t, "set_fontfeatures"):
            t.set_fontfeatures(_NO_LIGATURES)


def _save_network(fig: Any, box: Any, folder: Path, formats: tuple[str, ...]) -> list[Path]:
    return [_save(fig, folder / f"network.{fmt}", fmt, bbox=box) for fmt in FORMATS if fmt in formats]


def _save_charts(net: Any, tab: pd.DataFrame, folder: Path, *, size_by: str, top_k: int,
                 over_time: pd.DataFrame | None) -> list[Path]:
    """centrality.png and, with ``over_time``, metrics_over_time.png (inside ``rc_context(_RC)``)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    bar = _bar_chart(net, tab, size_by, max(top_k, 20))
    FigureCanvasAgg(bar)
    written = [_save(bar, folder / "centrality.png", "png", bbox=None)]  # fitted by tight_layout: no second measure
    if over_time is not None and len(over_time):
        ot = _over_time_chart(net, tab, over_time, size_by, top_k)
        FigureCanvasAgg(ot)
        written.append(_save(ot, folder / "metrics_over_time.png", "png"))
    return written


# --------------------------------------------------------------------------- a process for the figures

class _Drawing:
    """What :func:`save_figures` reads of a network (actor table and edges), small enough to send."""

    def __init__(self, net: Any) -> None:
        self.actors = net.actors
        self._edges = net.edges(docs=False)[["source", "target", "weight"]]  # what plot() draws

    @property
    def actor_ids(self) -> list[str]:
        return self.actors["actor_id"].tolist()

    def edges(self, *, docs: bool = True) -> pd.DataFrame:
        return self._edges


def _warm_up() -> None:
    """Import what the figures need: matplotlib, its Agg, SVG and PDF backends (fontTools), the font list."""
    import matplotlib.backends.backend_pdf  # imports fontTools.subset, for the PDF
    import matplotlib.backends.backend_svg  # noqa: F401
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
    from matplotlib.collections import LineCollection  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401
    from PIL import Image

    from ctnet.actors.gazetteer import family_of  # noqa: F401  (plot)

    font_manager.findfont(font_manager.FontProperties())
    Image.preinit()  # the PNG writer's plugins


def _failure(folder: Path, e: Exception) -> tuple[str, Any, str]:
    """``("error", exception, traceback text)``, the exception replaced by an OutputError if it cannot be sent."""
    detail = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    try:
        pickle.dumps(e)
    except Exception:  # noqa: BLE001 - any error of pickling: send a plain OutputError instead
        return "error", OutputError(f"{folder}: the figures failed ({type(e).__name__}: {e})."), detail
    return "error", e, detail


def _attempt(folder: Path, work: Any) -> tuple[str, Any, str]:
    """Run ``work()`` (a list of paths): ``("ok", paths, "")`` or :func:`_failure`."""
    try:
        return "ok", [str(p) for p in work()], ""
    except Exception as e:  # noqa: BLE001 - sent to the caller, who raises it
        return _failure(folder, e)


def _fork_helper(folder: Path, work: Any) -> tuple[int, int]:
    """Fork a helper that runs ``work`` (see :func:`_attempt`) and writes its pickled reply to a pipe."""
    read_end, write_end = os.pipe()
    # SIGTERM waits until the helper is recorded in _HELPERS, or _stop could miss it
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            reply = pickle.dumps(_attempt(folder, work))
            with os.fdopen(write_end, "wb") as f:
                f.write(reply)
        finally:
            os._exit(0)
    try:
        _HELPERS.append(pid)
        os.close(write_end)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    return pid, read_end


def _render(net: Any, folder: Path, kwargs: dict[str, Any]) -> tuple[str, Any, str]:
    """Render a job as :func:`save_figures` does, on the free cores.

    The network is drawn once; then two forked helpers write the vector files
    (network.svg, network.pdf) and the charts (centrality.png, metrics_over_time.png)
    while this process writes network.png (the three shares take similar times); all
    are waited for.
    """
    import matplotlib

    size_by, top_k, seed = kwargs["size_by"], kwargs["top_k"], kwargs["seed"]
    with matplotlib.rc_context(_RC):
        try:
            tab = _table(net, kwargs["table"], seed)
            fig, box = _network_figure(net, tab, size_by=size_by, top_k=top_k, seed=seed,
                                       positions=kwargs["positions"])
        except Exception as e:  # noqa: BLE001 - sent to the caller, who raises it
            return _failure(folder, e)
        helpers: list[tuple[int, int]] = []
        replies: list[tuple[str, Any, str]] = []
        try:
            helpers.append(_fork_helper(folder, lambda: _save_network(fig, box, folder, ("svg", "pdf"))))
            helpers.append(_fork_helper(folder, lambda: _save_charts(
                net, tab, folder, size_by=size_by, top_k=top_k, over_time=kwargs["over_time"])))
            replies.append(_attempt(folder, lambda: _save_network(fig, box, folder, ("png",))))
        finally:
            for pid, read_end in helpers:
                with os.fdopen(read_end, "rb") as f:
                    data = f.read()
                os.waitpid(pid, 0)
                _HELPERS.remove(pid)
                replies.append(pickle.loads(data) if data else ("error", OutputError(
                    f"{folder}: a process drawing the figures stopped; run again."), ""))
    for reply in replies:
        if reply[0] != "ok":
            return reply
    order = ["network.png", "network.svg", "network.pdf", "centrality.png", "metrics_over_time.png"]
    return "ok", sorted((p for r in replies for p in r[1]), key=lambda p: order.index(Path(p).name)), ""


#: Helpers forked by this worker process, stopped with it.
_HELPERS: list[int] = []


def _stop(signum: int, frame: Any) -> None:
    """SIGTERM in the worker: stop the helper first, so nothing writes after the caller cleans up."""
    for pid in _HELPERS[:]:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
    os._exit(128 + signal.SIGTERM)


def _serve(conn: Any, callers_end: Any) -> None:
    """The worker process: warm up, wait for one job, render it, send back the paths or the error.

    It starts with SIGINT and SIGTERM blocked (see :meth:`FigureWorker.start`). Ctrl-C
    is left to the caller, who stops the worker with SIGTERM; the caller's end of the
    pipe is closed here, so that the worker sees the end of the pipe if the caller dies.
    """
    callers_end.close()
    # one job, then the process ends: the cyclic collector would only cost time here (about 5 % of the
    # imports and of the drawing), and what the drawing allocates is freed when the process exits
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        try:
            _warm_up()
            failed = None
        except Exception as e:  # noqa: BLE001 - a broken matplotlib install: told to the caller with the job
            failed = e
        job = conn.recv()
        if job is not None:
            conn.send(_failure(job[1], failed) if failed is not None else _render(*job))
    except (EOFError, KeyboardInterrupt, BrokenPipeError):  # the caller stopped or was interrupted
        pass
    finally:
        conn.close()


class FigureWorker:
    """Render :func:`save_figures` in a forked process that imports matplotlib while the caller works.

    Importing matplotlib and the font subsetter of its PDF backend takes about half a
    second, and the figures are the slowest output. :meth:`start` forks a process that
    does these imports at once, on another core, then waits; :meth:`submit` sends it
    the drawing (the actor table, the edges and the options) and returns at once; the
    worker draws the network, then forks two helpers (warm, so without importing again)
    and the three write network.png, the vector files and the charts on the free cores
    (the caller waits); :meth:`result` waits for the files. They
    are the same bytes as those of :func:`save_figures` called in the caller's process,
    and come back in the same order. ``ctnet analyze`` uses one.

    On systems where ``fork`` is not the usual way to start processes (Windows, macOS),
    or when it fails, :meth:`start` returns None and the caller renders in its own
    process.

    Examples
    --------
    >>> import tempfile
    >>> net = ctnet.network_from_events([("e1", "A"), ("e1", "B"), ("e2", "B"), ("e2", "C")])
    >>> worker = FigureWorker.start()
    >>> if worker is None:  # no fork here: render in this process
    ...     names = [p.name for p in save_figures(net, tempfile.mkdtemp())]
    ... else:
    ...     worker.submit(net, tempfile.mkdtemp())
    ...     names = [p.name for p in worker.result()]
    >>> names
    ['network.png', 'network.svg', 'network.pdf', 'centrality.png']
    """

    def __init__(self, process: Any, conn: Any) -> None:
        self._process = process
        self._conn = conn
        self._submitted = False
        self._done = False

    @property
    def submitted(self) -> bool:
        """True once :meth:`submit` has sent the job."""
        return self._submitted

    @classmethod
    def start(cls) -> FigureWorker | None:
        """Fork the worker (Linux only); None where ``fork`` is unavailable or fails.

        The objects alive at this moment (mostly imported modules) are moved to the
        garbage collector's permanent generation for the fork (``gc.freeze()``, as the
        Python documentation advises), then given back to the caller's collector
        (``gc.unfreeze()``): the worker never scans them, which saves it time and leaves
        their memory pages shared.
        """
        if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
            return None
        import multiprocessing as mp

        if mp.current_process().daemon:  # a daemonic process may not start children
            return None
        ctx = mp.get_context("fork")
        gc.freeze()
        # the worker sets its own handlers: until then, Ctrl-C and SIGTERM wait (here too, a moment)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            here, there = ctx.Pipe()
            proc = ctx.Process(target=_serve, args=(there, here), name="ctnet-figures", daemon=True)
            proc.start()
        except (OSError, ValueError):  # no processes left, or fork not allowed here
            return None
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            gc.unfreeze()  # the caller's collector works as before; the worker's copy stays frozen
        there.close()
        return cls(proc, here)

    def submit(
        self,
        net: Any,
        folder: str | Path,
        *,
        table: pd.DataFrame | None = None,
        size_by: str = "pagerank",
        seed: int = 42,
        top_k: int = 10,
        positions: pd.DataFrame | None = None,
        over_time: pd.DataFrame | None = None,
    ) -> None:
        """Send the job: the arguments of :func:`save_figures` (all formats), checked here.

        Raises
        ------
        InvalidParameterError
            A bad option (the job is not sent).
        OutputError
            The worker has already been given a job, or has stopped.
        """
        _check("save_figures", size_by, top_k, seed)
        if self._submitted:
            raise OutputError("a FigureWorker renders one job; start another one.")
        if table is None:
            table = _table(net, None, seed).reset_index()
        if positions is None:
            from ctnet.viz.layout import layout

            positions = layout(net, seed=seed)
        kwargs = {"table": table, "size_by": size_by, "seed": seed, "top_k": top_k, "positions": positions,
                  "over_time": over_time}
        self._submitted = True
        try:
            self._conn.send((_Drawing(net), Path(folder), kwargs))
        except OSError:
            raise OutputError(f"{folder}: the figure process stopped before the figures were made; "
                              "run again.") from None

    def result(self) -> list[Path]:
        """Wait for the figures; return the paths written, in the order of :func:`save_figures`.

        Raises
        ------
        OutputError
            A figure cannot be written, or the worker stopped.
        """
        try:
            status, value, detail = self._conn.recv()
        except (EOFError, OSError):
            self.close()
            raise OutputError("the figure process stopped before the figures were made "
                              f"(exit code {self._process.exitcode}); run again.") from None
        self._done = True
        self.close()
        if status != "ok":
            if not isinstance(value, CtnetError) and detail:
                value.add_note("In the figure process:\n" + detail)
            raise value
        return [Path(p) for p in value]

    def close(self) -> None:
        """Stop the worker if it has not answered (its job is abandoned) and wait for it to end.

        Call it when the caller fails before :meth:`result`, before removing the folder
        the worker writes into.
        """
        self._conn.close()
        if self._process.is_alive() and not self._done:
            self._process.terminate()
        self._process.join()

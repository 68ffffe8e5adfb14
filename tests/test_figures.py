"""Static figures: files, resolution, non-blank pixels, byte-identical reruns, labels."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from test_html import make_net, make_table

from ctnet.errors import InvalidParameterError
from ctnet.viz.layout import layout
from ctnet.viz.static import plot, save_figures


@pytest.fixture()
def net():
    return make_net()


def _over_time(table: pd.DataFrame) -> pd.DataFrame:
    a = table.assign(period="2023")
    b = table.assign(period="2024", pagerank=table["pagerank"] * 2)
    ot = pd.concat([a, b], ignore_index=True)
    return ot[["period", *table.columns]]


def test_files_and_resolution(net, tmp_path: Path) -> None:
    from PIL import Image

    table = make_table(net)
    paths = save_figures(net, tmp_path, table=table, size_by="pagerank", seed=1, top_k=3,
                         positions=layout(net, seed=1), over_time=_over_time(table))
    assert [p.name for p in paths] == ["network.png", "network.svg", "network.pdf", "centrality.png",
                                       "metrics_over_time.png"]
    for p in paths:
        assert p.stat().st_size > 2000
    with Image.open(tmp_path / "network.png") as im:
        assert im.info["dpi"][0] == pytest.approx(300, abs=1)
        assert min(im.size) > 1000
        px = np.asarray(im.convert("L"), dtype=float)
    assert px.std() > 5  # not blank
    assert (px < 128).mean() > 0.001  # some dark ink (edges, markers, text)
    assert (tmp_path / "network.pdf").read_bytes().startswith(b"%PDF")
    assert b"CreationDate" not in (tmp_path / "network.pdf").read_bytes()
    svg = (tmp_path / "network.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg


def test_byte_identical_reruns(net, tmp_path: Path) -> None:
    table = make_table(net)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for d in (a, b):
        save_figures(net, d, table=table, size_by="pagerank", seed=1, top_k=3, positions=None, over_time=None)
    for name in ("network.png", "network.svg", "network.pdf", "centrality.png"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_pdf_embeds_one_copy_of_the_font(tmp_path: Path) -> None:
    # labels with ligatures ("Office", "Affairs", "ffi") and characters above U+00FF (’ – and the
    # ellipsis of a cut label): matplotlib 3.11 put these in a second subset, a second copy of DejaVu Sans
    import re

    from test_html import make_net as base

    net = base()
    names = ["Office of Staff\u2019s Affairs", "Efficient Offices \u2013 Kenya", "Fifth office " + "x" * 50,
             "Lonely", "Echo"]
    net.actors["name"] = names
    save_figures(net, tmp_path, table=make_table(net), size_by="pagerank", seed=1, top_k=5, formats=("pdf",))
    pdf = (tmp_path / "network.pdf").read_bytes()
    fonts = set(re.findall(rb"/BaseFont /([A-Z]{6}\+[\w-]+)", pdf))
    assert len(fonts) == 1, fonts
    assert all(f.endswith(b"+DejaVuSans") for f in fonts)


def test_plot_labels_top_k_and_special_names(net) -> None:
    table = make_table(net)
    table["score"] = [0.0, 3.0, 2.0, 1.0, 0.5]  # B > C > D > E > A
    ax = plot(net, table=table, size_by="score", top_k=3)
    assert [t.get_text() for t in ax.texts] == ["Government of Kenya", "EU & Friends", "Lonely"]
    # 5 nodes drawn, in collections split by family and donor flag
    from matplotlib.collections import PathCollection

    assert sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)) == 5
    # a name with dollar signs is drawn literally, not as mathtext
    net2 = make_net()
    net2.actors.loc[1, "name"] = "Fund $1 $2"
    ax2 = plot(net2, table=table, size_by="score", top_k=1)
    ax2.figure.canvas.draw()
    assert ax2.texts[0].get_text() == r"Fund \$1 \$2"


def test_bar_chart_intervals(net, tmp_path: Path) -> None:
    table = make_table(net)
    table["pagerank_lo"] = table["pagerank"] * 0.5
    table["pagerank_hi"] = table["pagerank"] * 1.5
    paths = save_figures(net, tmp_path, table=table, size_by="pagerank", seed=1, top_k=2, positions=None,
                         over_time=None)
    assert (tmp_path / "centrality.png") in paths


def test_bad_options(net, tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="top_k"):
        save_figures(net, tmp_path, table=make_table(net), size_by="pagerank", seed=1, top_k=-1,
                     positions=None, over_time=None)


def test_rasterised_layers_stay_byte_identical(net, tmp_path: Path, monkeypatch) -> None:
    import importlib

    static = importlib.import_module("ctnet.viz.static")
    monkeypatch.setattr(static, "RASTER_ABOVE", 0)  # rasterise edges and nodes even for 5 actors
    table = make_table(net)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for d in (a, b):
        save_figures(net, d, table=table, size_by="pagerank", seed=1, top_k=3, positions=None, over_time=None)
    svg = (a / "network.svg").read_text(encoding="utf-8")
    assert "data:image/png;base64" in svg  # the layers are embedded images
    for name in ("network.svg", "network.pdf"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _label_boxes(ax) -> list:
    """The drawn extent of each label's text (an Annotation's own extent would add its leader line)."""
    from matplotlib.text import Text

    ax.figure.canvas.draw()
    return [Text.get_window_extent(t) for t in ax.texts]


def test_labels_do_not_cover_each_other() -> None:
    """Five hubs in a tight row: every label above its node would overlap its neighbours'."""
    import ctnet

    names = [f"Ministry of Something Long {k}" for k in range(5)]
    events = [(f"e{k}", a) for k in range(5) for a in names]  # a clique: equal ranks
    events += [(f"f{k}", names[k]) for k in range(5)]
    net = ctnet.network_from_events(events)
    pos = pd.DataFrame({"actor_id": net.actor_ids, "x": np.arange(5) * 0.05, "y": np.zeros(5)})
    ax = plot(net, size_by="degree", top_k=5, positions=pos)
    boxes = _label_boxes(ax)
    assert len(boxes) == 5
    for a in range(5):
        for b in range(a + 1, 5):
            assert not boxes[a].overlaps(boxes[b]), (ax.texts[a].get_text(), ax.texts[b].get_text())
    # a label right next to its node (no leader line) is closer to it than to any other node:
    # above the row, a label would hover over the neighbours too, so the row's ends are used
    from ctnet.viz.static import _ambiguous

    centre = ax.transData.transform(pos[["x", "y"]].to_numpy())
    radius = np.full(5, np.sqrt(ax.collections[-1].get_sizes()[0]) / 2 * ax.figure.dpi / 72)
    order = [net.actor_ids.index(t.get_text()) for t in ax.texts]
    free = [k for k, t in enumerate(ax.texts) if t.arrow_patch is None]
    assert free and {(ax.texts[k].get_ha(), ax.texts[k].get_va()) for k in free} != {("center", "bottom")}
    for k in free:
        b = boxes[k]
        assert not _ambiguous(np.array([b.x0, b.y0, b.x1, b.y1]), order[k], centre, radius, 0.0), ax.texts[k].get_text()


def test_labels_keep_clear_of_the_legend_and_label_far_nodes_with_a_line() -> None:
    import ctnet

    # twelve actors in one spot: too few places next to it, so some labels go further, with a line
    names = [f"Agency number {k}" for k in range(12)]
    crowd = ctnet.network_from_events([(f"e{k}", a) for k in range(2) for a in names])
    pos = pd.DataFrame({"actor_id": crowd.actor_ids, "x": np.linspace(0, 0.002, 12), "y": np.zeros(12)})
    ax = plot(crowd, top_k=12, positions=pos)
    boxes = _label_boxes(ax)
    legend = ax.get_legend().get_window_extent()
    assert not any(b.overlaps(legend) for b in boxes)
    assert not any(boxes[a].overlaps(boxes[b]) for a in range(12) for b in range(a + 1, 12))
    # next to the spot, a label would be as close to the eleven other nodes as to its own, so
    # every label is placed out and joined to its node by a line
    assert all(t.arrow_patch is not None for t in ax.texts)
    # a label with nothing around goes above its node, with no line
    single = ctnet.network_from_events([("e1", "Only Agency")])
    lone = plot(single, top_k=1, positions=pd.DataFrame({"actor_id": ["Only Agency"], "x": [0.0], "y": [0.0]}))
    assert (lone.texts[0].get_ha(), lone.texts[0].get_va()) == ("center", "bottom")
    assert lone.texts[0].arrow_patch is None


def test_a_label_is_not_put_where_it_would_name_another_node() -> None:
    """A node a little above another: the lower node's label above it would not touch the upper
    node, but would sit right under it, closer to it than to its own node; so it goes below."""
    from matplotlib.figure import Figure

    from ctnet.viz.static import _LABEL_STYLE, _place_labels

    def place(upper_y: float):
        fig = Figure(figsize=(4, 4), dpi=100)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, 400)
        ax.set_ylim(0, 400)  # one data unit = one pixel
        xy = np.array([[200.0, 200.0], [200.0, upper_y]])
        _place_labels(ax, xy, np.array([7.2, 7.2]), [0], ["Lower Agency"])  # radius 7.2 pt = 10 px
        return ax.texts[0]

    probe = Figure(dpi=100).add_axes((0, 0, 1, 1)).annotate("Lower Agency", (0, 0), **_LABEL_STYLE)
    pad = 0.15 * 7 * 100 / 72 + 1.0
    height = probe.get_window_extent().height + 2 * pad
    top = 200 + 10 + 6 * 100 / 72 + height  # the top of the box of a label above the lower node
    near = place(top + 3 + 10)  # the upper node's edge 3 px above that box
    assert near.arrow_patch is None and (near.get_ha(), near.get_va()) == ("center", "top")  # below
    far = place(top + 60)
    assert far.arrow_patch is None and (far.get_ha(), far.get_va()) == ("center", "bottom")  # above, as before


def test_ambiguous_measures_from_the_box_to_the_marker_edges() -> None:
    from ctnet.viz.static import _ambiguous

    centre = np.array([[0.0, 0.0], [50.0, 30.0]])
    radius = np.array([5.0, 5.0])
    right_of_0 = np.array([9.0, -6.0, 60.0, 6.0])  # 4 px from node 0's edge; node 1's edge is 19 px above it
    assert not _ambiguous(right_of_0, 0, centre, radius, 10.0)
    assert _ambiguous(right_of_0, 0, centre, radius, 16.0)  # 19 < 4 + 16
    assert _ambiguous(np.array([9.0, -6.0, 60.0, 28.0]), 0, centre, radius, 0.0)  # the box reaches node 1
    assert not _ambiguous(right_of_0, 0, centre[:1], radius[:1], 100.0)  # no other node


def test_bar_chart_is_drawn_once_when_saved(net, tmp_path: Path, monkeypatch) -> None:
    """tight_layout sets it out once; saving must not lay it out (and draw it) again."""
    from matplotlib.figure import Figure

    from ctnet.viz.static import _save_charts

    draws = []
    real = Figure.draw
    monkeypatch.setattr(Figure, "draw", lambda self, renderer: (draws.append(1), real(self, renderer))[1])
    with matplotlib.rc_context({"font.size": 8}):
        _save_charts(net, make_table(net).set_index("actor_id"), tmp_path, size_by="pagerank", top_k=5,
                     over_time=None)
    assert (tmp_path / "centrality.png").exists()
    assert len(draws) == 1

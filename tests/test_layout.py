"""Seeded layout: deterministic, finite, structure-aware, components packed apart."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ctnet.errors import InvalidParameterError
from ctnet.network import network_from_events
from ctnet.viz.layout import layout


def two_cliques_and_island():
    """Clique a0..a4 and clique b0..b4 joined by one edge a0-b0, plus pair c0-c1 and isolate z."""
    ev = [("ea", f"a{i}") for i in range(5)] + [("eb", f"b{i}") for i in range(5)]
    ev += [("bridge", "a0"), ("bridge", "b0"), ("ec", "c0"), ("ec", "c1"), ("ez", "z")]
    return network_from_events(ev)


def test_shape_and_determinism() -> None:
    net = two_cliques_and_island()
    pos = layout(net, seed=3)
    assert list(pos.columns) == ["actor_id", "x", "y"]
    assert pos["actor_id"].tolist() == net.actor_ids
    assert np.isfinite(pos[["x", "y"]].to_numpy()).all()
    assert pos[["x", "y"]].abs().to_numpy().max() == pytest.approx(1.0)
    pd.testing.assert_frame_equal(pos, layout(net, seed=3))
    assert not pos.equals(layout(net, seed=4))


def test_structure_is_visible() -> None:
    net = two_cliques_and_island()
    p = layout(net, seed=1).set_index("actor_id")
    xy = {a: p.loc[a, ["x", "y"]].to_numpy(dtype=float) for a in p.index}

    def d(u: str, v: str) -> float:
        return float(np.linalg.norm(xy[u] - xy[v]))

    inside = np.mean([d(f"a{i}", f"a{j}") for i in range(1, 5) for j in range(i + 1, 5)]
                     + [d(f"b{i}", f"b{j}") for i in range(1, 5) for j in range(i + 1, 5)])
    across = np.mean([d(f"a{i}", f"b{j}") for i in range(1, 5) for j in range(1, 5)])
    assert inside < across / 2


def test_components_do_not_overlap() -> None:
    net = two_cliques_and_island()
    p = layout(net, seed=1).set_index("actor_id")
    groups = {"big": [f"a{i}" for i in range(5)] + [f"b{i}" for i in range(5)], "pair": ["c0", "c1"], "iso": ["z"]}
    boxes = {}
    for g, members in groups.items():
        q = p.loc[members]
        boxes[g] = (q["x"].min(), q["x"].max(), q["y"].min(), q["y"].max())
    names = list(boxes)
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            a, b = boxes[names[i]], boxes[names[j]]
            overlap = not (a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2])
            assert not overlap, (names[i], names[j])


def test_no_two_nodes_on_top_of_each_other() -> None:
    net = two_cliques_and_island()
    xy = layout(net, seed=1)[["x", "y"]].to_numpy()
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    assert d.min() > 0.01


def test_empty_and_single() -> None:
    empty = network_from_events(pd.DataFrame({"event_id": pd.Series(dtype=str), "actor": pd.Series(dtype=str)}))
    assert len(layout(empty)) == 0
    one = network_from_events([("e", "A")])
    assert layout(one)[["x", "y"]].to_numpy().tolist() == [[0.0, 0.0]]


def test_graph_files_accept_the_layout(tmp_path) -> None:
    from ctnet.io import write_graph_files

    net = two_cliques_and_island()
    pos = layout(net, seed=1)
    write_graph_files(net.graph, tmp_path, formats=("gexf",), positions=pos)
    text = (tmp_path / "network.gexf").read_text(encoding="utf-8")
    x_a0 = pos.set_index("actor_id").loc["a0", "x"]
    assert f'x="{x_a0}"' in text or f'x="{round(x_a0, 6)}"' in text


def test_bad_seed() -> None:
    with pytest.raises(InvalidParameterError, match="seed"):
        layout(two_cliques_and_island(), seed=-1)


def test_large_component_path(monkeypatch) -> None:
    """Above FULL_FORCE_MAX nodes a component starts from the spectral layout: still seeded,
    finite, and the two cliques stay apart."""
    import importlib

    lay = importlib.import_module("ctnet.viz.layout")

    monkeypatch.setattr(lay, "FULL_FORCE_MAX", 4)
    net = two_cliques_and_island()
    pos = layout(net, seed=2)
    pd.testing.assert_frame_equal(pos, layout(net, seed=2))
    p = pos.set_index("actor_id")
    assert np.isfinite(p[["x", "y"]].to_numpy()).all()
    ca = p.loc[[f"a{i}" for i in range(1, 5)], ["x", "y"]].to_numpy().mean(axis=0)
    cb = p.loc[[f"b{i}" for i in range(1, 5)], ["x", "y"]].to_numpy().mean(axis=0)
    spread = p.loc[[f"a{i}" for i in range(1, 5)], ["x", "y"]].to_numpy().std(axis=0).max()
    assert np.linalg.norm(ca - cb) > 2 * spread


def test_many_isolates_are_packed() -> None:
    net = network_from_events([(f"e{i}", f"a{i:04d}") for i in range(400)])
    xy = layout(net, seed=1)[["x", "y"]].to_numpy()
    assert len({(round(x, 6), round(y, 6)) for x, y in xy}) == 400  # every isolate has its own place


def test_actors_with_the_same_partners_are_not_drawn_on_one_spot() -> None:
    """A hub and its twin named in every release with the same others: heavy edges used to pull
    them to about half the usual distance between neighbours; now they are as far apart as
    neighbours usually are."""
    ev = []
    for e in range(12):
        ev += [(f"e{e}", "hub"), (f"e{e}", "twin"), (f"e{e}", f"x{e % 6}"), (f"e{e}", f"x{(e + 1) % 6}")]
    net = network_from_events(ev)
    for seed in range(4):
        p = layout(net, seed=seed).set_index("actor_id")
        xy = p[["x", "y"]].to_numpy()
        d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
        np.fill_diagonal(d, np.inf)
        twin = float(np.linalg.norm(p.loc["hub"].to_numpy() - p.loc["twin"].to_numpy()))
        assert twin >= 0.9 * float(np.median(d.min(axis=1))), seed


def test_close_pairs_agree_with_all_pairs() -> None:
    from ctnet.viz.layout import _close_pairs

    rng = np.random.default_rng(7)
    pos = rng.random((300, 2))
    pos[5] = pos[9]  # two nodes on one point
    r, c, d = _close_pairs(pos, 0.05)
    full = np.sqrt(((pos[:, None, :] - pos[None, :, :]) ** 2).sum(-1))
    want = {(i, j) for i, j in zip(*np.nonzero(full < 0.05)) if i < j}
    assert set(zip(r.tolist(), c.tolist())) == want and (5, 9) in want
    np.testing.assert_allclose(d, full[r, c])
    assert _close_pairs(pos, 1e-9)[0].tolist() == [5]


def test_separate_pushes_only_crowded_nodes_to_the_minimum_distance() -> None:
    from ctnet.viz.layout import _separate

    pos = np.array([[0.0, 0.0], [0.0, 0.0], [0.03, 0.0], [1.0, 1.0], [1.0, 1.5]])
    far = pos[3:].copy()
    _separate(pos, 0.1)
    d = np.sqrt(((pos[:, None, :] - pos[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    assert d[:3, :3].min() >= 0.099
    assert np.array_equal(pos[3:], far)  # nodes with room are not moved
    # a lone pair is set exactly 0.1 apart, symmetrically about its midpoint
    pair = np.array([[0.0, 0.0], [0.04, 0.0]])
    _separate(pair, 0.1)
    np.testing.assert_allclose(pair, [[-0.03, 0.0], [0.07, 0.0]])

"""The figure worker (forked processes) writes the same bytes as save_figures, in the same order, and fails cleanly."""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

from test_figures import _over_time
from test_html import make_net, make_table

from ctnet.errors import InvalidParameterError, OutputError
from ctnet.viz.layout import layout
from ctnet.viz.static import FigureWorker, save_figures

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the worker forks on Linux only")

NAMES = ["network.png", "network.svg", "network.pdf", "centrality.png", "metrics_over_time.png"]


@pytest.fixture()
def net():
    return make_net()


def test_same_bytes_and_order_as_save_figures(net, tmp_path: Path) -> None:
    table = make_table(net)
    args = {"table": table, "size_by": "pagerank", "seed": 3, "top_k": 2, "positions": layout(net, seed=3),
            "over_time": _over_time(table)}
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    direct = save_figures(net, here, **args)
    worker = FigureWorker.start()
    assert worker is not None
    worker.submit(net, there, **args)
    forked = worker.result()
    assert [p.name for p in forked] == [p.name for p in direct] == NAMES
    assert all(p.parent == there for p in forked)
    for name in NAMES:
        assert (there / name).read_bytes() == (here / name).read_bytes(), name


def test_formats_subset(net, tmp_path: Path) -> None:
    table = make_table(net)
    vec = save_figures(net, tmp_path, table=table, formats=("svg", "pdf"))
    assert [p.name for p in vec] == ["network.svg", "network.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["network.pdf", "network.svg"]
    with pytest.raises(InvalidParameterError, match="'formats' parameter of save_figures"):
        save_figures(net, tmp_path, table=table, formats=("jpg",))
    with pytest.raises(InvalidParameterError, match="'formats'"):
        save_figures(net, tmp_path, table=table, formats="png")


def test_error_in_the_worker_is_raised_by_result(net, tmp_path: Path) -> None:
    worker = FigureWorker.start()
    assert worker is not None
    worker.submit(net, tmp_path / "missing", table=make_table(net))
    with pytest.raises(OutputError, match="cannot write the figure"):
        worker.result()


def test_bad_option_is_refused_before_sending(net, tmp_path: Path) -> None:
    worker = FigureWorker.start()
    assert worker is not None
    try:
        with pytest.raises(InvalidParameterError, match="top_k"):
            worker.submit(net, tmp_path, table=make_table(net), top_k=-1)
    finally:
        worker.close()
    assert list(tmp_path.iterdir()) == []


def test_close_without_a_job_stops_the_worker(tmp_path: Path) -> None:
    worker = FigureWorker.start()
    assert worker is not None
    worker.close()
    assert not worker._process.is_alive()
    assert worker._process.exitcode is not None


def test_analyze_with_the_worker_writes_the_same_files(tmp_path: Path) -> None:
    from ctnet.pipeline import analyze

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    a = analyze(seeds, tmp_path / "a", quiet=True, stability_runs=2).out
    b = analyze(seeds, tmp_path / "b", quiet=True, stability_runs=2, figure_process=True).out
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert {"network.png", "network.svg", "network.pdf", "centrality.png"} <= set(names)
    for name in names:
        if name != "manifest.json":  # its timestamp differs
            assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_a_failed_warm_up_is_raised_with_the_job(net, tmp_path: Path, monkeypatch) -> None:
    from ctnet.viz import static

    def broken() -> None:
        raise ImportError("No module named 'matplotlib.backends.backend_pdf'")

    monkeypatch.setattr(static, "_warm_up", broken)  # the worker is forked with this
    worker = FigureWorker.start()
    assert worker is not None
    worker.submit(net, tmp_path, table=make_table(net))
    with pytest.raises(ImportError, match="backend_pdf"):
        worker.result()
    assert list(tmp_path.iterdir()) == []

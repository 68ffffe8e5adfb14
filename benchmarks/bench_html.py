"""Benchmark network.html against a plain pyvis page on 2,000 actors and ~20,000 edges.

Prints, for the same random network in the same run: layout time, ctnet's write time and
file size, pyvis's (lists filled directly, vis-network inlined, physics off, the same
positions) write time and size, and, when Debian chromium and playwright are present, the
time from navigation to the first drawn frame in headless Chromium for both pages.
No asserts: figures only.

Run: ``.venv/bin/python benchmarks/bench_html.py [--actors 2000] [--events 6000]``
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np


def make_network(n_actors: int, n_events: int, seed: int = 0):
    from ctnet.network import network_from_events

    rng = np.random.default_rng(seed)
    events = [(f"e{e}", f"a{a:05d}") for e in range(n_events)
              for a in rng.choice(n_actors, rng.integers(2, 5), replace=False)]
    return network_from_events(events)


def pyvis_page(net, pos, path: Path) -> None:
    from pyvis.network import Network

    g = Network(height="800px", width="100%", cdn_resources="in_line")
    g.toggle_physics(False)
    xy = pos.set_index("actor_id")
    for a, name in zip(net.actors["actor_id"], net.actors["name"]):
        g.nodes.append({"id": str(a), "label": str(name), "shape": "dot", "size": 10,
                        "x": float(xy.loc[a, "x"]) * 2000, "y": float(xy.loc[a, "y"]) * 2000})
        g.node_ids.append(str(a))
        g.node_map[str(a)] = g.nodes[-1]
    e = net.edges(docs=False)
    for s, t, w in zip(e["source"], e["target"], e["weight"]):
        g.edges.append({"from": str(s), "to": str(t), "width": float(w)})
    g.set_edge_smooth("false") if hasattr(g, "set_edge_smooth") else None
    g.write_html(str(path), notebook=False)


def first_draw_seconds(path: Path) -> float | None:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with tempfile.TemporaryDirectory() as prof, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(prof, executable_path=chromium, headless=True, args=flags)
        page = ctx.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.add_init_script("window.__t0 = performance.now();")
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri())
        try:
            page.wait_for_function(
                "window.network && network.body && Object.keys(network.body.nodes).length > 0 "
                "&& network.canvas && network.canvas.frame.canvas.width > 0", timeout=120_000)
            # one more animation frame: the first full draw has happened
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        except Exception:  # noqa: BLE001 - report a timeout as None
            ctx.close()
            return None
        dt = time.perf_counter() - t0
        ctx.close()
        return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--events", type=int, default=6000)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    from ctnet.viz.html import to_html
    from ctnet.viz.layout import layout

    net = make_network(args.actors, args.events)
    print(f"network: {net.n_actors} actors, {net.n_edges} edges")
    t = time.perf_counter()
    pos = layout(net, seed=42)
    t_layout = time.perf_counter() - t
    table = net.actors[["actor_id", "n_docs"]].assign(community=0)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t = time.perf_counter()
        to_html(net, out / "ctnet.html", table=table, size_by="n_docs", positions=pos)
        t_ctnet = time.perf_counter() - t
        t = time.perf_counter()
        pyvis_page(net, pos, out / "pyvis.html")
        t_pyvis = time.perf_counter() - t
        s_ctnet = (out / "ctnet.html").stat().st_size
        s_pyvis = (out / "pyvis.html").stat().st_size
        print(f"layout (ctnet.viz.layout, seed 42): {t_layout:.2f} s")
        print(f"ctnet to_html: {t_ctnet:.2f} s, {s_ctnet / 1e6:.2f} MB")
        print(f"pyvis write_html (baseline, same positions): {t_pyvis:.2f} s, {s_pyvis / 1e6:.2f} MB")
        print(f"ratio ctnet/pyvis: time {t_ctnet / t_pyvis:.2f}x, size {s_ctnet / s_pyvis:.2f}x")
        if not args.no_browser:
            for name in ("ctnet.html", "pyvis.html"):
                dt = first_draw_seconds(out / name)
                print(f"headless chromium, navigation to first draw, {name}: "
                      + ("n/a (no chromium/playwright, or timeout)" if dt is None else f"{dt:.2f} s"))


if __name__ == "__main__":
    main()

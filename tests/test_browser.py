"""network.html in a real headless Chromium (Debian's), driven by Playwright: what a person sees."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pytest
from test_html import make_net, make_table

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
if CHROMIUM is None:
    pytest.skip("Debian chromium is not installed (apt-get install chromium); never 'playwright install'",
                allow_module_level=True)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
XSS = "<img src=x onerror=window.__xss=1>"


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        try:
            ctx = pw.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True,
                                                        args=FLAGS, viewport={"width": 1280, "height": 800})
        except Exception as e:  # noqa: BLE001 - any launch failure means "no usable browser here"
            pytest.skip(f"chromium does not start under playwright: {e}")
        yield ctx
        ctx.close()


class Page:
    """An opened page plus what it logged and requested."""

    def __init__(self, context, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def route(r) -> None:
            self.requests.append(r.request.url)
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                r.abort()

        self.page.route("**/*", route)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.ctnet !== undefined")

    def js(self, expr: str):
        return self.page.evaluate(expr)


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    """The hand-made network with an XSS name and title, plus one period (A, B only)."""
    import scipy.sparse as sp

    from ctnet.viz.html import to_html

    net = make_net(titles={"d1": XSS})
    net.actors.loc[0, "name"] = XSS
    table = make_table(net)
    sub = make_net()
    keep = [0, 1]
    sub.actors = net.actors.iloc[keep].reset_index(drop=True)
    sub.weights = sp.csr_matrix(net.weights[keep][:, keep])
    sub.incidence = sp.csr_matrix(net.incidence[:, keep])
    sub.doc_incidence = sub.incidence
    path = tmp_path_factory.mktemp("html") / "network.html"
    return to_html(net, path, table=table, seed=2,
                   periods=[("2023", net, table), ("2024", sub, table[table["actor_id"].isin(["A", "B"])])])


@pytest.fixture()
def page(context, html: Path) -> Page:
    p = Page(context, html)
    yield p
    p.page.close()


def _node_dom(p: Page, node: str) -> tuple[float, float]:
    xy = p.js(f"""(() => {{ const c = ctnet.network.getPositions([{node!r}])[{node!r}];
        const d = ctnet.network.canvasToDOM(c); const r = document.getElementById('ctnet-graph').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }})()""")
    return float(xy[0]), float(xy[1])


def test_loads_offline_without_errors(page: Page) -> None:
    page.page.wait_for_timeout(300)
    assert page.errors == []
    assert page.requests == [page.url]  # nothing but the file itself
    # what is drawn equals the actor and edge tables
    assert page.js("network.body.data.nodes.length") == 5
    assert page.js("network.body.data.edges.length") == 3
    assert sorted(page.js("Object.keys(network.body.nodes)")) == ["A", "B", "C", "D", "E"]
    assert page.js("ctnet.network.physics.options.enabled") is False


def test_canvas_is_not_blank(page: Page) -> None:
    from PIL import Image

    png = page.page.locator("#ctnet-graph canvas").screenshot()
    px = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=float)
    assert px.std() > 5 and (px < 200).mean() > 0.005


def test_xss_title_is_text_in_the_tooltip(page: Page) -> None:
    x, y = _node_dom(page, "A")
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("#ctnet-tip:not([hidden])", timeout=5000)
    tip = page.js("document.getElementById('ctnet-tip').textContent")
    assert XSS in tip  # the name and the release title, shown literally
    assert f"{XSS} (2024-01-05)" in tip and "Release d2 (2024-02-01)" in tip  # the node's releases
    assert page.js("document.querySelectorAll('#ctnet-tip img, #ctnet-side img').length") == 0
    page.page.wait_for_timeout(200)
    assert page.js("window.__xss") is None
    assert page.errors == []


def test_edge_tooltip_holds_shared_sentences(page: Page) -> None:
    eid = page.js("ctnet.edges.get().find(e => e.from === 'A' && e.to === 'B').id")
    text = page.js(f"ctnet.edgeInfo({eid!r}).textContent")
    assert "weight: 2" in text and "shared releases: 2" in text
    assert "A and Kenya agreed </script> to cooperate." in text  # the sentence naming both
    eid = page.js("ctnet.edges.get().find(e => e.from === 'B' && e.to === 'C').id")
    text = page.js(f"ctnet.edgeInfo({eid!r}).textContent")
    # in d3 no sentence names both: the sentences of each are shown
    assert "Kenya spoke first." in text and "Then the EU & Friends answered." in text


def test_search_finds_a_node(page: Page) -> None:
    page.page.fill("#ctnet-search", "kenya")
    page.page.click("#ctnet-search-btn")
    assert page.js("ctnet.network.getSelectedNodes()") == ["B"]
    assert "Government of Kenya" in page.js("document.getElementById('ctnet-details').textContent")
    page.page.fill("#ctnet-search", "no such actor")
    page.page.press("#ctnet-search", "Enter")
    assert page.js("document.getElementById('ctnet-status').textContent") == "no actor matches"


def test_filters_hide_nodes(page: Page) -> None:
    page.page.select_option("#ctnet-filter-type", "government")
    hidden = page.js("ctnet.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
    assert hidden == ["A", "C", "D", "E"]
    page.page.select_option("#ctnet-filter-type", "")
    page.page.select_option("#ctnet-filter-country", "MOZ")
    assert page.js("ctnet.nodes.get({filter: n => !n.hidden}).map(n => n.id)") == ["D"]
    page.page.select_option("#ctnet-filter-country", "")
    comm_b = page.js("ctnet.network.body.data.nodes.length") and page.js(
        "String(JSON.parse(document.getElementById('ctnet-data').textContent).periods[0].nodes[1].community)")
    page.page.select_option("#ctnet-filter-community", comm_b)
    assert "B" in page.js("ctnet.nodes.get({filter: n => !n.hidden}).map(n => n.id)")


def test_click_highlights_neighbourhood(page: Page) -> None:
    x, y = _node_dom(page, "D")
    page.page.mouse.click(x, y)
    assert page.js("ctnet.network.getSelectedNodes()") == ["D"]
    # D has no neighbours: every other node is greyed
    greys = page.js("ctnet.nodes.get().filter(n => n.color && n.color.background === '#e6e6e6').map(n => n.id).sort()")
    assert greys == ["A", "B", "C", "E"]


def test_period_selector_switches(page: Page) -> None:
    pos_before = page.js("ctnet.network.getPositions(['A','B'])")
    page.page.select_option("#ctnet-period", "2")
    assert page.js("network.body.data.nodes.length") == 2
    assert page.js("network.body.data.edges.length") == 1
    assert page.js("ctnet.network.getPositions(['A','B'])") == pos_before  # positions aligned
    legend = page.js("document.getElementById('ctnet-legend').textContent")
    assert "government" in legend and "donor" not in legend  # C (the donor), D and E are gone
    assert "other" not in legend.replace("Colour", "")
    page.page.select_option("#ctnet-period", "0")
    assert page.js("network.body.data.nodes.length") == 5


def test_png_button(page: Page) -> None:
    with page.page.expect_download() as dl:
        page.page.click("#ctnet-png")
    assert dl.value.suggested_filename == "network.png"
    url = page.js("ctnet.lastPng")
    assert url.startswith("data:image/png;base64,") and len(url) > 2000


def test_large_graph_draws(context, tmp_path: Path) -> None:
    """2,000 actors / ~20,000 edges: drawn, every node present, a click selects (time: benchmarks/)."""
    from ctnet.network import network_from_events
    from ctnet.viz.html import to_html

    rng = np.random.default_rng(0)
    events = [(f"e{e}", f"a{a:04d}") for e in range(6000) for a in rng.choice(2000, rng.integers(2, 5), replace=False)]
    net = network_from_events(events)
    table = net.actors[["actor_id", "n_docs"]].assign(community=0)
    path = to_html(net, tmp_path / "big.html", table=table, size_by="n_docs")
    p = Page(context, path)
    try:
        assert p.js("network.body.data.nodes.length") == net.n_actors == 2000
        assert p.js("network.body.data.edges.length") == net.n_edges
        p.page.wait_for_timeout(500)
        assert p.errors == []
        node = p.js("ctnet.network.body.data.nodes.getIds()[0]")
        x, y = _node_dom(p, node)
        p.page.mouse.click(x, y)
        assert len(p.js("ctnet.network.getSelectedNodes()")) == 1
    finally:
        p.page.close()

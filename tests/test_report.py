"""Metric tables (LaTeX, Markdown), the methods paragraph and index.html."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from ctnet.errors import InvalidParameterError
from ctnet.viz.report import (
    latex_escape,
    methods_paragraph,
    metrics_table_md,
    metrics_table_tex,
    write_report,
)

NASTY = "R&D 100% $5 #1 a_b {x} ~y ^z \\w"


@pytest.fixture()
def table() -> pd.DataFrame:
    return pd.DataFrame({
        "actor_id": ["a", "b", "c", "d"],
        "name": [NASTY, "UNODC", "<script>alert(1)</script>", "Kenya"],
        "type": ["ngo", "un_agency", "other", "government"],
        "pagerank": [0.1, 0.4, 0.2, 0.3],
        "pagerank_lo": [0.05, 0.3, 0.1, 0.25],
        "pagerank_hi": [0.15, 0.5, 0.3, 0.35],
        "degree": [1, 3, 2, 2],
        "community": [0, 0, 1, 1],
        "community_stability": [1.0, 0.8, 0.6, 0.6],
    })


def test_latex_escape_every_special() -> None:
    assert latex_escape(NASTY) == (r"R\&D 100\% \$5 \#1 a\_b \{x\} \textasciitilde{}y "
                                   r"\textasciicircum{}z \textbackslash{}w")


def test_tex_rows_ranked_with_intervals(table: pd.DataFrame) -> None:
    tex = metrics_table_tex(table, measures=("pagerank", "degree"), top_k=3)
    body = tex.split(r"\midrule")[1].split(r"\bottomrule")[0].strip().splitlines()
    assert body == [
        r"1 & UNODC & un\_agency & 0.4000 [0.3000, 0.5000] & 3 \\",
        r"2 & Kenya & government & 0.3000 [0.2500, 0.3500] & 2 \\",
        r"3 & <script>alert(1)</script> & other & 0.2000 [0.1000, 0.3000] & 2 \\",
    ]
    assert r"\toprule" in tex and "booktabs" not in tex  # the preamble is the user's
    assert "95\\% bootstrap intervals" in tex


def test_tex_compiles_when_latex_present(table: pd.DataFrame, tmp_path: Path) -> None:
    exe = shutil.which("pdflatex")
    if exe is None:
        pytest.skip("pdflatex is not installed")
    tex = metrics_table_tex(table, measures=("pagerank", "degree"), top_k=4)
    doc = "\\documentclass{article}\\usepackage{booktabs}\\usepackage[T1]{fontenc}\\begin{document}\n" \
          + tex + "\\end{document}\n"
    (tmp_path / "t.tex").write_text(doc, encoding="utf-8")
    r = subprocess.run([exe, "-interaction=nonstopmode", "-halt-on-error", "t.tex"], check=False, cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout[-2000:]


def test_md_table(table: pd.DataFrame) -> None:
    md = metrics_table_md(table, measures=("degree",), top_k=4)
    lines = md.strip().splitlines()
    assert lines[0] == "| Rank | Actor | Type | Degree |"
    # ties on degree (c, d = 2) broken by actor id
    assert [ln.split(" | ")[1] for ln in lines[2:]] == [
        "UNODC", "&lt;script&gt;alert(1)&lt;/script&gt;", "Kenya", r"R&D 100% $5 \#1 a\_b {x} ~y ^z \\w"]


def test_bad_measures(table: pd.DataFrame) -> None:
    with pytest.raises(InvalidParameterError, match="measures"):
        metrics_table_tex(table, measures=("nope",), top_k=3)
    with pytest.raises(InvalidParameterError, match="top_k"):
        metrics_table_md(table, measures=("degree",), top_k=0)


def test_methods_paragraph_states_the_run() -> None:
    params = {"weight": "cosine", "unit": "sentence", "community": "leiden", "resolution": 1.5, "seed": 9,
              "backbone": "hypergeometric", "alpha": 0.01, "bootstrap": 200}
    summary = {"n_documents": 120, "n_actors": 40, "n_edges": 77, "modularity": 0.41234, "n_communities": 5,
               "ctnet_version": "9.9.9",
               "community_stability": {"runs": 10, "mean_nmi": 0.95, "mean_ari": 0.9}}
    text = methods_paragraph(params, summary)
    para, refs = text.split("\n\nReferences\n")
    for needle in ("ctnet 9.9.9", "same sentence", "cosine", "Salton & McGill 1983", "1/w_ij", "Leiden",
                   "resolution 1.5", "seed 9", "Q = 0.412", "5 communities", "Tumminello et al. 2011",
                   "0.01", "200 resamples", "10 runs", "mean NMI 0.950", "120 press releases",
                   "40 actors and 77 edges"):
        assert needle in para, needle
    assert "Salton, G., & McGill" in refs and "Traag, V. A." in refs and "Blondel" not in refs
    # defaults: document units, count weights, Louvain
    text2 = methods_paragraph({}, {"modularity": 0.3})
    assert "same press release (document)" in text2 and "Breiger 1974" in text2 and "Louvain" in text2
    assert "bootstrap" not in text2.lower()


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if tag == "a" and d.get("href"):
            self.hrefs.append(d["href"] or "")
        if d.get("src"):
            self.srcs.append(d["src"] or "")
        if tag == "script":
            self.scripts += 1


def test_write_report(table: pd.DataFrame, tmp_path: Path) -> None:
    files = ["actors.csv", "network.html", "network.png", "centrality.png", "periods/2024/actors.csv"]
    p = write_report(tmp_path, summary={"n_documents": 3, "n_actors": 4, "modularity": 0.2,
                                        "warnings": ["<b>careful</b>"]},
                     table=table, communities=table[["actor_id", "community"]], manifest={
                         "version": "1.0", "timestamp": "2026-01-01T00:00:00Z", "inputs": [{"name": "x.txt", "bytes": 3, "sha256": "ab"}]},
                     params={"seed": 1}, files=files, evaluation="precision 0.9 <tag>",
                     stability={"runs": 10, "mean_nmi": 0.9})
    text = p.read_text(encoding="utf-8")
    c = _Collect()
    c.feed(text)
    assert c.scripts == 0  # the script-like actor name is escaped text
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>careful</b>" not in text
    assert set(files) <= {h for h in c.hrefs if not h.startswith("#")}
    assert sorted(c.srcs) == ["centrality.png", "network.png"]
    assert not any(re.match(r"https?:", h) for h in c.hrefs + c.srcs)
    assert "precision 0.9 &lt;tag&gt;" in text
    assert "methods.txt" in text and "Communities were detected" in text
    # top actors table is ranked by pagerank
    assert text.index("UNODC") < text.index("Kenya") < text.index("&lt;script&gt;")
    # the run's timestamp stays in manifest.json: the report is the same for two runs
    assert "2026-01-01T00:00:00Z" not in text and "1.0" in text

"""The command line as a user runs it: exit codes, messages, and each command's output."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ctnet", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)


def test_version_matches_metadata():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"ctnet {version('ctnet')}"


def test_help_explains_each_option():
    r = run("analyze", "--help")
    assert r.returncode == 0
    for opt in ["--seed", "--size-by", "--min-weight", "--weight", "--unit", "--community", "--resolution",
                "--gazetteer", "--exclude", "--level", "--exclude-publisher", "--by", "--backbone", "--alpha",
                "--bootstrap", "--jobs", "--engine", "--force", "--quiet", "--debug", "--events", "--config"]:
        assert opt in r.stdout, opt


def test_bad_option_value_is_a_usage_error_listing_valid_values(tmp_path):
    r = run("analyze", "seeds", "-o", str(tmp_path / "o"), "--weight", "bogus")
    assert r.returncode == 2
    assert "'count'" in r.stderr and "'jaccard'" in r.stderr
    r = run("analyze", "seeds", "-o", str(tmp_path / "o"), "--unit", "window:0")
    assert r.returncode == 2 and "window:K" in r.stderr


def test_missing_input_is_one_line_exit_1(tmp_path):
    r = run("analyze", str(tmp_path / "nope"), "-o", str(tmp_path / "o"))
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1
    assert "nope" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "o").exists()


def test_analyze_seeds_prints_top_actors(tmp_path):
    out = tmp_path / "out"
    r = run("analyze", "seeds", "-o", str(out), "--stability-runs", "2")
    assert r.returncode == 0, r.stderr
    assert "top actors by pagerank" in r.stdout
    assert (out / "actors.csv").is_file()
    top_line = r.stdout.splitlines()[2]
    actors = pd.read_csv(out / "actors.csv", keep_default_na=False)
    best = actors.sort_values(["pagerank", "actor_id"], ascending=[False, True]).iloc[0]
    assert best["actor_id"] in top_line


def test_explain_shows_the_linking_sentences():
    r = run("explain", "UNODC", "European Union", "seeds")
    assert r.returncode == 0, r.stderr
    assert "000_f48852a0b3314d0d" in r.stdout
    assert "Thanks to the financial support of the European Union" in r.stdout


def test_explain_unknown_actor_is_an_input_error():
    r = run("explain", "UNODC", "No Such Agency", "seeds")
    assert r.returncode == 1 and "No Such Agency" in r.stderr


def test_actors_csv_round_trips_as_a_gazetteer(tmp_path):
    csv_path = tmp_path / "found.csv"
    r = run("actors", "seeds", "--format", "csv", "-o", str(csv_path))
    assert r.returncode == 0, r.stderr
    table = pd.read_csv(csv_path, keep_default_na=False)
    assert {"id", "name", "type", "country", "parent", "aliases", "n_docs"} <= set(table.columns)
    assert "unodc" in set(table["id"])
    # fed back as a user gazetteer, it loads and gives the same actors
    r2 = run("actors", "seeds", "--format", "csv", "--gazetteer", str(csv_path))
    assert r2.returncode == 0, r2.stderr
    from io import StringIO

    again = pd.read_csv(StringIO(r2.stdout), keep_default_na=False)
    assert set(again["id"]) == set(table["id"])


def test_evaluate_prints_scores():
    gold = ROOT / "tests" / "data" / "eval" / "seeds" / "gold.jsonl"
    r = run("evaluate", "seeds", "--gold", str(gold))
    assert r.returncode == 0, r.stderr
    low = r.stdout.lower()
    assert "precision" in low and "recall" in low and "f1" in low


def test_evaluate_lists_not_actor_hits(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Title\nOfficials from Kenya met UNODC. UNODC Photo.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "actors": [{"name": "UNODC", "aliases": ["UNODC"]}]}\n', encoding="utf-8")
    na = tmp_path / "na.jsonl"
    na.write_text('{"id": "a", "not_actors": [{"string": "Kenya", "category": "country_or_place_not_acting"}]}\n',
                  encoding="utf-8")
    r = run("evaluate", str(docs), "--gold", str(gold), "--not-actors", str(na))
    assert r.returncode == 0, r.stderr
    assert "not-actor strings predicted: 1" in r.stdout and "Kenya" in r.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = run("evaluate", str(docs), "--gold", str(gold), "--not-actors", str(bad))
    assert r.returncode != 0 and "bad.jsonl" in r.stderr and "Traceback" not in r.stderr


def test_events_and_input_together_is_a_usage_error(tmp_path):
    ev = tmp_path / "e.csv"
    ev.write_text("event_id,actor\n1,A\n1,B\n")
    r = run("analyze", "seeds", "--events", str(ev), "-o", str(tmp_path / "o"))
    assert r.returncode == 2

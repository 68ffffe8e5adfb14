"""--engine dask: sharded reading and extraction on a Dask LocalCluster equal the local engine exactly."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import Client, LocalCluster

from ctnet.actors import Actor, Gazetteer, extract_actors
from ctnet.corpus import ReadLog, iter_documents, read_corpus
from ctnet.distributed import extract_dask, run_dask, shard_input
from ctnet.errors import CorpusError, CtnetError, InvalidParameterError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = Path(__file__).resolve().parent / "data" / "eval" / "dev"

TEXTS = [
    "UNODC and the Government of Kenya opened a training centre in Nairobi.",
    "Nothing here names an organisation.",
    ("With the financial support of Germany, IOM trained border officers of the Ministry of Interior "
     "of Mozambique. The Ministry of Interior of Mozambique thanked IOM."),
    "The National Counter Terrorism Centre (NCTC) met UNOCT. NCTC officers attended.",
    "The European Union (EU) funds the project. The EU and UNDP signed an agreement.",
    "INTERPOL, UNODC and the African Union held a meeting in Addis Ababa on 3 May 2023.",
]


@pytest.fixture(scope="module")
def client():
    """Two in-process workers over TCP (so a `ctnet` subprocess can reach the scheduler too)."""
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                           dashboard_address=None)
    c = Client(cluster, timeout=20)
    yield c
    c.close()
    cluster.close()


def assert_same(a, b) -> None:
    for name in ("table", "actors", "documents", "sentences"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True, obj=name)


def write_jsonl_shards(folder: Path, n_shards: int = 4, per_shard: int = 5, ids: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    k = 0
    for s in range(n_shards):
        with open(folder / f"part-{s:03d}.jsonl", "w", encoding="utf-8") as f:
            for _ in range(per_shard):
                row = {"text": TEXTS[k % len(TEXTS)], "title": f"Release {k}", "date": f"2023-0{1 + k % 9}-01"}
                if ids:
                    row = {"id": f"r{k:03d}", **row}
                f.write(json.dumps(row) + "\n")
                k += 1
    return folder


def local(input, gaz=None):
    log = ReadLog()
    m = extract_actors(list(iter_documents(input, log=log)), gazetteer=gaz or Gazetteer.default())
    return m, log


def test_glob_of_jsonl_shards_equals_local(client, tmp_path):
    folder = write_jsonl_shards(tmp_path / "shards")
    pattern = str(folder / "*.jsonl")
    want, want_log = local(pattern)
    log = ReadLog()
    got = extract_dask(pattern, client=client, log=log)
    assert_same(got, want)
    assert got.documents["doc_id"].tolist() == [f"r{k:03d}" for k in range(20)]
    assert log.files == want_log.files and log.warnings == want_log.warnings
    assert len(got.table) > 20


def test_shards_without_ids_get_the_local_prefixed_ids(client, tmp_path):
    folder = write_jsonl_shards(tmp_path / "noid", n_shards=3, per_shard=2, ids=False)
    pattern = str(folder / "*.jsonl")
    got = extract_dask(pattern, client=client)
    assert_same(got, local(pattern)[0])
    assert got.documents["doc_id"].tolist()[:3] == ["part-000:1", "part-000:2", "part-001:1"]


def test_csv_shards_equal_local(client, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    for s in range(3):
        pd.DataFrame({"id": [f"c{s}{i}" for i in range(4)],
                      "text": [TEXTS[(s + i) % len(TEXTS)] for i in range(4)]}).to_csv(folder / f"s{s}.csv", index=False)
    pattern = str(folder / "s*.csv")
    assert_same(extract_dask(pattern, client=client), local(pattern)[0])


def test_folders_with_a_sidecar_equal_local(client, tmp_path):
    for folder in (SEEDS, DEV / "docs"):
        want, want_log = local(folder)
        log = ReadLog()
        got = extract_dask(folder, client=client, files_per_task=4, log=log)
        assert_same(got, want)
        assert log.files == want_log.files and log.warnings == want_log.warnings
    # a sidecar row that matches no file, an empty file and an ignored file: the same warnings
    corpus = tmp_path / "docs"
    shutil.copytree(DEV / "docs", corpus)
    meta = (DEV / "meta.jsonl").read_text(encoding="utf-8") + json.dumps({"id": "zzz", "title": "x"}) + "\n"
    (corpus / "meta.jsonl").write_text(meta, encoding="utf-8")
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    want, want_log = local(corpus)
    log = ReadLog()
    assert_same(extract_dask(corpus, client=client, files_per_task=3, log=log), want)
    assert log.warnings == want_log.warnings and len(log.warnings) == 3


def test_a_user_gazetteer_is_used_on_the_workers(client, tmp_path):
    g = Gazetteer.from_records([Actor("zz-alpha", "Alpha Bureau of Testing", "other", aliases=("ABT",))])
    folder = tmp_path / "g"
    folder.mkdir()
    for s in range(3):
        (folder / f"p{s}.jsonl").write_text(json.dumps({"id": f"x{s}", "text": "The ABT met UNODC."}) + "\n")
    got = extract_dask(str(folder / "*.jsonl"), gazetteer=g, client=client)
    assert_same(got, local(str(folder / "*.jsonl"), g)[0])
    assert set(got.table["actor_id"]) == {"zz-alpha"}


def test_partial_cooccurrence_sums_to_the_local_network(client, tmp_path):
    from ctnet.network import build_network

    pattern = str(write_jsonl_shards(tmp_path / "co", n_shards=5, per_shard=7) / "*.jsonl")
    run = run_dask(pattern, client=client)
    net = build_network(local(pattern)[0])  # unit=document, weight=count: C off the diagonal
    assert run.actor_ids == net.actor_ids
    C = run.cooccurrence.tolil()
    C.setdiag(0)
    C = C.tocsr()
    C.eliminate_zeros()
    assert (C != net.weights).nnz == 0 and C.nnz > 10
    assert run.cooccurrence.diagonal().tolist() == net.actors["n_docs"].astype(float).tolist()
    # by hand, 35 releases cycling over 6 texts: UNODC in texts 0 and 5 (6 + 5 releases), IOM in text 2 (6)
    i, j = run.actor_ids.index("unodc"), run.actor_ids.index("iom")
    assert run.cooccurrence[i, i] == 11 and run.cooccurrence[j, j] == 6 and run.cooccurrence[i, j] == 0


def test_shard_input_cuts_tables_and_text_batches(tmp_path):
    assert [len(t) for t in shard_input(SEEDS, files_per_task=2).tasks] == [2, 2, 1]
    folder = write_jsonl_shards(tmp_path / "s", n_shards=3, per_shard=1)
    s = shard_input(str(folder / "*.jsonl"))
    assert s.kind == "files" and s.n_tables == 3 and [len(t) for t in s.tasks] == [1, 1, 1]
    assert s.files == sorted(str(p) for p in folder.glob("*.jsonl"))


def test_duplicate_ids_across_shards_are_one_error(client, tmp_path):
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "same", "text": "UNODC met."}) + "\n")
    (folder / "b.jsonl").write_text(json.dumps({"id": "other", "text": "IOM met."}) + "\n"
                                    + json.dumps({"id": "same", "text": "IOM met."}) + "\n")
    with pytest.raises(CorpusError) as e:
        extract_dask(str(folder / "*.jsonl"), client=client)
    msg = str(e.value)
    assert "\n" not in msg and "duplicate id 'same'" in msg and "b.jsonl" in msg and "a.jsonl line 1" in msg
    with pytest.raises(CorpusError, match="duplicate id 'same'"):  # the local reader says the same
        read_corpus(str(folder / "*.jsonl"))


def test_a_bad_row_on_a_worker_is_the_local_error(client, tmp_path):
    folder = write_jsonl_shards(tmp_path / "bad", n_shards=3, per_shard=2)
    with open(folder / "part-001.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
    with pytest.raises(CorpusError, match=r"part-001.jsonl: line 3 is not valid JSON"):
        extract_dask(str(folder / "*.jsonl"), client=client)


def test_empty_glob_and_no_usable_release_are_one_line(client, tmp_path):
    with pytest.raises(CorpusError, match="no file matches this pattern") as e:
        extract_dask(str(tmp_path / "nothing" / "*.jsonl"), client=client)
    assert "\n" not in str(e.value)
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "1", "text": "  "}) + "\n")
    with pytest.raises(CorpusError, match="no usable release"):
        extract_dask(str(tmp_path / "e*.jsonl"), client=client)


def test_unreachable_scheduler_is_one_line():
    with pytest.raises(CtnetError) as e:
        extract_dask(SEEDS, scheduler="tcp://127.0.0.1:9", timeout=1)
    msg = str(e.value)
    assert "\n" not in msg and "tcp://127.0.0.1:9" in msg and "dask scheduler" in msg
    with pytest.raises(CtnetError, match="cannot connect to the Dask scheduler at 'no:such:::'"):
        extract_dask(SEEDS, scheduler="no:such:::", timeout=1)


@pytest.mark.parametrize("kwargs, name", [
    ({"scheduler": ""}, "scheduler"), ({"scheduler": 8786}, "scheduler"), ({"gazetteer": "x.csv"}, "gazetteer"),
    ({"timeout": 0}, "timeout"), ({"n_workers": 0}, "n_workers"), ({"files_per_task": 0}, "files_per_task"),
])
def test_bad_options_name_the_parameter(kwargs, name):
    with pytest.raises(InvalidParameterError, match=f"'{name}' parameter"):
        extract_dask(SEEDS, **kwargs)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ctnet", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, check=False)


TABLES = ("actors.csv", "edges.csv", "mentions.csv", "documents.csv", "communities.csv", "summary.json")


def test_cli_engine_dask_writes_the_local_tables(client, tmp_path):
    pattern = str(write_jsonl_shards(tmp_path / "shards", n_shards=4, per_shard=6) / "*.jsonl")
    r = run_cli("analyze", pattern, "-o", str(tmp_path / "local"), "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_cli("analyze", pattern, "-o", str(tmp_path / "dask"), "--quiet", "--engine", "dask",
                "--scheduler", client.scheduler.address)
    assert r.returncode == 0, r.stderr
    for name in TABLES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text())
    assert manifest["options"]["engine"] == "dask"
    assert manifest["options"]["scheduler"] == client.scheduler.address
    local_inputs = json.loads((tmp_path / "local" / "manifest.json").read_text())["inputs"]
    assert manifest["inputs"] == local_inputs  # the same shards, with the same hashes


def test_cli_engine_dask_starts_a_local_cluster_by_default(tmp_path):
    r = run_cli("analyze", str(SEEDS), "-o", str(tmp_path / "local"), "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_cli("analyze", str(SEEDS), "-o", str(tmp_path / "dask"), "--quiet", "--engine", "dask")
    assert r.returncode == 0, r.stderr
    for name in TABLES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_cli_bad_scheduler_is_exit_1_one_line(tmp_path):
    r = run_cli("analyze", str(SEEDS), "-o", str(tmp_path / "o"), "--engine", "dask",
                "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "cannot connect to the Dask scheduler" in lines[0], r.stderr

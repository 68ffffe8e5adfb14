"""``ctnet analyze`` end to end: wall time with start-up included, and how the whole run scales.

* ``ctnet analyze seeds/ -o OUT --force --quiet`` as a user runs it (a fresh ``python -m
  ctnet`` process: interpreter start-up, imports, reading, extraction, network, metrics,
  communities and every output file), best of 3, against the start-up of a bare
  ``python -c "import networkx"`` (the least any networkx tool pays). The target is under
  3 s. The note gives ``import ctnet`` alone.
* scaling: ``analyze(events=...)`` (no files written, community stability off) on synthetic
  event tables of 2,000 and 4,000 releases from a pool of 200 actors (2.0 = linear), best
  of 3 forked calls each (one call varied by up to 50 % on the shared machine), after a small
  warm-up run in the parent, so that no call pays the imports analyze makes on first use. At
  these sizes the exact path measures (betweenness, O(actors x edges)) dominate.

Peak MB of a subprocess is its maximum resident size (``wait4``).

Run: ``.venv/bin/python benchmarks/bench_analyze.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate_events
from run import emit, full_run, measure

ROOT = Path(__file__).resolve().parent.parent


def run_process(args: list[str], repeat: int = 3) -> tuple[float, float]:
    """Best wall time of ``args`` as a fresh process, and its peak resident MB."""
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        p = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode() if p.stderr else ""
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({p.returncode}): {err.strip()[-300:]}")
        if dt < best:
            best, peak = dt, usage.ru_maxrss / 1024
    return best, peak


#: A full build of the cache in a fresh process whose cache files go to another folder
#: (``PYTHONPYCACHEPREFIX``), from the first pattern compiled on: it prints the file written.
_FULL_BUILD = "import ctnet.actors._rxcache as c; print(c.build())"


def patterns_cached() -> str:
    """How many of the extraction rules' compiled patterns the cache (``make bytecode``) holds for the
    current rule sources, out of those a full build makes (``ctnet.actors._rxcache``): "233 of 233",
    "6 of 233" (a cache written by a process that used only some patterns), or "no"."""
    import marshal

    from ctnet.actors import _rxcache

    try:
        with open(_rxcache._FILE, "rb") as f:
            key, entries = marshal.load(f)
    except Exception:  # noqa: BLE001 - no cache, or not one this code can read: not cached
        return "no"
    if key != _rxcache._source_key():
        return "no (made from other sources)"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": tmp,
               "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
        out = subprocess.run([sys.executable, "-c", _FULL_BUILD], check=True, env=env, capture_output=True,
                             text=True).stdout.strip()
        with open(out, "rb") as f:
            _, all_entries = marshal.load(f)
    return f"{len(set(entries) & set(all_entries))} of {len(all_entries)}"


def bytecode_cached() -> bool:
    """True when ctnet's modules have compiled bytecode at least as new as their sources (``make bytecode``).

    Without it, and with ``PYTHONDONTWRITEBYTECODE`` set, every start compiles them again.
    """
    import importlib.util

    for src in (ROOT / "ctnet").rglob("*.py"):
        pyc = Path(importlib.util.cache_from_source(str(src)))
        if not pyc.exists() or pyc.stat().st_mtime < src.stat().st_mtime:
            return False
    return True


def main() -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out")
        cli = [py, "-m", "ctnet", "analyze", "seeds", "-o", out, "--force", "--quiet"]
        one = [py, "-c", f"from ctnet.pipeline import analyze; analyze('seeds', {out!r}, force=True, quiet=True)"]
        t_run = t_one = float("inf")
        m_run = m_one = 0.0
        for _ in range(5):  # alternate, so that both meet the same load
            t, m = run_process(cli, repeat=1)
            t_run, m_run = min((t_run, m_run), (t, m))
            t, m = run_process(one, repeat=1)
            t_one, m_one = min((t_one, m_one), (t, m))
    t_nx, m_nx = run_process([py, "-c", "import networkx"], repeat=5)
    t_imp, _ = run_process([py, "-c", "import ctnet"], repeat=5)
    load = os.getloadavg()[0]
    cached = bytecode_cached()
    emit(bench="analyze", case="seeds/ (5 releases), fresh process", ctnet="ctnet analyze seeds/ -o OUT",
         seconds=t_run, peak_mb=m_run, baseline='python -c "import networkx"', baseline_seconds=t_nx,
         baseline_peak_mb=m_nx, note=f"target < 3 s; import ctnet alone {t_imp:.2f} s; {os.cpu_count()} cores, "
                                     f"load average {load:.1f}; bytecode cached: {'yes' if cached else 'no'}; "
                                     f"patterns cached: {patterns_cached()}; "
                                     f"peak MB of the main process")
    emit(bench="analyze", case="seeds/, figures in a forked worker vs in the one process",
         ctnet="ctnet analyze seeds/ -o OUT", seconds=t_run, peak_mb=m_run,
         baseline="analyze('seeds', OUT) in one process", baseline_seconds=t_one, baseline_peak_mb=m_one,
         note="fresh processes, alternated, best of 5 each")

    from ctnet.pipeline import analyze

    n = 8_000 if full_run() else 4_000
    # one small run first, so that the modules analyze imports on first use are loaded before the
    # forked calls (else each call pays those imports, a fixed cost that hides how the time grows)
    analyze(events=generate_events(100, seed=1), write=False, quiet=True, stability_runs=0)
    times = {}
    for size in (n // 2, n):
        events = generate_events(size, seed=42)
        times[size] = measure(lambda ev=events: analyze(events=ev, write=False, quiet=True, stability_runs=0),
                              repeat=3)
        n_actors = events["actor"].nunique()
    emit(bench="analyze", case=f"scaling {n // 2:,} -> {n:,} releases ({n_actors:,} actors at {n:,})",
         ctnet=f"analyze(events) at {n:,}", seconds=times[n][0], peak_mb=times[n][1],
         baseline=f"analyze(events) at {n // 2:,}", baseline_seconds=times[n // 2][0],
         baseline_peak_mb=times[n // 2][1], note="no files written; best of 3 each; ratio 2.0 = linear")


if __name__ == "__main__":
    main()

"""Run every ``benchmarks/bench_*.py`` and print one table of figures and ratios.

Each benchmark runs as its own process. A benchmark reports a row by printing one line
``BENCH {json}`` on standard output, with the keys of :data:`COLUMNS` (missing keys are
left blank); :func:`emit` does this. Other output lines of a benchmark are shown under
the table, so scripts that print plain text still appear. Nothing asserts on time: the
figures are measurements, and each ratio compares ctnet with a baseline measured in the
same run on the same data.

Run::

    .venv/bin/python benchmarks/run.py                  # default sizes (a few minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --full           # adds 1M releases (CTNET_BENCH_FULL=1)
    .venv/bin/python benchmarks/run.py network metrics  # only bench_network.py and bench_metrics.py
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["COLUMNS", "emit", "full_run", "main", "measure"]

HERE = Path(__file__).resolve().parent
#: Keys of a BENCH row, in table order.
COLUMNS = ["bench", "case", "ctnet", "seconds", "peak_mb", "baseline", "baseline_seconds",
           "baseline_peak_mb", "ratio", "note"]
_HEAD = ["bench", "case", "ctnet", "s", "peak MB", "baseline", "s", "peak MB", "ratio", "note"]


def full_run() -> bool:
    """True when the large sizes were asked for (``--full`` or ``CTNET_BENCH_FULL=1``)."""
    return os.environ.get("CTNET_BENCH_FULL", "") not in ("", "0")


def emit(**row: Any) -> None:
    """Print one table row as ``BENCH {json}`` (``ratio`` is filled from the seconds if absent)."""
    if "ratio" not in row and row.get("seconds") and row.get("baseline_seconds"):
        row["ratio"] = row["seconds"] / row["baseline_seconds"]
    print("BENCH " + json.dumps(row, default=str), flush=True)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _trim() -> None:
    """Give freed heap pages back to the OS, so the child's start size is its live data."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        pass


def _hwm_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover


def _child(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        import gc

        gc.collect()
        _trim()
        with open("/proc/self/clear_refs", "w") as f:  # reset the high-water mark
            f.write("5")
        start_rss = _rss_mb()
        t = time.perf_counter()
        fn(*args)
        dt = time.perf_counter() - t
        peak = _hwm_mb()
        conn.send((dt, max(peak - start_rss, 0.0), None))
    except BaseException as e:  # noqa: BLE001 - report any failure, never hang the parent
        conn.send((None, None, f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def measure(fn: Callable[..., Any], *args: Any, repeat: int = 1) -> tuple[float, float]:
    """Time ``fn(*args)`` in a forked child; return (best seconds, peak extra memory in MB).

    The child is forked after the inputs are built, so the memory figure is the peak
    resident memory the call needed on top of its inputs (the high-water mark of the
    child minus its resident size when the call started). Linux only.
    """
    ctx = mp.get_context("fork")
    best_t, best_m = float("inf"), 0.0
    for _ in range(repeat):
        parent, child = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_child, args=(child, fn, args))
        p.start()
        child.close()
        dt, mem, err = parent.recv()
        p.join()
        if err is not None:
            raise RuntimeError(f"benchmark call failed: {err}")
        if dt < best_t:
            best_t, best_m = dt, mem
    return best_t, best_m


def _fmt(v: Any, key: str) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, float):
        if key == "ratio":
            return f"{v:.2f}x"
        if "mb" in key:
            return f"{v:.0f}"
        return f"{v:.3f}" if v < 10 else f"{v:.1f}"
    return str(v)


def _table(rows: list[dict[str, Any]]) -> str:
    cells = [[_fmt(r.get(k), k) for k in COLUMNS] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(_HEAD)]
    numeric = {3, 4, 6, 7, 8}
    lines = [" | ".join(h.ljust(w) for h, w in zip(_HEAD, widths)),
             "-|-".join("-" * w for w in widths)]
    for c in cells:
        lines.append(" | ".join(v.rjust(w) if i in numeric else v.ljust(w)
                                for i, (v, w) in enumerate(zip(c, widths))))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run the ctnet benchmarks and print one table.")
    ap.add_argument("only", nargs="*", help="benchmark names to run (network, metrics, ...); default all")
    ap.add_argument("--full", action="store_true", help="include the 1M-release sizes")
    a = ap.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if a.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in a.only]
    env = dict(os.environ)
    if a.full:
        env["CTNET_BENCH_FULL"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(HERE.parent), env.get("PYTHONPATH", "")])
    rows: list[dict[str, Any]] = []
    other: list[str] = []
    failed = 0
    t0 = time.perf_counter()
    for script in scripts:
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=False,
                              cwd=HERE.parent)
        for line in proc.stdout.splitlines():
            if line.startswith("BENCH "):
                row = json.loads(line[6:])
                row.setdefault("bench", script.stem.removeprefix("bench_"))
                rows.append(row)
            elif line.strip():
                other.append(f"[{script.stem}] {line}")
        if proc.returncode != 0:
            failed += 1
            last = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
            other.append(f"[{script.stem}] FAILED (exit {proc.returncode}): {last}")
        print(f"  done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    cpu = os.cpu_count()
    print(f"ctnet benchmarks: {platform.python_implementation()} {platform.python_version()}, "
          f"{cpu} cores, {platform.machine()}, total {time.perf_counter() - t0:.0f} s"
          + (", full sizes" if a.full else ""))
    print("ratio = ctnet seconds / baseline seconds (below 1: ctnet is faster); "
          "peak MB = extra resident memory of the call over its inputs")
    print(_table(rows))
    if other:
        print()
        print("\n".join(other))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

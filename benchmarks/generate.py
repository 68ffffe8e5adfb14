"""Synthetic corpora for the benchmarks: event tables and release texts with Zipf actor frequencies.

Actor frequencies are heavy-tailed, as in real release archives (a few agencies and
governments in most releases, a long tail named once or twice): actor ``k`` (1-based
rank) is drawn with probability proportional to ``k ** -zipf``. The number of distinct
actors per release is ``1 + Poisson(mean_actors - 1)``, capped by the number of actors.

* Event tables (``event_id, actor``): actor names are the registry's canonical names
  (``ctnet/data/actors.csv`` and ``countries.csv``, read with :mod:`csv`) followed by
  synthetic names ``Actor 000123`` up to ``n_actors``.
* Release texts: sentences from templates filled with registry aliases (a random alias
  of each drawn actor), about 2 kB per release, written as JSONL shards
  (``id, title, date, text``), 10,000 releases per shard.

Everything is seeded; the same arguments give byte-identical files.

Run::

    .venv/bin/python benchmarks/generate.py                    # 1k and 100k event tables, 2k texts
    .venv/bin/python benchmarks/generate.py --full             # adds 1M releases / 50k actors
    .venv/bin/python benchmarks/generate.py --releases 5000 --texts 5000 --out /tmp/bench

Files go to ``benchmarks/data/`` (gitignored).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "DATA",
    "SHARD_SIZE",
    "generate_events",
    "generate_texts",
    "registry_aliases",
    "write_events",
    "write_texts",
]

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARD_SIZE = 10_000

_FALLBACK = [  # used only when the registry files are missing
    ("unodc", ["United Nations Office on Drugs and Crime", "UNODC"]),
    ("iom", ["International Organization for Migration", "IOM"]),
    ("eu", ["European Union", "EU"]),
    ("unoct", ["United Nations Office of Counter-Terrorism", "UNOCT"]),
    ("interpol", ["INTERPOL"]),
]


def _split(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def registry_aliases() -> list[tuple[str, list[str]]]:
    """(canonical name, aliases) of the shipped registry: actors.csv, then governments of countries.csv.

    Agencies come first in file order (the most frequent ranks); governments follow in a
    fixed shuffled order.

    Returns
    -------
    list of (str, list of str)
        In file order; the first alias is the canonical name.
    """
    out: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    actors = ROOT / "ctnet" / "data" / "actors.csv"
    if actors.is_file():
        with open(actors, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                name = (row.get("name") or "").strip()
                if not name or name in seen:
                    continue
                seen.add(name)
                aliases = [name] + [a for a in _split(row.get("aliases")) if a != name]
                out.append((name, aliases))
    countries = ROOT / "ctnet" / "data" / "countries.csv"
    if countries.is_file():
        with open(countries, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        # governments in a fixed shuffled order, so Zipf ranks are not alphabetical
        for r in np.random.default_rng(0).permutation(len(rows)).tolist():
            row = rows[r]
            name = (row.get("government_name") or "").strip()
            if not name or name in seen:
                continue
            seen.add(name)
            extra = [a for a in _split(row.get("government_aliases")) if a.isascii()]
            out.append((name, [name] + extra[:3]))
    if not out:
        out = [(aliases[0], aliases) for _, aliases in _FALLBACK]
    return out


def _zipf_draws(rng: np.random.Generator, n_releases: int, n_actors: int, mean_actors: float,
                zipf: float) -> tuple[np.ndarray, np.ndarray]:
    """(release index, actor rank) pairs, distinct within each release, sorted by release."""
    k = np.arange(1, n_actors + 1, dtype=np.float64)
    p = k ** -zipf
    p /= p.sum()
    sizes = np.minimum(1 + rng.poisson(max(mean_actors - 1.0, 0.0), n_releases), n_actors)
    # oversample, then keep the first draws that are distinct within each release
    over = np.maximum(sizes * 3, sizes + 8)
    rel = np.repeat(np.arange(n_releases, dtype=np.int64), over)
    act = rng.choice(n_actors, size=rel.size, p=p).astype(np.int64)
    pos = np.arange(rel.size) - np.repeat(np.cumsum(over) - over, over)  # draw order within release
    key = rel * n_actors + act
    _, first = np.unique(key, return_index=True)
    first.sort()
    rel, act, pos = rel[first], act[first], pos[first]
    # rank of each distinct draw within its release, keep the first `size`
    starts = np.searchsorted(rel, np.arange(n_releases))
    rank = np.arange(rel.size) - starts[rel]
    keep = rank < sizes[rel]
    del pos
    return rel[keep], act[keep]


def generate_events(n_releases: int, *, n_actors: int | None = None, mean_actors: float = 6.0,
                    zipf: float = 1.1, seed: int = 42) -> pd.DataFrame:
    """An event table with Zipf actor frequencies.

    Parameters
    ----------
    n_releases : int
    n_actors : int, optional
        Size of the actor pool; default ``min(50_000, max(200, n_releases // 20))``.
    mean_actors : float, default 6.0
        Mean number of distinct actors per release.
    zipf : float, default 1.1
        The Zipf exponent of actor frequencies.
    seed : int, default 42

    Returns
    -------
    DataFrame
        Columns ``event_id`` (``r0000001``...) and ``actor`` (names), sorted by event.

    Examples
    --------
    >>> ev = generate_events(100, n_actors=50, seed=1)
    >>> list(ev.columns), ev["event_id"].nunique() == 100
    (['event_id', 'actor'], True)
    """
    if n_actors is None:
        n_actors = min(50_000, max(200, n_releases // 20))
    rng = np.random.default_rng(seed)
    rel, act = _zipf_draws(rng, n_releases, n_actors, mean_actors, zipf)
    names = [name for name, _ in registry_aliases()][:n_actors]
    names += [f"Actor {i:06d}" for i in range(len(names), n_actors)]
    width = len(str(n_releases))
    event_names = np.array([f"r{i:0{width}d}" for i in range(n_releases)], dtype=object)
    return pd.DataFrame({"event_id": event_names[rel], "actor": np.array(names, dtype=object)[act]})


_OPENERS = [
    "{A} and {B} held a joint workshop on border management in {P}.",
    "With the financial support of {A}, {B} trained forty officers in {P}.",
    "{A} welcomed the new partnership with {B} on countering violent extremism.",
    "Representatives of {A}, {B} and {C} met in {P} to review the national action plan.",
    "The project, funded by {A}, is implemented by {B} in close cooperation with {C}.",
    "{A} signed a memorandum of understanding with {B} on data sharing.",
    "Officials from {A} presented the results of the assessment to {B}.",
    "{A} thanked {B} for its continued commitment to the rule of law.",
]
_FILLER = [
    "The training covered investigation techniques, human rights standards and case management.",
    "Participants discussed lessons learned and the next steps for the coming year.",
    "The activity is part of a regional programme that started in 2021.",
    "Follow-up sessions are planned for the second half of the year.",
    "More than sixty practitioners took part in the three-day event.",
    "The meeting concluded with a set of recommendations adopted by consensus.",
]
_PLACES = ["Nairobi", "Maputo", "Vienna", "Dakar", "Tunis", "Amman", "Bangkok", "Panama City", "Kampala"]


def generate_texts(n_releases: int, *, mean_actors: float = 5.0, zipf: float = 1.1,
                   seed: int = 42) -> list[dict[str, str]]:
    """Release texts built from registry aliases in sentence templates (about 2 kB each).

    Parameters
    ----------
    n_releases : int
    mean_actors : float, default 5.0
        Mean number of distinct registry actors per release.
    zipf : float, default 1.1
    seed : int, default 42

    Returns
    -------
    list of dict
        ``{"id", "title", "date", "text"}`` per release.

    Examples
    --------
    >>> docs = generate_texts(3, seed=1)
    >>> len(docs), sorted(docs[0])
    (3, ['date', 'id', 'text', 'title'])
    """
    reg = registry_aliases()
    rng = np.random.default_rng(seed)
    rel, act = _zipf_draws(rng, n_releases, len(reg), mean_actors, zipf)
    starts = np.searchsorted(rel, np.arange(n_releases + 1))
    width = len(str(n_releases))
    docs = []
    for i in range(n_releases):
        ranks = act[starts[i]:starts[i + 1]].tolist()
        surfaces = []
        for r in ranks:
            aliases = reg[r][1]
            surfaces.append(aliases[int(rng.integers(len(aliases)))])
        paras = []
        j = 0
        n_par = int(rng.integers(4, 8))
        for _ in range(n_par):
            sents = []
            if j < len(surfaces) or rng.random() < 0.5:
                tpl = _OPENERS[int(rng.integers(len(_OPENERS)))]
                pick = [surfaces[(j + t) % len(surfaces)] for t in range(3)] if surfaces else ["", "", ""]
                j += tpl.count("{") - tpl.count("{P}")
                sents.append(tpl.format(A=pick[0], B=pick[1], C=pick[2],
                                        P=_PLACES[int(rng.integers(len(_PLACES)))]))
            for _ in range(int(rng.integers(2, 5))):
                sents.append(_FILLER[int(rng.integers(len(_FILLER)))])
            paras.append(" ".join(sents))
        month = 1 + i % 12
        title = f"Partners meet on regional cooperation, release {i}"
        date = f"2023-{month:02d}-{1 + i % 28:02d}"
        text = title + "\n\n" + date + "\n\n" + "\n\n".join(paras) + "\n"
        docs.append({"id": f"t{i:0{width}d}", "title": title, "date": date, "text": text})
    return docs


def write_events(n_releases: int, out: Path = DATA, **kwargs: object) -> Path:
    """Write ``events_<n>.csv`` (regenerated only when missing) and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"events_{n_releases}.csv"
    if not path.exists():
        df = generate_events(n_releases, **kwargs)  # type: ignore[arg-type]
        tmp = path.with_suffix(".tmp")
        df.to_csv(tmp, index=False)
        tmp.replace(path)
    return path


def write_texts(n_releases: int, out: Path = DATA, *, shard_size: int = SHARD_SIZE,
                **kwargs: object) -> Path:
    """Write ``texts_<n>/part-NNNNN.jsonl`` shards (regenerated only when missing); return the folder."""
    folder = out / f"texts_{n_releases}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    docs = generate_texts(n_releases, **kwargs)  # type: ignore[arg-type]
    for k in range(0, len(docs), shard_size):
        with open(folder / f"part-{k // shard_size:05d}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs[k:k + shard_size])
    done.touch()
    return folder


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--releases", type=int, nargs="*", default=None,
                    help="event-table sizes (default 1000 100000; --full adds 1000000)")
    ap.add_argument("--texts", type=int, nargs="*", default=[2000], help="text corpus sizes (default 2000)")
    ap.add_argument("--full", action="store_true", help="also 1M releases / 50k actors")
    ap.add_argument("--out", type=Path, default=DATA)
    a = ap.parse_args(argv)
    sizes = a.releases if a.releases is not None else [1000, 100_000] + ([1_000_000] if a.full else [])
    for n in sizes:
        print(write_events(n, a.out))
    for n in a.texts:
        print(write_texts(n, a.out))


if __name__ == "__main__":
    main()

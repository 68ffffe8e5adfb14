"""A corpus sliced by year: one network per year, and how each actor's measures change.

examples/data/releases.jsonl holds 20 dated releases (2013-2023). ``ctnet.analyze(...,
by="year")`` builds the whole-corpus network and one network per year from the releases
dated in that year (releases without a date are in the whole network only), measures each,
and writes ``metrics_over_time.csv`` (one row per actor and period) and
``metrics_over_time.png`` next to the usual outputs. With ``cumulative=True`` each period
would include all earlier releases.

Run from the repository root:  python examples/over_time.py [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import ctnet

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "data" / "releases.jsonl"


def main(out: Path) -> int:
    res = ctnet.analyze(CORPUS, out, by="year", force=True, quiet=True)
    docs = res.mentions.documents
    undated = int((docs["date"].astype(str).str.strip() == "").sum()) if "date" in docs else 0
    print(f"{res.summary['n_documents']} releases ({undated} undated), "
          f"{len(res.periods)} yearly networks -> {res.out}/")

    per = pd.DataFrame([{"period": label, "actors": net.n_actors, "edges": net.n_edges,
                         "releases": len(net.doc_ids)} for label, net, _ in res.periods])
    print("\nnetworks by year:")
    print(per.to_string(index=False))

    ot = pd.read_csv(res.out / "metrics_over_time.csv", dtype={"period": str})
    present = ot[ot["n_docs"] > 0] if "n_docs" in ot.columns else ot
    # the actors present in most years, and their degree in each year
    keep = present.groupby("actor_id")["period"].nunique().sort_values(ascending=False, kind="mergesort")
    keep = keep[keep == keep.max()].index[:6] if len(keep) else []
    wide = present[present["actor_id"].isin(keep)].pivot(index="actor_id", columns="period", values="degree")
    print("\ndegree by year of the actors present in the most years (blank = not named that year):")
    print(wide.fillna("").to_string())

    for name in ("metrics_over_time.csv", "metrics_over_time.png"):
        path = res.out / name
        print(f"{'wrote' if path.is_file() else 'MISSING'} {path}")
        if not path.is_file():
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out" / "examples" / "over_time"))

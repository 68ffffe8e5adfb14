"""Extend the actor registry with your own CSV, exclude actors, and roll bodies up to governments.

Run from the repository root:

    python examples/custom_registry.py

The shipped registry (ctnet/data/actors.csv, countries.csv) covers the field's agencies,
governments, donors and NGOs. A project often needs more: sub-national authorities, country
offices, a programme's own bodies. A user CSV has the same columns as ctnet/data/actors.csv
(at least id, name, type); a row with a new id adds an actor, a row with an existing id
overrides it. See docs/registry.md.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import ctnet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Two bodies the seed releases name that are not in the shipped registry: Mozambique's
# provincial government of Cabo Delgado (whose delegation visits Kenya in release 001) and
# IOM's country offices. Each has a parent, so --level parent can merge it upwards.
MY_ACTORS = [
    # new actors: IOM's country and field offices, which the shipped registry folds into IOM
    {"id": "iom-moz", "name": "IOM Mozambique", "type": "un_agency", "country": "MOZ", "parent": "iom",
     "aliases": ""},
    {"id": "iom-ken", "name": "IOM Kenya", "type": "un_agency", "country": "KEN", "parent": "iom",
     "aliases": ""},
    {"id": "iom-ken-mombasa", "name": "IOM Mombasa sub-office", "type": "un_agency", "country": "KEN",
     "parent": "iom-ken", "aliases": "IOM Mombasa"},
    # an override: a shipped id with our own name for it (its shipped aliases are kept)
    {"id": "gov-moz-cabo-delgado", "name": "Cabo Delgado Provincial Government", "type": "government",
     "country": "MOZ", "parent": "gov-moz", "aliases": "Province of Cabo Delgado"},
]


def describe(label: str, res: ctnet.AnalysisResult) -> None:
    s = res.summary
    top = res.table.sort_values(["pagerank", "actor_id"], ascending=[False, True]).head(5)
    print(f"{label}: {s['n_actors']} actors, {s['n_edges']} edges, density {s['density']:.3f}")
    for row in top.itertuples():
        print(f"    {row.name:<55} pagerank {row.pagerank:.3f}  degree {row.degree}")


def main() -> None:
    opts = dict(write=False, quiet=True, stability_runs=0)
    describe("before (shipped registry)", ctnet.analyze(SEEDS, **opts))

    with tempfile.TemporaryDirectory() as tmp:
        mine = Path(tmp) / "my_actors.csv"
        with mine.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=["id", "name", "type", "country", "parent", "aliases"])
            writer.writeheader()
            writer.writerows(MY_ACTORS)
        res = ctnet.analyze(SEEDS, gazetteer=[str(mine)], **opts)
        describe("with my_actors.csv", res)
        found = sorted(set(res.mentions.table["actor_id"]) & {a["id"] for a in MY_ACTORS})
        print(f"    actors of my_actors.csv found: {', '.join(found)}")

        # drop the publishers' own agencies, e.g. to study who else they bring together
        exclude = Path(tmp) / "exclude.txt"
        exclude.write_text("unodc\niom\n", encoding="utf-8")
        describe("with my_actors.csv, excluding UNODC and IOM",
                 ctnet.analyze(SEEDS, gazetteer=[str(mine)], exclude=str(exclude), **opts))

        # merge every body into its top-level ancestor: ministries, police and provinces into
        # their government, IOM's country offices into IOM
        describe("with my_actors.csv, level=parent",
                 ctnet.analyze(SEEDS, gazetteer=[str(mine)], level="parent", **opts))


if __name__ == "__main__":
    main()

"""Score extraction on every annotated set of the repository, and the micro totals over all of them.

Run from the repository root:  python tools/score_sets.py

The sets are ``seeds/`` (gold in ``tests/data/eval/seeds``), the dev set
(``tests/data/eval/dev``) and the held-out sets ``tests/data/heldout*``. Each is
scored as ``ctnet evaluate DOCS --gold GOLD.jsonl`` scores it (CONTRACT.md, Evaluation);
the last line sums the true positives, false positives and false negatives of all sets.
Use it before and after a change to the rules or the registry: a change that helps one
set and hurts another shows here.
"""

from __future__ import annotations

from pathlib import Path

from ctnet import read_corpus
from ctnet.actors import Gazetteer, evaluate, extract_actors, read_gold

ROOT = Path(__file__).resolve().parents[1]


def sets() -> list[tuple[str, Path, Path]]:
    """(name, documents, gold) of every annotated set."""
    data = ROOT / "tests" / "data"
    out = [("seeds", ROOT / "seeds", data / "eval" / "seeds" / "gold.jsonl"),
           ("dev", data / "eval" / "dev" / "docs", data / "eval" / "dev" / "gold.jsonl")]
    out += [(d.name, d / "docs", d / "gold.jsonl") for d in sorted(data.glob("heldout*")) if (d / "gold.jsonl").exists()]
    return out


def main() -> None:
    gaz = Gazetteer.default()
    total = {"tp": 0, "fp": 0, "fn": 0}
    print(f"{'set':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
    for name, docs, gold in sets():
        micro = evaluate(extract_actors(read_corpus(docs), gazetteer=gaz), read_gold(gold)).to_dict()["micro"]
        for k in total:
            total[k] += micro[k]
        print(f"{name:12} {micro['precision']:6.3f} {micro['recall']:6.3f} {micro['f1']:6.3f} "
              f"{micro['tp']:5d} {micro['fp']:4d} {micro['fn']:4d}")
    p = total["tp"] / max(total["tp"] + total["fp"], 1)
    r = total["tp"] / max(total["tp"] + total["fn"], 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'all':12} {p:6.4f} {r:6.4f} {f1:6.4f} {total['tp']:5d} {total['fp']:4d} {total['fn']:4d}")


if __name__ == "__main__":
    main()

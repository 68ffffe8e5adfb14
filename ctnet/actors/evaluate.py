"""Scoring extraction against a gold file with the CONTRACT matching rule."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctnet.actors.mentions import Mentions
from ctnet.actors.text import norm_key
from ctnet.errors import InputError

__all__ = ["Evaluation", "evaluate", "read_gold", "read_not_actors", "match_release"]


def _read_jsonl(path: str | Path, key: str) -> dict[str, list[dict]]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{p}: file not found; give the path of a gold JSONL file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot be read as UTF-8 ({exc}); save it as UTF-8 JSONL.") from None
    out: dict[str, list[dict]] = {}
    for i, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: line {i}: not valid JSON ({exc.msg}); write one JSON object per line.") from None
        if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get(key), list):
            raise InputError(f"{p}: line {i}: field {key!r} or 'id' is missing; each line needs "
                             f'{{"id": ..., "{key}": [...]}}.')
        out[str(rec["id"])] = rec[key]
    return out


def read_gold(path: str | Path) -> dict[str, list[dict]]:
    """Read a gold file (one JSON object per release: ``{"id": ..., "actors": [...]}``).

    Each actor has ``name``, ``aliases``, ``type``, ``country``, ``parent``, ``donor``.

    Parameters
    ----------
    path : path

    Returns
    -------
    dict
        Release id -> list of gold actor dicts.

    Raises
    ------
    InputError
        A missing file, a line that is not JSON or lacks ``id``/``actors``.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "g.jsonl")
    >>> _ = open(p, "w").write('{"id": "a", "actors": [{"name": "European Union", "aliases": ["EU"]}]}\\n')
    >>> read_gold(p)["a"][0]["aliases"]
    ['EU']
    """
    gold = _read_jsonl(path, "actors")
    for doc, actors in gold.items():
        for a in actors:
            if not isinstance(a, dict) or "name" not in a:
                raise InputError(f"{path}: release {doc!r}: an actor has no 'name'; give each actor a name.")
    return gold


def read_not_actors(path: str | Path) -> dict[str, list[str]]:
    """Read a ``not_actors.jsonl`` file: release id -> strings that must not be predicted."""
    raw = _read_jsonl(path, "not_actors")
    return {k: [x["string"] if isinstance(x, dict) else str(x) for x in v] for k, v in raw.items()}


def _max_matching(cands: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn), deterministic: left in order, right in order."""
    match_r: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for v in cands[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in match_r or augment(match_r[v], seen):
                match_r[v] = u
                return True
        return False

    for u in sorted(cands):
        augment(u, set())
    return {u: v for v, u in match_r.items()}


def match_release(predicted: list[dict], gold: list[dict]) -> dict[int, int]:
    """One-to-one matching of predicted to gold actors of one release.

    A predicted actor (``surfaces``) matches a gold actor when one of its surfaces
    equals one of the gold ``aliases`` or the gold ``name`` after :func:`norm_key`.

    Returns
    -------
    dict
        Predicted index -> gold index.

    Examples
    --------
    >>> match_release([{"surfaces": ["the UNODC's"]}, {"surfaces": ["EU"]}],
    ...               [{"name": "European Union", "aliases": ["EU"]}, {"name": "UNODC", "aliases": []}])
    {0: 1, 1: 0}
    """
    gkeys = [{norm_key(x) for x in [g.get("name") or ""] + list(g.get("aliases") or [])} - {""} for g in gold]
    cands: dict[int, list[int]] = {}
    for i, p in enumerate(predicted):
        keys = {norm_key(s) for s in p["surfaces"]}
        cands[i] = [j for j, gk in enumerate(gkeys) if keys & gk]
    return _max_matching(cands)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


@dataclass
class Evaluation:
    """Scores of extraction against a gold file.

    Attributes
    ----------
    micro : dict
        precision, recall, f1, tp, fp, fn over all releases.
    by_type : dict
        The same per actor type (tp and fn by gold type, fp by predicted type).
    donor : dict
        precision, recall, f1 of the donor flag (per release and actor).
    type_accuracy : float
        Share of matched pairs whose predicted type equals the gold type.
    documents : list of dict
        Per release: doc_id, n_gold, n_pred, tp, fp, fn, f1.
    false_positives, false_negatives : list of dict
        Unmatched predictions (doc_id, actor_id, name, surfaces) and gold actors (doc_id, name, aliases).
    type_errors, donor_errors : list of dict
        Matched pairs with a different type; donor flags that disagree.
    not_actor_hits : list of dict
        Predictions that hit a ``not_actors`` string.
    """

    micro: dict[str, Any]
    by_type: dict[str, dict[str, Any]]
    donor: dict[str, Any]
    type_accuracy: float
    documents: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]
    false_negatives: list[dict[str, Any]]
    type_errors: list[dict[str, Any]] = field(default_factory=list)
    donor_errors: list[dict[str, Any]] = field(default_factory=list)
    not_actor_hits: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Micro F1."""
        return float(self.micro["f1"])

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, deterministic dict of every score and list."""
        return {
            "matching": "CONTRACT.md Evaluation: a predicted actor matches a gold actor of the same release when one "
                        "of its surfaces equals a gold alias or name after lower-casing, collapsing white space, "
                        "stripping surrounding punctuation, dropping a leading 'the' and a possessive 's; one to one.",
            "micro": self.micro, "by_type": self.by_type, "donor": self.donor,
            "type_accuracy": self.type_accuracy, "documents": self.documents,
            "false_positives": self.false_positives, "false_negatives": self.false_negatives,
            "type_errors": self.type_errors, "donor_errors": self.donor_errors,
            "not_actor_hits": self.not_actor_hits,
        }

    def to_text(self) -> str:
        """A readable report (the output of ``ctnet evaluate``)."""
        m = self.micro
        lines = [
            f"releases: {len(self.documents)}   gold actors: {m['tp'] + m['fn']}   predicted: {m['tp'] + m['fp']}",
            "",
            f"{'':18}{'precision':>10}{'recall':>8}{'f1':>8}{'tp':>5}{'fp':>5}{'fn':>5}",
            _row("micro", m),
        ]
        for t in sorted(self.by_type):
            lines.append(_row(f"  {t}", self.by_type[t]))
        lines.append(_row("donor", self.donor))
        lines.append(f"type accuracy on matched actors: {self.type_accuracy:.4f}")
        if self.not_actor_hits:
            lines.append(f"not-actor strings predicted: {len(self.not_actor_hits)}")
        lines += ["", "per release:"]
        for d in self.documents:
            lines.append(f"  {d['doc_id']:<24} gold {d['n_gold']:>3}  pred {d['n_pred']:>3}  tp {d['tp']:>3}  "
                         f"fp {d['fp']:>3}  fn {d['fn']:>3}  f1 {d['f1']:.3f}")
        if self.false_negatives:
            lines += ["", "missed (false negatives):"]
            lines += [f"  {x['doc_id']}: {x['name']}  [{'; '.join(x['aliases'])}]" for x in self.false_negatives]
        if self.false_positives:
            lines += ["", "false alarms (false positives):"]
            lines += [f"  {x['doc_id']}: {x['actor_id']} ({x['name']})  [{'; '.join(x['surfaces'])}]"
                      for x in self.false_positives]
        if self.type_errors:
            lines += ["", "type errors:"]
            lines += [f"  {x['doc_id']}: {x['name']}: predicted {x['predicted']}, gold {x['gold']}" for x in self.type_errors]
        if self.donor_errors:
            lines += ["", "donor errors:"]
            lines += [f"  {x['doc_id']}: {x['name']}: predicted {x['predicted']}, gold {x['gold']}" for x in self.donor_errors]
        if self.not_actor_hits:
            lines += ["", "not-actor strings predicted:"]
            lines += [f"  {x['doc_id']}: {x['surface']!r} hits {x['string']!r}" for x in self.not_actor_hits]
        return "\n".join(lines)


def _row(label: str, d: dict[str, Any]) -> str:
    return (f"{label:<18}{d['precision']:>10.4f}{d['recall']:>8.4f}{d['f1']:>8.4f}"
            f"{d['tp']:>5}{d['fp']:>5}{d['fn']:>5}")


def evaluate(mentions: Mentions, gold: dict[str, list[dict]], *,
             not_actors: dict[str, list[str]] | None = None) -> Evaluation:
    """Score ``mentions`` against ``gold`` (CONTRACT.md, Evaluation).

    Only releases in ``gold`` are scored; a gold release without predictions
    counts all its actors as missed.

    Parameters
    ----------
    mentions : Mentions
    gold : dict
        From :func:`read_gold`.
    not_actors : dict, optional
        From :func:`read_not_actors`: a prediction whose surface equals one of the
        strings, or that lies inside one and matches no gold actor, is reported.

    Returns
    -------
    Evaluation

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> from ctnet.actors import Actor, Gazetteer, extract_actors
    >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",)),
    ...                             Actor("un", "United Nations", "un_agency", aliases=("UN",))])
    >>> m = extract_actors([Document("a", "The EU-funded UN project.")], gazetteer=g)
    >>> ev = evaluate(m, {"a": [{"name": "European Union", "aliases": ["EU"], "type": "regional_org",
    ...                          "donor": True}]})
    >>> ev.micro["precision"], ev.micro["recall"], ev.donor["f1"]
    (0.5, 1.0, 1.0)
    """
    if not isinstance(mentions, Mentions):
        from ctnet.errors import InvalidParameterError
        raise InvalidParameterError(
            f"The 'mentions' parameter of evaluate must be a Mentions. Got {type(mentions).__name__} instead.")
    t = mentions.table
    sents = mentions.sentences
    by_doc: dict[str, list[dict]] = {}
    if len(t):
        for (doc, aid), g in t.groupby(["doc_id", "actor_id"], sort=True):
            by_doc.setdefault(str(doc), []).append({
                "actor_id": str(aid), "name": str(g["actor_name"].iloc[0]), "type": str(g["actor_type"].iloc[0]),
                "surfaces": sorted(set(g["surface"])), "donor": bool((g["role"] == "donor").any()),
                "spans": list(zip(g["start"].tolist(), g["end"].tolist(), g["sentence"].tolist(), g["surface"].tolist())),
            })
    sent_text: dict[tuple[str, int], tuple[int, str]] = {}
    if len(sents):
        for r in sents.itertuples(index=False):
            sent_text[(str(r.doc_id), int(r.sentence))] = (int(r.start), str(r.text))

    tp = fp = fn = 0
    dtp = dfp = dfn = 0
    types: dict[str, list[int]] = {}
    same_type = 0
    docs_out, fps, fns, terr, derr, hits = [], [], [], [], [], []
    for doc in sorted(gold):
        g = gold[doc]
        p = by_doc.get(doc, [])
        pairs = match_release(p, g)
        gm = set(pairs.values())
        d_tp, d_fp, d_fn = len(pairs), len(p) - len(pairs), len(g) - len(pairs)
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        for i, j in sorted(pairs.items()):
            gt = g[j].get("type") or "other"
            types.setdefault(gt, [0, 0, 0])[0] += 1
            if p[i]["type"] == gt:
                same_type += 1
            else:
                terr.append({"doc_id": doc, "name": g[j]["name"], "predicted": p[i]["type"], "gold": gt})
            gd = bool(g[j].get("donor"))
            if p[i]["donor"] and gd:
                dtp += 1
            elif p[i]["donor"] != gd:
                derr.append({"doc_id": doc, "name": g[j]["name"], "predicted": p[i]["donor"], "gold": gd})
                if p[i]["donor"]:
                    dfp += 1
                else:
                    dfn += 1
        for i, pr in enumerate(p):
            if i not in pairs:
                types.setdefault(pr["type"], [0, 0, 0])[1] += 1
                fps.append({"doc_id": doc, "actor_id": pr["actor_id"], "name": pr["name"], "surfaces": pr["surfaces"]})
                if pr["donor"]:
                    dfp += 1
        for j, ga in enumerate(g):
            if j not in gm:
                types.setdefault(ga.get("type") or "other", [0, 0, 0])[2] += 1
                fns.append({"doc_id": doc, "name": ga["name"], "aliases": list(ga.get("aliases") or [])})
                if ga.get("donor"):
                    dfn += 1
        docs_out.append({"doc_id": doc, "n_gold": len(g), "n_pred": len(p), "tp": d_tp, "fp": d_fp, "fn": d_fn,
                         "f1": _prf(d_tp, d_fp, d_fn)["f1"]})
        for s in (not_actors or {}).get(doc, []):
            key = norm_key(s)
            for i, pr in enumerate(p):
                for start, end, sent, surface in pr["spans"]:
                    hit = norm_key(surface) == key
                    if not hit and i not in pairs and (doc, sent) in sent_text:
                        s0, stext = sent_text[(doc, sent)]
                        low = stext.lower()
                        k = low.find(s.lower())
                        while k >= 0 and not hit:
                            hit = s0 + k <= start and end <= s0 + k + len(s)
                            k = low.find(s.lower(), k + 1)
                    if hit:
                        hits.append({"doc_id": doc, "actor_id": pr["actor_id"], "surface": surface, "string": s})
                        break
    return Evaluation(
        micro=_prf(tp, fp, fn),
        by_type={k: _prf(*v) for k, v in sorted(types.items())},
        donor=_prf(dtp, dfp, dfn),
        type_accuracy=round(same_type / tp, 4) if tp else 0.0,
        documents=docs_out, false_positives=fps, false_negatives=fns, type_errors=terr, donor_errors=derr,
        not_actor_hits=hits,
    )

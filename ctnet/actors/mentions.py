"""The Mention record and the Mentions table that extraction returns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

__all__ = [
    "ACTOR_COLUMNS",
    "ACTOR_EXTRA_COLUMNS",
    "DOCUMENT_COLUMNS",
    "MENTION_COLUMNS",
    "SENTENCE_COLUMNS",
    "Mention",
    "Mentions",
]

#: Columns of ``Mentions.table`` and of mentions.csv, in order.
MENTION_COLUMNS = [
    "doc_id", "actor_id", "actor_name", "actor_type", "surface", "start", "end",
    "sentence", "paragraph", "role", "role_evidence",
]
#: Columns of ``Mentions.actors`` (one row per actor that has at least one mention).
ACTOR_COLUMNS = ["actor_id", "name", "type", "country", "parent", "discovered"]
#: Columns added to ``Mentions.actors``: the top-level ancestor and the donor flag.
ACTOR_EXTRA_COLUMNS = ["root_id", "root_name", "root_type", "root_country", "donor"]
#: Columns of ``Mentions.documents`` and of documents.csv (plus ``publisher_id``).
DOCUMENT_COLUMNS = [
    "doc_id", "title", "date", "publisher", "url", "source", "n_chars", "n_actors", "publisher_id",
]
#: Columns of ``Mentions.sentences``: the text of each sentence holding a mention (the evidence).
SENTENCE_COLUMNS = ["doc_id", "sentence", "start", "end", "text"]


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor in a release.

    ``text[start:end] == surface`` always holds for the release text as read.
    ``sentence`` and ``paragraph`` are 0-based indices within the release.
    ``role`` is ``"donor"`` when the text presents the actor as paying, else None;
    ``role_evidence`` is the phrase that triggered the role.
    """

    doc_id: str
    actor_id: str
    surface: str
    start: int
    end: int
    sentence: int = 0
    paragraph: int = 0
    role: str | None = None
    role_evidence: str | None = None


@dataclass
class Mentions:
    """What extraction returns: a tidy mention table plus the actor, document and sentence tables.

    Attributes
    ----------
    table : DataFrame
        One row per mention, columns :data:`MENTION_COLUMNS`, in corpus order,
        then by ``start``, ``end``, ``actor_id``. ``role`` and ``role_evidence`` are '' when empty.
    actors : DataFrame
        One row per actor mentioned at least once, columns :data:`ACTOR_COLUMNS`
        plus :data:`ACTOR_EXTRA_COLUMNS` (``root_*``: the top-level ancestor, the actor
        itself when it has no parent; ``donor``: donor role in any release), sorted by ``actor_id``. ``country``/``parent`` are '' when empty.
    documents : DataFrame
        One row per document, including documents with no mention, columns
        :data:`DOCUMENT_COLUMNS`, in corpus order. ``date`` is the ISO string by
        precision ('' if unknown). ``publisher_id`` is the actor id of the publisher, or ''.
    sentences : DataFrame
        Columns :data:`SENTENCE_COLUMNS`: the text and span of every sentence that
        holds at least one mention (evidence for edges and ``ctnet explain``).
    params : dict
        The options extraction ran with.
    gazetteer : Gazetteer or None
        The registry extraction ran with (used by :func:`ctnet.actors.actor_table` to
        tell generic surfaces apart); None for tables built another way.
    generic_surfaces : frozenset of (actor_id, surface)
        Surfaces that named an actor only through a generic form resolved by the release
        ("Ministry of Foreign Affairs", "Police"); :func:`ctnet.actors.actor_table` lists
        them under ``generic_aliases``.
    """

    table: pd.DataFrame
    actors: pd.DataFrame
    documents: pd.DataFrame
    sentences: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SENTENCE_COLUMNS))
    params: dict[str, Any] = field(default_factory=dict)
    gazetteer: Any = field(default=None, repr=False, compare=False)
    generic_surfaces: frozenset = field(default=frozenset(), repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.table)

    def __repr__(self) -> str:
        return (
            f"Mentions({len(self.table)} mentions of {len(self.actors)} actors "
            f"in {len(self.documents)} documents)"
        )

    def to_frame(self) -> pd.DataFrame:
        """Return a copy of the mention table."""
        return self.table.copy()

    @classmethod
    def concat(cls, parts: Iterable[Mentions]) -> Mentions:
        """Join the Mentions of consecutive parts of a corpus (in corpus order).

        The result equals extracting the whole corpus at once.

        Examples
        --------
        >>> from ctnet.corpus import Document
        >>> from ctnet.actors import Gazetteer, Actor, extract_actors
        >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
        >>> docs = [Document("a", "EU-funded."), Document("b", "The EU met.")]
        >>> whole = extract_actors(docs, gazetteer=g)
        >>> parts = Mentions.concat([extract_actors(docs[:1], gazetteer=g), extract_actors(docs[1:], gazetteer=g)])
        >>> parts.table.equals(whole.table) and parts.actors.equals(whole.actors)
        True
        """
        parts = list(parts)
        if not parts:
            return cls(pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS + ACTOR_EXTRA_COLUMNS),
                       pd.DataFrame(columns=DOCUMENT_COLUMNS))
        table = pd.concat([p.table for p in parts], ignore_index=True)
        documents = pd.concat([p.documents for p in parts], ignore_index=True)
        sentences = pd.concat([p.sentences for p in parts], ignore_index=True)
        actors = pd.concat([p.actors for p in parts], ignore_index=True)
        donors = set(table.loc[table["role"] == "donor", "actor_id"]) if len(table) else set()
        actors = actors.drop_duplicates("actor_id").sort_values("actor_id", kind="mergesort").reset_index(drop=True)
        actors["donor"] = actors["actor_id"].isin(donors).astype(bool)
        generic = frozenset().union(*(p.generic_surfaces for p in parts))
        return cls(_typed(table, MENTION_COLUMNS), actors, documents, sentences, dict(parts[0].params),
                   parts[0].gazetteer, generic)

    @classmethod
    def from_results(cls, results: Iterable[Any], gazetteer: Any) -> Mentions:
        """Build the tables from per-document extraction results (internal; streaming)."""
        rows: list[dict] = []
        generic: set[tuple[str, str]] = set()
        docs: list[dict] = []
        sents: list[dict] = []
        actors: dict[str, Any] = {}
        for r in results:
            d = r.doc
            doc_rows = sorted(r.rows, key=lambda x: (x["start"], x["end"], x["actor_id"]))
            rows.extend(doc_rows)
            generic.update((x["actor_id"], " ".join(x["surface"].split())) for x in doc_rows if x.get("_generic"))
            sents.extend(r.sentences)
            for aid, a in r.actors.items():
                actors.setdefault(aid, a)
            docs.append({
                "doc_id": str(d.id), "title": d.title or "", "date": d.date_iso if hasattr(d, "date_iso") else "",
                "publisher": d.publisher or "", "url": d.url or "", "source": d.source or "",
                "n_chars": len(d.text or ""), "n_actors": len({x["actor_id"] for x in doc_rows}),
                "publisher_id": r.publisher_id,
            })
        table = _typed(pd.DataFrame(rows, columns=MENTION_COLUMNS), MENTION_COLUMNS)
        donors = set(table.loc[table["role"] == "donor", "actor_id"]) if len(table) else set()
        arows = []
        for aid in sorted(actors):
            a = actors[aid]
            root_id = gazetteer.root(aid) if aid in gazetteer else (a.parent and gazetteer.root(a.parent)) or aid
            root = actors.get(root_id) or (gazetteer.get(root_id) if root_id in gazetteer else a)
            arows.append({
                "actor_id": a.id, "name": a.name, "type": a.type, "country": a.country or "", "parent": a.parent or "",
                "discovered": bool(a.discovered), "root_id": root.id, "root_name": root.name, "root_type": root.type,
                "root_country": root.country or "", "donor": aid in donors,
            })
        atable = pd.DataFrame(arows, columns=ACTOR_COLUMNS + ACTOR_EXTRA_COLUMNS)
        atable["discovered"] = atable["discovered"].astype(bool)
        atable["donor"] = atable["donor"].astype(bool)
        dtable = pd.DataFrame(docs, columns=DOCUMENT_COLUMNS)
        dtable["n_chars"] = dtable["n_chars"].astype("int64")
        dtable["n_actors"] = dtable["n_actors"].astype("int64")
        stable = pd.DataFrame(sents, columns=SENTENCE_COLUMNS)
        for c in ("sentence", "start", "end"):
            stable[c] = stable[c].astype("int64")
        return cls(table, atable, dtable, stable, {"gazetteer": list(getattr(gazetteer, "sources", []))}, gazetteer,
                   frozenset(generic))


def _typed(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    table = table.reindex(columns=columns)
    for c in ("start", "end", "sentence", "paragraph"):
        table[c] = table[c].astype("int64")
    for c in ("doc_id", "actor_id", "actor_name", "actor_type", "surface", "role", "role_evidence"):
        table[c] = table[c].fillna("").astype(str)
    return table.reset_index(drop=True)

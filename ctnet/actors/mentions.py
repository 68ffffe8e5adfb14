"""The Mention record and the Mentions table that extraction returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

__all__ = ["Mention", "Mentions", "MENTION_COLUMNS", "ACTOR_COLUMNS", "DOCUMENT_COLUMNS", "SENTENCE_COLUMNS"]

#: Columns of ``Mentions.table`` and of mentions.csv, in order.
MENTION_COLUMNS = [
    "doc_id", "actor_id", "actor_name", "actor_type", "surface", "start", "end",
    "sentence", "paragraph", "role", "role_evidence",
]
#: Columns of ``Mentions.actors`` (one row per actor that has at least one mention).
ACTOR_COLUMNS = ["actor_id", "name", "type", "country", "parent", "discovered"]
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
        One row per mention, columns :data:`MENTION_COLUMNS`, sorted by
        ``doc_id``, ``start``, ``actor_id``. ``role`` and ``role_evidence`` are '' when empty.
    actors : DataFrame
        One row per actor mentioned at least once, columns :data:`ACTOR_COLUMNS`
        (more columns allowed), sorted by ``actor_id``. ``country``/``parent`` are '' when empty.
    documents : DataFrame
        One row per document, including documents with no mention, columns
        :data:`DOCUMENT_COLUMNS`, in corpus order. ``date`` is the ISO string by
        precision ('' if unknown). ``publisher_id`` is the actor id of the publisher, or ''.
    sentences : DataFrame
        Columns :data:`SENTENCE_COLUMNS`: the text and span of every sentence that
        holds at least one mention (evidence for edges and ``ctnet explain``).
    params : dict
        The options extraction ran with.
    """

    table: pd.DataFrame
    actors: pd.DataFrame
    documents: pd.DataFrame
    sentences: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SENTENCE_COLUMNS))
    params: dict[str, Any] = field(default_factory=dict)

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

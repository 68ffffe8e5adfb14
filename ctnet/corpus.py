"""Reading releases: the Document record, the Corpus, and readers for folders and tables."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

__all__ = ["Document", "Corpus", "read_corpus"]

DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Document:
    """One release (one *event*).

    Attributes
    ----------
    id : str
        Stable id: the file stem for folder corpora, the ``id`` field for tables.
    text : str
        The release text as read (after decoding; HTML reduced to text).
        Mention offsets index into this string.
    title : str or None
    date : datetime.date or None
        The release date. When only the month or year is known, the first day
        of that month or year, with ``date_precision`` saying so.
    source : str or None
        Where the text came from (a path, or ``path:line`` for tables).
    publisher, url : str or None
    date_precision : {"day", "month", "year"} or None
    meta : dict
        Any other fields of the input row.
    """

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    source: str | None = None
    publisher: str | None = None
    url: str | None = None
    date_precision: DatePrecision | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def date_iso(self) -> str:
        """The date as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by its precision; '' if unknown.

        Examples
        --------
        >>> import datetime
        >>> Document("a", "", date=datetime.date(2023, 3, 1), date_precision="month").date_iso
        '2023-03'
        """
        if self.date is None:
            return ""
        if self.date_precision == "year":
            return f"{self.date.year:04d}"
        if self.date_precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class Corpus(Sequence[Document]):
    """An ordered collection of documents with the files they came from.

    Parameters
    ----------
    documents : sequence of Document
    path : path, optional
        The corpus path the user gave.
    files : sequence of path, optional
        Every input file read (for the manifest's sha256 sums).
    warnings : sequence of str, optional
        Messages about skipped or repaired input (counts of empty files, re-decoded text...).

    Examples
    --------
    >>> c = Corpus([Document("a", "UNODC met Kenya."), Document("b", "IOM.")])
    >>> len(c), c[0].id, c.ids
    (2, 'a', ['a', 'b'])
    """

    def __init__(
        self,
        documents: Sequence[Document] = (),
        *,
        path: str | Path | None = None,
        files: Sequence[str | Path] = (),
        warnings: Sequence[str] = (),
    ) -> None:
        self._documents = list(documents)
        self.path = Path(path) if path is not None else None
        self.files = [Path(f) for f in files]
        self.warnings = list(warnings)

    @overload
    def __getitem__(self, i: int) -> Document: ...
    @overload
    def __getitem__(self, i: slice) -> "Corpus": ...
    def __getitem__(self, i: int | slice) -> "Document | Corpus":
        if isinstance(i, slice):
            return Corpus(self._documents[i], path=self.path, files=self.files)
        return self._documents[i]

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __repr__(self) -> str:
        return f"Corpus({len(self)} documents{', from ' + str(self.path) if self.path else ''})"

    @property
    def ids(self) -> list[str]:
        """Document ids in corpus order."""
        return [d.id for d in self._documents]


def read_corpus(path: str | Path, **opts: Any) -> Corpus:  # pragma: no cover - replaced below
    raise NotImplementedError

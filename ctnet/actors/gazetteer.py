"""The actor registry: the Actor record and the Gazetteer (shipped list + user lists)."""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from ctnet.actors.text import fold
from ctnet.errors import GazetteerError

__all__ = [
    "ACTOR_CSV_FIELDS",
    "ACTOR_TYPES",
    "ALIAS_KINDS",
    "COUNTRY_CSV_FIELDS",
    "FAMILIES",
    "Actor",
    "Gazetteer",
    "alias_key",
    "case_sensitive",
    "family_of",
    "slugify",
]

#: The eight actor types (DESIGN.md; ../eval/GUIDELINES.md wins on meaning).
ACTOR_TYPES: tuple[str, ...] = (
    "un_agency",
    "intergovernmental",
    "regional_org",
    "government",
    "ngo",
    "academic",
    "private",
    "other",
)

#: The families users speak of. "donor" is a role, not a type (see Mention.role).
FAMILIES: dict[str, str] = {
    "un_agency": "agency",
    "intergovernmental": "agency",
    "regional_org": "agency",
    "government": "government",
    "ngo": "other",
    "academic": "other",
    "private": "other",
    "other": "other",
}


def family_of(actor_type: str) -> str:
    """Return the family (agency, government, other) of an actor type.

    Examples
    --------
    >>> family_of("regional_org"), family_of("government"), family_of("ngo")
    ('agency', 'government', 'other')
    """
    return FAMILIES.get(actor_type, "other")


@dataclass(frozen=True)
class Actor:
    """One actor of the registry.

    Attributes
    ----------
    id : str
        Stable slug (``unodc``, ``gov-moz``, ``gov-ken-nctc``; discovered actors ``x-<slug>``).
    name : str
        Canonical name (``Government of Mozambique``).
    type : str
        One of :data:`ACTOR_TYPES`.
    country : str or None
        ISO3 code for governments and their bodies.
    parent : str or None
        Id of the parent actor (``gov-ken`` for Kenya's NCTC).
    aliases : tuple of str
        Surface forms that name the actor (acronyms included).
    discovered : bool
        True for actors found by rules rather than taken from a registry.
    """

    id: str
    name: str
    type: str
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    discovered: bool = False


# ----------------------------------------------------------------------------- registry

#: Columns of ctnet/data/actors.csv (and of user gazetteer CSVs).
ACTOR_CSV_FIELDS = ("id", "name", "type", "country", "parent", "aliases", "generic_aliases", "notes")
#: Columns of ctnet/data/countries.csv.
COUNTRY_CSV_FIELDS = ("iso3", "iso2", "name", "official_name", "government_name", "aliases",
                      "government_aliases", "demonyms", "status", "bodies_under", "capitals")

#: Alias kinds. ``name``/``alias``: always the actor; ``generic``: only when the actor is
#: otherwise named in the release; ``place``: a country as a place (acting rule);
#: ``official``: a country's official name (acting rule, weaker); ``demonym``: an adjective
#: (acting rule); ``gov``: an explicit government form (always the actor); ``blocked``: a name
#: of an excluded actor (matched so that shorter aliases inside it do not match, then dropped).
ALIAS_KINDS = ("name", "alias", "generic", "place", "official", "demonym", "gov", "blocked")

_DATA = Path(__file__).resolve().parent.parent / "data"
_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug of ``text``.

    Examples
    --------
    >>> slugify("Ministry of Interior (Côte d'Ivoire)")
    'ministry-of-interior-cote-d-ivoire'
    """
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", s).strip("-")


@functools.lru_cache(maxsize=65536)
def case_sensitive(alias: str) -> bool:
    """True when ``alias`` must match with its exact case (acronyms such as ``EU``, ``GoM``).

    An alias without lower-case letters is an acronym; so is a short single word
    with two capitals or more.

    Examples
    --------
    >>> case_sensitive("UNODC"), case_sensitive("GoM"), case_sensitive("Kenya")
    (True, True, False)
    """
    if alias == alias.upper():  # no lower-case letter (or no letter at all)
        return True
    return " " not in alias and len(alias) <= 6 and sum(c.isupper() for c in alias) >= 2


@functools.lru_cache(maxsize=65536)
def alias_key(alias: str) -> str:
    """The key two aliases collide on: folded, except acronyms keep their case.

    Kept per alias: the registry and the automaton ask for the same keys (see
    :func:`ctnet.actors.match.build_automaton`).

    Examples
    --------
    >>> alias_key("Counter-Terrorism Committee"), alias_key("UN")
    ('counter terrorism committee', 'UN')
    """
    return fold(alias, lower=not case_sensitive(alias))


def _split(cell: str | None) -> list[str]:
    if not cell:
        return []
    return [p.strip() for p in str(cell).split("|") if p.strip()]


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None} for row in reader]
            fields = [f.strip() for f in (reader.fieldnames or [])]
    except FileNotFoundError:
        raise GazetteerError(f"{path}: file not found; give the path of an actor CSV (columns id,name,type,...).") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GazetteerError(f"{path}: cannot be read as a UTF-8 CSV ({exc}); save it as UTF-8 CSV.") from None
    return fields, rows


class Gazetteer:
    """The actor registry: shipped actors and countries plus user CSVs, with an alias index.

    Build it with :meth:`default` (the shipped data) or :meth:`load` (shipped data
    plus user CSVs, minus an exclude list). It is read-only once built.

    Examples
    --------
    >>> g = Gazetteer.from_records([Actor("unodc", "United Nations Office on Drugs and Crime",
    ...                                   "un_agency", aliases=("UNODC",))])
    >>> g.resolve("UNODC").id, len(g), "unodc" in g
    ('unodc', 1, True)
    """

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._aliases: dict[str, list[tuple[str, str]]] = {}  # actor id -> [(alias, kind)]
        self._owner: dict[str, str] = {}                       # alias key -> actor id
        self.conflicts: list[str] = []
        #: Aliases a user CSV took from a shipped actor, one message each.
        self.overrides: list[str] = []
        self._user_ids: set[str] = set()  # actors defined or changed by user CSVs
        self._automaton: Any = None
        self.sources: list[str] = []
        self._pending_rows: dict[str, tuple[str, int]] = {}
        self._blockers: list[str] = []  # names of excluded actors: matched, then dropped
        self._bodies_under: dict[str, str] = {}  # government id -> ISO3 its bodies are filed under
        self._cities: dict[str, str | None] = {}  # folded dateline city -> ISO3 (None: several countries)

    # -- construction ------------------------------------------------------------------
    @classmethod
    def from_records(cls, actors: Iterable[Actor]) -> Gazetteer:
        """Build a gazetteer from :class:`Actor` records (aliases of kind ``alias``)."""
        g = cls()
        for a in actors:
            g._add(a, [(a.name, "name")] + [(x, "alias") for x in a.aliases], where="records", strict=True)
        g._check_parents("records")
        return g

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped registry (``ctnet/data/countries.csv`` and ``actors.csv``), cached.

        Returns
        -------
        Gazetteer

        Examples
        --------
        >>> Gazetteer.default() is Gazetteer.default()
        True
        """
        return _default()

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, exclude: str | Path | None = None) -> Gazetteer:
        """The shipped registry plus user CSVs (in order), minus the ``exclude`` list.

        Parameters
        ----------
        paths : iterable of path
            Actor CSVs (header of ``actors.csv``; ``id``, ``name``, ``type`` required).
            A row with an existing id replaces that actor; new rows add actors.
            User files override the shipped registry: an alias that a shipped
            actor holds as an alias moves to the user's actor (listed in
            :attr:`overrides`); canonical names and country names, demonyms and
            government forms stay where they are. An alias claimed by two actors
            of the user files is an error.
        exclude : path, optional
            A CSV with an ``id`` or ``name`` column, or a text file with one id or
            name per line: those actors are dropped.

        Returns
        -------
        Gazetteer

        Raises
        ------
        GazetteerError
            A bad row (missing id or name, bad type, unknown parent, an alias
            claimed by two actors, a duplicate id) or an unknown excluded name.
        """
        if isinstance(paths, (str, Path)):
            paths = (paths,)
        g = _shipped()
        for p in paths:
            g._load_actor_csv(Path(p), strict=True)
        if paths:
            g._check_parents(", ".join(str(p) for p in paths))
        if exclude is not None:
            g._exclude(Path(exclude))
        return g

    def _copy(self) -> Gazetteer:
        g = Gazetteer()
        g._actors = dict(self._actors)
        g._aliases = {k: list(v) for k, v in self._aliases.items()}
        g._owner = dict(self._owner)
        g.conflicts = list(self.conflicts)
        g.overrides = list(self.overrides)
        g._user_ids = set(self._user_ids)
        g.sources = list(self.sources)
        g._pending_rows = dict(self._pending_rows)
        g._blockers = list(self._blockers)
        return g

    def _remove(self, actor_id: str) -> None:
        for alias, kind in self._aliases.pop(actor_id, []):
            k = alias_key(alias)
            if self._owner.get(k) == actor_id:
                del self._owner[k]
                if kind == "generic":  # a shared generic form passes to the next actor keeping it
                    for other, items in self._aliases.items():
                        if any(kd == "generic" and alias_key(a) == k for a, kd in items):
                            self._owner[k] = other
                            break
        self._actors.pop(actor_id, None)
        self._automaton = None

    def _add(self, actor: Actor, aliases: list[tuple[str, str]], *, where: str, strict: bool,
             row: int | None = None, override: bool = False) -> None:
        if actor.id in self._actors:
            self._remove(actor.id)
        kept: list[tuple[str, str]] = []
        seen: set[str] = set()
        for alias, kind in aliases:
            if not alias.strip():
                continue
            k = alias_key(alias)
            if k in seen:
                continue
            owner = self._owner.get(k)
            if (owner is not None and owner != actor.id and kind == "generic"
                    and self._kind_of(owner, k) == "generic"):
                # a short form that several actors use ("the Commission"): each keeps it as
                # generic and the release decides (the actor otherwise named there wins)
                seen.add(k)
                kept.append((alias, kind))
                continue
            if (owner is not None and owner != actor.id and override and owner not in self._user_ids
                    and self._kind_of(owner, k) in ("alias", "generic") and not self._user_holds(k)):
                # a user file overrides the shipped registry: the alias moves to the user's actor
                self._release(k)
                self.overrides.append(f"{where}: row {row}: alias {alias!r} moved from {owner!r} to {actor.id!r}")
                owner = None
            if owner is not None and owner != actor.id:
                if strict:
                    field = "generic_aliases" if kind == "generic" else "aliases"
                    raise GazetteerError(
                        f"{where}: row {row}: field {field!r}: alias {alias!r} is already claimed by actor "
                        f"{owner!r} ({self._actors[owner].name}); remove it from one of the two actors, "
                        "or list it under 'generic_aliases' of both when the release must decide."
                    )
                self.conflicts.append(f"{where}: alias {alias!r} of {actor.id!r} already claimed by {owner!r}")
                continue
            seen.add(k)
            self._owner[k] = actor.id
            kept.append((alias, kind))
        self._actors[actor.id] = actor
        self._aliases[actor.id] = kept
        self._automaton = None

    def _user_holds(self, key: str) -> bool:
        return any(alias_key(a) == key for u in self._user_ids for a, _ in self._aliases.get(u, []))

    def _release(self, key: str) -> None:
        """Take the alias ``key`` away from every shipped actor that holds it."""
        for holder, items in list(self._aliases.items()):
            if holder in self._user_ids or not any(alias_key(a) == key for a, _ in items):
                continue
            self._aliases[holder] = [(a, kd) for a, kd in items if alias_key(a) != key]
            old = self._actors.get(holder)
            if old is not None:
                self._actors[holder] = replace(old, aliases=tuple(a for a in old.aliases if alias_key(a) != key))
        self._owner.pop(key, None)
        self._automaton = None

    def _kind_of(self, actor_id: str, key: str) -> str | None:
        for alias, kind in self._aliases.get(actor_id, []):
            if alias_key(alias) == key:
                return kind
        return None

    def _load_countries(self, path: Path) -> None:
        _, rows = _read_csv(path)
        for i, r in enumerate(rows, start=2):
            iso3 = r.get("iso3", "").upper()
            name = r.get("name", "")
            if not iso3 or not name:
                self.conflicts.append(f"{path}: row {i}: missing iso3 or name")
                continue
            gov_name = r.get("government_name") or f"Government of {name}"
            aid = f"gov-{iso3.lower()}"
            aliases: list[tuple[str, str]] = [(gov_name, "gov")]
            aliases += [(a, "gov") for a in _split(r.get("government_aliases"))]
            # the article is often dropped: "Government of Sudan", "Government of Gambia"
            aliases += [(a.replace(" of the ", " of ", 1), "gov") for a, _ in list(aliases)
                        if a.startswith("Government of the ") and not a.startswith("Government of the Republic")]
            aliases.append((name, "place"))
            aliases += [(a, "official") for a in _split(r.get("official_name"))]
            aliases += [(a, "place") for a in _split(r.get("aliases"))]
            demonyms = _split(r.get("demonyms"))
            aliases += [(a, "demonym") for a in demonyms]
            # French and Portuguese demonyms (written lower-case) also in the plural:
            # "autorités tchadiennes", "oficiais moçambicanos"
            aliases += [(a + "s", "demonym") for a in demonyms
                        if a[:1].islower() and a[-1:] not in ("s", "x") and a + "s" not in demonyms]
            under = r.get("bodies_under", "").strip().upper()
            if under:
                self._bodies_under[aid] = under
            for city in _split(r.get("capitals")):
                key = fold(city).lower()
                self._cities[key] = iso3 if self._cities.get(key, iso3) == iso3 else None
            actor = Actor(aid, gov_name, "government", iso3, None,
                          tuple(a for a, _ in aliases if a != gov_name))
            self._add(actor, aliases, where=str(path), strict=False, row=i)

    def _load_actor_csv(self, path: Path, *, strict: bool) -> None:
        fields, rows = _read_csv(path)
        for need in ("id", "name", "type"):
            if need not in fields:
                raise GazetteerError(f"{path}: row 1: field {need!r} is missing from the header; "
                                     f"use the columns {','.join(ACTOR_CSV_FIELDS)}.")
        ids_here: dict[str, int] = {}
        for i, r in enumerate(rows, start=2):
            aid, name, typ = r.get("id", ""), r.get("name", ""), r.get("type", "")
            if not any(r.values()):
                continue
            if not aid:
                raise GazetteerError(f"{path}: row {i}: field 'id' is empty; give the actor a slug id such as 'unodc'.")
            if not name:
                raise GazetteerError(f"{path}: row {i}: field 'name' is empty; give the canonical name of actor {aid!r}.")
            if aid in ids_here:
                raise GazetteerError(f"{path}: row {i}: field 'id': {aid!r} already appears in row {ids_here[aid]}; "
                                     "keep one row per id.")
            ids_here[aid] = i
            if typ not in ACTOR_TYPES:
                raise GazetteerError(f"{path}: row {i}: field 'type' is {typ!r}; use one of {', '.join(ACTOR_TYPES)}.")
            country = (r.get("country") or "").upper() or None
            parent = r.get("parent") or None
            aliases = [(name, "name")] + [(a, "alias") for a in _split(r.get("aliases"))]
            aliases += [(a, "generic") for a in _split(r.get("generic_aliases"))]
            if aid in self._actors and strict:
                # an override keeps the registry's aliases (with their kinds) and adds the new ones
                old = self._aliases.get(aid, [])
                old_keys = {alias_key(a) for a, _ in old}
                aliases = [(name, "name")] + [x for x in old if alias_key(x[0]) != alias_key(name)] + [
                    x for x in aliases[1:] if alias_key(x[0]) not in old_keys]
            actor = Actor(aid, name, typ, country, parent, tuple(a for a, _ in aliases[1:]))
            self._pending_rows[aid] = (str(path), i)
            self._add(actor, aliases, where=str(path), strict=strict, row=i, override=strict)
            if strict:
                self._user_ids.add(aid)

    def _check_parents(self, where: str) -> None:
        for a in self._actors.values():
            if a.parent and a.parent not in self._actors:
                src, row = self._pending_rows.get(a.id, (where, "?"))
                raise GazetteerError(f"{src}: row {row}: field 'parent' is {a.parent!r}, which is not an actor id; "
                                     "use the id of an actor in the registry or in your file, or leave it empty.")

    def _exclude(self, path: Path) -> None:
        if path.suffix.lower() == ".csv":
            fields, rows = _read_csv(path)
            col = "id" if "id" in fields else "name" if "name" in fields else None
            if col is None:
                raise GazetteerError(f"{path}: row 1: no 'id' or 'name' column; add one holding the actors to drop.")
            items = [(i, r.get(col, "")) for i, r in enumerate(rows, start=2)]
        else:
            try:
                lines = path.read_text(encoding="utf-8-sig").splitlines()
            except FileNotFoundError:
                raise GazetteerError(f"{path}: file not found; give a CSV or text file of actor ids or names.") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise GazetteerError(f"{path}: cannot be read as UTF-8 text ({exc}); save it as UTF-8.") from None
            items = [(i, s) for i, s in enumerate(lines, start=1)]
        for i, s in items:
            s = s.strip()
            if not s or s.startswith("#"):
                continue
            a = self.resolve(s)
            if a is None:
                raise GazetteerError(f"{path}: line {i}: {s!r} is not an actor id or name in the registry; "
                                     "check the spelling (`ctnet actors INPUT` lists ids).")
            # its names still match (and are then dropped), so that a shorter alias inside
            # them does not take over: excluding UNODC must not make its name a mention of the UN
            self._blockers += [x for x, k in self._aliases.get(a.id, []) if k in ("name", "alias", "gov", "official")]
            self._remove(a.id)

    # -- access ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __getitem__(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise KeyError(actor_id) from None

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} actors)"

    def get(self, actor_id: str) -> Actor | None:
        """The actor with id ``actor_id``, or None."""
        return self._actors.get(actor_id)

    def aliases(self, actor_id: str) -> list[tuple[str, str]]:
        """The ``(alias, kind)`` pairs of an actor (kinds in :data:`ALIAS_KINDS`)."""
        return list(self._aliases.get(actor_id, []))

    def alias_entries(self) -> Iterator[tuple[str, str, str]]:
        """Every ``(alias, actor_id, kind)``, in registry order."""
        for aid, items in self._aliases.items():
            for alias, kind in items:
                yield alias, aid, kind
        for alias in self._blockers:
            yield alias, "", "blocked"

    def claim(self, alias: str) -> tuple[str, str] | None:
        """Who claims ``alias`` first, and how: ``(actor_id, kind)``, or None.

        Examples
        --------
        >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
        >>> g.claim("eu"), g.claim("EU"), g.claim("ASEAN")
        (None, ('eu', 'alias'), None)
        """
        k = alias_key(alias)
        owner = self._owner.get(k)
        if owner is None:
            return None
        return owner, self._kind_of(owner, k) or "alias"

    def resolve(self, name_or_id: str) -> Actor | None:
        """The actor with this id, name or alias (case-insensitive for names), or None.

        Examples
        --------
        >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
        >>> g.resolve("european union").id, g.resolve("eu").id, g.resolve("nobody")
        ('eu', 'eu', None)
        """
        s = str(name_or_id).strip()
        if s in self._actors:
            return self._actors[s]
        for key in (alias_key(s), fold(s), fold(s, lower=False)):
            owner = self._owner.get(key)
            if owner is not None:
                return self._actors[owner]
        low = s.lower()
        if low in self._actors:
            return self._actors[low]
        up = s.upper()
        owner = self._owner.get(up)
        return self._actors[owner] if owner else None

    def bodies_country(self, government_id: str) -> str | None:
        """The ISO3 code a government's bodies carry when it is not the government's own (``bodies_under``
        in countries.csv: Somaliland's bodies are filed under Somalia, GUIDELINES §3), else None.

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> g.bodies_country("gov-xsl"), g.bodies_country("gov-ken")
        ('SOM', None)
        """
        return self._bodies_under.get(government_id)

    def city_country(self, city: str) -> str | None:
        """The ISO3 code of the country whose capital (or usual dateline city) ``city`` is (``capitals`` in
        countries.csv), else None.

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> g.city_country("Beirut"), g.city_country("NIAMEY"), g.city_country("Addis-Abeba"), g.city_country("Springfield")
        ('LBN', 'NER', 'ETH', None)
        """
        return self._cities.get(fold(city).lower())

    def ancestors(self, actor_id: str) -> list[str]:
        """Ids of the parents of ``actor_id``, nearest first (cycles stop).

        Examples
        --------
        >>> g = Gazetteer.from_records([Actor("un", "United Nations", "un_agency"),
        ...     Actor("unsc", "United Nations Security Council", "un_agency", parent="un")])
        >>> g.ancestors("unsc"), g.root("unsc"), g.root("un")
        (['un'], 'un', 'un')
        """
        out: list[str] = []
        cur = self._actors.get(actor_id)
        while cur is not None and cur.parent and cur.parent not in out and cur.parent != actor_id:
            out.append(cur.parent)
            cur = self._actors.get(cur.parent)
        return out

    def root(self, actor_id: str) -> str:
        """Id of the top-level ancestor (the actor itself when it has no parent)."""
        anc = [a for a in self.ancestors(actor_id) if a in self._actors]
        return anc[-1] if anc else actor_id

    def to_frame(self) -> pd.DataFrame:
        """The registry as a table (``actors.csv`` columns plus ``discovered``), sorted by id."""
        rows = []
        for a in sorted(self._actors.values(), key=lambda x: x.id):
            al = self._aliases.get(a.id, [])
            rows.append({
                "id": a.id, "name": a.name, "type": a.type, "country": a.country or "", "parent": a.parent or "",
                "aliases": "|".join(x for x, k in al if k not in ("name", "generic")),
                "generic_aliases": "|".join(x for x, k in al if k == "generic"),
                "discovered": a.discovered,
            })
        return pd.DataFrame(rows, columns=["id", "name", "type", "country", "parent", "aliases",
                                           "generic_aliases", "discovered"])

    @property
    def automaton(self) -> Any:
        """The pyahocorasick automaton over every folded alias (built once)."""
        if self._automaton is None:
            from ctnet.actors.match import build_automaton
            self._automaton = build_automaton(self.alias_entries())
        return self._automaton


def _shipped() -> Gazetteer:
    base = _default()
    return base._copy()


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    g = Gazetteer()
    countries, actors = _DATA / "countries.csv", _DATA / "actors.csv"
    if countries.exists():
        g._load_countries(countries)
        g.sources.append(str(countries))
    if actors.exists():
        g._load_actor_csv(actors, strict=False)
        g.sources.append(str(actors))
    for a in list(g._actors.values()):
        if a.parent and a.parent not in g._actors:
            g.conflicts.append(f"{actors}: parent {a.parent!r} of {a.id!r} unknown")
    return g

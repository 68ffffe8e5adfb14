"""The actor registry: the Actor record and the Gazetteer (shipped list + user lists)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ACTOR_TYPES", "FAMILIES", "Actor", "family_of"]

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

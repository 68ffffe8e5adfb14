"""Actor extraction: registry, alias matching and the rules that decide what a match means.

The extractor (:mod:`ctnet.actors.extract`) compiles some 250 rule patterns when it is
imported, about a third of a second; it is imported on first use of ``extract_actors``
or ``extract_document``, so that the registry and the mention tables (used by the
network stage, the figures and event tables) do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ctnet._lazy import lazy_exports
from ctnet.actors.gazetteer import ACTOR_TYPES, FAMILIES, Actor, Gazetteer, family_of
from ctnet.actors.mentions import Mention, Mentions
from ctnet.actors.evaluate import Evaluation, evaluate, read_gold
from ctnet.actors.review import actor_table

if TYPE_CHECKING:
    from ctnet.actors.extract import extract_actors, extract_document

#: names imported on first use -> module that defines them
_LAZY = {"extract_actors": "ctnet.actors.extract", "extract_document": "ctnet.actors.extract"}

__all__ = [
    "ACTOR_TYPES", "FAMILIES", "Actor", "Gazetteer", "family_of", "Mention", "Mentions",
    "extract_actors", "extract_document", "Evaluation", "evaluate", "read_gold", "actor_table",
]


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())

"""Actor extraction: registry, alias matching and the rules that decide what a match means."""

from ctnet.actors.gazetteer import ACTOR_TYPES, FAMILIES, Actor, Gazetteer, family_of
from ctnet.actors.mentions import Mention, Mentions
from ctnet.actors.extract import extract_actors, extract_document
from ctnet.actors.evaluate import Evaluation, evaluate, read_gold
from ctnet.actors.review import actor_table

__all__ = [
    "ACTOR_TYPES", "FAMILIES", "Actor", "Gazetteer", "family_of", "Mention", "Mentions",
    "extract_actors", "extract_document", "Evaluation", "evaluate", "read_gold", "actor_table",
]

"""Actor extraction: registry, alias matching and the rules that decide what a match means."""

from ctnet.actors.gazetteer import ACTOR_TYPES, Actor
from ctnet.actors.mentions import Mention, Mentions

__all__ = ["ACTOR_TYPES", "Actor", "Mention", "Mentions"]

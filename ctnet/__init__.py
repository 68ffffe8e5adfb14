"""ctnet: networks of the actors named in press releases (events)."""

from ctnet.corpus import Corpus, Document, read_corpus
from ctnet.errors import CtnetError, InputError, InvalidParameterError
from ctnet.network import ActorNetwork

__version__ = "0.1.0"

__all__ = [
    "ActorNetwork",
    "Corpus",
    "CtnetError",
    "Document",
    "InputError",
    "InvalidParameterError",
    "read_corpus",
]

"""ctnet: networks of the actors named in press releases (events).

The pipeline in three lines::

    corpus = ctnet.read_corpus("seeds/")
    net = ctnet.build_network(ctnet.extract_actors(corpus))
    ctnet.centrality(net)

Names are imported on first use, so ``import ctnet`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ctnet._lazy import lazy_exports

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "ActorNetwork": "ctnet.network",
    "AnalysisResult": "ctnet.pipeline",
    "Corpus": "ctnet.corpus",
    "CtnetError": "ctnet.errors",
    "Document": "ctnet.corpus",
    "Gazetteer": "ctnet.actors",
    "InputError": "ctnet.errors",
    "InvalidParameterError": "ctnet.errors",
    "Mentions": "ctnet.actors",
    "analyze": "ctnet.pipeline",
    "backbone": "ctnet.network",
    "bootstrap": "ctnet.metrics",
    "build_network": "ctnet.network",
    "centrality": "ctnet.metrics",
    "communities": "ctnet.community",
    "evaluate": "ctnet.actors",
    "extract_actors": "ctnet.actors",
    "graph_summary": "ctnet.metrics",
    "network_from_events": "ctnet.network",
    "plot": "ctnet.viz.static",
    "read_corpus": "ctnet.corpus",
    "to_html": "ctnet.viz.html",
}

__all__ = sorted(_EXPORTS, key=str.casefold)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:  # pragma: no cover
    from ctnet.actors import Gazetteer, Mentions, evaluate, extract_actors
    from ctnet.community import communities
    from ctnet.corpus import Corpus, Document, read_corpus
    from ctnet.errors import CtnetError, InputError, InvalidParameterError
    from ctnet.metrics import bootstrap, centrality, graph_summary
    from ctnet.network import ActorNetwork, backbone, build_network, network_from_events
    from ctnet.pipeline import AnalysisResult, analyze
    from ctnet.viz.html import to_html
    from ctnet.viz.static import plot

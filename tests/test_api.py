"""The public API is a reviewed list (STYLE rule 2), and `import ctnet` stays light."""

from __future__ import annotations

import inspect
import subprocess
import sys

import ctnet

EXPECTED = [
    "ActorNetwork", "AnalysisResult", "analyze", "backbone", "bootstrap", "build_network",
    "centrality", "communities", "Corpus", "CtnetError", "Document", "evaluate", "extract_actors",
    "Gazetteer", "graph_summary", "InputError", "InvalidParameterError", "Mentions",
    "network_from_events", "plot", "read_corpus", "to_html",
]


def test_all_is_the_reviewed_list():
    assert ctnet.__all__ == sorted(EXPECTED, key=str.casefold)


def test_every_exported_name_resolves():
    for name in ctnet.__all__:
        assert getattr(ctnet, name) is not None, name


def test_design_interfaces_are_functions():
    for name in ["read_corpus", "extract_actors", "build_network", "network_from_events", "centrality",
                 "communities", "to_html", "plot", "analyze"]:
        assert inspect.isfunction(getattr(ctnet, name)), name
    # the community module must not shadow the function (CONTRACT)
    assert callable(ctnet.communities) and not inspect.ismodule(ctnet.communities)


def test_options_are_keyword_only():
    for name in ["extract_actors", "build_network", "centrality", "communities", "to_html", "plot"]:
        sig = inspect.signature(getattr(ctnet, name))
        params = list(sig.parameters.values())
        positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        assert len(positional) <= 2, (name, positional)


def test_import_is_light():
    code = ("import sys, ctnet; heavy = [m for m in ('networkx', 'matplotlib', 'pyvis', 'scipy', 'pandas') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unknown_attribute_raises():
    import pytest

    with pytest.raises(AttributeError):
        ctnet.no_such_thing  # noqa: B018

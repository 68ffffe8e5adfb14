"""Doctest namespace: ``ctnet`` is available in every docstring example."""

import pytest


@pytest.fixture(autouse=True)
def _doctest_namespace(doctest_namespace, monkeypatch, request):
    import ctnet

    doctest_namespace["ctnet"] = ctnet
    # doctests that read "seeds" run from the repository root
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[1])

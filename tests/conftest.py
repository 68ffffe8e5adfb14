"""Shared fixtures: paths to the shipped data, and one analysed seed run per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory):
    """The main job on the seeds, written once per test session."""
    import ctnet

    out = tmp_path_factory.mktemp("seedrun") / "out"
    res = ctnet.analyze(SEEDS, out, quiet=True)
    return res, out

"""The package type-checks: ``mypy ctnet`` passes (ctnet ships a ``py.typed`` marker)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_py_typed_marker_is_in_the_package():
    assert (ROOT / "ctnet" / "py.typed").is_file()


def test_mypy_passes_on_the_package():
    pytest.importorskip("mypy", reason="mypy is in the 'test' extra")
    r = subprocess.run([sys.executable, "-m", "mypy", "ctnet"], cwd=ROOT, capture_output=True, text=True,
                       timeout=1200)
    assert r.returncode == 0, (r.stdout + r.stderr)[-4000:]

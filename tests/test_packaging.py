"""Packaging: `python -m build` makes a wheel and an sdist; the wheel installs into a fresh
venv (not editable) and runs `ctnet analyze` on a copy of the seeds; the registry data ships."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

#: files that must be inside the wheel for an installed ctnet to work
WHEEL_DATA = ("ctnet/py.typed", "ctnet/data/actors.csv", "ctnet/data/countries.csv")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    kw.setdefault("cwd", ROOT)
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the wheel and the sdist once, from a copy of the tracked sources."""
    pytest.importorskip("build", reason="needs the 'build' package (pip install build; in the test extra)")
    out = tmp_path_factory.mktemp("dist")
    # build from a clean copy so a developer's stray files (out/, .venv, caches) cannot leak in
    src = tmp_path_factory.mktemp("src") / "ctnet"
    ignore = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "build", "dist", "out", "site",
                                    "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")
    shutil.copytree(ROOT, src, ignore=ignore)
    r = _run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(src)])
    assert r.returncode == 0, f"python -m build failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    wheels = sorted(out.glob("ctnet-*.whl"))
    sdists = sorted(out.glob("ctnet-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in out.iterdir())
    return {"wheel": wheels[0], "sdist": sdists[0]}


def _project_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_wheel_holds_package_data_and_licence(dist):
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    for f in WHEEL_DATA:
        assert f in names, f"{f} is missing from the wheel {dist['wheel'].name}"
    assert "ctnet/__init__.py" in names and "ctnet/cli.py" in names
    assert any(n.endswith(".dist-info/METADATA") for n in names)
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)
    assert any(n.endswith("LICENSE") and ".dist-info/" in n for n in names), "LICENSE is not in the wheel"
    # only the package goes into the wheel: no tests, examples or seeds at top level
    assert not any(n.startswith(("tests/", "examples/", "seeds/", "benchmarks/")) for n in names)
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(dist["wheel"]).read(meta).decode()
    assert f"Version: {_project_version()}" in text
    eps = zipfile.ZipFile(dist["wheel"]).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "ctnet = ctnet.cli:main" in eps


def test_registry_csvs_in_wheel_are_the_repository_files(dist):
    z = zipfile.ZipFile(dist["wheel"])
    for f in ("ctnet/data/actors.csv", "ctnet/data/countries.csv"):
        assert z.read(f) == (ROOT / f).read_bytes(), f"{f} in the wheel differs from the repository"


def test_sdist_holds_sources_and_data(dist):
    with tarfile.open(dist["sdist"]) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    for f in ("pyproject.toml", "README.md", "ctnet/__init__.py", *WHEEL_DATA):
        assert f in names, f"{f} is missing from the sdist {dist['sdist'].name}"


@pytest.fixture(scope="module")
def fresh_venv(dist, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv (no system site-packages, not editable) with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    r = _run([sys.executable, "-m", "venv", str(venv)])
    assert r.returncode == 0, r.stderr
    py = venv / "bin" / "python"
    r = _run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(dist["wheel"])])
    assert r.returncode == 0, f"pip install of the wheel failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return venv


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def test_installed_wheel_is_not_the_working_tree(fresh_venv, tmp_path):
    py = fresh_venv / "bin" / "python"
    r = _run([str(py), "-c", "import ctnet, pathlib; print(pathlib.Path(ctnet.__file__).resolve())"],
             cwd=tmp_path, env=_clean_env())
    assert r.returncode == 0, r.stderr
    where = Path(r.stdout.strip())
    assert fresh_venv.resolve() in where.parents, f"ctnet imported from {where}, not from the venv"


def test_version_matches_metadata(fresh_venv, tmp_path):
    py = fresh_venv / "bin" / "python"
    r = _run([str(py), "-c", "import importlib.metadata as m, ctnet; print(m.version('ctnet')); print(ctnet.__version__)"],
             cwd=tmp_path, env=_clean_env())
    assert r.returncode == 0, r.stderr
    meta_version, module_version = r.stdout.split()
    assert meta_version == module_version == _project_version()
    r = _run([str(fresh_venv / "bin" / "ctnet"), "--version"], cwd=tmp_path, env=_clean_env())
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"ctnet {meta_version}"


def test_installed_ctnet_analyzes_the_seeds(fresh_venv, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    out = tmp_path / "out"
    r = _run([str(fresh_venv / "bin" / "ctnet"), "analyze", str(seeds), "-o", str(out)],
             cwd=tmp_path, env=_clean_env())
    assert r.returncode == 0, f"ctnet analyze failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    for name in ("actors.csv", "edges.csv", "mentions.csv", "documents.csv", "summary.json",
                 "manifest.json", "network.html", "index.html"):
        assert (out / name).is_file(), f"{name} was not written"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["n_documents"] == 5
    assert summary["n_actors"] > 0 and summary["n_edges"] > 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == _project_version()
    # the installed package gives the same tables as the working tree (data shipped intact)
    import ctnet

    here = ctnet.analyze(ROOT / "seeds", write=False, quiet=True)
    assert summary["n_actors"] == here.summary["n_actors"]
    assert summary["n_edges"] == here.summary["n_edges"]

"""The docs: the site builds without warnings, the CLI reference is current, and every
```python block in docs/*.md and README.md runs.

Blocks that are not meant to run must be fenced as ```text, ```sh or ```console instead.
The blocks of one file run in order in one fresh interpreter (they may build on each other),
with the working directory set to a temporary folder holding copies of seeds/, examples/ and
tests/data/, so that relative paths such as "seeds/" work and nothing is written into the
repository.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)[^`]*$")


def code_blocks(text: str, languages: tuple[str, ...] = ("python", "py")) -> list[tuple[int, str]]:
    """Return ``(line number, code)`` for each fenced block whose info string is in ``languages``."""
    blocks: list[tuple[int, str]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, indent = m["fence"], m["info"].strip("{}. ").lower(), len(m["indent"])
        start = i + 1
        j = start
        while j < len(lines):
            m2 = FENCE.match(lines[j])
            if m2 and m2["fence"][0] == fence[0] and len(m2["fence"]) >= len(fence) and not m2["info"]:
                break
            j += 1
        if info in languages:
            body = "\n".join(ln[indent:] if ln[:indent].strip() == "" else ln for ln in lines[start:j])
            blocks.append((start + 1, textwrap.dedent(body)))
        i = j + 1
    return blocks


def test_code_blocks_parser_finds_python_only():
    text = "a\n```python\nx = 1\n```\n```sh\nrm -rf /\n```\n- item\n\n    ```py\n    y = 2\n    ```\n"
    assert code_blocks(text) == [(3, "x = 1"), (11, "y = 2")]


RUNNER = r'''
import json, sys, traceback
blocks = json.load(open(sys.argv[1], encoding="utf-8"))
ns = {"__name__": "__main__"}
for line, code in blocks:
    try:
        exec(compile(code, f"{sys.argv[2]}:{line}", "exec"), ns)
    except SystemExit as e:
        if e.code not in (None, 0):
            print(f"the block at {sys.argv[2]}:{line} exited with {e.code}", file=sys.stderr)
            sys.exit(1)
    except BaseException:
        print(f"the block at {sys.argv[2]}:{line} failed:", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
'''


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    w = tmp_path_factory.mktemp("docs-run")
    for sub in ("seeds", "examples", "tests/data"):
        if (ROOT / sub).exists():
            shutil.copytree(ROOT / sub, w / sub, ignore=shutil.ignore_patterns("__pycache__"))
    return w


_WITH_CODE = [p for p in DOC_FILES if p.exists() and code_blocks(p.read_text(encoding="utf-8"))]


@pytest.mark.slow
@pytest.mark.parametrize("doc", _WITH_CODE, ids=[str(p.relative_to(ROOT)) for p in _WITH_CODE])
def test_python_blocks_run(doc: Path, workdir: Path, tmp_path: Path):
    blocks = code_blocks(doc.read_text(encoding="utf-8"))
    spec = tmp_path / "blocks.json"
    spec.write_text(json.dumps(blocks), encoding="utf-8")
    cwd = tmp_path / "cwd"
    shutil.copytree(workdir, cwd, symlinks=True)
    r = subprocess.run([sys.executable, "-c", RUNNER, str(spec), str(doc.relative_to(ROOT))],
                       cwd=cwd, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, f"{doc.relative_to(ROOT)}: a python block failed\n{r.stderr[-4000:]}"


def test_cli_reference_is_generated_from_the_cli():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import gen_cli_docs
    finally:
        sys.path.pop(0)
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == gen_cli_docs.generate(), "docs/cli.md is stale: run python tools/gen_cli_docs.py"
    # every command and option of `ctnet analyze` named in CONTRACT.md is documented
    for opt in ("--seed", "--size-by", "--min-weight", "--weight", "--unit", "--community", "--resolution",
                "--gazetteer", "--exclude", "--level", "--exclude-publisher", "--by", "--backbone",
                "--alpha", "--bootstrap", "--jobs", "--engine", "--force", "--quiet", "--debug"):
        assert opt in committed, opt
    for cmd in ("analyze", "actors", "evaluate", "explain"):
        assert f"## ctnet {cmd}\n" in committed


@pytest.mark.slow
def test_mkdocs_builds_without_warnings(tmp_path: Path):
    mkdocs = Path(sys.executable).parent / "mkdocs"
    if not mkdocs.exists():
        pytest.skip("mkdocs is not installed (pip install -e '.[docs]')")
    r = subprocess.run([str(mkdocs), "build", "--strict", "--site-dir", str(tmp_path / "site")],
                       cwd=ROOT, capture_output=True, text=True, timeout=600,
                       env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
    log = r.stdout + r.stderr
    warnings = [ln for ln in log.splitlines() if ln.startswith(("WARNING", "ERROR"))]
    assert r.returncode == 0 and not warnings, "mkdocs build --strict:\n" + "\n".join(warnings or [log[-3000:]])
    site = tmp_path / "site"
    for page in ("index.html", "methods/index.html", "cli/index.html", "api/index.html"):
        assert (site / page).is_file(), page
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "read_corpus" in api and "analyze" in api  # the reference is generated from docstrings

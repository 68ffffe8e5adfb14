"""Writing outputs: atomic output folders, deterministic tables and JSON, graph files, the manifest."""

from __future__ import annotations

import datetime as _dt
import hashlib
import html
import json
import math
import os
import platform
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from ctnet.errors import InputError, OutputError, check_option

__all__ = [
    "MARKER",
    "FLOAT_FORMAT",
    "GRAPH_FORMATS",
    "OutputFolder",
    "prepare_output",
    "write_csv",
    "write_json",
    "write_text",
    "write_graph_files",
    "write_bipartite_graph",
    "file_sha256",
    "build_manifest",
    "to_jsonable",
]

#: Name of the marker file ctnet writes in every output folder it makes.
MARKER = ".ctnet-output"
_MARKER_TEXT = ("This folder was written by ctnet (https://pypi.org/project/ctnet/). "
                "ctnet replaces it as a whole on the next run with the same -o.\n")
#: Floats in CSV files: 12 significant digits, the same on every run and platform.
FLOAT_FORMAT = ".12g"
#: Graph export formats of :func:`write_graph_files`.
GRAPH_FORMATS = ("graphml", "gexf", "json", "vosviewer")
#: Libraries whose versions go into manifest.json.
MANIFEST_LIBRARIES = ("numpy", "scipy", "pandas", "networkx", "matplotlib", "pyvis", "pyahocorasick", "click")


# ---------------------------------------------------------------------------
# the output folder
# ---------------------------------------------------------------------------

def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


class OutputFolder:
    """An output folder written atomically: files go to a temporary sibling, moved into place at the end.

    Use :func:`prepare_output` to make one (it checks the destination), then
    ``with`` it. Inside the block, write into ``.path``. When the block ends
    normally, the previous folder at ``.final`` (if any) is replaced by the new
    one; when it raises (an error, Ctrl-C, or SIGTERM, which is turned into
    ``SystemExit(143)`` for the duration of the block), the temporary folder is
    removed and the previous output is left as it was.

    Attributes
    ----------
    final : Path
        The destination folder.
    path : Path or None
        The temporary folder to write into (``<parent>/.<name>.tmp-<random>``);
        None outside the ``with`` block.
    """

    def __init__(self, final: Path) -> None:
        self.final = final
        self.path: Path | None = None
        self._old_handler: Any = None
        self._handler_set = False

    def __repr__(self) -> str:
        return f"OutputFolder({str(self.final)!r})"

    def __enter__(self) -> "OutputFolder":
        # the SIGTERM handler goes in first, so a kill at any later moment cleans up
        if threading.current_thread() is threading.main_thread():
            try:
                self._old_handler = signal.signal(signal.SIGTERM, _on_sigterm)
                self._handler_set = True
            except (ValueError, OSError):  # pragma: no cover - no signals here
                self._handler_set = False
        parent = self.final.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            with _DeferSignals():  # a kill between making the folder and recording it would leave it behind
                self.path = Path(tempfile.mkdtemp(prefix=f".{self.final.name}.tmp-", dir=parent))
            (self.path / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        except BaseException as e:
            self._cleanup()
            if isinstance(e, OSError):
                raise OutputError(f"{parent}: cannot write the output folder here ({e.strerror}); "
                                  "choose another -o folder or fix its permissions.") from None
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self._commit()
        finally:
            self._cleanup()

    def _cleanup(self) -> None:
        """Remove the temporary folder (if still there) and restore the SIGTERM handler."""
        try:
            with _DeferSignals():  # a second kill must not stop the removal half-way
                if self.path is not None and self.path.exists():
                    shutil.rmtree(self.path, ignore_errors=True)
                self.path = None
        finally:
            if self._handler_set:
                signal.signal(signal.SIGTERM, self._old_handler)
                self._handler_set = False

    def _commit(self) -> None:
        """Swap the new folder into place; Ctrl-C and SIGTERM wait until the swap is done."""
        with _DeferSignals():
            self._swap()

    def _swap(self) -> None:
        assert self.path is not None
        final = self.final
        old: Path | None = None
        if final.exists() or final.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=final.parent))
            old.rmdir()
            try:
                os.replace(final, old)
            except OSError as e:
                raise OutputError(f"{final}: cannot replace the previous output ({e.strerror}); "
                                  "close programs using it or choose another -o folder.") from None
        try:
            os.replace(self.path, final)
        except OSError as e:
            if old is not None:
                os.replace(old, final)  # put the previous output back
            raise OutputError(f"{final}: cannot move the new output into place ({e.strerror}); "
                              "choose another -o folder.") from None
        self.path = None
        if old is not None:
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)


class _DeferSignals:
    """Hold Ctrl-C and SIGTERM until the block ends, then act on them.

    Python runs signal handlers in the main thread whichever thread the signal
    reached (numerical libraries start threads), so swapping the handlers is
    reliable where a signal mask is not.
    """

    def __init__(self) -> None:
        self.received: list[int] = []
        self.saved: dict[int, Any] = {}

    def _handler(self, signum: int, frame: Any) -> None:
        self.received.append(signum)

    def __enter__(self) -> "_DeferSignals":
        if threading.current_thread() is threading.main_thread():
            try:
                for sig in (signal.SIGINT, signal.SIGTERM):
                    try:
                        self.saved[sig] = signal.signal(sig, self._handler)
                    except (ValueError, OSError):  # pragma: no cover
                        pass
            except BaseException:  # a signal between the two: put back the handler already swapped
                for swapped, handler in self.saved.items():
                    signal.signal(swapped, handler)
                raise
        return self

    def __exit__(self, *exc: Any) -> None:
        for sig, handler in self.saved.items():
            signal.signal(sig, handler)
        if self.received and exc[0] is None:
            if signal.SIGTERM in self.received:
                raise SystemExit(128 + signal.SIGTERM)
            raise KeyboardInterrupt


def _on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signal.SIGTERM)


def prepare_output(out: str | Path, *, inputs: Iterable[str | Path] = (), force: bool = False) -> OutputFolder:
    """Check an output folder and return an :class:`OutputFolder` to write it atomically.

    Parameters
    ----------
    out : path
        The output folder. It is created (with its parents) if needed.
    inputs : iterable of path, default ()
        The input files and folders. ``out`` must not be, or be inside, an
        input folder; and no input may be inside ``out`` (replacing ``out``
        would delete it).
    force : bool, default False
        Replace an existing non-empty folder that ctnet did not make (one
        without the ``.ctnet-output`` marker).

    Returns
    -------
    OutputFolder
        A context manager; nothing is written until the ``with`` block.

    Raises
    ------
    OutputError
        A one-line message naming the folder and the fix.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> with prepare_output(root / "out") as folder:
    ...     _ = write_text("hello\\n", folder.path / "a.txt")
    >>> sorted(p.name for p in (root / "out").iterdir())
    ['.ctnet-output', 'a.txt']
    >>> prepare_output(root / "out" / "sub", inputs=[root / "out"])
    Traceback (most recent call last):
    ...
    ctnet.errors.OutputError: ... is inside the input folder ...
    """
    if out is None or str(out).strip() == "":
        raise OutputError("no output folder given; pass -o OUT.")
    final = Path(out).expanduser()
    final_abs = Path(os.path.abspath(final))
    final_real = final_abs.resolve()
    for inp in inputs:
        ip = Path(inp).expanduser()
        if not ip.exists():
            continue
        ireal = ip.resolve()
        if ireal.is_dir() and (_inside(final_real, ireal) or _inside(final_abs, Path(os.path.abspath(ip)))):
            what = "is the input folder" if final_real == ireal else "is inside the input folder"
            raise OutputError(f"{final}: the output folder {what} {ip}; choose an -o folder outside the input.")
        if _inside(ireal, final_real):
            raise OutputError(f"{final}: the output folder holds the input {ip}, which replacing it would delete; "
                              "choose another -o folder.")
    if final.exists() or final.is_symlink():
        if not final.is_dir():
            raise OutputError(f"{final}: exists and is not a folder; choose another -o folder or remove it.")
        try:
            entries = [e.name for e in os.scandir(final)]
        except OSError as e:
            raise OutputError(f"{final}: cannot read the folder ({e.strerror}); choose another -o folder.") from None
        if entries and MARKER not in entries and not force:
            raise OutputError(f"{final}: exists, is not empty and was not made by ctnet; choose a new -o folder, "
                              "or pass --force to replace it and everything in it.")
    return OutputFolder(final)


# ---------------------------------------------------------------------------
# deterministic writers
# ---------------------------------------------------------------------------

def _fmt_float(x: float) -> str:
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    s = format(x, FLOAT_FORMAT)
    return "0" if s == "-0" else s


def _cell(v: Any) -> str:
    if v is None or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return _fmt_float(float(v))
    if isinstance(v, str):
        return v
    if isinstance(v, (list, tuple, set, frozenset, np.ndarray)):
        items = sorted(v, key=str) if isinstance(v, (set, frozenset)) else list(v)
        return ";".join(_cell(i) for i in items)
    if isinstance(v, (_dt.date, _dt.datetime, pd.Timestamp)):
        return v.isoformat()
    return str(v)


def _column_strings(s: pd.Series) -> list[str]:
    kind = s.dtype.kind
    if kind == "b" and not s.hasnans:
        return ["true" if v else "false" for v in s.to_numpy()]
    if kind in "iu":
        return [str(v) for v in s.to_numpy().tolist()]
    if kind == "f":
        return [_fmt_float(v) for v in s.to_numpy(dtype=float).tolist()]
    values = s.tolist()
    if all(type(v) is str for v in values):
        return values
    return [_cell(v) for v in values]


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV, the same bytes on every run.

    UTF-8 without BOM, ``\\n`` line ends, a header, no index; floats with 12
    significant digits (:data:`FLOAT_FORMAT`; NaN as empty); booleans as
    ``true``/``false``; None/NA as empty; lists as ``;``-joined strings;
    minimal but valid quoting (fields with commas, quotes, or line breaks
    are quoted, quotes doubled), so names with any characters, including
    right-to-left text, read back unchanged.

    Parameters
    ----------
    df : DataFrame
    path : path

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = write_csv(pd.DataFrame({"name": ['Say "hi", UN'], "x": [1 / 3], "ok": [True]}), p)
    >>> print(p.read_text(), end="")
    name,x,ok
    "Say ""hi"", UN",0.333333333333,true
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = [_cell(c) for c in df.columns]
    data = [_column_strings(df.iloc[:, i]) for i in range(df.shape[1])]
    needs = [df.iloc[:, i].dtype.kind not in "biuf" for i in range(df.shape[1])]
    quoted = [_quote_column(col) if q else col for col, q in zip(data, needs)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(_csv_line(columns))
        if len(columns) == 1:
            for (v,) in zip(*quoted):
                f.write((v or '""') + "\n")
        else:
            rows = zip(*quoted)
            while True:
                block = [",".join(r) for _, r in zip(range(65536), rows)]
                if not block:
                    break
                f.write("\n".join(block) + "\n")
    return path


def _quote_column(col: list[str]) -> list[str]:
    search = _NEEDS_QUOTES.search
    return ['"' + v.replace('"', '""') + '"' if search(v) else v for v in col]


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _csv_line(fields: Sequence[str]) -> str:
    """One CSV record, RFC 4180 quoting: fields with a comma, quote, CR or LF are quoted."""
    out = ['"' + v.replace('"', '""') + '"' if _NEEDS_QUOTES.search(v) else v for v in fields]
    if len(out) == 1 and out[0] == "":
        return '""\n'  # a lone empty field must not read as a blank line
    return ",".join(out) + "\n"


def to_jsonable(obj: Any) -> Any:
    """Convert to plain JSON types: NaN/inf to None, numpy scalars to Python, dates to ISO, sets sorted.

    Examples
    --------
    >>> import numpy as np
    >>> to_jsonable({"a": np.float64("nan"), "b": (1, np.int64(2)), 3: {"x"}})
    {'a': None, 'b': [1, 2], '3': ['x']}
    """
    if obj is None or isinstance(obj, (str, bool)):
        return obj
    if isinstance(obj, np.bool_):
        return bool(obj)
    if isinstance(obj, (int, np.integer)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        x = float(obj)
        return None if (math.isnan(x) or math.isinf(x)) else x
    if obj is pd.NA or obj is pd.NaT:
        return None
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (set, frozenset)):
        return [to_jsonable(v) for v in sorted(obj, key=str)]
    if isinstance(obj, np.ndarray):
        return [to_jsonable(v) for v in obj.tolist()]
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, (_dt.date, _dt.datetime, pd.Timestamp)):
        return obj.isoformat()
    if isinstance(obj, Path):
        return obj.as_posix()
    if isinstance(obj, pd.DataFrame):
        return to_jsonable(obj.to_dict(orient="records"))
    if isinstance(obj, pd.Series):
        return to_jsonable(obj.tolist())
    return str(obj)


def write_json(obj: Any, path: str | Path) -> Path:
    """Write JSON deterministically: sorted keys, indent 2, UTF-8 (not escaped), NaN as null, final newline.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.json"
    >>> _ = write_json({"b": float("nan"), "a": "Côte d'Ivoire"}, p)
    >>> print(p.read_text(encoding="utf-8"), end="")
    {
      "a": "Côte d'Ivoire",
      "b": null
    }
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_jsonable(obj), sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text + "\n")
    return path


def write_text(s: str, path: str | Path) -> Path:
    """Write text as UTF-8 with the line ends it has (no platform translation).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = write_text("a\\nb\\n", pathlib.Path(tempfile.mkdtemp()) / "t.md")
    >>> p.read_bytes()
    b'a\\nb\\n'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(s)
    return path


# ---------------------------------------------------------------------------
# graph files
# ---------------------------------------------------------------------------

def _flat(v: Any) -> Any:
    """A value GraphML and GEXF can store: str, int, float or bool."""
    if v is None or v is pd.NA:
        return ""
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return float(v)
    if isinstance(v, str):
        return v
    if isinstance(v, (list, tuple, set, frozenset, np.ndarray)):
        return _cell(v)
    if isinstance(v, Mapping):
        return json.dumps(to_jsonable(v), sort_keys=True, ensure_ascii=False)
    return str(v)


def _node_key(n: Any) -> str:
    return str(n)


def _with_table(G: nx.Graph, table: pd.DataFrame | None) -> dict[Any, dict[str, Any]]:
    """Node attributes: the graph's, plus the columns of ``table`` (keyed by actor_id)."""
    attrs = {n: dict(d) for n, d in G.nodes(data=True)}
    if table is not None and "actor_id" in table.columns:
        rows = table.set_index(table["actor_id"].astype(str)).drop(columns=["actor_id"])
        records = rows.to_dict(orient="index")
        for n in attrs:
            extra = records.get(str(n))
            if extra:
                for k, v in extra.items():
                    attrs[n].setdefault(str(k), v)
    return attrs


def _flat_copy(G: nx.Graph, node_attrs: dict[Any, dict[str, Any]]) -> nx.Graph:
    H = nx.Graph()
    H.graph.update({str(k): _flat(v) for k, v in sorted(G.graph.items(), key=lambda kv: str(kv[0]))
                    if not isinstance(v, Mapping)})
    for key, v in sorted(G.graph.items(), key=lambda kv: str(kv[0])):
        if isinstance(v, Mapping):
            for k2, v2 in sorted(v.items(), key=lambda kv: str(kv[0])):
                H.graph[f"{key}_{k2}"] = _flat(v2)
    for n in sorted(G.nodes, key=_node_key):
        H.add_node(str(n), **{str(k): _flat(v) for k, v in sorted(node_attrs[n].items())})
    edges = sorted(((str(u), str(v), d) for u, v, d in G.edges(data=True)),
                   key=lambda e: (min(e[0], e[1]), max(e[0], e[1])))
    for u, v, d in edges:
        a, b = (u, v) if u <= v else (v, u)
        H.add_edge(a, b, **{str(k): _flat(x) for k, x in sorted(d.items())})
    return H


def _positions(positions: Any) -> dict[str, tuple[float, float]]:
    """Node -> (x, y) from a mapping, or a DataFrame with x and y columns (index or ``actor_id``)."""
    if positions is None:
        return {}
    if isinstance(positions, pd.DataFrame):
        frame = positions.set_index("actor_id") if "actor_id" in positions.columns else positions
        return {str(n): (float(x), float(y)) for n, x, y in zip(frame.index, frame["x"], frame["y"])}
    return {str(n): (float(xy[0]), float(xy[1])) for n, xy in positions.items()}


def _write_graphml(H: nx.Graph, path: Path) -> None:
    from networkx.readwrite.graphml import write_graphml_xml

    write_graphml_xml(H, path, encoding="utf-8", prettyprint=True, infer_numeric_types=True)


def _write_gexf(H: nx.Graph, path: Path, pos: dict[str, tuple[float, float]]) -> None:
    G2 = H.copy()
    for n, d in G2.nodes(data=True):
        d["label"] = str(d.get("name") or n)
        if n in pos:
            d["viz"] = {"position": {"x": round(pos[n][0], 6), "y": round(pos[n][1], 6), "z": 0.0}}
    text = "\n".join(nx.generate_gexf(G2))
    # networkx stamps today's date into <meta lastmodifieddate=...>: drop it so runs are byte-identical
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    write_text(text + "\n", path)


def _write_node_link(G: nx.Graph, node_attrs: dict[Any, dict[str, Any]], path: Path) -> None:
    nodes = [{"id": str(n), **{str(k): v for k, v in node_attrs[n].items()}}
             for n in sorted(G.nodes, key=_node_key)]
    links = []
    for u, v, d in G.edges(data=True):
        a, b = sorted((str(u), str(v)))
        links.append({"source": a, "target": b, **{str(k): x for k, x in d.items()}})
    links.sort(key=lambda e: (e["source"], e["target"]))
    data = {"directed": False, "multigraph": False, "graph": dict(G.graph), "nodes": nodes, "links": links}
    write_json(data, path)


_VOS_SCORES = ("pagerank", "betweenness", "closeness", "eigenvector", "degree", "strength", "n_docs",
               "n_mentions")


def _is_number(v: Any) -> bool:
    if isinstance(v, (bool, np.bool_)) or v is None:
        return False
    if isinstance(v, (int, np.integer)):
        return True
    return isinstance(v, (float, np.floating)) and math.isfinite(float(v))


def _write_vosviewer(G: nx.Graph, node_attrs: dict[Any, dict[str, Any]], path: Path,
                     pos: dict[str, tuple[float, float]]) -> None:
    order = sorted(G.nodes, key=_node_key)
    ids = {n: i for i, n in enumerate(order, 1)}
    strength = dict(G.degree(weight="weight"))
    items = []
    for n in order:
        a = node_attrs[n]
        item: dict[str, Any] = {
            "id": ids[n],
            "label": str(a.get("name") or n),
            "description": html.escape(f"{n} ({a.get('type') or 'actor'})"),
            "weights": {"Links": int(G.degree(n)), "Total link strength": float(strength[n])},
            "scores": {k: a[k] for k in _VOS_SCORES if _is_number(a.get(k))},
        }
        if _is_number(a.get("n_docs")):
            item["weights"]["Documents"] = a["n_docs"]
        if a.get("community") is not None and not (isinstance(a["community"], float) and
                                                    math.isnan(a["community"])):
            item["cluster"] = int(a["community"]) + 1  # VOSviewer clusters are 1-based
        if str(n) in pos:
            item["x"], item["y"] = pos[str(n)]
        items.append(item)
    links = []
    for u, v, d in G.edges(data=True):
        lo, hi = sorted((ids[u], ids[v]))
        links.append({"source_id": lo, "target_id": hi, "strength": d.get("weight", 1)})
    links.sort(key=lambda e: (e["source_id"], e["target_id"]))
    write_json({"network": {"items": items, "links": links}}, path)


def write_graph_files(
    net_graph: nx.Graph,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = GRAPH_FORMATS,
    positions: Mapping[Any, Any] | pd.DataFrame | None = None,
    table: pd.DataFrame | None = None,
) -> list[Path]:
    """Export the actor network for other tools: Gephi, Cytoscape, VOSviewer, d3.

    Writes, in ``out_dir``: ``network.graphml`` (lists joined by ``;``, None as
    ''), ``network.gexf`` (node labels = names; positions as ``viz:position``),
    ``network.json`` (networkx node-link data, nodes and links sorted) and
    ``network.vosviewer.json`` (the VOSviewer JSON map format: items with
    integer ids in actor-id order, label, x/y, 1-based cluster, weights and
    scores; links with strength = weight). The graph is never modified.

    Parameters
    ----------
    net_graph : networkx.Graph
        ``ActorNetwork.graph``.
    out_dir : path
    formats : sequence of {"graphml", "gexf", "json", "vosviewer"}, default all
    positions : mapping node -> (x, y), or DataFrame with ``x``, ``y`` columns, optional
        The layout (written to GEXF, VOSviewer). A DataFrame is keyed by its
        ``actor_id`` column, else by its index.
    table : DataFrame, optional
        The actor table (actors.csv: ``actor_id`` plus metrics and
        ``community``); its columns are added to the node attributes.

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Raises
    ------
    InvalidParameterError
        An unknown format.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> G = nx.Graph([("eu", "unodc", {"weight": 2, "docs": ["a", "b"]})])
    >>> [p.name for p in write_graph_files(G, tempfile.mkdtemp(), formats=["graphml", "vosviewer"])]
    ['network.graphml', 'network.vosviewer.json']
    """
    for f in formats:
        check_option("formats", f, GRAPH_FORMATS, "write_graph_files")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pos = _positions(positions)
    node_attrs = _with_table(net_graph, table)
    flat: nx.Graph | None = None
    written = []
    for fmt in dict.fromkeys(formats):
        if fmt in ("graphml", "gexf") and flat is None:
            flat = _flat_copy(net_graph, node_attrs)
        if fmt == "graphml":
            path = out / "network.graphml"
            _write_graphml(flat, path)
        elif fmt == "gexf":
            path = out / "network.gexf"
            _write_gexf(flat, path, pos)
        elif fmt == "json":
            path = out / "network.json"
            _write_node_link(net_graph, node_attrs, path)
        else:
            path = out / "network.vosviewer.json"
            _write_vosviewer(net_graph, node_attrs, path, pos)
        written.append(path)
    return written


def write_bipartite_graph(graph: nx.Graph, out_dir: str | Path, *, name: str = "bipartite.graphml") -> Path:
    """Write the event × actor (bipartite) graph as GraphML, with the same flattening as the actor network.

    Lists become ``;``-joined strings and None becomes ''; the graph is not modified.
    Keep the usual ``bipartite`` node attribute (0 for events, 1 for actors) so
    Gephi and networkx can tell the two sides apart.

    Parameters
    ----------
    graph : networkx.Graph
        Events and actors as nodes, an edge when the event names the actor.
    out_dir : path
    name : str, default "bipartite.graphml"

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> B = nx.Graph()
    >>> B.add_node("doc:a", bipartite=0, title="A release")
    >>> B.add_node("unodc", bipartite=1, name="UNODC", aliases=["UNODC", "UN Office on Drugs and Crime"])
    >>> B.add_edge("doc:a", "unodc", n_mentions=2)
    >>> p = write_bipartite_graph(B, tempfile.mkdtemp())
    >>> nx.read_graphml(p).nodes["unodc"]["aliases"]
    'UNODC;UN Office on Drugs and Crime'
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    flat = _flat_copy(graph, {n: dict(d) for n, d in graph.nodes(data=True)})
    path = out / name
    _write_graphml(flat, path)
    return path


# ---------------------------------------------------------------------------
# manifest
# ---------------------------------------------------------------------------

def file_sha256(path: str | Path) -> str:
    """The SHA-256 hex digest of a file, read in 1 MiB chunks.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x"
    >>> _ = p.write_bytes(b"abc")
    >>> file_sha256(p)[:16]
    'ba7816bf8f01cfea'
    """
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError as e:
        raise InputError(f"{path}: cannot read it to record its checksum ({e.strerror}).") from None
    return h.hexdigest()


def _expand(inputs: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, inputs):
        if p.is_dir():
            files.extend(sorted((c for c in p.iterdir() if c.is_file() and not c.name.startswith(".")),
                                key=lambda c: c.name))
        else:
            files.append(p)
    return files


def _relative_names(files: list[Path]) -> list[str]:
    """Names relative to the parent of the inputs' common folder ("seeds/000.txt", "corpus.jsonl")."""
    if not files:
        return []
    absolute = [Path(os.path.abspath(f)) for f in files]
    if len(set(absolute)) == 1:
        base = absolute[0].parent
    else:
        base = Path(os.path.commonpath([str(a) for a in absolute])).parent
    return [a.relative_to(base).as_posix() for a in absolute]


def _library_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in MANIFEST_LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _timestamp() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        t = _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
    else:
        t = _dt.datetime.now(tz=_dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_manifest(
    *,
    options: dict[str, Any],
    inputs: list[Path],
    seed: int,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The record of a run: ctnet version, options, input checksums, library versions, seed, time.

    Only ``timestamp`` differs between two runs with the same input, options
    and seed on the same installation (set ``SOURCE_DATE_EPOCH`` to fix it
    too). Input names are relative to the parent of the inputs' common folder,
    so the manifest does not depend on where the corpus lives.

    Parameters
    ----------
    options : dict
        The full effective options.
    inputs : list of path
        Input files (folders are expanded to their files).
    seed : int
    extra : dict, optional
        More top-level keys.

    Returns
    -------
    dict
        Keys ``version`` (of ctnet), ``options``, ``inputs`` (list of ``{"name",
        "bytes", "sha256"}``), ``libraries``, ``platform``, ``seed``,
        ``timestamp`` and those of ``extra``.

    Examples
    --------
    >>> m = build_manifest(options={"seed": 42}, inputs=[], seed=42)
    >>> sorted(m)
    ['inputs', 'libraries', 'options', 'platform', 'seed', 'timestamp', 'version']
    """
    from ctnet import __version__

    files = _expand(inputs)
    names = _relative_names(files)
    records = []
    for name, f in sorted(zip(names, files)):
        try:
            size = f.stat().st_size
        except OSError as e:
            raise InputError(f"{f}: cannot read it to record its checksum ({e.strerror}).") from None
        records.append({"name": name, "bytes": size, "sha256": file_sha256(f)})
    manifest: dict[str, Any] = {
        "version": __version__,
        "options": to_jsonable(options),
        "inputs": records,
        "libraries": _library_versions(),
        "platform": platform.system(),
        "seed": int(seed),
        "timestamp": _timestamp(),
    }
    if extra:
        manifest.update(to_jsonable(extra))
    return manifest

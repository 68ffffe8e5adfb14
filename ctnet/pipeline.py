"""The main job: compose reading, extraction, network, metrics, communities and outputs."""

from __future__ import annotations

import dataclasses
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ctnet._startup import paused_gc
from ctnet.errors import InputError, InvalidParameterError, check_number, check_option

__all__ = [
    "OPTION_CHOICES",
    "AnalysisResult",
    "AnalyzeOptions",
    "analyze",
    "explain",
    "extract",
    "load_config",
    "write_outputs",
]

#: The valid values of every option that takes a name (CONTRACT.md).
OPTION_CHOICES: dict[str, tuple[str, ...]] = {
    "size_by": ("pagerank", "degree", "strength", "betweenness", "closeness", "eigenvector", "harmonic", "n_docs"),
    "weight": ("count", "jaccard", "cosine", "inclusion", "association", "newman", "npmi"),
    "community": ("louvain", "greedy", "label_propagation", "leiden"),
    "level": ("actor", "parent"),
    "by": ("year", "quarter", "month"),
    "backbone": ("hypergeometric", "sdsm", "disparity"),
    "engine": ("local", "dask"),
    "counting": ("binary", "mentions"),
}


@dataclass(frozen=True)
class AnalyzeOptions:
    """Every option of ``ctnet analyze`` with its default (CONTRACT.md).

    The same names, with ``_``, are the keys of the ``[analyze]`` table of a
    ``--config`` TOML file, and of ``options`` in manifest.json, so a run can be
    repeated from its manifest.

    Examples
    --------
    >>> AnalyzeOptions().weight, AnalyzeOptions().seed
    ('count', 42)
    >>> AnalyzeOptions(weight="bogus").validate()
    Traceback (most recent call last):
    ...
    ctnet.errors.InvalidParameterError: The 'weight' parameter of analyze must be one of 'count', 'jaccard', 'cosine', 'inclusion', 'association', 'newman', 'npmi'. Got 'bogus' instead.
    """

    seed: int = 42
    size_by: str = "pagerank"
    min_weight: float | None = None
    weight: str = "count"
    unit: str = "document"
    counting: str = "binary"
    community: str = "louvain"
    resolution: float = 1.0
    stability_runs: int = 10
    gazetteer: tuple[str, ...] = ()
    exclude: str | None = None
    level: str = "actor"
    exclude_publisher: bool = False
    min_docs: int = 1
    by: str | None = None
    cumulative: bool = False
    backbone: str | None = None
    alpha: float = 0.05
    bootstrap: int = 0
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    top_k: int = 10
    gold: str | None = None
    force: bool = False
    quiet: bool = False

    def validate(self) -> AnalyzeOptions:
        """Check every option; raise InvalidParameterError naming the first bad one."""
        f = "analyze"
        for name in ("size_by", "weight", "community", "level", "engine", "counting"):
            check_option(name, getattr(self, name), OPTION_CHOICES[name], f)
        for name in ("by", "backbone"):
            if getattr(self, name) is not None:
                check_option(name, getattr(self, name), OPTION_CHOICES[name], f)
        _check_unit(self.unit)
        check_number("seed", self.seed, f, low=0, integer=True)
        if self.min_weight is not None:
            check_number("min_weight", self.min_weight, f, low=0)
        check_number("resolution", self.resolution, f, low=0, low_open=True)
        check_number("stability_runs", self.stability_runs, f, low=0, integer=True)
        check_number("min_docs", self.min_docs, f, low=1, integer=True)
        check_number("alpha", self.alpha, f, low=0, high=1, low_open=True, high_open=True)
        check_number("bootstrap", self.bootstrap, f, low=0, integer=True)
        check_number("jobs", self.jobs, f, low=1, integer=True)
        check_number("top_k", self.top_k, f, low=1, integer=True)
        return self

    @property
    def effective_min_weight(self) -> float:
        """``min_weight``, or its default: 1 for ``weight="count"`` (keeps every edge), else 0."""
        if self.min_weight is not None:
            return self.min_weight
        return 1 if self.weight == "count" else 0

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["min_weight"] = self.effective_min_weight
        d["gazetteer"] = list(self.gazetteer)
        return d


def _check_unit(unit: Any) -> None:
    valid = ("document", "paragraph", "sentence", "window:K")
    if isinstance(unit, str) and unit in valid[:3]:
        return
    if isinstance(unit, str) and unit.startswith("window:"):
        k = unit.split(":", 1)[1]
        if k.isdigit() and int(k) >= 1:
            return
    raise InvalidParameterError(
        "The 'unit' parameter of analyze must be one of 'document', 'paragraph', 'sentence', "
        f"'window:K' (K a whole number >= 1). Got {unit!r} instead."
    )


def load_config(path: str | Path) -> dict[str, Any]:
    """Read the ``[analyze]`` table of a TOML config file.

    Keys are option names with ``_`` (``min_weight``). Unknown keys are an error.

    Raises
    ------
    InputError
        The file is missing or is not valid TOML (the message names the line).
    InvalidParameterError
        A key is not an option of ``analyze``.
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read the config file ({e.strerror}); check the --config path.") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{p}: not valid TOML ({e}); fix the file or drop --config.") from None
    table = data.get("analyze", {})
    if not isinstance(table, dict):
        raise InputError(f"{p}: [analyze] must be a table of options; see docs/cli.md.")
    known = {f.name for f in dataclasses.fields(AnalyzeOptions)}
    for key in table:
        if key not in known:
            raise InvalidParameterError(
                f"{p}: unknown option {key!r} in [analyze]; valid options are {', '.join(sorted(known))}."
            )
    out = dict(table)
    if "gazetteer" in out and isinstance(out["gazetteer"], str):
        out["gazetteer"] = (out["gazetteer"],)
    if "gazetteer" in out:
        out["gazetteer"] = tuple(str(g) for g in out["gazetteer"])
    return out


@dataclass
class AnalysisResult:
    """Everything one run produced, in memory.

    Attributes
    ----------
    corpus : Corpus or None
        The releases read, or None for event tables and the dask engine (whose
        workers read the shards).
    mentions : Mentions
    network : ActorNetwork
    table : DataFrame
        actors.csv: one row per actor with its metrics and community.
    edges : DataFrame
        edges.csv.
    summary : dict
        summary.json.
    out : Path or None
        The output folder, when one was written.
    """

    corpus: Any
    mentions: Any
    network: Any
    table: pd.DataFrame
    edges: pd.DataFrame
    summary: dict[str, Any]
    communities: pd.DataFrame | None = None
    stability: dict[str, Any] | None = None
    periods: list[tuple[str, Any, pd.DataFrame]] = field(default_factory=list)
    over_time: pd.DataFrame | None = None
    options: AnalyzeOptions = field(default_factory=AnalyzeOptions)
    warnings: list[str] = field(default_factory=list)
    out: Path | None = None
    #: True when actors were extracted from releases (False for event tables).
    extracted: bool = True

    def top(self, measure: str = "pagerank", n: int = 10) -> pd.DataFrame:
        """The ``n`` actors with the highest ``measure`` (ties by actor_id)."""
        t = self.table.sort_values([measure, "actor_id"], ascending=[False, True], kind="mergesort")
        return t.head(n)[["actor_id", "name", "type", measure]].reset_index(drop=True)


def _say(opts: AnalyzeOptions, msg: str) -> None:
    if not opts.quiet:
        print(msg, file=sys.stderr)


def _actor_table(net: Any, cent: pd.DataFrame, comm: pd.DataFrame | None, stab: pd.DataFrame | None,
                 boot: pd.DataFrame | None) -> pd.DataFrame:
    table = net.actors.copy()
    table = table.merge(cent, on="actor_id", how="left")
    if comm is not None:
        table = table.merge(comm[["actor_id", "community"]], on="actor_id", how="left")
    if stab is not None and "stability" in stab.columns:
        table = table.merge(stab[["actor_id", "stability"]].rename(columns={"stability": "community_stability"}),
                            on="actor_id", how="left")
    if boot is not None:
        table = table.merge(boot, on="actor_id", how="left")
    return table.sort_values("actor_id", kind="mergesort").reset_index(drop=True)


def _stability(net: Any, opts: AnalyzeOptions) -> tuple[pd.DataFrame | None, dict[str, Any] | None]:
    if not (opts.stability_runs and net.n_actors > 0):
        return None, None
    from ctnet.community import community_stability

    return community_stability(net, runs=opts.stability_runs, seed=opts.seed, method=opts.community,
                               resolution=opts.resolution)


def _measure(net: Any, opts: AnalyzeOptions, *, stability: bool = True) -> tuple[
        pd.DataFrame, pd.DataFrame, dict[str, Any], pd.DataFrame | None, dict[str, Any] | None]:
    with paused_gc():
        from ctnet.community import communities
        from ctnet.metrics import centrality, graph_summary

    cent = centrality(net, seed=opts.seed)
    comm = communities(net, method=opts.community, seed=opts.seed, resolution=opts.resolution)
    stab_df, stab = _stability(net, opts) if stability else (None, None)
    summary = graph_summary(net, communities=comm, centrality=cent, seed=opts.seed)
    approx = {**summary.get("approximations", {}), **cent.attrs.get("approximations", {})}
    if approx:
        summary["approximations"] = dict(sorted(approx.items()))
    return cent, comm, summary, stab_df, stab


def analyze(
    input: str | Path | None = None,
    out: str | Path | None = None,
    *,
    events: str | Path | pd.DataFrame | None = None,
    config: str | Path | None = None,
    write: bool = True,
    figure_process: bool = False,
    **options: Any,
) -> AnalysisResult:
    """Run the main job: read, extract, build, measure, detect communities, write.

    Parameters
    ----------
    input : path, optional
        A folder of releases, or a .txt/.md/.html/.jsonl/.csv file. Not used with ``events``.
    out : path, optional
        The output folder (written atomically). Required when ``write`` is True.
    events : path or DataFrame, optional
        An event table (``event_id, actor[, date][, actor_type][, role]``); extraction is skipped.
    config : path, optional
        A TOML file whose ``[analyze]`` table sets options; keyword options override it.
    write : bool, default True
        Write the output folder. With False, only the in-memory result is returned.
    figure_process : bool, default False
        Render the figures in a forked process (:class:`ctnet.viz.static.FigureWorker`,
        Linux only) that imports matplotlib on another core while the corpus is read, and
        draws while the other files are written. The files are the same bytes. ``ctnet
        analyze`` turns it on; it is off by default because forking a process that runs
        threads (a notebook kernel, a web server) is unsafe.
    **options
        Any field of :class:`AnalyzeOptions` (``seed=42``, ``weight="count"``, ``unit="document"``...).

    Returns
    -------
    AnalysisResult

    Raises
    ------
    InputError
        A problem with the input (one-line message naming the file and the fix).
    InvalidParameterError
        A bad option value (the message lists the valid values).
    OutputError
        The output folder must not be written (inside the input, or not made by ctnet).

    Examples
    --------
    >>> import ctnet
    >>> res = ctnet.analyze("seeds", write=False, quiet=True, stability_runs=0)
    >>> res.summary["n_documents"]
    5
    """
    cfg = load_config(config) if config is not None else {}
    cfg.update(options)
    if "gazetteer" in cfg and isinstance(cfg["gazetteer"], (str, Path)):
        cfg["gazetteer"] = (str(cfg["gazetteer"]),)
    elif "gazetteer" in cfg:
        cfg["gazetteer"] = tuple(str(g) for g in cfg["gazetteer"])
    known = {f.name for f in dataclasses.fields(AnalyzeOptions)}
    for key in cfg:
        if key not in known:
            raise InvalidParameterError(
                f"analyze() got an unknown option {key!r}; valid options are {', '.join(sorted(known))}."
            )
    opts = AnalyzeOptions(**cfg).validate()
    if input is None and events is None:
        raise InvalidParameterError("analyze needs an INPUT corpus or an events table (--events FILE).")
    if input is not None and events is not None:
        raise InvalidParameterError("analyze takes an INPUT corpus or --events FILE, not both.")
    if write and out is None:
        raise InvalidParameterError("analyze needs an output folder (-o OUT) when write=True.")

    inputs = [Path(input)] if input is not None else ([Path(events)] if isinstance(events, (str, Path)) else [])
    for p in inputs:
        if not p.exists() and not any(ch in str(p) for ch in "*?["):  # a glob of shards is checked by the reader
            raise InputError(f"{p}: no such file or folder; check the path.")

    worker = None
    if figure_process and write:
        from ctnet.viz.static import FigureWorker

        worker = FigureWorker.start()  # imports matplotlib on another core while the corpus is read
    try:
        with paused_gc():
            from ctnet import io as cio

        # refuse a bad output folder before any heavy work
        output = cio.prepare_output(out, inputs=inputs, force=opts.force) if write and out is not None else None
        if output is None:
            result, files = _run(input, events, opts)
        else:
            with output as folder:  # removed again if anything fails
                assert folder.path is not None
                try:
                    result, files = _run(input, events, opts, figures=worker, folder=folder.path)
                    write_outputs(result, folder.path, files=files, figures=worker)
                finally:
                    if worker is not None:
                        worker.close()  # before the folder is removed on an error
            result.out = output.final
    finally:
        if worker is not None:
            worker.close()
    return result


def _run(input: str | Path | None, events: str | Path | pd.DataFrame | None, opts: AnalyzeOptions, *,
         figures: Any = None, folder: Path | None = None) -> tuple[AnalysisResult, list[Path]]:
    """Read, extract, build, measure: the result of :func:`analyze` and the input files.

    With a :class:`ctnet.viz.static.FigureWorker`, the figures are sent to it (to be
    written in ``folder``) as soon as what they show is known, before the community
    stability runs, which they do not show.
    """
    with paused_gc():
        from ctnet.network import backbone, build_network, slice_by_time

    build_opts: dict[str, Any] = {"unit": opts.unit, "weight": opts.weight, "counting": opts.counting,
                      "min_weight": opts.effective_min_weight,
                      "min_docs": opts.min_docs, "level": opts.level, "exclude_publisher": opts.exclude_publisher}
    warnings: list[str] = []
    corpus = None
    files: list[Path] = []
    if events is not None:
        from ctnet.network import mentions_from_events

        if opts.exclude is not None:
            build_opts["exclude"] = _read_exclude_ids(opts.exclude, None)
        mentions = mentions_from_events(events)
        files = [Path(events)] if isinstance(events, (str, Path)) else []
        net = build_network(mentions, **build_opts)
    else:
        with paused_gc():
            from ctnet.actors import Gazetteer, extract_actors
            from ctnet.corpus import read_corpus

        assert input is not None
        gaz = Gazetteer.load(opts.gazetteer, exclude=opts.exclude) if (opts.gazetteer or opts.exclude) else Gazetteer.default()
        if opts.engine == "dask":
            # the workers read the shards: the client only sees the file list and the warnings
            from ctnet.corpus import ReadLog
            from ctnet.distributed import extract_dask

            log = ReadLog()
            mentions = extract_dask(input, gazetteer=gaz, scheduler=opts.scheduler, log=log, quiet=opts.quiet)
            warnings.extend(log.warnings)
            files = list(log.files)
        else:
            corpus = read_corpus(input)
            warnings.extend(corpus.warnings)
            files = list(corpus.files)
            if opts.jobs > 1:
                from ctnet.parallel import extract_parallel

                mentions = extract_parallel(corpus, gazetteer=gaz, jobs=opts.jobs, quiet=opts.quiet)
            else:
                mentions = extract_actors(corpus, gazetteer=gaz)
        net = build_network(mentions, **build_opts)

    if opts.backbone is not None:
        net = backbone(net, method=opts.backbone, alpha=opts.alpha)

    cent, comm, summary, _, _ = _measure(net, opts, stability=False)
    boot = None
    if opts.bootstrap > 0 and net.n_actors > 0:
        from ctnet.metrics import bootstrap

        boot = bootstrap(net, n_boot=opts.bootstrap, seed=opts.seed)

    periods: list[tuple[str, Any, pd.DataFrame]] = []
    over_time = None
    later_warnings: list[str] = []
    if opts.by is not None:
        rows = []
        slices = slice_by_time(mentions, by=opts.by, cumulative=opts.cumulative)
        undated = list(getattr(slices, "undated", []))
        if undated:
            later_warnings.append(
                f"{len(undated)} release(s) have no date and are left out of the --by {opts.by} "
                f"periods (e.g. {undated[0]}); give dates in a meta.jsonl sidecar or a date column")
        for label, sub in slices:
            pnet = build_network(sub, **build_opts)
            if opts.backbone is not None:
                pnet = backbone(pnet, method=opts.backbone, alpha=opts.alpha)
            pc, pcomm, _psum, _, _ = _measure(pnet, dataclasses.replace(opts, stability_runs=0))
            ptable = _actor_table(pnet, pc, pcomm, None, None)
            periods.append((label, pnet, ptable))
            t = ptable.copy()
            t.insert(0, "period", label)
            rows.append(t)
        if rows:
            over_time = pd.concat(rows, ignore_index=True)

    edges = net.edges()  # first with the docs column: the figures' call below is then served from its cache
    if figures is not None and folder is not None:
        from ctnet.viz.layout import layout

        figures.submit(net, folder, table=_actor_table(net, cent, comm, None, boot), size_by=opts.size_by,
                       seed=opts.seed, top_k=opts.top_k, positions=layout(net, seed=opts.seed),
                       over_time=over_time)

    stab_df, stab = _stability(net, opts)
    table = _actor_table(net, cent, comm, stab_df, boot)

    from ctnet import __version__

    n_docs = len(mentions.documents)
    summary = {
        "n_documents": int(n_docs),
        **summary,
        "weight": opts.weight,
        "unit": opts.unit,
        "level": opts.level,
        "community_method": opts.community,
        "resolution": opts.resolution,
        "path_distance": "1/weight",
        "seed": opts.seed,
        "ctnet_version": __version__,
    }
    summary.setdefault("n_actors", int(net.n_actors))
    summary.setdefault("n_edges", int(net.n_edges))
    if stab is not None:
        summary["community_stability"] = stab
    if opts.backbone:
        summary["backbone"] = {"method": opts.backbone, "alpha": opts.alpha}
    if opts.bootstrap:
        summary["bootstrap"] = {"resamples": opts.bootstrap, "ci": 0.95}
    if net.n_edges == 0:
        msg = ("no two actors co-occur after filtering: the network has no edges"
               if net.n_actors else "no actors were found: the network is empty")
        warnings.append(msg)
    summary["warnings"] = list(warnings)
    warnings.extend(later_warnings)  # reported, but not part of summary.json (as before)

    result = AnalysisResult(corpus=corpus, mentions=mentions, network=net, table=table, edges=edges,
                            summary=summary, communities=comm, stability=stab, periods=periods,
                            over_time=over_time, options=opts, warnings=warnings, extracted=events is None)
    for w in warnings:
        _say(opts, f"ctnet: warning: {w}")
    return result, files


def _read_exclude_ids(path: str | Path, gazetteer: Any) -> list[str]:
    """Read an exclude list (CSV with an id or name column, or one id/name per line)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise InputError(f"{p}: cannot read the exclude list ({e.strerror}); check the --exclude path.") from None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if p.suffix.lower() == ".csv" and lines:
        import csv
        import io as _io

        rows = list(csv.DictReader(_io.StringIO(text)))
        col = "id" if rows and "id" in rows[0] else ("actor_id" if rows and "actor_id" in rows[0] else
                                                      ("name" if rows and "name" in rows[0] else None))
        if col is None:
            raise InputError(f"{p}: the exclude CSV needs an 'id' or 'name' column; add a header line.")
        lines = [r[col].strip() for r in rows if r.get(col, "").strip()]
    return lines


#: Above this many release-actor links the bipartite GraphML export is skipped (and said so):
#: building an nx.Graph of millions of links costs minutes and gigabytes.
BIPARTITE_MAX_LINKS = 1_000_000

#: actors.csv columns that come first, in this order (CONTRACT.md); others follow.
ACTOR_CSV_COLUMNS = [
    "actor_id", "name", "type", "country", "parent", "donor", "n_docs", "n_mentions",
    "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "community",
]


def _ordered(table: pd.DataFrame, first: list[str]) -> pd.DataFrame:
    cols = [c for c in first if c in table.columns] + [c for c in table.columns if c not in first]
    return table[cols]


def write_outputs(result: AnalysisResult, folder: str | Path, *, files: Sequence[Path] = (),
                  figures: Any = None) -> list[Path]:
    """Write every output file of a run into ``folder`` (the caller makes it atomic).

    ``figures`` is an optional started :class:`ctnet.viz.static.FigureWorker`: it is given
    the figures at once and waited for before the report. Returns the paths written, in
    the order written (the figures where :func:`ctnet.viz.static.save_figures` would
    have written them).
    """
    with paused_gc():
        from ctnet import io as cio
        from ctnet.actors.mentions import DOCUMENT_COLUMNS, MENTION_COLUMNS
        from ctnet.viz.html import to_html
        from ctnet.viz.layout import layout
        from ctnet.viz.report import (
            methods_paragraph,
            metrics_table_md,
            metrics_table_tex,
            write_report,
        )
        from ctnet.viz.static import save_figures

    folder = Path(folder)
    opts = result.options
    net = result.network
    written: list[Path] = []

    def csv(df: pd.DataFrame, name: str) -> None:
        path = folder / name
        cio.write_csv(df, path)
        written.append(path)

    positions = layout(net, seed=opts.seed)
    figure_args: dict[str, Any] = {"table": result.table, "size_by": opts.size_by, "seed": opts.seed,
                                   "top_k": opts.top_k, "positions": positions, "over_time": result.over_time}
    if figures is not None and not figures.submitted:  # the worker draws while the other files are written
        figures.submit(net, folder, **figure_args)
    csv(_ordered(result.table, ACTOR_CSV_COLUMNS), "actors.csv")
    csv(result.edges, "edges.csv")
    csv(result.mentions.table[MENTION_COLUMNS], "mentions.csv")
    docs = result.mentions.documents
    csv(docs[[c for c in DOCUMENT_COLUMNS if c in docs.columns]], "documents.csv")
    if result.communities is not None:
        comm = result.communities[["actor_id", "community"]].copy()
        if "community_stability" in result.table.columns:
            comm = comm.merge(result.table[["actor_id", "community_stability"]].rename(
                columns={"community_stability": "stability"}), on="actor_id", how="left")
        comm["modularity"] = result.summary.get("modularity")
        csv(comm.sort_values("actor_id", kind="mergesort"), "communities.csv")

    written.append(to_html(net, folder / "network.html", table=result.table, size_by=opts.size_by,
                           seed=opts.seed, positions=positions,
                           periods=result.periods or None))
    figures_at = len(written)
    if figures is None:
        written.extend(save_figures(net, folder, **figure_args))
    measures = tuple(m for m in (opts.size_by, "betweenness", "degree") if m in result.table.columns)
    measures = tuple(dict.fromkeys(measures))
    tex = folder / "metrics.tex"
    cio.write_text(metrics_table_tex(result.table, measures=measures, top_k=max(opts.top_k, 15)), tex)
    md = folder / "metrics.md"
    cio.write_text(metrics_table_md(result.table, measures=measures, top_k=max(opts.top_k, 15)), md)
    written.extend([tex, md])
    if result.over_time is not None:
        csv(result.over_time, "metrics_over_time.csv")
        for label, pnet, ptable in result.periods:
            sub = folder / "periods" / label
            sub.mkdir(parents=True, exist_ok=True)
            csv(_ordered(ptable, ACTOR_CSV_COLUMNS), f"periods/{label}/actors.csv")
            csv(pnet.edges(), f"periods/{label}/edges.csv")
    written.extend(cio.write_graph_files(net.graph, folder, positions=positions, table=result.table))
    if net.incidence.nnz <= BIPARTITE_MAX_LINKS:
        from ctnet.network import bipartite_graph

        written.append(cio.write_bipartite_graph(bipartite_graph(net), folder))
    else:
        result.summary.setdefault("skipped", []).append(
            f"bipartite.graphml: {net.incidence.nnz} release-actor links exceed {BIPARTITE_MAX_LINKS}")

    evaluation = None
    if opts.gold is not None and result.extracted:
        from ctnet.actors import evaluate, read_gold

        evaluation = evaluate(result.mentions, read_gold(opts.gold))
        path = folder / "evaluation.json"
        cio.write_json(evaluation.to_dict(), path)
        written.append(path)

    if figures is not None:
        written[figures_at:figures_at] = figures.result()

    summary_path = folder / "summary.json"
    cio.write_json(result.summary, summary_path)
    written.append(summary_path)
    manifest = cio.build_manifest(options=opts.to_dict(), inputs=list(files), seed=opts.seed)
    manifest_path = folder / "manifest.json"
    cio.write_json(manifest, manifest_path)
    written.append(manifest_path)
    params = {**net.params, **opts.to_dict()}
    written.append(write_report(folder, summary=result.summary, table=result.table,
                                communities=result.communities, manifest=manifest, params=params,
                                files=[p.relative_to(folder).as_posix() for p in written],
                                evaluation=evaluation.to_text() if evaluation is not None else None,
                                stability=result.stability))
    (folder / "methods.txt").write_text(methods_paragraph(params, result.summary) + "\n", encoding="utf-8")
    return written


def extract(input: str | Path, *, gazetteer: Any = (), exclude: str | Path | None = None) -> Any:
    """Read ``input`` and extract its actors with the registry plus user gazetteers.

    The first two stages of :func:`analyze`, for ``ctnet actors``, ``evaluate`` and ``explain``.
    """
    from ctnet.actors import Gazetteer, extract_actors
    from ctnet.corpus import read_corpus

    p = Path(input)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder; check the path.")
    corpus = read_corpus(p)
    for w in corpus.warnings:
        print(f"ctnet: warning: {w}", file=sys.stderr)
    paths = tuple(str(g) for g in gazetteer)
    gaz = Gazetteer.load(paths, exclude=exclude) if (paths or exclude) else Gazetteer.default()
    return extract_actors(corpus, gazetteer=gaz)


def explain(mentions: Any, a: str, b: str) -> tuple[pd.DataFrame, str, str, str, str]:
    """The releases and sentences that link actors ``a`` and ``b``.

    ``a`` and ``b`` are actor ids, canonical names or surfaces seen in the corpus
    (case-insensitive). Returns ``(evidence, a_id, b_id, a_name, b_name)`` where
    evidence has one row per sentence that names both actors (or, in a release where
    they are named in different sentences, each sentence naming either), with
    columns ``doc_id, title, date, sentence, text, names``.

    Raises
    ------
    InputError
        ``a`` or ``b`` is not an actor found in the corpus.
    """
    table = mentions.table
    actors = mentions.actors

    def resolve(q: str) -> tuple[str, str]:
        key = " ".join(q.split()).casefold()
        for col in ("actor_id", "name"):
            hit = actors[actors[col].astype(str).str.casefold() == key]
            if len(hit):
                r = hit.iloc[0]
                return str(r["actor_id"]), str(r["name"])
        hit = table[table["surface"].astype(str).map(lambda s: " ".join(s.split()).casefold()) == key]
        if len(hit):
            r = hit.iloc[0]
            return str(r["actor_id"]), str(r["actor_name"])
        raise InputError(f"{q!r} is not an actor found in this corpus; run `ctnet actors INPUT` to list ids and names.")

    a_id, a_name = resolve(a)
    b_id, b_name = resolve(b)
    ta = table[table["actor_id"] == a_id]
    tb = table[table["actor_id"] == b_id]
    shared = sorted(set(ta["doc_id"]) & set(tb["doc_id"]))
    sent = mentions.sentences
    docs = mentions.documents.set_index("doc_id")
    rows = []
    for doc in shared:
        sa = set(ta.loc[ta["doc_id"] == doc, "sentence"])
        sb = set(tb.loc[tb["doc_id"] == doc, "sentence"])
        both = sorted(sa & sb)
        which = both if both else sorted(sa | sb)
        s_doc = sent[sent["doc_id"] == doc].set_index("sentence")
        for k in which:
            text = str(s_doc.loc[k, "text"]) if k in s_doc.index else ""
            names = "both" if k in sa and k in sb else (a_name if k in sa else b_name)
            rows.append({"doc_id": doc, "title": str(docs.loc[doc, "title"]) if doc in docs.index else "",
                         "date": str(docs.loc[doc, "date"]) if doc in docs.index else "",
                         "sentence": int(k), "text": text, "names": names})
    ev = pd.DataFrame(rows, columns=["doc_id", "title", "date", "sentence", "text", "names"])
    return ev, a_id, b_id, a_name, b_name

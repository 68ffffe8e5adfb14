"""The command line: ctnet analyze, actors, evaluate, explain."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from ctnet.errors import CtnetError

__all__ = ["cli", "main"]

def _choices(name: str) -> click.Choice:
    from ctnet._startup import paused_gc

    with paused_gc():  # the first call imports the pipeline (pandas)
        from ctnet.pipeline import OPTION_CHOICES

    return click.Choice(OPTION_CHOICES[name])


def _unit(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return value
    from ctnet.pipeline import _check_unit

    try:
        _check_unit(value)
    except CtnetError:
        raise click.BadParameter(
            f"{value!r} is not one of 'document', 'paragraph', 'sentence', 'window:K' (K a whole number >= 1)."
        ) from None
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="ctnet", prog_name="ctnet", message="%(prog)s %(version)s")
def cli() -> None:
    """ctnet: networks of the actors named in press releases.

    Each release is an event; actors named together in a release are linked.
    Run `ctnet analyze seeds/ -o out/` for the main job.
    """


def _common_debug(f: Any) -> Any:
    f = click.option("--debug", is_flag=True, help="Show the full traceback on errors.")(f)
    f = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")(f)
    return f


@cli.command()
@click.argument("input", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(path_type=Path),
              help="Output folder. Written atomically; refused if it is inside INPUT or was not made by ctnet (see --force).")
@click.option("--events", type=click.Path(path_type=Path),
              help="An event table (CSV or JSONL: event_id, actor[, date][, actor_type][, role]) instead of INPUT; extraction is skipped.")
@click.option("--config", type=click.Path(path_type=Path),
              help="TOML file whose [analyze] table sets these options (names with _); options given here win.")
@click.option("--seed", type=click.IntRange(min=0), default=42, show_default=True,
              help="Seed for every random step (Louvain, layouts, bootstrap, pivots).")
@click.option("--size-by", type=_choices("size_by"), default="pagerank", show_default=True,
              help="Node measure that sizes nodes in the HTML and figures.")
@click.option("--min-weight", type=click.FloatRange(min=0), default=None,
              help="Drop edges whose weight is below this value.  [default: 1 for --weight count, "
                   "which keeps every edge; no threshold for the other weights]")
@click.option("--weight", type=_choices("weight"), default="count", show_default=True,
              help="Edge weight: count = releases in which both actors appear; others in docs/methods.md.")
@click.option("--unit", callback=_unit, default="document", show_default=True,
              help="Co-occurrence unit: document, paragraph, sentence or window:K (K sentences).")
@click.option("--counting", type=_choices("counting"), default="binary", show_default=True,
              help="Incidence entries: binary presence per unit, or mention counts.")
@click.option("--community", type=_choices("community"), default="louvain", show_default=True,
              help="Community detection method (leiden needs ctnet[leiden]).")
@click.option("--resolution", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="Modularity resolution (higher = more, smaller communities).")
@click.option("--stability-runs", type=click.IntRange(min=0), default=10, show_default=True,
              help="Community runs with seeds seed..seed+R-1 for the stability check (0 = off).")
@click.option("--gazetteer", multiple=True, type=click.Path(path_type=Path),
              help="A CSV of actors (same columns as ctnet/data/actors.csv) that extends or overrides the registry. Repeatable.")
@click.option("--exclude", type=click.Path(path_type=Path),
              help="CSV (id or name column) or text file (one id or name per line) of actors to drop.")
@click.option("--level", type=_choices("level"), default="actor", show_default=True,
              help="actor, or parent: merge bodies into their top-level ancestor before building.")
@click.option("--exclude-publisher", is_flag=True, default=False,
              help="Drop each release's own publisher from its actors.")
@click.option("--min-docs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Keep actors named in at least this many releases.")
@click.option("--by", type=_choices("by"), default=None,
              help="Also build one network per year, quarter or month (writes periods/ and metrics_over_time.csv).")
@click.option("--cumulative", is_flag=True, default=False, help="With --by: each period includes all earlier releases.")
@click.option("--backbone", type=_choices("backbone"), default=None,
              help="Keep only edges significant under this null model (p-values in edges.csv).")
@click.option("--alpha", type=click.FloatRange(min=0, max=1, min_open=True, max_open=True), default=0.05,
              show_default=True, help="Significance level for --backbone (Benjamini-Hochberg q-values).")
@click.option("--bootstrap", type=click.IntRange(min=0), default=0, show_default=True,
              help="B resamples of releases for 95%% intervals of each measure and rank (0 = off).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for extraction (identical results).")
@click.option("--engine", type=_choices("engine"), default="local", show_default=True,
              help="local, or dask (needs ctnet[dask]; see docs/scale.md).")
@click.option("--scheduler", default=None, help="With --engine dask: the scheduler address (default: a local cluster).")
@click.option("--top-k", type=click.IntRange(min=1), default=10, show_default=True,
              help="Actors labelled in figures and listed in tables.")
@click.option("--gold", type=click.Path(path_type=Path), default=None,
              help="A gold JSONL file: adds the extraction audit to index.html and evaluation.json.")
@click.option("--force", is_flag=True, default=False,
              help="Replace an existing output folder that ctnet did not make.")
@_common_debug
@click.pass_context
def analyze(ctx: click.Context, input: Path | None, out: Path, events: Path | None, config: Path | None,
            debug: bool, **options: Any) -> None:
    """Analyse a corpus of releases (INPUT: a folder, or a .txt/.md/.html/.jsonl/.csv file)."""
    from ctnet.pipeline import analyze as run

    if input is None and events is None:
        raise click.UsageError("give an INPUT corpus, or --events FILE.")
    if input is not None and events is not None:
        raise click.UsageError("give an INPUT corpus or --events FILE, not both.")
    given = {k: v for k, v in options.items()
             if ctx.get_parameter_source(k) not in (ParameterSource.DEFAULT, None)}
    if "gazetteer" in given:
        given["gazetteer"] = tuple(str(g) for g in given["gazetteer"])
    for k in ("exclude", "gold"):
        if given.get(k) is not None:
            given[k] = str(given[k])
    if config is None:
        # make the defaults explicit so the manifest records them
        given = {**{k: v for k, v in options.items() if k not in ("gazetteer", "exclude", "gold")}, **given}
    quiet = options["quiet"]
    res = run(input, out, events=events, config=config, figure_process=True, **given)
    if not quiet:
        s = res.summary
        click.echo(f"ctnet: {s['n_documents']} releases, {s['n_actors']} actors, {s['n_edges']} edges, "
                   f"{s.get('n_communities', 0)} communities -> {res.out}/")
        measure = res.options.size_by
        top = res.top(measure, res.options.top_k)
        if len(top):
            click.echo(f"top actors by {measure}:")
            for i, r in enumerate(top.itertuples(index=False), 1):
                label = r.name if r.name == r.actor_id else f"{r.name} ({r.actor_id})"
                click.echo(f"  {i:>2}. {label} {getattr(r, measure):.4f}")
        click.echo(f"open {res.out}/index.html or {res.out}/network.html")


@cli.command()
@click.argument("input", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True,
              help="table prints a review table; csv writes gazetteer-format rows you can edit and pass back as --gazetteer.")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None, help="With --format csv: write to this file instead of stdout.")
@click.option("--gazetteer", multiple=True, type=click.Path(path_type=Path), help="Extra actor CSV. Repeatable.")
@click.option("--exclude", type=click.Path(path_type=Path), help="Actors to drop (ids or names).")
@_common_debug
def actors(input: Path, fmt: str, out: Path | None, gazetteer: tuple[Path, ...], exclude: Path | None,
           debug: bool, quiet: bool) -> None:
    """List the actors found in INPUT with type, country, releases, surfaces and a flag for discovered ones."""
    from ctnet.actors import actor_table
    from ctnet.pipeline import extract

    mentions = extract(input, gazetteer=gazetteer, exclude=exclude)
    table = actor_table(mentions)
    if fmt == "csv":
        from ctnet import io as cio

        if out is not None:
            cio.write_csv(table, out)
        else:
            table.to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    import pandas as pd

    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60):
        cols = [c for c in ("id", "name", "type", "country", "n_docs", "n_mentions", "discovered", "aliases")
                if c in table.columns]
        click.echo(table[cols].to_string(index=False))


@cli.command()
@click.argument("input", type=click.Path(path_type=Path))
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="Gold JSONL (the format of shared/eval).")
@click.option("--gazetteer", multiple=True, type=click.Path(path_type=Path), help="Extra actor CSV. Repeatable.")
@click.option("--exclude", type=click.Path(path_type=Path), help="Actors to drop (ids or names).")
@click.option("--not-actors", "not_actors", type=click.Path(path_type=Path), default=None,
              help="JSONL of strings deliberately not annotated (the format of shared/eval); predictions "
                   "that hit them are listed.")
@_common_debug
def evaluate(input: Path, gold: Path, gazetteer: tuple[Path, ...], exclude: Path | None, not_actors: Path | None,
             debug: bool, quiet: bool) -> None:
    """Score extraction on INPUT against a gold file: P/R/F1 overall and by type, donors, misses."""
    from ctnet.actors import evaluate as score
    from ctnet.actors import read_gold
    from ctnet.actors.evaluate import read_not_actors
    from ctnet.pipeline import extract

    golds = read_gold(gold)
    skip = read_not_actors(not_actors) if not_actors is not None else None
    mentions = extract(input, gazetteer=gazetteer, exclude=exclude)
    click.echo(score(mentions, golds, not_actors=skip).to_text())


@cli.command()
@click.argument("a")
@click.argument("b")
@click.argument("input", type=click.Path(path_type=Path))
@click.option("--gazetteer", multiple=True, type=click.Path(path_type=Path), help="Extra actor CSV. Repeatable.")
@_common_debug
def explain(a: str, b: str, input: Path, gazetteer: tuple[Path, ...], debug: bool, quiet: bool) -> None:
    """Show the releases and sentences that link actors A and B (ids or names) in INPUT."""
    from ctnet.pipeline import explain as run
    from ctnet.pipeline import extract

    mentions = extract(input, gazetteer=gazetteer)
    ev, a_id, b_id, a_name, b_name = run(mentions, a, b)
    if ev.empty:
        click.echo(f"{a_name} ({a_id}) and {b_name} ({b_id}) are not named together in any release.")
        return
    n = ev["doc_id"].nunique()
    click.echo(f"{a_name} ({a_id}) -- {b_name} ({b_id}): {n} release{'s' if n != 1 else ''}")
    for doc_id, grp in ev.groupby("doc_id", sort=False):
        first = grp.iloc[0]
        date = f", {first['date']}" if first["date"] else ""
        click.echo(f"\n[{doc_id}] {first['title']}{date}")
        for r in grp.itertuples(index=False):
            text = " ".join(str(r.text).split())
            click.echo(f"  s{r.sentence}: {text}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``ctnet`` command: returns the exit code (0 ok, 1 input, 2 usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="ctnet", standalone_mode=False)
        return 0
    except click.exceptions.Exit as e:
        return int(e.exit_code or 0)
    except click.ClickException as e:
        e.show()
        return int(e.exit_code)
    except (click.Abort, KeyboardInterrupt):
        print("ctnet: interrupted; the previous output folder, if any, is unchanged.", file=sys.stderr)
        return 130
    except CtnetError as e:
        if debug:
            raise
        print(f"ctnet: error: {_one_line(e)}", file=sys.stderr)
        return int(getattr(e, "exit_code", 1))
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: still one line unless --debug
        if debug:
            raise
        print(f"ctnet: internal error: {type(e).__name__}: {_one_line(e)} "
              "(run with --debug for the traceback, and please report it)", file=sys.stderr)
        return 1


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

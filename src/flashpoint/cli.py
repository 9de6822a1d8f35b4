"""The command line: thin commands over the library (`flashpoint.api`).

Exit codes: 0 all inputs processed, 1 some input failed or an error stopped
the command, 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from tqdm import tqdm

from .analysis.slice import SliceFilter
from .api import Flashpoint, as_date
from .config import load_settings
from .errors import FlashpointError
from .evaluate import (
    DocumentScores,
    Ratio,
    render_claim_sets,
    render_scores,
    score_actor_sets,
    score_claim_sets,
    score_document,
)
from .gold import gold_kind, load_actor_sets, load_claim_sets, load_gold
from .gsr import render_petr2, render_plover
from .learn import Figures, FoldScore, relation_examples, train_relation_model
from .learn import cross_validate as folds
from .records import Analysis, Article, Failure
from .reference import read_reference
from .report.brief import render_markdown as render_brief_markdown
from .report.explain import explain as explain_analysis
from .report.html import render_html
from .report.render import render_markdown, render_summary, render_text
from .stages.ingest import read_inputs
from .store import Store

FORMATS = ("text", "md", "json")


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    try:
        return as_date(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from e


published_option = click.option(
    "--published",
    callback=_published,
    metavar="YYYY-MM-DD",
    help="Publication date, for dates and office-holders (JSONL records carry their own).",
)
db_option = click.option(
    "--db", type=click.Path(dir_okay=False), default=None, help="DuckDB file (default: flashpoint.duckdb)."
)
config_option = click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="TOML settings file with a [flashpoint] table.",
)


F = TypeVar("F", bound=Callable[..., Any])


def corpus_option(*, required: bool) -> Callable[[F], F]:
    """--corpus, repeatable: the JSONL corpora that .jsonl gold files refer to by id."""
    return click.option(
        "--corpus",
        "corpora",
        multiple=True,
        required=required,
        type=click.Path(exists=True, dir_okay=False),
        help="JSONL corpus that .jsonl gold files refer to by id (repeat for several).",
    )


def _system(config: str | None, **overrides: Any) -> Flashpoint:
    return Flashpoint(load_settings(Path(config) if config else None, **overrides))


def _one(fp: Flashpoint, path: str, published: date | None) -> Analysis:
    stdin = sys.stdin.buffer if path == "-" else None
    result = next(iter(fp.analyze_paths([path], published=published, stdin=stdin)), None)
    if result is None:
        raise click.ClickException(f"{path}: no article found")
    if isinstance(result, Failure):
        click.echo(result.line(), err=True)
        sys.exit(1)
    return result


@click.group()
@click.version_option(package_name="flashpoint")
def main() -> None:
    """flashpoint: reads news and codes who did what to whom."""


@main.command()
@click.argument("file")
@published_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@config_option
def analyze(file: str, published: date | None, fmt: str, config: str | None) -> None:
    """Analyse one article (a file, or - for stdin) and print the result.

    Example: flashpoint analyze article.txt --published 2012-06-12 --format json
    """
    fp = _system(config)
    document = fp.document(_one(fp, file, published))
    if fmt == "json":
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        click.echo(render_markdown(document) if fmt == "md" else render_text(document))


@main.command()
@click.argument("file")
@published_option
@config_option
def explain(file: str, published: date | None, config: str | None) -> None:
    """Show each stage's records for one article and the rule behind each.

    Example: flashpoint explain article.txt --published 2012-06-12
    """
    fp = _system(config)
    click.echo(explain_analysis(_one(fp, file, published)))


@main.command()
@click.argument("file", required=False)
@published_option
@db_option
@click.option(
    "--since", callback=_published, metavar="YYYY-MM-DD", help="Corpus: articles published on or after."
)
@click.option(
    "--until", callback=_published, metavar="YYYY-MM-DD", help="Corpus: articles published on or before."
)
@click.option(
    "--country", "countries", multiple=True, metavar="ISO3", help="Corpus: articles naming it (repeat)."
)
@click.option("--source", default=None, help="Corpus: articles whose source name contains this.")
@click.option("--format", "fmt", type=click.Choice(("md", "html")), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="Write here, not stdout.")
@config_option
def brief(
    file: str | None,
    published: date | None,
    db: str | None,
    since: date | None,
    until: date | None,
    countries: tuple[str, ...],
    source: str | None,
    fmt: str,
    output: str | None,
    config: str | None,
) -> None:
    """Write an analyst's brief: key judgements, actors, timeline, tension, alignments, balance.

    With FILE, the brief covers that article; without it, the stored articles
    the filters select (all of them if none is given). Reference figures
    imported with `flashpoint reference` fill gaps in the balance of power.

    Example: flashpoint brief article.txt --published 2012-06-12 --format html -o brief.html;
    flashpoint brief --db flashpoint.duckdb --country IRN --since 2012-01-01
    """
    fp = _system(config, db_path=db)
    if file:
        report = fp.brief(_one(fp, file, published))
    else:
        where = SliceFilter(since, until, tuple(c.upper() for c in countries), source)
        report = fp.brief(fp.corpus(where))
    text = render_html(report) if fmt == "html" else render_brief_markdown(report)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"brief written to {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@db_option
@config_option
def reference(csv_file: str, db: str | None, config: str | None) -> None:
    """Import a reference capability table (CSV) into the store.

    Columns: country,attribute,year,value,unit,source (see docs/data.md). Bad
    rows are reported with their line and skipped; the exit code is then 1.

    Example: flashpoint reference milex.csv --db flashpoint.duckdb
    """
    settings = load_settings(Path(config) if config else None, db_path=db)
    table = read_reference(Path(csv_file))
    for problem in table.problems:
        click.echo(problem, err=True)
    with Store.open(settings.db_path) as store:
        count = store.import_reference(table.rows, Path(csv_file).name)
    click.echo(f"{count} reference rows imported, {len(table.problems)} skipped -> {settings.db_path}")
    sys.exit(1 if table.problems else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@db_option
@config_option
def ingest(paths: tuple[str, ...], published: date | None, db: str | None, config: str | None) -> None:
    """Analyse files, directories, JSONL(.gz) or stdin (-) into the store.

    Texts already stored are skipped before parsing, so a rerun adds nothing.

    Example: flashpoint ingest news/ feed.jsonl.gz --db flashpoint.duckdb
    """
    fp = _system(config, db_path=db)
    stdin = sys.stdin.buffer if "-" in paths else None
    with tqdm(unit=" articles", file=sys.stderr, disable=None) as bar:

        def progress(item: object) -> None:
            if isinstance(item, Failure):
                tqdm.write(item.line(), file=sys.stderr)
            bar.update(1)

        report = fp.ingest(paths, published=published, stdin=stdin, on_item=progress)
    click.echo(
        f"{report.new} new articles stored, {report.known} already stored, "
        f"{len(report.failures)} failed -> {fp.settings.db_path}"
    )
    sys.exit(0 if report.ok else 1)


@main.command()
@db_option
@config_option
def summary(db: str | None, config: str | None) -> None:
    """Print what the store holds.

    Example: flashpoint summary --db flashpoint.duckdb
    """
    settings = load_settings(Path(config) if config else None, db_path=db)
    with Store.open(settings.db_path, read_only=True) as store:
        click.echo(render_summary(store.summary()))


@main.command(name="eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@corpus_option(required=False)
@click.option(
    "--write-doc",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write the figures as Markdown to this file.",
)
@click.option(
    "--totals-only", is_flag=True, help="Print figures without per-article differences (for blind sets)."
)
@config_option
def eval_command(
    gold_files: tuple[str, ...],
    corpora: tuple[str, ...],
    write_doc: str | None,
    totals_only: bool,
    config: str | None,
) -> None:
    """Score flashpoint's output against gold files and print figures with counts.

    A .json object is a flashpoint-gold/1 article file, a .json list the PLOVER
    GSR, an .xml file the PETR2 GSR; a .jsonl file gives the countries, or the
    claims and relations, of corpus articles by id and needs --corpus.

    Example: flashpoint eval ../shared/seed/gold.json
    """
    fp = _system(config)
    kinds = {name: gold_kind(Path(name)) for name in gold_files}
    if {"actor-sets", "claim-sets"} & set(kinds.values()) and not corpora:
        raise click.UsageError("gold files of corpus articles (.jsonl) need --corpus")
    parts = []
    articles = [Path(g) for g, kind in kinds.items() if kind == "article"]
    if articles:
        parts.append(render_scores([_score_article(fp, path) for path in articles]))
    for name, kind in kinds.items():
        if kind == "actor-sets":
            parts.append(_score_sets(fp, Path(name), corpora))
        elif kind == "claim-sets":
            parts.append(_score_claim_sets(fp, Path(name), corpora, totals_only))
        elif kind == "plover-gsr":
            parts.append(render_plover(Path(name), fp.code_texts))
        elif kind == "petr2-gsr":
            parts.append(render_petr2(Path(name), fp.code_texts))
    text = "\n\n".join(parts)
    click.echo(text)
    if write_doc:
        Path(write_doc).write_text(_accuracy_doc(text, gold_files, corpora), encoding="utf-8")


@main.command(name="train-relations")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@corpus_option(required=True)
@click.option("--out", type=click.Path(file_okay=False), required=True, help="Directory for the model.")
@click.option(
    "--cross-validate",
    is_flag=True,
    help="Also hold out each gold file in turn and print the classifier's own figures.",
)
@config_option
def train_relations_command(
    gold_files: tuple[str, ...], corpora: tuple[str, ...], out: str, cross_validate: bool, config: str | None
) -> None:
    """Train the relation classifier (relations.learned.v1) from claim-and-relation gold files.

    Example: flashpoint train-relations tests/gold/claims-relations-opeds-a.jsonl
    --corpus tests/corpora/opeds-a.jsonl --out model/
    """
    # the classifier being trained must not be needed to read the examples
    fp = _system(config, learned_relation_threshold=2.0)
    examples = relation_examples(fp, [Path(g) for g in gold_files], corpora)
    positive = sum(e.cats["POS"] for e in examples)
    negative = sum(e.cats["NEG"] for e in examples)
    click.echo(f"{len(examples)} pairs named together; {positive:.0f} positive, {negative:.0f} negative")
    if cross_validate:
        threshold = load_settings(Path(config) if config else None).learned_relation_threshold
        _print_folds(list(folds(examples, threshold)), threshold)
    Path(out).mkdir(parents=True, exist_ok=True)
    train_relation_model(examples).to_disk(out)
    click.echo(f"model written to {out}")


def _print_folds(scores: list[FoldScore], threshold: float) -> None:
    def line(name: str, figures: Figures) -> str:
        return f"{name}: recall {figures.recall}, precision {figures.precision}"

    for score in scores:
        click.echo(f"  held out {score.group}: " + line("joined", score.joined))
    click.echo(f"cross-validated at {threshold}, pairs named together and their signs:")
    for name in ("rules", "classifier", "joined"):
        total = Figures(
            sum((getattr(s, name).recall for s in scores), Ratio(0, 0)),
            sum((getattr(s, name).precision for s in scores), Ratio(0, 0)),
        )
        click.echo("  " + line(name, total))


def _score_article(fp: Flashpoint, path: Path) -> DocumentScores:
    gold = load_gold(path)
    article = _one(fp, str(gold.article_file), as_date(gold.published))
    return score_document(fp.document(article), gold)


def _corpus_analyses(fp: Flashpoint, corpora: tuple[str, ...], wanted: set[str]) -> dict[str, Analysis]:
    items = read_inputs(list(corpora), settings=fp.settings)
    chosen = (i for i in items if isinstance(i, Article) and i.external_id in wanted)
    return {
        r.article.external_id: r
        for r in fp.pipeline.run(chosen)
        if isinstance(r, Analysis) and r.article.external_id
    }


def _score_sets(fp: Flashpoint, path: Path, corpora: tuple[str, ...]) -> str:
    gold = load_actor_sets(path)
    analyses = _corpus_analyses(fp, corpora, {g.id for g in gold})
    predicted = {key: {m.country for m in a.mentions if m.country} for key, a in analyses.items()}
    scores, differences = score_actor_sets(predicted, gold)
    lines = [
        f"{path} ({len(gold)} articles of {', '.join(Path(c).name for c in corpora)})",
        f"  {'actors precision':<22} {scores.precision}",
        f"  {'actors recall':<22} {scores.recall}",
    ]
    return "\n".join(lines + [f"  {d}" for d in differences])


def _score_claim_sets(fp: Flashpoint, path: Path, corpora: tuple[str, ...], totals_only: bool) -> str:
    gold = load_claim_sets(path)
    analyses = _corpus_analyses(fp, corpora, {g.id for g in gold})
    documents = {key: fp.document(a) for key, a in analyses.items()}
    scores, differences = score_claim_sets(documents, gold)
    return render_claim_sets(f"{path} ({len(gold)} articles)", scores, differences, brief=totals_only)


def _accuracy_doc(text: str, gold_files: tuple[str, ...], corpora: tuple[str, ...]) -> str:
    command = "flashpoint eval " + " ".join(gold_files) + "".join(f" --corpus {c}" for c in corpora)
    return f"# Accuracy\n\nCommand: `{command}`\n\n```\n{text}\n```\n"


def run() -> None:
    """Entry point that turns library errors into one clear line."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        sys.exit(1)
    except FlashpointError as e:
        click.echo(f"flashpoint: {e}", err=True)
        sys.exit(1)

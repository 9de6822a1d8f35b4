"""The Python API: what the CLI, tests and benchmarks call.

>>> from flashpoint import Flashpoint
>>> fp = Flashpoint()
>>> analysis = fp.analyze_text("Baku refused entry to an Iranian envoy.", published="2012-05-29")
>>> fp.document(analysis)["actors"][0]["code"]
'AZE'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from typing import Any, BinaryIO

import pandas as pd

from .analysis.balance import balance, blocs
from .analysis.slice import Slice, SliceFilter, slice_of
from .analysis.tension import tension
from .config import Settings
from .pipeline import Pipeline, build_pipeline
from .records import Analysis, Article, Failure
from .report.brief import Brief, build_brief
from .report.document import RunContext, to_document
from .stages.actors import Gazetteer, load_gazetteer
from .stages.ingest import make_article, read_inputs
from .stages.parse import Parser
from .store import RunInfo, Store
from .tables import hash_data_files


def package_version() -> str:
    try:
        return version("flashpoint")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class IngestReport:
    new: int
    known: int
    failures: tuple[Failure, ...]
    run_ids: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(slots=True)
class Flashpoint:
    """One configured system: the pipeline, its tables and model, built on first use."""

    settings: Settings = field(default_factory=Settings)
    _pipeline: Pipeline | None = field(default=None, repr=False)
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    _parser: Parser | None = field(default=None, repr=False)
    _data_hash: str | None = field(default=None, repr=False)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._parser = Parser(self.settings.model, self.settings.batch_size)
            self._pipeline = build_pipeline(self.settings, parser=self._parser, gazetteer=self.gazetteer)
        return self._pipeline

    def run_context(self) -> RunContext:
        self.pipeline  # noqa: B018 - builds the parser whose model is named below
        assert self._parser is not None
        if self._data_hash is None:  # every table and the shipped model: read once, not per document
            self._data_hash = hash_data_files()
        return RunContext(package_version(), self._parser.model_version(), self._data_hash)

    def analyze_text(
        self, text: str, *, published: date | str | None = None, title: str | None = None
    ) -> Analysis:
        article = make_article(text, "<text>", published=as_date(published), title=title)
        return self.pipeline.analyse(article)

    def analyze_article(self, article: Article) -> Analysis:
        return self.pipeline.analyse(article)

    def analyze_paths(
        self, paths: Iterable[str], *, published: date | str | None = None, stdin: BinaryIO | None = None
    ) -> Iterator[Analysis | Failure]:
        items = read_inputs(paths, settings=self.settings, published=as_date(published), stdin=stdin)
        return self.pipeline.run(items)

    def code_texts(self, texts: Sequence[str]) -> list[list[dict[str, Any]]]:
        """The events (as JSON dicts) of each text, in order; an unreadable text has none."""
        articles = [make_article(text, f"<text {n}>") for n, text in enumerate(texts)]
        context = self.run_context()
        return [
            [] if isinstance(r, Failure) else to_document(r, context, self.gazetteer.country_names)["events"]
            for r in self.pipeline.run(articles)
        ]

    def frames(self, data: Analysis | Slice) -> dict[str, pd.DataFrame]:
        """Events, claims, relations, tension and balance as pandas DataFrames (store columns)."""
        data = slice_of(data) if isinstance(data, Analysis) else data
        groups = blocs(data.relations)
        return {
            "articles": data.articles,
            "events": data.events,
            "claims": data.claims,
            "relations": data.relations,
            "tension": tension(data.events),
            "balance": balance(data.claims, data.reference, groups),
        }

    def corpus(self, where: SliceFilter | None = None, *, db: str | None = None) -> Slice:
        """Stored articles the filter selects, as tables (read-only; other readers may share the store)."""
        with Store.open(db or self.settings.db_path, read_only=True) as store:
            return store.slice(where or SliceFilter())

    def brief(self, data: Analysis | Slice) -> Brief:
        """The analyst's brief of one analysis or a corpus slice; render with render_markdown/render_html."""
        data = slice_of(data) if isinstance(data, Analysis) else data
        return build_brief(data, self.gazetteer.country_names)

    def document(self, analysis: Analysis) -> dict[str, Any]:
        """The JSON document of the output contract."""
        return to_document(analysis, self.run_context(), self.gazetteer.country_names)

    def ingest(
        self,
        paths: Iterable[str],
        *,
        db: str | None = None,
        published: date | str | None = None,
        stdin: BinaryIO | None = None,
        on_item: Callable[[Analysis | Failure | Article], None] | None = None,
    ) -> IngestReport:
        """Analyse inputs into the store; already stored texts are skipped before parsing."""
        items = read_inputs(paths, settings=self.settings, published=as_date(published), stdin=stdin)
        with Store.open(db or self.settings.db_path) as store:
            return self._ingest(store, items, on_item)

    def _ingest(
        self,
        store: Store,
        items: Iterable[Article | Failure],
        on_item: Callable[[Analysis | Failure | Article], None] | None,
    ) -> IngestReport:
        new = known = 0
        failures: list[Failure] = []
        run_ids: list[str] = []
        for batch in _batches(items, self.settings.batch_size):
            fresh, seen = _split_known(store, batch)
            known += len(seen)
            for article in seen:
                on_item and on_item(article)
            results = list(self.pipeline.run(fresh))
            analyses = [r for r in results if isinstance(r, Analysis)]
            batch_failures = [r for r in results if isinstance(r, Failure)]
            for result in results:
                on_item and on_item(result)
            run_id = store.write_run(self._run_info(), analyses, batch_failures, known=len(seen))
            if run_id:
                run_ids.append(run_id)
            new += len({a.article.content_hash for a in analyses})
            failures += batch_failures
        return IngestReport(new, known, tuple(failures), tuple(run_ids))

    def _run_info(self) -> RunInfo:
        context = self.run_context()
        return RunInfo(context.package_version, context.model, context.data_hash, self.settings)


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _split_known(
    store: Store, batch: list[Article | Failure]
) -> tuple[list[Article | Failure], list[Article]]:
    hashes = store.known_hashes(i.content_hash for i in batch if isinstance(i, Article))
    seen = [i for i in batch if isinstance(i, Article) and i.content_hash in hashes]
    fresh = [i for i in batch if not (isinstance(i, Article) and i.content_hash in hashes)]
    return fresh, seen

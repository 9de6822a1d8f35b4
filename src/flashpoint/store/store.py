"""DuckDB store: articles, removed lines, mentions, actors, runs, failures.

Writes go through Arrow tables inside one transaction per batch. DuckDB allows
one writer process at a time; a second writer gets a clear E401. Re-ingesting
the same text adds nothing: articles are keyed by their content hash.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..analysis.slice import Slice, SliceFilter
from ..config import Settings
from ..errors import ErrorCode, StoreError
from ..records import Analysis, Failure
from ..reference import ReferenceRow
from ..rows import (
    actor_rows,
    article_row,
    check_rows,
    claim_rows,
    event_rows,
    mention_rows,
    relation_rows,
    removed_rows,
)
from .schema import MIGRATIONS

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What produced the rows of one run, for provenance."""

    package_version: str
    model: str
    data_hash: str
    settings: Settings

    def config_json(self) -> str:
        return json.dumps(asdict(self.settings), sort_keys=True)


class Store:
    """An open store. Use as a context manager: `with Store.open(path) as store:`."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(ErrorCode.E401, f"{path}: {e}") from e
        store = cls(con, str(path))
        if not read_only:
            store.migrate()
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def migrate(self) -> list[str]:
        """Apply migrations not yet applied; return their names."""
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
        )
        done = {row[0] for row in self._con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self._transaction():
                self._con.execute(sql)
                self._con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
            applied.append(name)
        return applied

    def _transaction(self) -> _Transaction:
        return _Transaction(self._con)

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self._con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))", [wanted]
        ).fetchall()
        return {row[0] for row in rows}

    def write_run(
        self, info: RunInfo, analyses: Sequence[Analysis], failures: Sequence[Failure], *, known: int
    ) -> str | None:
        """Store one batch and its run record; returns the run id, or None if nothing new."""
        fresh = _unique_new(analyses, self.known_hashes(a.article.content_hash for a in analyses))
        if not fresh and not failures:
            return None
        run_id = uuid.uuid4().hex
        try:
            with self._transaction():
                self._insert("runs", [_run_row(run_id, info, len(fresh), known, len(failures))])
                self._insert("articles", [{**article_row(a), "run_id": run_id} for a in fresh])
                for table, rows_of in _ROWS.items():
                    self._insert(table, [r for a in fresh for r in rows_of(a)])
                self._insert("failures", [_failure_row(f, run_id) for f in failures])
        except duckdb.Error as e:
            raise StoreError(ErrorCode.E402, f"{self.path}: {e}") from e
        return run_id

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = [c[0] for c in self._con.execute(f"DESCRIBE {table}").fetchall()]
        batch = pa.Table.from_pylist(rows).select(columns)
        self._con.register("_batch", batch)
        try:
            self._con.execute(f"INSERT INTO {table} SELECT * FROM _batch")
        finally:
            self._con.unregister("_batch")

    def count(self, table: str) -> int:
        if table not in {name for (name,) in self._con.execute("SHOW TABLES").fetchall()}:
            raise StoreError(ErrorCode.E401, f"no table {table!r}")
        return int(self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def frame(self, table: str) -> pd.DataFrame:
        """A whole table as a pandas DataFrame (for notebooks)."""
        self.count(table)  # validates the name
        return self._con.execute(f"SELECT * FROM {table}").df()

    def import_reference(self, rows: Sequence[ReferenceRow], imported_from: str) -> int:
        """Add or replace reference figures (one per country, attribute and year)."""
        records = [{**asdict(r), "imported_from": imported_from} for r in rows]
        if not records:
            return 0
        batch = pa.Table.from_pylist(records)
        self._con.register("_batch", batch)
        try:
            with self._transaction():
                self._con.execute(
                    "INSERT OR REPLACE INTO reference "
                    "SELECT country, attribute, year, value, unit, source, imported_from FROM _batch"
                )
        except duckdb.Error as e:
            raise StoreError(ErrorCode.E402, f"{self.path}: {e}") from e
        finally:
            self._con.unregister("_batch")
        return len(records)

    def slice(self, where: SliceFilter) -> Slice:
        """The stored articles the filter selects, with their rows from every table."""
        self._con.execute("CREATE OR REPLACE TEMP TABLE _slice AS " + _SLICE_SQL, _slice_params(where))
        try:
            tables = {
                name: self._con.execute(f"SELECT t.* FROM {name} t JOIN _slice USING (article_id)").df()
                for name in ("articles", "actors", "events", "claims", "claim_checks", "relations")
            }
        finally:
            self._con.execute("DROP TABLE _slice")
        return Slice(
            scope=where.describe(),
            articles=tables["articles"],
            actors=tables["actors"],
            events=tables["events"],
            claims=tables["claims"],
            checks=tables["claim_checks"],
            relations=tables["relations"],
            reference=self.frame("reference"),
        )

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        tables = ("articles", "removed", "mentions", "actors", "runs", "failures", "events")
        countries = self._con.execute(
            """SELECT country, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
               FROM actors WHERE country IS NOT NULL GROUP BY country
               ORDER BY articles DESC, mentions DESC, country LIMIT ?""",
            [top],
        ).fetchall()
        return {
            "path": self.path,
            "counts": {t: self.count(t) for t in tables},
            "top_countries": [{"country": c, "articles": a, "mentions": m} for c, a, m in countries],
        }


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __enter__(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._con.execute("COMMIT" if kind is None else "ROLLBACK")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _unique_new(analyses: Sequence[Analysis], known: set[str]) -> list[Analysis]:
    """Analyses whose text is not stored yet, each text once."""
    seen = set(known)
    fresh = []
    for a in analyses:
        if a.article.content_hash not in seen:
            seen.add(a.article.content_hash)
            fresh.append(a)
    return fresh


def _run_row(run_id: str, info: RunInfo, new: int, known: int, failures: int) -> dict[str, Any]:
    now = _now()
    return {
        "run_id": run_id,
        "started_at": now,
        "finished_at": now,
        "package_version": info.package_version,
        "config_json": info.config_json(),
        "model": info.model,
        "data_hash": info.data_hash,
        "articles_new": new,
        "articles_known": known,
        "failures": failures,
    }


_SLICE_SQL = """
    SELECT article_id FROM articles a
    WHERE (CAST(? AS DATE) IS NULL OR a.published >= ?)
      AND (CAST(? AS DATE) IS NULL OR a.published <= ?)
      AND (CAST(? AS VARCHAR) IS NULL OR a.source LIKE '%' || ? || '%')
      AND (len(CAST(? AS VARCHAR[])) = 0 OR EXISTS (
            SELECT 1 FROM actors c WHERE c.article_id = a.article_id AND list_contains(?, c.country)))
"""


def _slice_params(where: SliceFilter) -> list[Any]:
    countries = list(where.countries)
    return [
        where.since,
        where.since,
        where.until,
        where.until,
        where.source,
        where.source,
        countries,
        countries,
    ]


_ROWS = {
    "removed": removed_rows,
    "mentions": mention_rows,
    "actors": actor_rows,
    "events": event_rows,
    "claims": claim_rows,
    "claim_checks": check_rows,
    "relations": relation_rows,
}


def _failure_row(f: Failure, run_id: str) -> dict[str, Any]:
    return {"run_id": run_id, "source": f.source, "code": f.code, "reason": f.reason}

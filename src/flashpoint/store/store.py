"""DuckDB store: articles, removed lines, mentions, actors, runs, failures.

Writes go through Arrow tables inside one transaction per batch. DuckDB allows
one writer process at a time; a second writer gets a clear E401. Re-ingesting
the same text adds nothing: articles are keyed by their content hash.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..config import Settings
from ..errors import ErrorCode, StoreError
from ..records import Analysis, Failure
from ..report.document import claim_dict, mention_dict
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
                self._insert("articles", [_article_row(a, run_id) for a in fresh])
                self._insert("removed", [r for a in fresh for r in _removed_rows(a)])
                self._insert("mentions", [r for a in fresh for r in _mention_rows(a)])
                self._insert("actors", [r for a in fresh for r in _actor_rows(a)])
                self._insert("events", [r for a in fresh for r in _event_rows(a)])
                self._insert("claims", [r for a in fresh for r in _claim_rows(a)])
                self._insert("relations", [r for a in fresh for r in _relation_rows(a)])
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


def _article_row(a: Analysis, run_id: str) -> dict[str, Any]:
    art = a.article
    return {
        "article_id": art.article_id,
        "content_hash": art.content_hash,
        "run_id": run_id,
        "source": art.source,
        "external_id": art.external_id,
        "url": art.url,
        "title": art.title,
        "published": art.published,
        "body": a.clean.body,
        "captions": list(a.clean.captions),
    }


def _removed_rows(a: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": a.article.article_id,
            "line_no": r.line_no,
            "text": r.text,
            "reason": r.reason.value,
            "rule": r.rule,
        }
        for r in a.clean.removed
    ]


def _mention_rows(a: Analysis) -> list[dict[str, Any]]:
    rows = []
    for m in a.mentions:
        values = mention_dict(m)
        values["start_char"], values["end_char"] = values.pop("start"), values.pop("end")
        rows.append({"article_id": a.article.article_id, **values})
    return rows


def _actor_rows(a: Analysis) -> list[dict[str, Any]]:
    counts = Counter((m.country, m.igo, m.sector.value if m.sector else None) for m in a.mentions)
    return [
        {"article_id": a.article.article_id, "country": c, "igo": i, "sector": s, "mentions": n}
        for (c, i, s), n in sorted(counts.items(), key=lambda kv: str(kv[0]))
    ]


def _event_rows(a: Analysis) -> list[dict[str, Any]]:
    rows = []
    for e in a.events:
        target = e.target
        rows.append(
            {
                "article_id": a.article.article_id,
                "event_id": e.event_id,
                "group_id": e.group_id,
                "source_country": e.source.country,
                "source_sector": e.source.sector.value if e.source.sector else None,
                "target_country": target.country if target else None,
                "target_sector": target.sector.value if target and target.sector else None,
                "plover": e.plover.value if e.plover else None,
                "mode": e.mode,
                "cameo": e.cameo,
                "goldstein": e.goldstein,
                "event_date": e.date.value,
                "date_granularity": e.date.granularity.value if e.date.granularity else None,
                "negated": e.negated,
                "hypothetical": e.hypothetical,
                "future": e.future,
                "historical": e.historical,
                "asserted_by": e.asserted_by,
                "trigger": e.trigger,
                "sentence_start": e.sentence_start,
                "sentence_end": e.sentence_end,
                "rule": e.rule,
                "confidence": e.confidence,
            }
        )
    return rows


def _claim_rows(a: Analysis) -> list[dict[str, Any]]:
    rows = []
    for c in a.claims:
        values = claim_dict(c)
        sentence = values.pop("sentence")
        values["claim_date"] = values.pop("date")
        for key in ("id", "text", "start", "end"):
            values.pop(key)
        rows.append(
            {
                "article_id": a.article.article_id,
                **values,
                "sentence_start": sentence["start"],
                "sentence_end": sentence["end"],
            }
        )
    return rows


def _relation_rows(a: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": a.article.article_id,
            "a": r.a,
            "b": r.b,
            "kind": r.kind.value,
            "stated": r.stated,
            "evidence": r.evidence,
            "sentence_start": r.sentence_start,
            "sentence_end": r.sentence_end,
            "rule": r.rule,
            "confidence": r.confidence,
        }
        for r in a.relations
    ]


def _failure_row(f: Failure, run_id: str) -> dict[str, Any]:
    return {"run_id": run_id, "source": f.source, "code": f.code, "reason": f.reason}

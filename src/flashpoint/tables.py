"""Reading the shipped data files (lexicons, actor and ontology tables).

Every table is a UTF-8 TSV with `#` comment lines and a header; a row with the
wrong number of fields is an error naming the file and line, never skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from .errors import DataError, ErrorCode


@dataclass(frozen=True, slots=True)
class Row:
    source: str  # "file.tsv:12", for error messages
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def items(self, key: str) -> tuple[str, ...]:
        """A ';'-separated column as a tuple of stripped, non-empty strings."""
        return tuple(part.strip() for part in self.values[key].split(";") if part.strip())

    def fail(self, why: str) -> DataError:
        return DataError(ErrorCode.E301, f"{self.source}: {why}")

    def span(self, first: str, last: str) -> tuple[date, date | None]:
        """Two ISO date columns, the second empty while still running; a bad date, or an end
        before the start, is an error naming the row."""
        try:
            start = date.fromisoformat(self.values[first])
            end = date.fromisoformat(self.values[last]) if self.values[last] else None
        except ValueError as e:
            raise self.fail(str(e)) from e
        if end is not None and end < start:
            raise self.fail(f"{last} before {first}")
        return start, end


def data_dir() -> Path:
    return Path(str(resources.files("flashpoint") / "data"))


def read_table(path: Path, header: tuple[str, ...]) -> Iterator[Row]:
    """Rows of one TSV file, checked against the expected header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    content = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not content or tuple(content[0][1].split("\t")) != header:
        raise DataError(ErrorCode.E301, f"{path.name}: header must be {' | '.join(header)}")
    for number, line in content[1:]:
        fields = line.split("\t")
        if len(fields) != len(header):
            raise DataError(
                ErrorCode.E301, f"{path.name}:{number}: {len(fields)} fields, expected {len(header)}"
            )
        yield Row(f"{path.name}:{number}", dict(zip(header, (f.strip() for f in fields), strict=True)))


def hash_data_files(root: Path | None = None) -> str:
    """One hash over every data file and shipped model, recorded with each run for provenance."""
    root = root or data_dir()
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()

"""Reference capability tables the user imports as CSV (e.g. yearly military expenditure).

Format: a header row with the columns `country,attribute,year,value,unit,source`
(extra columns are ignored). `country` is ISO 3166-1 alpha-3; `attribute` uses
the claim vocabulary (`military_expenditure`, `active_army_size`...); `value` is
a plain number in `unit` ("USD", "person"); `source` says where the figure comes
from ("SIPRI 2024 release"). A bad row is reported with its file and line and
skipped; the good rows are imported. The balance of power uses a reference
figure only where the analysed articles give none.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ErrorCode, StoreError

COLUMNS = ("country", "attribute", "year", "value", "unit", "source")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ATTRIBUTE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    country: str
    attribute: str
    year: int
    value: float
    unit: str
    source: str


@dataclass(frozen=True, slots=True)
class ReferenceFile:
    rows: tuple[ReferenceRow, ...]
    problems: tuple[str, ...]  # "file:line: why", one per skipped row


def read_reference(path: Path) -> ReferenceFile:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise StoreError(ErrorCode.E403, f"{path}: missing column(s) {', '.join(missing)}")
            rows, problems = [], []
            for record in reader:
                try:
                    rows.append(_row(record))
                except ValueError as e:
                    problems.append(f"{path}:{reader.line_num}: {e}")
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise StoreError(ErrorCode.E403, f"{path}: {e}") from e
    return ReferenceFile(tuple(rows), tuple(problems))


def _row(record: dict[str, str | None]) -> ReferenceRow:
    values = {c: (record.get(c) or "").strip() for c in COLUMNS}
    if not _ISO3.match(values["country"]):
        raise ValueError(f"country {values['country']!r} is not an ISO 3166-1 alpha-3 code")
    if not _ATTRIBUTE.match(values["attribute"]):
        raise ValueError(f"attribute {values['attribute']!r} is not a lower_snake_case name")
    year, value = _number(values["year"], int, "year"), _number(values["value"], float, "value")
    if not 1800 <= year <= 2200 or value < 0:
        raise ValueError(f"year {year} or value {value} out of range")
    if not values["unit"] or not values["source"]:
        raise ValueError("unit and source must not be empty")
    return ReferenceRow(values["country"], values["attribute"], year, value, values["unit"], values["source"])


def _number(text: str, kind: type, name: str):  # type: ignore[no-untyped-def]
    try:
        return kind(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not a number") from None

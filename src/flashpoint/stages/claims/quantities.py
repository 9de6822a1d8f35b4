"""Quantities in a sentence, through quantulum3, normalised to our units.

quantulum3 finds and reads "$1.6 billion", "60 tons", "ten times",
"one-seventh", "20 percent"; this module only sorts them into kinds (money,
mass, fraction, count, ratio) and normalises units (currency codes, tonnes,
fractions). Time spans ("two years") and bare years are not claims.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from enum import StrEnum

NUMBER_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|"
    r"billion|half|third|quarter|fifth|seventh|percent|dozen)\b",
    re.IGNORECASE,
)
YEARS = re.compile(r"\b(?:19|20)\d{2}s?\b")
CURRENCIES = {
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "rouble": "RUB",
    "ruble": "RUB",
}
MASS_TO_TONNES = {"ton": 1.0, "tonne": 1.0, "metric ton": 1.0, "kilogram": 0.001}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}


class Kind(StrEnum):
    MONEY = "money"
    MASS = "mass"
    FRACTION = "fraction"
    COUNT = "count"
    RATIO = "ratio"  # "ten times", "one-seventh as much"


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: Kind
    value: float
    unit: str | None
    period: str | None
    start: int  # offsets in the sentence
    end: int
    surface: str


def _parse(text: str):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        # quantulum3 warns at import that its optional classifier (scikit-learn)
        # is absent; its rule-based reading is what we use.
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # imported late: it takes seconds to load

        return parser.parse(text)


def quantities(sentence: str) -> list[Quantity]:
    """Every quantity in a sentence that can be a claim, in order."""
    if not NUMBER_WORDS.search(YEARS.sub("", sentence)):
        return []  # only years: nothing for quantulum3, the costly step, to read
    found = (_normalise(q, sentence) for q in _parse(sentence))
    return [q for q in found if q is not None]


def _normalise(q, sentence: str) -> Quantity | None:  # type: ignore[no-untyped-def]
    name = q.unit.name
    start, end = q.span
    after = sentence[end : end + 12].lower()
    base = name.split(" per ")[0]
    period = name.split(" per ")[1] if " per " in name else None
    if base in CURRENCIES:
        return Quantity(Kind.MONEY, float(q.value), CURRENCIES[base], period, start, end, q.surface)
    if base in MASS_TO_TONNES:
        return Quantity(Kind.MASS, q.value * MASS_TO_TONNES[base], "tonne", period, start, end, q.surface)
    if name == "percentage":
        return Quantity(Kind.FRACTION, q.value / 100, "fraction", None, start, end, q.surface)
    if "times" in q.surface.lower() or (
        name == "dimensionless" and 0 < q.value < 1 and after.startswith(" as ")
    ):
        return Quantity(Kind.RATIO, float(q.value), None, None, start, end, q.surface)
    if base in TIME_UNITS or (
        name == "dimensionless" and 1900 <= q.value <= 2100 and float(q.value).is_integer()
    ):
        return None  # "two years in prison", "in 2007"
    if name in ("dimensionless", "count") and q.value >= 1:
        return Quantity(Kind.COUNT, float(q.value), "count", None, start, end, q.surface)
    return None

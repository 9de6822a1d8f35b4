"""Dates: resolve an expression against the publication date.

Our own rules cover what news writes relative to its date ("two weeks ago",
"last week", "last fall", "in February", "Thursday", "the early 1990s",
"since 2001", "most recently"); dateparser handles absolute dates
("5 March 2012", "March 5, 2012"). Unresolvable expressions give None, never
the publication date in disguise. Each result names the rule that made it.
"""

from __future__ import annotations

import re
from calendar import month_name
from datetime import date, timedelta
from functools import lru_cache

from ...records import DateGranularity, EventDate

G = DateGranularity
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "a few": 3,
}
MONTHS = {name.lower(): number for number, name in enumerate(month_name) if name}
MONTHS.update({name[:3].lower(): n for name, n in list(MONTHS.items())} | {"sept": 9})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Start month of each season (northern hemisphere, as in the DOMAIN primer).
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}

_LEAD = re.compile(r"^(?:in|on|during|since|from|by|until|at|of|throughout|over)\s+", re.I)
_AGO = re.compile(r"^(\d+|[a-z]+(?: few)?)\s+(day|week|month|year|decade)s?\s+ago$")
_LAST = re.compile(r"^(last|this|next|past)\s+(week|month|year|weekend)$")
_SEASON = re.compile(r"^(?:(last|this|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+of)?(?:\s+(\d{4}))?$")
_DECADE = re.compile(r"^(?:the\s+)?(?:(early|mid|middle|late)[\s-]+)?(\d{3})0s$")
_YEAR = re.compile(r"^(?:the\s+(?:year\s+)?)?(\d{4})$")
_MONTH = re.compile(
    r"^(?:(early|mid|late)\s+)?([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$"
)
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$")
_WEEKDAY = re.compile(r"^(?:last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_RELATIVE_DAY = {"today": 0, "yesterday": 1, "tonight": 0, "this morning": 0}
RECENT = re.compile(r"\b(?:most\s+)?recently\b", re.I)


def normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip().lower())
    return _LEAD.sub("", text)


@lru_cache(maxsize=4096)
def resolve(text: str, published: date | None) -> EventDate | None:
    """An EventDate for one expression, or None when no rule applies.

    Cached: the events and claims stages resolve the same expressions, and
    dateparser, behind the last rule, is slow."""
    expression = normalise(text)
    for rule in RULES:
        result = rule(expression, published)
        if result is not None:
            value, granularity, name, until = result
            return EventDate(value, granularity, name, text, until)
    return None


Result = tuple[str, DateGranularity, str, str | None] | None


def _ago(expression: str, published: date | None) -> Result:
    match = _AGO.match(expression)
    if not match or published is None:
        return None
    count = int(match[1]) if match[1].isdigit() else NUMBERS.get(match[1])
    if count is None:
        return None
    unit = match[2]
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return (
            (published - timedelta(days=days)).isoformat(),
            G.DAY if unit == "day" else G.WEEK,
            "date.ago.v1",
            None,
        )
    months = count * 12 if unit == "year" else count * 120 if unit == "decade" else count
    year, month = _shift_month(published.year, published.month, -months)
    if unit == "month":
        return f"{year:04d}-{month:02d}", G.MONTH, "date.ago.v1", None
    return f"{year:04d}", G.YEAR, "date.ago.v1", None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _last(expression: str, published: date | None) -> Result:
    match = _LAST.match(expression)
    if not match or published is None:
        return None
    which, unit = match[1], match[2]
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        day = monday + timedelta(days=5) if unit == "weekend" else monday
        return day.isoformat(), G.WEEK, "date.relative_week.v1", None
    if unit == "month":
        year, month = _shift_month(published.year, published.month, step)
        return f"{year:04d}-{month:02d}", G.MONTH, "date.relative_month.v1", None
    return f"{published.year + step:04d}", G.YEAR, "date.relative_year.v1", None


def _season(expression: str, published: date | None) -> Result:
    match = _SEASON.match(expression)
    if not match:
        return None
    start = SEASONS[match[2]]
    if match[3]:
        year = int(match[3])
    elif published is None:
        return None
    else:
        # "last fall" is the fall that began in the most recent year whose
        # fall had started by publication (DOMAIN primer's rule).
        year = published.year if published.month >= start else published.year - 1
    end_year, end_month = _shift_month(year, start, 2)
    return f"{year:04d}-{start:02d}", G.SEASON, "date.season.v1", f"{end_year:04d}-{end_month:02d}"


def _decade(expression: str, published: date | None) -> Result:
    match = _DECADE.match(expression)
    if not match:
        return None
    base = int(match[2]) * 10
    first, last = DECADE_PARTS.get(match[1] or "", (0, 9))
    return f"{base + first:04d}", G.DECADE, "date.decade.v1", f"{base + last:04d}"


def _year(expression: str, published: date | None) -> Result:
    match = _YEAR.match(expression)
    if not match or not 1000 <= int(match[1]) <= 2999:
        return None
    return match[1], G.YEAR, "date.year.v1", None


def _month(expression: str, published: date | None) -> Result:
    match = _MONTH.match(expression)
    if match and match[2] in MONTHS:
        return _month_day(MONTHS[match[2]], match[3], match[4], published)
    match = _DAY_MONTH.match(expression)
    if match and match[2] in MONTHS:
        return _month_day(MONTHS[match[2]], match[1], match[3], published)
    return None


def _month_day(month: int, day: str | None, year: str | None, published: date | None) -> Result:
    if year is not None:
        resolved_year = int(year)
    elif published is None:
        return None
    else:
        # "In February" without a year is the February on or before publication.
        resolved_year = published.year if month <= published.month else published.year - 1
    if day is None:
        return f"{resolved_year:04d}-{month:02d}", G.MONTH, "date.month.v1", None
    try:
        return date(resolved_year, month, int(day)).isoformat(), G.DAY, "date.month_day.v1", None
    except ValueError:
        return None


def _weekday(expression: str, published: date | None) -> Result:
    match = _WEEKDAY.match(expression)
    if not match or published is None:
        return None
    back = (published.weekday() - WEEKDAYS.index(match[1])) % 7
    return (published - timedelta(days=back)).isoformat(), G.DAY, "date.weekday.v1", None


def _relative_day(expression: str, published: date | None) -> Result:
    if expression not in _RELATIVE_DAY or published is None:
        return None
    return (
        (published - timedelta(days=_RELATIVE_DAY[expression])).isoformat(),
        G.DAY,
        "date.relative_day.v1",
        None,
    )


def _absolute(expression: str, published: date | None) -> Result:
    """Full dates our patterns missed, through dateparser; only with a year in them."""
    if not re.search(r"\b\d{4}\b", expression):
        return None
    import dateparser  # imported late: it takes a second to load its language data

    parsed = dateparser.parse(expression, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        return None
    return parsed.date().isoformat(), G.DAY, "date.absolute.v1", None


RULES = (_ago, _last, _season, _decade, _year, _month, _weekday, _relative_day, _absolute)


def recent(published: date | None, text: str) -> EventDate | None:
    """'Most recently': the publication month, the coarsest honest reading."""
    if published is None:
        return None
    return EventDate(f"{published.year:04d}-{published.month:02d}", G.MONTH, "date.recent.v1", text)


NO_DATE = EventDate(None, None, "date.none.v1")

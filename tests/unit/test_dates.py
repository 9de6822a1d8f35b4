"""Date rules of the DOMAIN primer, resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.stages.events.dates import resolve

PUBLISHED = date(2012, 6, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value", "granularity", "until"),
    [
        ("In February", "2012-02", "month", None),
        ("in September", "2011-09", "month", None),  # after publication month: last year's
        ("Two weeks ago", "2012-05-29", "week", None),
        ("three days ago", "2012-06-09", "day", None),
        ("last week", "2012-06-04", "week", None),
        ("last month", "2012-05", "month", None),
        ("Last fall", "2011-09", "season", "2011-11"),
        ("autumn 2009", "2009-09", "season", "2009-11"),
        ("during the early 1990s", "1990", "decade", "1993"),
        ("the late 1980s", "1987", "decade", "1989"),
        ("since 2001", "2001", "year", None),
        ("Thursday", "2012-06-07", "day", None),
        ("Tuesday", "2012-06-12", "day", None),
        ("This year", "2012", "year", None),
        ("March 5, 2011", "2011-03-05", "day", None),
        ("5 March 2011", "2011-03-05", "day", None),
        ("yesterday", "2012-06-11", "day", None),
    ],
)
def test_expressions_resolve(text: str, value: str, granularity: str, until: str | None) -> None:
    resolved = resolve(text, PUBLISHED)
    assert resolved is not None, text
    assert (resolved.value, resolved.granularity.value, resolved.until) == (value, granularity, until)


@pytest.mark.parametrize("text", ["two years", "a year", "the past", "decades", "every week"])
def test_durations_and_vague_phrases_are_not_dates(text: str) -> None:
    assert resolve(text, PUBLISHED) is None


def test_last_fall_after_september_is_the_same_year() -> None:
    resolved = resolve("last fall", date(2012, 10, 2))
    assert resolved is not None and resolved.value == "2012-09"


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve("two weeks ago", None) is None
    assert resolve("in 2007", None).value == "2007"  # type: ignore[union-attr]

"""Sums of money in US dollars, so that figures stated in different currencies compare.

A claim keeps the value and currency the text states (that is what a reader
checks, and what gold files score); `value_usd` adds the sum converted at the
European Central Bank's reference rate for the claim's date, from the daily
rates that the currencyconverter package ships (1999 onward; nothing is
fetched at run time). The date used is the claim's own: a day as given, a
month on its 15th, a year on 1 July (mid-year stands for the year's average);
a claim without a date takes the article's publication date. No rate for the
currency or the date (the ECB series start in 1999; legacy currencies such as
the French franc are absent) gives `value_usd` None: an unconverted sum is
never compared with dollars.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from datetime import date
from functools import cached_property

from ...records import Claim

RULE = "claims.usd.ecb.v1"
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_YEAR = re.compile(r"^(\d{4})")
MID_MONTH = 15
MID_YEAR = (7, 1)


def rate_date(claim_date: str | None, published: date | None) -> date | None:
    """The day whose rate converts a claim: its own date at the middle of its span."""
    if claim_date:
        if m := _DAY.match(claim_date):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MONTH.match(claim_date):
            return date(int(m[1]), int(m[2]), MID_MONTH)
        if m := _YEAR.match(claim_date):
            return date(int(m[1]), *MID_YEAR)
    return published


class UsdRates:
    """Converts sums to US dollars; loads the ECB series on first use (about 0.3 s)."""

    @cached_property
    def _converter(self):  # type: ignore[no-untyped-def]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from currency_converter import CurrencyConverter

        # weekends and holidays take the nearest rates; dates outside the series have none
        return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)

    def to_usd(self, value: float, currency: str | None, on: date | None) -> float | None:
        if currency == "USD":
            return value
        if currency is None or on is None or currency not in self._converter.currencies:
            return None
        from currency_converter import RateNotFoundError

        try:
            return float(self._converter.convert(value, currency, "USD", date=on))
        except RateNotFoundError:
            return None

    def convert(self, claim: Claim, published: date | None) -> Claim:
        """The claim with `value_usd` set where its sum can be converted."""
        if claim.value is None:
            return claim
        usd = self.to_usd(claim.value, claim.unit, rate_date(claim.date, published))
        return claim if usd is None else replace(claim, value_usd=usd)

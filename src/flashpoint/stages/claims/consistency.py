"""Consistency: what comparative claims imply about absolute ones.

"Armenia spends $400 million, one-seventh as much as Azerbaijan" and "Azerbaijan
spends $2.8 billion" agree: 400M / 2.8B = 0.143 against a stated 1/7 = 0.143.
A stated ratio agrees with the values when they are within TOLERANCE of each
other; prose rounds ("ten times", "one-seventh"), so 15% is allowed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...records import Claim, ClaimCheck

TOLERANCE = 0.15
RULE = "claims.consistency.v1"


def _values(claims: tuple[Claim, ...], actor: str, attribute: str) -> list[Claim]:
    return [c for c in claims if c.actor == actor and c.attribute == attribute and c.value]


def check_claims(claims: tuple[Claim, ...]) -> tuple[ClaimCheck, ...]:
    return tuple(_checks(claims))


def _checks(claims: tuple[Claim, ...]) -> Iterator[ClaimCheck]:
    for ratio in (c for c in claims if c.ratio is not None and c.actor and c.relative_to):
        for mine in _values(claims, ratio.actor, ratio.attribute):  # type: ignore[arg-type]
            for theirs in _values(claims, ratio.relative_to, ratio.attribute):  # type: ignore[arg-type]
                implied = mine.value / theirs.value  # type: ignore[operator]
                consistent = abs(implied / ratio.ratio - 1) <= TOLERANCE  # type: ignore[operator]
                ids = (ratio.claim_id, mine.claim_id, theirs.claim_id)
                yield ClaimCheck(ids, consistent, ratio.ratio, round(implied, 4), RULE)  # type: ignore[arg-type]

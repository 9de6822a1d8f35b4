"""Dyadic tension over time, and escalation alerts.

Formula (per unordered dyad d and calendar month p, counted events only,
undated events left out):

    tension(d, p) = - sum of the Goldstein scores of the events of d dated in p

so a month with an arrest (-5) and a withdrawn ambassador (-4) has tension 9,
and cooperation lowers it. The index decomposes into its events (`events`
column). An escalation alert is raised for a dyad-month when

- every event of the month is conflictual (Goldstein < 0) and tension is at
  least ALERT_LEVEL (one serious coercive act, such as an arrest, reaches it), or
- tension rose by at least ALERT_RISE over the dyad's previous month.

Both thresholds are in Goldstein points: 5 is the score of an arrest (173) or
an administrative sanction (172), the least act we call escalation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Event

ALERT_LEVEL = 5.0
ALERT_RISE = 5.0


@dataclass(frozen=True, slots=True)
class DyadPeriod:
    dyad: tuple[str, str]
    period: str  # "2012-03"
    tension: float
    events: tuple[str, ...]  # event ids behind the figure
    conflictual: int
    cooperative: int
    alert: str | None  # why this period is an escalation, if it is


def _dyad(event: Event) -> tuple[str, str] | None:
    a, b = event.source.country, event.target.country if event.target else None
    if not a or not b or a == b:
        return None
    return (a, b) if a < b else (b, a)


def tension(events: Iterable[Event]) -> list[DyadPeriod]:
    """Tension of every dyad in every month it has dated, counted events."""
    grouped: dict[tuple[tuple[str, str], str], list[Event]] = defaultdict(list)
    for event in events:
        dyad = _dyad(event)
        if event.counted and dyad and event.date.value:
            grouped[(dyad, event.date.value[:7])].append(event)
    rows: list[DyadPeriod] = []
    previous: dict[tuple[str, str], float] = {}
    for (dyad, period), group in sorted(grouped.items()):
        score = -sum(e.goldstein for e in group)
        conflictual = sum(e.goldstein < 0 for e in group)
        alert = _alert(score, conflictual == len(group), previous.get(dyad))
        rows.append(
            DyadPeriod(
                dyad,
                period,
                round(score, 2),
                tuple(e.event_id for e in group),
                conflictual,
                len(group) - conflictual,
                alert,
            )
        )
        previous[dyad] = score
    return rows


def _alert(score: float, all_conflictual: bool, before: float | None) -> str | None:
    if all_conflictual and score >= ALERT_LEVEL:
        return f"all events conflictual, tension {score:.1f} >= {ALERT_LEVEL:.0f}"
    if before is not None and score - before >= ALERT_RISE:
        return f"tension rose by {score - before:.1f} (>= {ALERT_RISE:.0f})"
    return None

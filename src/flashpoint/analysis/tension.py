"""Dyadic tension over time, and escalation alerts.

Formula (per unordered dyad d and calendar month p, counted events only,
undated events left out):

    tension(d, p) = - sum of the Goldstein scores of the events of d dated in p

so a month with an arrest (-5) and a withdrawn ambassador (-4) has tension 9,
and cooperation lowers it. The index decomposes into its events (`events`
column: "article_id/event_id" references).

Across a corpus the same happening is often reported by several articles. Events
with the same source, target, CAMEO code and day are one event there: it counts
once and keeps every report in `events`. Events dated only to a month or year
are not merged, since two of them may be different happenings.

An escalation alert is raised for a dyad-month when

- every event of the month is conflictual (Goldstein < 0) and tension is at
  least ALERT_LEVEL (one serious coercive act, such as an arrest, reaches it), or
- tension rose by at least ALERT_RISE over the dyad's previous month.

Both thresholds are in Goldstein points: 5 is the score of an arrest (173) or
an administrative sanction (172), the least act we call escalation.
"""

from __future__ import annotations

import pandas as pd

ALERT_LEVEL = 5.0
ALERT_RISE = 5.0
COLUMNS = ["a", "b", "period", "tension", "events", "conflictual", "cooperative", "alert"]


def counted_dyadic(events: pd.DataFrame) -> pd.DataFrame:
    """Counted, dated events between two different countries, with their dyad and month."""
    if events.empty:
        return events.assign(a=[], b=[], period=[], ref=[])
    keep = ~(events["negated"] | events["hypothetical"] | events["future"])
    keep &= events["source_country"].notna() & events["target_country"].notna()
    keep &= events["source_country"] != events["target_country"]
    keep &= events["event_date"].notna()
    rows = events[keep]
    pair = rows[["source_country", "target_country"]]
    return rows.assign(
        a=pair.min(axis=1),
        b=pair.max(axis=1),
        period=rows["event_date"].str[:7],
        ref=rows["article_id"] + "/" + rows["event_id"],
    )


def _merge_reports(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per happening: day-dated reports of the same act are merged."""
    day = rows["date_granularity"] == "day"
    key = (
        rows["source_country"] + ">" + rows["target_country"] + ":" + rows["cameo"] + "@" + rows["event_date"]
    )
    rows = rows.assign(key=key.where(day, rows["ref"]))
    refs = rows.groupby("key")["ref"].agg(tuple)
    return rows.drop_duplicates("key").assign(refs=lambda r: r["key"].map(refs))


def tension(events: pd.DataFrame) -> pd.DataFrame:
    """Tension of every dyad in every month it has dated, counted events."""
    rows = counted_dyadic(events)
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = _merge_reports(rows)
    grouped = rows.groupby(["a", "b", "period"], sort=True)
    table = grouped.agg(
        tension=("goldstein", lambda g: round(-float(g.sum()), 2)),
        events=("refs", lambda r: tuple(ref for refs in r for ref in refs)),
        conflictual=("goldstein", lambda g: int((g < 0).sum())),
        cooperative=("goldstein", lambda g: int((g >= 0).sum())),
    ).reset_index()
    table["alert"] = _alerts(table)
    return table[COLUMNS]


def _alerts(table: pd.DataFrame) -> list[str | None]:
    previous: dict[tuple[str, str], float] = {}
    alerts = []
    for row in table.itertuples():
        dyad = (row.a, row.b)
        alerts.append(_alert(row.tension, row.cooperative == 0, previous.get(dyad)))
        previous[dyad] = row.tension
    return alerts


def _alert(score: float, all_conflictual: bool, before: float | None) -> str | None:
    if all_conflictual and score >= ALERT_LEVEL:
        return f"all events conflictual, tension {score:.1f} >= {ALERT_LEVEL:.0f}"
    if before is not None and score - before >= ALERT_RISE:
        return f"tension rose by {score - before:.1f} (>= {ALERT_RISE:.0f})"
    return None


def escalations(table: pd.DataFrame) -> list[tuple[str, str, list[str]]]:
    """Each dyad with alerts, and its alerted months in order."""
    alerted = table[table["alert"].notna()]
    return [(a, b, list(group["period"])) for (a, b), group in alerted.groupby(["a", "b"], sort=True)]

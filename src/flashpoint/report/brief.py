"""The analyst's brief for one article, in Markdown, every statement citing its sentence.

Sections: actors, timeline of counted events, tension by dyad with escalation
alerts, alignments (stated and inferred relations, blocs), balance of power
from the claims, and what the claims imply about each other. Citations are
[start:end] character offsets into the cleaned body.
"""

from __future__ import annotations

from ..analysis.balance import allies, balance, blocs
from ..analysis.tension import tension
from ..records import Analysis, Event

MAX_TIMELINE = 40


def _cite(start: int | None, end: int | None) -> str:
    return "" if start is None else f" [{start}:{end}]"


def _side(actor) -> str:  # type: ignore[no-untyped-def]
    if actor is None:
        return "-"
    return (actor.country or actor.igo or "?") + (f" {actor.sector.value}" if actor.sector else "")


def _event_line(e: Event) -> str:
    what = f"{e.plover.value if e.plover else 'CAMEO'} {e.cameo}"
    who = f"{_side(e.source)} -> {_side(e.target)}"
    cite = _cite(e.sentence_start, e.sentence_end)
    return f"- {e.date.value or 'undated'}: {who}, {what} ({e.trigger!r}){cite}"


def render_brief(analysis: Analysis, country_names: dict[str, str]) -> str:
    title = analysis.article.title or analysis.article.source
    published = analysis.article.published.isoformat() if analysis.article.published else "no date"
    out = [
        f"# Brief: {title}",
        "",
        f"Published {published}. Offsets in brackets cite sentences of the cleaned text.",
        "",
    ]
    out += _actors(analysis, country_names) + _timeline(analysis) + _tension(analysis)
    out += _alignments(analysis) + _balance(analysis) + _consistency(analysis)
    return "\n".join(out) + "\n"


def _actors(analysis: Analysis, names: dict[str, str]) -> list[str]:
    counts: dict[str, int] = {}
    for m in analysis.mentions:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ["## Actors", ""] + [f"- {names.get(c, c)} ({c}): {n} mentions" for c, n in ranked] + [""]


def _timeline(analysis: Analysis) -> list[str]:
    counted = sorted(
        (e for e in analysis.events if e.counted), key=lambda e: (e.date.value or "9999", e.trigger_start)
    )
    flagged = [e for e in analysis.events if not e.counted]
    out = ["## Timeline", ""] + [_event_line(e) for e in counted[:MAX_TIMELINE]]
    if flagged:
        out += ["", "Not counted (negated, hypothetical or future):"] + [_event_line(e) for e in flagged]
    return [*out, ""]


def _tension(analysis: Analysis) -> list[str]:
    rows = tension(analysis.events)
    out = [
        "## Tension",
        "",
        "Tension = minus the sum of Goldstein scores of a dyad's counted events in a month.",
        "",
    ]
    out += ["| dyad | month | tension | events | alert |", "|---|---|---:|---:|---|"]
    out += [
        f"| {'-'.join(r.dyad)} | {r.period} | {r.tension:+.1f} | {len(r.events)} | {r.alert or ''} |"
        for r in rows
    ]
    alerts: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        if r.alert:
            alerts.setdefault(r.dyad, []).append(r.period)
    out += [""] + [
        f"- Escalation: {'-'.join(d)} from {p[0]} to {p[-1]} ({len(p)} months flagged)."
        for d, p in alerts.items()
    ]
    return [*out, ""]


def _alignments(analysis: Analysis) -> list[str]:
    out = ["## Alignments", ""]
    for r in analysis.relations:
        basis = (
            f'"{r.evidence}"{_cite(r.sentence_start, r.sentence_end)}'
            if r.stated
            else f"inferred: {r.evidence}"
        )
        out.append(f"- {r.a} and {r.b}: {r.kind.value} ({basis})")
    groups = blocs(analysis.relations)
    out += [""] + [f"- Bloc: {', '.join(sorted(g))}." for g in groups]
    in_bloc = set().union(*groups) if groups else set()
    active = {e.source.country for e in analysis.events if e.counted and e.source.country}
    lonely = sorted(a for a in active - in_bloc if not allies(a, analysis.relations))
    out += [f"- No stated ally: {', '.join(lonely)}."] if lonely else []
    return [*out, ""]


def _balance(analysis: Analysis) -> list[str]:
    claims = {c.claim_id: c for c in analysis.claims}
    out = ["## Balance of power", "", "| a | b | measure | b / a | from |", "|---|---|---|---:|---|"]
    for row in balance(analysis.claims):
        cites = "; ".join(
            f"{claims[i].text!r}{_cite(claims[i].sentence_start, claims[i].sentence_end)}" for i in row.claims
        )
        out.append(f"| {row.a} | {row.b} | {row.attribute} | {row.b_over_a:g} | {row.basis}: {cites} |")
    return [*out, ""]


def _consistency(analysis: Analysis) -> list[str]:
    if not analysis.checks:
        return []
    claims = {c.claim_id: c for c in analysis.claims}
    out = ["## Consistency of figures", ""]
    for check in analysis.checks:
        ratio, mine, theirs = (claims[i] for i in check.claims)
        verdict = "consistent" if check.consistent else "CONTRADICTS"
        out.append(
            f"- {ratio.actor} {ratio.attribute} stated as {check.stated:.3g} x {ratio.relative_to}; "
            f"{mine.text} / {theirs.text} = {check.implied:.3g}: {verdict}"
            f"{_cite(ratio.sentence_start, ratio.sentence_end)}"
        )
    return [*out, ""]

"""The analyst's brief for one article or a corpus slice, every statement citing its sentences.

The brief is built once as typed sections (`build_brief`) and rendered as
Markdown (`render_markdown`) or self-contained HTML with charts
(`report.html.render_html`), so both say the same thing. Citations are
numbered; the Sources section gives each cited sentence with its article and
character offsets into the cleaned body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..analysis.balance import Context, allies, balance, blocs, context_of, figures, missing_figures
from ..analysis.slice import Slice
from ..analysis.tension import escalations, tension
from ..stages.relations.learned import RULE as LEARNED_RULE

MAX_TIMELINE = 40


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    intro: str = ""
    bullets: tuple[str, ...] = ()
    table: Table | None = None
    chart: str | None = None  # "tension" or "balance": drawn by the HTML renderer


@dataclass(frozen=True, slots=True)
class Source:
    number: int
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    scope: str
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    tension: pd.DataFrame
    balance: pd.DataFrame


@dataclass(slots=True)
class Citations:
    """Numbers each cited sentence once, in order of first citation."""

    data: Slice
    numbers: dict[tuple[str, int, int], int] = field(default_factory=dict)

    def cite(self, article_id: str, start: float | None, end: float | None) -> str:
        if start is None or pd.isna(start):
            return ""
        key = (article_id, int(start), int(end))  # type: ignore[arg-type]
        number = self.numbers.setdefault(key, len(self.numbers) + 1)
        return f"[{number}]"

    def cite_rows(self, rows: pd.DataFrame) -> str:
        """The marks of each distinct sentence the rows (events, relations) stand on."""
        marks = (self.cite(r.article_id, r.sentence_start, r.sentence_end) for r in rows.itertuples())
        return "".join(dict.fromkeys(marks))

    def sources(self) -> tuple[Source, ...]:
        titles = self.data.articles.set_index("article_id")
        out = []
        for (article_id, start, end), number in self.numbers.items():
            row = titles.loc[article_id]
            label = _article_label(row)
            text = " ".join(str(row["body"])[start:end].split())
            out.append(Source(number, label, start, end, text))
        return tuple(out)


def _article_label(row: pd.Series) -> str:
    """ "Title, 2012-06-12": the title (else where the article came from) and its day; a store
    gives missing values as NaN and dates as timestamps."""
    title = next((str(v) for v in (row.get("title"), row.get("source")) if _present(v)), "untitled")
    published = row.get("published")
    if not _present(published):
        return title
    day = published.date().isoformat() if hasattr(published, "date") else str(published)
    return f"{title}, {day}"


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


@dataclass(frozen=True, slots=True)
class Findings:
    """What the analysis concludes about a slice, computed once and shared by the sections."""

    dyads: pd.DataFrame
    groups: list[frozenset[str]]
    context: Context
    table: pd.DataFrame
    lonely: list[str]
    gaps: list[tuple[str, str]]


def analyse(data: Slice) -> Findings:
    groups = blocs(data.relations)
    context = context_of(data.actors, data.relations)
    until = _until_year(data)
    table = balance(data.claims, data.reference, groups, until, context)
    gaps = missing_figures(figures(data.claims, data.reference, until), groups)
    return Findings(tension(data.events), groups, context, table, _lonely(data, groups), gaps)


def build_brief(data: Slice, country_names: dict[str, str]) -> Brief:
    cites = Citations(data)
    found = analyse(data)
    sections = (
        _judgements(data, cites, found),
        _actors(data, country_names),
        _timeline(data, cites),
        _tension(found.dyads),
        _alignments(data, cites, found),
        _balance(data, found),
        _consistency(data, cites),
    )
    title = data.scope if data.single else f"{data.scope} ({len(data.articles)} articles)"
    return Brief(
        title, _scope_line(data), tuple(s for s in sections if s), cites.sources(), found.dyads, found.table
    )


def _until_year(data: Slice) -> int | None:
    published = pd.to_datetime(data.articles["published"], errors="coerce").dropna()
    return int(published.max().year) if len(published) else None


def _scope_line(data: Slice) -> str:
    published = sorted(pd.to_datetime(data.articles["published"], errors="coerce").dropna().dt.date)
    span = f"published {min(published)} to {max(published)}" if published else "no publication dates"
    if data.single:
        span = f"published {published[0]}" if published else "no publication date"
    return f"{len(data.articles)} article(s), {span}. Numbers in brackets cite the sentences under Sources."


def _side(country: object, sector: object) -> str:
    if not isinstance(country, str):
        return "?"
    return country + (f" {sector}" if isinstance(sector, str) else "")


def _text(value: object) -> str:
    """A cell as text: missing values (None, NaN) are empty."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _counted(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return events
    return events[~(events["negated"] | events["hypothetical"] | events["future"])]


def _judgements(data: Slice, cites: Citations, found: Findings) -> Section:
    dyads = found.dyads
    bullets = [_escalation_line(a, b, months, dyads, data, cites) for a, b, months in escalations(dyads)]
    bullets += _alignment_summary(found)
    for row in found.table.itertuples():  # the balance between adversaries: does it back the rhetoric?
        if found.context.opposes(frozenset(row.a.split("+")), frozenset(row.b.split("+"))):
            bullets.append(f"{row.b} over {row.a} on {row.attribute}: {row.b_over_a:g} to 1 ({row.basis}).")
    contradictions = int((~data.checks["consistent"]).sum()) if not data.checks.empty else 0
    bullets += [f"{contradictions} pair(s) of figures contradict each other."] if contradictions else []
    return Section("Key judgements", bullets=tuple(bullets))


def _escalation_line(a, b, months, dyads, data, cites) -> str:  # type: ignore[no-untyped-def]
    refs = [ref for ev in dyads[(dyads["a"] == a) & (dyads["b"] == b)]["events"] for ref in ev]
    events = data.events.assign(ref=data.events["article_id"] + "/" + data.events["event_id"])
    cited = events[events["ref"].isin(refs)]
    marks = cites.cite_rows(cited)
    span = months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"
    return f"Escalation: {a}-{b} from {span} ({len(months)} month(s) flagged) {marks}".rstrip()


def _lonely(data: Slice, groups: list[frozenset[str]]) -> list[str]:
    """Parties to a hostile relation that have no ally: who stands alone in the conflict."""
    if data.relations.empty:
        return []
    hostile = data.relations[data.relations["kind"] == "hostile"]
    parties = set(hostile["a"]) | set(hostile["b"])
    in_bloc = set().union(*groups) if groups else set()
    return sorted(a for a in parties - in_bloc if not allies(a, data.relations))


def _actors(data: Slice, names: dict[str, str]) -> Section:
    if data.actors.empty:
        return Section("Actors", intro="No country is named.")
    countries = data.actors[data.actors["country"].notna()]
    totals = countries.groupby("country").agg(
        mentions=("mentions", "sum"), articles=("article_id", "nunique")
    )
    totals = totals.sort_values(["articles", "mentions"], ascending=False)
    rows = tuple((names.get(c, c), c, str(r.mentions), str(r.articles)) for c, r in totals.iterrows())
    return Section("Actors", table=Table(("actor", "code", "mentions", "articles"), rows))


def _timeline(data: Slice, cites: Citations) -> Section:
    counted = _counted(data.events)
    if counted.empty:
        return Section("Timeline", intro="No counted events.")
    ordered = counted.assign(when=counted["event_date"].fillna("undated")).sort_values(
        ["when", "article_id", "sentence_start"]
    )
    rows = tuple(
        (
            r.when,
            f"{_side(r.source_country, r.source_sector)} -> {_side(r.target_country, r.target_sector)}",
            f"{_text(r.plover) or 'CAMEO'} {r.cameo}",
            f"{r.trigger} {cites.cite(r.article_id, r.sentence_start, r.sentence_end)}",
        )
        for r in ordered.head(MAX_TIMELINE).itertuples()
    )
    flagged = len(data.events) - len(counted)
    intro = f"{len(counted)} counted events" + (
        f", first {MAX_TIMELINE} shown" if len(counted) > MAX_TIMELINE else ""
    )
    intro += f"; {flagged} negated, hypothetical or future events left out." if flagged else "."
    return Section("Timeline", intro=intro, table=Table(("date", "who", "what", "trigger"), rows))


def _tension(dyads: pd.DataFrame) -> Section:
    intro = (
        "Tension = minus the sum of Goldstein scores of a dyad's counted events in a month "
        "(reports of one act on one day merged). Alert: every event conflictual and tension >= 5, "
        "or a rise of 5 or more over the dyad's previous month."
    )
    rows = tuple(
        (f"{r.a}-{r.b}", r.period, f"{r.tension:+.1f}", str(len(r.events)), _text(r.alert))
        for r in dyads.itertuples()
    )
    table = Table(("dyad", "month", "tension", "events", "alert"), rows)
    return Section("Tension", intro=intro, table=table, chart="tension" if rows else None)


def _alignment_summary(found: Findings) -> list[str]:
    lines = [f"Bloc: {', '.join(sorted(g))}." for g in found.groups]
    return lines + ([f"No stated ally: {', '.join(found.lonely)}."] if found.lonely else [])


def _alignments(data: Slice, cites: Citations, found: Findings) -> Section:
    if data.relations.empty:
        return Section("Alignments", intro="No stated or inferred relation.")
    bullets = []
    for (a, b, kind), group in data.relations.groupby(["a", "b", "kind"], sort=True):
        stated = group[group["stated"]]
        marks = cites.cite_rows(stated)
        learned = group[group["rule"] == LEARNED_RULE]
        if len(stated):
            basis = f'stated: "{stated.iloc[0]["evidence"]}" {marks}'
        elif len(learned):
            row = learned.iloc[0]
            basis = (
                f"read from the wording by the relation classifier (confidence {row['confidence']:.2f}): "
                f'"{row["evidence"]}" {cites.cite_rows(learned)}'
            )
        else:
            basis = f"inferred from events {_dyad_citations(data, cites, a, b)}"
        count = f" ({group['article_id'].nunique()} articles)" if not data.single else ""
        bullets.append(f"{a} and {b}: {kind}{count}, {basis}")
    return Section("Alignments", bullets=tuple(bullets + _alignment_summary(found)))


def _dyad_citations(data: Slice, cites: Citations, a: str, b: str) -> str:
    events = _counted(data.events)
    pair = events[
        ((events["source_country"] == a) & (events["target_country"] == b))
        | ((events["source_country"] == b) & (events["target_country"] == a))
    ]
    return cites.cite_rows(pair)


def _balance(data: Slice, found: Findings) -> Section:
    table, gaps = found.table, found.gaps
    if table.empty:
        return Section("Balance of power", intro="No comparable figures.")
    rows = tuple(
        (
            r.a,
            r.b,
            r.attribute,
            f"{r.b_over_a:g}",
            r.basis,
            "; ".join(_source_label(data, s) for s in r.sources),
        )
        for r in table.itertuples()
    )
    intro = "b / a: how many times a's figure b's is." + (
        " Bloc totals need a figure for every member; missing: "
        + ", ".join(f"{actor} {attr}" for actor, attr in gaps)
        + " (import a reference table to fill them)."
        if gaps
        else ""
    )
    return Section(
        "Balance of power",
        intro=intro,
        table=Table(("a", "b", "measure", "b / a", "basis", "from"), rows),
        chart="balance",
    )


def _source_label(data: Slice, source: str) -> str:
    if not source.startswith("claim "):
        return source
    article_id, claim_id = source.removeprefix("claim ").split("/", 1)
    claims = data.claims
    row = claims[(claims["article_id"] == article_id) & (claims["claim_id"] == claim_id)].iloc[0]
    return f"{row['actor']} {row['text']!r}"


def _consistency(data: Slice, cites: Citations) -> Section | None:
    if data.checks.empty:
        return None
    claims = data.claims.set_index(["article_id", "claim_id"])
    bullets = []
    for check in data.checks.itertuples():
        ratio, mine, theirs = (claims.loc[(check.article_id, i)] for i in check.claim_ids)
        verdict = "consistent" if check.consistent else "CONTRADICTS"
        cite = cites.cite(check.article_id, ratio["sentence_start"], ratio["sentence_end"])
        bullets.append(
            f"{ratio['actor']} {ratio['attribute']} stated as {check.stated:.3g} x {ratio['relative_to']}; "
            f"{mine['text']} / {theirs['text']} = {check.implied:.3g}: {verdict} {cite}"
        )
    return Section("Consistency of figures", bullets=tuple(bullets))


def render_markdown(brief: Brief) -> str:
    out = [f"# Brief: {brief.title}", "", brief.scope, ""]
    for section in brief.sections:
        out += [f"## {section.title}", ""]
        out += [section.intro, ""] if section.intro else []
        out += [f"- {b}" for b in section.bullets] + ([""] if section.bullets else [])
        out += _markdown_table(section.table) if section.table else []
    out += ["## Sources", ""] + [
        f'[{s.number}] {s.article}, chars {s.start}-{s.end}: "{s.text}"' for s in brief.sources
    ]
    return "\n".join(out).rstrip() + "\n"


def _markdown_table(table: Table) -> list[str]:
    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(_text(c).replace("|", "/") for c in cells) + " |"

    return [line(table.header), "|" + "---|" * len(table.header)] + [line(r) for r in table.rows] + [""]

"""Human-readable renderings of the JSON document: plain text and Markdown."""

from __future__ import annotations

from typing import Any

MAX_SURFACES = 5


def _published(doc: dict[str, Any]) -> str:
    return doc["article"]["published"] or "no date"


def _surfaces(actor: dict[str, Any]) -> str:
    shown = actor["mentions"][:MAX_SURFACES]
    more = len(actor["mentions"]) - len(shown)
    return ", ".join(shown) + (f" (+{more} more)" if more > 0 else "")


def _person_line(p: dict[str, Any]) -> str:
    status = "in office" if p["in_office"] else "not in office on this date"
    sector = p["sector"] or "-"
    return f"{p['name']}: {p['country']} {sector}, {p['title'] or 'no title'} ({status})"


def render_text(doc: dict[str, Any]) -> str:
    lines = [
        f"Article {doc['article']['source']} (published {_published(doc)})",
        f"Body: {len(doc['body']):,} characters; {len(doc['removed'])} lines removed",
    ]
    lines += [f"  - {r['reason']:<10} {r['text']}" for r in doc["removed"]]
    lines.append(f"Actors: {len(doc['actors'])} countries")
    for a in doc["actors"]:
        sectors = ",".join(a["sectors"]) or "-"
        lines.append(
            f"  {a['code']}  {a['name']:<22} {a['count']:>3} mentions  sectors {sectors:<14} {_surfaces(a)}"
        )
    if doc["organizations"]:
        lines.append("Organisations: " + ", ".join(o["code"] for o in doc["organizations"]))
    if doc["people"]:
        lines.append("People:")
        lines += [f"  {_person_line(p)}" for p in doc["people"]]
    counted = [e for e in doc["events"] if e["counted"]]
    flagged = len(doc["events"]) - len(counted)
    lines.append(f"Events: {len(counted)} counted, {flagged} flagged (negated, hypothetical or future)")
    lines += [f"  {_event_line(e)}" for e in doc["events"]]
    lines.append(f"Claims: {len(doc['claims'])}  Relations: {len(doc['relations'])}")
    return "\n".join(lines)


def _side(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    code = actor["country"] or actor["igo"] or "?"
    return code + (f"/{actor['sector']}" if actor["sector"] and actor["sector"] != "IGO" else "")


def _event_line(e: dict[str, Any]) -> str:
    flags = [n for n in ("negated", "hypothetical", "future") if e[n]]
    status = f"  NOT COUNTED ({', '.join(flags)})" if flags else ("  (historical)" if e["historical"] else "")
    return (
        f"{e['date'] or 'undated':<10} {_side(e['source']):<8} -> {_side(e['target']):<8} "
        f'{e["plover"] or "-":<9} {e["cameo"]:<5} {e["goldstein"]:+5.1f}  "{e["trigger"]["text"]}"{status}'
    )


def render_markdown(doc: dict[str, Any]) -> str:
    title = doc["article"]["title"] or doc["article"]["source"]
    out = [f"# {title}", "", f"Published: {_published(doc)}", ""]
    out += ["## Removed boilerplate", "", "| reason | line |", "|---|---|"]
    out += [f"| {r['reason']} | {_cell(r['text'])} |" for r in doc["removed"]]
    out += ["", "## Actors", "", "| code | name | mentions | sectors | named as |", "|---|---|---:|---|---|"]
    out += [
        f"| {a['code']} | {a['name']} | {a['count']} | {', '.join(a['sectors'])} | {_cell(_surfaces(a))} |"
        for a in doc["actors"]
    ]
    if doc["people"]:
        out += ["", "## People", ""]
        out += [f"- {_person_line(p)}" for p in doc["people"]]
    out += [
        "",
        "## Events",
        "",
        "| date | source | target | PLOVER | CAMEO | Goldstein | counted | sentence |",
    ]
    out += ["|---|---|---|---|---|---:|---|---|"]
    out += [
        f"| {e['date'] or ''} | {_side(e['source'])} | {_side(e['target'])} | {e['plover'] or ''} | "
        f"{e['cameo']} | {e['goldstein']:+.1f} | {'yes' if e['counted'] else 'no'} | "
        f"{_cell(e['sentence']['text'])} |"
        for e in doc["events"]
    ]
    out += ["", f"Claims: {len(doc['claims'])}, relations: {len(doc['relations'])}."]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_summary(summary: dict[str, Any]) -> str:
    counts = summary["counts"]
    lines = [f"Store {summary['path']}"]
    lines += [f"  {name:<9} {n:>8,}" for name, n in counts.items()]
    if summary["top_countries"]:
        lines.append("Most covered countries (articles, mentions):")
        lines += [
            f"  {c['country']}  {c['articles']:>5,}  {c['mentions']:>6,}" for c in summary["top_countries"]
        ]
    return "\n".join(lines)

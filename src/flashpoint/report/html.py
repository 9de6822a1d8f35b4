"""The brief as one self-contained HTML file, with charts drawn by plotly in the page.

plotly.js is embedded in the file (no CDN, no network when opened), so the
brief opens offline and can be mailed as one attachment.
"""

from __future__ import annotations

import html
import re

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from .brief import Brief, Section, Table

STYLE = """
body { font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
td, th { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .scope { color: #555; } .sources li { font-size: 0.85rem; margin: 0.2rem 0; }
"""


def render_html(brief: Brief) -> str:
    body = [f"<h1>Brief: {_esc(brief.title)}</h1>", f'<p class="scope">{_esc(brief.scope)}</p>']
    for section in brief.sections:
        body.append(_section(section, brief))
    body.append('<h2>Sources</h2><ol class="sources">')
    body += [
        f'<li value="{s.number}" id="s{s.number}">{_esc(s.article)}, chars {s.start}-{s.end}: '
        f"&ldquo;{_esc(s.text)}&rdquo;</li>"
        for s in brief.sources
    ]
    body.append("</ol>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Brief: {_esc(brief.title)}</title><style>{STYLE}</style>"
        f'<script type="text/javascript">{get_plotlyjs()}</script></head>\n<body>\n'
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _section(section: Section, brief: Brief) -> str:
    parts = [f"<h2>{_esc(section.title)}</h2>"]
    parts += [f"<p>{_linked(section.intro)}</p>"] if section.intro else []
    if section.chart:
        parts.append(_chart(section.chart, brief))
    if section.bullets:
        parts.append("<ul>" + "".join(f"<li>{_linked(b)}</li>" for b in section.bullets) + "</ul>")
    if section.table:
        parts.append(_table(section.table))
    return "\n".join(parts)


def _table(table: Table) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in table.header)
    rows = "".join("<tr>" + "".join(f"<td>{_linked(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _linked(text: str) -> str:
    """Escape, then turn citation marks [n] into links to the source list."""
    return re.sub(r"\[(\d+)\]", r'<a href="#s\1">[\1]</a>', _esc(text))


def _esc(text: object) -> str:
    return html.escape(str(text))


def _chart(name: str, brief: Brief) -> str:
    figure = tension_figure(brief.tension) if name == "tension" else balance_figure(brief.balance)
    return figure.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False})


def tension_figure(dyads: pd.DataFrame) -> go.Figure:
    """One line per dyad: monthly tension, alerted months marked."""
    figure = go.Figure()
    for (a, b), group in dyads.groupby(["a", "b"], sort=True):
        alerted = group["alert"].notna()
        figure.add_trace(
            go.Scatter(
                x=pd.to_datetime(group["period"]),
                y=group["tension"],
                mode="lines+markers",
                name=f"{a}-{b}",
                marker={
                    "size": [14 if flag else 7 for flag in alerted],
                    "symbol": ["diamond" if f else "circle" for f in alerted],
                },
                hovertext=group["alert"].fillna(""),
            )
        )
    figure.add_hline(y=5, line_dash="dot", annotation_text="alert level")
    figure.update_layout(
        title="Tension by dyad and month (diamonds: escalation alerts)",
        xaxis={"title": "month", "tickformat": "%Y-%m"},
        yaxis={"title": "tension (Goldstein points)"},
        height=380,
        margin={"t": 50, "b": 40},
    )
    return figure


def balance_figure(table: pd.DataFrame) -> go.Figure:
    """One bar per comparison: how many times a's figure b's is."""
    labels = [f"{r.b} / {r.a}: {r.attribute}" for r in table.itertuples()]
    figure = go.Figure(
        go.Bar(
            x=table["b_over_a"], y=labels, orientation="h", text=table["b_over_a"], hovertext=table["basis"]
        )
    )
    figure.add_vline(x=1, line_dash="dot")
    figure.update_layout(
        title="Balance of power (ratio, log scale)",
        xaxis={"title": "b / a", "type": "log"},
        yaxis={"autorange": "reversed"},
        height=120 + 40 * len(labels),
        margin={"t": 50, "l": 260},
    )
    return figure

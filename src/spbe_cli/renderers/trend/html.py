"""`spbe trend -o OUT.html`: one self-contained page (inline CSS and SVG, no script, nothing
fetched), the report's look, that prints on A4: per instansi the history chart, the years with
their change, the sentence at each kerangka change, and the domains (or aspects) by year.
Every text from a file is HTML-escaped."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from spbe_cli import __version__
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text
from spbe_cli.renderers.report.html import CSS
from spbe_cli.renderers.report.model import band_position
from spbe_cli.renderers.report.svg import strong, tint
from spbe_cli.renderers.text import html_text as _e
from spbe_cli.renderers.trend.svg import history_figure
from spbe_cli.renderers.trend.view import (
    Segment,
    boundary,
    change_of_index,
    changes_note,
    group_heading,
    group_parts,
    groups,
    predicate_text,
    segments,
    title,
)
from spbe_cli.trend import History

PAGE_CSS = (
    CSS
    + """
section.instansi + section.instansi { margin-top: 40px; border-top: 3px solid var(--accent);
  padding-top: 20px; }
figure.history { margin-top: 10px; }
@media print { section.instansi + section.instansi { break-before: page; border: 0; } }
"""
)


def _css_change(text: str) -> str:
    return "up" if text.startswith("+") else "down" if text.startswith("-") else "same"


def _pill(label: str, band: int) -> str:
    return (
        f'<span class="pill" style="background:{tint(band)};color:{strong(band)}">'
        f"{_e(label)}</span>"
    )


def _years(history: History, language: str) -> str:
    head = "".join(
        f"<th{' class=n' if key in ('index', 'delta') else ''}>{_e(tr(language, key))}</th>"
        for key in ("year", "framework", "index", "delta", "predicate")
    )
    rows = []
    for year in history.years:
        score = year.score
        change = change_of_index(year)
        band = band_position(score.framework, score.predicate)
        rows.append(
            f"<tr><td>{score.year}</td><td>{_e(score.framework.id)}</td>"
            f'<td class="n"><b>{index_text(score)}</b></td>'
            f'<td class="n {_css_change(change)}">{_e(change)}</td>'
            f"<td>{_pill(predicate_text(score, language), band)}</td></tr>"
        )
    return (
        f'<div class="scroll"><table class="years"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _groups(segment: Segment, language: str) -> str:
    key = "domain" if segment.section == "domain" else "aspect"
    head = f"<th>ID</th><th>{_e(tr(language, key))}</th>" + "".join(
        f'<th class="n">{y.score.year}</th>' for y in segment.years
    )
    rows = []
    for position, group in enumerate(groups(segment.years[0].score)):
        cells = [f"<td>{_e(group.id)}</td><td>{_e(group.name)}</td>"]
        for year in segment.years:
            value, change = group_parts(year, groups(year.score)[position], language)
            shown = f'<span class="{_css_change(change)}">({_e(change)})</span>' if change else ""
            cells.append(f'<td class="n">{value} {shown}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f"<h2>{_e(group_heading(segment, language))}</h2>"
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _section(history: History, options: Options) -> str:
    language = options.language
    notes = [note for note in (boundary(y, language) for y in history.years) if note]
    frameworks = ", ".join(dict.fromkeys(y.score.framework.id for y in history.years))
    footnote = changes_note(history, language)
    return (
        '<section class="instansi"><header class="top">'
        f'<div class="kicker">{_e(title(history, language))}</div>'
        f"<h1>{_e(history.institution)}</h1>"
        f'<div class="meta"><b>{_e(tr(language, "framework"))}</b> {_e(frameworks)}</div>'
        "</header>"
        f"{history_figure(history, language, with_groups=options.detail)}"
        f"<h2>{_e(tr(language, 'trend_years'))}</h2>{_years(history, language)}"
        + "".join(f'<p class="compare">{_e(note)}</p>' for note in notes)
        + "".join(_groups(segment, language) for segment in segments(history))
        + (f'<p class="note">{_e(footnote)}</p>' if footnote else "")
        + "</section>"
    )


def render(histories: Sequence[History], options: Options) -> bytes:
    language = options.language
    heading = "; ".join(title(h, language) for h in histories)
    files = ", ".join(PurePath(y.score.file).name for h in histories for y in h.years)
    footer = tr(language, "trend_generated", version=__version__, files=files)
    body = "".join(_section(h, options) for h in histories)
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(heading)}</title><style>{PAGE_CSS}</style></head>"
        f"<body><main>{body}<footer><p>{_e(footer)}</p></footer></main></body></html>\n"
    ).encode()

"""`spbe report OUT.html`: one self-contained page (inline CSS and SVG, no script, nothing
fetched) that reads on a phone and prints on A4. Every user string is HTML-escaped."""

from __future__ import annotations

from fractions import Fraction
from pathlib import PurePath

from spbe_cli import __version__
from spbe_cli.exact import display
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    Shown,
    comparison_line,
    exact_aside,
    footer_line,
    groups_label,
    index_text,
    level_text,
    predicate_label,
    provisional_line,
)
from spbe_cli.renderers.evidence.view import (
    checked_line,
    indices,
    points,
    points_text,
)
from spbe_cli.renderers.evidence.view import level_cell as evidence_level
from spbe_cli.renderers.report.changes import (
    compared_labels,
    draft_text,
    group_change,
    groups_note,
    index_change,
    indicators_note,
    level_cell,
    level_change,
)
from spbe_cli.renderers.report.model import GroupRow, IndicatorRow, Report, band_position, made_text
from spbe_cli.renderers.report.svg import bars, gauge, radar, strong, tint
from spbe_cli.renderers.report.team import html as team_html
from spbe_cli.renderers.text import html_text
from spbe_cli.renderers.trend.svg import history_figure

CSS = """
:root { --ink: #1c2733; --muted: #5f6b78; --line: #d9dee4; --paper: #fff; --accent: #17324d; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef1f4; color: var(--ink);
  font: 15px/1.45 "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-variant-numeric: tabular-nums; }
main { max-width: 980px; margin: 24px auto; background: var(--paper); padding: 36px 44px;
  box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.top { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 20px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted);
  font-weight: 600; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 6px; }
h2 { font-size: 17px; margin: 28px 0 10px; color: var(--accent); }
.meta { color: var(--muted); font-size: 13.5px; }
.meta b { color: var(--ink); font-weight: 600; }
.provisional { margin: 12px 0 0; padding: 10px 14px; border-left: 5px solid #b85c00;
  background: #fcefdc; color: #5a2d00; font-size: 14.5px; border-radius: 4px; }
.hero { display: flex; gap: 28px; align-items: center; flex-wrap: wrap; padding: 18px 22px;
  border-radius: 8px; border: 1px solid var(--line); }
.hero .score { font-size: 58px; font-weight: 700; line-height: 1; }
.hero .label { font-size: 13px; color: var(--muted); text-transform: uppercase;
  letter-spacing: .06em; }
.hero .pred { font-size: 26px; font-weight: 700; }
.hero .gauge { flex: 1 1 100%; }
.hero .was { font-size: 14px; color: var(--muted); margin-top: 6px; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px;
  font-weight: 600; white-space: nowrap; }
.charts { display: grid; grid-template-columns: 1fr 1.25fr; gap: 18px; margin-top: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
figcaption { font-weight: 600; font-size: 14px; margin-bottom: 4px; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; }
svg .axis { font-size: 14px; fill: var(--ink); }
svg .tick { font-size: 12px; fill: var(--muted); }
svg .value { font-size: 14.5px; font-weight: 700; }
svg .halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .band-name { font-size: 12px; font-weight: 600; fill: #fff; }
.gauge .tick { font-size: 12px; }
.note { font-size: 13px; color: var(--muted); }
.compare { margin-top: 12px; padding: 10px 14px; background: #f6f8fa; border-radius: 6px;
  font-size: 13.5px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top;
  text-align: left; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  border-bottom: 2px solid var(--ink); }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.domain td { font-weight: 700; background: #f6f8fa; }
tr.aspect td.name { padding-left: 22px; }
tr.group td { background: #f6f8fa; font-weight: 600; font-size: 12.5px; }
tr.late td { color: #b42318; }
.expl { display: block; color: var(--muted); font-size: 12.5px; margin-top: 2px; }
.lvl-name { display: block; color: var(--muted); font-size: 11.5px; }
.up { color: #2e7d32; font-weight: 600; } .down { color: #b42318; font-weight: 600; }
.same { color: #9aa3ad; }
dl.evidence dt { font-weight: 600; margin-top: 8px; font-size: 13.5px; }
dl.evidence dd { margin: 2px 0 0 18px; font-size: 13px; }
dl.evidence ul { margin: 0; padding-left: 18px; }
a { color: #1d5fa8; word-break: break-all; }
footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--line);
  font-size: 12px; color: var(--muted); }
@media (max-width: 700px) {
  body { font-size: 14px; background: var(--paper); }
  main { margin: 0; padding: 16px 14px; box-shadow: none; }
  h1 { font-size: 22px; }
  .hero { padding: 14px; gap: 12px; }
  .hero .score { font-size: 46px; }
  .charts { grid-template-columns: 1fr; }
  th, td { padding: 5px 5px; }
  table { font-size: 12.5px; }
}
@media (max-width: 520px) {
  .w { display: none; }
  th { letter-spacing: 0; font-size: 10px; }
  th, td { padding: 5px 3px; }
  tr.aspect td.name { padding-left: 8px; }
  .pill { font-size: 11px; padding: 1px 5px; }
}
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 12.5pt; margin-top: 16px; break-after: avoid; }
  .hero .score { font-size: 40pt; }
  .charts { grid-template-columns: 1fr 1.25fr; }
  figure, .hero, tr, dl.evidence div { break-inside: avoid; }
  table { font-size: 9pt; }
  table.indicators { font-size: 8.5pt; }
  th, td { padding: 3px 6px; }
  .pill { font-size: 8pt; padding: 0 6px; }
  .lvl-name { display: inline; margin-left: 4px; }
  .expl { font-size: 8pt; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(text: str) -> str:
    return html_text(text)


def _minus(text: str) -> str:
    """A change with its minus typeset."""
    return "\u2212" + text[1:] if text.startswith("-") else text


def _change_cell(shown: Shown | None) -> str:
    """A change beside two shown values (report/changes.py), marked where it is not the exact
    one (the table's footnote gives that)."""
    if shown is None:
        return '<td class="n">-</td>'
    css = "up" if shown.exact > 0 else "down" if shown.exact < 0 else "same"
    return f'<td class="n {css}">{_e(_minus(shown.text()))}</td>'


def _note(text: str | None) -> str:
    return f'<p class="note">{_e(text)}</p>' if text else ""


def _pill(label: str, band: int) -> str:
    return (
        f'<span class="pill" style="background:{tint(band)};color:{strong(band)}">'
        f"{_e(label)}</span>"
    )


class _Page:
    def __init__(self, report: Report, language: str) -> None:
        self.r = report
        self.lang = language
        self.index_name = report.framework.index_name(language)
        self.groups = groups_label(report.framework, language)

    def predicate(self, name: str) -> str:
        return predicate_label(self.r.framework, name, self.lang)

    def t(self, key: str, **fields: object) -> str:
        return tr(self.lang, key, **fields)

    def html(self) -> str:
        r = self.r
        title = f"{self.t('report_title', index=self.index_name, year=r.year)} - {r.institution}"
        body = [
            self.header(),
            self.hero(),
            self.charts(),
            self.history(),
            self.groups_table(),
            self.indicators_table(),
            self.supported(),
            self.evidence(),
            team_html(r, self.lang),
            self.footer(),
        ]
        return (
            f'<!DOCTYPE html>\n<html lang="{_e(self.lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{CSS}</style></head>"
            f"<body><main>{''.join(body)}</main></body></html>\n"
        )

    def header(self) -> str:
        r = self.r
        f = r.framework
        made = ""
        if r.made is not None:
            made = f" &nbsp;·&nbsp; <b>{_e(self.t('made'))}</b> {_e(made_text(r.made))}"
        provisional = provisional_line(f, self.lang)
        banner = (
            f'<p class="provisional" role="note"><b>{_e(provisional[0])}</b> '
            f"{_e(provisional[1])}</p>"
            if provisional
            else ""
        )
        return (
            '<header class="top">'
            f'<div class="kicker">{_e(self.t("report_title", index=self.index_name, year=r.year))}'
            f"</div><h1>{_e(r.institution)}</h1>"
            f'<div class="meta"><b>{_e(self.t("year"))}</b> {r.year} &nbsp;·&nbsp; '
            f"<b>{_e(self.t('framework'))}</b> {_e(f.id)} &nbsp;·&nbsp; {_e(f.regulation)}"
            f"{made}</div>{banner}</header>"
        )

    def old_label(self) -> str:
        return compared_labels(self.r, self.lang)[1]

    def hero(self) -> str:
        r = self.r
        colour = strong(r.band)
        was = ""
        b = r.baseline
        shown = index_change(r)
        if b is not None and shown is not None:
            change = shown.exact
            label = self.t("comparison_index", index=b.index_name(self.lang), year=self.old_label())
            text = _minus(shown.text(mark=False) + exact_aside(shown, self.lang, signed_value=True))
            was = (
                f'<div class="was">{_e(label)}: {b.index_shown} '
                f"{_pill(self.predicate(b.predicate), b.band)} &rarr; {r.index_shown} "
                f'(<span class="{"up" if change > 0 else "down" if change < 0 else ""}">'
                f"{_e(text)}</span>)</div>"
            )
        return (
            f'<section class="hero" style="background:{tint(r.band)};border-color:{colour}">'
            f'<div><div class="label">{_e(self.index_name)}</div>'
            f'<div class="score" style="color:{colour}">{r.index_shown}</div></div>'
            f'<div><div class="label">{_e(self.t("predicate"))}</div>'
            f'<div class="pred" style="color:{colour}">'
            f"{_e(self.predicate(r.predicate))}</div>{was}{self.draft()}</div>"
            f"{gauge(r, self.lang, self.old_label() or None)}</section>" + self.comparison_note()
        )

    def draft(self) -> str:
        """A draft's missing indicators and the range of its index, as `score` says it."""
        text = draft_text(self.r, self.lang)
        return f'<div class="was draft"><b>{_e(text)}</b></div>' if text else ""

    def comparison_note(self) -> str:
        b = self.r.baseline
        if b is None:
            return ""
        text = comparison_line(b, self.r.framework.id, self.lang)
        return f'<p class="compare">{_e(text)}</p>'

    def charts(self) -> str:
        r = self.r
        groups = self.t("domains" if r.domains else "aspects").lower()
        radar_title = self.t("radar_title", groups=groups)
        bars_title = self.t("bars_title")
        new, old = compared_labels(r, self.lang)
        return (
            '<section class="charts">'
            f'<figure id="radar"><figcaption>{_e(radar_title)}</figcaption>'
            f"{radar(r, radar_title, old, new)}</figure>"
            f'<figure id="bars"><figcaption>{_e(bars_title)}</figcaption>'
            f"{bars(r, bars_title, old, new)}"
            f'<div class="note">{_e(self.t("level_scale", low=r.scale[0], high=r.scale[1]))}'
            "</div></figure></section>"
        )

    def history(self) -> str:
        """`--riwayat`: the chart of `spbe trend`, after this year's charts."""
        if self.r.history is None:
            return ""
        figure = history_figure(self.r.history, self.lang)
        return f"<h2>{_e(self.t('report_history'))}</h2>{figure}"

    def change_heads(self) -> str:
        if not self.r.compared:
            return ""
        old = _e(self.old_label())
        return f'<th class="n">{old}</th><th class="n">{_e(self.t("change"))}</th>'

    def group_row(self, g: GroupRow, css: str) -> str:
        cells = (
            f'<tr class="{css}"><td>{_e(g.id)}</td><td class="name">{_e(g.name)}</td>'
            f'<td class="n w">{display(g.weight)}</td><td class="n">{self.r.shown(g.index)}</td>'
            f"<td>{_pill(self.predicate(g.predicate), g.band)}</td>"
        )
        if self.r.compared:
            old = "-" if g.old is None else self.r.old_shown(g.old)
            cells += f'<td class="n">{old}</td>{_change_cell(group_change(g))}'
        return cells + "</tr>"

    def groups_table(self) -> str:
        r = self.r
        rows: list[str] = []
        if r.domains:
            for d in r.domains:
                rows.append(self.group_row(d, "domain"))
                rows += [self.group_row(a, "aspect") for a in r.aspects if a.domain == d.id]
        else:
            rows += [self.group_row(a, "aspect") for a in r.aspects]
        head = (
            f"<tr><th>ID</th><th>{_e(self.groups)}</th>"
            f'<th class="n w">{_e(self.t("weight_pct"))}</th><th class="n">{_e(self.t("index"))}'
            f"</th><th>{_e(self.t('predicate'))}</th>{self.change_heads()}</tr>"
        )
        total = (
            f'<tr class="domain"><td></td><td>{_e(self.index_name)}</td>'
            f'<td class="n w">{display(sum((a.weight for a in r.aspects), Fraction(0)))}</td>'
            f'<td class="n">{r.index_shown}</td>'
            f"<td>{_pill(self.predicate(r.predicate), r.band)}</td>"
        )
        if r.compared and r.baseline is not None:
            total += f'<td class="n">{r.baseline.index_shown}</td>{_change_cell(index_change(r))}'
        total += "</tr>"
        return (
            f"<h2>{_e(self.groups)}</h2>"
            f'<div class="scroll"><table><thead>{head}</thead>'
            f"<tbody>{''.join(rows)}{total}</tbody></table></div>"
            f"{_note(groups_note(r, self.lang))}"
        )

    def indicator_row(self, i: IndicatorRow) -> str:
        expl = f'<span class="expl">{_e(i.explanation)}</span>' if i.explanation else ""
        lvl_name = f'<span class="lvl-name">{_e(i.level_name)}</span>' if i.level_name else ""
        cells = (
            f"<tr><td>{_e(i.id)}</td><td>{_e(i.name)}{expl}</td>"
            f'<td class="n w">{display(i.weight)}</td>'
            f'<td class="n"><b>{level_cell(i, self.r.framework)}</b>{lvl_name}</td>'
        )
        if self.r.compared:
            old = "-" if i.old is None else level_text(i.old)
            change = level_change(self.r, i)
            cells += f'<td class="n">{old}</td>{_change_cell(change)}'
        return cells + "</tr>"

    def indicators_table(self) -> str:
        r = self.r
        span = 6 if r.compared else 4  # the weight column is hidden on a phone: fine
        rows: list[str] = []
        for a in r.aspects:
            rows.append(f'<tr class="group"><td colspan="{span}">{_e(a.id)} {_e(a.name)}</td></tr>')
            rows += [self.indicator_row(i) for i in r.indicators if i.aspect == a.id]
        head = (
            f"<tr><th>ID</th><th>{_e(self.t('indicator'))} / {_e(self.t('explanation'))}</th>"
            f'<th class="n w">{_e(self.t("weight_pct"))}</th><th class="n">{_e(self.t("level"))}'
            f"</th>{self.change_heads()}</tr>"
        )
        return (
            f"<h2>{_e(self.t('indicators'))}</h2>"
            f'<div class="scroll"><table class="indicators"><thead>{head}</thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>"
            f"{_note(indicators_note(r, self.lang))}"
        )

    def supported(self) -> str:
        """Claimed vs supported, when the file has evidence items."""
        found = self.r.evidence
        if found is None:
            return ""
        summary = "".join(
            f'<tr><td>{_e(self.t(key))}</td><td class="n">{index_text(s)}</td>'
            f"<td>{_pill(self.predicate(s.predicate), band_position(s.framework, s.predicate))}"
            "</td></tr>"
            for key, s in indices(found)
        )
        rows = "".join(
            f"<tr><td>{_e(row.indicator.id)}</td><td>{_e(row.indicator.name)}</td>"
            f'<td class="n">{evidence_level(row.claim)}</td>'
            f'<td class="n">{evidence_level(row.accepted)}</td>'
            f'<td class="n">{evidence_level(row.ready)}</td>'
            f'<td class="n down">{points_text(points(row, row.accepted))}</td></tr>'
            for row in found.indicators
        )
        heads = "".join(
            f'<th class="n">{_e(self.t(key))}</th>'
            for key in (
                "evidence_col_claim",
                "evidence_col_accepted",
                "evidence_col_ready",
                "evidence_col_points",
            )
        )
        return (
            f"<h2>{_e(self.t('evidence_report_heading'))}</h2>"
            f'<p class="note">{_e(checked_line(found, self.lang))}</p>'
            f'<div class="scroll"><table><tbody>{summary}</tbody></table></div>'
            f'<div class="scroll"><table class="indicators"><thead><tr><th>ID</th>'
            f"<th>{_e(self.t('indicator'))}</th>{heads}</tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )

    def evidence(self) -> str:
        items: list[str] = []
        for i in self.r.indicators:
            if not i.evidence:
                continue
            entries = "".join(
                f'<li><a href="{_e(e.url)}" rel="noopener noreferrer">{_e(e.text)}</a></li>'
                if e.url
                else f"<li>{_e(e.text)}</li>"
                for e in i.evidence
            )
            items.append(
                f"<div><dt>{_e(self.t('evidence_for', id=i.id))}: {_e(i.name)}</dt>"
                f"<dd><ul>{entries}</ul></dd></div>"
            )
        body = (
            f'<dl class="evidence">{"".join(items)}</dl>'
            if items
            else f'<p class="note">{_e(self.t("no_evidence"))}</p>'
        )
        return f"<h2>{_e(self.t('evidence'))}</h2>{body}"

    def footer(self) -> str:
        r = self.r
        line = footer_line(r.framework, r.year, r.basis, self.lang)
        made = self.t("generated_by", version=__version__, file=PurePath(r.file).name)
        return f"<footer><p>{_e(line)}</p><p>{_e(made)}</p></footer>"


def render(report: Report, options: Options) -> bytes:
    return _Page(report, options.language).html().encode("utf-8")

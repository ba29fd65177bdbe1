"""`spbe report OUT.md`: the report's content as Markdown (no charts: their numbers are in the
tables). User text is escaped so that it shows as written and never becomes markup or HTML."""

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
    level_text,
    predicate_label,
    provisional_line,
)
from spbe_cli.renderers.evidence.markdown import indicator_table, indices_table
from spbe_cli.renderers.evidence.view import checked_line
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
from spbe_cli.renderers.report.model import GroupRow, Report, made_text
from spbe_cli.renderers.report.team import markdown_lines as team_lines
from spbe_cli.renderers.text import markdown as md


def changed(shown: Shown | None) -> str:
    """A change beside two shown values (report/changes.py), marked where it is not the exact
    one (the table's footnote gives that), "-" without one."""
    return "-" if shown is None else md(shown.text())


def supported_lines(r: Report, lang: str) -> list[str]:
    """Claimed vs supported (when the file has evidence items): the three indices, and every
    indicator's claim beside the levels its accepted and its ready evidence support."""
    found = r.evidence
    if found is None:
        return []
    return [
        "",
        f"## {md(tr(lang, 'evidence_report_heading'))}",
        "",
        f"_{md(checked_line(found, lang))}_",
        "",
        *indices_table(found, lang),
        "",
        *indicator_table(found.indicators, lang),
    ]


def render(report: Report, options: Options) -> bytes:
    lang = options.language
    r = report
    lines = [
        *_header_lines(r, lang),
        *_group_lines(r, lang),
        *_history_lines(r, options),
        *_indicator_lines(r, lang),
        *supported_lines(r, lang),
        *_evidence_lines(r, lang),
        *team_lines(r, lang),
    ]
    footer = footer_line(r.framework, r.year, r.basis, lang)
    made = tr(lang, "generated_by", version=__version__, file=PurePath(r.file).name)
    lines += ["", "---", "", md(footer), "", md(made), ""]
    return "\n".join(lines).encode("utf-8")


def _pred(r: Report, value: str, lang: str) -> str:
    return md(predicate_label(r.framework, value, lang))


def _header_lines(r: Report, lang: str) -> list[str]:
    """Title, year, kerangka, index, predikat, when made; the comparison and a provisional
    kerangka said up front."""
    name = r.framework.index_name(lang)
    lines = [
        f"# {md(tr(lang, 'report_title', index=name, year=r.year))}: {md(r.institution)}",
        "",
        f"- **{tr(lang, 'year')}:** {r.year}",
        f"- **{tr(lang, 'framework')}:** {md(r.framework.id)} ({md(r.framework.regulation)})",
        f"- **{md(name)}:** {r.index_shown}",
        f"- **{tr(lang, 'predicate')}:** {_pred(r, r.predicate, lang)}",
    ]
    draft = draft_text(r, lang)
    if draft:
        lines.append(f"- **{tr(lang, 'report_draft')}:** {md(draft)}")
    if r.made is not None:
        lines.append(f"- **{tr(lang, 'made')}:** {made_text(r.made)}")
    b = r.baseline
    if b is not None:
        old = md(compared_labels(r, lang)[1])
        label = tr(lang, "comparison_index", index=md(b.index_name(lang)), year=old)
        lines.append(
            f"- **{label}:** "
            f"{b.index_shown} ({_pred(r, b.predicate, lang)}) → {r.index_shown} "
            f"({_pred(r, r.predicate, lang)}), {tr(lang, 'change').lower()} "
            f"{_index_change(r, lang)}"
        )
        note = comparison_line(b, r.framework.id, lang)
        lines += ["", f"> {md(note)}"]
    provisional = provisional_line(r.framework, lang)
    if provisional:
        lines += ["", f"> **{md(provisional[0])}** {md(provisional[1])}"]
    return lines


def _index_change(r: Report, lang: str) -> str:
    """The index's change from the baseline, its exact value beside it where it differs."""
    shown = index_change(r)
    if shown is None:
        return "-"
    return md(shown.text(mark=False) + exact_aside(shown, lang, signed_value=True))


def _old_columns(r: Report, lang: str) -> tuple[str, str]:
    """The header cells and alignment row cells of the comparison columns ("" without)."""
    b = r.baseline
    if not r.compared or b is None:
        return "", ""
    return f" {md(compared_labels(r, lang)[1])} | {tr(lang, 'change')} |", "---:|---:|"


def _group_lines(r: Report, lang: str) -> list[str]:
    """The domain and aspect table, with the index as its last row."""
    groups = groups_label(r.framework, lang)
    heads, rule = _old_columns(r, lang)

    def group_row(g: GroupRow, bold: bool) -> str:
        w = "**" if bold else ""
        row = (
            f"| {w}{md(g.id)}{w} | {w}{md(g.name)}{w} | {display(g.weight)} | "
            f"{w}{r.shown(g.index)}{w} | {_pred(r, g.predicate, lang)} |"
        )
        if r.compared:
            row += f" {'-' if g.old is None else r.old_shown(g.old)} | {changed(group_change(g))} |"
        return row

    lines = [
        "",
        f"## {groups}",
        "",
        f"| ID | {groups} | {tr(lang, 'weight_pct')} | {tr(lang, 'index')} | "
        f"{tr(lang, 'predicate')} |" + heads,
        "|---|---|---:|---:|---|" + rule,
    ]
    if r.domains:
        for d in r.domains:
            lines.append(group_row(d, True))
            lines += [group_row(a, False) for a in r.aspects if a.domain == d.id]
    else:
        lines += [group_row(a, False) for a in r.aspects]
    name = r.framework.index_name(lang)
    weight = display(sum((a.weight for a in r.aspects), Fraction(0)))
    total = f"| | **{md(name)}** | {weight} | **{r.index_shown}** | {_pred(r, r.predicate, lang)} |"
    if r.compared and r.baseline is not None:
        total += f" {r.baseline.index_shown} | {changed(index_change(r))} |"
    lines.append(total)
    note = groups_note(r, lang)
    return [*lines, "", md(note)] if note else lines


def _history_lines(r: Report, options: Options) -> list[str]:
    """`--riwayat`: the instansi's years and groups as `spbe trend -f markdown` gives them."""
    if r.history is None:
        return []
    from spbe_cli.renderers.trend.markdown import render as trend_markdown

    heading = f"## {tr(options.language, 'report_history')}"
    return ["", heading, "", trend_markdown([r.history], options).rstrip("\n")]


def _indicator_lines(r: Report, lang: str) -> list[str]:
    """Every indicator: weight, level with its name, penjelasan (and last year's level)."""
    heads, rule = _old_columns(r, lang)
    lines = [
        "",
        f"## {tr(lang, 'indicators')}",
        "",
        f"| ID | {tr(lang, 'indicator')} | {tr(lang, 'aspect')} | {tr(lang, 'weight_pct')} | "
        f"{tr(lang, 'level')} | {tr(lang, 'explanation')} |" + heads,
        "|---|---|---|---:|---:|---|" + rule,
    ]
    for i in r.indicators:
        level = level_cell(i, r.framework) + (f" ({md(i.level_name)})" if i.level_name else "")
        row = (
            f"| {md(i.id)} | {md(i.name)} | {md(i.aspect)} | {display(i.weight)} | {level} | "
            f"{md(i.explanation or '')} |"
        )
        if r.compared:
            old = "-" if i.old is None else level_text(i.old)
            row += f" {old} | {changed(level_change(r, i))} |"
        lines.append(row)
    note = indicators_note(r, lang)
    return [*lines, "", md(note)] if note else lines


def _evidence_lines(r: Report, lang: str) -> list[str]:
    """The data dukung of each indicator that has any (links as links)."""
    lines = ["", f"## {tr(lang, 'evidence')}", ""]
    listed = [i for i in r.indicators if i.evidence]
    for i in listed:
        lines.append(f"- **{md(tr(lang, 'evidence_for', id=i.id))}:** {md(i.name)}")
        lines += [f"  - <{e.url}>" if e.url else f"  - {md(e.text)}" for e in i.evidence]
    if not listed:
        lines.append(tr(lang, "no_evidence"))
    return lines

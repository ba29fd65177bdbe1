"""The team part of a report: targets against realisation and the recommendations still open,
as sections every report format lays out (shown only when the file has targets or open
recommendations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spbe_cli.i18n import tr, tr_count
from spbe_cli.renderers.common import level_text
from spbe_cli.renderers.followup.view import where
from spbe_cli.renderers.report.model import Report
from spbe_cli.renderers.targets import index_line, indicator_status
from spbe_cli.renderers.text import html_text, markdown


@dataclass(frozen=True)
class Section:
    title: str
    note: str
    heads: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    marked: tuple[bool, ...] = ()  # rows to stand out (below target, late)


def sections(report: Report, language: str) -> list[Section]:
    found = []
    if report.index_target is not None or report.targets:
        note = ""
        if report.index_target is not None:
            note = index_line(report.index_target, report.framework, language)
        heads = ("ID", *(tr(language, k) for k in ("indicator", "owner", "level")))
        heads += (tr(language, "target_level"), tr(language, "progress_status"))
        rows = tuple(
            (
                t.indicator.id,
                t.indicator.name,
                t.owner or "-",
                level_text(t.level),
                level_text(t.target),
                indicator_status(t, language),
            )
            for t in report.targets
        )
        marked = tuple(not t.reached for t in report.targets)
        found.append(Section(tr(language, "report_targets"), note, heads, rows, marked))
    if report.follow_ups:
        keys = ("followup_where_short", "owner", "status", "due", "followup_text", "followup_done")
        late = tr(language, "late")
        rows = tuple(
            (
                where(f) or "-",
                f.owner or "-",
                f.status + (f" ({late})" if f.late else ""),
                f.due.isoformat() if f.due else "-",
                f"{f.id}: {f.text}" if f.id else f.text,
                f.follow_up or "-",
            )
            for f in report.follow_ups
        )
        note = tr_count(language, "report_followups_note", len(rows), day=report.day)
        found.append(
            Section(
                tr(language, "report_followups"),
                note,
                tuple(tr(language, k) for k in keys),
                rows,
                tuple(f.late for f in report.follow_ups),
            )
        )
    return found


def markdown_lines(report: Report, language: str) -> list[str]:
    lines: list[str] = []
    for section in sections(report, language):
        lines += ["", f"## {markdown(section.title)}", ""]
        if section.note:
            lines += [markdown(section.note), ""]
        if section.rows:
            lines.append("| " + " | ".join(markdown(h) for h in section.heads) + " |")
            lines.append("|" + "---|" * len(section.heads))
            lines += [_md_row(row, mark) for row, mark in _marked(section)]
    return lines


def _md_row(row: Sequence[str], mark: bool) -> str:
    cells = [markdown(c) for c in row]
    return "| " + " | ".join(f"**{c}**" if mark else c for c in cells) + " |"


def _marked(section: Section) -> list[tuple[tuple[str, ...], bool]]:
    marks = section.marked or (False,) * len(section.rows)
    return list(zip(section.rows, marks, strict=True))


def html(report: Report, language: str) -> str:
    parts = []
    for section in sections(report, language):
        parts.append(f"<h2>{html_text(section.title)}</h2>")
        if section.note:
            parts.append(f'<p class="note">{html_text(section.note)}</p>')
        if section.rows:
            head = "".join(f"<th>{html_text(h)}</th>" for h in section.heads)
            body = "".join(
                ('<tr class="late">' if mark else "<tr>")
                + "".join(f"<td>{html_text(c)}</td>" for c in row)
                + "</tr>"
                for row, mark in _marked(section)
            )
            parts.append(
                f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div>"
            )
    return "".join(parts)

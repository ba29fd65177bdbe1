"""`spbe diff --format markdown`: GitHub-flavoured tables for a pull-request comment or a job
summary (`>> $GITHUB_STEP_SUMMARY`). Gains are marked ▲, regressions ▼; aspects fold away."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import display
from spbe_cli.i18n import term_label, tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text, predicate_label
from spbe_cli.renderers.diff.closed import closed_lines
from spbe_cli.renderers.diff.view import (
    Section,
    contribution_text,
    describe,
    draft_notes,
    files,
    group_delta_text,
    group_value_text,
    groups_note,
    ids_text,
    index_delta_text,
    level_delta_text,
    level_value_text,
    move_text,
    name_of,
    old_name,
    predicate_move,
    row_name,
    sections,
    title,
)
from spbe_cli.renderers.text import markdown as cell

ARROWS = {"naik": "▲ ", "turun": "▼ "}
FOLDED = ("tetap", "hanya_lama", "hanya_baru")  # long lists, folded under a summary line


def _arrow_of(delta: Fraction | None) -> str:
    if not delta:
        return ""
    return ARROWS["naik"] if delta > 0 else ARROWS["turun"]


def _arrow(change: Change) -> str:
    return _arrow_of(change.delta)


def _name(change: Change, language: str) -> str:
    before = old_name(change)
    formerly = f" ({tr(language, 'formerly', name=before)})" if before else ""
    return cell(row_name(change) + formerly)


def _headers(language: str, *keys: str) -> str:
    return " | ".join(tr(language, key) for key in keys)


def _summary(comparison: Comparison, options: Options) -> list[str]:
    old, new = comparison.old, comparison.new
    language = options.language
    arrow = ARROWS.get(predicate_move(comparison), "")
    before, after = options.sides or (str(old.year), str(new.year))
    old_predicate, new_predicate = (
        cell(predicate_label(s.framework, s.predicate, language)) for s in (old, new)
    )
    return [
        f"| | {cell(before)} | {cell(after)} | {tr(language, 'delta')} |",
        "|---|---:|---:|---:|",
        f"| **{name_of(comparison, language)}** | {index_text(old)} | {index_text(new)} | "
        f"**{_arrow_of(comparison.index_delta)}{index_delta_text(comparison)}** |",
        f"| **{tr(language, 'predicate')}** | {old_predicate} | {new_predicate} | "
        f"{arrow}{move_text(comparison, language)} |",
    ]


def _same_rows(section: Section, language: str) -> list[str]:
    header = _headers(language, "indicator", "weight_pct", "old", "new", "delta", "contribution")
    lines = [f"| ID | {header} |", "|---|---|---:|---:|---:|---:|---:|"]
    for c in section.rows:
        weight = display(c.weight) if c.weight is not None else ""
        lines.append(
            f"| {cell(c.id)} | {_name(c, language)} | {weight} | {level_value_text(c.old)} | "
            f"{level_value_text(c.new)} | {_arrow(c)}{level_delta_text(c)} | "
            f"{contribution_text(c)} |"
        )
    return lines


def _mapped_rows(section: Section, comparison: Comparison, language: str) -> list[str]:
    old, new = comparison.old.framework.id, comparison.new.framework.id
    header = _headers(language, "indicator", "old", "new", "delta", "confidence")
    lines = [f"| {old} | {new} | {header} |", "|---|---|---|---:|---:|---:|---|"]
    lines += [
        f"| {cell(ids_text(c.old_ids))} | {cell(ids_text(c.new_ids))} | {_name(c, language)} | "
        f"{level_value_text(c.old)} | {level_value_text(c.new)} | "
        f"{_arrow(c)}{level_delta_text(c)} | {term_label(c.confidence or '', language)} |"
        for c in section.rows
    ]
    return lines


def _groups(label: str, rows: Sequence[Change], same: bool, language: str) -> list[str]:
    header = _headers(language, "old", "new", "delta")
    lines = [f"| ID | {tr(language, label)} | {header} |", "|---|---|---:|---:|---:|"]
    for c in rows:
        ident = c.id if same else f"{ids_text(c.old_ids)} → {ids_text(c.new_ids)}"
        lines.append(
            f"| {cell(ident)} | {_name(c, language)} | {group_value_text(c.old)} | "
            f"{group_value_text(c.new)} | {_arrow(c)}{group_delta_text(c)} |"
        )
    return lines


def render(comparison: Comparison, options: Options) -> str:
    same = comparison.kind == "kerangka_sama"
    language = options.language
    lines = [
        f"### {cell(options.title or title(comparison, language))}",
        "",
        *_summary(comparison, options),
        "",
    ]
    lines += [f"_{cell(describe(comparison, language))}_", ""]
    notes = draft_notes(comparison, language)
    lines += [f"> {cell(note)}" for note in notes]
    if notes:
        lines.append("")
    parts = sections(comparison, language)
    if same and not parts:
        lines += [tr(language, "no_level_changed"), ""]
    for section in parts:
        rows = (
            _same_rows(section, language) if same else _mapped_rows(section, comparison, language)
        )
        if section.key in FOLDED:
            lines += [f"<details><summary>{section.heading}</summary>", "", *rows, "", "</details>"]
        else:
            lines += [f"**{section.heading}**", "", *rows]
        lines.append("")
    if comparison.domains:
        domains = _groups("domain", comparison.domains, same, language)
        lines += [f"**{tr(language, 'domains')}**", "", *domains, ""]
    if comparison.aspects:
        lines += [
            f"<details><summary>{tr(language, 'aspects')}</summary>",
            "",
            *_groups("aspect", comparison.aspects, same, language),
            "",
            "</details>",
            "",
        ]
    footnote = groups_note(comparison, language)
    if footnote:
        lines += [cell(footnote), ""]
    closed = closed_lines(comparison, language)
    if closed:
        lines += [f"**{cell(closed[0])}**", "", *(f"- {cell(line)}" for line in closed[1:]), ""]
    lines.append(f"<sub>{cell(files(comparison, language))}</sub>")
    return "\n".join(lines) + "\n"

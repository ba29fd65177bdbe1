"""`spbe diff --format markdown`: GitHub-flavoured tables for a pull-request comment or a job
summary (`>> $GITHUB_STEP_SUMMARY`). Gains are marked ▲, regressions ▼; aspects fold away."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.diffparts import (
    Section,
    contribution_text,
    describe,
    draft_notes,
    files,
    group_delta_text,
    group_value_text,
    ids_text,
    index_delta_text,
    level_delta_text,
    level_value_text,
    name_of,
    old_name,
    predicate_move,
    row_name,
    sections,
    title,
)

ARROWS = {"naik": "▲ ", "turun": "▼ "}
FOLDED = ("tetap", "hanya_lama", "hanya_baru")  # long lists, folded under a summary line


def cell(text: str) -> str:
    """Text safe inside a table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _arrow_of(delta: Fraction | None) -> str:
    if not delta:
        return ""
    return ARROWS["naik"] if delta > 0 else ARROWS["turun"]


def _arrow(change: Change) -> str:
    return _arrow_of(change.delta)


def _name(change: Change) -> str:
    before = old_name(change)
    return cell(row_name(change) + (f" (dulu: {before})" if before else ""))


def _summary(comparison: Comparison, sides: tuple[str, str] | None) -> list[str]:
    old, new = comparison.old, comparison.new
    move = predicate_move(comparison)
    before, after = sides or (str(old.year), str(new.year))
    return [
        f"| | {before} | {after} | Selisih |",
        "|---|---:|---:|---:|",
        f"| **{name_of(comparison)}** | {display(old.index)} | {display(new.index)} | "
        f"**{_arrow_of(comparison.index_delta)}{index_delta_text(comparison)}** |",
        f"| **Predikat** | {old.predicate} | {new.predicate} | {ARROWS.get(move, '')}{move} |",
    ]


def _same_rows(section: Section) -> list[str]:
    lines = [
        "| ID | Indikator | Bobot (%) | Lama | Baru | Selisih | Kontribusi |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for c in section.rows:
        weight = display(c.weight) if c.weight is not None else ""
        lines.append(
            f"| {c.id} | {_name(c)} | {weight} | {level_value_text(c.old)} | "
            f"{level_value_text(c.new)} | {_arrow(c)}{level_delta_text(c)} | "
            f"{contribution_text(c)} |"
        )
    return lines


def _mapped_rows(section: Section, comparison: Comparison) -> list[str]:
    old, new = comparison.old.framework.id, comparison.new.framework.id
    lines = [
        f"| {old} | {new} | Indikator | Lama | Baru | Selisih | Keyakinan |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    lines += [
        f"| {ids_text(c.old_ids)} | {ids_text(c.new_ids)} | {_name(c)} | "
        f"{level_value_text(c.old)} | {level_value_text(c.new)} | "
        f"{_arrow(c)}{level_delta_text(c)} | {c.confidence or ''} |"
        for c in section.rows
    ]
    return lines


def _groups(label: str, rows: Sequence[Change], same: bool) -> list[str]:
    lines = [
        f"| ID | {label} | Lama | Baru | Selisih |",
        "|---|---|---:|---:|---:|",
    ]
    for c in rows:
        ident = c.id if same else f"{ids_text(c.old_ids)} → {ids_text(c.new_ids)}"
        lines.append(
            f"| {ident} | {_name(c)} | {group_value_text(c.old)} | "
            f"{group_value_text(c.new)} | {_arrow(c)}{group_delta_text(c)} |"
        )
    return lines


def render(comparison: Comparison, options: Options) -> str:
    same = comparison.kind == "kerangka_sama"
    lines = [
        f"### {cell(options.title or title(comparison))}",
        "",
        *_summary(comparison, options.sides),
        "",
    ]
    lines += [f"_{cell(describe(comparison))}_", ""]
    lines += [f"> {note}" for note in draft_notes(comparison)]
    if draft_notes(comparison):
        lines.append("")
    parts = sections(comparison)
    if same and not parts:
        lines += ["Tidak ada level indikator yang berubah.", ""]
    for section in parts:
        rows = _same_rows(section) if same else _mapped_rows(section, comparison)
        if section.key in FOLDED:
            lines += [f"<details><summary>{section.heading}</summary>", "", *rows, "", "</details>"]
        else:
            lines += [f"**{section.heading}**", "", *rows]
        lines.append("")
    if comparison.domains:
        lines += ["**Domain**", "", *_groups("Domain", comparison.domains, same), ""]
    if comparison.aspects:
        lines += [
            "<details><summary>Aspek</summary>",
            "",
            *_groups("Aspek", comparison.aspects, same),
            "",
            "</details>",
            "",
        ]
    lines.append(f"<sub>{cell(files(comparison))}</sub>")
    return "\n".join(lines) + "\n"

"""`spbe explain` as text: wrapped to the terminal, readable in a pipe (no colour needed)."""

from __future__ import annotations

import textwrap
from fractions import Fraction

from spbe_cli.exact import display, exact_text
from spbe_cli.explaining import Explanation, Level
from spbe_cli.renderers import Options
from spbe_cli.renderers.labels import level_text

ROUNDING = "dibulatkan setengah ke atas ke {places} desimal"


def amount(value: Fraction) -> str:
    """2 decimals, with the exact value beside it when rounding hides digits."""
    shown = display(value)
    exact = exact_text(value)
    return shown if Fraction(shown) == value else f"{shown} (tepat {exact})"


def level_label(level: Level) -> str:
    """ "4 Melembaga (3.50-<4.00)", "4 Kolaborasi", or "4" when the names are unknown."""
    span = f"({level.span})" if level.span else ""
    return " ".join(p for p in (str(level.level), level.name, span) if p)


def criteria_note(explanation: Explanation) -> str:
    framework = explanation.framework
    if framework.criteria_kind == "generik":
        return f"Kriteria generik, bukan teks resmi: {framework.criteria_note}"
    return framework.criteria_note


def render(explanation: Explanation, options: Options) -> str:
    width = max(60, min(options.width or 100, 120))
    ind, framework = explanation.indicator, explanation.framework
    lines: list[str] = []

    def field(label: str, text: str) -> None:
        lines.extend(
            textwrap.wrap(text, width, initial_indent=f"  {label:<11}", subsequent_indent=" " * 13)
            or [f"  {label}"]
        )

    lines.append(f"Indikator {ind.id}: {ind.name}")
    field("kerangka", f"{framework.id} ({framework.regulation})")
    if explanation.domain:
        field("domain", f"{explanation.domain.id} {explanation.domain.name}")
    field("aspek", f"{explanation.aspect.id} {explanation.aspect.name}")
    field(
        "bobot",
        f"{amount(ind.weight)} persen dari indeks; naik satu level menambah indeks "
        f"{amount(explanation.per_level)}",
    )
    if ind.note:
        field("catatan", ind.note)
    rule = ind.conversion
    if rule is not None:
        field(
            "konversi",
            f"{rule.source}: {rule.name}, skor {exact_text(rule.low)}-{exact_text(rule.high)}; "
            f"nilai = {rule.formula()}, {ROUNDING.format(places=framework.decimals)}; "
            f"keyakinan {rule.confidence}. {rule.note}".strip(),
        )
    lines += ["", "Level"]
    if not explanation.names_known:
        lines.append(f"  (nama level resmi {framework.id} tidak diketahui)")
    labels = [level_label(level) for level in explanation.levels]
    pad = max(len(label) for label in labels) + 2
    for label, level in zip(labels, explanation.levels, strict=True):
        lines += textwrap.wrap(
            level.criteria or "-",
            width,
            initial_indent=f"  {label:<{pad}}",
            subsequent_indent=" " * (pad + 2),
        )
    lines += ["", *textwrap.wrap(criteria_note(explanation), width)]
    current = explanation.current
    if current is not None:
        lines += ["", f"Berkas {current.file} (tahun {current.year})"]
        if current.value is None:
            field("sekarang", "belum diisi")
        else:
            text = f"nilai {level_text(current.value)}"
            if current.level is not None and (explanation.names_known or framework.decimals):
                level = explanation.levels[current.level - framework.level_min]
                text += f", level {level_label(level)}"
            source = current.source
            if source is not None:
                text += f", dari skor {source.key} {exact_text(source.score)}"
                if source.exact != current.value:
                    text += f" (tepat {exact_text(source.exact)})"
            field("sekarang", text)
        field("indeks", f"{display(current.index)} ({current.predicate})")
        step = current.next
        if step is not None:
            field("berikutnya", f"nilai {level_text(step.value)}")
            for need in step.needs:
                field("", f"level {level_label(need)}: {need.criteria or '-'}")
            if not step.needs:
                field("", "tetap di rentang level yang sama")
            field(
                "tambahan",
                f"+{amount(step.gain)}: indeks {display(current.index)} -> "
                f"{display(step.index)} ({step.predicate})",
            )
        elif current.value is not None:
            field("berikutnya", "sudah di level tertinggi")
    return "\n".join(lines) + "\n"

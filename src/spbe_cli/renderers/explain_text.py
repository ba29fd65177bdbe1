"""`spbe explain` as text: wrapped to the terminal, readable in a pipe (no colour needed)."""

from __future__ import annotations

import textwrap
from fractions import Fraction

from spbe_cli.exact import display, exact_text
from spbe_cli.explaining import Explanation, Level
from spbe_cli.i18n import predicate_label, term_label, tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.labels import level_text


def amount(value: Fraction, language: str = "id") -> str:
    """2 decimals, with the exact value beside it when rounding hides digits."""
    shown = display(value)
    if Fraction(shown) == value:
        return shown
    return tr(language, "exact_value", shown=shown, exact=exact_text(value))


def level_label(level: Level) -> str:
    """ "4 Melembaga (3.50-<4.00)", "4 Kolaborasi", or "4" when the names are unknown."""
    span = f"({level.span})" if level.span else ""
    return " ".join(p for p in (str(level.level), level.name, span) if p)


def criteria_note(explanation: Explanation, language: str = "id") -> str:
    framework = explanation.framework
    if framework.criteria_kind == "generik":
        return tr(language, "generic_criteria", note=framework.criteria_note)
    return framework.criteria_note


def render(explanation: Explanation, options: Options) -> str:
    width = max(60, min(options.width or 100, 120))
    language = options.language
    ind, framework = explanation.indicator, explanation.framework
    lines: list[str] = []

    def label(key: str) -> str:
        """A field label: "bobot" / "weight"."""
        return tr(language, key).lower()

    def field(name: str, text: str) -> None:
        lines.extend(
            textwrap.wrap(text, width, initial_indent=f"  {name:<11}", subsequent_indent=" " * 13)
            or [f"  {name}"]
        )

    lines.append(f"{tr(language, 'indicator')} {ind.id}: {ind.name}")
    field(label("framework"), f"{framework.id} ({framework.regulation})")
    if explanation.domain:
        field(label("domain"), f"{explanation.domain.id} {explanation.domain.name}")
    field(label("aspect"), f"{explanation.aspect.id} {explanation.aspect.name}")
    field(
        label("weight"),
        tr(
            language,
            "explain_weight",
            weight=amount(ind.weight, language),
            per_level=amount(explanation.per_level, language),
        ),
    )
    if ind.note:
        field(label("note"), ind.note)
    rule = ind.conversion
    if rule is not None:
        text = tr(
            language,
            "explain_conversion",
            source=rule.source,
            name=rule.name,
            low=exact_text(rule.low),
            high=exact_text(rule.high),
            formula=rule.formula(tr(language, "source_score", source=rule.source)),
            rounding=tr(language, "rounding", places=framework.decimals),
            confidence=term_label(rule.confidence, language),
            note=rule.note,
        )
        field(label("conversion"), text.strip())
    lines += ["", tr(language, "level")]
    if not explanation.names_known:
        lines.append(f"  {tr(language, 'level_names_unknown', framework=framework.id)}")
    labels = [level_label(level) for level in explanation.levels]
    pad = max(len(label) for label in labels) + 2
    for text, level in zip(labels, explanation.levels, strict=True):
        lines += textwrap.wrap(
            level.criteria or "-",
            width,
            initial_indent=f"  {text:<{pad}}",
            subsequent_indent=" " * (pad + 2),
        )
    lines += ["", *textwrap.wrap(criteria_note(explanation, language), width)]
    current = explanation.current
    if current is not None:
        lines += ["", tr(language, "explain_file", file=current.file, year=current.year)]
        if current.value is None:
            field(label("current"), tr(language, "not_filled"))
        else:
            text = tr(language, "value_of", value=level_text(current.value))
            if current.level is not None and (explanation.names_known or framework.decimals):
                level = explanation.levels[current.level - framework.level_min]
                text += f", level {level_label(level)}"
            source = current.source
            if source is not None:
                score = exact_text(source.score)
                text += ", " + tr(language, "from_score", source=source.key, score=score)
                if source.exact != current.value:
                    text = tr(language, "exact_value", shown=text, exact=exact_text(source.exact))
            field(label("current"), text)
        predicate = predicate_label(current.predicate, language)
        field(label("index"), f"{display(current.index)} ({predicate})")
        step = current.next
        if step is not None:
            field(label("next"), tr(language, "value_of", value=level_text(step.value)))
            for need in step.needs:
                field("", f"level {level_label(need)}: {need.criteria or '-'}")
            if not step.needs:
                field("", tr(language, "same_range"))
            gain = tr(
                language,
                "explain_gain",
                gain=amount(step.gain, language),
                index=display(current.index),
                after=display(step.index),
                predicate=predicate_label(step.predicate, language),
            )
            field(label("gain"), gain)
        elif current.value is not None:
            field(label("next"), tr(language, "at_top"))
    return "\n".join(lines) + "\n"

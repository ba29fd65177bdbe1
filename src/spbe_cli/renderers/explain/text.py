"""`spbe explain` as text: wrapped to the terminal, readable in a pipe (no colour needed)."""

from __future__ import annotations

import textwrap
from fractions import Fraction

from spbe_cli.exact import display, exact_text
from spbe_cli.explaining import Current, Explanation, Level
from spbe_cli.i18n import term_label, tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    level_shown,
    level_text,
    predicate_label,
    value_text,
    with_predicate,
)
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import predicate_basis_value


def amount(value: Fraction, language: str = "id") -> str:
    """2 decimals, with the exact value beside it when rounding hides digits."""
    shown = display(value)
    if Fraction(shown) == value:
        return shown
    return tr(language, "exact_value", shown=shown, exact=exact_text(value))


def level_label(level: Level) -> str:
    """ "4 Melembaga (3.50-<4.00)", "4 Kolaborasi", or "4" when the names are unknown."""
    span = f"({level.span})" if level.span else ""
    return one_line(" ".join(p for p in (str(level.level), level.name, span) if p))


def criteria_note(explanation: Explanation, language: str = "id") -> str:
    criteria = explanation.framework.criteria
    if criteria.kind == "generik":
        return tr(language, "generic_criteria", note=criteria.note)
    return criteria.note


class _Lines:
    """The text being written, wrapped to a width, with "  label      value" fields."""

    def __init__(self, width: int, language: str) -> None:
        self.width, self.language = width, language
        self.lines: list[str] = []

    def label(self, key: str) -> str:
        """A field label: "bobot" / "weight"."""
        return tr(self.language, key).lower()

    def field(self, name: str, text: str) -> None:
        self.lines.extend(
            textwrap.wrap(
                one_line(text),
                self.width,
                initial_indent=f"  {name:<11}",
                subsequent_indent=" " * 13,
            )
            or [f"  {name}"]
        )


def _about(explanation: Explanation, out: _Lines) -> None:
    """Where the indicator sits, what it weighs, and how an external score converts."""
    language, ind, framework = out.language, explanation.indicator, explanation.framework
    out.lines.append(one_line(f"{tr(language, 'indicator')} {ind.id}: {ind.name}"))
    out.field(out.label("framework"), f"{framework.id} ({framework.regulation})")
    if explanation.domain:
        out.field(out.label("domain"), f"{explanation.domain.id} {explanation.domain.name}")
    out.field(out.label("aspect"), f"{explanation.aspect.id} {explanation.aspect.name}")
    weight = tr(
        language,
        "explain_weight",
        weight=amount(ind.weight, language),
        per_level=amount(explanation.per_level, language),
    )
    out.field(out.label("weight"), weight)
    if ind.note:
        out.field(out.label("note"), ind.note)
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
            rounding=tr(language, "rounding", places=rule.places)
            if rule.places is not None
            else tr(language, "not_rounded"),
            confidence=term_label(rule.confidence, language),
            note=rule.note,
        )
        out.field(out.label("conversion"), text.strip())


def _levels(explanation: Explanation, out: _Lines) -> None:
    language = out.language
    out.lines += ["", tr(language, "level")]
    if not explanation.names_known:
        framework = explanation.framework.id
        out.lines.append(f"  {tr(language, 'level_names_unknown', framework=framework)}")
    labels = [level_label(level) for level in explanation.levels]
    pad = max(len(label) for label in labels) + 2
    for text, level in zip(labels, explanation.levels, strict=True):
        out.lines += textwrap.wrap(
            one_line(level.criteria or "-"),
            out.width,
            initial_indent=f"  {text:<{pad}}",
            subsequent_indent=" " * (pad + 2),
        )
    out.lines += ["", *textwrap.wrap(one_line(criteria_note(explanation, language)), out.width)]


def _value(explanation: Explanation, current: Current, language: str) -> str:
    """The file's value of the indicator, its level, and the score it came from."""
    assert current.value is not None
    framework = explanation.framework
    text = tr(language, "value_of", value=level_shown(framework, current.value))
    if current.level is not None and (explanation.names_known or not framework.scale.whole):
        level = explanation.levels[current.level - framework.level_min]
        text += f", level {level_label(level)}"
    source = current.source
    if source is not None:
        score = exact_text(source.score)
        text += ", " + tr(language, "from_score", source=source.key, score=score)
        if source.exact != current.value:
            text = tr(language, "exact_value", shown=text, exact=exact_text(source.exact))
    return text


def _current(explanation: Explanation, current: Current, out: _Lines) -> None:
    language, framework, year = out.language, explanation.framework, current.year
    out.lines += ["", one_line(tr(language, "explain_file", file=current.file, year=current.year))]
    if current.value is None:
        out.field(out.label("current"), tr(language, "not_filled"))
    else:
        out.field(out.label("current"), _value(explanation, current, language))
    basis = predicate_basis_value(framework, current.year, current.index)
    shown = value_text(framework, current.index, basis)
    out.field(out.label("index"), with_predicate(shown, framework, current.predicate, language))
    step = current.next
    if step is None:
        if current.value is not None:
            out.field(out.label("next"), tr(language, "at_top"))
        return
    out.field(out.label("next"), tr(language, "value_of", value=level_text(step.value)))
    for need in step.needs:
        out.field("", f"level {level_label(need)}: {need.criteria or '-'}")
    if not step.needs:
        out.field("", tr(language, "same_range"))
    gain = tr(
        language,
        "explain_gain",
        gain=amount(step.gain, language),
        index=shown,
        after=value_text(framework, step.index, predicate_basis_value(framework, year, step.index)),
        predicate=predicate_label(framework, step.predicate, language),
    )
    out.field(out.label("gain"), gain)


def render(explanation: Explanation, options: Options) -> str:
    out = _Lines(max(60, min(options.width or 100, 120)), options.language)
    _about(explanation, out)
    _levels(explanation, out)
    if explanation.current is not None:
        _current(explanation, explanation.current, out)
    return "\n".join(out.lines) + "\n"

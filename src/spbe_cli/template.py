"""A new answer file for `spbe init`: complete and valid, every indicator at the lowest level,
with each indicator's name, aspect, weight, level names and criteria in comments (in the
language of the run; keys and values stay as the answer file's vocabulary). The fields of team
work show themselves: each indicator's owner (`pj:`, written for the indicators of
`spbe init --pj`), commented `pj:` and `target:` lines in the first entry, and at the end of
the file how the team works and the commented year's targets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from spbe_cli import yamlsafe
from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.frameworks import Aspect, Domain, Framework, Indicator
from spbe_cli.i18n import t, tr
from spbe_cli.renderers.text import one_line

_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters a YAML file cannot hold as they are (YAML 1.1 printable set)."""


@dataclass(frozen=True)
class Template:
    """What `spbe init` writes: for which year, with which kerangka, in which language."""

    framework: Framework
    year: int
    institution: str | None = None
    named: bool = False  # write the `kerangka:` line (the table is not the year's own)
    language: str = "id"
    extra_header: tuple[str, ...] = ()  # top-level lines after instansi (`spbe init --dari`)
    previous: str | None = None  # the file `spbe init --dari` started from
    stage: str | None = None  # write each level in the stage form: `level: {mandiri: 1}`
    owners: Mapping[str, str] = field(default_factory=dict)  # id -> pj (`spbe init --pj`)


def schema_file(framework: Framework) -> str:
    """The file name `spbe init` points editors at, written by `spbe schema --kerangka K`."""
    return f"{framework.id}.schema.json"


def institution_text(name: str) -> str:
    """The instansi as one line of text: whitespace collapsed, no control characters."""
    text = " ".join(name.split())
    if not text:
        raise UsageError(t("init.instansi_empty"))
    if _UNPRINTABLE.search(text) or any(unicodedata.category(ch) == "Cf" for ch in text):
        raise UsageError(t("init.instansi_control"))
    return text


def _levels(template: Template, indicator: Indicator) -> str:
    framework, language = template.framework, template.language
    scale = tr(language, "init_scale", low=framework.level_min, high=framework.level_max)
    if not framework.scale.whole:
        scale += tr(language, "init_decimals", places=framework.scale.decimals)
    names = framework.names_of_levels(indicator)
    if names:
        scale += ": " + ", ".join(
            f"{level} {one_line(name)}" for level, name in sorted(names.items())
        )
    return scale


def indicator_comments(framework: Framework, language: str, indicator: Indicator) -> list[str]:
    """The comment lines above an indicator's entry (indented for `indikator:`): its name,
    aspect and weight, its level names and the criteria of each level."""
    template = Template(framework, framework.first_year, language=language)
    weight = tr(language, "init_where", aspect=indicator.aspect, weight=display(indicator.weight))
    lines = [
        f"  # {indicator.id}. {one_line(indicator.name)}",
        f"  # {weight}; {_levels(template, indicator)}",
    ]
    criteria = framework.criteria_of(indicator)
    lines += [f"  #   {level}: {one_line(text)}" for level, text in sorted(criteria.items())]
    if indicator.note:
        lines.append(f"  # {tr(language, 'init_note')}: {one_line(indicator.note)}")
    return lines


def _level_value(template: Template, level: int) -> str:
    return str(level) if template.stage is None else f"{{{template.stage}: {level}}}"


def _forms(template: Template) -> list[str]:
    """Comments showing the optional forms: evidence items per level, values per stage."""
    lines = tr(template.language, "evidence_init_items").split("\n")
    if template.stage is not None:
        lines += tr(template.language, "evidence_init_stages").split("\n")
    return [f"# {line}" for line in lines]


def _example_target(framework: Framework) -> int:
    """The target level the comments show: two levels above the lowest, within the scale."""
    return min(framework.level_min + 2, framework.level_max)


def _entry(template: Template, indicator: Indicator, first: bool = False) -> list[str]:
    lines = [
        f'  "{indicator.id}":',
        f"    level: {_level_value(template, template.framework.level_min)}",
        "    penjelasan:",
        "    data_dukung: []",
    ]
    owner = template.owners.get(indicator.id)
    if owner is not None:
        lines.append(f"    pj: {yamlsafe.quoted(owner)}")
    if first and template.previous is None:
        language = template.language
        if owner is None:
            lines.append(f"    # pj: Diskominfo  # {tr(language, 'init_entry_pj')}")
        target = _example_target(template.framework)
        lines.append(f"    # target: {target}  # {tr(language, 'init_entry_target')}")
    return lines


def _team(template: Template) -> list[str]:
    """The closing comments of a new file: how a team works on it, the year's targets."""
    framework, language = template.framework, template.language
    team = tr(
        language,
        "init_team",
        id=framework.indicators[0].id,
        low=framework.level_min,
        target=_example_target(framework),
    )
    targets = tr(
        language,
        "init_targets",
        low=framework.level_min,
        high=framework.level_max,
        names=", ".join(b.name for b in framework.bands),
    )
    return ["", *(f"# {line}" for line in [*team.split("\n"), *targets.split("\n")])]


def _header(template: Template) -> list[str]:
    framework, language, year = template.framework, template.language, template.year
    schema = schema_file(framework)
    if template.institution is not None:
        instansi = yamlsafe.quoted(institution_text(template.institution))
    else:
        placeholder = tr(language, "init_placeholder")
        instansi = f"{yamlsafe.quoted(placeholder)}  # {tr(language, 'init_replace')}"
    intro = tr(
        language,
        "init_intro" if template.previous is None else "init_intro_dari",
        index=framework.index_name(language),
        year=year,
        framework=framework.id,
        regulation=one_line(framework.regulation),
        count=len(framework.indicators),
        low=framework.level_min,
        **({} if template.previous is None else {"file": template.previous}),
    )
    lines = [f"# yaml-language-server: $schema={schema}"]
    lines += [f"# {line}" for line in intro.split("\n")]
    lines += [
        f"# {tr(language, 'init_schema', framework=framework.id, schema=schema)}",
        *_forms(template),
        f"tahun: {year}",
        f"instansi: {instansi}",
    ]
    if template.named:
        lines.append(f"kerangka: {framework.id}")
    return lines


def answer_file(template: Template, entries: Mapping[str, list[str]] | None = None) -> str:
    """The text of a complete answer file; `entries` replaces the lines of some indicators'
    entries (`spbe init --dari`), the others start at the lowest level."""
    framework, language = template.framework, template.language
    given = entries or {}
    first = framework.indicators[0].id
    body = {
        i.id: given[i.id] if i.id in given else _entry(template, i, i.id == first)
        for i in framework.indicators
    }
    lines = [*_header(template), *template.extra_header, "indikator:"]
    lines += commented_indicators(framework, language, body)
    if template.previous is None:
        lines += _team(template)
    return "\n".join(lines) + "\n"


def group_headings(
    framework: Framework, language: str, indicator: Indicator, shown: set[str]
) -> list[str]:
    """The comment lines that open the domain and the aspect of `indicator` in an answer
    file ("  # ==== Domain D1 ...", "  # ---- Aspek A1 ..."), each once: an id in `shown` is
    not opened again, and an id opened now is added to it."""
    opened: list[str] = []
    groups: list[tuple[str, str, Domain | Aspect]] = [
        *(("init_domain", "====", d) for d in framework.domains if d.id == indicator.domain),
        *(("init_aspect", "----", a) for a in framework.aspects if a.id == indicator.aspect),
    ]
    for key, rule, group in groups:
        if group.id in shown:
            continue
        shown.add(group.id)
        name = one_line(group.name)
        heading = tr(language, key, id=group.id, name=name, weight=display(group.weight))
        opened.append(f"  # {rule} {heading}")
    return opened


def commented_indicators(
    framework: Framework, language: str, entries: Mapping[str, list[str]]
) -> list[str]:
    """The lines under `indikator:` for the given indicators, in the kerangka's order: domain
    and aspect headings, each indicator's comments, then its entry lines as given."""
    shown: set[str] = set()
    lines: list[str] = []
    for indicator in framework.indicators:
        if indicator.id not in entries:
            continue
        for heading in group_headings(framework, language, indicator, shown):
            lines += ["", heading]
        lines += ["", *indicator_comments(framework, language, indicator)]
        lines += entries[indicator.id]
    return lines

"""`spbe init`: a new, complete and valid answer file to fill in."""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import Annotated

import typer

from spbe_cli.answers import STAGES, YEARS
from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    choice,
    command,
    emit,
    named_framework,
    say,
)
from spbe_cli.cli.common import (
    language as run_language,
)
from spbe_cli.errors import InputError, UsageError
from spbe_cli.frameworks import Catalog, Framework, weight_dirs
from spbe_cli.i18n import prefixed, t

app, register = command("init", "help.init")


def _framework(tables: Catalog, year: int, framework_id: str | None) -> tuple[Framework, bool]:
    """The kerangka, and whether the file must name it (it is not the year's own)."""
    if not YEARS[0] <= year <= YEARS[1]:
        raise UsageError(t("init.year_range", year=year, low=YEARS[0], high=YEARS[1]))
    usual = tables.for_year(year)
    if framework_id is None:
        if usual is None:
            raise UsageError(t("init.no_kerangka", year=year, known=tables.describe_years()))
        return usual, False
    named = named_framework(tables, framework_id)
    if named is usual:
        return named, False
    if not named.covers(year):
        raise UsageError(t("init.kerangka_year", framework=named.id, years=named.years, year=year))
    return named, True


@register
def init(
    year: Annotated[int, typer.Option("--tahun", metavar="TAHUN", help="help.init.tahun")],
    framework_id: Annotated[
        str | None,
        typer.Option(
            "--kerangka", metavar="KERANGKA", help="help.init.kerangka", show_default=False
        ),
    ] = None,
    institution: Annotated[
        str | None, typer.Option("--instansi", metavar="NAMA", help="help.init.instansi")
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.init.output", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    previous: Annotated[
        str | None,
        typer.Option("--dari", metavar="FILE", help="help.init.dari", show_default=False),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            "--tahap",
            metavar="|".join(STAGES),
            callback=lambda value: None if value is None else choice(STAGES)(value),
            help="help.evidence.init_tahap",
            show_default=False,
        ),
    ] = None,
    owners: Annotated[
        list[str] | None,
        typer.Option("--pj", metavar="NAMA=ID,ID-ID", help="help.init.pj", show_default=False),
    ] = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.atomic import write_atomic
    from spbe_cli.team.owners import owners as owners_of
    from spbe_cli.template import Template, answer_file, schema_file

    tables = catalog(weights)
    framework, named = _framework(tables, year, framework_id)
    if owners and previous is not None:
        raise UsageError(t("init.pj_dari"))
    if previous is None:
        template = Template(
            framework,
            year,
            institution,
            named,
            run_language(),
            stage=stage,
            owners=owners_of(owners or (), framework),
        )
        text = answer_file(template)
    else:
        text = _from_previous(previous, framework, year, institution, named, output, weights)
    if output is None or output == "-":
        emit(text)
        return
    write_atomic(Path(output), text.encode("utf-8"), force=force, inputs=[previous or ""])
    say(
        t(
            "init.written",
            path=output,
            count=len(framework.indicators),
            framework=framework.id,
            schema=schema_file(framework),
        )
    )
    if framework.provisional:
        say(prefixed("warning", t("warning.provisional", framework=framework.id)))


def _from_previous(
    previous: str,
    framework: Framework,
    year: int,
    institution: str | None,
    named: bool,
    output: str | None,
    weights: list[Path] | None,
) -> str:
    """Next year's file from `previous` (team/carry.py), checked as any answer file; what was
    carried and what was left behind said on stderr."""
    from spbe_cli import api, crosswalk, yamlsafe
    from spbe_cli.answers import ReadOptions, read_answers
    from spbe_cli.team import carry
    from spbe_cli.team.paths import folder_of
    from spbe_cli.template import Template, answer_file, institution_text

    tables = catalog(weights)
    doc = api.document(previous)
    old = read_answers(doc, tables, ReadOptions(allow_missing=True, draft_option=False))
    if institution is None:
        try:
            institution_text(old.institution)
        except UsageError:  # the name comes from the file: its key is to blame
            message = t("init.dari_instansi")
            raise InputError([doc.problem(["instansi"], message, subject="instansi")]) from None
    table = None
    if old.framework.id != framework.id:
        table = crosswalk.find(tables, old.framework.id, framework.id, weight_dirs(weights))
    destination = folder_of(output or "-")
    found = carry.carry(old, framework, table, folder_of(previous), destination)
    template = Template(
        framework,
        year,
        institution if institution is not None else old.institution,
        named,
        run_language(),
        tuple(carry.header_lines(found)),
        PurePath(previous).name,
    )
    text = answer_file(template, carry.entry_lines(framework, found))
    read_answers(yamlsafe.parse(text, output or "-"), tables)  # a bug if this refuses it
    counts = {k: found.counts.get(k, 0) for k in ("pj", "level", "target", "recommendation")}
    say(t("init.carried", file=previous, **counts))
    for line in found.left:
        say(prefixed("warning", line))
    return text

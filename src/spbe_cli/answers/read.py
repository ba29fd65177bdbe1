"""Reading an answer file: its kerangka chosen, its schema checked, every indicator checked
against the kerangka, then the validated model built. Every problem is collected and
reported together, each at its line and column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spbe_cli import conversions
from spbe_cli.answers.keys import YEARS
from spbe_cli.answers.model import Answers, ReadOptions
from spbe_cli.answers.plain import plain_answers
from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges
from spbe_cli.yamlsafe import Document

__all__ = ["read_answers"]


def read_answers(doc: Document, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Answers:
    """Validate a parsed answer file against its kerangka (InputError with every problem)."""
    data = doc.data
    if not isinstance(data, dict):
        kind = t("answers.holds_list") if isinstance(data, list) else t("answers.holds_value")
        raise InputError([doc.problem([], t("answers.not_mapping", kind=kind))])
    problems: list[Problem] = list(doc.problems)
    framework = _framework(doc, data, catalog, options, problems)
    if framework is not None and not problems:
        plain = plain_answers(doc.name, data, framework, options)
        if plain is not None:
            return plain
    # The general path: here, not at the top, so that a plain file never loads pydantic-core
    # (nor the checks and the builder a plain file does not need).
    from pydantic_core import ValidationError

    from spbe_cli.answers.build import answers_of
    from spbe_cli.answers.checks import check_entries, check_top
    from spbe_cli.answers.problems import translate_all
    from spbe_cli.answers.schema import ANSWER_FILE

    sources: dict[str, conversions.Source] = {}
    if framework is not None:
        data, sources = conversions.apply(doc, data, framework, problems)
    model: dict[str, Any] | None = None
    try:
        model = ANSWER_FILE.validate_python(data)
    except ValidationError as error:
        problems.extend(translate_all(doc, error.errors(include_url=False), framework))
    entries = data.get("indikator")
    missing: list[str] = []
    if framework is not None and isinstance(entries, dict):
        missing = check_entries(doc, entries, framework, catalog, problems, options)
        if missing and not options.allow_missing:
            problems.append(_missing_problem(doc, framework, missing, options.draft_option))
    if framework is not None and model is not None:
        check_top(doc, model, framework, problems)
    if problems:
        raise InputError(problems)
    assert model is not None and framework is not None  # otherwise a problem was recorded
    return answers_of(doc.name, model, framework, sources, tuple(missing), options.stage)


def _year(data: dict[str, Any]) -> int | None:
    """The file's year when it is one (a year out of range is reported by the model)."""
    year = data.get("tahun")
    if isinstance(year, int) and not isinstance(year, bool) and YEARS[0] <= year <= YEARS[1]:
        return year
    return None


def _framework(
    doc: Document,
    data: dict[str, Any],
    catalog: Catalog,
    options: ReadOptions,
    problems: list[Problem],
) -> Framework | None:
    """The kerangka to score with: --kerangka, else the file's `kerangka` (which must cover the
    file's year), else the one the year uses."""
    if options.framework is not None:
        return options.framework
    year, named = _year(data), data.get("kerangka")
    if isinstance(named, str):
        framework = catalog.get(named)
        if framework is None:
            message = t("answers.unknown_kerangka", name=named, known=catalog.describe_years())
            problems.append(doc.problem(["kerangka"], message, subject="kerangka"))
        elif year is not None and not framework.covers(year):
            problems.append(_not_covered(doc, catalog, framework, year))
            return None
        return framework
    if year is None:
        return None
    framework = catalog.for_year(year)
    if framework is None:
        message = t("answers.no_kerangka", year=year, known=catalog.describe_years())
        problems.append(doc.problem(["tahun"], message, subject="tahun"))
    return framework


def _not_covered(doc: Document, catalog: Catalog, framework: Framework, year: int) -> Problem:
    usual = catalog.for_year(year)
    fields: Mapping[str, object] = {
        "framework": framework.id,
        "years": framework.years,
        "year": year,
        "usual": usual.id if usual else "",
        "known": catalog.describe_years(),
    }
    key = "answers.kerangka_year" if usual is not None else "answers.kerangka_year_none"
    return doc.problem(["kerangka"], t(key, **fields), subject="kerangka")


def _missing_problem(
    doc: Document, framework: Framework, missing: Sequence[str], draft_option: bool
) -> Problem:
    message = t(
        "answers.missing_indicators",
        count=len(missing),
        total=len(framework.indicators),
        ids=id_ranges(missing),
        framework=framework.id,
        hint=t("answers.draft_hint") if draft_option else "",
    )
    return doc.problem(["indikator"], message, key=True, subject="indikator")

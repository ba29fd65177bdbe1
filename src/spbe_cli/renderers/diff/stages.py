"""`spbe diff FILE@mandiri FILE@akhir`: two stages of one evaluation compared. The comparison
is the usual one (per indicator, aspect and domain, in index points); each side is named by
its stage, in the title, the column heads and its file (`FILE@TAHAP`)."""

from __future__ import annotations

from dataclasses import replace

from spbe_cli.diff import Comparison
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.diff.view import name_of
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import Score


def _label(stage: str | None, default: str | None, language: str) -> str:
    if stage is not None:
        return stage
    return default if default is not None else tr(language, "evidence_stage_latest")


def _named(score: Score, stage: str | None) -> Score:
    return score if stage is None else score._replace(file=f"{score.file}@{stage}")


def staged(
    comparison: Comparison,
    options: Options,
    stages: tuple[str | None, str | None],
    default: str | None,
) -> tuple[Comparison, Options]:
    """The comparison with each side's file named with its stage, and the options whose title
    and column heads say the stages (`default`: the --tahap of a side without @TAHAP)."""
    language = options.language
    old, new = (_label(stage, default, language) for stage in stages)
    title = tr(
        language,
        "evidence_stage_diff_title",
        index=name_of(comparison, language),
        institution=one_line(comparison.new.institution),
        year=comparison.new.year,
        old=old,
        new=new,
    )
    named = replace(
        comparison,
        old=_named(comparison.old, stages[0]),
        new=_named(comparison.new, stages[1]),
    )
    return named, options._replace(title=title, sides=(old, new))

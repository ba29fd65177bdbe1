"""Shared by the report tests: the samples, scoring answer files made in a test, and an
independent scoring of a set of levels (the methodology's formulas, written out again)."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path

from spbe_cli import yamlsafe
from spbe_cli.answers import Answer, Answers, read_answers
from spbe_cli.exact import display
from spbe_cli.frameworks import Catalog, Framework, load_catalog
from spbe_cli.scoring import Score, score

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))

HOSTILE_NAME = "<script>alert('x')</script> & \"Kota\" 'Uji' =1+1"
HOSTILE_TEXT = '</td><img src=x onerror=alert(1)> =HYPERLINK("http://evil") & *bold* | pipe'
HOSTILE_EVIDENCE = (
    "javascript:alert(1)",
    "https://contoh.go.id/a?b=1&c=2",
    "=cmd|' /C calc'!A0",
    "<b>tebal</b>.pdf",
)


def catalog() -> Catalog:
    return load_catalog()


def score_text(text: str, name: str = "jawaban.yaml") -> Score:
    return score(read_answers(yamlsafe.parse(text, name), catalog()))


def score_file(path: Path) -> Score:
    return score(read_answers(yamlsafe.load(path, path.name), catalog()))


def score_levels(base: Score, levels: Mapping[str, Fraction]) -> Score:
    """The core's score of `base` with its levels replaced."""
    answers = Answers(
        base.file,
        base.institution,
        base.year,
        base.framework,
        {i: Answer(level) for i, level in levels.items()},
        (),
    )
    return score(answers)


def hostile_answers(year: int = 2024, level: int = 3) -> str:
    """An answer file whose every free text is an attempt at markup, formulas or scripts."""
    framework = catalog().for_year(year)
    assert framework is not None
    lines = [f"tahun: {year}", f"instansi: {quote(HOSTILE_NAME)}", "indikator:"]
    for n, indicator in enumerate(framework.indicators):
        if n == 0:
            lines += [
                f"  {quote(indicator.id)}:",
                f"    level: {level}",
                f"    penjelasan: {quote(HOSTILE_TEXT)}",
                "    data_dukung:",
                *(f"      - {quote(e)}" for e in HOSTILE_EVIDENCE),
            ]
        else:
            lines.append(f"  {quote(indicator.id)}: {level}")
    return "\n".join(lines) + "\n"


def quote(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def answers_text(framework: Framework, year: int, levels: Mapping[str, Fraction]) -> str:
    lines = [f"tahun: {year}", "instansi: Kabupaten Uji", f"kerangka: {framework.id}"]
    lines.append("indikator:")
    lines += [f"  {quote(i)}: {_level(v)}" for i, v in levels.items()]
    return "\n".join(lines) + "\n"


def _level(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else display(value)


def independent_index(framework: Framework, levels: Mapping[str, Fraction]) -> Fraction:
    """Σ level × weight / 100, straight from the methodology (no scaling tricks)."""
    return sum((levels[i.id] * i.weight for i in framework.indicators), Fraction(0)) / 100

"""The workbook computes: its formulas, read back and evaluated by tests/xlsx_eval.py, give the
core's exact index, domain and aspect indices and predikat, for the samples and for random and
boundary level sets written into the level cells."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from spbe_cli.errors import InputError
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework
from spbe_cli.renderers import Options
from spbe_cli.renderers.report import FORMATS as REPORT_FORMATS
from spbe_cli.renderers.report.model import build
from spbe_cli.scoring import Score, predicate
from tests.report_support import (
    HOSTILE_EVIDENCE,
    HOSTILE_NAME,
    HOSTILE_TEXT,
    SAMPLES,
    catalog,
    hostile_answers,
    independent_index,
    score_file,
    score_levels,
    score_text,
)
from tests.xlsx_eval import Evaluator

SIM = "Simulasi"


def workbook(score: Score, old: Score | None = None, language: str = "id") -> Workbook:
    data = REPORT_FORMATS.renderer(".xlsx")(build(score, old), Options(language=language))
    return load_workbook(io.BytesIO(data))


def level_cells(book: Workbook) -> dict[str, str]:
    """Indicator id -> its level cell on the simulation sheet (found by reading the sheet)."""
    ws = book[SIM]
    cells: dict[str, str] = {}
    for row in range(10, ws.max_row + 1):
        ident = ws[f"A{row}"].value
        if ident is None:
            break
        cells[str(ident)] = f"F{row}"
    return cells


def group_cells(book: Workbook) -> dict[str, tuple[str, str]]:
    """Group id -> (index cell, predicate cell) in the right block."""
    ws = book[SIM]
    found: dict[str, tuple[str, str]] = {}
    for row in range(10, ws.max_row + 1):
        ident, formula = ws[f"J{row}"].value, ws[f"M{row}"].value
        if isinstance(ident, str) and isinstance(formula, str) and formula.startswith("="):
            found[ident] = (f"M{row}", f"N{row}")
    return found


def excel_shown(value: float) -> str:
    """What a 0.00 number format shows: 15 significant digits, then halves up."""
    decimal = Decimal(format(value, ".15g"))
    return str(decimal.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def predicate_of(label: str) -> str:
    """The predikat in a cell that names it with its tingkat: "Baik (Berkembang)" -> "Baik"."""
    return label.split(" (", 1)[0]


def check(book: Workbook, expected: Score, levels: Mapping[str, Fraction] | None = None) -> None:
    """Evaluate the simulation sheet exactly and in floats; compare with `expected`."""
    cells = level_cells(book)
    overrides = {(SIM, cells[i]): v for i, v in (levels or {}).items()}
    exact = Evaluator(book, exact=True, overrides=overrides)
    floats = Evaluator(book, exact=False, overrides={k: float(v) for k, v in overrides.items()})
    assert exact.cell(SIM, "B4") == expected.index
    assert predicate_of(exact.cell(SIM, "B5")) == expected.predicate
    assert predicate_of(floats.cell(SIM, "B5")) == expected.predicate
    assert excel_shown(floats.cell(SIM, "B4")) == display(expected.index)
    groups = group_cells(book)
    framework, year = expected.framework, expected.year
    assert set(groups) == {g.id for g in (*expected.domains, *expected.aspects)}
    for g in (*expected.domains, *expected.aspects):
        index_cell, predicate_cell = groups[g.id]
        assert exact.cell(SIM, index_cell) == g.index, g.id
        name = predicate(framework, year, g.index)
        assert predicate_of(exact.cell(SIM, predicate_cell)) == name, g.id
        assert predicate_of(floats.cell(SIM, predicate_cell)) == name, g.id
        assert excel_shown(floats.cell(SIM, index_cell)) == display(g.index), g.id


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_formulas_give_the_samples_scores(sample: Path) -> None:
    score = score_file(sample)
    book = workbook(score)
    team = ["Target & tindak lanjut"] if score.target_index is not None else []  # team features
    assert book.sheetnames == ["Ringkasan", "Indikator", SIM, *team]
    check(book, score)


def random_levels(framework: Framework, rng: random.Random) -> dict[str, Fraction]:
    unit = 10**framework.scale.decimals
    low, high = framework.level_min * unit, framework.level_max * unit
    return {i.id: Fraction(rng.randint(low, high), unit) for i in framework.indicators}


BOOKS: dict[str, tuple[Score, Workbook]] = {}


def sample_book(sample: Path) -> tuple[Score, Workbook]:
    if sample.name not in BOOKS:
        score = score_file(sample)
        BOOKS[sample.name] = (score, workbook(score))
    return BOOKS[sample.name]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SAMPLES), st.randoms(use_true_random=False))
def test_formulas_follow_any_levels(sample: Path, rng: random.Random) -> None:
    score, book = sample_book(sample)
    levels = random_levels(score.framework, rng)
    expected = score_levels(score, levels)
    assert expected.index == independent_index(score.framework, levels)
    check(book, expected, levels)


def on_bound(framework: Framework, bound: Fraction) -> Iterator[dict[str, Fraction]]:
    """Level sets whose exact index is exactly `bound`: every level at floor(bound), then one
    level up on a set of indicators whose weights add up to what is missing (subset sum)."""
    base = Fraction(int(bound))
    if base + 1 > framework.level_max or base < framework.level_min:
        return
    missing = (bound - base) * 100
    reach: dict[Fraction, tuple[str, ...]] = {Fraction(0): ()}
    for ind in framework.indicators:
        for total, ids in list(reach.items()):
            new = total + ind.weight
            if new <= missing and new not in reach:
                reach[new] = (*ids, ind.id)
    if missing in reach:
        raised = set(reach[missing])
        yield {i.id: base + (1 if i.id in raised else 0) for i in framework.indicators}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_predicate_on_a_band_bound_is_not_lost_to_float_noise(sample: Path) -> None:
    score, book = sample_book(sample)
    framework = score.framework
    tried = 0
    for below, band in zip(framework.bands, framework.bands[1:], strict=False):
        # the edge is in the band above when that band holds its lower edge (spbe-2018/2020),
        # else in the band below (pemdi-2026 p. 38: 2,50 is Cukup)
        holder = band if band.lower_in else below
        for levels in on_bound(framework, band.lower):
            expected = score_levels(score, levels)
            assert expected.index == band.lower
            assert expected.predicate == holder.name
            check(book, expected, levels)
            tried += 1
    assert tried >= 2  # the bounds are reachable in every shipped kerangka


def test_weights_are_exact_formulas_not_rounded_constants() -> None:
    score = score_file(next(p for p in SAMPLES if "2019" in p.name))  # spbe-2018: 10/3
    ws = workbook(score)[SIM]
    weights = {ws[f"E{r}"].value for r in range(10, 10 + len(score.framework.indicators))}
    assert "=10/3" in weights
    assert not any(isinstance(w, float) and w != int(w) and len(repr(w)) > 8 for w in weights)


def test_level_cells_are_validated_inputs() -> None:
    for sample in SAMPLES:
        score, book = sample_book(sample)
        ws = book[SIM]
        rules = ws.data_validations.dataValidation
        cells = level_cells(book)
        first, last = cells[score.framework.indicators[0].id], max(cells.values(), key=_row)
        kind = "whole" if score.framework.scale.decimals == 0 else "decimal"
        matching = [
            r
            for r in rules
            if r.type == kind
            and r.formula1 == str(score.framework.level_min)
            and r.formula2 == str(score.framework.level_max)
        ]
        assert matching, sample.name
        covered = " ".join(str(r.sqref) for r in matching)
        assert f"F10:{last}" in covered or f"{first}:{last}" in covered
        assert ws["F10"].number_format == ("0" if kind == "whole" else "0.00")
        assert ws["B4"].number_format == "0.00"


def _row(cell: str) -> int:
    return int(cell[1:])


def test_user_text_never_becomes_a_formula() -> None:
    score = score_text(hostile_answers())
    book = workbook(score)
    summary = book["Ringkasan"]
    assert summary["B3"].value == HOSTILE_NAME
    assert summary["B3"].data_type == "s"
    sheet = book["Indikator"]
    assert sheet["H2"].value == HOSTILE_TEXT
    assert sheet["H2"].data_type == "s"
    assert sheet["I2"].value == "\n".join(HOSTILE_EVIDENCE)
    formulas = [
        c.value
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas and not any("HYPERLINK" in str(f) or "cmd" in str(f) for f in formulas)


def test_changes_and_english() -> None:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    levels = {i.indicator.id: i.level for i in new.indicators if i.level is not None}
    first = new.framework.indicators[0].id
    old = score_levels(new, {**levels, first: levels[first] - 1})
    book = workbook(new, old, language="en")
    assert book.sheetnames == ["Summary", "Indicators", "Simulation"]
    ws = book["Indicators"]
    assert ws["J1"].value == "Old"  # the same file of one year: not "2024 / 2024"
    evaluator = Evaluator(book)
    assert evaluator.cell("Indicators", "K2") == 1
    summary = book["Summary"]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert f"{predicate_en(new.predicate)} ({new.predicate})" in texts


def predicate_en(name: str) -> str:
    return {"Kurang": "Poor", "Cukup": "Fair", "Baik": "Good"}.get(name, name)


def test_control_characters_are_refused_in_files_and_shown_escaped_in_the_book() -> None:
    text = hostile_answers().replace("Uji", "Uji\\x01\\x07")
    with pytest.raises(InputError, match="U\\+0001"):
        score_text(text)  # written as escapes in YAML: refused, never reaches a workbook
    score = score_text(hostile_answers())._replace(institution=HOSTILE_NAME + "\x01\x07")
    book = workbook(score)  # from elsewhere (a PDF, a form): shown, not fatal
    assert book["Ringkasan"]["B3"].value == HOSTILE_NAME + "\\x01\\x07"


def test_every_framework_is_covered() -> None:
    assert {score_file(p).framework.id for p in SAMPLES} == set(catalog().frameworks)

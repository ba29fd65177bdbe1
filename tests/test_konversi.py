"""Values converted from another agency's score (pemdi-2026 `konversi`)."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli import answer_schema, yamlsafe
from spbe_cli.answers import Answers, read_answers
from spbe_cli.cli import app
from spbe_cli.errors import InputError
from spbe_cli.frameworks import load_catalog
from spbe_cli.renderers.score import json as jsonout
from spbe_cli.scoring import score
from spbe_cli.simulation import with_levels
from tests.tables import answer_text, build_table, pemdi_entries

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

CATALOG = load_catalog()
runner = CliRunner()


def read(text: str) -> Answers:
    return read_answers(yamlsafe.parse(text, "jawaban.yaml"), CATALOG)


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        read(text)
    return [str(p) for p in caught.value.problems]


def F(*values: int) -> tuple[Fraction, ...]:
    return tuple(Fraction(v) for v in values)


def test_the_rules_are_data_with_their_confidence() -> None:
    framework = CATALOG.frameworks["pemdi-2026"]
    sdi, sjig = framework.by_id["5"].conversion, framework.by_id["6"].conversion
    assert sdi is not None and sjig is not None
    assert (sdi.source, sdi.confidence, sdi.low, sdi.high) == ("sdi", "sedang", *F(0, 100))
    assert (sjig.source, sjig.confidence, sjig.low, sjig.high) == ("sjig", "rendah", *F(1, 5))
    assert sdi.formula() == "1 + skor sdi / 25"
    assert sjig.formula() == "skor sjig"
    others = [i.id for i in framework.indicators if i.conversion is not None]
    assert others == ["5", "6"]
    for other in ("spbe-2018", "spbe-2020"):
        assert all(i.conversion is None for i in CATALOG.frameworks[other].indicators)


# SDI -> value: the two worked examples of the Modul, and every level band edge of the
# indicator sheet (pemdi-2026.md §5), each a value on the 1-5 scale.
@pytest.mark.parametrize(
    ("sdi", "value"),
    [
        ("25", "2"),
        ("68.75", "3.75"),
        ("0", "1"),
        ("12.5", "1.5"),
        ("37.5", "2.5"),
        ("62.5", "3.5"),
        ("75", "4"),
        ("100", "5"),
    ],
)
def test_sdi_examples_and_band_edges(sdi: str, value: str) -> None:
    answers = read(answer_text(2026, pemdi_entries(i5=f"{{sdi: {sdi}}}")))
    answer = answers.levels["5"]
    assert answer.level == Fraction(value)
    assert answer.source is not None
    assert (answer.source.key, answer.source.score) == ("sdi", Fraction(sdi))


def test_a_converted_value_scores_like_the_value_written_out() -> None:
    given = score(read(answer_text(2026, pemdi_entries(i5="{sdi: 68.75}", i6="{sjig: 3.2}"))))
    written = score(read(answer_text(2026, pemdi_entries(i5="3.75", i6="3.20"))))
    assert given.index == written.index
    assert given.index == Fraction(5 * 375 + 3 * 320 + 92 * 200, 100 * 100)


@pytest.mark.parametrize(
    ("sdi", "exact"),
    [("68.71", "3.7484"), ("68.625", "3.745"), ("68.624", "3.74496"), ("0.1", "1.004")],
)
def test_a_converted_value_is_kept_exact(sdi: str, exact: str) -> None:
    """No rounding before banding: the value used is 1 + SDI/25 exactly."""
    answer = read(answer_text(2026, pemdi_entries(i5=f"{{sdi: {sdi}}}"))).levels["5"]
    assert answer.source is not None
    assert answer.source.exact == Fraction(exact)
    assert answer.level == Fraction(exact)


# PermenPANRB 8/2026 pp. 16-17, read on the rendered page: 0 <= SDI <= 12,5 Merintis;
# 12,5 < SDI <= 37,5 Membangun; 37,5 < SDI <= 62,5 Berkembang; 62,5 < SDI <= 75 Melembaga;
# 75 < SDI <= 100 Unggul.
SDI_BANDS = [
    (Fraction(0), True, Fraction(25, 2), True, "Merintis"),
    (Fraction(25, 2), False, Fraction(75, 2), True, "Membangun"),
    (Fraction(75, 2), False, Fraction(125, 2), True, "Berkembang"),
    (Fraction(125, 2), False, Fraction(75), True, "Melembaga"),
    (Fraction(75), False, Fraction(100), True, "Unggul"),
]


def _sdi_level_name(sdi: Fraction) -> str:
    for low, low_in, high, high_in, name in SDI_BANDS:
        if (low < sdi or (low_in and sdi == low)) and (sdi < high or (high_in and sdi == high)):
            return name
    raise AssertionError(sdi)


@pytest.mark.parametrize(
    ("sdi", "name"),
    [
        ("0", "Merintis"),
        ("12.5", "Merintis"),
        ("12.6", "Membangun"),
        ("12.5001", "Membangun"),
        ("37.5", "Membangun"),
        ("37.51", "Berkembang"),
        ("62.5", "Berkembang"),
        ("62.6", "Melembaga"),
        ("75", "Melembaga"),
        ("75.01", "Unggul"),
        ("100", "Unggul"),
    ],
)
def test_sdi_bands_of_page_16(sdi: str, name: str) -> None:
    answers = read(answer_text(2026, pemdi_entries(i5=f"{{sdi: {sdi}}}")))
    level = answers.framework.level_of(answers.levels["5"].level)
    assert answers.framework.level_names[level] == name == _sdi_level_name(Fraction(sdi))


# p. 18-19: 1 < SJIG <= 1,50 Merintis ... 4,00 < SJIG <= 5,00 Unggul; SJIG 1 is in no printed
# band (an open point): spbe takes the value 1, which the value band 1,00-1,50 names Merintis.
@pytest.mark.parametrize(
    ("sjig", "name"),
    [
        ("1", "Merintis"),
        ("1.5", "Merintis"),
        ("1.51", "Membangun"),
        ("2.5", "Membangun"),
        ("2.5001", "Berkembang"),
        ("3.5", "Berkembang"),
        ("3.6", "Melembaga"),
        ("4", "Melembaga"),
        ("4.01", "Unggul"),
        ("5", "Unggul"),
    ],
)
def test_sjig_bands_of_page_18(sjig: str, name: str) -> None:
    answers = read(answer_text(2026, pemdi_entries(i6=f"{{sjig: {sjig}}}")))
    level = answers.framework.level_of(answers.levels["6"].level)
    assert answers.framework.level_names[level] == name


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=0, max_value=100, places=4, allow_nan=False))
def test_any_sdi_score_lands_in_the_band_page_16_gives_it(sdi: Decimal) -> None:
    answers = read(answer_text(2026, pemdi_entries(i5=f"{{sdi: {sdi}}}")))
    value = answers.levels["5"].level
    assert value == 1 + Fraction(sdi) / 25
    level = answers.framework.level_of(value)
    assert answers.framework.level_names[level] == _sdi_level_name(Fraction(sdi))


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (
            {"i5": "{sdi: 100.01}"},
            "jawaban.yaml:8:14: indikator 5: sdi 100.01 is out of range; allowed: a score from "
            "0 to 100 on Nilai evaluasi Satu Data Indonesia (Bappenas)",
        ),
        ({"i6": "{sjig: 0.5}"}, "jawaban.yaml:9:15: indikator 6: sjig 0.5 is out of range"),
        ({"i5": "{sdi: -1}"}, "jawaban.yaml:8:14: indikator 5: sdi -1 is out of range"),
        (
            {"i5": "{sdi: abc}"},
            "jawaban.yaml:8:14: indikator 5: sdi: got 'abc'; expected a score from 0 to 100",
        ),
        ({"i5": "{sdi: yes}"}, "indikator 5: sdi: got the boolean true; expected a score"),
        ({"i5": "{sdi: }"}, "indikator 5: sdi: got nothing; expected a score"),
        (
            {"i7": "{sdi: 50}"},
            "jawaban.yaml:10:9: indikator 7: 'sdi' is the source of indikator 5, not of this "
            "indicator; allowed: level",
        ),
        (
            {"i5": "{sjig: 3}"},
            "indikator 5: 'sjig' is the source of indikator 6, not of this indicator; "
            "allowed: level or sdi",
        ),
        (
            {"i5": "{level: 3, sdi: 50}"},
            "jawaban.yaml:8:19: indikator 5: give either level or sdi, not both",
        ),
        (
            {"i5": "{sdii: 50}"},
            "jawaban.yaml:8:9: indikator 5: unknown key 'sdii'; allowed: level (or sdi), "
            "penjelasan, data_dukung",
        ),
    ],
)
def test_bad_source_scores_are_reported_at_their_place(
    entries: dict[str, str], expected: str
) -> None:
    found = problems(answer_text(2026, pemdi_entries(**entries)))
    assert any(expected in line for line in found), found


def test_a_source_key_in_a_kerangka_without_conversions_is_an_unknown_key() -> None:
    entries = {str(n): "2" for n in range(1, 48)}
    entries["23"] = "{sdi: 50}"
    found = problems(answer_text(2024, entries))
    assert any("indikator 23: unknown key 'sdi'; allowed: level, penjelasan" in p for p in found)


def test_every_problem_is_reported_once_per_entry() -> None:
    found = problems(answer_text(2026, pemdi_entries(i5="{sdi: 200}", i7="{sjig: 2}")))
    assert len(found) == 2, found


def test_json_shows_the_source_score_and_the_exact_value(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(answer_text(2026, pemdi_entries(i5="{sdi: 68.71}")), encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    items = {i["id"]: i for i in json.loads(result.stdout)["indikator"]}
    assert items["5"]["level"] == 3.75
    assert items["5"]["konversi"] == {"sumber": "sdi", "skor": 68.71, "nilai_tepat": "3.7484"}
    assert "konversi" not in items["4"]
    scored = score(read(path.read_text(encoding="utf-8")))
    assert jsonout.compact(scored) == json.dumps(jsonout.score_object(scored), ensure_ascii=False)


def test_bad_score_on_the_command_line_prints_nothing_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(answer_text(2026, pemdi_entries(i5="{sdi: 101}")), encoding="utf-8")
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "indikator 5: sdi 101 is out of range" in result.stderr


KONVERSI = (
    "    konversi: {{sumber: {source}, nama: X, skala: [{low}, {high}], rumus: {rule}, "
    "keyakinan: rendah}}"
)


@pytest.mark.parametrize(
    ("source", "low", "high", "rule", "message"),
    [
        ("x", 0, 100, "{tetap: 1, kali: 0.05}", "scores 0.00-100.00 convert to 1-6, outside"),
        ("x", 0, 100, "{tetap: 1, kali: 0}", "rumus.kali must be positive"),
        ("x", 5, 1, "{tetap: 0, kali: 1}", "skala must rise"),
        ("level", 1, 5, "{tetap: 0, kali: 1}", "sumber 'level' is an answer-file key"),
        ("X-Y", 1, 5, "{tetap: 0, kali: 1}", "sumber"),
        ("x", 1, 5, '"1 + skor/25"', "rumus"),  # a formula is data, never evaluated text
        ("x", 1, 5, "{tetap: 0, kali: 1, pangkat: 2}", "pangkat"),
    ],
)
def test_bad_conversion_rules_are_refused_on_load(
    source: str, low: int, high: int, rule: str, message: str
) -> None:
    line = KONVERSI.format(source=source, low=low, high=high, rule=rule)
    with pytest.raises(InputError) as caught:
        build_table(["100"], indicator_extra={1: line})
    assert message in str(caught.value)


def test_a_source_key_is_used_once_per_table() -> None:
    line = KONVERSI.format(source="x", low=1, high=5, rule="{tetap: 0, kali: 1}")
    with pytest.raises(InputError) as caught:
        build_table(["50", "50"], indicator_extra={1: line, 2: line})
    assert "sumber 'x' is already used by indikator 1" in str(caught.value)


@pytest.mark.parametrize(
    ("entries", "valid", "loosely_valid"),
    [
        ({"i5": "{sdi: 68.71, penjelasan: x}"}, True, True),
        ({"i6": "{sjig: 3.2, data_dukung: [a.pdf]}"}, True, True),
        ({"i5": "{sdi: 100.5}"}, False, False),
        ({"i6": "{sjig: 0.5}"}, False, False),
        ({"i7": "{sdi: 50}"}, False, True),  # the schema without a kerangka has no ids
        ({"i5": "{level: 2, sdi: 50}"}, False, False),
        ({"i5": "{sdi: abc}"}, False, False),
    ],
)
def test_the_json_schema_agrees_with_spbe_on_source_scores(
    entries: dict[str, str], valid: bool, loosely_valid: bool
) -> None:
    text = answer_text(2026, pemdi_entries(**entries))
    instance = yamlsafe.parse(text, "x.yaml").data
    for framework, expected in ((CATALOG.frameworks["pemdi-2026"], valid), (None, loosely_valid)):
        validator = jsonschema.Draft202012Validator(answer_schema.schema(CATALOG, framework))
        assert validator.is_valid(instance) == expected
    if valid:
        read(text)
    else:
        problems(text)


def test_a_changed_level_drops_its_source_score() -> None:
    answers = read(answer_text(2026, pemdi_entries(i5="{sdi: 68.75}")))
    assert answers.levels["5"].source is not None
    changed = with_levels(answers, {"5": Fraction(4)})
    assert changed.levels["5"] == answers.levels["5"]._replace(level=Fraction(4), source=None)
    assert answers.levels["5"].level == Fraction("3.75")  # the original is left as it was

"""Languages: both tables complete, predicates translated with the official name kept, and
`score --bahasa en` changing labels only (JSON keys and values stay as they are)."""

from __future__ import annotations

import json
import re
import string

from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.crosswalk import CONFIDENCE
from spbe_cli.i18n import (
    LANGUAGES,
    PREDICATES_EN,
    TERMS_EN,
    TEXTS,
    index_name,
    predicate_label,
    term_label,
    tr,
    tr_count,
)
from spbe_cli.renderers import Options
from tests.report_support import SAMPLES, catalog

runner = CliRunner()


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_tables_have_the_same_keys_and_fields() -> None:
    assert set(LANGUAGES) == set(TEXTS)
    keys = set(TEXTS["id"])
    for language in LANGUAGES:
        assert set(TEXTS[language]) == keys, language
        for key in keys:
            assert fields(TEXTS[language][key]) == fields(TEXTS["id"][key]), (language, key)


SAME_IN_BOTH = {"level", "domain"}  # words English shares with Indonesian


def test_every_english_text_is_translated() -> None:
    same = {key for key, text in TEXTS["id"].items() if TEXTS["en"][key] == text}
    assert same == SAME_IN_BOTH


def test_counted_texts_come_in_pairs_with_a_count() -> None:
    for language in LANGUAGES:
        table = TEXTS[language]
        for key in table:
            if key.endswith("_one"):
                base = key.removesuffix("_one")
                assert base in table, key
                assert "count" in fields(table[key]) and "count" in fields(table[base])
    assert tr_count("en", "n_indicators", 1) == "1 indicator"
    assert tr_count("en", "n_indicators", 2) == "2 indicators"
    assert tr_count("id", "n_indicators", 1) == tr("id", "n_indicators", count=1) == "1 indikator"


def test_every_predicate_move_and_diff_section_has_a_text() -> None:
    # the values of `arah` in `spbe diff --format json`: of the predikat, and of indicator rows
    for move in ("naik", "turun", "tetap", "berubah"):
        assert f"move_{move}" in TEXTS["id"]
    for section in ("naik", "turun", "belum_diisi", "tetap", "hanya_lama", "hanya_baru"):
        assert f"section_{section}" in TEXTS["id"]


def test_every_shipped_confidence_has_an_english_name() -> None:
    rules = [
        indicator.conversion
        for framework in catalog().frameworks.values()
        for indicator in framework.indicators
        if indicator.conversion is not None
    ]
    assert rules  # pemdi-2026 has conversions
    for word in {*CONFIDENCE, *(rule.confidence for rule in rules)}:
        assert term_label(word, "en") == f"{TERMS_EN[word]} ({word})"
        assert term_label(word, "id") == word


def test_every_shipped_predicate_has_an_english_name() -> None:
    for framework in catalog().frameworks.values():
        for band in framework.bands:
            assert band.name in PREDICATES_EN
            assert predicate_label(band.name, "en") == f"{PREDICATES_EN[band.name]} ({band.name})"
            assert predicate_label(band.name, "id") == band.name


def test_unknown_predicate_and_language_fall_back() -> None:
    assert predicate_label("Istimewa", "en") == "Istimewa"
    assert tr("fr", "weight") == tr("id", "weight") == "Bobot"
    assert tr("en", "year_of", year=2024) == "year 2024"
    assert index_name("pemdi-2026", "id") == "Indeks Pemdi"
    assert index_name("spbe-2020", "en") == "SPBE Index"
    assert Options().language == "id"


def test_score_table_in_english_keeps_numbers() -> None:
    sample = str(SAMPLES[0])
    indo = runner.invoke(app, ["score", sample, "--detail"], env={"COLUMNS": "160"})
    english = runner.invoke(
        app, ["score", sample, "--detail", "--bahasa", "en"], env={"COLUMNS": "160"}
    )
    assert indo.exit_code == english.exit_code == 0
    assert "Rating" in english.stdout and "Weight (%)" in english.stdout
    assert "Predikat" in indo.stdout and "Rating" not in indo.stdout
    number = re.compile(r"\d+\.\d\d")
    assert number.findall(indo.stdout) == number.findall(english.stdout)


def test_score_json_is_the_same_in_both_languages() -> None:
    for sample in SAMPLES:
        indo = runner.invoke(app, ["score", str(sample), "-f", "json"])
        english = runner.invoke(app, ["score", str(sample), "-f", "json", "--bahasa", "en"])
        assert json.loads(indo.stdout) == json.loads(english.stdout)


def test_score_markdown_in_english() -> None:
    result = runner.invoke(app, ["score", str(SAMPLES[0]), "-f", "markdown", "--bahasa", "en"])
    assert result.exit_code == 0
    assert "| | Domain / Aspect | Weight (%) | Index |" in result.stdout
    assert re.search(r"\*\*[^*]+: \d\.\d\d — \w[\w ]* \(\w[\w ]*\)\*\*", result.stdout)


def test_unknown_language_is_a_usage_error() -> None:
    result = runner.invoke(app, ["score", str(SAMPLES[0]), "--bahasa", "fr"])
    assert result.exit_code == 2
    assert result.stdout == ""

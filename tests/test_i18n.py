"""Languages: both tables complete, predicates translated with the official name kept, and
`score --bahasa en` changing labels only (JSON keys and values stay as they are)."""

from __future__ import annotations

import json
import re
import string

from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.crosswalk import CONFIDENCE
from spbe_cli.i18n import LANGUAGES, TERMS_EN, term_label, tr, tr_count
from spbe_cli.i18n.labels import LABELS
from spbe_cli.i18n.messages import MESSAGES
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import predicate_label
from tests.report_support import ROOT, SAMPLES, catalog

runner = CliRunner()
CATALOGS = {"labels": LABELS, "messages": MESSAGES}


def fields(text: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_every_text_with_the_same_fields() -> None:
    assert LANGUAGES == ("id", "en")
    for name, table in CATALOGS.items():
        for key, (indonesian, english) in table.items():
            assert indonesian.strip() and english.strip(), (name, key)
            assert fields(indonesian) == fields(english), (name, key)


SAME_IN_BOTH = {"level", "domain", "init_scale", "status", "ok"}  # the same word in both


def test_every_english_text_is_translated() -> None:
    same = {key for key, (indonesian, english) in LABELS.items() if indonesian == english}
    assert same <= SAME_IN_BOTH
    same = {key for key, (indonesian, english) in MESSAGES.items() if indonesian == english}
    assert same == set()


KEY = re.compile(
    r'\b(?:t|t_count|prefixed)\(\s*"([a-z_]+\.[a-z_.]+)"' r'|"((?:help|usage)\.[a-z_.]+)"'
)


def test_every_message_the_code_asks_for_exists() -> None:
    """Scanning the source: a key used with t() that the catalog lacks would crash at run time."""
    used: set[str] = set()
    for path in (ROOT / "src" / "spbe_cli").rglob("*.py"):
        for found in KEY.finditer(path.read_text(encoding="utf-8")):
            used.add(found.group(1) or found.group(2))
    assert used, "the scan found nothing: the pattern is wrong"
    counted = {key for key in used if f"{key}_one" in MESSAGES}
    assert sorted(used - set(MESSAGES)) == []
    assert counted <= used


def test_counted_texts_come_in_pairs_with_a_count() -> None:
    for table in CATALOGS.values():
        for key, texts in table.items():
            if key.endswith("_one"):
                base = key.removesuffix("_one")
                assert base in table, key
                assert all("count" in fields(text) for text in (*texts, *table[base]))
    assert tr_count("en", "n_indicators", 1) == "1 indicator"
    assert tr_count("en", "n_indicators", 2) == "2 indicators"
    assert tr_count("id", "n_indicators", 1) == tr("id", "n_indicators", count=1) == "1 indikator"


def test_every_predicate_move_and_diff_section_has_a_text() -> None:
    # the values of `arah` in `spbe diff --format json`: of the predikat, and of indicator rows
    for move in ("naik", "turun", "tetap", "berubah"):
        assert f"move_{move}" in LABELS
    for section in ("naik", "turun", "belum_diisi", "tetap", "hanya_lama", "hanya_baru"):
        assert f"section_{section}" in LABELS


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


def test_every_shipped_predicate_and_index_has_an_english_name() -> None:
    for framework in catalog().frameworks.values():
        assert framework.index_name("en") != framework.index_name("id")
        for band in framework.bands:
            assert band.english, (framework.id, band.name)
            label = predicate_label(framework, band.name, "en")
            assert label == f"{band.english} ({band.name})"
            shown = f"{band.name} ({band.tier})" if band.tier else band.name
            assert predicate_label(framework, band.name, "id") == shown


def test_unknown_predicate_and_language_fall_back() -> None:
    framework = catalog().frameworks["spbe-2020"]
    assert predicate_label(framework, "Istimewa", "en") == "Istimewa"
    assert tr("fr", "weight") == tr("id", "weight") == "Bobot"
    assert tr("en", "year_of", year=2024) == "year 2024"
    assert catalog().frameworks["pemdi-2026"].index_name("id") == "Indeks Pemdi"
    assert framework.index_name("en") == "SPBE Index"
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


def test_area_catalogs_never_reuse_a_key() -> None:
    from spbe_cli.i18n import labels, messages
    from spbe_cli.i18n.areas import AREAS

    for name, base in (("MESSAGES", messages), ("LABELS", labels)):
        seen: dict[str, str] = {}
        for area in AREAS:
            for key in getattr(area, name):
                assert key not in seen, (key, seen.get(key), area.__name__)
                assert key not in base.CORE, (key, area.__name__)
                seen[key] = area.__name__
        assert set(seen) <= set(getattr(base, name))

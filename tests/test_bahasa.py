"""`--bahasa` on diff, simulate, plan and explain: English labels and sentences, official
Indonesian names kept, JSON byte-identical in both languages, and the Indonesian default pinned
to the output it had before the option existed (tests/golden/id, written by the code of that
time; regenerate deliberately with SPBE_UPDATE_GOLDEN=1 and review the diff)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "golden" / "id"
K23, K24 = "samples/kabupaten-contoh-2023.yaml", "samples/kabupaten-contoh-2024.yaml"
KOTA, PROV = "samples/kota-contoh-2019.yaml", "samples/provinsi-contoh-2026.yaml"
PINNED_WIDTH = "100"
WIDE = "300"  # no wrapping in the label tests (explain text still wraps at 120)

PINNED = {
    "diff-kabupaten-2023-2024.txt": ["diff", K23, K24],
    "diff-kota-2019-kabupaten-2024.md": ["diff", KOTA, K24, "-f", "markdown"],
    "simulate-kabupaten-2024.md": [
        *("simulate", K24, "--set", "9=5", "--set", "44=2", "-f", "markdown"),
    ],
    "plan-provinsi-2026.txt": ["plan", PROV, "-t", "Sangat Baik"],
    "plan-kabupaten-2024.md": [
        *("plan", K24, "-t", "3.5", "--kecuali", "1,2", "--max-level", "4", "-f", "markdown"),
    ],
    "explain-37-kabupaten-2024.txt": ["explain", "37", K24],
    "explain-5-provinsi-2026.txt": ["explain", "5", PROV],
    "explain-35.1-2019.txt": ["explain", "35.1", "--tahun", "2019"],
}

# Every command with a few inputs that take different paths (same kerangka, a mapping table,
# no mapping table, a draft, an unreachable target, a conversion, unknown level names).
COMMANDS = {
    "diff-same": ["diff", K23, K24],
    "diff-mapped": ["diff", KOTA, K24],
    "diff-index-only": ["diff", K24, PROV],
    "simulate": ["simulate", K24, "--set", "9=5", "--set", "1=1"],
    "plan": ["plan", PROV, "-t", "Sangat Baik"],
    "plan-unreachable": ["plan", K24, "-t", "Memuaskan", "--max-level", "4"],
    "explain-file": ["explain", "5", PROV],
    "explain-2018": ["explain", "35.1", "--tahun", "2019"],
}
FORMATS = {
    "diff": ("table", "markdown"),
    "simulate": ("table", "markdown"),
    "plan": ("table", "markdown"),
    "explain": ("text",),
}


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # relative sample paths, so the pinned output has no machine path


def run(runner: CliRunner, *args: str, width: str = WIDE) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": width})
    return result.exit_code, result.stdout, result.stderr


def flat(text: str) -> str:
    """Text with its wrapping undone."""
    return " ".join(text.split())


@pytest.mark.parametrize("name", PINNED)
def test_indonesian_default_is_unchanged(runner: CliRunner, name: str) -> None:
    code, out, _ = run(runner, *PINNED[name], width=PINNED_WIDTH)
    assert code == 0
    golden = GOLDEN / name
    if os.environ.get("SPBE_UPDATE_GOLDEN") == "1":
        golden.write_text(out, encoding="utf-8")
    if name.endswith(".txt"):  # a rich table: its padding moves between rich releases
        assert cells(out) == cells(golden.read_text(encoding="utf-8"))
    else:
        assert out == golden.read_text(encoding="utf-8")
    assert run(runner, *PINNED[name], "--bahasa", "id", width=PINNED_WIDTH)[1] == out


def cells(text: str) -> list[list[str]]:
    """Each line's cells (runs of two or more spaces separate them): the words and numbers a
    table shows, whatever padding a rich release puts between its columns."""
    return [re.split(r"\s{2,}", line.strip()) for line in text.splitlines()]


@pytest.mark.parametrize("case", COMMANDS)
def test_json_is_byte_identical_in_both_languages(runner: CliRunner, case: str) -> None:
    args = [*COMMANDS[case], "-f", "json"]
    default, indonesian, english = (
        run(runner, *args, *extra) for extra in ((), ("--bahasa", "id"), ("--bahasa", "en"))
    )
    assert default[0] == indonesian[0] == english[0]
    assert default[1] == indonesian[1] == english[1]
    assert default[1].startswith("{")


def two_languages(runner: CliRunner, args: list[str]) -> tuple[str, str]:
    code_id, indonesian, _ = run(runner, *args)
    code_en, english, _ = run(runner, *args, "--bahasa", "en")
    assert code_id == code_en
    return indonesian, english


NUMBER = re.compile(r"[+-]?\d+\.\d+")


@pytest.mark.parametrize("case", COMMANDS)
def test_english_changes_words_not_numbers(runner: CliRunner, case: str) -> None:
    args = COMMANDS[case]
    for output_format in FORMATS[args[0]]:
        indonesian, english = two_languages(runner, [*args, "-f", output_format])
        assert indonesian != english
        assert NUMBER.findall(indonesian) == NUMBER.findall(english), output_format


# Labels that must not survive in English output. Official names (domains, aspects,
# indicators, levels, criteria) stay Indonesian, so only words of our own are listed.
INDONESIAN_LABELS = (
    "Perbandingan",
    "Predikat",
    "Selisih",
    "Kontribusi",
    "Keyakinan",
    "Kerangka sama",
    "Lintas kerangka",
    "Naik:",
    "Turun:",
    "Tetap:",
    "Rencana Indeks",
    "Sekarang",
    "Yang dibutuhkan",
    "Urutan:",
    "Tidak direncanakan",
    "Simulasi",
    "Saat ini",
    "persen dari indeks",
    "berikutnya",
    "tambahan",
    "Berkas",
    "tahun",
)


@pytest.mark.parametrize("case", COMMANDS)
def test_english_output_has_no_indonesian_labels(runner: CliRunner, case: str) -> None:
    args = COMMANDS[case]
    for output_format in FORMATS[args[0]]:
        _, english = two_languages(runner, [*args, "-f", output_format])
        found = [label for label in INDONESIAN_LABELS if label in english]
        assert not found, (output_format, found)


def test_diff_in_english(runner: CliRunner) -> None:
    indonesian, english = two_languages(runner, ["diff", K23, K24])
    assert "Perbandingan Indeks SPBE Pemerintah Kabupaten Contoh: 2023 → 2024" in indonesian
    assert "SPBE Index comparison, Pemerintah Kabupaten Contoh: 2023 → 2024" in english
    assert "Rating  Fair (Cukup) → Good (Baik)  (up)" in english
    assert "Same framework (spbe-2020): every indicator is compared directly" in english
    assert re.search(r"^Up: 6 indicators, contribution \+0\.1905$", english, re.M)
    assert re.search(r"^Down: 1 indicator, contribution -0\.0130$", english, re.M)
    assert re.search(r"Indicator +Weight +Old +New +Change +Contribution", english)
    assert "Layanan Perencanaan" in english  # indicator names stay as they are
    assert re.search(r"^Domains$", english, re.M) and re.search(r"^Aspects$", english, re.M)
    assert re.search(
        r"^old: samples/kabupaten-contoh-2023\.yaml \(spbe-2020\); new: ", english, re.M
    )


def test_diff_across_kerangka_in_english(runner: CliRunner) -> None:
    _, english = two_languages(runner, ["diff", KOTA, K24, "-f", "markdown"])
    assert "_Across frameworks spbe-2018 → spbe-2020: the index and rating are compared" in english
    assert "**Up: 19 pairs**" in english
    assert "| spbe-2018 | spbe-2020 | Indicator | Old | New | Change | Confidence |" in english
    assert "| presumed (dugaan) |" in english and "| partial (sebagian) |" in english
    assert "(formerly: Inovasi Proses Bisnis Terintegrasi)" in english
    assert "No counterpart in spbe-2020: 15 spbe-2018 indicators" in english
    assert "New in spbe-2020, no counterpart in spbe-2018: 22 spbe-2020 indicators" in english
    assert "| **Rating** | Fair (Cukup) | Good (Baik) | ▲ up |" in english
    _, other = two_languages(runner, ["diff", KOTA, PROV])
    assert "there is no mapping table (pemetaan) for these two frameworks" in other
    assert "The rating bands of the two frameworks differ." in other
    _, guessed = two_languages(runner, ["diff", K24, PROV])
    assert "pairs indicators by presumption only (no source)" in flat(guessed)
    assert "(--termasuk-dugaan compares them)" in flat(guessed)


def test_simulate_in_english(runner: CliRunner) -> None:
    args = ["simulate", K24, "--set", "9=5", "-f", "markdown"]
    indonesian, english = two_languages(runner, args)
    assert "| | Saat ini | Simulasi | Selisih |" in indonesian
    assert "| | Current | Simulation | Change |" in english
    assert (
        "### SPBE Index simulation, Pemerintah Kabupaten Contoh 2024: 9=5 "
        f"(file {K24} not modified)" in english
    )
    assert "**Up: 1 indicator, contribution +0.0390**" in english


def test_plan_in_english(runner: CliRunner) -> None:
    _, english = two_languages(runner, ["plan", PROV, "-t", "Sangat Baik", "-f", "markdown"])
    assert english.startswith(
        "### Plan for Digital Government Index (Pemdi) Pemerintah Provinsi Contoh — year 2026"
    )
    assert re.search(
        r"\*\*Now 2\.56, Developing \(Baik\); target Embedded \(Sangat Baik\) \(index > "
        r"3\.50, from the exact index\): \d+ level steps up on \d+ indicators -> \d\.\d\d, "
        r"Embedded \(Sangat Baik\)\*\*",
        english,
    )
    assert "| # | ID | Indicator | Weight | From | To | Gain | Index | Rating |" in english
    assert "> Not planned: 5, 6 (value comes from another agency's index; " in english
    assert "**What each step needs**" in english
    assert "  - level 5 Unggul: " in english  # level names and criteria stay official
    assert "_Order: largest gain first, then lowest starting level" in english
    code, unreachable, stderr = run(
        runner, "plan", K24, "-t", "Memuaskan", "--max-level", "4", "--bahasa", "en"
    )
    assert code == 1
    assert "cannot be reached: at most 4.00, Very Good (Sangat Baik), with" in unreachable
    assert "Highest level allowed: 4" in unreachable
    assert "target cannot be reached" in stderr


def test_plan_counts_one_step_in_the_singular(runner: CliRunner) -> None:
    _, english = two_languages(runner, ["plan", K24, "-t", "2.75", "-f", "markdown"])
    assert ": 1 level step up on 1 indicator -> " in english
    _, met = two_languages(runner, ["plan", K24, "-t", "Baik"])
    assert "already reached: no steps needed" in met


def test_explain_in_english(runner: CliRunner) -> None:
    indonesian, english = two_languages(runner, ["explain", "37", K24])
    assert "  bobot      2.75 persen dari indeks" in indonesian
    assert english.startswith("Indicator 37: Tingkat Kematangan Layanan Kearsipan Dinamis\n")
    assert (
        "  weight     2.75 percent of the index; one level up adds 0.03 (exact 0.0275)" in english
    )
    assert "File samples/kabupaten-contoh-2024.yaml (year 2024)" in english
    assert "  current    value 3, level 3 Transaksi" in english
    assert "  index      2.74, Good (Baik)" in english
    assert "  next       value 4" in english
    assert "  gain       +0.03 (exact 0.0275): index 2.74 -> 2.77, Good (Baik)" in english


def test_explain_conversion_and_generic_criteria_in_english(runner: CliRunner) -> None:
    _, english = two_languages(runner, ["explain", "5", PROV])
    assert (
        "  conversion sdi: Nilai evaluasi Satu Data Indonesia (Bappenas), score 0-100;" in english
    )
    assert "value = 1 + sdi score / 25, not rounded;" in flat(english)
    assert "confidence medium (sedang)." in flat(english)
    _, old = two_languages(runner, ["explain", "35.1", "--tahun", "2019"])
    assert "  (the official level names of spbe-2018 are not known)" in old
    assert "Generic criteria, not official text: " in old


@pytest.mark.parametrize(
    "args",
    [
        ["diff", K23, K24],
        ["simulate", K24, "--set", "9=5"],
        ["plan", K24, "-t", "Baik"],
        ["explain", "37", K24],
        ["explain", "1", "--tahun", "2024", "-f", "json"],
    ],
    ids=lambda args: args[0],
)
def test_unknown_language_is_a_usage_error(runner: CliRunner, args: list[str]) -> None:
    code, out, err = run(runner, *args, "--bahasa", "jv")
    assert code == 2
    assert out == ""
    assert "'jv' bukan salah satu dari: id, en" in err

"""One language from the first word of `--help` to the last usage error: the help texts,
click's frame (usage line, headings, `[required]`, `[default: …]`, `[OPSI]`, metavars) and
click's own usage errors all follow `--bahasa` (before or after the command), else
SPBE_BAHASA, else Indonesian. Every command's help (and the root's) is walked in both
languages and searched for the other language's words, with an explicit allow-list of what
is data: option names, choice values, data keys and official names."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.cli.app import COMMANDS, language_in
from tests.conftest import ROOT

SAMPLE = str(ROOT / "samples" / "provinsi-contoh-2026.yaml")
WALKED = ["", *COMMANDS]  # "" is the root command


def listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that only the other language uses. Indonesian help with one of ENGLISH in it, or
# English help with one of INDONESIAN, mixes languages (the frame or a text of its own).
ENGLISH = listed(
    """usage options option arguments argument required default dynamic commands command args
    the and or of to with for from this that show message exit file files dir old new out
    form forms report year name framework index rating when each every not"""
)
INDONESIAN = listed(
    """pemakaian opsi argumen wajib bawaan dinamis perintah berkas lama baru hasil
    formulir laporan nama dan atau yang untuk dari dengan ini itu tidak bila jika tiap setiap
    tampilkan bantuan keluar lalu juga misalnya menulis membaca tanpa sebelum sesudah"""
)

# What stays as written in both languages: data keys and values of answer files, official
# names (of the regulation, the ministry, levels and predicates), file formats and commands.
DATA = listed(
    """spbe pemdi indeks kerangka predikat instansi tahun pj target status tindak lanjut
    penjelasan data dukung bukti mandiri dokumen interviu visitasi akhir baik sangat cukup
    kurang memuaskan kemenpanrb pemerintah digital id en yaml yml json csv markdown md html
    xlsx pdf ci stdout stderr stdin git yyyy mm dd n"""
)

OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")  # --fail-under, -f
CHOICES = re.compile(r"\S+\|\S+")  # table|json|csv, id|en
ENVIRONMENT = re.compile(r"\bSPBE_[A-Z_]+\b")  # SPBE_WEIGHTS, SPBE_BAHASA
WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> set[str]:
    """The words of a help text that are prose or frame: option names, choice lists and
    environment variables left out."""
    for pattern in (OPTION, CHOICES, ENVIRONMENT):
        text = pattern.sub(" ", text)
    return {word.casefold() for word in WORD.findall(text)}


def foreign(text: str, language: str) -> list[str]:
    other = ENGLISH if language == "id" else INDONESIAN
    return sorted((words(text) & other) - DATA - set(COMMANDS))


def helped(runner: CliRunner, args: list[str], env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, args, env={"COLUMNS": "100", **(env or {})})
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def command_args(name: str) -> list[str]:
    return [name] if name else []


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("name", WALKED, ids=lambda name: name or "spbe")
def test_every_help_speaks_one_language(runner: CliRunner, name: str, language: str) -> None:
    text = helped(runner, [*command_args(name), "--bahasa", language, "--help"])
    assert foreign(text, language) == [], text[-1500:]
    frame = ("Pemakaian:", "Opsi") if language == "id" else ("Usage:", "Options")
    assert all(word in text for word in frame), text


@pytest.mark.parametrize("name", WALKED, ids=lambda name: name or "spbe")
def test_help_is_the_same_however_the_language_is_chosen(runner: CliRunner, name: str) -> None:
    """The option after the command, before it, or SPBE_BAHASA (the option wins over it)."""
    args = command_args(name)
    for language, other in (("id", "en"), ("en", "id")):
        after = helped(runner, [*args, "--bahasa", language, "--help"])
        before = helped(runner, ["--bahasa", language, *args, "--help"])
        joined = helped(runner, [*args, f"--bahasa={language}", "--help"])
        environment = helped(runner, [*args, "--help"], {"SPBE_BAHASA": language})
        overruled = helped(runner, [*args, "--bahasa", language, "--help"], {"SPBE_BAHASA": other})
        assert after == before == joined == environment == overruled
    assert helped(runner, [*args, "--help"]) == helped(runner, [*args, "--bahasa", "id", "--help"])


def test_metavars_are_in_the_language_of_the_help(runner: CliRunner) -> None:
    indonesian = helped(runner, ["diff", "--help"])
    english = helped(runner, ["diff", "--help", "--bahasa", "en"])
    # typer 0.28 puts required arguments in braces, 0.26 does not
    assert re.search(r"Pemakaian: spbe diff \[OPSI\] \{?LAMA\}? \{?BARU\}?\n", indonesian)
    assert "--weights FOLDER" in indonesian
    assert re.search(r"Usage: spbe diff \[OPTIONS\] \{?OLD\}? \{?NEW\}?\n", english)
    assert "--weights DIR" in english
    score = helped(runner, ["score", "--help"])
    assert (
        " BERKAS...\n" in score.replace("{", "").replace("}", "") and "--fail-under INDEKS" in score
    )
    assert "--fail-under INDEX" in helped(runner, ["score", "--help", "--bahasa", "en"])


def test_language_option_before_the_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--bahasa", "en", "score", SAMPLE])
    assert result.exit_code == 0, result.output
    assert "Rating" in result.stdout and "Predikat" not in result.stdout
    result = runner.invoke(app, ["--bahasa=en", "score", SAMPLE, "--bahasa", "id"])
    assert result.exit_code == 0 and "Predikat" in result.stdout  # the last one counts


def test_unknown_language_before_the_command_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--bahasa", "jv", "score", SAMPLE])
    assert result.exit_code == 2 and result.stdout == ""
    assert "galat: nilai tidak sah untuk '--bahasa': 'jv' bukan salah satu dari: id, en" in (
        result.stderr
    )


USAGE_ERRORS = {  # click's own errors, each in both languages
    "no-option": (["score", "--nope"], "opsi tidak dikenal: --nope", "no such option: --nope"),
    "missing": (["score"], "argumen 'BERKAS...' belum diberikan", "missing argument 'FILE...'"),
    "bad-value": (
        ["score", SAMPLE, "-f", "xx"],
        "nilai tidak sah untuk '--format' / '-f': 'xx' bukan salah satu dari",
        "invalid value for '--format' / '-f': 'xx' is not one of",
    ),
    "extra": (
        ["explain", "1", SAMPLE, "more"],
        "argumen berlebih: more",
        "unexpected extra arguments: more",
    ),
}


@pytest.mark.parametrize("case", USAGE_ERRORS)
@pytest.mark.parametrize("place", ["after", "before", "environment"])
def test_usage_errors_speak_the_language_of_the_run(
    runner: CliRunner, case: str, place: str
) -> None:
    args, indonesian, english = USAGE_ERRORS[case]
    for language, said in (("id", indonesian), ("en", english)):
        env: dict[str, str] = {}
        if place == "after":
            run = [*args, "--bahasa", language]
        elif place == "before":
            run = ["--bahasa", language, *args]
        else:
            run, env = args, {"SPBE_BAHASA": language}
        result = runner.invoke(app, run, env=env)
        assert result.exit_code == 2 and result.stdout == ""
        assert said in result.stderr, result.stderr
        usage = "Pemakaian: spbe " if language == "id" else "Usage: spbe "
        assert result.stderr.startswith(usage), result.stderr
        assert foreign(result.stderr.replace(SAMPLE, " "), language) == [], result.stderr


def test_language_is_read_from_the_whole_command_line() -> None:
    assert language_in(["score", "f.yaml", "--bahasa", "en"]) == "en"
    assert language_in(["--bahasa", "EN", "score"]) == "en"
    assert language_in(["--bahasa=en", "score", "--bahasa", "id"]) == "id"
    assert language_in(["score", "--", "--bahasa", "en"]) is None  # a file named --bahasa
    assert language_in(["score", "--bahasa"]) is None
    assert language_in(["score", "--bahasa", "jv"]) is None


def test_the_word_lists_find_what_they_should() -> None:
    """The search itself: English frame words in Indonesian help are found, option names and
    choices are not mistaken for prose."""
    assert foreign("Usage: spbe score [OPTIONS] FILE", "id") == ["file", "options", "usage"]
    assert foreign("Pemakaian: spbe score [OPSI] BERKAS", "en") == ["berkas", "opsi", "pemakaian"]
    assert foreign("--fail-under INDEKS  -f table|json  also SPBE_WEIGHTS", "id") == []

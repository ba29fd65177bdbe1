"""Every class of bad input: one line per problem, `file:line:column: ...`, exit 3, nothing
on stdout, no traceback, and quickly. A path that is not a file is a usage error (exit 2)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import WriteAnswers

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

BASE = "tahun: 2024\ninstansi: Kab\nindikator:\n" + "".join(f"  {i}: 3\n" for i in range(1, 48))
PEMDI = "tahun: 2026\ninstansi: P\nindikator:\n" + "".join(f"  {i}: 3\n" for i in range(1, 21))
S2018 = "tahun: 2019\ninstansi: K\nindikator:\n" + "".join(f"  {i}: 2\n" for i in range(1, 35))
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")
BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)

CASES: list[tuple[str, str | bytes, str, tuple[int, int]]] = [
    (
        "unknown top key",
        BASE.replace("instansi: Kab\n", "instansi: Kab\nnilai: 3\n"),
        "unknown key 'nilai'; allowed: tahun, instansi, kerangka, indikator",
        (3, 1),
    ),
    (
        "unknown entry key",
        BASE.replace("  14: 3\n", "  14: {level: 3, catatan: x}\n"),
        "indikator 14: unknown key 'catatan'; allowed: level, penjelasan, data_dukung",
        (17, 18),
    ),
    (
        "duplicate top key",
        BASE + "tahun: 2023\n",
        "duplicate key 'tahun' (first at line 1)",
        (51, 1),
    ),
    (
        "duplicate indicator, quoted and not",
        BASE.replace("  14: 3\n", '  14: 3\n  "14": 4\n'),
        "duplicate key '14' (first at line 17)",
        (18, 3),
    ),
    (
        "unknown indicator",
        BASE.replace("  14: 3\n", "  14: 3\n  48: 2\n"),
        "indikator 48: not an indicator of spbe-2020; allowed ids: 1-47",
        (18, 3),
    ),
    (
        "missing indicator",
        BASE.replace("  14: 3\n", ""),
        "indikator: 1 of 47 indicators missing: 14",
        (3, 1),
    ),
    (
        "level out of range",
        BASE.replace("  14: 3\n", "  14: 6\n"),
        "indikator 14: level 6 is out of range; allowed: an integer from 1 to 5 (spbe-2020)",
        (17, 7),
    ),
    (
        "level zero under 59/2020",
        BASE.replace("  14: 3\n", "  14: 0\n"),
        "indikator 14: level 0 is out of range",
        (17, 7),
    ),
    (
        "decimal level",
        BASE.replace("  14: 3\n", "  14: 3.5\n"),
        "indikator 14: level 3.5 is not an integer",
        (17, 7),
    ),
    (
        "word level",
        BASE.replace("  14: 3\n", "  14: tiga\n"),
        "indikator 14: level 'tiga' is not a number",
        (17, 7),
    ),
    ("yes level", BASE.replace("  14: 3\n", "  14: yes\n"), "level is a YAML boolean", (17, 7)),
    (
        "on level, long form",
        BASE.replace("  14: 3\n", "  14:\n    level: on\n"),
        "indikator 14: level is a YAML boolean",
        (18, 12),
    ),
    (
        "quoted level",
        BASE.replace("  14: 3\n", '  14: "3"\n'),
        'level "3" is written in quotes; drop the quotes: 3',
        (17, 7),
    ),
    ("empty level", BASE.replace("  14: 3\n", "  14:\n"), "indikator 14: level is empty", (17, 6)),
    (
        "unknown year",
        BASE.replace("tahun: 2024", "tahun: 2015"),
        "tahun 2015: no kerangka covers this year; known: 2018-2020 (spbe-2018)",
        (1, 8),
    ),
    (
        "year as text",
        BASE.replace("tahun: 2024", "tahun: '2024'"),
        'tahun: "2024" is written in quotes; write numbers without quotes: 2024',
        (1, 8),
    ),
    (
        "unknown kerangka",
        BASE + "kerangka: spbe-2030\n",
        "kerangka 'spbe-2030' is unknown",
        (51, 11),
    ),
    (
        "empty instansi",
        BASE.replace("instansi: Kab", "instansi: '  '"),
        "instansi: got an empty text; expected a non-empty name",
        (2, 11),
    ),
    (
        "missing instansi",
        BASE.replace("instansi: Kab\n", ""),
        "missing required key 'instansi'",
        (1, 1),
    ),
    (
        "indikator not a mapping",
        "tahun: 2024\ninstansi: K\nindikator: [1, 2]\n",
        "indikator: got a list; expected a mapping",
        (3, 12),
    ),
    (
        "pemdi five decimals",
        PEMDI.replace("  5: 3\n", "  5: 3.75555\n"),
        "indikator 5: level 3.75555 has more than 4 decimals",
        (8, 6),
    ),
    (
        "2018 indicator 35 not split",
        S2018 + '  "35.1": 2\n  35.2: 2\n  35.3: 2\n  35: 2\n',
        "indikator 35: not an indicator of spbe-2018 (it is split into 35.1, 35.2, 35.3)",
        (41, 3),
    ),
    (
        "2018 35.10 is not 35.1",
        S2018 + '  35.1: 1\n  "35.2": 1\n  35.3: 1\n  35.10: 1\n',
        "indikator 35.10: not an indicator of spbe-2018",
        (41, 3),
    ),
    ("top-level list", "- 1\n- 2\n", "the file holds a list; an answer file is a mapping", (1, 1)),
    ("empty file", "", "file is empty", (1, 1)),
    ("only comments", "# kosong\n", "file holds only comments", (1, 1)),
    (
        "python tag",
        BASE.replace("  14: 3\n", "  14: !!python/object/apply:os.system [ls]\n"),
        "tag !!python/object/apply:os.system is not allowed",
        (17, 7),
    ),
    (
        "local tag",
        BASE.replace("  14: 3\n", "  14: !level 3\n"),
        "tag !level is not allowed",
        (17, 7),
    ),
    ("alias bomb", BOMB, "aliases (*name) are not allowed", (2, 8)),
    # libyaml >= 0.2.5 stops at depth 1000 (column 1003); older ones leave it to spbe's own
    # limit of 16 (column 19): both refuse, each at its place
    ("deep flow nesting", "a: " + "[" * 5000 + "]" * 5000 + "\n", "nested", (1, 1003)),
    (
        "deep block nesting",
        "".join("  " * n + f"k{n}:\n" for n in range(40)) + "  " * 40 + "v: 1\n",
        "nested more than 16 levels deep",
        (17, 33),
    ),
    ("syntax error", "tahun: 2024\ninstansi: [Kab\n", "a bracket [ ] or { } is not closed", (3, 1)),
    ("two documents", BASE + "---\ntahun: 2025\n", "more than one YAML document", (51, 1)),
    ("binary", b"tahun: 2024\n\x00\x01\x02", "file holds binary data, not text", (2, 1)),
    (
        "not UTF-8",
        "tahun: 2024\ninstansi: Kabupatén\n".encode("latin-1"),
        "byte 0xe9 is not UTF-8",
        (2, 18),
    ),
    (
        "control character",
        b"tahun: 2024\ninstansi: K\x07ab\n",
        "character U+0007 is not allowed",
        (2, 12),
    ),
    (
        "5000-digit level",
        BASE.replace("  14: 3\n", "  14: " + "1" * 5000 + "\n"),
        "number of 5000 characters; years, levels and scores have at most 32",
        (17, 7),
    ),
    (
        "5000-digit year",
        BASE.replace("tahun: 2024", "tahun: " + "2" * 5000),
        "number of 5000 characters",
        (1, 8),
    ),
    (
        "huge exponent",
        BASE.replace("  14: 3\n", "  14: 1.0e+999999999\n"),
        "number written as '1.0e+999999999', which YAML readers read differently; "
        "write it in plain digits",
        (17, 7),
    ),
    (
        "year out of range",
        BASE.replace("tahun: 2024", "tahun: -5") + "kerangka: spbe-2020\n",
        "tahun: got -5; expected a year from 2000 to 2100",
        (1, 8),
    ),
]


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["score", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("label", "text", "message", "position"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(
    runner: CliRunner,
    write: WriteAnswers,
    label: str,
    text: str | bytes,
    message: str,
    position: tuple[int, int],
) -> None:
    path = write(text)
    before = path.read_bytes()
    start = time.perf_counter()
    code, stdout, stderr = run(runner, str(path))
    elapsed = time.perf_counter() - start
    assert code == 3, stderr
    assert stdout == ""
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, lines
    match = LINE.match(lines[0])
    assert match, lines[0]
    assert match["file"] == str(path)
    found = (int(match["line"]), int(match["column"]))
    assert found == position or (label == "deep flow nesting" and found == (1, 19)), found
    assert message in match["message"]
    assert path.read_bytes() == before  # never modified
    assert elapsed < 1.0, f"{label} took {elapsed:.2f}s"


def test_huge_file_is_refused_quickly(runner: CliRunner, write: WriteAnswers) -> None:
    path = write("tahun: 2024\n# " + "x" * (8 * 1024 * 1024) + "\n")
    start = time.perf_counter()
    code, stdout, stderr = run(runner, str(path))
    assert time.perf_counter() - start < 1.0
    assert (code, stdout) == (3, "")
    assert stderr.strip() == f"{path}:1:1: file is larger than 1 MiB; answer files are small"


def test_every_problem_of_every_file(runner: CliRunner, write: WriteAnswers) -> None:
    first = write(BASE.replace("  14: 3\n", "  14: 9\n").replace("  20: 3\n", "  20: x\n"))
    good = write(BASE)
    second = write(BASE.replace("instansi: Kab\n", "instansi: Kab\nwarna: biru\n"))
    code, stdout, stderr = run(runner, str(first), str(good), str(second))
    assert (code, stdout) == (3, "")
    lines = stderr.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [str(first), str(first), str(second)]
    assert "indikator 14: level 9 is out of range" in lines[0]
    assert "indikator 20: level 'x' is not a number" in lines[1]


@pytest.mark.parametrize(
    "args",
    [
        ["score", "SAMPLE", "--fail-under", "1e-999999999"],
        ["score", "SAMPLE", "--fail-under", "1" * 5000],
        ["simulate", "SAMPLE", "--set", "1=1e-99999999"],
        ["plan", "SAMPLE", "--target", "1e-99999999"],
    ],
)
def test_option_numbers_are_plain_and_refused_quickly(
    runner: CliRunner, write: WriteAnswers, args: list[str]
) -> None:
    sample = str(write(BASE))
    start = time.perf_counter()
    result = runner.invoke(app, [sample if a == "SAMPLE" else a for a in args])
    assert time.perf_counter() - start < 1.0
    assert (result.exit_code, result.stdout) == (2, "")
    assert "not a" in result.stderr


@pytest.mark.parametrize("command", ["score", "rank", "validate"])
def test_stdin_only_once(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "-", "-"], input=BASE)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.strip() == "error: - (standard input) can be given only once"


def test_missing_path_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    code, stdout, stderr = run(runner, str(tmp_path / "tidak-ada.yaml"))
    assert (code, stdout) == (2, "")
    assert stderr.strip() == f"error: {tmp_path / 'tidak-ada.yaml'}: no such file"


def test_a_folder_stands_for_its_answer_files(runner: CliRunner, tmp_path: Path) -> None:
    code, stdout, stderr = run(runner, str(tmp_path))
    assert (code, stdout) == (2, "")
    assert "this folder holds no answer files (*.yaml, *.yml)" in stderr
    (tmp_path / "b.yml").write_text(BASE, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(BASE.replace("Kab", "Kota Uji"), encoding="utf-8")
    (tmp_path / "catatan.txt").write_text("not an answer file", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.yaml").write_text("not read: folders are not searched", encoding="utf-8")
    code, stdout, stderr = run(runner, str(tmp_path), "-f", "json")
    assert code == 0, stderr
    assert [item["berkas"] for item in json.loads(stdout)] == [
        str(tmp_path / "a.yaml"),
        str(tmp_path / "b.yml"),
    ]


def test_unknown_format_is_usage_error(runner: CliRunner, write: WriteAnswers) -> None:
    code, stdout, stderr = run(runner, str(write(BASE)), "--format", "xml")
    assert (code, stdout) == (2, "")
    assert stderr.strip().splitlines()[-1] == (
        "error: invalid value for '--format' / '-f': 'xml' is not one of: "
        "table, json, csv, markdown"
    )


def test_bad_weights_folder_reports_table_problems(
    runner: CliRunner, write: WriteAnswers, tmp_path: Path
) -> None:
    folder = tmp_path / "bobot"
    folder.mkdir()
    (folder / "spbe-2020.yaml").write_text("kerangka: spbe-2020\nnama: x\n", encoding="utf-8")
    code, stdout, stderr = run(runner, str(write(BASE)), "--weights", str(folder))
    assert (code, stdout) == (3, "")
    assert all(LINE.match(line) for line in stderr.strip().splitlines())
    assert "missing" in stderr.lower() or "required" in stderr.lower()

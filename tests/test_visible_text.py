"""Text from files reaching a terminal, a table or a message shows its control characters,
escape sequences and bidi overrides as visible escapes (`\\x1b`, `\\u202e`), in every output
of every command; CSV cells cannot run as formulas; Markdown shows markup as written.

The hostile text comes from an answer file (instansi, penjelasan, data_dukung), a weight table
of one's own given with --weights (names of the kerangka, domains, aspects, indicators and
levels, the regulation, criteria), and names typed on the command line (file names, options).
A YAML file cannot hold ESC at all (it is refused), so ESC comes in through file names.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.renderers import text as text_module
from spbe_cli.renderers.text import csv_cell, json_safe, markdown, one_line, visible
from tests.conftest import ROOT

RLO, ZWSP, ESC = "\u202e", "\u200b", "\x1b"
RAW = (RLO, ZWSP, ESC)
MARK = f"{RLO}ok{ZWSP}"  # what every hostile name carries


def _hostile_answers(text: str) -> str:
    text = text.replace("kerangka: spbe-2020\n", "")
    text = text.replace(
        "instansi: Pemerintah Kabupaten Contoh", f'instansi: "=Kab {MARK} <b>x</b> | [a](http://e)"'
    )
    text = text.replace("ditetapkan dan memuat", f"ditetapkan {MARK} dan memuat")
    return text.replace('- "Perbup 21-2022 Arsitektur SPBE.pdf"', f'- "@Perbup {MARK}.pdf"')


def _hostile_table(text: str) -> str:
    """Every name of a weight table carrying the mark (ids, weights and bands untouched)."""
    text = re.sub(r"^(nama|regulasi): (.+)$", rf"\1: \2 {MARK}", text, flags=re.M)
    text = re.sub(r"(\{id: [AD]\d, nama: )([^,}]+)", rf"\1\2 {MARK}", text)
    text = re.sub(r"^(    nama: )(.+)$", rf"\1\2 {MARK}", text, flags=re.M)
    text = re.sub(r"^(      ?[1-5]: )([A-Z][a-z].*)$", rf"\1\2 {MARK}", text, flags=re.M)
    first = "nama: Tingkat Kematangan Kebijakan Internal Arsitektur"
    return text.replace(first, "nama: -Arsitektur")  # a name a spreadsheet would run


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("hostile")
    new = folder / f"jaw{ESC}[31mab{RLO}.yaml"
    new.write_text(_hostile_answers((ROOT / "samples/kabupaten-contoh-2024.yaml").read_text()))
    old = folder / f"lama{RLO}.yaml"
    old.write_text(_hostile_answers((ROOT / "samples/kabupaten-contoh-2023.yaml").read_text()))
    weights = folder / "bobot"
    (weights / "kriteria").mkdir(parents=True)
    table = _hostile_table((ROOT / "weights/spbe-2020.yaml").read_text(encoding="utf-8"))
    assert table.count(MARK) > 60  # names of the kerangka, domains, aspects, indicators, levels
    (weights / "spbe-2020.yaml").write_text(table, encoding="utf-8")
    criteria = (ROOT / "weights/kriteria/spbe-2020.yaml").read_text(encoding="utf-8")
    criteria = re.sub(r'^(    [1-5]: ")', rf"\1{MARK} ", criteria, flags=re.M)
    (weights / "kriteria/spbe-2020.yaml").write_text(criteria, encoding="utf-8")
    return {"new": str(new), "old": str(old), "weights": str(weights), "folder": str(folder)}


COMMANDS = [
    ["score", "NEW"],
    ["score", "NEW", "--detail"],
    ["score", "NEW", "--detail", "--bahasa", "en"],
    ["score", "NEW", "-f", "markdown"],
    ["score", "NEW", "-f", "csv"],
    ["score", "NEW", "-f", "json"],
    ["score", "NEW", "OLD", "-f", "json"],
    ["score", "NEW", "--fail-under", "4.5"],
    ["diff", "OLD", "NEW"],
    ["diff", "OLD", "NEW", "-f", "markdown"],
    ["diff", "OLD", "NEW", "-f", "json"],
    ["diff", "OLD", "NEW", "--fail-on-regression"],
    ["diff", "samples/kota-contoh-2019.yaml", "NEW"],
    ["simulate", "NEW", "--set", "1=5"],
    ["plan", "NEW", "-t", "4"],
    ["plan", "NEW", "-t", "4", "-f", "markdown"],
    ["plan", "NEW", "-t", "4", "-f", "json"],
    ["plan", "NEW", "-t", "Memuaskan", "--max-level", "3"],
    ["explain", "1", "NEW"],
    ["explain", "44", "NEW", "-f", "json"],
    ["explain", "1", "--tahun", "2024"],
    ["rank", "NEW", "OLD"],
    ["rank", "NEW", "OLD", "-f", "csv"],
    ["rank", "NEW", "OLD", "-f", "json"],
    ["validate", "NEW", "OLD"],
    ["validate", "NEW", "-f", "json"],
    ["kerangka"],
    ["kerangka", "spbe-2020"],
    ["kerangka", "spbe-2020", "-f", "json"],
    ["report", "NEW", "-o", "-"],
    ["report", "NEW", "--banding", "OLD", "-o", "-"],
]


def _args(args: list[str], hostile: dict[str, str]) -> list[str]:
    named = {"NEW": hostile["new"], "OLD": hostile["old"]}
    return [named.get(a, str(ROOT / a) if a.startswith("samples/") else a) for a in args]


@pytest.mark.parametrize("columns", ["100", "40"])
@pytest.mark.parametrize("table", [False, True], ids=["answers", "answers+weights"])
@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_no_control_escape_or_bidi_character_reaches_any_output(
    runner: CliRunner, hostile: dict[str, str], args: list[str], table: bool, columns: str
) -> None:
    weights = ["--weights", hostile["weights"]] if table else []
    result = runner.invoke(app, [*_args(args, hostile), *weights], env={"COLUMNS": columns})
    assert result.exit_code in (0, 1), result.stderr
    for name, text in (("stdout", result.stdout), ("stderr", result.stderr)):
        found = [f"U+{ord(c):04X}" for c in RAW if c in text]
        assert not found, f"{name}: {found}"
    shown = result.stdout + result.stderr
    if table or {"NEW", "OLD"} & set(args):  # the mark was read: shown escaped
        assert "\\u202e" in shown or "\\\\u202e" in shown, shown[:500]


@pytest.mark.parametrize(
    "args",
    [
        ["score", f"tidak{ESC}[2J{RLO}.yaml"],
        ["score", "-f", f"x{ESC}[31m{RLO}"],
        ["score", f"--x{ESC}"],
        [f"sc{ESC}ore"],
        ["score", "NEW", "--kerangka", f"k{ESC}{RLO}"],
        ["score", "NEW", "--fail-below", f"B{ESC}aik"],
        ["init", "--tahun", "2024", "-o", f"/tidak/ada{ESC}/{RLO}.yaml"],
        ["report", "NEW", "-o", f"laporan{ESC}{RLO}.pdf"],
        ["score", "NEW", "--weights", f"/tidak/ada{ESC}{RLO}"],
    ],
)
def test_names_typed_on_the_command_line_are_shown_escaped_in_messages(
    runner: CliRunner, hostile: dict[str, str], args: list[str]
) -> None:
    result = runner.invoke(app, _args(args, hostile))
    assert result.exit_code in (2, 3), result.stderr
    assert not any(c in result.stderr for c in RAW), result.stderr
    assert "\\x1b" in result.stderr or "\\u202e" in result.stderr, result.stderr


def test_csv_cells_from_files_cannot_run_as_formulas_and_numbers_stay_numbers(
    runner: CliRunner, hostile: dict[str, str]
) -> None:
    weights = ["--weights", hostile["weights"]]
    for args in (["score", "NEW", "-f", "csv", *weights], ["rank", "NEW", "OLD", "-f", "csv"]):
        result = runner.invoke(app, _args(args, hostile))
        assert result.exit_code == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        for row in rows:
            for column, cell in row.items():
                formula = cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                assert not formula or _number(cell), (column, cell)
            assert row["instansi"].startswith("'=Kab ")
            assert _number(row["indeks"])
        if args[0] == "score":
            first = next(r for r in rows if r["indikator"] == "1")
            assert first["nama"].startswith("'-Arsitektur")
            assert _number(first["level"]) and _number(first["bobot"])


def _number(cell: str) -> bool:
    return re.fullmatch(r"-?\d+(\.\d+)?", cell) is not None


@pytest.mark.parametrize(
    "args",
    [
        ["score", "NEW", "-f", "markdown"],
        ["score", "NEW", "OLD", "-f", "markdown"],
        ["plan", "NEW", "-t", "4", "-f", "markdown"],
        ["diff", "OLD", "NEW", "-f", "markdown"],
        ["simulate", "NEW", "--set", "1=5", "-f", "markdown"],
        ["report", "NEW", "--banding", "OLD", "-o", "-", "-f", "md"],
    ],
)
def test_markdown_shows_markup_from_files_as_written(
    runner: CliRunner, hostile: dict[str, str], args: list[str]
) -> None:
    result = runner.invoke(app, _args(args, hostile))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "=Kab" in text
    assert "<b>" not in text and "&lt;b>x&lt;/b>" in text
    assert "[a](http://e)" not in text and "\\[a\\](http://e)" in text
    assert " | [" not in text and "\\|" in text


def test_the_escapers_themselves() -> None:
    assert visible(f"a{ESC}[2Jb{RLO}c{ZWSP}d\te\nf") == "a\\x1b[2Jb\\u202ec\\u200bd\te\nf"
    assert one_line(f"a\n  b{RLO}") == "a b\\u202e"
    assert markdown("<i>|*x*|</i>") == "&lt;i>\\|\\*x\\*\\|&lt;/i>"
    assert [csv_cell(v) for v in ("=1+1", "+1", "-x", "@a", "a", 3, "3")] == [
        "'=1+1",
        "'+1",
        "'-x",
        "'@a",
        "a",
        3,
        "3",
    ]
    assert json_safe('{"a": "x\u202ey\u0085"}') == '{"a": "x\\u202ey\\u0085"}'
    assert json_safe('{"a": "x\x7fy"}') == '{"a": "x\\u007fy"}'  # json.dumps leaves DEL raw
    assert json_safe('{"a": "é𝔸"}', ascii_only=True) == '{"a": "\\u00e9\\ud835\\udd38"}'


@given(st.text(st.characters(max_codepoint=0x7F)) | st.text())
def test_plain_ascii_is_returned_at_once_and_everything_else_escaped_as_before(text: str) -> None:
    """`visible` returns printable ASCII untouched without the pattern: the same as the
    pattern's substitution gives, for every text (ASCII controls, DEL, tabs included)."""
    expected = re.sub(text_module._CONTROL, text_module._escape, text)
    assert visible(text) == expected

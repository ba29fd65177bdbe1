"""Answer files read the way the person meant them (issue 8 §2): numbers YAML 1.1 and 1.2
read differently refused with "plain digits", explicit tags and quoted numbers explained,
characters YAML forbids refused, tabs and glued colons told in words on the right line,
positions right with multibyte characters and any line ends, UTF-16/32 read, and many
problems reported in linear time (counted, not timed)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from spbe_cli import yamlsafe
from spbe_cli.cli import app
from tests.conftest import WriteAnswers

pytestmark = pytest.mark.usefixtures("english")

BASE = "tahun: 2024\ninstansi: Kab\nindikator:\n" + "".join(f"  {i}: 3\n" for i in range(1, 48))
PEMDI = "tahun: 2026\ninstansi: P\nindikator:\n" + "".join(f"  {i}: 3\n" for i in range(1, 21))
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")
PLAIN = "write it in plain digits"


def problems(runner: CliRunner, path: object) -> list[tuple[int, int, str]]:
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 3, result.stderr
    assert "Traceback" not in result.stderr
    found = []
    for line in result.stderr.splitlines():
        match = LINE.match(line)
        assert match, line
        found.append((int(match["line"]), int(match["column"]), match["message"]))
    return found


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (BASE.replace("tahun: 2024", "tahun: 03750"), (1, 8)),
        (BASE.replace("tahun: 2024", "tahun: 2_024"), (1, 8)),
        (BASE.replace("tahun: 2024", "tahun: 0x7E8"), (1, 8)),
        (BASE.replace("tahun: 2024", "tahun: 0o3750"), (1, 8)),
        (BASE.replace("tahun: 2024", "tahun: 0b11111101000"), (1, 8)),
        (BASE.replace("tahun: 2024", "tahun: 1:30"), (1, 8)),
        (BASE.replace("  14: 3\n", "  14: 03\n"), (17, 7)),
        (BASE.replace("  14: 3\n", "  14: 3_0\n"), (17, 7)),
        (BASE.replace("  14: 3\n", "  14: 1e0\n"), (17, 7)),
        (PEMDI.replace("  5: 3\n", "  5: {sdi: 075}\n"), (8, 12)),
        (PEMDI.replace("  5: 3\n", "  5: 03.75\n"), (8, 6)),
    ],
)
def test_numbers_read_differently_by_yaml_readers_are_refused_with_plain_digits(
    runner: CliRunner, write: WriteAnswers, text: str, where: tuple[int, int]
) -> None:
    (line, column, message), *_ = problems(runner, write(text))
    assert (line, column) == where
    assert PLAIN in message


@pytest.mark.parametrize("value", ["0", "0.5", "3", "3.75", "-0"])
def test_plain_numbers_are_numbers(value: str) -> None:
    assert yamlsafe.parse(f"a: {value}\n", "x").data["a"] == type(
        yamlsafe.parse(f"a: {value}\n", "x").data["a"]
    )(value)


@pytest.mark.parametrize(
    ("change", "where", "says"),
    [
        (("  14: 3\n", "  14: !!int abc\n"), (17, 7), "tag !!int is not allowed"),
        (("  14: 3\n", "  14: !!int 3.5\n"), (17, 7), "tag !!int is not allowed"),
        (("  14: 3\n", "  14: !!float 3\n"), (17, 7), "tag !!float is not allowed"),
        (("  14: 3\n", '  14: "3"\n'), (17, 7), "drop the quotes: 3"),
        (("tahun: 2024", 'tahun: "2024"'), (1, 8), "write numbers without quotes: 2024"),
        (("instansi: Kab", "instansi: Kab\ufffe"), (2, 14), "character U+FFFE is not allowed"),
        (("instansi: Kab", "instansi: K\uffffab"), (2, 12), "character U+FFFF is not allowed"),
        (("instansi: Kab", 'instansi: "Kab\\uFFFE"'), (2, 11), "U+FFFE is not allowed"),
        (("instansi: Kab", 'instansi: "Kab\\ud800"'), (2, 17), "names no character"),
        (("instansi: Kab", 'instansi: "Kab\\x00"'), (2, 11), "U+0000 is not allowed"),
        (("  14: 3\n", "\t14: 3\n"), (17, 1), "a tab is used for indentation"),
        (("  14: 3\n", "  14:\n\t  level: 3\n"), (18, 1), "a tab is used for indentation"),
        (("  14: 3\n", "  14:3\n"), (17, 5), "no space after the colon in '14:3'; write '14: 3'"),
        (("  14: 3\n", "  14:3\n  15:2\n"), (17, 5), "no space after the colon"),
    ],
)
def test_each_mistake_in_words_on_its_line(
    runner: CliRunner,
    write: WriteAnswers,
    change: tuple[str, str],
    where: tuple[int, int],
    says: str,
) -> None:
    found = problems(runner, write(BASE.replace(*change)))
    assert (found[0][0], found[0][1]) == where, found
    assert says in found[0][2], found


PREFIX = "tahun: 2024\ninstansi: Kabupatén Ñ 日本 𝔸\n"


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_positions_are_right_with_multibyte_characters_any_line_end_and_encoding(
    runner: CliRunner, write: WriteAnswers, ending: str, encoding: str
) -> None:
    text = PREFIX + "indikator:\n" + "".join(f"  {i}: 3\n" for i in range(1, 48))
    text = text.replace("  14: 3\n", "  14: {level: 9, penjelasan: é日𝔸}\n")
    text = text.replace("  15: 3\n", "  15: {penjelasan: 日本語のテキスト, level: 0}\n")
    found = problems(runner, write(text.replace("\n", ending).encode(encoding)))
    assert [(line, column) for line, column, _ in found] == [(17, 15), (18, 37)]  # characters
    assert "indikator 14: level 9 is out of range" in found[0][2]
    assert "indikator 15: level 0 is out of range" in found[1][2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_notepad_unicode_files_are_read(
    runner: CliRunner, write: WriteAnswers, encoding: str
) -> None:
    path = write(BASE.replace("Kab", "Kabupatén 日本").replace("\n", "\r\n").encode(encoding))
    result = runner.invoke(app, ["score", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert '"instansi": "Kabupatén 日本"' in result.stdout


def _unknown_ids(count: int) -> str:
    return BASE + "".join(f"  {1000 + n}: 3\n" for n in range(count))


def test_many_unknown_ids_are_reported_in_linear_work(
    runner: CliRunner, write: WriteAnswers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each mapping's keys are indexed once (Document.children builds a table per mapping,
    then every lookup is a dict access), and the lookups grow with the problems, not with
    their square."""
    calls: list[int] = []
    built: dict[int, int] = {}
    original = yamlsafe.Document.children

    def counting(self: yamlsafe.Document, node: object) -> object:
        calls.append(id(node))
        if id(node) not in self._keys:
            built[id(node)] = built.get(id(node), 0) + 1
        return original(self, node)  # type: ignore[arg-type]

    monkeypatch.setattr(yamlsafe.Document, "children", counting)
    work = {}
    for count in (1_000, 10_000):
        calls.clear()
        built.clear()
        found = problems(runner, write(_unknown_ids(count)))
        assert len(found) == count
        assert all("not an indicator of spbe-2020" in m for _, _, m in found[:3])
        assert max(built.values()) == 1  # no mapping is indexed twice
        work[count] = len(calls)
    assert work[10_000] <= 11 * work[1_000], work  # linear: 10 times the problems
    assert work[10_000] <= 4 * 10_000, work  # a few lookups per problem

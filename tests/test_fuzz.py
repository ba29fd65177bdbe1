"""A mutation fuzzer over the shipped samples: bytes, scalars, tags, unicode (U+FFFE,
surrogates written as escapes, bidi overrides, NUL), line ends, tab indentation and encodings.
The real CLI runs on each mutant, in-process; whatever the file holds, no command may end in a
traceback or with an exit code outside the documented set for input: 0 done, 1 a gate,
2 usage, 3 invalid input. Every command that reads answer files is run, the team's too
(split, merge, followup, progress, evidence, trend), and import on the same bytes named as a
report. Bounded so that it runs in about ten seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import SAMPLES

TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES]
TEAM = [t for p, t in zip(SAMPLES, TEXTS, strict=True) if p.stem.endswith("-tim")]
DRAWN = [*TEXTS, *TEAM, *TEAM]  # the one sample with recommendations, owners, targets: 3 in 8
DOCUMENTED = {0, 1, 2, 3}

SCALARS = [
    "03750",
    "2_024",
    "0x7E8",
    "0o17",
    "0b101",
    "1:30",
    "1e3",
    "1.0e+999999999",
    ".inf",
    "-.inf",
    ".nan",
    "~",
    "null",
    "yes",
    "No",
    "on",
    "-0",
    "+3",
    "3.",
    ".5",
    "3.75555",
    "'3'",
    '"2024"',
    '"7/6"',
    "'1/0'",
    "7/6",
    "1/0",
    "9" * 40,
    "-" * 3,
    "[]",
    "{}",
    "[1, 2]",
    "{level: 3}",
    "&a 3",
    "*a",
    "!!int abc",
    "!!int 3.5",
    "!!float 3",
    "!!str 3",
    "!!python/object/apply:os.system [ls]",
    "!custom 3",
    "!!binary aGk=",
    "!!timestamp 2024-1-1",
    "2024-01-01",
    "'\\ud800'",
    '"\\ud800"',
    '"\\uFFFE"',
    '"\\uffff"',
    '"\\e[31m"',
    '"\\x00"',
    '"\\u202e"',
    "\u202eevil",
    "\u200b",
    "\ufeff",
    "٣",
    "３",
    "Ⅳ",
    "",
    " ",
    "|",
    ">-",
    "- a",
    "? x",
    "%TAG",
    "@x",
    "`x`",
    "'unclosed",
    '"unclosed',
]
TAGS = ["!!int ", "!!str ", "!!float ", "!!map ", "!!seq ", "!!python/name:os.system ", "!x "]
CHARACTERS = [
    "\ufffe",
    "\uffff",
    "\x00",
    "\x07",
    "\x1b",
    "\x85",
    "\u2028",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "\U0001d538",
    "e\u0301",
    "\t",
    "\r",
    ":",
    "#",
    "&",
    "*",
    "!",
    "|",
    ">",
    "'",
    '"',
    "{",
    "[",
    "-",
    "\\",
    "%",
    "@",
    "`",
    "\n",
    "  ",
]
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-be",
    "latin-1",
    "cp1252",
]


@st.composite
def _scalar(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    candidates = [n for n, line in enumerate(lines) if ": " in line]
    n = draw(st.sampled_from(candidates))
    key, _, _ = lines[n].partition(": ")
    lines[n] = f"{key}: {draw(st.sampled_from(SCALARS))}"
    return "\n".join(lines)


@st.composite
def _tag(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    n = draw(st.sampled_from([n for n, line in enumerate(lines) if ": " in line]))
    key, _, value = lines[n].partition(": ")
    lines[n] = f"{key}: {draw(st.sampled_from(TAGS))}{value}"
    return "\n".join(lines)


@st.composite
def _character(draw: st.DrawFn, text: str) -> str:
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.sampled_from(CHARACTERS)) + text[at:]


@st.composite
def _line_ends(draw: st.DrawFn, text: str) -> str:
    return text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n\n", "\u2028"])))


@st.composite
def _tabs(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    n = draw(st.integers(0, len(lines) - 1))
    stripped = lines[n].lstrip(" ")
    lines[n] = "\t" * draw(st.integers(1, 2)) + stripped
    return "\n".join(lines)


@st.composite
def _cut(draw: st.DrawFn, text: str) -> str:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 200)))
    return text[:start] + text[end:]


@st.composite
def _duplicate(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    n = draw(st.integers(0, len(lines) - 1))
    return "\n".join([*lines[: n + 1], lines[n], *lines[n + 1 :]])


TEXT_MUTATIONS = [_scalar, _tag, _character, _line_ends, _tabs, _cut, _duplicate]


@st.composite
def mutants(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(DRAWN))
    for mutation in draw(st.lists(st.sampled_from(TEXT_MUTATIONS), min_size=1, max_size=3)):
        text = draw(mutation(text))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="surrogatepass" if "utf" in encoding else "replace")
    for _ in range(draw(st.integers(0, 2))):  # bytes flipped, dropped or inserted
        at = draw(st.integers(0, len(data)))
        byte = bytes([draw(st.integers(0, 255))])
        action = draw(st.sampled_from(["flip", "drop", "insert"]))
        if action == "insert" or at == len(data):
            data = data[:at] + byte + data[at:]
        elif action == "drop":
            data = data[:at] + data[at + 1 :]
        else:
            data = data[:at] + byte + data[at + 1 :]
    return data


COMMANDS = [
    ["score", "FILE"],
    ["score", "FILE", "--allow-incomplete", "-f", "json"],
    ["validate", "FILE", "--format", "json"],
    ["validate", "FILE", "--allow-incomplete"],
    ["diff", "SAMPLE", "FILE", "--allow-incomplete"],
    ["plan", "FILE", "-t", "3"],
    ["explain", "1", "FILE", "--allow-incomplete"],
    ["rank", "FILE", "SAMPLE", "-f", "csv"],
    ["report", "FILE", "-o", "-", "-f", "md"],
    ["evidence", "FILE", "--allow-incomplete", "--tanggal", "2026-07-15", "--fail-on-gap"],
    ["followup", "FILE", "--tanggal", "2026-07-15", "-f", "json", "--fail-on-overdue"],
    ["progress", "FILE", "--tanggal", "2026-07-15", "-f", "json"],
    ["trend", "FILE", "SAMPLE", "-f", "json"],
    ["split", "FILE", "-o", "FORMS"],
    ["merge", "FORMS", "-o", "OUT", "--force"],
    ["merge", "FILE", "--dasar", "SAMPLE", "-o", "OUT", "--force"],
    ["import", "PDF", "-o", "-"],
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=mutants())
def test_no_mutant_makes_any_command_crash(folder: Path, data: bytes) -> None:
    path = folder / "mutant.yaml"
    path.write_bytes(data)
    pdf = folder / "mutant.pdf"  # the same bytes named as a report: import refuses, no crash
    pdf.write_bytes(data)
    forms = folder / f"formulir-{len(list(folder.iterdir()))}"  # split writes a new folder
    named = {
        "FILE": str(path),
        "SAMPLE": str(SAMPLES[1]),
        "PDF": str(pdf),
        "FORMS": str(forms),
        "OUT": str(folder / "hasil.yaml"),
    }
    runner = CliRunner()
    for command in COMMANDS:
        if command[:2] == ["merge", "FORMS"] and not forms.is_dir():
            continue  # split refused the mutant: no forms to merge
        args = [named.get(a, a) for a in command]
        result = runner.invoke(app, args)
        shown = f"{args}: exit {result.exit_code}\n{result.stderr[-2000:]}"
        assert result.exit_code in DOCUMENTED, shown
        assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, shown
        assert result.exception is None or isinstance(result.exception, SystemExit), shown
        if result.exit_code == 3 and command[0] != "validate":
            assert result.stdout == "" or command[0] == "rank", shown

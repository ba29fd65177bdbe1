"""No table cuts data (issue 17, "Narrow terminals"): at 60 columns or wider every table
shows every cell whole (never "…"), and no line is wider than the terminal; below 60 the
tables stack as `score` does. Every command that draws a table, at 100, 80, 60, 50 and 40
columns (COLUMNS), plus `score --detail` at 100 columns keeping names to two lines."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

S = ROOT / "samples"
COMMANDS = {
    "score-detail": ["score", f"{S}/kabupaten-contoh-2024.yaml", "--detail"],
    "score-team": ["score", f"{S}/provinsi-contoh-2026-tim.yaml", "--detail"],
    "diff": ["diff", f"{S}/kabupaten-contoh-2023.yaml", f"{S}/kabupaten-contoh-2024.yaml"],
    "diff-kerangka": ["diff", f"{S}/kota-contoh-2019.yaml", f"{S}/kabupaten-contoh-2024.yaml"],
    "plan": ["plan", f"{S}/kabupaten-contoh-2024.yaml", "-t", "3.5"],
    "trend": ["trend", f"{S}/kabupaten-contoh-2023.yaml", f"{S}/kabupaten-contoh-2024.yaml"],
    "followup": ["followup", f"{S}/provinsi-contoh-2026-tim.yaml", "--tanggal", "2026-07-15"],
    "progress": ["progress", f"{S}/provinsi-contoh-2026-tim.yaml", "--tanggal", "2026-07-15"],
    "evidence": ["evidence", f"{S}/provinsi-draf-2026.yaml", "--tanggal", "2026-09-01"],
    "rank": ["rank", f"{S}/kabupaten-contoh-2023.yaml", f"{S}/kabupaten-contoh-2024.yaml"],
}


def run(args: list[str], columns: int) -> str:
    result = CliRunner().invoke(app, args, env={"COLUMNS": str(columns)})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [100, 80, 60, 50, 40])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_table_cuts_data(name: str, columns: int) -> None:
    text = run(COMMANDS[name], columns)
    assert text.strip()
    assert "…" not in text, text
    widest = max(cell_len(line.rstrip()) for line in text.splitlines())
    assert widest <= columns, (widest, text)


@pytest.mark.parametrize("columns", [80, 60, 50, 40])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_word_is_folded(name: str, columns: int) -> None:
    """Every word a narrow table shows is a word of the wide one: none broken in two (a
    table that cannot fit its words stacks instead)."""
    wide = set(run(COMMANDS[name], 400).split())
    wide |= {w.strip(":.") for w in wide} | {"·", "/", "#", "→"}
    longer = {w for w in wide if cell_len(w) > columns - 12}  # no line holds it whole
    folded = [
        word
        for word in run(COMMANDS[name], columns).split()
        if word not in wide
        and word.strip(":.") not in wide
        and not set(word) <= set("─╭╮╰╯│")
        and not any(word in long for long in longer)
    ]
    assert not folded, folded


def test_followup_shows_the_decree_number_whole_at_80_columns() -> None:
    text = run(COMMANDS["followup"], 80)
    assert "Kepgub 100.3.3/412/2026" in text  # was "100.3.3/412/2…"


def test_score_detail_keeps_names_to_two_lines_at_100_columns() -> None:
    text = run(COMMANDS["score-detail"], 100)
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.lstrip().startswith("D1"))
    rows = 0
    for line in lines[start:]:
        if not line.strip() or line.startswith("─"):
            break
        if line[:9].strip():
            rows = 1
        else:
            rows += 1
            assert rows <= 2, line  # a name's third line

"""A value beside its predikat never reads as another band (renderers.common.value_text) in
any command: pemdi-2026 bands hold their upper edge (PermenPANRB 8/2026, Tabel 4, p. 38:
2,50 < x <= 3,50 Baik, 3,50 < x <= 4,00 Sangat Baik), so a Sangat Baik 3.5001 shown as
"3.50" would seem to contradict its predikat.

The file: indicators 1 and 2 (aspect A1, weights 5 and 5) at 3.51 and 3.4902, so A1 is
3.5001; every other indicator at 3.5 (Baik), so the index is 3.50001 (Sangat Baik). Both are
computed below from the weights, independently of the code under test.
"""

from __future__ import annotations

import io
import re
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app

FIRST, SECOND, REST = Fraction("3.51"), Fraction("3.4902"), Fraction("3.5")
ASPECT = (FIRST + SECOND) / 2  # indicators 1 and 2 weigh 5 % each: A1 is their mean
INDEX = (5 * FIRST + 5 * SECOND + 90 * REST) / 100  # the 18 others weigh 90 %
BARE = re.compile(r"(?<![\d.])(?<!≤ )(?<!&lt;= )3[.,]50(?!\d)(?! <)")  # "3.50", not a band edge
NOT_TEXT = re.compile(r'<text[^>]*class="(?:tick|band-name|band-label)[^"]*"[^>]*>[^<]*</text>')


def _answers(path: Path, year: int, levels: dict[int, Fraction] | None = None) -> str:
    chosen = levels or {1: FIRST, 2: SECOND}
    lines = [f"tahun: {year}", f"instansi: Instansi {path.stem}", "indikator:"]
    lines += [f'  "{n}": {chosen.get(n, REST)}' for n in range(1, 21)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return {
        "a": _answers(tmp_path / "a.yaml", 2026),
        "later": _answers(tmp_path / "later.yaml", 2027),
        "low": _answers(tmp_path / "low.yaml", 2026, {n: Fraction(3) for n in range(1, 21)}),
        "html": str(tmp_path / "trend.html"),  # where trend writes its page
    }


def test_the_file_sits_just_above_the_edge() -> None:
    assert Fraction("3.5001") == ASPECT and Fraction("3.50001") == INDEX


COMMANDS = {  # command -> (arguments, whether it shows the aspects)
    "score": (["score", "{a}"], True),
    "score-md": (["score", "{a}", "-f", "markdown"], True),
    "report-md": (["report", "{a}", "-f", "md", "-o", "-"], True),
    "report-html": (["report", "{a}", "-f", "html", "-o", "-"], True),
    "report-baseline": (["report", "{later}", "--banding", "{a}", "-f", "md", "-o", "-"], True),
    "report-baseline-html": (
        ["report", "{later}", "--banding", "{a}", "-f", "html", "-o", "-"],
        True,
    ),
    "diff": (["diff", "{low}", "{a}"], False),
    "diff-md": (["diff", "{low}", "{a}", "-f", "markdown"], False),
    "trend": (["trend", "{a}", "{later}"], False),
    "trend-md": (["trend", "{a}", "{later}", "-f", "markdown"], False),
    "trend-html": (["trend", "{a}", "{later}", "-o", "{html}"], False),
    "rank": (["rank", "{a}", "{low}"], False),
    "explain": (["explain", "1", "{a}"], False),
}


def _units(out: str) -> list[str]:
    """What reads as one: a line of text, or a row (or section) of HTML without the chart's
    band edges and names."""
    if "<html" not in out:
        return out.splitlines()
    return re.split(r"<tr|<section|<div class=\"was\"", NOT_TEXT.sub("", out))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_rounded_value_beside_a_band_it_is_not_in(name: str, files: dict[str, str]) -> None:
    args, aspects = COMMANDS[name]
    result = CliRunner().invoke(app, [arg.format(**files) for arg in args])
    assert result.exit_code == 0, result.stderr
    out = Path(files["html"]).read_text(encoding="utf-8") if "{html}" in args else result.stdout
    assert "3.50001" in out  # the index, Sangat Baik, exactly
    if aspects:
        assert "3.5001" in re.sub(r"3\.50001", "", out)  # aspect A1, Sangat Baik, exactly
    beside = [u for u in _units(out) if "Sangat Baik" in u or "Melembaga" in u]
    assert beside
    wrong = [u for u in beside if BARE.search(u) and not re.search(r"\bBaik \(Berkembang", u)]
    assert not wrong, wrong


def test_report_workbook_summary_shows_the_exact_index(
    files: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "r.xlsx"
    result = CliRunner().invoke(app, ["report", files["a"], "-f", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))
    sheet = book.worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, float)]
    index = [c for c in cells if Fraction(str(c.value)) == INDEX]
    assert index and all(c.number_format == "0.00000" for c in index)

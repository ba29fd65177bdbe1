"""An indicator's target on a banded scale names a band: on pemdi-2026 `target: 3` is met in
band 3 (2,50 < x <= 3,50, PermenPANRB 8/2026 Tabel 4, p. 38) or above, so 2.50 is not there
yet but 2.51 is: what 2.50 needs is "more than 2.50", never "short by 0.50". A target that is
not whole, and every target on a whole-level kerangka, stays a number to reach."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app

EDGE = "2.50"  # band 3's lower edge, not in the band (p. 38)
ENTRIES = {
    "1": "{level: 2.5, target: 3, pj: A}",
    "2": "{level: 2.51, target: 3, pj: A}",
    "3": "{level: 2, target: 3, pj: A}",
    "4": "{level: 2, target: 2.75, pj: A}",
}


def _file(tmp_path: Path) -> str:
    lines = ["tahun: 2026", "instansi: Instansi Uji", "indikator:"]
    lines += [f'  "{n}": {ENTRIES.get(str(n), "3")}' for n in range(1, 21)]
    path = tmp_path / "a.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _progress(tmp_path: Path, *extra: str) -> str:
    args = ["progress", _file(tmp_path), "--tanggal", "2026-07-15", *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("language", "needs"), [("id", "perlu > "), ("en", "needs > ")])
def test_a_level_on_the_edge_needs_more_than_it(tmp_path: Path, language: str, needs: str) -> None:
    rows = {
        line.split()[0]: line for line in _progress(tmp_path, "--bahasa", language).splitlines()
    }
    assert f"{needs}{EDGE}" in rows["1"] and "0.50" not in rows["1"].split("3", 1)[1]
    assert f"{needs}{EDGE}" in rows["3"]
    short = "perlu naik 0.75" if language == "id" else "short by 0.75"
    assert short in rows["4"]  # 2.75 is a number to reach


def test_json_says_what_the_level_needs(tmp_path: Path) -> None:
    found: dict[str, Any] = {
        row["id"]: row for row in json.loads(_progress(tmp_path, "-f", "json"))["indikator"]
    }
    assert found["1"]["tercapai"] is False and found["2"]["tercapai"] is True
    assert found["1"]["perlu"] == {"lebih_dari": 2.5} and found["1"]["selisih"] == 0
    assert found["3"]["perlu"] == {"lebih_dari": 2.5} and found["3"]["selisih"] == 0.5
    assert "perlu" not in found["4"] and found["4"]["selisih"] == 0.75


def test_a_whole_level_kerangka_keeps_its_gap(tmp_path: Path) -> None:
    lines = ["tahun: 2024", "instansi: Instansi Uji", "indikator:"]
    lines += [
        f'  "{n}": {{level: 2, target: 3}}' if n == 1 else f'  "{n}": 3' for n in range(1, 48)
    ]
    path = tmp_path / "b.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["progress", str(path), "--tanggal", "2026-07-15", "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout)["indikator"][0]
    assert row["selisih"] == 1 and "perlu" not in row

"""target_indeks in a year whose predikat is decided on the index rounded half-up to 2
decimals (2023 in spbe-2020, `predikat_dari: dibulatkan`): an index of 2.995 reads 3.00 and
meets a target of 3.00, so the gap beside `tercapai: true` is 0, in JSON and in text."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.frameworks import Catalog
from spbe_cli.team.targets import index_target
from tests.conftest import WriteAnswers, answer_text, levels_reaching
from tests.report_support import score_file

INDEX = Fraction("2.995")  # rounds half-up to 3.00


@pytest.mark.parametrize(("year", "met"), [(2023, True), (2024, False)])
def test_gap_agrees_with_tercapai(
    write: WriteAnswers, catalog: Catalog, year: int, met: bool
) -> None:
    framework = catalog.get("spbe-2020")
    assert framework is not None
    levels = levels_reaching(framework, INDEX)
    path = write(answer_text(framework, levels, year=year, extra="target_indeks: 3\n"))
    result = CliRunner().invoke(app, ["score", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert Fraction(data["indeks_tepat"]) == INDEX
    target = data["target"]
    assert target["indeks_tercapai"] is met and target["tercapai"] is met
    if met:
        assert target["selisih"] == 0 and Fraction(target["selisih_tepat"]) == 0
    else:  # 3.00 beside 3.00 shown (2.995 rounds to 3.00), the exact gap 0.005
        assert target["selisih"] == 0 and Fraction(target["selisih_tepat"]) == 3 - INDEX
    progress = CliRunner().invoke(app, ["progress", str(path), "--tanggal", "2026-07-15"])
    assert progress.exit_code == 0, progress.stderr
    assert ("perlu naik" in progress.stdout) is not met
    found = index_target(score_file(path))
    assert found is not None and found.gap == (0 if met else 3 - INDEX)

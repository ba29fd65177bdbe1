"""One rule per question about names (names.py), and every command asking it gets the same
answer: a predikat typed for `plan -t` and for `--fail-below` is read alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spbe_cli.names import band_key, invisible, text_key
from tests.tables import table_text
from tests.team_support import ROOT, run

SAMPLE = ROOT / "samples" / "kabupaten-contoh-2024.yaml"


def test_text_and_band_keys() -> None:
    assert text_key("  Susun\tPETA\njalan ") == text_key("susun peta jalan") == "susun peta jalan"
    assert text_key("Straße") == text_key("STRASSE")  # casefold, not lower
    assert band_key("Sangat-Baik") == band_key("sangat_baik") == band_key(" SANGAT  baik")
    assert text_key("Sangat-Baik") != text_key("sangat baik")  # only a predikat reads - as space


def test_invisible() -> None:
    assert invisible("\u200b \u202e\ufeff\u2060\u00ad")
    assert not invisible("\u200bA")
    assert not invisible("\ue000")  # a private-use glyph shows


@pytest.mark.parametrize("typed", ["sangat baik", "SANGAT  BAIK", "sangat-baik", "Sangat_Baik"])
def test_plan_and_fail_below_read_a_predikat_alike(typed: str) -> None:
    plan = run("plan", SAMPLE, "-t", typed, "-f", "json")
    assert plan.exit_code == 0, plan.output
    assert json.loads(plan.stdout)["target"]["predikat"] == "Sangat Baik"
    gate = run("score", SAMPLE, "--fail-below", typed)
    assert gate.exit_code in (0, 1), gate.output


def test_a_band_written_with_a_hyphen_is_found_by_plan_and_the_gate(tmp_path: Path) -> None:
    """A table of one's own may spell a predikat "Sangat-Baik": both commands match it."""
    bands = "[{nama: Kurang, dari: 1}, {nama: Sangat-Baik, dari: 3}]"
    weights = tmp_path / "tabel"
    weights.mkdir()
    (weights / "uji.yaml").write_text(table_text(["50", "50"], bands=bands), encoding="utf-8")
    answers = tmp_path / "j.yaml"
    answers.write_text('tahun: 2030\ninstansi: X\nindikator:\n  "1": 2\n  "2": 2\n')
    plan = run("plan", answers, "-t", "sangat baik", "-f", "json", "--weights", weights)
    assert plan.exit_code == 0, plan.output
    assert json.loads(plan.stdout)["target"]["predikat"] == "Sangat-Baik"
    gate = run("score", answers, "--fail-below", "SANGAT BAIK", "--weights", weights)
    assert gate.exit_code == 1, gate.output  # 2.00 is below Sangat-Baik

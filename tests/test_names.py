"""One rule per question about names (names.py), and every command asking it gets the same
answer: a predikat typed for `plan -t` and for `--fail-below` is read alike."""

from __future__ import annotations

import json

import pytest

from spbe_cli.names import band_key, invisible, text_key
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

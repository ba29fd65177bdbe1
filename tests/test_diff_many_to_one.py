"""Across kerangka, a pairing of several ids with one compares the weighted mean of the several
(Σ value × bobot / Σ bobot, each aspect or indicator with its own bobot), not a plain mean:
checked against levels and weights read straight from the files (PyYAML), not through spbe."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from tests.answerfiles import KAB_2024, PROV_2026, index_of, raw_members, raw_weights, sample_levels
from tests.team_support import run


def exact(text: str) -> Fraction:
    return Fraction(text)


def diff() -> dict[str, Any]:
    result = run("diff", KAB_2024, PROV_2026, "--termasuk-dugaan", "-f", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def side(
    ids: list[str], section: str, levels: dict[str, Fraction], weights: dict[str, Fraction]
) -> tuple[Fraction, Fraction]:
    """(weighted mean, plain mean) of several indicators or aspects, from the files."""
    if section == "indikator":
        values = {i: levels[i] for i in ids}
        return index_of(values, weights), sum(values.values(), Fraction(0)) / len(ids)
    members = raw_members("spbe-2020", "aspek")
    every = {i: levels[i] for a in ids for i in members[a]}  # the aspects' indicators together
    plain = sum((index_of({i: levels[i] for i in members[a]}, weights) for a in ids), Fraction(0))
    return index_of(every, weights), plain / len(ids)


def test_several_old_ids_against_one_are_weighted_by_their_bobot() -> None:
    data = diff()
    levels, weights = sample_levels(KAB_2024), raw_weights("spbe-2020")
    weighted_differs = 0
    for section in ("aspek", "indikator"):
        for row in data[section]:
            if len(row["id_lama"]) < 2 or not row["id_baru"]:
                continue
            weighted, plain = side(row["id_lama"], section, levels, weights)
            assert exact(row["lama_tepat"]) == weighted, row["id"]
            weighted_differs += weighted != plain
    assert weighted_differs >= 2  # the sample tells a weighted mean from a plain one


def test_the_new_side_of_a_pairing_is_its_own_value() -> None:
    data = diff()
    new_levels = sample_levels(PROV_2026)
    rows = [r for r in data["indikator"] if len(r["id_lama"]) > 1 and len(r["id_baru"]) == 1]
    assert rows
    for row in rows:
        assert exact(row["baru_tepat"]) == new_levels[row["id_baru"][0]]

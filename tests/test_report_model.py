"""The report's data, built from Scores: old values and changes, bands, evidence links."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from spbe_cli.planning import level_of
from spbe_cli.renderers.report.model import band_position, bands, build, evidence
from tests.report_support import SAMPLES, catalog, score_file, score_levels


def test_same_kerangka_changes_are_differences_of_the_two_scores() -> None:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    levels = {i.indicator.id: i.level for i in new.indicators if i.level is not None}
    lowered = {k: (v - 1 if k in {"1", "2", "40"} else v) for k, v in levels.items()}
    old = score_levels(new, lowered)
    report = build(new, old)
    assert report.compared and report.baseline is not None
    assert report.baseline.change(report.index) == new.index - old.index
    old_groups = {g.id: g.index for g in (*old.domains, *old.aspects)}
    for group in (*report.domains, *report.aspects):
        assert group.old == old_groups[group.id]
        assert group.change == group.index - old_groups[group.id]
    for row in report.indicators:
        assert row.change == (1 if row.id in {"1", "2", "40"} else 0)


def test_other_kerangka_keeps_only_index_and_predicate() -> None:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    old = score_file(next(p for p in SAMPLES if "2019" in p.name))
    report = build(new, old)
    assert report.baseline is not None and not report.baseline.same_framework
    assert not report.compared
    assert report.baseline.index == old.index and report.baseline.predicate == old.predicate
    assert all(g.old is None for g in (*report.domains, *report.aspects))
    assert all(i.old is None and i.change is None for i in report.indicators)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_rows_mirror_the_score(sample: object) -> None:
    score = score_file(sample)  # type: ignore[arg-type]
    report = build(score)
    assert report.index == score.index and report.predicate == score.predicate
    assert [i.id for i in report.indicators] == [i.indicator.id for i in score.indicators]
    assert report.radar == (report.domains or report.aspects)
    assert report.bands[0].lower == score.framework.level_min
    assert report.bands[-1].upper == score.framework.level_max
    assert report.framework.bands[report.band].name == score.predicate


def test_bands_tile_the_scale() -> None:
    for framework in catalog().frameworks.values():
        rows = bands(framework)
        assert all(a.upper == b.lower for a, b in itertools.pairwise(rows))
        assert [band_position(framework, b.name) for b in rows] == list(range(len(rows)))


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "https://jdih.contohkab.go.id/perbup/21-2022",
            "https://jdih.contohkab.go.id/perbup/21-2022",
        ),
        ("  http://a.go.id/x?y=1&z=2 ", "http://a.go.id/x?y=1&z=2"),
        ("javascript:alert(1)", None),
        ("Perbup 21-2022.pdf", None),
        ("lihat https://a.go.id", None),
        ('https://a.go.id/"onmouseover=x', None),
        ("data:text/html,<script>", None),
    ],
)
def test_only_plain_http_links_are_links(text: str, url: str | None) -> None:
    assert evidence(text).url == url
    assert evidence(text).text == text


def test_level_names_come_from_the_kerangka() -> None:
    score = score_file(next(p for p in SAMPLES if "2024" in p.name))
    report = build(score)
    row = report.indicators[0]
    names = score.framework.names_of_levels(score.framework.by_id[row.id])
    assert row.level_name == names[int(row.level)]
    pemdi = build(score_file(next(p for p in SAMPLES if "2026" in p.name)))
    decimal = [i for i in pemdi.indicators if i.level.denominator != 1]
    framework = pemdi.framework
    names = framework.level_names
    # a decimal value has the name of the level whose band holds it (3.75 is Melembaga)
    assert decimal and all(i.level_name == names[level_of(framework, i.level)] for i in decimal)
    assert {i.level_name for i in decimal} <= set(names.values())
    assert Fraction(0) not in [i.weight for i in pemdi.indicators]

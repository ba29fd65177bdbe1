"""The weight tables: what ships, and that broken tables are refused with a position."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, UsageError
from spbe_cli.frameworks import Catalog, Framework, build, load_catalog
from tests.conftest import ROOT

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

SHIPPED = sorted((ROOT / "weights").glob("*.yaml"))


def test_every_shipped_table_loads(catalog: Catalog) -> None:
    assert sorted(catalog.frameworks) == ["pemdi-2026", "spbe-2018", "spbe-2020"]
    assert {p.stem for p in SHIPPED} == set(catalog.frameworks)


@pytest.mark.parametrize(
    ("framework_id", "domains", "aspects", "indicators", "low", "high"),
    [
        ("spbe-2018", 3, 7, 37, 0, 5),
        ("spbe-2020", 4, 8, 47, 1, 5),
        ("pemdi-2026", 0, 7, 20, 1, 5),
    ],
)
def test_structure(
    catalog: Catalog,
    framework_id: str,
    domains: int,
    aspects: int,
    indicators: int,
    low: int,
    high: int,
) -> None:
    framework = catalog.get(framework_id)
    assert framework is not None
    assert (len(framework.domains), len(framework.aspects), len(framework.indicators)) == (
        domains,
        aspects,
        indicators,
    )
    assert (framework.level_min, framework.level_max) == (low, high)
    assert sum(i.weight for i in framework.indicators) == 100
    for aspect in framework.aspects:
        members = [i for i in framework.indicators if i.aspect == aspect.id]
        assert sum(i.weight for i in members) == aspect.weight
    for domain in framework.domains:
        parts = [a for a in framework.aspects if a.domain == domain.id]
        assert sum(a.weight for a in parts) == domain.weight


def test_tables_agree_with_methodology_weights(catalog: Catalog) -> None:
    """Figures from spbe-methodology.md §1.1, §2.1 and pemdi-2026.md §1, read independently."""
    spbe2020 = catalog.get("spbe-2020")
    assert spbe2020 is not None
    assert [d.weight for d in spbe2020.domains] == [13, 25, Fraction("16.5"), Fraction("45.5")]
    assert {i.weight for i in spbe2020.indicators} == {
        Fraction("1.3"),
        Fraction("2.5"),
        Fraction("1.5"),
        Fraction("2.75"),
        Fraction(3),
    }
    spbe2018 = catalog.get("spbe-2018")
    assert spbe2018 is not None
    assert [d.weight for d in spbe2018.domains] == [17, 28, 55]
    a7 = [i for i in spbe2018.indicators if i.aspect == "A7"]
    assert [i.id for i in a7] == ["32", "33", "34", "35.1", "35.2", "35.3"]
    assert {i.weight for i in a7} == {Fraction(20, 6)}  # not a finite decimal
    pemdi = catalog.get("pemdi-2026")
    assert pemdi is not None
    assert [int(i.weight) for i in pemdi.indicators] == [
        5,
        5,
        5,
        5,
        5,
        3,
        3,
        4,
        4,
        4,
        3,
        4,
        5,
        5,
        4,
        4,
        4,
        3,
        10,
        15,
    ]


@pytest.mark.parametrize(
    ("year", "framework_id"),
    [
        (2018, "spbe-2018"),
        (2020, "spbe-2018"),
        (2021, "spbe-2020"),
        (2025, "spbe-2020"),
        (2026, "pemdi-2026"),
        (2031, "pemdi-2026"),
        (2017, None),
    ],
)
def test_year_to_kerangka(catalog: Catalog, year: int, framework_id: str | None) -> None:
    found = catalog.for_year(year)
    assert (found.id if found else None) == framework_id


def test_year_rules(catalog: Catalog) -> None:
    spbe2020 = catalog.get("spbe-2020")
    assert spbe2020 is not None
    assert spbe2020.rule(2023).basis == "dibulatkan"
    assert spbe2020.rule(2023).verified
    assert spbe2020.rule(2024).basis == "tepat"
    assert spbe2020.rule(2024).verified
    assert not spbe2020.rule(2021).verified


def test_status_marks_provisional_tables(catalog: Catalog) -> None:
    statuses = {f.id: f.provisional for f in catalog.frameworks.values()}
    assert statuses == {"spbe-2018": True, "spbe-2020": False, "pemdi-2026": False}


def _table(**changes: object) -> dict[str, object]:
    data = yaml.safe_load((ROOT / "weights" / "spbe-2020.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    data.update(changes)
    return data


def _problems(data: object, tmp_path: Path) -> list[str]:
    path = tmp_path / "spbe-2020.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build(yamlsafe.load(path), "test")
    return [str(p) for p in caught.value.problems]


def test_integrity_weights_must_sum(tmp_path: Path) -> None:
    data = _table()
    data["indikator"][0]["bobot"] = 1.4  # type: ignore[index]
    problems = _problems(data, tmp_path)
    assert any("aspek A1: bobot 13.00 but its indicators sum to 13.10" in p for p in problems)


def test_integrity_domain_and_total(tmp_path: Path) -> None:
    data = _table()
    data["domain"][0]["bobot"] = 14  # type: ignore[index]
    data["aspek"][0]["bobot"] = 14  # type: ignore[index]
    problems = _problems(data, tmp_path)
    assert any("aspect weights sum to 101.00, not 100" in p for p in problems)
    assert any("aspek A1: bobot 14.00 but its indicators sum to 13.00" in p for p in problems)


def test_integrity_duplicate_ids_and_orphans(tmp_path: Path) -> None:
    data = _table()
    data["indikator"][1]["id"] = "1"  # type: ignore[index]
    data["indikator"][2]["aspek"] = "A9"  # type: ignore[index]
    problems = _problems(data, tmp_path)
    assert any("indikator id '1' appears twice" in p for p in problems)
    assert any("indikator 3: aspek must be one of A1" in p for p in problems)


def test_integrity_bands(tmp_path: Path) -> None:
    data = _table()
    data["predikat"][2]["dari"] = 1.5  # type: ignore[index]
    problems = _problems(data, tmp_path)
    assert any("band Baik overlaps the band before" in p for p in problems)
    data = _table()
    data["predikat"][0]["dari"] = 0  # type: ignore[index]
    assert any("lowest band must start at 1" in p for p in _problems(data, tmp_path))


def _bands(tmp_path: Path, *rows: dict[str, object]) -> list[str]:
    data = _table()
    data["predikat"] = list(rows)
    return _problems(data, tmp_path)


def test_bands_refuse_a_gap_or_an_overlap_at_a_shared_edge(tmp_path: Path) -> None:
    low = {"nama": "A", "dari": 1, "sampai": 3, "dari_termasuk": True}
    high = {"nama": "B", "dari": 3, "sampai": 5, "sampai_termasuk": True}
    # the edge 3 in neither band: a gap
    gap = _bands(tmp_path, {**low, "sampai_termasuk": False}, {**high, "dari_termasuk": False})
    assert any("band B: some value between it and the band before is in no band" in p for p in gap)
    # the edge 3 in both bands: an overlap
    both = _bands(tmp_path, {**low, "sampai_termasuk": True}, {**high, "dari_termasuk": True})
    assert any("band B overlaps the band before" in p for p in both)
    # a stretch in no band, and a stretch in both
    apart = _bands(tmp_path, {**low, "sampai": 2.5}, high)
    assert any("band B: some value between" in p for p in apart)
    over = _bands(tmp_path, {**low, "sampai": 3.5}, high)
    assert any("band B overlaps" in p for p in over)
    # the top of the scale outside the last band
    top = _bands(tmp_path, low, {**high, "sampai_termasuk": False})
    assert any("the highest band must end at 5, 5 included" in p for p in top)
    # either edge rule is fine when each edge is in exactly one band
    upper = _built(tmp_path, {**low, "sampai_termasuk": True}, {**high, "dari_termasuk": False})
    assert [b.name for b in upper.bands] == ["A", "B"]
    assert upper.band_of(Fraction(3)).name == "A"
    assert _built(tmp_path, low, high).band_of(Fraction(3)).name == "B"


def _built(tmp_path: Path, *rows: dict[str, object]) -> Framework:
    data = _table()
    data["predikat"] = list(rows)
    path = tmp_path / "spbe-2020.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return build(yamlsafe.load(path), "test")


def test_band_levels_name_every_level_in_order(tmp_path: Path) -> None:
    rows = [
        {"nama": "A", "dari": 1, "sampai": 3, "level": 1},
        {"nama": "B", "dari": 3, "level": 2},
    ]
    problems = _bands(tmp_path, *rows)
    assert any("band levels must be given for every band, 1 to 5" in p for p in problems)


def test_integrity_unknown_key_has_position(tmp_path: Path) -> None:
    data = _table(bobot_total=100)
    problems = _problems(data, tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'spbe-2020.yaml'}:")
    assert "bobot_total" in problems[0]


def test_extra_folder_adds_and_replaces(tmp_path: Path) -> None:
    data = _table(status="sementara", catatan_status="uji")
    (tmp_path / "spbe-2020.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    replaced = load_catalog([tmp_path])
    framework = replaced.get("spbe-2020")
    assert framework is not None
    assert framework.provisional
    assert framework.origin == str(tmp_path / "spbe-2020.yaml")


def test_extra_folder_file_name_must_match(tmp_path: Path) -> None:
    (tmp_path / "lain.yaml").write_text(
        yaml.safe_dump(_table(), allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        load_catalog([tmp_path])
    assert "must match the file name 'lain'" in str(caught.value)


def test_missing_extra_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_catalog([tmp_path / "tidak-ada"])

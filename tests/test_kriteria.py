"""Per-level criteria stored in the weight tables: complete, aligned with the references."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.frameworks import Catalog, build, load_catalog
from spbe_cli.frameworks.criteria import FileCriteria
from tests.tables import build_table, table_text

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

CATALOG: Catalog = load_catalog()


@pytest.mark.parametrize("framework_id", sorted(CATALOG.frameworks))
def test_every_indicator_has_criteria_for_every_level(framework_id: str) -> None:
    framework = CATALOG.frameworks[framework_id]
    levels = list(range(framework.level_min, framework.level_max + 1))
    for indicator in framework.indicators:
        criteria = framework.criteria_of(indicator)
        assert sorted(criteria) == levels, indicator.id
        for level, text in criteria.items():
            assert len(text.split()) >= 4 and text.endswith("."), (indicator.id, level)


@pytest.mark.parametrize("framework_id", sorted(CATALOG.frameworks))
def test_every_table_says_what_its_criteria_are(framework_id: str) -> None:
    framework = CATALOG.frameworks[framework_id]
    assert framework.criteria.kind in ("parafrase", "generik")
    assert framework.criteria.note


def test_spbe_2018_criteria_are_marked_generic_and_secondary() -> None:
    framework = CATALOG.frameworks["spbe-2018"]
    assert framework.criteria.kind == "generik"
    assert "sekunder" in framework.criteria.note
    assert framework.level_names == {}  # official names unknown: none are invented
    assert all(framework.names_of_levels(i) == {} for i in framework.indicators)


def test_spbe_2020_has_47_indicators_and_the_two_sets_of_level_names() -> None:
    framework = CATALOG.frameworks["spbe-2020"]
    assert [i.id for i in framework.indicators] == [str(n) for n in range(1, 48)]
    process = framework.names_of_levels(framework.by_id["31"])
    service = framework.names_of_levels(framework.by_id["32"])
    assert list(process.values()) == [
        "Rintisan",
        "Terkelola",
        "Terdefinisi",
        "Terpadu dan Terukur",
        "Optimum",
    ]
    assert " ".join(service.values()) == "Informasi Interaksi Transaksi Kolaborasi Optimum"
    assert all(framework.names_of_levels(framework.by_id[str(n)]) == service for n in range(32, 48))


def test_pemdi_level_names() -> None:
    framework = CATALOG.frameworks["pemdi-2026"]
    names = framework.names_of_levels(framework.by_id["1"])
    assert list(names.values()) == ["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"]


# Facts from the references that pin each criterion to its level: a table shifted by one
# level, or criteria filed under the wrong indicator, fails here.
REFERENCE_FACTS = [
    # the score ranges as printed on pp. 16-21 (rendered page), each edge on its printed side
    ("pemdi-2026", "5", {1: "0 sampai 12,5 (12,5 termasuk)", 2: "di atas 12,5 sampai 37,5"}),
    ("pemdi-2026", "5", {3: "di atas 37,5 sampai 62,5", 4: "di atas 62,5 sampai 75"}),
    ("pemdi-2026", "5", {5: "di atas 75 sampai 100"}),
    ("pemdi-2026", "6", {1: "di atas 1 sampai 1,50", 2: "di atas 1,50 sampai 2,50"}),
    ("pemdi-2026", "6", {3: "di atas 2,50 sampai 3,50", 4: "di atas 3,50 sampai 4,00"}),
    ("pemdi-2026", "6", {5: "di atas 4,00 sampai 5,00"}),
    ("pemdi-2026", "7", {1: "di bawah 1,8", 2: "1,8 sampai di bawah 2,60"}),
    ("pemdi-2026", "7", {3: "2,60 sampai di bawah 3,50", 4: "3,50 sampai di bawah 4,20"}),
    ("pemdi-2026", "7", {5: "di atas 4,20 dan di bawah 5,00"}),
    ("pemdi-2026", "3", {2: "90%", 4: "AI"}),
    ("pemdi-2026", "9", {4: "eksternal", 5: "eksternal"}),
    ("spbe-2020", "2", {3: "Tujuh muatan"}),
    ("spbe-2020", "11", {4: "Arsitektur SPBE Nasional"}),
    ("spbe-2020", "22", {4: "risiko"}),  # moved from level 3 to 4 by Pedoman 3/2024
    ("spbe-2020", "25", {3: "enam bidang"}),
    ("spbe-2020", "29", {3: "internal", 4: "eksternal"}),
    ("spbe-2020", "36", {1: "satu arah", 2: "berinteraksi", 4: "berkolaborasi"}),
    ("spbe-2020", "45", {4: "MPP Digital", 5: "80%"}),
    ("spbe-2018", "1", {0: "Belum ada", 1: "konsep"}),
    ("spbe-2018", "25", {0: "belum memiliki sistem", 1: "satu arah", 3: "transaksi"}),
    ("spbe-2018", "35.3", {4: "berkolaborasi"}),
]


@pytest.mark.parametrize(("framework_id", "indicator_id", "facts"), REFERENCE_FACTS)
def test_criteria_sit_at_the_level_the_reference_gives(
    framework_id: str, indicator_id: str, facts: dict[int, str]
) -> None:
    framework = CATALOG.frameworks[framework_id]
    criteria = framework.criteria_of(framework.by_id[indicator_id])
    for level, phrase in facts.items():
        assert phrase in criteria[level], (indicator_id, level)


def test_pedoman_2024_changes_are_noted_on_the_indicator() -> None:
    framework = CATALOG.frameworks["spbe-2020"]
    noted = [i.id for i in framework.indicators if "3/2024" in i.note]
    assert len(noted) >= 40
    assert "Tim Koordinasi SPBE" in framework.by_id["19"].note  # renamed indicator


def test_a_criterion_outside_the_scale_is_refused() -> None:
    extra = {1: '    kriteria: {1: "Satu.", 6: "Enam."}'}
    with pytest.raises(InputError) as caught:
        build_table(["100"], indicator_extra=extra)
    assert "level 6 is outside the scale 1-5" in str(caught.value)


def test_criteria_kind_must_be_known() -> None:
    extra = "keterangan_kriteria: {sifat: resmi, catatan: x}\n"
    with pytest.raises(InputError) as caught:
        build_table(["100"], extra=extra)
    assert "keterangan_kriteria" in str(caught.value)


@pytest.mark.parametrize("framework_id", sorted(CATALOG.frameworks))
def test_shipped_tables_keep_their_criteria_in_their_own_file(framework_id: str) -> None:
    """The table every run loads holds no criteria; they are read on first use only."""
    folder = Path(__file__).parent.parent / "weights"
    assert "kriteria:" not in (folder / f"{framework_id}.yaml").read_text(encoding="utf-8")
    criteria_file = folder / "kriteria" / f"{framework_id}.yaml"
    reads: list[str] = []

    def read() -> str:
        reads.append(framework_id)
        return criteria_file.read_text(encoding="utf-8")

    table = (folder / f"{framework_id}.yaml").read_text(encoding="utf-8")
    source = FileCriteria(str(criteria_file), read)
    framework = build(yamlsafe.parse(table, framework_id), "bawaan", source)
    assert reads == []
    assert len(framework.criteria.by_indicator) == len(framework.indicators)
    assert framework.criteria_of(framework.indicators[-1])
    assert reads == [framework_id]  # once


def test_criteria_in_the_table_and_in_a_file_are_refused() -> None:
    text = table_text(["100"], indicator_extra={1: '    kriteria: {1: "Satu."}'})
    criteria = FileCriteria("kriteria/uji.yaml", lambda: "")
    with pytest.raises(InputError) as caught:
        build(yamlsafe.parse(text, "uji.yaml"), "uji.yaml", criteria)
    assert "kriteria/uji.yaml" in str(caught.value)


def test_bad_criteria_in_a_criteria_file_surface_on_first_use() -> None:
    text = table_text(["100"])
    body = (
        'kerangka: uji\nsifat: parafrase\ncatatan: x\nindikator:\n  "1":\n    1: "Satu."\n'
        '    9: x\n  "2": {1: x}\n'
    )
    framework = build(
        yamlsafe.parse(text, "uji.yaml"),
        "uji.yaml",
        FileCriteria("kriteria/uji.yaml", lambda: body),
    )
    with pytest.raises(InputError) as caught:
        framework.criteria_of(framework.indicators[0])
    lines = str(caught.value).splitlines()
    assert lines == [
        "kriteria/uji.yaml:7:5: level 9 is outside the scale 1-5",
        "kriteria/uji.yaml:8:3: indikator 2 is not an indicator of uji",
    ]

"""`spbe init --tahun N --dari FILE`: next year's file from this year's. Within one kerangka:
pj, levels as the mandiri stage, penjelasan, evidence back to draf, targets still ahead, open
recommendations. Across kerangka: only what a mapping table ties with `primer` confidence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from spbe_cli import api, i18n
from spbe_cli.scoring import score
from tests.team_support import CATALOG, TEAM, levels_of, plain, run

pytestmark = pytest.mark.usefixtures("english")


def stage_values(path: Path) -> dict[str, Any]:
    return {str(k): v["level"] for k, v in plain(path)["indikator"].items()}


def test_same_kerangka_carries_the_year_forward(tmp_path: Path) -> None:
    out = tmp_path / "baru" / "jawaban-2027.yaml"
    out.parent.mkdir()
    result = run("init", "--tahun", "2027", "--dari", TEAM, "-o", out)
    assert result.exit_code == 0, result.output
    old, new = plain(TEAM), plain(out)
    assert new["tahun"] == 2027 and new["instansi"] == old["instansi"]
    # levels as the mandiri stage: the value scored last year (9: its dokumen stage)
    stages = stage_values(out)
    assert set(stages) == {str(k) for k in old["indikator"]}
    assert {k: Fraction(str(v["mandiri"]).strip('"')) for k, v in stages.items()} == levels_of(TEAM)
    assert stages["11"] == {"mandiri": "7/3"}
    entries = {str(k): v for k, v in new["indikator"].items()}
    for key, entry in old["indikator"].items():
        assert entries[str(key)].get("pj") == entry.get("pj")
        assert entries[str(key)].get("penjelasan") == entry.get("penjelasan")
    # targets still ahead only: 3 (level 3, target 3) reached, 17 (3 -> 4) ahead
    assert "target" not in entries["3"] and entries["17"]["target"] == 4
    assert "target_predikat was reached; not carried" in result.output
    assert new["target_indeks"] == 3 and "target_predikat" not in new  # Baik was reached
    # evidence back to draf, paths still pointing at the same files
    items = entries["1"]["data_dukung"]
    assert {i["status"] for i in items} == {"draf"}
    assert os.path.normpath(out.parent / items[0]["berkas"]) == os.path.normpath(
        TEAM.parent / "bukti/01/pergub-tata-kelola.pdf"
    )
    # open recommendations only, statuses kept
    assert [r["id"] for r in new["rekomendasi"]] == ["R2025-07"]  # R2025-08 was selesai
    assert entries["12"]["rekomendasi"][0]["status"] == "proses"
    assert "indicator targets already reached are not carried: 3" in result.output
    # the new file is valid and, at the mandiri stage, scores as last year's final values did
    answers = api.read(str(out), CATALOG)
    assert score(answers).index == score(api.read(str(TEAM), CATALOG)).index


def test_assessors_notes_are_dropped(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    text = TEAM.read_text(encoding="utf-8").replace(
        "      - {berkas: bukti/03/laporan-pelatihan-2025.pdf, level: 3, status: diunggah}",
        "      - {berkas: bukti/03/laporan-pelatihan-2025.pdf, level: 3, status: revisi,"
        " catatan: belum ditandatangani, berlaku_sampai: 2027-01-31}",
    )
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "b.yaml"
    assert run("init", "--tahun", "2027", "--dari", source, "-o", out).exit_code == 0
    item = plain(out)["indikator"]["3"]["data_dukung"][2]
    assert item == {
        "berkas": "bukti/03/laporan-pelatihan-2025.pdf",
        "level": 3,
        "status": "draf",
        "berlaku_sampai": item["berlaku_sampai"],
    }
    assert str(item["berlaku_sampai"]) == "2027-01-31"


MAPPING = """dari: spbe-2020
ke: pemdi-2026
nama: Pemetaan uji
indikator:
  - {{lama: ["11"], baru: ["1"], keyakinan: primer}}
  - {{lama: ["13", "14"], baru: ["2"], keyakinan: primer}}
  - {{lama: ["26"], baru: ["3"], keyakinan: primer}}
  - {{lama: ["10"], baru: ["4"], keyakinan: sebagian}}
  - {{lama: [{old}], baru: [], keyakinan: dugaan}}
  - {{lama: [], baru: [{new}], keyakinan: dugaan}}
aspek:
  - {{lama: [A2], baru: [A1], keyakinan: primer}}
  - {{lama: [A1, A3, A4, A5, A6, A7, A8], baru: [A2, A3, A4, A5, A6, A7], keyakinan: dugaan}}
"""


@contextmanager
def in_english() -> Iterator[None]:
    """What the `english` fixture does, for the setup of a module-scoped fixture."""
    before = i18n.current()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPBE_BAHASA", "en")
        i18n.use("en")
        try:
            yield
        finally:
            i18n.use(before)


def write_mapping_folder(folder: Path) -> Path:
    """A weights folder whose spbe-2020 -> pemdi-2026 table is MAPPING."""
    weights = folder / "tabel"
    (weights / "pemetaan").mkdir(parents=True)
    taken = {"10", "11", "13", "14", "26"}
    old_rest = ", ".join(f'"{n}"' for n in range(1, 48) if str(n) not in taken)
    new_rest = ", ".join(f'"{n}"' for n in range(5, 21))
    table = MAPPING.format(old=old_rest, new=new_rest)
    (weights / "pemetaan" / "spbe-2020_pemdi-2026.yaml").write_text(table, encoding="utf-8")
    return weights


def write_2025_source(folder: Path) -> Path:
    """A spbe-2020 file whose indicators 10, 11, 13, 14 and 26 have pj, targets, advice."""
    entries = {str(n): "2" for n in range(1, 48)}
    entries["11"] = (
        "{level: 3, pj: Bappeda, target: 4, rekomendasi: [{id: R1, teks: Reviu arsitektur, "
        "status: proses}, {teks: Selesai, status: selesai}]}"
    )
    entries["13"] = "{level: 2, pj: Bappeda}"
    entries["14"] = "{level: 2, pj: Inspektorat}"
    entries["26"] = "{level: 4, pj: BKD, penjelasan: ada}"
    entries["10"] = "{level: 2, pj: Setda, rekomendasi: [{teks: Kebijakan tim}]}"
    lines = ["tahun: 2025", "instansi: Kabupaten Uji", "target_indeks: 3", "rekomendasi:"]
    lines += [
        "  - {teks: Umum, status: belum}",
        "  - {teks: Soal 26, indikator: '26'}",
        "  - {teks: Soal 10, indikator: '10'}",
        "  - {teks: Soal aspek, aspek: A2}",
        "indikator:",
    ]
    lines += [f'  "{k}": {v}' for k, v in entries.items()]
    source = folder / "jawaban-2025.yaml"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


@dataclass(frozen=True)
class Carried:
    out: Path  # the 2026 file written by `spbe init --dari`
    new: dict[str, Any]  # it, read with PyYAML
    output: str  # what the command said


@pytest.fixture(scope="module")
def across(tmp_path_factory: pytest.TempPathFactory) -> Carried:
    """The 2025 file carried into pemdi-2026 through MAPPING (in English), once."""
    folder = tmp_path_factory.mktemp("across")
    weights, source = write_mapping_folder(folder), write_2025_source(folder)
    out = folder / "jawaban-2026.yaml"
    with in_english():
        result = run("init", "--tahun", "2026", "--dari", source, "-o", out, "--weights", weights)
    assert result.exit_code == 0, result.output
    return Carried(out, plain(out), result.output)


def indicators(carried: Carried) -> dict[str, Any]:
    return {str(k): v for k, v in carried.new["indikator"].items()}


def test_across_kerangka_only_primer_ties_move(across: Carried) -> None:
    got = indicators(across)
    assert got["1"]["pj"] == "Bappeda"
    assert got["1"]["rekomendasi"] == [
        {"id": "R1", "teks": "Reviu arsitektur", "status": "proses"}
    ]  # open only, and its pj is the indicator's
    assert "pj" not in got["2"]  # Bappeda and Inspektorat both map to 2
    assert got["3"]["pj"] == "BKD" and not got["3"].get("penjelasan")
    assert "pj" not in got["4"]  # only `sebagian`


def test_across_kerangka_levels_and_targets_stay_behind(across: Carried) -> None:
    got = indicators(across)
    assert all(v["level"] == 1 for v in got.values())  # levels stay behind
    assert "target" not in got["1"] and "target_indeks" not in across.new
    assert api.read(str(across.out), CATALOG).framework.id == "pemdi-2026"


def test_across_kerangka_recommendations_follow_primer_ties(across: Carried) -> None:
    assert [(r["teks"], r.get("indikator"), r.get("aspek")) for r in across.new["rekomendasi"]] == [
        ("Umum", None, None),
        ("Soal 26", "3", None),
        ("Soal aspek", None, "A1"),
    ]


def test_across_kerangka_says_what_was_not_carried(across: Carried) -> None:
    output = across.output
    assert "indicator 2: the old owners differ (Bappeda, Inspektorat)" in output
    assert "not carried (no primer mapping to one indicator): 10 (sebagian)" in output
    assert "recommendations not carried" in output and "Soal 10" in output
    assert "levels, penjelasan, evidence and targets stay with spbe-2020" in output


def test_across_kerangka_without_a_table(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    source = TEAM.parent / "kota-contoh-2019.yaml"
    result = run("init", "--tahun", "2026", "--dari", source, "-o", out)
    assert result.exit_code == 0, result.output
    assert "no mapping table spbe-2018 -> pemdi-2026" in result.output
    assert all(v["level"] == 1 for v in plain(out)["indikator"].values())


def test_init_dari_never_writes_over_its_source(tmp_path: Path) -> None:
    copy = tmp_path / "a.yaml"
    copy.write_text(TEAM.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("init", "--tahun", "2027", "--dari", copy, "-o", copy, "--force")
    assert result.exit_code == 2 and copy.read_text(encoding="utf-8") == TEAM.read_text(
        encoding="utf-8"
    )

"""The issue's done-when, end to end: a coordinator splits the 2026 file into forms for six
offices, gets back four workbooks and two YAML files, merges them, and a CI run reports the
score, the late follow-ups and the distance to target; a conflict between two offices is
refused, not silently resolved."""

from __future__ import annotations

import json
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.answerfiles import raw_weights, shown
from tests.team_support import TEAM, levels_of, plain, run

pytestmark = pytest.mark.usefixtures("english")
DAY = "2026-07-15"


def fill_in(path: Path, levels: dict[str, float], recs: dict[str, tuple[str, str]]) -> None:
    """What an office does in Excel: type levels, a follow-up and a status."""
    book = load_workbook(path)
    form, rec_sheet = book["Form"], book["Recommendations"]
    assert isinstance(form, Worksheet) and isinstance(rec_sheet, Worksheet)
    columns = {str(c.value): c.column_letter for c in form[6] if c.value is not None}
    rows = {str(c.value): c.row for c in form["A"] if c.row >= 7}
    for indicator, value in levels.items():
        form[f"{columns['value']}{rows[indicator]}"] = value
    rec_rows = {rec_sheet[f"D{r}"].value: r for r in range(4, rec_sheet.max_row + 1)}
    for rec_id, (follow_up, status) in recs.items():
        rec_sheet[f"I{rec_rows[rec_id]}"] = follow_up
        rec_sheet[f"J{rec_rows[rec_id]}"] = status
    book.save(path)


def test_six_offices_four_workbooks_two_yaml_files(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    answers = repo / "jawaban-2026.yaml"
    shutil.copy(TEAM, answers)
    assert run("split", answers, "--by", "pj", "-o", repo / "xlsx", "-f", "xlsx").exit_code == 0
    assert run("split", answers, "--by", "pj", "-o", repo / "yaml").exit_code == 0
    assert len(list((repo / "xlsx").iterdir())) == len(list((repo / "yaml").iterdir())) == 6

    back = repo / "kembali"
    back.mkdir()
    for office in ("bappeda", "biro-organisasi", "diskominfo", "dpmptsp"):
        shutil.copy(repo / "xlsx" / f"{office}.xlsx", back)
    for office in ("bkd", "biro-hukum"):
        shutil.copy(repo / "yaml" / f"{office}.yaml", back)
    fill_in(back / "bappeda.xlsx", {"4": 3}, {"R2025-02": ("MoU disiapkan", "proses")})
    done = {"R2025-01": ("Reviu selesai", "selesai")}
    fill_in(back / "biro-organisasi.xlsx", {"1": 3, "2": 3}, done)
    fill_in(back / "diskominfo.xlsx", {"12": 3, "18": 3}, {"R2025-04": ("CSIRT ada", "selesai")})
    fill_in(back / "dpmptsp.xlsx", {"19": 3.25}, {})
    hukum = back / "biro-hukum.yaml"
    hukum.write_text(
        hukum.read_text(encoding="utf-8")
        .replace("    level: 2\n", "    level: 3\n")
        .replace("        status: belum\n", "        status: proses\n"),
        encoding="utf-8",
    )
    bkd = back / "bkd.yaml"
    bkd.write_text(
        bkd.read_text(encoding="utf-8").replace(
            "    pj: BKD\n",
            "    pj: BKD\n    penjelasan: Rencana pengembangan SDM 2026 disahkan.\n",
        ),
        encoding="utf-8",
    )

    merged = repo / "jawaban-2026-gabungan.yaml"
    result = run("merge", back, "-o", merged)
    assert result.exit_code == 0, result.output
    assert "6 forms merged, 20 indicators from the forms, 20 filled in" in result.output

    # ---- the CI run
    assert run("validate", merged).exit_code == 0
    expected = {**levels_of(TEAM), "4": Fraction(3), "1": Fraction(3), "2": Fraction(3)}
    expected |= {"12": Fraction(3), "18": Fraction(3), "19": Fraction("3.25"), "8": Fraction(3)}
    assert levels_of(merged) == expected
    weights = raw_weights("pemdi-2026")
    index = sum((expected[i] * weights[i] for i in weights), Fraction(0)) / 100
    scored = json.loads(run("score", merged, "-f", "json").stdout)
    assert Fraction(scored["indeks_tepat"]) == index
    assert (
        plain(merged)["indikator"]["3"]["penjelasan"] == "Rencana pengembangan SDM 2026 disahkan."
    )

    followup = run("followup", merged, "--tanggal", DAY, "--fail-on-overdue", "-f", "json")
    assert followup.exit_code == 1
    late = sorted(r["id"] for r in json.loads(followup.stdout) if r["terlambat"])
    assert late == ["R2025-02", "R2025-07"]  # R2025-01 and R2025-04 were closed in Excel
    assert "2 recommendations late on 2026-07-15" in followup.stderr

    progress = json.loads(run("progress", merged, "--tanggal", DAY, "-f", "json").stdout)
    assert progress["target"]["indeks_tercapai"] is (index >= 3)
    assert progress["target"]["selisih"] == float(shown(max(3 - index, Fraction(0))))
    below = {r["pj"]: r["di_bawah_target"] for r in progress["pj"]}
    assert below["Biro Organisasi"] == ["15"] and below["Biro Hukum"] == []

    diff = json.loads(run("diff", answers, merged, "-f", "json").stdout)
    assert sorted(c["id"] for c in diff["rekomendasi_selesai"]) == ["R2025-01", "R2025-04"]

    # ---- two offices answer the same indicator differently: refused, nothing written
    organisasi = repo / "yaml" / "biro-organisasi.yaml"
    clash = back / "biro-organisasi-lagi.yaml"
    clash.write_text(
        organisasi.read_text(encoding="utf-8") + '  "4":\n    level: 4\n    pj: Bappeda\n',
        encoding="utf-8",
    )
    refused = repo / "tidak-ditulis.yaml"
    result = run("merge", back / "bappeda.xlsx", clash, "-o", refused)
    assert result.exit_code == 3 and not refused.exists()
    assert f"{back / 'bappeda.xlsx'} (Form!A7)" in result.output
    assert f"{clash}:" in result.output and "conflict in indikator 4" in result.output

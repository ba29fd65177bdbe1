"""The issue's done-when, end to end: a coordinator splits the 2026 file into forms for six
offices, gets back four workbooks and two YAML files, merges them, and a CI run reports the
score, the late follow-ups and the distance to target; a conflict between two offices is
refused, not silently resolved."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli import i18n
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
        form[f"{columns['Value']}{rows[indicator]}"] = value
    rec_rows = {rec_sheet[f"D{r}"].value: r for r in range(4, rec_sheet.max_row + 1)}
    for rec_id, (follow_up, status) in recs.items():
        rec_sheet[f"I{rec_rows[rec_id]}"] = follow_up
        rec_sheet[f"J{rec_rows[rec_id]}"] = status
    book.save(path)


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


@dataclass(frozen=True)
class Round:
    """One round of the coordinator's work: the files and what merging them printed."""

    repo: Path  # the coordinator's repository: the answers, the split forms
    answers: Path  # this year's file, as split
    back: Path  # the forms that came back, filled in
    merged: Path  # what `spbe merge` wrote from them
    merge_output: str


def split_and_return(repo: Path, answers: Path) -> Path:
    """Split for six offices in both formats; four send back a workbook, two a YAML file."""
    assert run("split", answers, "--by", "pj", "-o", repo / "xlsx", "-f", "xlsx").exit_code == 0
    assert run("split", answers, "--by", "pj", "-o", repo / "yaml").exit_code == 0
    back = repo / "kembali"
    back.mkdir()
    for office in ("bappeda", "biro-organisasi", "diskominfo", "dpmptsp"):
        shutil.copy(repo / "xlsx" / f"{office}.xlsx", back)
    for office in ("bkd", "biro-hukum"):
        shutil.copy(repo / "yaml" / f"{office}.yaml", back)
    return back


def offices_fill_in(back: Path) -> None:
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


@pytest.fixture(scope="module")
def merged_round(tmp_path_factory: pytest.TempPathFactory) -> Round:
    """Split, filled in by the offices, merged: done once (in English), read by every test."""
    repo = tmp_path_factory.mktemp("e2e") / "repo"
    repo.mkdir()
    answers = repo / "jawaban-2026.yaml"
    shutil.copy(TEAM, answers)
    merged = repo / "jawaban-2026-gabungan.yaml"
    with in_english():
        back = split_and_return(repo, answers)
        offices_fill_in(back)
        result = run("merge", back, "-o", merged)
    assert result.exit_code == 0, result.output
    return Round(repo, answers, back, merged, result.output)


def expected_levels() -> dict[str, Fraction]:
    """The team file's levels with what the offices typed in."""
    expected = {**levels_of(TEAM), "4": Fraction(3), "1": Fraction(3), "2": Fraction(3)}
    expected |= {"12": Fraction(3), "18": Fraction(3), "19": Fraction("3.25"), "8": Fraction(3)}
    return expected


def expected_index() -> Fraction:
    expected, weights = expected_levels(), raw_weights("pemdi-2026")
    return sum((expected[i] * weights[i] for i in weights), Fraction(0)) / 100


def test_six_offices_four_workbooks_two_yaml_files(merged_round: Round) -> None:
    repo = merged_round.repo
    assert len(list((repo / "xlsx").iterdir())) == len(list((repo / "yaml").iterdir())) == 6
    assert "6 forms merged, 20 indicators from the forms, 20 filled in" in merged_round.merge_output


def test_the_merged_file_is_valid_and_scores_what_the_offices_typed(merged_round: Round) -> None:
    merged = merged_round.merged
    assert run("validate", merged).exit_code == 0
    assert levels_of(merged) == expected_levels()
    scored = json.loads(run("score", merged, "-f", "json").stdout)
    assert Fraction(scored["indeks_tepat"]) == expected_index()
    assert (
        plain(merged)["indikator"]["3"]["penjelasan"] == "Rencana pengembangan SDM 2026 disahkan."
    )


def test_followup_fails_on_the_recommendations_still_late(merged_round: Round) -> None:
    args = ("--tanggal", DAY, "--fail-on-overdue", "-f", "json")
    followup = run("followup", merged_round.merged, *args)
    assert followup.exit_code == 1
    late = sorted(r["id"] for r in json.loads(followup.stdout) if r["terlambat"])
    assert late == ["R2025-02", "R2025-07"]  # R2025-01 and R2025-04 were closed in Excel
    assert "2 recommendations late on 2026-07-15" in followup.stderr


def test_progress_gives_the_distance_to_target_and_each_pj_below_it(merged_round: Round) -> None:
    index = expected_index()
    progress = json.loads(
        run("progress", merged_round.merged, "--tanggal", DAY, "-f", "json").stdout
    )
    assert progress["target"]["indeks_tercapai"] is (index >= 3)
    assert progress["target"]["selisih"] == float(shown(max(3 - index, Fraction(0))))
    below = {r["pj"]: r["di_bawah_target"] for r in progress["pj"]}
    assert below["Biro Organisasi"] == ["15"] and below["Biro Hukum"] == []


def test_diff_lists_the_recommendations_closed_in_the_forms(merged_round: Round) -> None:
    diff = json.loads(run("diff", merged_round.answers, merged_round.merged, "-f", "json").stdout)
    assert sorted(c["id"] for c in diff["rekomendasi_selesai"]) == ["R2025-01", "R2025-04"]


def test_two_offices_answering_one_indicator_differently_are_refused(
    merged_round: Round, tmp_path: Path
) -> None:
    """Refused, nothing written."""
    organisasi = merged_round.repo / "yaml" / "biro-organisasi.yaml"
    clash = tmp_path / "biro-organisasi-lagi.yaml"
    clash.write_text(
        organisasi.read_text(encoding="utf-8") + '  "4":\n    level: 4\n    pj: Bappeda\n',
        encoding="utf-8",
    )
    refused = tmp_path / "tidak-ditulis.yaml"
    bappeda = merged_round.back / "bappeda.xlsx"
    result = run("merge", bappeda, clash, "-o", refused)
    assert result.exit_code == 3 and not refused.exists()
    assert f"{bappeda} (Form!A7)" in result.output
    assert f"{clash}:" in result.output and "conflict in indikator 4" in result.output

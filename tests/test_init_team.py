"""A way into team work from `spbe init` (issue 17 §2): `--pj NAMA=ID,ID-ID` writes each
indicator's owner, so that `spbe split` makes one form per owner; without it the file still
shows, in comments, that `pj:`, `target:`, `target_indeks` and `target_predikat` exist."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.team_support import CATALOG, plain, run

pytestmark = pytest.mark.usefixtures("english")


def test_init_pj_then_split_gives_one_form_per_owner(tmp_path: Path) -> None:
    source = tmp_path / "jawaban.yaml"
    result = run(
        "init", "--tahun", "2026", "-o", source,
        "--pj", "Diskominfo=9-14,18", "--pj", "Biro Organisasi = 1, 2,15", "--pj", "BKD=3",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert run("validate", source).exit_code == 0
    owners = {k: v.get("pj") for k, v in plain(source)["indikator"].items()}
    diskominfo = ["9", "10", "11", "12", "13", "14", "18"]
    assert sorted(k for k, v in owners.items() if v == "Diskominfo") == sorted(diskominfo)
    assert sorted(k for k, v in owners.items() if v == "Biro Organisasi") == ["1", "15", "2"]
    split = run("split", source, "-o", tmp_path / "f")
    assert split.exit_code == 0, split.output
    forms = {p.name: sorted(plain(p)["indikator"], key=int) for p in (tmp_path / "f").iterdir()}
    rest = [i.id for i in CATALOG.frameworks["pemdi-2026"].indicators]
    rest = [i for i in rest if i not in {*diskominfo, "1", "2", "15", "3"}]
    assert forms == {
        "diskominfo.yaml": sorted(diskominfo, key=int),
        "biro-organisasi.yaml": ["1", "2", "15"],
        "bkd.yaml": ["3"],
        "tanpa-pj.yaml": rest,
    }


def test_ranges_follow_the_kerangka_order(tmp_path: Path) -> None:
    """spbe-2020 has no sub-ids; a range runs over the kerangka's ids from one end to the
    other, whichever is written first."""
    source = tmp_path / "a.yaml"
    assert run("init", "--tahun", "2024", "-o", source, "--pj", "Bappeda=7-4").exit_code == 0
    owners = {k: v.get("pj") for k, v in plain(source)["indikator"].items()}
    assert sorted(k for k, v in owners.items() if v) == ["4", "5", "6", "7"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["Diskominfo=9-14,99"], "--pj Diskominfo=9-14,99: indicator 99 is not in pemdi-2026"),
        (["Diskominfo=9-14", "BKD=14"], "indicator 14 is given to Diskominfo and to BKD"),
        (["Diskominfo"], "--pj Diskominfo: write NAME=ID,ID-ID"),
        (["=1"], "--pj =1: write NAME=ID,ID-ID"),
        (["Diskominfo=1,,2"], "--pj Diskominfo=1,,2: write NAME=ID,ID-ID"),
        (["Diskominfo=1-2-3"], "--pj Diskominfo=1-2-3: write NAME=ID,ID-ID"),
    ],
)
def test_what_cannot_be_read_is_refused(tmp_path: Path, values: list[str], message: str) -> None:
    out = tmp_path / "a.yaml"
    args = [a for v in values for a in ("--pj", v)]
    result = run("init", "--tahun", "2026", "-o", out, *args)
    assert result.exit_code == 2 and not out.exists()
    assert message in result.output, result.output


def test_pj_does_not_go_with_dari(tmp_path: Path) -> None:
    old = tmp_path / "2025.yaml"
    assert run("init", "--tahun", "2025", "-o", old).exit_code == 0
    result = run("init", "--tahun", "2026", "--dari", old, "--pj", "BKD=1")
    assert result.exit_code == 2 and "--pj does not go with --dari" in result.output


def test_a_new_file_shows_the_team_fields_in_comments(tmp_path: Path) -> None:
    text = run("init", "--tahun", "2026").stdout
    lines = text.splitlines()
    first = lines.index('  "1":')
    assert lines[first + 4].startswith("    # pj: Diskominfo  # the owner (optional)")
    assert lines[first + 5].startswith("    # target: 3  # this year's target level")
    assert "#     pj: Diskominfo" in text and "# target_indeks:" in text
    assert "# target_predikat:    # or its predikat: Kurang, Cukup, Baik" in text
    # uncommented, the examples are an answer file's fields
    source = tmp_path / "a.yaml"
    filled = (
        text.replace("    # pj: Diskominfo ", "    pj: Diskominfo ")
        .replace("    # target: 3 ", "    target: 3 ")
        .replace("# target_indeks:     ", "target_indeks: 3.00")
    )
    source.write_text(filled, encoding="utf-8")
    assert run("validate", source).exit_code == 0, run("validate", source).output
    data = yaml.safe_load(filled)
    assert data["indikator"]["1"]["pj"] == "Diskominfo" and data["indikator"]["1"]["target"] == 3
    assert data["target_indeks"] == 3.0


def test_owners_from_a_file_one_line_each(tmp_path: Path) -> None:
    owners = tmp_path / "pj.txt"
    owners.write_text(
        "# pj tahun 2026\nDiskominfo = 9-14, 18\n\nBKD=3\n", encoding="utf-8"
    )  # fmt: skip
    source = tmp_path / "a.yaml"
    result = run("init", "--tahun", "2026", "-o", source, "--pj", f"@{owners}", "--pj", "X=1")
    assert result.exit_code == 0, result.output
    found = {k: v.get("pj") for k, v in plain(source)["indikator"].items() if v.get("pj")}
    assert found == {"1": "X", "3": "BKD"} | dict.fromkeys(
        ["9", "10", "11", "12", "13", "14", "18"], "Diskominfo"
    )
    owners.write_text("Diskominfo=9-14\nBKD=99\nBappeda\nBiro=14\n", encoding="utf-8")
    result = run("init", "--tahun", "2026", "-o", tmp_path / "b.yaml", "--pj", f"@{owners}")
    assert result.exit_code == 3 and not (tmp_path / "b.yaml").exists()
    lines = result.output.strip().splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{owners}:{n}:1" for n in (2, 3, 4)]
    assert "indicator 14 is given to Diskominfo and to Biro" in lines[2]
    missing = run("init", "--tahun", "2026", "--pj", f"@{tmp_path / 'tidak-ada.txt'}")
    assert missing.exit_code == 2 and "is not there or cannot be read" in missing.output

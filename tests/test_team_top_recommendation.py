"""A top-level recommendation that names an indicator (`indikator: "4"`) and no owner belongs to
that indicator's owner: in `followup` and `progress` it is counted under the indicator's pj, and
`split` puts it in that owner's form (by pj), in that indicator's aspect's form (by aspek) and
its domain's (by domain). Its own pj, when given, wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team_support import TEAM, plain, run

pytestmark = pytest.mark.usefixtures("english")
NAMED = (
    "  - {id: R9, teks: Satukan portal data, indikator: '4', status: belum, tenggat: 2026-01-31}\n"
)
OWNED = "  - {id: R8, teks: Susun SOP, indikator: '4', pj: BKD, status: belum}\n"
DAY = "2026-07-15"


def team_with_tops(folder: Path) -> Path:
    """The team sample plus R9 (names indicator 4, Bappeda's, no pj) and R8 (names 4, pj BKD)."""
    text = TEAM.read_text(encoding="utf-8").replace(
        "rekomendasi:\n", "rekomendasi:\n" + NAMED + OWNED, 1
    )
    path = folder / "tim.yaml"
    path.write_text(text, encoding="utf-8")
    assert plain(path)["indikator"][4]["pj"] == "Bappeda"
    return path


def test_followup_and_progress_count_it_under_the_indicators_owner(tmp_path: Path) -> None:
    path = team_with_tops(tmp_path)
    rows = json.loads(run("followup", path, "--tanggal", DAY, "-f", "json").stdout)
    owners = {r["id"]: (r["pj"], r["aspek"]) for r in rows}
    assert owners["R9"] == ("Bappeda", "A2")
    assert owners["R8"] == ("BKD", "A2")
    base = json.loads(run("progress", TEAM, "--tanggal", DAY, "-f", "json").stdout)
    more = json.loads(run("progress", path, "--tanggal", DAY, "-f", "json").stdout)
    before = {r["pj"]: r for r in base["pj"]}
    after = {r["pj"]: r for r in more["pj"]}
    assert after["Bappeda"]["rekomendasi_terbuka"] == before["Bappeda"]["rekomendasi_terbuka"] + 1
    assert (
        after["Bappeda"]["rekomendasi_terlambat"] == before["Bappeda"]["rekomendasi_terlambat"] + 1
    )
    assert after["BKD"]["rekomendasi_terbuka"] == before["BKD"]["rekomendasi_terbuka"] + 1


@pytest.mark.parametrize(
    ("by", "r9", "r8"),
    [
        ("pj", "bappeda.yaml", "bkd.yaml"),
        ("aspek", "a2-penyelenggara.yaml", "a2-penyelenggara.yaml"),
    ],
)
def test_split_puts_it_in_the_form_of_the_indicator(
    tmp_path: Path, by: str, r9: str, r8: str
) -> None:
    path = team_with_tops(tmp_path)
    forms = tmp_path / "f"
    result = run("split", path, "--by", by, "-o", forms)
    assert result.exit_code == 0, result.output
    holding = {
        rec["id"]: form.name
        for form in forms.iterdir()
        for rec in plain(form).get("rekomendasi") or ()
    }
    assert (holding["R9"], holding["R8"]) == (r9, r8)

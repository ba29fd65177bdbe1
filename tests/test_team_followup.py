"""`spbe followup`, follow-ups in `spbe report`, recommendations closed in `spbe diff`: checked
against a reading of the files by PyYAML and a lateness rule written out here."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.team_support import TEAM, plain, run

pytestmark = pytest.mark.usefixtures("english")
KEYS = [
    "berkas",
    "instansi",
    "id",
    "indikator",
    "aspek",
    "teks",
    "sumber",
    "pj",
    "tindak_lanjut",
    "status",
    "tenggat",
    "terlambat",
]


def expected(path: Path, day: date) -> list[dict[str, Any]]:
    """Every recommendation of a file, read by PyYAML, late by the rule of the issue: open
    (not `selesai`) and its tenggat before the day."""
    data = plain(path)
    found = []

    def one(rec: dict[str, Any], indicator: str | None, owner: str | None) -> None:
        status = rec.get("status", "belum")
        due = rec.get("tenggat")
        found.append(
            {
                "id": rec.get("id"),
                "indikator": indicator,
                "pj": rec.get("pj", owner),
                "status": status,
                "tenggat": due.isoformat() if due else None,
                "terlambat": status != "selesai" and due is not None and due < day,
            }
        )

    for rec in data.get("rekomendasi") or ():
        one(rec, rec.get("indikator"), None)
    for key, entry in data["indikator"].items():
        if isinstance(entry, dict):
            for rec in entry.get("rekomendasi") or ():
                one(rec, str(key), entry.get("pj"))
    return found


@pytest.mark.parametrize("day", ["2026-04-30", "2026-05-01", "2026-07-15", "2027-01-01"])
def test_every_recommendation_with_its_lateness(day: str) -> None:
    result = run("followup", TEAM, "--tanggal", day, "-f", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert all(list(row) == [*KEYS, "tanggal"] for row in rows)
    assert {row["tanggal"] for row in rows} == {day}  # the day lateness is judged on
    picked = [{k: row[k] for k in ("id", "indikator", "pj", "status", "tenggat", "terlambat")}
              for row in rows]  # fmt: skip
    assert sorted(picked, key=lambda r: r["id"]) == sorted(
        expected(TEAM, date.fromisoformat(day)), key=lambda r: r["id"]
    )
    assert {row["berkas"] for row in rows} == {str(TEAM)}
    by_id = {row["id"]: row for row in rows}
    assert by_id["R2025-07"]["aspek"] == "A4" and by_id["R2025-01"]["aspek"] == "A1"


def test_the_due_day_itself_is_not_late() -> None:
    due = date(2026, 4, 30)  # R2025-04, still open
    for day, late in ((due - timedelta(days=1), False), (due, False), (due + timedelta(1), True)):
        rows = json.loads(run("followup", TEAM, "--tanggal", day.isoformat(), "-f", "json").stdout)
        assert {r["id"]: r["terlambat"] for r in rows}["R2025-04"] is late


def test_fail_on_overdue_is_a_gate_with_the_report_still_on_stdout() -> None:
    result = run("followup", TEAM, "--tanggal", "2026-07-15", "--fail-on-overdue", "-f", "json")
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 7
    assert "4 recommendations late on 2026-07-15: R2025-07" in result.stderr
    early = run("followup", TEAM, "--tanggal", "2026-01-01", "--fail-on-overdue")
    assert early.exit_code == 0
    assert "late 0" in early.stdout


def test_a_folder_and_csv(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(TEAM.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("followup", tmp_path, "--tanggal", "2026-07-15", "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == KEYS and len(rows) == 15
    assert {r[0] for r in rows[1:]} == {str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")}
    table = run("followup", tmp_path, "--tanggal", "2026-07-15").stdout
    assert "Recommendations on 2026-07-15: 14, open 12, late 8" in table


def test_a_bad_day_is_a_usage_error() -> None:
    for bad in ("2026-02-30", "15-07-2026", "kemarin"):
        result = run("followup", TEAM, "--tanggal", bad)
        assert result.exit_code == 2 and "is not a date; write YYYY-MM-DD" in result.output


def test_open_follow_ups_and_targets_appear_in_the_report(tmp_path: Path) -> None:
    md = run("report", TEAM, "-o", "-", "--tanggal", "2026-07-15").stdout
    assert "## Recommendations still open" in md
    assert "6 recommendations still open on 2026-07-15; late ones are marked." in md
    assert "| **12** | **Diskominfo** | **proses (late)** | **2026-04-30** |" in md
    assert "R2025-08" not in md.split("## Recommendations still open")[1]  # closed: not listed
    assert "## Targets and realisation" in md
    assert (
        "Target index 3.00, predicate Developing (Baik); realised 2.57, Developing (Baik): not "
        "reached, "
        "short by 0.43" in md
    )
    out = tmp_path / "r.html"
    assert run("report", TEAM, "-o", out, "--tanggal", "2026-07-15").exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<tr class="late"><td>12</td>' in page
    xlsx = tmp_path / "r.xlsx"
    assert run("report", TEAM, "-o", xlsx, "--tanggal", "2026-07-15").exit_code == 0
    book = load_workbook(xlsx)
    assert "Targets & follow-ups" in book.sheetnames
    plain_md = run("report", TEAM.parent / "kabupaten-contoh-2024.yaml", "-o", "-").stdout
    assert "Recommendations still open" not in plain_md and "Targets and" not in plain_md


def test_diff_shows_the_recommendations_closed(tmp_path: Path) -> None:
    later = tmp_path / "later.yaml"
    text = TEAM.read_text(encoding="utf-8")
    text = text.replace(
        "        status: proses\n        tindak_lanjut: SK",
        "        status: selesai\n        tindak_lanjut: SK",
    )
    # a recommendation without id, matched by its text (spaces and case aside)
    text = text.replace(
        "    target: 3\n  3:",
        "    target: 3\n    rekomendasi: [{teks: Tulis  SOP, status: selesai}]\n  3:",
    )
    earlier = tmp_path / "earlier.yaml"
    earlier.write_text(
        TEAM.read_text(encoding="utf-8").replace(
            "    target: 3\n  3:", "    target: 3\n    rekomendasi: [{teks: tulis sop}]\n  3:"
        ),
        encoding="utf-8",
    )
    later.write_text(text, encoding="utf-8")
    result = run("diff", earlier, later, "-f", "json")
    assert result.exit_code == 0, result.output
    closed = json.loads(result.stdout)["rekomendasi_selesai"]
    assert [(c["id"], c["indikator"], c["status_lama"]) for c in closed] == [
        (None, "2", "belum"),
        ("R2025-04", "12", "proses"),
    ]
    table = run("diff", earlier, later).stdout
    assert "Recommendations closed (2)" in table and "12 · R2025-04: Bentuk CSIRT" in table
    same = json.loads(run("diff", TEAM, TEAM, "-f", "json").stdout)
    assert same["rekomendasi_selesai"] == []
    simulated = json.loads(run("simulate", TEAM, "--set", "1=3", "-f", "json").stdout)
    assert "rekomendasi_selesai" not in simulated

"""`spbe progress` per owner, and targets against realisation in `score` and `progress`:
counted again here from the file as PyYAML reads it and weights read from the table file."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from tests.answerfiles import raw_weights, shown
from tests.team_support import TEAM, levels_of, plain, run

pytestmark = pytest.mark.usefixtures("english")
DAY = date(2026, 7, 15)


def independent(path: Path, day: date) -> dict[str | None, dict[str, Any]]:
    """Per owner, from PyYAML: indicators, at target, evidence with a level (diganti left out)
    and accepted, recommendations open and late."""
    data = plain(path)
    levels = levels_of(path)
    rows: dict[str | None, dict[str, Any]] = {}

    def row(owner: str | None) -> dict[str, Any]:
        return rows.setdefault(
            owner, {"indikator": [], "capai": 0, "target": 0, "bukti": 0, "diterima": 0,
                    "terbuka": 0, "terlambat": 0},
        )  # fmt: skip

    def recs(found: list[dict[str, Any]], owner: str | None) -> None:
        for rec in found:
            item = row(rec.get("pj", owner))
            if rec.get("status", "belum") != "selesai":
                item["terbuka"] += 1
                item["terlambat"] += rec.get("tenggat") is not None and rec["tenggat"] < day

    for key, entry in data["indikator"].items():
        entry = entry if isinstance(entry, dict) else {"level": entry}
        item = row(entry.get("pj"))
        item["indikator"].append(str(key))
        if "target" in entry:
            item["target"] += 1
            item["capai"] += levels[str(key)] >= Fraction(str(entry["target"]))
        looked_at = [
            e
            for e in entry.get("data_dukung") or ()
            if isinstance(e, dict) and "level" in e and e.get("status") != "diganti"
        ]
        item["bukti"] += len(looked_at)
        item["diterima"] += cascade_count(looked_at, day)
        recs(entry.get("rekomendasi") or [], entry.get("pj"))
    recs(data.get("rekomendasi") or [], None)
    return rows


def cascade_count(items: list[dict[str, Any]], day: date, low: int = 1, high: int = 5) -> int:
    """The accepted items valid on `day` of the levels climbed one by one from the lowest:
    a level with items is climbed when all of them are; the lowest also when it has none."""

    def counts(item: dict[str, Any]) -> bool:
        until = item.get("berlaku_sampai")
        return item.get("status") == "diterima" and (until is None or until >= day)

    found = 0
    for level in range(low, high + 1):
        mine = [i for i in items if i["level"] == level]
        found += sum(1 for i in mine if counts(i))
        if (mine or level != low) and not (mine and all(counts(i) for i in mine)):
            break
    return found


CASCADE = """tahun: 2026
instansi: Instansi Uji
indikator:
  "1":
    level: 3
    pj: Dinas A
    data_dukung:
      - {berkas: a1.pdf, level: 1, status: diterima}
      - {berkas: a2.pdf, level: 2, status: diterima, berlaku_sampai: 2026-07-01}
      - {berkas: a3.pdf, level: 3, status: diterima}
  "2":
    level: 2
    pj: Dinas B
    data_dukung:
      - {berkas: b1.pdf, level: 1, status: ditolak}
      - {berkas: b1-baru.pdf, level: 1, status: diganti}
      - {berkas: b2.pdf, level: 2, status: diterima}
"""


@pytest.mark.parametrize(
    ("day", "a", "b"), [("2026-07-01", 3, 0), ("2026-07-02", 1, 0)], ids=["valid", "expired"]
)
def test_progress_counts_evidence_as_spbe_evidence_does(
    tmp_path: Path, day: str, a: int, b: int
) -> None:
    """An accepted item above a level not met, or expired on the day, counts for nothing:
    the owners' counts add up to what `spbe evidence` supports, on the same day."""
    path = tmp_path / "jawaban.yaml"
    path.write_text(CASCADE, encoding="utf-8")
    found = json.loads(run("progress", path, "--tanggal", day, "-f", "json").stdout)
    counted = {r["pj"]: (r["bukti"], r["bukti_diterima"]) for r in found["pj"] if r["pj"]}
    assert counted == {"Dinas A": (3, a), "Dinas B": (2, b)}
    evidence = run("evidence", path, "--tanggal", day, "-f", "json", "--allow-incomplete")
    supported = {r["id"]: r["level_bukti"] for r in json.loads(evidence.stdout)["indikator"]}
    assert (supported["1"], supported["2"]) == (a, 1)  # level 1 of Dinas B is not met


def test_progress_per_owner() -> None:
    result = run("progress", TEAM, "--tanggal", DAY.isoformat(), "-f", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["tanggal"] == "2026-07-15"
    expected = independent(TEAM, DAY)
    assert [r["pj"] for r in found["pj"]] == list(expected)
    for row in found["pj"]:
        want = expected[row["pj"]]
        assert row["indikator"] == want["indikator"]
        assert row["terisi"] == len(want["indikator"])
        assert (row["dengan_target"], row["capai_target"]) == (want["target"], want["capai"])
        assert (row["bukti"], row["bukti_diterima"]) == (want["bukti"], want["diterima"])
        assert row["rekomendasi_terbuka"] == want["terbuka"]
        assert row["rekomendasi_terlambat"] == want["terlambat"]


def test_targets_against_realisation() -> None:
    levels = levels_of(TEAM)
    weights = raw_weights("pemdi-2026")
    index = sum((levels[i] * weights[i] for i in weights), Fraction(0)) / 100
    found = json.loads(run("progress", TEAM, "--tanggal", "2026-07-15", "-f", "json").stdout)
    target = found["target"]
    assert target["indeks_tercapai"] is (index >= 3) and target["indeks_tercapai"] is False
    assert target["predikat_tercapai"] is (index >= Fraction("2.5"))  # Baik from 2.50
    assert target["selisih"] == float(round(3 - index, 2))
    data = plain(TEAM)["indikator"]
    with_target = {str(k): v for k, v in data.items() if isinstance(v, dict) and "target" in v}
    assert [row["id"] for row in found["indikator"]] == list(with_target)
    for row in found["indikator"]:
        goal = Fraction(str(with_target[row["id"]]["target"]))
        assert row["tercapai"] is (levels[row["id"]] >= goal)
        # a whole target k names band k, above k - 0.50 (PermenPANRB 8/2026 Tabel 4, p. 38)
        banded = goal.denominator == 1 and goal > 1
        edge = goal - Fraction(1, 2) if banded else goal
        gap = Fraction(0) if row["tercapai"] else max(edge - levels[row["id"]], Fraction(0))
        assert row["selisih"] == (gap.numerator if gap.denominator == 1 else float(shown(gap)))
        assert row.get("perlu") == ({"lebih_dari": float(edge)} if banded else None)


def test_score_shows_targets_in_detail_and_json() -> None:
    detail = run("score", TEAM, "--detail").stdout
    assert "Target index 3.00, predicate Developing (Baik); realised 2.57" in detail
    lines = detail.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("ID "))
    # the last column; at 100 columns its header wraps so that names keep their room
    assert lines[at].rstrip().endswith("target") and lines[at + 1].rstrip().endswith("level")
    assert "target level" not in run("score", TEAM).stdout
    one = json.loads(run("score", TEAM, "-f", "json").stdout)
    assert one["target"]["indeks"] == 3.0 and one["target"]["tercapai"] is False
    by_id = {row["id"]: row for row in one["indikator"]}
    assert by_id["17"]["target"] == 4 and "target" not in by_id["5"]
    two = json.loads(run("score", TEAM, TEAM, "-f", "json").stdout)  # the compact writer
    assert two[0] == one
    plain_file = json.loads(
        run("score", TEAM.parent / "kabupaten-contoh-2024.yaml", "-f", "json").stdout
    )
    assert "target" not in plain_file


def test_progress_table_and_markdown() -> None:
    table = run("progress", TEAM, "--tanggal", "2026-07-15").stdout
    assert "Progress of Digital Government Index (Pemdi) Pemerintah Provinsi Contoh" in table
    lines = {line.split()[0]: line.split()[1:] for line in table.splitlines() if line.strip()}
    assert lines["BKD"] == ["1", "1/1", "1/1", "2/3", "0", "0"]
    md = run("progress", TEAM, "--tanggal", "2026-07-15", "-f", "markdown").stdout
    assert "| Diskominfo | 8 | 8/8 | 0/4 | - | 2 | 2 |" in md
    assert "**Targets per indicator**" in md

"""Which day "today" is (days.py): an explicit zone wins (SPBE_ZONA, else TZ); a machine whose
own zone is not UTC keeps it; a machine on UTC, as CI runners are, counts days in
Asia/Jakarta, so a recommendation due yesterday in WIB is late from 00:00 WIB. The day used is
said on stderr and written in the JSON of the commands that judge by it."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spbe_cli import days
from spbe_cli.errors import UsageError
from tests.team_support import ROOT, TEAM, run

UTC = timezone.utc
EVENING = datetime(2026, 7, 1, 18, 30, tzinfo=UTC)  # 01:30 WIB on 2 July
ON_UTC = EVENING  # a machine on UTC: its own clock reads this
WITA = timezone(timedelta(hours=8), "WITA")


def day(environ: dict[str, str], local: datetime = ON_UTC, now: datetime = EVENING) -> date:
    return days.today(days.zone(environ, local), now)


def test_a_machine_on_utc_counts_days_in_jakarta() -> None:
    assert days.zone({}, ON_UTC).name == "Asia/Jakarta"
    assert day({}) == date(2026, 7, 2)
    assert day({}, now=datetime(2026, 7, 1, 16, 59, tzinfo=UTC)) == date(2026, 7, 1)
    assert day({}, now=datetime(2026, 7, 1, 17, 0, tzinfo=UTC)) == date(2026, 7, 2)


def test_a_machine_in_another_zone_keeps_its_own() -> None:
    local = EVENING.astimezone(WITA)
    assert days.zone({}, local).name == "WITA"
    assert day({}, local, now=datetime(2026, 7, 1, 15, 30, tzinfo=UTC)) == date(2026, 7, 1)
    assert day({}, local, now=datetime(2026, 7, 1, 16, 30, tzinfo=UTC)) == date(2026, 7, 2)
    london = datetime(2026, 1, 10, 12, tzinfo=timezone(timedelta(0), "GMT"))  # not UTC
    assert days.zone({}, london).name == "GMT"
    assert day({}, london, now=datetime(2026, 1, 10, 18, tzinfo=UTC)) == date(2026, 1, 10)


def test_an_explicit_zone_wins_spbe_zona_first() -> None:
    assert day({"TZ": "UTC"}) == date(2026, 7, 1)  # TZ=UTC said on purpose: UTC
    assert day({"TZ": ":America/New_York"}, EVENING.astimezone(WITA)) == date(2026, 7, 1)
    assert day({"SPBE_ZONA": "Asia/Jayapura", "TZ": "UTC"}) == date(2026, 7, 2)
    assert day({"SPBE_ZONA": "UTC"}, EVENING.astimezone(WITA)) == date(2026, 7, 1)
    assert day({"SPBE_ZONA": "  ", "TZ": "UTC"}) == date(2026, 7, 1)  # blank: not set
    with pytest.raises(UsageError):
        days.zone({"SPBE_ZONA": "Asia/Atlantis"}, ON_UTC)


def test_the_zone_database_holds_jakarta() -> None:
    """zoneinfo needs the tzdata package where the system has no database (Windows)."""
    jakarta = ZoneInfo("Asia/Jakarta")
    assert datetime(2026, 7, 1, 12, tzinfo=jakarta).utcoffset() == timedelta(hours=7)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.findall(r'^\s*"tzdata([^"]*)"', text, flags=re.M)
    assert declared and ("win32" in declared[0] or not declared[0].strip("; "))
    if sys.platform == "win32":  # pragma: no cover - run on Windows only
        import tzdata  # noqa: F401


FAR_EAST, FAR_WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"  # UTC+14 and UTC-11


@pytest.mark.parametrize(
    "command",
    [["followup", TEAM], ["progress", TEAM], ["evidence", TEAM, "--tanpa-berkas"]],
    ids=lambda c: c[0],
)
def test_the_day_used_is_said_and_written_in_json(
    monkeypatch: pytest.MonkeyPatch, command: list[str | Path]
) -> None:
    """Two zones 25 hours apart never share a date: the one named is the one used."""
    monkeypatch.setenv("SPBE_BAHASA", "en")
    for zone in (FAR_EAST, FAR_WEST):
        monkeypatch.setenv("SPBE_ZONA", zone)
        before = datetime.now(ZoneInfo(zone)).date()
        result = run(*command, "-f", "json")
        after = datetime.now(ZoneInfo(zone)).date()
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        found = data[0]["tanggal"] if isinstance(data, list) else data["tanggal"]
        assert found in {before.isoformat(), after.isoformat()}
        assert f"note: today is {found} in zone {zone}" in result.stderr
    given = run(*command, "-f", "json", "--tanggal", "2026-07-15")
    assert "today is" not in given.stderr  # a day given is not announced


def test_an_unknown_spbe_zona_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPBE_BAHASA", "en")
    monkeypatch.setenv("SPBE_ZONA", "Asia/Atlantis")
    result = run("followup", TEAM)
    assert result.exit_code == 2 and result.stdout == ""
    assert "SPBE_ZONA 'Asia/Atlantis' is not a known time zone" in result.stderr
    assert run("followup", TEAM, "--tanggal", "2026-07-15").exit_code == 0  # not needed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", date(2024, 2, 29)),  # a leap day
        (" 2026-06-30 ", date(2026, 6, 30)),  # spaces around
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
        ("2025-02-29", None),  # not a leap year
        ("2026-04-31", None),
        ("2026-00-10", None),
        ("0000-01-01", None),
        ("20260630", None),  # ISO's basic form: fromisoformat takes it on 3.11
        ("2026-W27-1", None),  # an ISO week day: likewise
        ("2026-06-30T00:00", None),
        ("2026-06-30 00:00", None),
        ("+2026-06-30", None),
        ("2026-6-30", None),
        ("\uff12\uff10\uff12\uff16-06-30", None),  # full-width digits
        ("\u0662\u0660\u0662\u0666-06-30", None),  # Arabic-Indic digits
        ("2026-06-30\n2026", None),
        ("", None),
    ],
)
def test_tanggal_edges(text: str, expected: date | None) -> None:
    assert days.parse_day(text) == expected
    result = run("followup", TEAM, "--tanggal", text, "-f", "json")
    if expected is None:
        assert result.exit_code == 2 and result.stdout == ""
    else:
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[0]["tanggal"] == expected.isoformat()


def test_the_zone_decides_what_is_late(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A recommendation due today in the far west is already late in the far east: the gate
    follows the zone the day is counted in."""
    monkeypatch.setenv("SPBE_BAHASA", "en")
    west = datetime.now(ZoneInfo(FAR_WEST)).date()
    path = tmp_path / "j.yaml"
    rec = f"  - {{id: R1, teks: Satu, status: belum, tenggat: {west.isoformat()}}}\n"
    path.write_text(f'tahun: 2026\ninstansi: X\nrekomendasi:\n{rec}indikator:\n  "1": 2\n')
    codes = {}
    for zone in (FAR_WEST, FAR_EAST):
        monkeypatch.setenv("SPBE_ZONA", zone)
        codes[zone] = run("followup", path, "--fail-on-overdue").exit_code
    if datetime.now(ZoneInfo(FAR_WEST)).date() != west:  # midnight passed meanwhile
        pytest.skip("the day changed during the test")
    assert codes == {FAR_WEST: 0, FAR_EAST: 1}


def test_a_report_is_dated_in_the_zone_today_is_counted_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The report says when it was made in the same zone that decides which day it judges."""
    from datetime import timedelta

    from spbe_cli.renderers.report.model import made_now

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("SPBE_ZONA", "Asia/Jayapura")
    assert made_now().utcoffset() == timedelta(hours=9)

"""`spbe evidence`: the JSON contract, the readiness gate (--fail-on-gap) with the report still
on stdout, local files relative to the answer file (--tanpa-berkas to skip them), the day
items are checked on, and the formats for people, pull requests and the portal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.answerfiles import raw_weights

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "provinsi-draf-2026.yaml"
DAY = "2026-09-01"
runner = CliRunner()

TOP_KEYS = {
    "berkas",
    "instansi",
    "tahun",
    "kerangka",
    "indeks",
    "predikat",
    "indeks_bukti",
    "indeks_bukti_tepat",
    "predikat_bukti",
    "indeks_siap",
    "indikator",
}
EXTRA_KEYS = {"tanggal", "berkas_diperiksa", "indeks_tepat", "indeks_siap_tepat", "predikat_siap"}
INDICATOR_KEYS = [
    "id",
    "nama",
    "level",
    "level_bukti",
    "level_siap",
    "berkas_hilang",
    "kedaluwarsa",
    "masalah",
]


def run(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, ["evidence", *args], input=input)


def as_json(*args: str) -> dict[str, Any]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def rows(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in data["indikator"]}


PLAIN = """\
tahun: 2026
instansi: Kota Siap
indikator:
"""


def ready_draft(folder: Path, *, status: str = "diunggah", claim: int = 2) -> Path:
    """A pemdi draft whose every claim of 2 has uploaded items for levels 1 and 2, one of them
    a local file next to it."""
    (folder / "bukti").mkdir(exist_ok=True)
    (folder / "bukti" / "sk.pdf").write_bytes(b"%PDF-1.4\n")
    lines = [PLAIN.rstrip("\n")]
    for key in raw_weights("pemdi-2026"):
        lines += [
            f'  "{key}":',
            f"    level: {{mandiri: {claim}}}",
            "    data_dukung:",
            f"      - {{berkas: bukti/sk.pdf, level: 1, status: {status}}}",
            f"      - {{tautan: 'https://contoh.go.id/{key}', level: 2, status: {status}}}",
        ]
    path = folder / "draf.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- the JSON contract


def test_json_holds_the_issue_keys_for_every_indicator() -> None:
    data = as_json(str(SAMPLE), "--tanggal", DAY)
    assert set(data) >= TOP_KEYS and set(data) - TOP_KEYS == EXTRA_KEYS
    assert (data["tanggal"], data["berkas_diperiksa"], data["kerangka"]) == (
        DAY,
        True,
        "pemdi-2026",
    )
    assert [row["id"] for row in data["indikator"]] == list(raw_weights("pemdi-2026"))
    for row in data["indikator"]:
        assert list(row) == INDICATOR_KEYS
    found = rows(data)
    assert found["14"]["level"] == 3 and found["14"]["level_bukti"] == 2  # L3 to revise
    assert any("Reviu belum ditandatangani" in m for m in found["14"]["masalah"])
    assert found["4"]["level_bukti"] == 1  # level 1 rejected: 2 and 3 fall with it
    assert found["10"]["berkas_hilang"] == [
        "bukti/provinsi-draf-2026/10-l3-sertifikat-iso27001.pdf"
    ]
    assert found["8"]["kedaluwarsa"] == [
        {
            "level": 1,
            "berkas": "bukti/provinsi-draf-2026/08-l1-sk-tim-pdp.pdf",
            "berlaku_sampai": "2026-06-30",
        }
    ]
    assert found["9"]["level_bukti"] == 2  # the replaced upload is ignored
    assert found["5"]["level"] == found["5"]["level_bukti"] == 3.75  # converted: no item needed
    assert found["7"]["level"] == 2.6 and found["7"]["level_bukti"] == 2


# PermenPANRB 8/2026, every indicator sheet (pp. 11-36, rendered page): the top of each level's
# band, which evidence accepted through that level supports (the cap under bands).
PEMDI_TOPS = {
    1: Fraction("1.5"),
    2: Fraction("2.5"),
    3: Fraction("3.5"),
    4: Fraction(4),
    5: Fraction(5),
}


def test_the_supported_index_is_explained_indicator_by_indicator() -> None:
    """indeks - indeks_bukti is exactly the sum, over the indicators, of what each claim loses
    to its evidence (min(level, top of level_bukti's band)), with the weights read from the
    table file. A converted value (5, 6) is its own evidence: level_bukti is the value."""
    weights = raw_weights("pemdi-2026")
    for stage in ("mandiri", "dokumen"):
        data = as_json(str(SAMPLE), "--tanggal", DAY, "--tahap", stage)
        claimed = supported = ready = Fraction(0)
        for row in data["indikator"]:
            level, weight = Fraction(str(row["level"])), weights[row["id"]]
            claimed += level * weight / 100
            supported += min(level, _top(row["level_bukti"])) * weight / 100
            ready += min(level, _top(row["level_siap"])) * weight / 100
        assert Fraction(data["indeks_tepat"]) == claimed
        assert Fraction(data["indeks_bukti_tepat"]) == supported
        assert Fraction(data["indeks_siap_tepat"]) == ready
        assert data["indeks_bukti"] == float(round(supported, 2))


def _top(level: float) -> Fraction:
    value = Fraction(str(level))
    return PEMDI_TOPS[int(value)] if value.denominator == 1 else value


def test_masalah_is_one_sentence_per_item_to_fix_and_per_claim_above_its_evidence() -> None:
    found = rows(as_json(str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri"))
    assert found["2"]["masalah"] == [
        "Data dukung level 3 (I02-L3-01 bukti/provinsi-draf-2026/02-l3-sop-layanan.pdf) perlu "
        "direvisi; catatan: SOP belum ditetapkan kepala daerah.",
        "Klaim 3 perlu bukti level 3, tetapi bukti yang siap hanya mendukung level 2 "
        "(diterima: level 2).",
    ]
    assert found["3"]["masalah"] == []  # uploaded, not yet accepted: ready, not a problem
    assert (found["3"]["level_bukti"], found["3"]["level_siap"]) == (1, 2)
    assert len(found["13"]["masalah"]) == 2  # level 4 rejected, claim 4 above it


def test_json_is_the_same_in_both_languages() -> None:
    indonesian = run(str(SAMPLE), "--tanggal", DAY, "-f", "json").stdout
    english = run(str(SAMPLE), "--tanggal", DAY, "-f", "json", "--bahasa", "en").stdout
    assert indonesian == english


# ---------------------------------------------------------------- the gate


def test_fail_on_gap_exits_1_with_the_whole_report_on_stdout_and_a_line_per_reason() -> None:
    args = [str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri", "-f", "json"]
    plain = run(*args)
    gated = run(*args, "--fail-on-gap")
    assert (plain.exit_code, gated.exit_code) == (0, 1)
    assert gated.stdout == plain.stdout
    data = json.loads(gated.stdout)
    weights = raw_weights("pemdi-2026")
    expected = []
    for row in data["indikator"]:
        claim = Fraction(str(row["level"]))
        needed = min(k for k, top in PEMDI_TOPS.items() if claim <= top)  # claim's band
        if row["id"] not in ("5", "6") and needed > row["level_siap"]:
            expected.append((row["id"], "claim"))
        expected += [(row["id"], "missing")] * len(row["berkas_hilang"])
        expected += [(row["id"], "expired")] * len(row["kedaluwarsa"])
    assert set(weights) >= {i for i, _ in expected}
    lines = [line for line in gated.stderr.splitlines() if not line.startswith("peringatan")]
    # 11: indicator 7's 2.6 is Berkembang (2,50 < 2,6 <= 3,50), beyond its level-2 evidence
    assert len(lines) == len(expected) == 11
    for line, (indicator, _) in zip(lines, expected, strict=True):
        assert line.startswith(f"{SAMPLE}: indikator {indicator}: ")


@pytest.mark.usefixtures("english")
def test_the_gate_lines_say_why(tmp_path: Path) -> None:
    result = run(str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri", "--fail-on-gap")
    assert result.exit_code == 1
    err = result.stderr
    assert f"{SAMPLE}: indicator 14: claim 4 needs the evidence of level 4, the evidence " in err
    assert (
        "indicator 10: file bukti/provinsi-draf-2026/10-l3-sertifikat-iso27001.pdf is not " in err
    )
    assert "was valid until 2026-06-30, expired on 2026-09-01" in err


def test_a_ready_draft_passes_and_one_claim_too_high_fails(tmp_path: Path) -> None:
    path = ready_draft(tmp_path)
    passed = run(str(path), "--tanggal", DAY, "--fail-on-gap", "-f", "json")
    assert passed.exit_code == 0, passed.output
    assert json.loads(passed.stdout)["indeks_siap"] == 2.0
    text = path.read_text("utf-8").replace("level: {mandiri: 2}", "level: {mandiri: 3}", 1)
    path.write_text(text, encoding="utf-8")
    failed = run(str(path), "--tanggal", DAY, "--fail-on-gap", "-f", "json")
    assert failed.exit_code == 1
    assert json.loads(failed.stdout)["indikator"][0]["level_siap"] == 2  # report complete
    assert failed.stderr.count("\n") == 1  # the reason (pemdi-2026 is official: no warning)


def test_missing_files_fail_the_gate_unless_skipped(tmp_path: Path) -> None:
    path = ready_draft(tmp_path, status="diterima")
    (tmp_path / "bukti" / "sk.pdf").unlink()
    checked = run(str(path), "--tanggal", DAY, "--fail-on-gap", "-f", "json")
    assert checked.exit_code == 1
    data = json.loads(checked.stdout)
    assert all(r["berkas_hilang"] == ["bukti/sk.pdf"] for r in data["indikator"])
    assert {r["level_bukti"] for r in data["indikator"]} == {2}  # accepted is accepted
    assert {r["level_siap"] for r in data["indikator"]} == {1}  # not at hand: not ready
    skipped = run(str(path), "--tanggal", DAY, "--fail-on-gap", "--tanpa-berkas", "-f", "json")
    assert skipped.exit_code == 0, skipped.output
    data = json.loads(skipped.stdout)
    assert data["berkas_diperiksa"] is False
    assert all(r["berkas_hilang"] == [] and r["level_siap"] == 2 for r in data["indikator"])


# ---------------------------------------------------------------- files, days, inputs


def test_local_files_are_relative_to_the_answer_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "evaluasi"
    folder.mkdir()
    path = ready_draft(folder)
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    data = as_json(str(path), "--tanggal", DAY)
    assert all(r["berkas_hilang"] == [] for r in data["indikator"])
    relative = os.path.relpath(path, elsewhere)
    assert all(r["berkas_hilang"] == [] for r in as_json(relative, "--tanggal", DAY)["indikator"])
    stdin = run("-", "--tanggal", DAY, "-f", "json", input=path.read_text("utf-8"))
    assert stdin.exit_code == 0  # standard input: relative to the current folder
    assert all(
        r["berkas_hilang"] == ["bukti/sk.pdf"] for r in json.loads(stdin.stdout)["indikator"]
    )


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("text", ["2026-02-30", "01-09-2026", "kemarin", "2026-9-1"])
def test_a_day_that_is_no_day_is_a_usage_error(text: str) -> None:
    result = run(str(SAMPLE), "--tanggal", text)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"--tanggal '{text}' is not a date; write YYYY-MM-DD" in result.stderr


def test_without_tanggal_the_day_is_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPBE_ZONA", "Asia/Jakarta")  # the rule itself: tests/test_today.py
    before = datetime.now(ZoneInfo("Asia/Jakarta")).date().isoformat()
    data = as_json(str(SAMPLE))
    assert data["tanggal"] in {before, datetime.now(ZoneInfo("Asia/Jakarta")).date().isoformat()}


def test_a_folder_gives_one_object_per_answer_file(tmp_path: Path) -> None:
    ready_draft(tmp_path)
    shutil.copy(SAMPLE, tmp_path / "z.yaml")
    result = run(str(tmp_path), "--tanggal", DAY, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [Path(d["berkas"]).name for d in data] == ["draf.yaml", "z.yaml"]
    # the sample's local files are not next to the copy: every one of them is missing
    assert sum(len(r["berkas_hilang"]) for r in data[1]["indikator"]) == 33


@pytest.mark.usefixtures("english")
def test_a_file_without_evidence_items_says_so(tmp_path: Path) -> None:
    path = tmp_path / "polos.yaml"
    shutil.copy(ROOT / "samples" / "kabupaten-contoh-2024.yaml", path)
    result = run(str(path), "--tanggal", DAY, "-f", "json")
    assert result.exit_code == 0
    assert f"{path}: no evidence item for a level" in result.stderr
    data = json.loads(result.stdout)
    assert {r["level_bukti"] for r in data["indikator"]} == {1}


# ---------------------------------------------------------------- formats


def test_table_for_people() -> None:
    result = run(str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri")
    assert result.exit_code == 0
    out = result.stdout
    # by hand: each claim capped at the top of its accepted level's band (1.50, 2.50, 3.50,
    # 4.00, 5.00; converted values 5 and 6 as they are), weighted: 5017/2000 = 2.5085, which
    # is Baik (2,50 < x <= 3,50, p. 38); the claims 5723/2000 = 2.8615 Baik.
    assert "Klaim  2.86 Baik (Berkembang)" in out
    assert "Bukti diterima  2.51 Baik (Berkembang)" in out
    assert "Diperiksa pada 2026-09-01; berkas lokal diperiksa." in out
    assert "Yang perlu ditindaklanjuti" in out and "Reviu belum ditandatangani" in out


@pytest.mark.usefixtures("english")
def test_markdown_for_a_pull_request_lists_only_what_needs_saying(tmp_path: Path) -> None:
    result = run(str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri", "-f", "markdown")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("### Evidence: Digital Government Index (Pemdi) ")
    assert "| Accepted evidence | 2.51 | Developing (Baik) |" in out
    # claim 4, evidence through level 2 supports up to 2.50: (2.50 - 4) x 5 / 100
    assert "| 14 | Tingkat Kematangan Infrastruktur Pemdi | 4 | 2 | 2 | -0.0750 |" in out
    assert "| 1 | Tingkat Kematangan Tata Kelola Pemdi |" not in out  # nothing to say
    assert "9 other indicators: claims backed by evidence." in out
    ready = run(str(ready_draft(tmp_path)), "--tanggal", DAY, "-f", "markdown").stdout
    assert "Nothing to act on: every claim is backed by ready evidence." in ready


def test_portal_text_per_indicator_with_codes() -> None:
    result = run(str(SAMPLE), "--tanggal", DAY, "--tahap", "mandiri", "-f", "portal")
    assert result.exit_code == 0
    block = result.stdout.split("== Indikator 14. ")[1].split("== Indikator 15. ")[0]
    assert block.splitlines() == [
        "Tingkat Kematangan Infrastruktur Pemdi",
        "Level: 4",
        "Penjelasan:",
        "-",
        "Data dukung:",
        "- Level 1: I14-L1-01 bukti/provinsi-draf-2026/14-l1-pergub-pusat-data.pdf",
        "- Level 2: I14-L2-01 https://jdih.contohprov.go.id/12-2024",
        "- Level 3: I14-L3-01 bukti/provinsi-draf-2026/14-l3-reviu-infrastruktur.pdf",
        "- Perbup 12-2024.pdf",
        "",
    ]
    nine = result.stdout.split("== Indikator 9. ")[1].split("== Indikator 10. ")[0]
    assert "laporan-audit-lama" not in nine  # replaced by a re-upload


def test_portal_text_keeps_lines_and_shows_control_characters(tmp_path: Path) -> None:
    path = ready_draft(tmp_path)
    text = path.read_text("utf-8").replace(
        "    data_dukung:",
        '    penjelasan: "Baris satu\\nBaris \\u202edua"\n    data_dukung:',
        1,
    )
    path.write_text(text, encoding="utf-8")
    out = run(str(path), "--tanggal", DAY, "-f", "portal").stdout
    assert "Penjelasan:\nBaris satu\nBaris \\u202edua\n" in out


# ---------------------------------------------------------------- in CI


def test_a_draft_runs_through_the_gate_in_ci(tmp_path: Path) -> None:
    """As a CI job does: the installed command in a fresh process, the date passed, the evidence
    files kept outside git (--tanpa-berkas); exit 0 when ready, 1 with the report when not."""
    path = ready_draft(tmp_path)
    shutil.rmtree(tmp_path / "bukti")  # not in the repository
    command = [sys.executable, "-m", "spbe_cli", "evidence", str(path), "--fail-on-gap"]
    command += ["--tanpa-berkas", "--tanggal", DAY, "--format", "markdown"]
    env = {**os.environ, "SPBE_BAHASA": "en", "NO_COLOR": "1"}
    ok = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "Nothing to act on" in ok.stdout
    path.write_text(path.read_text("utf-8").replace("status: diunggah", "status: draf", 1))
    gap = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert gap.returncode == 1
    # claim 2 with evidence through level 1 counts 1.50, Merintis's top: (1.50 - 2) x 5 / 100
    assert "| 1 | Tingkat Kematangan Tata Kelola Pemdi | 2 | 1 | 1 | -0.0250 |" in gap.stdout
    assert f"{path}: indicator 1: claim 2 needs the evidence of level 2" in gap.stderr


def test_a_draft_at_a_stage_not_reached_yet(tmp_path: Path) -> None:
    """--tahap before an indicator's first stage leaves it not filled in: no claim, counted at
    the lowest level in all three indices, never a gap."""
    path = ready_draft(tmp_path)
    text = path.read_text("utf-8").replace("level: {mandiri: 2}", "level: {akhir: 2}", 1)
    path.write_text(text, encoding="utf-8")
    refused = run(str(path), "--tanggal", DAY, "--tahap", "mandiri")
    assert refused.exit_code == 3
    result = run(
        str(path), "--tanggal", DAY, "--tahap", "mandiri", "--allow-incomplete", "--fail-on-gap"
    )
    assert result.exit_code == 0, result.output
    data = as_json(str(path), "--tanggal", DAY, "--tahap", "mandiri", "--allow-incomplete")
    first = data["indikator"][0]
    assert (first["level"], first["level_bukti"], first["level_siap"]) == (None, 1, 1)
    assert data["belum_diisi"] == ["1"]
    weights = raw_weights("pemdi-2026")
    expected = (weights["1"] * 1 + sum(2 * w for k, w in weights.items() if k != "1")) / 100
    assert Fraction(data["indeks_siap_tepat"]) == expected == Fraction(data["indeks_tepat"])
    # uploaded, none accepted yet: evidence through level 1 supports up to 1.50 (Merintis,
    # 1 <= x <= 1,50), so each claim of 2 counts 1.50; indicator 1, not filled in, counts 1
    supported = (
        weights["1"] * 1 + sum(Fraction(3, 2) * w for k, w in weights.items() if k != "1")
    ) / 100
    assert Fraction(data["indeks_bukti_tepat"]) == supported


def test_an_expired_item_replaced_by_a_re_upload_does_not_fail_the_gate(tmp_path: Path) -> None:
    """`diganti` is left out before anything else: its expiry is no reason to fail."""
    path = ready_draft(tmp_path, status="diterima")
    old = "      - {tautan: x.go.id/a, level: 2, status: %s, berlaku_sampai: 2020-01-01}\n"
    text = path.read_text("utf-8")
    replaced = text.replace("      - {tautan:", old % "diganti" + "      - {tautan:")
    path.write_text(replaced, encoding="utf-8")
    passed = run(str(path), "--tanggal", DAY, "--fail-on-gap", "-f", "json")
    assert passed.exit_code == 0, passed.output
    assert all(r["kedaluwarsa"] == [] for r in json.loads(passed.stdout)["indikator"])
    path.write_text(text.replace("      - {tautan:", old % "diterima" + "      - {tautan:"))
    failed = run(str(path), "--tanggal", DAY, "--fail-on-gap", "-f", "json")
    assert failed.exit_code == 1  # the same item not replaced: expired, the gate fails
    assert all(len(r["kedaluwarsa"]) == 1 for r in json.loads(failed.stdout)["indikator"])

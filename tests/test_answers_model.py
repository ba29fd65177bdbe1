"""The answer file's optional parts: evidence items per level, values per stage, owners,
targets and recommendations. Each is read into the model, and each mistake is one problem
at its line and column."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from spbe_cli import yamlsafe
from spbe_cli.answers import EvidenceItem, ReadOptions, Recommendation, read_answers
from spbe_cli.answers.model import Answers
from spbe_cli.errors import InputError
from spbe_cli.frameworks import load_catalog

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

CATALOG = load_catalog()
HEAD = "tahun: 2024\ninstansi: Kabupaten Uji\n"


def body(entry14: str, top: str = "") -> str:
    """A complete spbe-2020 file: every indicator at 2, indicator 14 written as given."""
    lines = [HEAD + top + "indikator:"]
    lines += [f"  {n}: 2" for n in range(1, 48) if n != 14]
    lines.append("  14:\n" + "\n".join(f"    {line}" for line in entry14.strip("\n").split("\n")))
    return "\n".join(lines) + "\n"


def read(text: str, **options: object) -> Answers:
    return read_answers(yamlsafe.parse(text, "j.yaml"), CATALOG, ReadOptions(**options))  # type: ignore[arg-type]


def problems(text: str, **options: object) -> list[str]:
    with pytest.raises(InputError) as caught:
        read(text, **options)
    return [str(p) for p in caught.value.problems]


EVIDENCE = """\
level: 4
data_dukung:
  - "Perbup 12-2024.pdf"
  - berkas: bukti/14/perbup-12-2024.pdf
    level: 1
    kode: I14-L1-01
    status: diterima
  - tautan: https://jdih.contoh.go.id/12-2024
    level: 2
    status: diterima
    tanggal: 2026-02-01
    berlaku_sampai: "2027-02-01"
  - berkas: bukti/14/reviu.pdf
    level: 3
    status: revisi
    catatan: "Reviu belum ditandatangani"
"""


def test_evidence_items_are_read_beside_plain_text() -> None:
    answer = read(body(EVIDENCE)).levels["14"]
    assert answer.evidence == (
        EvidenceItem("Perbup 12-2024.pdf"),
        EvidenceItem("bukti/14/perbup-12-2024.pdf", "berkas", 1, "I14-L1-01", "diterima"),
        EvidenceItem(
            "https://jdih.contoh.go.id/12-2024",
            "tautan",
            2,
            status="diterima",
            dated=date(2026, 2, 1),
            valid_until=date(2027, 2, 1),
        ),
        EvidenceItem(
            "bukti/14/reviu.pdf", "berkas", 3, status="revisi", note="Reviu belum ditandatangani"
        ),
    )
    assert not answer.evidence[0].structured and answer.evidence[1].structured
    assert EvidenceItem("x", "berkas", 1).status == "draf"  # no status yet: a draft


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            "{berkas: a.pdf, level: 1, status: disetujui}",
            "14: data_dukung 1 status: must be one of",
        ),
        (
            "{berkas: a.pdf, level: 1, warna: merah}",
            "unknown key 'warna'; allowed: berkas, tautan, level",
        ),
        ("{berkas: a.pdf, tautan: 'https://x', level: 1}", "data_dukung 1: give berkas or tautan"),
        ("{kode: X1, level: 1}", "data_dukung 1: give berkas or tautan"),
        ("{berkas: a.pdf, level: 6}", "data_dukung 1: level 6 is outside the scale 1-5"),
        ("{berkas: a.pdf, level: 2.5}", "evidence level 2.5 is not a whole number"),
        (
            "{berkas: a.pdf, level: 1, tanggal: 2026-02-30}",
            "'2026-02-30' is not a date; write dates as YYYY-MM-DD",
        ),
        ("{berkas: a.pdf, level: 1, berlaku_sampai: besok}", "'besok' is not a date"),
        ("{berkas: a.pdf}", "indikator 14: data_dukung 1: missing required key 'level'"),
    ],
)
def test_a_bad_evidence_item_is_one_problem_at_its_place(item: str, message: str) -> None:
    found = problems(body(f"level: 3\ndata_dukung:\n  - {item}"))
    assert len(found) == 1, found
    assert message in found[0] and found[0].startswith("j.yaml:53:"), found


def test_values_per_stage_take_the_latest_or_the_stage_asked_for() -> None:
    text = body("level: {mandiri: 4, dokumen: 3, akhir: 2}")
    answers = read(text)
    answer = answers.levels["14"]
    assert (answer.level, answer.stage) == (Fraction(2), "akhir")
    assert answer.stages == {"mandiri": 4, "dokumen": 3, "akhir": 2}
    assert read(text, stage="mandiri").levels["14"].level == 4
    assert read(text, stage="interviu").levels["14"].level == 3  # the last one before it
    assert read(text, stage="mandiri").levels["1"].stage is None  # a plain value: every stage


def test_a_stage_not_reached_yet_is_not_filled_in() -> None:
    text = body("level: {akhir: 3}")
    found = problems(text, stage="dokumen")
    assert "1 of 47 indicators missing: 14" in found[0]
    draft = read(text, stage="dokumen", allow_missing=True)
    assert draft.missing == ("14",)


def test_mixed_stages_are_said_once() -> None:
    text = body("level: {mandiri: 4, dokumen: 3}").replace("  1: 2\n", "  1: {level: {akhir: 2}}\n")
    warnings = read(text).warnings
    assert warnings == (
        "j.yaml: indicators are scored from different stages: akhir (1), no stage (45), "
        "dokumen (1); use --tahap for one stage",
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("level: {mandiri: 4, penilaian: 3}", "unknown key 'penilaian'; allowed: mandiri, dokumen"),
        ("level: {}", "the level per stage is empty"),
        (
            "level: {mandiri: 7}",
            "indikator 14: level 7 is out of range; allowed: an integer from 1 to 5",
        ),
    ],
)
def test_bad_stages(entry: str, message: str) -> None:
    found = problems(body(entry))
    assert len(found) == 1 and message in found[0], found


TEAM = """\
level: 2
pj: Bappeda
target: 4
rekomendasi:
  - id: R2024-03
    teks: Tetapkan reviu peta rencana
    sumber: LHE 2024
    tindak_lanjut: Draf SK reviu disusun
    status: proses
    tenggat: 2026-06-30
"""
TOP = """\
target_indeks: 3.0
target_predikat: Baik
rekomendasi:
  - {teks: Susun kebijakan manajemen data, aspek: A5, pj: Diskominfo}
  - {teks: Perbarui arsitektur, indikator: "11"}
  - {teks: Umum, status: selesai}
"""


def test_owner_target_and_recommendations() -> None:
    answers = read(body(TEAM, TOP))
    answer = answers.levels["14"]
    assert (answer.owner, answer.target) == ("Bappeda", Fraction(4))
    assert answer.recommendations == (
        Recommendation(
            "Tetapkan reviu peta rencana",
            "R2024-03",
            "LHE 2024",
            "Draf SK reviu disusun",
            "proses",
            date(2026, 6, 30),
            indicator="14",
            owner="Bappeda",
        ),
    )
    assert (answers.target_index, answers.target_predicate) == (Fraction(3), "Baik")
    assert [(r.aspect, r.indicator, r.owner, r.status) for r in answers.recommendations] == [
        ("A5", None, "Diskominfo", "belum"),
        (None, "11", None, "belum"),
        (None, None, None, "selesai"),
    ]


@pytest.mark.parametrize(
    ("top", "entry", "message"),
    [
        ("target_indeks: 6\n", "level: 2", "target_indeks 6 is outside the scale 1-5"),
        (
            "target_predikat: Istimewa\n",
            "level: 2",
            "target_predikat 'Istimewa' is not a predikat of spbe-2020",
        ),
        (
            "rekomendasi: [{teks: x, aspek: A9}]\n",
            "level: 2",
            "rekomendasi 1: aspek A9 is unknown; allowed: A1",
        ),
        (
            "rekomendasi: [{teks: x, indikator: '99'}]\n",
            "level: 2",
            "indikator 99 is not an indicator of spbe-2020",
        ),
        (
            "rekomendasi: [{teks: x, indikator: '1', aspek: A1}]\n",
            "level: 2",
            "give indikator or aspek, not both",
        ),
        ("rekomendasi: [{status: belum}]\n", "level: 2", "missing required key 'teks'"),
        ("", "level: 2\ntarget: 9", "indikator 14: level 9 is out of range"),
        (
            "",
            "level: 2\nrekomendasi: [{teks: x, status: beres}]",
            "must be one of 'belum', 'proses' or 'selesai'",
        ),
        (
            "",
            "level: 2\nrekomendasi: [{teks: x, tenggat: 30-06-2026}]",
            "'30-06-2026' is not a date",
        ),
        ("", "level: 2\npj: ''", "pj: got an empty text; expected a non-empty name"),
    ],
)
def test_bad_team_parts(top: str, entry: str, message: str) -> None:
    found = problems(body(entry, top))
    assert len(found) == 1 and message in found[0], found


def test_old_files_stay_valid() -> None:
    text = body('level: 4\npenjelasan: "x"\ndata_dukung: ["a.pdf", "https://b"]')
    answer = read(text).levels["14"]
    assert [e.text for e in answer.evidence] == ["a.pdf", "https://b"]
    assert (answer.owner, answer.target, answer.stages, answer.recommendations) == (
        None,
        None,
        {},
        (),
    )

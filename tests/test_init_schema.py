"""`spbe init` (a complete, valid answer file; never overwriting) and `spbe schema`."""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli import atomic, yamlsafe
from spbe_cli.answer_schema import FRACTION
from spbe_cli.answers import ReadOptions, read_answers
from spbe_cli.cli import app
from spbe_cli.errors import OutputError, UsageError
from spbe_cli.scoring import score
from spbe_cli.template import Template, answer_file
from tests.answerfiles import (
    KAB_2024,
    KOTA_2019,
    PROV_2026,
    SAMPLES,
    catalog,
    raw_table,
    raw_weights,
)

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

runner = CliRunner()
CATALOG = catalog()
FRAMEWORKS = sorted(CATALOG.frameworks)
SAMPLE_OF = {"spbe-2018": KOTA_2019, "spbe-2020": KAB_2024, "pemdi-2026": PROV_2026}


def first_year(framework_id: str) -> int:
    year: int = raw_table(framework_id)["tahun_mulai"]
    return year


# ---------------------------------------------------------------- init


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_init_output_validates_and_scores_at_the_lowest_level(framework_id: str) -> None:
    year = first_year(framework_id)
    result = runner.invoke(app, ["init", "--tahun", str(year), "--instansi", "Kota Uji"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    answers = read_answers(yamlsafe.parse(text, "baru.yaml"), CATALOG)
    assert answers.framework.id == framework_id
    assert list(answers.levels) == list(raw_weights(framework_id))
    low = raw_table(framework_id)["level"]["min"]
    assert {a.level for a in answers.levels.values()} == {low}
    assert score(answers).index == low
    assert answers.institution == "Kota Uji"


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_init_comments_name_each_indicator_with_aspect_weight_and_levels(
    framework_id: str,
) -> None:
    framework = CATALOG.frameworks[framework_id]
    text = answer_file(Template(framework, first_year(framework_id)))
    lines = text.splitlines()
    assert lines[0] == f"# yaml-language-server: $schema={framework_id}.schema.json"
    table = raw_table(framework_id)
    for item in table["indikator"]:
        at = lines.index(f'  "{item["id"]}":')
        start = max(n for n in range(at) if not lines[n])  # the blank line before its comments
        comment = "\n".join(lines[start:at])
        assert f"# {item['id']}. {item['nama']}" in comment
        assert f"aspek {item['aspek']}," in comment
    names = table["level"].get("nama", {})
    for level, name in names.items():
        assert f"{level} {name}" in text


def test_init_writes_atomically_and_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "jawaban.yaml"
    first = runner.invoke(app, ["init", "--tahun", "2024", "-o", str(target)])
    assert first.exit_code == 0, first.output
    assert first.stdout == ""
    assert "written (47 indikator, kerangka spbe-2020)" in first.stderr
    target.write_text("tahun: 2024  # my own work\n", encoding="utf-8")
    before = target.stat()
    again = runner.invoke(app, ["init", "--tahun", "2025", "-o", str(target)])
    assert again.exit_code == 2
    assert "exists; use --force to replace it" in again.stderr
    assert target.read_text("utf-8") == "tahun: 2024  # my own work\n"
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    forced = runner.invoke(app, ["init", "--tahun", "2025", "-o", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert "tahun: 2025" in target.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jawaban.yaml"]  # no temporary left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "jawaban.yaml"
    target.write_text("lama\n", encoding="utf-8")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="cannot be written"):
        atomic.write_atomic(target, b"baru\n", force=True)
    assert target.read_text("utf-8") == "lama\n"
    assert [p.name for p in tmp_path.iterdir()] == ["jawaban.yaml"]


def test_a_file_appearing_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "jawaban.yaml"
    real_link = os.link

    def racing_link(src: str, dst: str, **options: Any) -> None:
        Path(dst).write_text("orang lain\n", encoding="utf-8")  # another writer wins the race
        real_link(src, dst, **options)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(UsageError, match="exists"):
        atomic.write_atomic(target, b"baru\n")
    assert target.read_text("utf-8") == "orang lain\n"
    assert [p.name for p in tmp_path.iterdir()] == ["jawaban.yaml"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        atomic.write_atomic(tmp_path / "a.yaml", b"x\n")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a.yaml").stat().st_mode) == 0o644


def test_init_usage_errors(tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["init", "--tahun", "2024", "--kerangka", "spbe-1999"])
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert "known: " in unknown.stderr
    no_year = runner.invoke(app, ["init", "--tahun", "2010"])
    assert no_year.exit_code == 2 and "no kerangka covers this year" in no_year.stderr
    folder = runner.invoke(app, ["init", "--tahun", "2024", "-o", str(tmp_path / "x" / "a.yaml")])
    assert folder.exit_code == 2 and "does not exist" in folder.stderr
    empty = runner.invoke(app, ["init", "--tahun", "2024", "--instansi", "  "])
    assert empty.exit_code == 2 and empty.stdout == ""
    missing_year = runner.invoke(app, ["init"])
    assert missing_year.exit_code == 2


def test_init_never_writes_a_file_validate_refuses(tmp_path: Path) -> None:
    """A kerangka outside its years, or a year no answer file may have, is a usage error."""
    result = runner.invoke(app, ["init", "--tahun", "2026", "--kerangka", "spbe-2020"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--kerangka spbe-2020 covers 2021-2025, not 2026" in result.stderr
    result = runner.invoke(app, ["init", "--tahun", "2101"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "the evaluation year must be from 2000 to 2100" in result.stderr


@pytest.mark.parametrize("year", [2019, 2024, 2026])
def test_init_writes_no_kerangka_line_when_the_year_selects_the_table(
    year: int, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["init", "--tahun", str(year)])
    assert result.exit_code == 0
    assert not any(line.startswith("kerangka:") for line in result.stdout.splitlines())
    path = tmp_path / "baru.yaml"
    path.write_text(result.stdout, encoding="utf-8")
    copied = path.read_text(encoding="utf-8").replace(f"tahun: {year}", f"tahun: {year + 1}")
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    # last year's file copied to the next year: scored with the next year's table, or refused
    path.write_text(copied, encoding="utf-8")
    next_year = runner.invoke(app, ["validate", str(path)])
    assert next_year.exit_code in (0, 3)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_any_institution_name_survives_the_round_trip(name: str) -> None:
    framework = CATALOG.frameworks["pemdi-2026"]
    try:
        text = answer_file(Template(framework, 2026, name))
    except UsageError:  # refused only for characters that are not plain text
        assert any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Cn") for ch in name)
        return
    answers = read_answers(yamlsafe.parse(text, "x.yaml"), CATALOG)
    assert answers.institution == " ".join(name.split())


# ---------------------------------------------------------------- schema


def schema_for(framework_id: str | None) -> dict[str, Any]:
    args = ["schema"] + (["--kerangka", framework_id] if framework_id else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout, parse_float=Decimal)
    return data


def as_instance(text: str) -> Any:
    """An answer file as an editor sees it: keys as text, numbers exact (Decimal)."""
    return yamlsafe.parse(text, "x.yaml").data


def errors(schema: dict[str, Any], instance: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [e.message for e in validator.iter_errors(instance)]


@pytest.mark.parametrize("framework_id", [None, *FRAMEWORKS])
def test_the_schema_is_valid_json_schema_2020_12(framework_id: str | None) -> None:
    schema = schema_for(framework_id)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_samples_and_init_output_validate_against_the_schema(framework_id: str) -> None:
    sample = as_instance(SAMPLE_OF[framework_id].read_text("utf-8"))
    framework = CATALOG.frameworks[framework_id]
    fresh = as_instance(answer_file(Template(framework, first_year(framework_id))))
    for schema in (schema_for(framework_id), schema_for(None)):
        assert errors(schema, sample) == []
        assert errors(schema, fresh) == []
    if framework_id.startswith("spbe"):  # integer levels: a float-based reader agrees too
        plain = yaml.safe_load(SAMPLE_OF[framework_id].read_text("utf-8"))
        plain["indikator"] = {str(k): v for k, v in plain["indikator"].items()}
        assert errors(json.loads(json.dumps(schema_for(framework_id), default=float)), plain) == []


def test_the_schema_lists_ids_and_levels() -> None:
    schema = schema_for("spbe-2020")
    indicators = schema["properties"]["indikator"]
    assert list(indicators["properties"]) == list(raw_weights("spbe-2020"))
    assert indicators["required"] == list(raw_weights("spbe-2020"))
    assert indicators["additionalProperties"] is False
    level = schema["$defs"]["jawaban"]["anyOf"][0]
    assert level == {"type": "integer", "enum": [1, 2, 3, 4, 5]}
    assert schema_for("spbe-2018")["$defs"]["jawaban"]["anyOf"][0]["enum"] == [0, 1, 2, 3, 4, 5]
    pemdi = schema_for("pemdi-2026")["$defs"]["jawaban"]["anyOf"][0]
    number = {"type": "number", "minimum": 1, "maximum": 5}
    assert pemdi == {"anyOf": [number, {"type": "string", "pattern": FRACTION}]}


MUTATIONS_2020 = {
    "level 6": ("10", "6"),
    "level 0": ("10", "0"),
    "decimal level": ("10", "2.5"),
    "text level": ("10", "tiga"),
    "boolean level": ("10", "yes"),
    "empty level": ("10", ""),
}


@pytest.mark.parametrize("label", MUTATIONS_2020)
def test_an_invalid_level_is_rejected_by_schema_and_by_spbe(label: str) -> None:
    key, value = MUTATIONS_2020[label]
    text = answer_file(Template(CATALOG.frameworks["spbe-2020"], 2024)).replace(
        f'  "{key}":\n    level: 1', f'  "{key}":\n    level: {value}'
    )
    assert f"level: {value}" in text
    assert errors(schema_for("spbe-2020"), as_instance(text))
    result = runner.invoke(app, ["validate", "-"], input=text)
    assert result.exit_code == 3


PEMDI_VALUES = ["1", "5", "3.75", "4.01", "2.005", "0.99", "5.01", "3", "true", "x"]
PEMDI_VALUES += ["{sdi: 68.71}", "{sdi: 100.5}", "{sjig: 3.2}", "{sjig: 0.5}", "{level: 2, sdi: 5}"]


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([*raw_weights("pemdi-2026"), "5", "6", "21", "0", "1.1"]),
        st.sampled_from(PEMDI_VALUES),
        max_size=5,
    ),
    st.sets(st.sampled_from(list(raw_weights("pemdi-2026"))), max_size=2),
)
def test_schema_and_spbe_agree_on_pemdi_files(changes: dict[str, str], dropped: set[str]) -> None:
    levels = {i: "1" for i in raw_weights("pemdi-2026") if i not in dropped}
    levels.update(changes)
    text = "tahun: 2026\ninstansi: Uji\nindikator:\n" + "".join(
        f'  "{k}": {v}\n' for k, v in levels.items()
    )
    schema_ok = not errors(schema_for("pemdi-2026"), as_instance(text))
    spbe_ok = runner.invoke(app, ["validate", "-"], input=text).exit_code == 0
    assert schema_ok == spbe_ok, text


def test_schema_unknown_kerangka_is_a_usage_error() -> None:
    result = runner.invoke(app, ["schema", "--kerangka", "spbe-1999"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "known: " in result.stderr


# ---------------------------------------------------------------- optional parts (issue 10)

DRAFT_2026 = SAMPLES / "provinsi-draf-2026.yaml"


@pytest.mark.parametrize("stage", ["mandiri", "akhir"])
def test_init_writes_the_stage_form(stage: str) -> None:
    result = runner.invoke(app, ["init", "--tahun", "2026", "--tahap", stage])
    assert result.exit_code == 0, result.output
    assert "    level: {" + stage + ": 1}" in result.stdout
    answers = read_answers(yamlsafe.parse(result.stdout, "baru.yaml"), CATALOG)
    assert {a.stage for a in answers.levels.values()} == {stage}
    assert errors(schema_for("pemdi-2026"), as_instance(result.stdout)) == []
    at_dokumen = read_answers(
        yamlsafe.parse(result.stdout, "baru.yaml"),
        CATALOG,
        ReadOptions(allow_missing=True, stage="dokumen"),
    )
    # the mandiri value holds at the later stage; an akhir value is not reached at dokumen yet
    assert len(at_dokumen.missing) == (0 if stage == "mandiri" else 20)


def test_init_stage_must_be_a_stage() -> None:
    result = runner.invoke(app, ["init", "--tahun", "2026", "--tahap", "final"])
    assert result.exit_code == 2 and result.stdout == ""


def test_the_draft_sample_validates_against_both_schemas() -> None:
    sample = as_instance(DRAFT_2026.read_text("utf-8"))
    for schema in (schema_for("pemdi-2026"), schema_for(None)):
        assert errors(schema, sample) == []


ENTRY_WITH_EVERYTHING = """\
    level: {mandiri: 4, dokumen: 3, akhir: 3}
    penjelasan: Sudah diterapkan.
    pj: Dinas Kominfo
    target: 4
    rekomendasi:
      - {id: R1, teks: Reviu arsitektur, sumber: LHE 2025, status: proses, tenggat: 2026-06-30}
    data_dukung:
      - "Perbup 12-2024.pdf"
      - {berkas: bukti/perbup.pdf, level: 1, kode: I14-L1-01, status: diterima}
      - tautan: https://jdih.contoh.go.id/12
        level: 2
        status: diunggah
        tanggal: 2026-02-01
        berlaku_sampai: "2027-02-01"
        catatan: null
"""
TOP_WITH_EVERYTHING = """\
target_indeks: 3.5
target_predikat: Sangat Baik
rekomendasi:
  - {teks: Percepat interoperabilitas, aspek: A6, pj: Bappeda}
  - {teks: Reviu kebijakan, indikator: "1", status: selesai}
"""


def pemdi_text(entry: str = "    level: 2\n", top: str = "") -> str:
    lines = ["tahun: 2026", "instansi: Kota Uji", top.rstrip("\n"), "indikator:"]
    lines += [f'  "{k}": 2' for k in raw_weights("pemdi-2026") if k != "14"]
    lines.append('  "14":\n' + entry.rstrip("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def test_every_new_key_validates_against_both_schemas_and_spbe() -> None:
    text = pemdi_text(ENTRY_WITH_EVERYTHING, TOP_WITH_EVERYTHING)
    for schema in (schema_for("pemdi-2026"), schema_for(None)):
        assert errors(schema, as_instance(text)) == []
    assert runner.invoke(app, ["validate", "-"], input=text).exit_code == 0


BAD_ENTRIES = {
    "file and link": "data_dukung: [{berkas: a.pdf, tautan: 'https://x', level: 1}]",
    "neither file nor link": "data_dukung: [{level: 1, status: diterima}]",
    "item without level": "data_dukung: [{berkas: a.pdf}]",
    "item level off the scale": "data_dukung: [{berkas: a.pdf, level: 6}]",
    "item level not whole": "data_dukung: [{berkas: a.pdf, level: 2.5}]",
    "unknown status": "data_dukung: [{berkas: a.pdf, level: 1, status: selesai}]",
    "unknown item key": "data_dukung: [{berkas: a.pdf, level: 1, url: x}]",
    "date that is no date": "data_dukung: [{berkas: a.pdf, level: 1, tanggal: kemarin}]",
    "empty file name": "data_dukung: [{berkas: '', level: 1}]",
    "note that is a number": "data_dukung: [{berkas: a.pdf, level: 1, catatan: 5}]",
    "unknown stage": "level: {mandiri: 3, final: 2}\n",
    "no stage": "level: {}\n",
    "stage value off the scale": "level: {mandiri: 6}\n",
    "target off the scale": "target: 6",
    "recommendation without text": "rekomendasi: [{id: R1}]",
    "recommendation naming an aspect": "rekomendasi: [{teks: x, aspek: A1}]",
    "empty pj": "pj: ''",
}
BAD_TOPS = {
    "target index off the scale": "target_indeks: 6",
    "unknown predikat": "target_predikat: Hebat",
    "both indikator and aspek": "rekomendasi: [{teks: x, indikator: '1', aspek: A1}]",
    "unknown aspect": "rekomendasi: [{teks: x, aspek: A9}]",
    "unknown indicator": "rekomendasi: [{teks: x, indikator: '99'}]",
    "unknown follow-up status": "rekomendasi: [{teks: x, status: ditunda}]",
}


@pytest.mark.parametrize("label", [*BAD_ENTRIES, *BAD_TOPS])
def test_a_bad_optional_part_is_rejected_by_schema_and_by_spbe(label: str) -> None:
    if label in BAD_ENTRIES:
        part = BAD_ENTRIES[label]
        entry = part if part.startswith("level:") else f"level: 2\n{part}"
        text = pemdi_text("".join(f"    {line}\n" for line in entry.strip("\n").split("\n")))
    else:
        text = pemdi_text(top=BAD_TOPS[label])
    assert errors(schema_for("pemdi-2026"), as_instance(text)), text
    result = runner.invoke(app, ["validate", "-"], input=text)
    assert result.exit_code == 3, result.output


ITEM_VALUES: dict[str, list[str | None]] = {
    "berkas": [None, "a.pdf", "''"],
    "tautan": [None, "'https://x'"],
    "level": [None, "1", "5", "0", "6", "2.5", "'2'"],
    "kode": [None, "I1", "''"],
    "status": [None, "diterima", "diganti", "selesai"],
    "tanggal": [None, "2026-01-31", "'2026-01-31'", "kemarin"],
    "berlaku_sampai": [None, "2027-12-31", "31-12-2027"],
    "catatan": [None, "x", "null", "5"],
}


@settings(max_examples=80, deadline=None)
@given(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in ITEM_VALUES.items()}))
def test_schema_and_spbe_agree_on_evidence_items(item: dict[str, str | None]) -> None:
    fields = ", ".join(f"{k}: {v}" for k, v in item.items() if v is not None)
    text = pemdi_text(f"    level: 2\n    data_dukung: [{{{fields}}}]\n")
    schema_ok = not errors(schema_for("pemdi-2026"), as_instance(text))
    spbe_ok = runner.invoke(app, ["validate", "-"], input=text).exit_code == 0
    assert schema_ok == spbe_ok, text

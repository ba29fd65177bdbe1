"""`spbe import`: report PDFs to answer files that reproduce what the report prints.

Synthetic reports (tests/lhe_pdfs.py) whose summary is computed here from their levels with
the weight tables read by PyYAML (tests/import_support.py), so the suite stands alone; the
real reports beside the repository when they are there. Each written file is read back with
PyYAML, not through spbe."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli import i18n, yamlsafe
from spbe_cli.cli import app
from spbe_cli.importing.yamltext import quoted
from spbe_cli.renderers.text import visible
from tests.answerfiles import shown
from tests.import_support import SHARED, consistent, levels, printed_values, report
from tests.lhe_pdfs import Traits, plain_pdf

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("english")


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["import", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def pdf(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def data_of(text: str) -> dict[str, object]:
    loaded = yaml.safe_load(text)
    assert isinstance(loaded, dict)
    return loaded


def level_map(data: dict[str, object]) -> dict[str, int]:
    entries = data["indikator"]
    assert isinstance(entries, dict)
    return {str(k): (v["level"] if isinstance(v, dict) else v) for k, v in entries.items()}


PLAIN = Traits()


# ---------------------------------------------------------------- one report


def test_one_report_to_stdout_holds_every_level_and_where_it_came_from(tmp_path: Path) -> None:
    data = report(PLAIN)
    source = pdf(tmp_path, "laporan-2023.pdf", data)
    code, out, err = run(source)
    assert code == 0, err
    answers = data_of(out)
    assert (answers["tahun"], answers["kerangka"]) == (2023, "spbe-2020")
    assert answers["instansi"] == "Pemerintah Kabupaten Sukamaju"  # the running text's
    assert level_map(answers) == levels(PLAIN)
    assert f"sha256: {hashlib.sha256(data).hexdigest()}" in out
    assert "# Source: laporan-2023.pdf (" in out
    printed = consistent(PLAIN)
    assert f"#   SPBE Index: {printed.index_text.replace(',', '.')} ({printed.predicate})" in out
    assert "#     A8 Layanan Publik Berbasis Elektronik: " in out
    assert "# Printed averages (Nasional | Kementerian | LPNK | Lembaga Lain" in out
    written = tmp_path / "ok.yaml"
    written.write_text(out, encoding="utf-8")
    assert runner.invoke(app, ["validate", str(written)]).exit_code == 0
    score = runner.invoke(app, ["score", str(written), "-f", "json"])
    exact = printed_values("spbe-2020", levels(PLAIN))["indeks"]
    assert Fraction(json.loads(score.stdout)["indeks_tepat"]) == exact


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


@pytest.fixture(scope="module")
def plain_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The plain synthetic report imported to stdout (in English), read back with PyYAML."""
    with in_english():
        code, out, err = run(pdf(tmp_path_factory.mktemp("plain"), "a.pdf", report(PLAIN)))
    assert code == 0, err
    return data_of(out)


def test_the_predikat_and_index_targets_are_read(plain_answers: dict[str, object]) -> None:
    answers = plain_answers
    assert (answers["target_predikat"], answers["target_indeks"]) == ("Baik", 2.6)


def test_every_indicator_below_level_3_gets_target_3(plain_answers: dict[str, object]) -> None:
    entries = plain_answers["indikator"]
    assert isinstance(entries, dict)
    below = {i for i, level in levels(PLAIN).items() if level < 3}
    assert below and below != set(levels(PLAIN))
    with_target = {str(k) for k, v in entries.items() if isinstance(v, dict) and "target" in v}
    assert with_target == below  # "every indicator at least 3": where the level is below 3
    assert all(entries[k]["target"] == 3 for k in entries if str(k) in below)


def test_recommendations_are_the_advice_then_each_aspects_weakness(
    plain_answers: dict[str, object],
) -> None:
    items = plain_answers["rekomendasi"]
    assert isinstance(items, list)
    advice = [r for r in items if "aspek" not in r]
    assert [r["teks"][:16] for r in advice] == ["Instansi contoh ", "Paragraf kedua: "]
    weaknesses = [r for r in items if "aspek" in r]
    assert [r["aspek"] for r in weaknesses] == [f"A{n}" for n in range(1, 9)]
    assert weaknesses[0]["teks"] == "Kelemahan aspek 1: dokumen belum lengkap."
    assert {(r["sumber"], r["status"]) for r in items} == {("LHE 2023", "belum")}


def test_headed_recommendations_keep_the_advice_only(tmp_path: Path) -> None:
    traits = replace(PLAIN, recommendations="headed", findings=False, target_note=False)
    code, out, err = run(pdf(tmp_path, "a.pdf", report(traits)))
    assert code == 0, err
    answers = data_of(out)
    items = answers["rekomendasi"]
    assert isinstance(items, list) and len(items) == 1  # RINGKASAN is a summary, not advice
    assert items[0]["teks"].startswith("Instansi contoh perlu menetapkan")
    assert "target_predikat" not in answers and "target_indeks" not in answers


def test_output_file_never_replaced_without_force(tmp_path: Path) -> None:
    source = pdf(tmp_path, "a.pdf", report(PLAIN))
    target = tmp_path / "jawaban.yaml"
    code, out, err = run(source, "-o", target)
    assert (code, out) == (0, "")
    assert "jawaban.yaml: written from" in err
    first = target.read_text(encoding="utf-8")
    assert level_map(data_of(first)) == levels(PLAIN)
    target.write_text("# mine\n", encoding="utf-8")
    code, _, err = run(source, "-o", target)
    assert code == 2 and "--force" in err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    code, _, _ = run(source, "-o", target, "--force")
    assert code == 0 and target.read_text(encoding="utf-8") == first


def test_instansi_option_and_the_2018_layout(tmp_path: Path) -> None:
    traits = Traits(framework="spbe-2018", year=2020, averages="dot")
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run(
        pdf(tmp_path, "a.pdf", report(traits)), "-o", folder, "--instansi", "Kab.  Uji"
    )
    assert code == 0, err
    written = folder / "kab-uji-2020.yaml"
    answers = data_of(written.read_text(encoding="utf-8"))
    assert answers["instansi"] == "Kab. Uji" and answers["kerangka"] == "spbe-2018"
    assert level_map(answers) == levels(traits)
    assert {"35.1", "35.2", "35.3"} <= set(level_map(answers))
    assert 0 in level_map(answers).values()


def test_a_report_with_every_hard_trait_imports(tmp_path: Path) -> None:
    traits = replace(
        Traits(year=2022, kind="PEMANTAUAN").with_levels(2021, 2022),
        clipped_overflow=True,
        rows_per_page=(30,),
        column_shift=7.0,
        footer_year=True,
        summary_wrapped=True,
        national_above_summary=True,
        averages="mixed",
        justified=True,
        box_name_wraps=True,
        institution="PEMERINTAH PROVINSI NUSA CONTOH TENGAH",
        running_name=None,
    )
    code, out, err = run(pdf(tmp_path, "sulit.pdf", report(traits)))
    assert code == 0, err
    answers = data_of(out)
    assert answers["instansi"] == "Pemerintah Provinsi Nusa Contoh Tengah"
    assert level_map(answers) == levels(traits, 2022)


# ---------------------------------------------------------------- refusals


def test_a_printed_value_the_levels_do_not_give_writes_nothing(tmp_path: Path) -> None:
    right = consistent(PLAIN)
    values = dict(zip(("indeks", "D1", "A1", "D2", "A2"), right.summary or (), strict=False))
    wrong_a2 = "1,11" if values["A2"] != "1,11" else "1,12"
    source = pdf(tmp_path, "salah.pdf", report(PLAIN, A2=wrong_a2))
    target = tmp_path / "salah.yaml"
    code, out, err = run(source, "-o", target)
    assert (code, out) == (3, "")
    assert not target.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1
    exact = printed_values("spbe-2020", levels(PLAIN))["A2"]
    assert f"A2 Perencanaan Strategis SPBE: the report prints {wrong_a2}" in lines[0]
    assert f"the levels read give {values['A2'].replace(',', '.')}" in lines[0]
    assert Fraction(lines[0].split("(exactly ")[1].split(")")[0]) == exact
    code, out, err = run(source)
    assert (code, out) == (3, "")


def test_one_line_per_differing_value_predicate_too(tmp_path: Path) -> None:
    changed = {"indeks": "1,01", "D4": "1,02", "predikat": "Kurang"}
    source = pdf(tmp_path, "salah.pdf", report(PLAIN, **changed))
    code, out, err = run(source)
    assert (code, out) == (3, "")
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert sum("the report prints 1,01" in line for line in lines) == 1
    assert sum("D4 Domain Layanan SPBE: the report prints 1,02" in line for line in lines) == 1
    assert (
        sum(
            line.split(": ", 1)[1].startswith("predikat: the report prints Kurang")
            for line in lines
        )
        == 1
    )
    assert all(line.startswith(f"{source}:1:1: ") for line in lines)


def test_not_a_report(tmp_path: Path) -> None:
    source = pdf(tmp_path, "surat.pdf", plain_pdf(["Surat undangan rapat", "Hari Senin"]))
    code, out, err = run(source, "-o", tmp_path / "x.yaml")
    assert (code, out) == (3, "")
    assert err.count("\n") == 1
    assert err.startswith(f"{source}:1:1: not a readable KemenPANRB SPBE evaluation report: ")
    assert not (tmp_path / "x.yaml").exists()
    text = tmp_path / "teks.pdf"
    text.write_text("bukan pdf", encoding="utf-8")
    code, _, err = run(text)
    assert code == 3 and "not a readable KemenPANRB" in err


def test_missing_file_and_empty_folder_are_usage_errors(tmp_path: Path) -> None:
    code, out, err = run(tmp_path / "tidak-ada.pdf")
    assert (code, out) == (2, "")
    assert "tidak-ada.pdf" in err
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "catatan.yaml").write_text("a: 1\n", encoding="utf-8")
    code, _, err = run(empty)
    assert code == 2 and "holds no *.pdf files" in err


# ---------------------------------------------------------------- several reports


def test_several_reports_need_a_folder(tmp_path: Path) -> None:
    a = pdf(tmp_path, "a.pdf", report(PLAIN))
    b = pdf(tmp_path, "b.pdf", report(replace(PLAIN, year=2024)))
    code, out, err = run(a, b)
    assert (code, out) == (2, "") and "need -o DIR" in err
    (tmp_path / "file.yaml").write_text("x\n", encoding="utf-8")
    code, _, err = run(a, b, "-o", tmp_path / "file.yaml")
    assert code == 2 and "not a folder" in err


def test_a_folder_of_reports_a_bad_one_does_not_stop_the_others(tmp_path: Path) -> None:
    reports = tmp_path / "laporan"
    reports.mkdir()
    pdf(reports, "1-sukamaju-2023.pdf", report(PLAIN))
    pdf(reports, "2-surat.pdf", plain_pdf(["bukan laporan"]))
    pdf(reports, "3-sukamaju-2024.pdf", report(replace(PLAIN, year=2024)))
    (reports / "catatan.txt").write_text("diabaikan\n", encoding="utf-8")
    out_dir = tmp_path / "jawaban"  # created
    code, out, err = run(reports, "-o", out_dir)
    assert (code, out) == (3, "")
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "pemerintah-kabupaten-sukamaju-2023.yaml",
        "pemerintah-kabupaten-sukamaju-2024.yaml",
    ]
    assert "2-surat.pdf:1:1: not a readable" in err
    assert "warning: 1 of 3 reports not imported" in err
    again = run(reports, "-o", out_dir)
    assert again[0] == 3 and again[2].count("exists") == 2  # never replaced without --force


def test_two_reports_of_one_year_are_not_written_over_each_other(tmp_path: Path) -> None:
    a = pdf(tmp_path, "a.pdf", report(PLAIN))
    b = pdf(tmp_path, "b.pdf", report(PLAIN))
    code, _, err = run(a, b, "-o", tmp_path / "out", "--force")
    assert code == 2
    assert "was already written from" in err and str(a) in err


# ---------------------------------------------------------------- the earlier column


def test_the_earlier_level_column_of_a_two_year_report(tmp_path: Path) -> None:
    traits = Traits(year=2022, kind="PEMANTAUAN").with_levels(2021, 2022)
    source = pdf(tmp_path, "pemantauan-2022.pdf", report(traits))
    code, own, err = run(source)
    assert code == 0, err
    assert level_map(data_of(own)) == levels(traits, 2022)
    code, earlier, err = run(source, "--tahun", "2021")
    assert code == 0, err
    answers = data_of(earlier)
    assert answers["tahun"] == 2021
    assert level_map(answers) == levels(traits, 2021) != levels(traits, 2022)
    assert "NOT checked against printed values" in earlier
    assert not {"target_predikat", "target_indeks", "rekomendasi"} & set(answers)
    assert "Printed values" not in earlier
    written = tmp_path / "2021.yaml"
    code, _, err = run(source, "--tahun", "2021", "-o", written)
    assert code == 0 and "the 2021 levels are not checked" in err
    code, out, err = run(source, "--tahun", "2020")
    assert (code, out) == (3, "")
    assert "prints no levels for 2020; its level columns: 2021, 2022" in err


# ---------------------------------------------------------------- the writer, start-up


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=300))  # any text, spaces and controls included
def test_quoted_text_reads_back_as_written(raw: str) -> None:
    text = visible(raw)  # what content.py keeps of a text: controls shown as escapes
    document = f"teks: {quoted(text, 2, 6)}\n"
    body = document.removeprefix("teks: ")  # a line is cut only at a space of the text itself
    assert all(len(line) <= 100 - 6 or " " not in line.strip() for line in body.splitlines())
    assert yaml.safe_load(document) == {"teks": text}
    parsed = yamlsafe.parse(document, "x.yaml")
    assert parsed.data == {"teks": text} and not parsed.problems


def test_quoted_wraps_long_text_at_spaces() -> None:
    text = " ".join(["kata"] * 60) + "  dua  spasi \\ akhir "
    document = f"teks: {quoted(text, 6, 6)}"
    assert len(document.splitlines()) > 2
    assert yaml.safe_load(document) == {"teks": text}


def test_the_command_module_does_not_load_the_pdf_library() -> None:
    code = "import sys, spbe_cli.cli.imports; print([m for m in sys.modules if 'pdfminer' in m])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------- the real reports


REAL = sorted(SHARED.glob("*.pdf")) if SHARED.is_dir() else []


@pytest.mark.skipif(not REAL, reason=f"the real reports are not here ({SHARED})")
def test_every_real_report_imports_and_reproduces_what_it_prints(tmp_path: Path) -> None:
    from tests.test_lhe_real import BY_FILE, levels_of

    code, _, err = run(SHARED, "-o", tmp_path)
    assert code == 0, err
    assert err.count("its levels give every printed value") == len(REAL)
    for path in REAL:
        want = BY_FILE[path.name]  # read by eye on the rendered pages
        who = "kota-bandar-lampung" if "bandar" in path.name else "kabupaten-madiun"
        answers = data_of((tmp_path / f"pemerintah-{who}-{want.year}.yaml").read_text("utf-8"))
        assert answers["instansi"] == want.institution
        assert (answers["tahun"], answers["kerangka"]) == (want.year, want.framework)
        assert level_map(answers) == levels_of(want.levels, want.framework)
        exact = printed_values(want.framework, level_map(answers))
        assert {row: shown(exact[row]) for row, _, _ in want.summary} == {
            row: text.replace(",", ".") for row, _, text in want.summary
        }

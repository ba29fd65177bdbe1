"""`spbe score` end to end through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import __version__
from spbe_cli.cli import app
from spbe_cli.frameworks import Catalog
from tests.conftest import SAMPLES, WriteAnswers, all_at, answer_text

SAMPLE_2024 = next(s for s in SAMPLES if "2024" in s.name)
SAMPLE_2019 = next(s for s in SAMPLES if "2019" in s.name)
SAMPLE_2026 = next(s for s in SAMPLES if "2026" in s.name)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"spbe {__version__}\n")


def test_table_shows_index_and_predicate(runner: CliRunner, catalog: Catalog) -> None:
    result = runner.invoke(app, ["score", str(SAMPLE_2024)])
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(app, ["score", str(SAMPLE_2024), "-f", "json"]).stdout)
    out = result.stdout
    assert f"Indeks SPBE  {data['indeks']:.2f}" in out
    assert f"Predikat  {data['predikat']}" in out
    for domain in data["domain"]:
        assert domain["nama"] in out
        assert f"{domain['indeks']:.2f}" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert result.stderr == ""  # spbe-2020 is an official table: no warning


def test_detail_lists_every_indicator(runner: CliRunner, catalog: Catalog) -> None:
    result = runner.invoke(app, ["score", str(SAMPLE_2026), "--detail"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    framework = catalog.get("pemdi-2026")
    assert framework is not None
    for indicator in framework.indicators:
        assert indicator.name in result.stdout
    assert "3.75" in result.stdout  # a decimal value shown as written


def test_provisional_table_warns_once_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", str(SAMPLE_2019), str(SAMPLE_2019), "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "peringatan: kerangka spbe-2018 masih sementara; lihat `spbe kerangka spbe-2018`"
    ]
    json.loads(result.stdout)  # stdout stays pure data


def test_a_file_named_with_a_trailing_slash_is_read_as_the_file(runner: CliRunner) -> None:
    """`berkas.yaml/` (a shell's completion) names the file, as a path does everywhere in spbe."""
    plain = runner.invoke(app, ["score", str(SAMPLE_2024), "-f", "json"])
    for written in (f"{SAMPLE_2024}/", f"{SAMPLE_2024}/."):
        slashed = runner.invoke(app, ["score", written, "-f", "json"])
        assert slashed.exit_code == plain.exit_code == 0, slashed.stderr
        assert json.loads(slashed.stdout)["indeks"] == json.loads(plain.stdout)["indeks"]


def test_answer_entries_pickle_and_copy_as_they_are(catalog: Catalog) -> None:
    """What a worker process may send back: a file's entries, their default stages included
    (the weight table travels by identity: spbe_cli/workers.py)."""
    import copy
    import pickle
    from fractions import Fraction

    from spbe_cli import api
    from spbe_cli.answers import Answer

    entries = {**api.read(str(SAMPLE_2026), catalog).levels, "x": Answer(Fraction(3))}
    assert pickle.loads(pickle.dumps(entries)) == entries
    assert copy.deepcopy(entries) == entries


def test_json_one_file_is_an_object(runner: CliRunner) -> None:
    data = json.loads(runner.invoke(app, ["score", str(SAMPLE_2024), "-f", "json"]).stdout)
    assert set(data) >= {
        "instansi",
        "tahun",
        "kerangka",
        "indeks",
        "indeks_tepat",
        "predikat",
        "domain",
        "aspek",
        "indikator",
    }
    assert {"id", "nama", "bobot", "indeks"} <= set(data["domain"][0])
    assert {"id", "nama", "domain", "bobot", "indeks"} <= set(data["aspek"][0])
    assert {"id", "nama", "aspek", "bobot", "level"} <= set(data["indikator"][0])
    assert len(data["indikator"]) == 47


def test_json_several_files_is_an_array_in_input_order(runner: CliRunner) -> None:
    order = [SAMPLE_2026, SAMPLE_2024, SAMPLE_2019, SAMPLE_2024]
    result = runner.invoke(app, ["score", *map(str, order), "-f", "json"])
    data = json.loads(result.stdout)
    assert [d["berkas"] for d in data] == [str(p) for p in order]
    singles = [
        json.loads(runner.invoke(app, ["score", str(p), "-f", "json"]).stdout) for p in order
    ]
    assert data == singles  # the compact batch form holds the same objects


def test_csv_one_row_per_indicator(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", str(SAMPLE_2019), str(SAMPLE_2026), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 37 + 20
    assert {r["kerangka"] for r in rows} == {"spbe-2018", "pemdi-2026"}
    first = rows[0]
    assert (first["tahun"], first["indikator"], first["domain"], first["aspek"]) == (
        "2019",
        "1",
        "D1",
        "A1",
    )
    assert next(r for r in rows if r["indikator"] == "35.2")["bobot"] == "3.33"


def test_markdown_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", str(SAMPLE_2024), "-f", "markdown"])
    data = json.loads(runner.invoke(app, ["score", str(SAMPLE_2024), "-f", "json"]).stdout)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("### Indeks SPBE")
    assert f"**Indeks SPBE: {data['indeks']:.2f} — {data['predikat']}**" in lines
    assert sum(1 for line in lines if line.startswith("| A")) == 8


def test_stdin(runner: CliRunner) -> None:
    text = SAMPLE_2024.read_text(encoding="utf-8")
    result = runner.invoke(app, ["score", "-", "-f", "json"], input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["berkas"] == "<stdin>"


def test_answer_file_is_never_modified(runner: CliRunner, write: WriteAnswers) -> None:
    path = write(SAMPLE_2024.read_text(encoding="utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for fmt in ("table", "json", "csv", "markdown"):
        assert runner.invoke(app, ["score", str(path), "-f", fmt]).exit_code == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing written


def test_a_kerangka_line_outside_its_years_is_refused_and_the_option_is_a_what_if(
    runner: CliRunner, catalog: Catalog, write: WriteAnswers
) -> None:
    framework = catalog.get("spbe-2018")
    assert framework is not None
    path = write(
        answer_text(framework, all_at(framework, 2), year=2021, extra="kerangka: spbe-2018")
    )
    refused = runner.invoke(app, ["score", str(path), "-f", "json"])
    assert (refused.exit_code, refused.stdout) == (3, "")
    assert refused.stderr.count("\n") == 1
    assert (
        "kerangka spbe-2018 berlaku 2018-2020, bukan 2021; tahun 2021 dinilai dengan spbe-2020"
        in refused.stderr
    )
    assert "spbe init --tahun 2021" in refused.stderr and "--kerangka spbe-2018" in refused.stderr
    what_if = write(answer_text(framework, all_at(framework, 2), year=2021))
    result = runner.invoke(app, ["score", str(what_if), "-f", "json", "--kerangka", "spbe-2018"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["kerangka"] == "spbe-2018"
    assert "dinilai dengan kerangka spbe-2018 sesuai --kerangka (simulasi)" in result.stderr


def test_allow_incomplete_reports_the_range(
    runner: CliRunner, catalog: Catalog, write: WriteAnswers
) -> None:
    framework = catalog.get("spbe-2020")
    assert framework is not None
    levels = {str(n): 3 for n in range(1, 46)}
    path = write(answer_text(framework, levels, year=2024))
    assert runner.invoke(app, ["score", str(path)]).exit_code == 3
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "json"])
    data = json.loads(result.stdout)
    assert data["belum_diisi"] == ["46", "47"]
    # 45 indicators at 3; 46 and 47 (3 % each) at 1 or at 5: 3 ∓ 2·2·3/100
    assert (data["indeks_min"], data["indeks_maks"]) == (2.88, 3.12)
    table = runner.invoke(app, ["score", str(path), "--allow-incomplete"]).stdout
    assert "Belum diisi 2 indikator (46, 47)" in table


def test_weights_option_and_env(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "bobot"
    folder.mkdir()
    table = (Path(__file__).parent.parent / "weights" / "spbe-2020.yaml").read_text("utf-8")
    (folder / "spbe-2020.yaml").write_text(
        table.replace("status: resmi", "status: sementara"), encoding="utf-8"
    )
    by_option = runner.invoke(app, ["score", str(SAMPLE_2024), "--weights", str(folder)])
    by_env = runner.invoke(app, ["score", str(SAMPLE_2024)], env={"SPBE_WEIGHTS": str(folder)})
    for result in (by_option, by_env):
        assert result.exit_code == 0
        assert "kerangka spbe-2020 masih sementara" in result.stderr


@pytest.mark.parametrize("args", [["--version"], ["score", str(SAMPLE_2024), "-f", "json"]])
def test_python_dash_m(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_kerangka_command(runner: CliRunner) -> None:
    listing = runner.invoke(app, ["kerangka"])
    assert listing.exit_code == 0
    assert "spbe-2018" in listing.stdout and "pemdi-2026" in listing.stdout
    one = json.loads(runner.invoke(app, ["kerangka", "pemdi-2026", "-f", "json"]).stdout)
    assert one["status"] == "resmi"
    assert [b["dari"] for b in one["predikat"]] == ["1.00", "1.50", "2.50", "3.50", "4.00"]
    # Tabel 4, p. 38, as printed: "1 <= x <= 1,50", then "1,50 < x <= 2,50" and so on
    assert [b["rentang"] for b in one["predikat"]] == [
        "1.00 ≤ x ≤ 1.50",
        "1.50 < x ≤ 2.50",
        "2.50 < x ≤ 3.50",
        "3.50 < x ≤ 4.00",
        "4.00 < x ≤ 5.00",
    ]
    assert [(b["tingkat"], b["nama_en"]) for b in one["predikat"]] == [
        ("Merintis", "Initiate"),
        ("Membangun", "Emerging"),
        ("Berkembang", "Developing"),
        ("Melembaga", "Embedded"),
        ("Unggul", "Leading"),
    ]
    unknown = runner.invoke(app, ["kerangka", "spbe-1999"])
    assert (unknown.exit_code, unknown.stdout) == (2, "")

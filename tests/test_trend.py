"""`spbe trend`: one instansi over the years, and `spbe report --riwayat`.

Answer files are written from the samples' levels under one instansi name; every expected
number is computed here from the weight tables read with PyYAML (tests/answerfiles.py)."""

from __future__ import annotations

import csv
import io
import json
import re
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.answerfiles import (
    KAB_2024,
    KOTA_2019,
    PROV_2026,
    SAMPLES,
    index_of,
    raw_members,
    raw_weights,
    sample_levels,
    shown,
    write_answers,
)

runner = CliRunner()
KAB_2023 = SAMPLES / "kabupaten-contoh-2023.yaml"
FILES = {2019: KOTA_2019, 2023: KAB_2023, 2024: KAB_2024, 2026: PROV_2026}
FRAMEWORKS = {2019: "spbe-2018", 2023: "spbe-2020", 2024: "spbe-2020", 2026: "pemdi-2026"}


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["trend", *map(str, args)], env=env or {"COLUMNS": "160"})
    return result.exit_code, result.stdout, result.stderr


def levels(year: int) -> dict[str, Fraction]:
    return sample_levels(FILES[year])


def index(year: int) -> Fraction:
    return index_of(levels(year), raw_weights(FRAMEWORKS[year]))


def group(year: int, section: str, group_id: str) -> Fraction:
    members = raw_members(FRAMEWORKS[year], section)[group_id]
    return index_of({i: levels(year)[i] for i in members}, raw_weights(FRAMEWORKS[year]))


@pytest.fixture()
def history(tmp_path: Path) -> dict[int, Path]:
    """One instansi's four years, its name written three ways, the files named out of order."""
    names = {2019: "Kota Uji", 2023: "KOTA  UJI", 2024: " kota uji", 2026: "Kota Uji"}
    return {
        year: write_answers(tmp_path, f"{9 - n}-{year}.yaml", year, levels(year), institution=name)
        for n, (year, name) in enumerate(names.items())
    }


def exact(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


# ---------------------------------------------------------------- the JSON contract


def test_json_contract_years_sorted_exact_changes(history: dict[int, Path]) -> None:
    code, out, err = run(*reversed(list(history.values())), "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 1
    (one,) = data
    assert set(one) == {"instansi", "riwayat"}
    assert one["instansi"] == "Kota Uji"  # as the latest year writes it
    rows = one["riwayat"]
    assert [r["tahun"] for r in rows] == [2019, 2023, 2024, 2026]
    keys = {"tahun", "kerangka", "indeks", "indeks_tepat", "predikat", "tingkat", "selisih"}
    assert all(set(r) == keys | {"domain", "aspek"} for r in rows)
    # each year named by its own kerangka: only pemdi-2026 has a tingkat (p. 38)
    assert [r["tingkat"] is None for r in rows] == [True, True, True, False]
    assert [r["kerangka"] for r in rows] == [FRAMEWORKS[y] for y in (2019, 2023, 2024, 2026)]
    assert [Fraction(r["indeks_tepat"]) for r in rows] == [index(y) for y in FRAMEWORKS]
    assert rows[0]["selisih"] is None
    for before, after in zip((2019, 2023, 2024), (2023, 2024, 2026), strict=True):
        row = rows[[2019, 2023, 2024, 2026].index(after)]
        assert exact(row["selisih"]) == index(after) - index(before)  # across kerangka too
    assert rows[1]["domain"][3]["id"] == "D4"
    assert Fraction(rows[1]["domain"][3]["indeks_tepat"]) == group(2023, "domain", "D4")
    assert rows[3]["domain"] == [] and len(rows[3]["aspek"]) == 7
    for row, year in zip(rows, FRAMEWORKS, strict=True):  # `domain`/`aspek` as in `score`
        score = json.loads(runner.invoke(app, ["score", str(history[year]), "-f", "json"]).stdout)
        assert (row["domain"], row["aspek"]) == (score["domain"], score["aspek"])
        assert (row["indeks"], row["predikat"]) == (score["indeks"], score["predikat"])


def test_several_instansi_are_grouped_by_name(tmp_path: Path) -> None:
    a = write_answers(tmp_path, "a.yaml", 2023, levels(2023), institution="Kabupaten B")
    b = write_answers(tmp_path, "b.yaml", 2024, levels(2024), institution="Kabupaten A")
    c = write_answers(tmp_path, "c.yaml", 2024, levels(2023), institution="kabupaten  b")
    code, out, _ = run(tmp_path, "-f", "json")  # a folder stands for its answer files
    assert code == 0
    data = json.loads(out)
    assert [d["instansi"] for d in data] == ["Kabupaten A", "kabupaten  b"]
    assert [[r["tahun"] for r in d["riwayat"]] for d in data] == [[2024], [2023, 2024]]
    assert exact(data[1]["riwayat"][1]["selisih"]) == 0  # the same levels: no change
    assert {a.name, b.name, c.name} == {"a.yaml", "b.yaml", "c.yaml"}


def test_two_files_of_one_instansi_and_one_year_are_refused(tmp_path: Path) -> None:
    first = write_answers(tmp_path, "satu.yaml", 2024, levels(2024), institution="Kota Uji")
    second = write_answers(tmp_path, "dua.yaml", 2024, levels(2023), institution="KOTA UJI")
    other = write_answers(tmp_path, "tiga.yaml", 2023, levels(2023), institution="Kota Uji")
    code, out, err = run(first, other, second)
    assert (code, out) == (3, "")
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{second}:1:1: ") and str(first) in lines[0]


# ---------------------------------------------------------------- across kerangka


def test_a_kerangka_change_is_shown_and_compared_through_the_mapping(
    history: dict[int, Path],
) -> None:
    code, out, err = run(*history.values(), "-f", "markdown")
    assert code == 0, err
    assert "_Tahun 2019 → 2023: Lintas kerangka spbe-2018 → spbe-2020: indeks dan predikat" in out
    assert (
        "_Tahun 2024 → 2026: Lintas kerangka spbe-2020 → pemdi-2026: hanya indeks dan predikat"
        in out
    )
    # spbe-2018 D3 Layanan → spbe-2020 D4 Layanan (primer): its change is shown in 2023
    d4 = next(line for line in out.splitlines() if line.startswith("| D4 | Layanan SPBE |"))
    change = group(2023, "domain", "D4") - group(2019, "domain", "D3")
    cells = [c.strip() for c in d4.split("|")[1:-1]]
    assert cells[2].startswith(shown(group(2023, "domain", "D4")))
    assert ", primer)" in cells[2]
    assert Fraction(re.findall(r"\(([-+]\d+\.\d+)", cells[2])[0]) == round_to(change)
    # D3 Manajemen is new in spbe-2020: no change shown in 2023, one in 2024
    d3 = next(line for line in out.splitlines() if line.startswith("| D3 | Manajemen SPBE |"))
    assert "(" not in d3.split("|")[3] and "(" in d3.split("|")[4]


def round_to(value: Fraction) -> Fraction:
    """Half-up to 2 decimals (when the change has more than 4 decimals, the text shows the
    difference of the two rounded values instead; not the case in the D4 row checked)."""
    return Fraction(shown(abs(value))) * (1 if value >= 0 else -1)


def test_guessed_rows_only_on_request(history: dict[int, Path]) -> None:
    _, plain, _ = run(*history.values(), "-f", "csv")
    _, asked, _ = run(*history.values(), "-f", "csv", "--termasuk-dugaan")

    def pemdi_changes(text: str) -> list[dict[str, str]]:
        rows = list(csv.DictReader(io.StringIO(text)))
        return [r for r in rows if r["tahun"] == "2026" and r["kelompok"] == "aspek"]

    assert all(r["selisih"] == "" for r in pemdi_changes(plain))
    guessed = [r for r in pemdi_changes(asked) if r["selisih"]]
    assert guessed and {r["keyakinan"] for r in guessed} == {"dugaan"}
    a2 = next(r for r in guessed if r["id"] == "A2")  # Penyelenggara SPBE A4 -> A2 (dugaan)
    assert Fraction(a2["selisih_tepat"]) == group(2026, "aspek", "A2") - group(2024, "aspek", "A4")
    _, table, _ = run(*history.values())
    flat = " ".join(table.split())
    assert "hanya memasangkan indikator dengan dugaan (tanpa sumber)" in flat


def test_csv_rows_and_exact_values(history: dict[int, Path]) -> None:
    code, out, _ = run(*history.values(), "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "instansi", "tahun", "kerangka", "kelompok", "id", "nama", "nilai", "nilai_tepat",
        "predikat", "selisih", "selisih_tepat", "keyakinan",
    ]  # fmt: skip
    indices = [r for r in rows if r["kelompok"] == "indeks"]
    assert [Fraction(r["nilai_tepat"]) for r in indices] == [index(y) for y in FRAMEWORKS]
    assert [r["nilai"] for r in indices] == [shown(index(y)) for y in FRAMEWORKS]
    assert Fraction(indices[2]["selisih_tepat"]) == index(2024) - index(2023)
    d2 = next(r for r in rows if r["tahun"] == "2024" and r["id"] == "D2")
    assert Fraction(d2["selisih_tepat"]) == group(2024, "domain", "D2") - group(
        2023, "domain", "D2"
    )


def test_table_shows_each_years_value_and_change(history: dict[int, Path]) -> None:
    code, out, _ = run(*history.values())
    assert code == 0
    assert out.startswith("Riwayat Indeks SPBE → Indeks Pemdi Kota Uji, 2019–2026")
    year_rows = {
        cells[0]: cells
        for cells in (line.split() for line in out.splitlines())
        if len(cells) > 2 and cells[1] in FRAMEWORKS.values()
    }
    assert [year_rows[str(y)][2] for y in FRAMEWORKS] == [shown(index(y)) for y in FRAMEWORKS]
    # the change as shown: 2.74 - 2.57, marked, the exact 2.7435 - 2.566 in the footnote
    assert year_rows["2024"][3] == "+0.17*"
    assert index(2024) - index(2023) == Fraction("0.1775")
    assert "2024 +0.1775;" in " ".join(out.split())
    assert "Domain (spbe-2020, tahun 2023–2024)" in out and "Aspek (pemdi-2026, tahun 2026)" in out


@pytest.mark.usefixtures("english")
def test_english_labels(history: dict[int, Path]) -> None:
    code, out, _ = run(*history.values(), "--bahasa", "en")
    assert code == 0
    assert out.startswith(
        "SPBE Index → Digital Government Index (Pemdi) history, Kota Uji, 2019–2026"
    )
    assert "Rating" in out and "Predikat" not in out
    code, json_en, _ = run(*history.values(), "-f", "json", "--bahasa", "en")
    assert json_en == run(*history.values(), "-f", "json")[1]


# ---------------------------------------------------------------- the HTML page


def test_html_page_is_self_contained_and_never_replaced_without_force(
    history: dict[int, Path], tmp_path: Path
) -> None:
    page = tmp_path / "riwayat.html"
    code, out, err = run(*history.values(), "-o", page)
    assert (code, out) == (0, "") and "riwayat.html" in err
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert html.count('class="point"') == 4
    for year in FRAMEWORKS:
        assert f">{shown(index(year))}</text>" in html  # each point labelled
        assert f">{year}</text>" in html
    # bands: 5 per kerangka segment (spbe-2018, spbe-2020, pemdi-2026)
    assert html.count('class="band"') == 15
    assert html.count('stroke-dasharray="7 5"') == 2  # two kerangka changes
    assert "@page { size: A4" in html
    code, _, err = run(*history.values(), "-o", page)
    assert code == 2 and "--force" in err
    assert run(*history.values(), "-o", page, "--force")[0] == 0
    code, _, err = run(*history.values(), "-o", tmp_path / "riwayat.pdf")
    assert code == 2 and ".html" in err


def test_html_domain_lines_are_optional(history: dict[int, Path], tmp_path: Path) -> None:
    plain, lines = tmp_path / "a.html", tmp_path / "b.html"
    run(*history.values(), "-o", plain)
    run(*history.values(), "-o", lines, "--domain")
    assert 'class="group"' not in plain.read_text("utf-8")
    # 3 domains (2019) + 4 domains (2023-2024) + 7 aspects (2026)
    assert lines.read_text("utf-8").count('class="group"') == 14


def test_html_escapes_the_institution(tmp_path: Path) -> None:
    name = '<b>Kota</b> & "Uji"'
    path = write_answers(tmp_path, "x.yaml", 2024, levels(2024), institution=f"'{name}'")
    page = tmp_path / "x.html"
    assert run(path, "-o", page)[0] == 0
    html = page.read_text("utf-8")
    assert "<b>Kota</b>" not in html and "&lt;b&gt;Kota&lt;/b&gt; &amp;" in html


# ---------------------------------------------------------------- spbe report --riwayat


def test_report_riwayat_adds_the_chart(history: dict[int, Path], tmp_path: Path) -> None:
    other = write_answers(tmp_path, "lain.yaml", 2023, levels(2023), institution="Kota Lain")
    out = tmp_path / "laporan.html"
    result = runner.invoke(
        app,
        ["report", str(history[2024]), "--riwayat", str(tmp_path), "-o", str(out)],
    )
    assert result.exit_code == 0, result.stderr
    assert "1 berkas bukan milik" in result.stderr  # Kota Lain left out
    html = out.read_text("utf-8")
    assert html.count('class="point"') == 4  # the report's own file counted once
    assert 'class="history"' in html and other.name not in html
    plain = tmp_path / "tanpa.html"
    runner.invoke(app, ["report", str(history[2024]), "-o", str(plain)])
    assert 'class="history"' not in plain.read_text("utf-8")
    markdown = runner.invoke(
        app, ["report", str(history[2024]), "--riwayat", str(tmp_path), "-o", "-"]
    )
    assert markdown.exit_code == 0, markdown.stderr  # Markdown and Excel carry it as tables
    assert "## Riwayat" in markdown.stdout


def test_report_riwayat_refuses_two_files_of_one_year(tmp_path: Path) -> None:
    mine = write_answers(tmp_path, "a.yaml", 2024, levels(2024), institution="Kota Uji")
    again = write_answers(tmp_path, "b.yaml", 2024, levels(2023), institution="Kota Uji")
    result = runner.invoke(
        app, ["report", str(mine), "--riwayat", str(again), "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 3 and str(again) in result.stderr and str(mine) in result.stderr
    assert not (tmp_path / "r.html").exists()

"""PermenPANRB 8/2026 as it prints its bands, read on the rendered page (not from the code).

Tabel 4, p. 38: 1 <= x <= 1,50 Kurang / Merintis / Initiate; 1,50 < x <= 2,50 Cukup / Membangun
/ Emerging; 2,50 < x <= 3,50 Baik / Berkembang / Developing; 3,50 < x <= 4,00 Sangat Baik /
Melembaga / Embedded; 4,00 < x <= 5,00 Memuaskan / Unggul / Leading. Every indicator sheet
(pp. 11-36) prints the same edges for its level values ("> 1,50 s.d. <= 2,50"). The "<=" is an
underlined "<" that text extraction flattens; these expectations come from the page image.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.frameworks import Catalog, band_position
from tests.answerfiles import raw_members, raw_weights
from tests.xlsx_eval import Evaluator

PAGE_38 = (  # (top of the band, predikat, tingkat, English); each band holds its top
    (Fraction("1.5"), "Kurang", "Merintis", "Initiate"),
    (Fraction("2.5"), "Cukup", "Membangun", "Emerging"),
    (Fraction("3.5"), "Baik", "Berkembang", "Developing"),
    (Fraction(4), "Sangat Baik", "Melembaga", "Embedded"),
    (Fraction(5), "Memuaskan", "Unggul", "Leading"),
)
EDGES = {"1.5": "Kurang", "2.5": "Cukup", "3.5": "Baik", "4": "Sangat Baik"}
ABOVE = {"1.5001": "Cukup", "2.5001": "Baik", "3.5001": "Sangat Baik", "4.0001": "Memuaskan"}
TIERS = {row[1]: row[2] for row in PAGE_38}
ENGLISH = {row[1]: row[3] for row in PAGE_38}
LEVELS = {row[2]: n for n, row in enumerate(PAGE_38, start=1)}


def page_band(value: Fraction) -> tuple[str, str, str]:
    """Predikat, tingkat and English term of a value, by Tabel 4 as printed."""
    for top, name, tier, english in PAGE_38:
        if value <= top:
            return name, tier, english
    raise AssertionError(value)


def all_at(value: str, path: Path) -> Path:
    lines = ["tahun: 2026", "instansi: Instansi Uji", "indikator:"]
    lines += [f'  "{n}": {value}' for n in range(1, 21)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def file_with(levels: Mapping[str, str], path: Path, default: str = "3") -> Path:
    lines = ["tahun: 2026", "instansi: Instansi Uji", "indikator:"]
    lines += [f'  "{n}": {levels.get(str(n), default)}' for n in range(1, 21)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args])
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- the index at each edge


@pytest.mark.parametrize("value", [*EDGES, *ABOVE])
def test_index_at_and_just_above_each_edge_in_every_format(value: str, tmp_path: Path) -> None:
    name = {**EDGES, **ABOVE}[value]
    assert page_band(Fraction(value))[0] == name
    path = str(all_at(value, tmp_path / "a.yaml"))
    code, out, _ = run("score", path, "-f", "json")
    data = json.loads(out)
    assert code == 0 and Fraction(data["indeks_tepat"]) == Fraction(value)
    assert (data["predikat"], data["tingkat"]) == (name, TIERS[name])
    label = f"{name} ({TIERS[name]})"
    table = run("score", path)[1]
    assert label in table
    markdown = run("score", path, "-f", "markdown")[1]
    assert f" — {label}**" in markdown
    csv_rows = run("score", path, "-f", "csv")[1].splitlines()
    header = csv_rows[0].split(",")
    first = dict(zip(header, csv_rows[1].split(","), strict=True))
    assert (first["predikat"], first["tingkat"]) == (name, TIERS[name])
    html = tmp_path / "r.html"
    assert run("report", path, "-o", str(html))[0] == 0
    assert label in html.read_text("utf-8")
    english = CliRunner().invoke(app, ["score", path, "--bahasa", "en"]).stdout
    assert f"{ENGLISH[name]} ({name})" in english


@pytest.mark.parametrize(("value", "shown"), [("3.5001", "3.5001"), ("1.5004", "1.5004")])
def test_a_value_that_rounds_onto_an_edge_is_shown_exactly(
    value: str, shown: str, tmp_path: Path
) -> None:
    """3.5001 rounds to 3.50, which is Baik; shown as 3.50 beside Sangat Baik it would
    contradict p. 38, so the exact value is shown."""
    out = run("score", str(all_at(value, tmp_path / "a.yaml")))[1]
    assert shown in out
    assert not re.search(r"\b3\.50\b|\b1\.50\b", out.split("\n", 3)[2])  # the headline box
    csv_rows = run("score", str(tmp_path / "a.yaml"), "-f", "csv")[1].splitlines()
    assert csv_rows[1].split(",")[9] == shown
    report = tmp_path / "r.md"
    assert run("report", str(tmp_path / "a.yaml"), "-o", str(report))[0] == 0
    assert f"**{shown}**" in report.read_text("utf-8")
    html = tmp_path / "r.html"
    assert run("report", str(tmp_path / "a.yaml"), "-o", str(html))[0] == 0
    assert 'class="score" style="color:' in html.read_text("utf-8")
    assert re.search(rf'class="score"[^>]*>{re.escape(shown)}<', html.read_text("utf-8"))


def test_a_value_on_the_edge_itself_is_shown_with_two_decimals(tmp_path: Path) -> None:
    out = run("score", str(all_at("3.5", tmp_path / "a.yaml")))[1]
    assert "3.50" in out and "Baik (Berkembang)" in out


# ---------------------------------------------------------------- aspects


def test_an_aspect_on_an_edge_and_just_above_it(tmp_path: Path) -> None:
    """Aspect A7 weighs 10 + 15 = 25 (Tabel 1, p. 11): 19 = 1.75, 20 = 3 give (17.5 + 45) / 25
    = 2.5 exactly, Cukup; 19 = 1.7501 gives 62.501 / 25 = 2.50004, Baik. Aspect A3 weighs
    5 + 3 + 3 + 4 = 15: 7/6, 5/2, 5/2, 25/6 give (35/6 + 15/2 + 15/2 + 50/3) / 15 = 5/2."""
    weights = raw_weights("pemdi-2026")
    members = raw_members("pemdi-2026", "aspek")
    levels = {"19": "1.75", "20": "3", "5": '"7/6"', "6": "2.5", "7": "2.5", "8": '"25/6"'}
    data = json.loads(run("score", str(file_with(levels, tmp_path / "a.yaml")), "-f", "json")[1])
    aspects = {a["id"]: a for a in data["aspek"]}
    for aspect in ("A3", "A7"):
        values = {i: Fraction(levels.get(i, "3").strip('"')) for i in members[aspect]}
        total = sum(weights[i] for i in members[aspect])
        exact = sum(values[i] * weights[i] for i in values) / total
        assert exact == Fraction(5, 2)
        assert Fraction(aspects[aspect]["indeks_tepat"]) == exact
        assert (aspects[aspect]["predikat"], aspects[aspect]["tingkat"]) == ("Cukup", "Membangun")
    above = {**levels, "19": "1.7501"}
    data = json.loads(run("score", str(file_with(above, tmp_path / "b.yaml")), "-f", "json")[1])
    a7 = next(a for a in data["aspek"] if a["id"] == "A7")
    assert Fraction(a7["indeks_tepat"]) == Fraction("62.501") / 25
    assert a7["predikat"] == "Baik"


@pytest.mark.parametrize(
    ("value", "index"),
    [
        ('"7/6"', Fraction(7, 6)),  # a sixth: no finite decimal
        ("1.5", Fraction(3, 2)),
    ],
)
def test_computed_index_with_fractions(value: str, index: Fraction, tmp_path: Path) -> None:
    data = json.loads(run("score", str(all_at(value, tmp_path / "a.yaml")), "-f", "json")[1])
    assert Fraction(data["indeks_tepat"]) == index  # "7/6" or "1.5"
    assert data["predikat"] == page_band(index)[0] == "Kurang"


# ---------------------------------------------------------------- indicator values


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("1", "Merintis"),
        ("1.5", "Merintis"),
        ("1.6", "Membangun"),
        ("2.5", "Membangun"),
        ("2.5001", "Berkembang"),
        ("3.5", "Berkembang"),
        ("3.75", "Melembaga"),
        ("4", "Melembaga"),
        ("4.0001", "Unggul"),
        ("4.5", "Unggul"),
        ("5", "Unggul"),
    ],
)
def test_an_indicator_value_is_named_by_its_band(value: str, name: str, tmp_path: Path) -> None:
    """Never by its whole part: 4 is Melembaga (3,50 < x <= 4,00 on every sheet)."""
    path = str(file_with({"1": value}, tmp_path / "a.yaml"))
    code, out, _ = run("explain", "1", path)
    assert code == 0
    level = LEVELS[name]
    assert f", level {level} {name} (" in " ".join(out.split())
    report = tmp_path / "r.md"
    assert run("report", path, "-o", str(report))[0] == 0
    assert re.search(rf"\| 1 \|[^\n]*\b{re.escape(name)}\b", report.read_text("utf-8"))


def test_explain_shows_the_bands_as_the_regulation_prints_them(tmp_path: Path) -> None:
    out = run("explain", "1", str(all_at("4", tmp_path / "a.yaml")))[1]
    flat = " ".join(out.split())
    assert "level 4 Melembaga (3.50 < x ≤ 4.00)" in flat
    for text in ("1 Merintis (1.00 ≤ x ≤ 1.50)", "2 Membangun (1.50 < x ≤ 2.50)"):
        assert text in flat
    assert "5 Unggul (4.00 < x ≤ 5.00)" in flat


# ---------------------------------------------------------------- gates, plans, targets


def test_fail_below_baik_fails_on_an_all_2_50_file_and_fail_under_stays_a_number(
    tmp_path: Path,
) -> None:
    path = str(all_at("2.5", tmp_path / "a.yaml"))
    code, _, err = run("score", path, "--fail-below", "Baik")
    assert code == 1 and "Cukup" in err
    assert run("score", path, "--fail-under", "2.5")[0] == 0
    assert run("score", path, "--fail-under", "2.51")[0] == 1
    above = str(all_at("2.5001", tmp_path / "b.yaml"))
    assert run("score", above, "--fail-below", "Baik")[0] == 0


def test_plan_to_baik_from_all_2_50_goes_strictly_above_2_50(tmp_path: Path) -> None:
    path = str(all_at("2.5", tmp_path / "a.yaml"))
    data = json.loads(run("plan", path, "--target", "Baik", "-f", "json")[1])
    assert data["tercapai"] and data["jumlah_langkah"] >= 1
    assert Fraction(data["indeks_tepat"]) > Fraction("2.5")
    assert (data["predikat"], data["tingkat"]) == ("Baik", "Berkembang")
    assert (data["predikat_awal"], data["tingkat_awal"]) == ("Cukup", "Membangun")
    assert data["target"]["indeks_termasuk"] is False
    number = json.loads(run("plan", path, "--target", "2.5", "-f", "json")[1])
    assert number["jumlah_langkah"] == 0  # a number is "at or above"


def test_min_level_3_means_in_berkembang_or_above(tmp_path: Path) -> None:
    """2.6 is already in Berkembang (2,50 < x <= 3,50); 2.5 is not and rises to 3."""
    path = str(file_with({"1": "2.6", "2": "2.5"}, tmp_path / "a.yaml", default="4"))
    data = json.loads(run("plan", path, "--min-level", "3", "-f", "json")[1])
    moved = {step["id"]: (step["dari"], step["ke"]) for step in data["langkah"]}
    assert moved == {"2": (2.5, 3)}


def test_an_indicator_target_of_3_is_met_inside_band_3(tmp_path: Path) -> None:
    lines = ["tahun: 2026", "instansi: Uji", "indikator:"]
    lines += [f'  "{n}": 3' for n in range(3, 21)]
    lines += ['  "1": {level: 2.6, target: 3}', '  "2": {level: 2.5, target: 3}']
    path = tmp_path / "a.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run("progress", str(path), "-f", "json")
    assert code == 0, out
    found = json.dumps(json.loads(out))
    assert '"1"' in found
    targets = {t["id"]: t["tercapai"] for t in _targets(json.loads(out))}
    assert targets == {"1": True, "2": False}


def _targets(data: object) -> list[dict[str, object]]:
    """Every object with an id and tercapai, wherever progress puts them."""
    found: list[dict[str, object]] = []
    if isinstance(data, dict):
        if "id" in data and "tercapai" in data and "target" in data:
            found.append(data)
        for value in data.values():
            found += _targets(value)
    elif isinstance(data, list):
        for value in data:
            found += _targets(value)
    return found


# ---------------------------------------------------------------- the worked examples


def test_tabel_2_and_3_through_the_cli(tmp_path: Path) -> None:
    """Tabel 2 (p. 37): indicator 1 = 2, indicator 2 = 3 give aspect 2,5 (Cukup by Tabel 4,
    as a guide: aspects have no predikat of their own). Tabel 3 (p. 38): aspects 2,60 / 3,50 /
    1,20 / 3,50 / 2,50 / 2,40 / 3,50 weighted 10/10/15/15/10/15/25 give 2,8: Baik."""
    tabel_3 = {"A1": "2.6", "A2": "3.5", "A3": "1.2", "A4": "3.5", "A5": "2.5", "A6": "2.4"}
    tabel_3["A7"] = "3.5"
    members = raw_members("pemdi-2026", "aspek")
    levels = {i: tabel_3[a] for a, ids in members.items() for i in ids}
    data = json.loads(run("score", str(file_with(levels, tmp_path / "a.yaml")), "-f", "json")[1])
    assert Fraction(data["indeks_tepat"]) == Fraction("2.8")
    assert (data["predikat"], data["tingkat"]) == ("Baik", "Berkembang")
    shown = {a["id"]: (Fraction(a["indeks_tepat"]), a["predikat"]) for a in data["aspek"]}
    assert shown == {a: (Fraction(v), page_band(Fraction(v))[0]) for a, v in tabel_3.items()}
    assert shown["A5"] == (Fraction("2.5"), "Cukup")
    tabel_2 = file_with({"1": "2", "2": "3"}, tmp_path / "b.yaml")
    a1 = json.loads(run("score", str(tabel_2), "-f", "json")[1])["aspek"][0]
    assert (Fraction(a1["indeks_tepat"]), a1["predikat"]) == (Fraction("2.5"), "Cukup")


# ---------------------------------------------------------------- the kerangka listing


def test_kerangka_lists_every_open_point_with_its_page() -> None:
    out = run("kerangka", "pemdi-2026")[1]
    for pages in ("hlm. 10, 26-27", "hlm. 11, 28-29", "hlm. 18", "hlm. 19-21", "hlm. 38"):
        assert f"- {pages}:" in out
    assert "Indikator 13 berbobot 5%" in out and "4,20 dan 5,00" in out
    assert "Kurang (Merintis): 1.00 ≤ indeks ≤ 1.50" in out
    assert "Cukup (Membangun): 1.50 < indeks ≤ 2.50" in out
    data = json.loads(run("kerangka", "pemdi-2026", "-f", "json")[1])
    assert len(data["belum_pasti"]) == 8 and data["status"] == "resmi"


def test_spbe_2020_keeps_its_lower_edge_bands_and_names(catalog: Catalog) -> None:
    """PermenPANRB 59/2020: 1,80 is Cukup, 2,60 Baik; English names as before."""
    framework = catalog.frameworks["spbe-2020"]
    assert framework.band_of(Fraction("2.6")).name == "Baik"
    assert framework.band_of(Fraction("2.5999")).name == "Cukup"
    assert framework.band_of(Fraction("2.6")).label("en") == "Good (Baik)"
    pemdi = catalog.frameworks["pemdi-2026"]
    assert pemdi.band_of(Fraction("2.6")).label("en") == "Developing (Baik)"


def test_chart_band_labels_follow_each_kerangkas_edges(catalog: Catalog) -> None:
    from spbe_cli.renderers.report.model import bands

    assert [b.edge for b in bands(catalog.frameworks["pemdi-2026"])] == [
        "",
        "> 1.50–2.50",
        "> 2.50–3.50",
        "> 3.50–4.00",
        "> 4.00–5.00",
    ]
    assert [b.edge for b in bands(catalog.frameworks["spbe-2020"])] == [
        "",
        "≥ 1.80",
        "≥ 2.60",
        "≥ 3.50",
        "≥ 4.20",
    ]


# ---------------------------------------------------------------- the lookup, exhaustively


def test_the_band_lookup_on_every_4_decimal_value_against_the_page_and_the_workbook(
    catalog: Catalog, tmp_path: Path
) -> None:
    """All 40,001 values from 1 to 5 with 4 decimals: Framework.band_of equals Tabel 4 as
    printed, and the workbook's live predikat formula (evaluated exactly and in doubles, as a
    spreadsheet does) names the same band."""
    framework = catalog.frameworks["pemdi-2026"]
    path = all_at("2.5", tmp_path / "a.yaml")
    out = tmp_path / "r.xlsx"
    assert run("report", str(path), "-o", str(out))[0] == 0
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    sheet = next(name for name in book.sheetnames if name.startswith("Simul"))
    formula = book[sheet]["B5"].value
    assert isinstance(formula, str) and formula.startswith("=LOOKUP(")
    names = {f"{row[1]} ({row[2]})": row[1] for row in PAGE_38}
    exact = Evaluator(book, exact=True)
    floats = Evaluator(book, exact=False)
    for units in range(10_000, 50_001):
        value = Fraction(units, 10_000)
        expected = page_band(value)[0]
        assert framework.band_of(value).name == expected, value
        exact.overrides = {(sheet, "B4"): value}
        floats.overrides = {(sheet, "B4"): float(value)}
        assert names[exact.formula(formula[1:], sheet)] == expected, value
        assert names[floats.formula(formula[1:], sheet)] == expected, value


def test_trend_names_each_year_by_its_own_kerangka(tmp_path: Path) -> None:
    """2025 on spbe-2020 keeps "Good"; 2026 on pemdi-2026 is named as p. 38 does."""
    root = Path(__file__).resolve().parent.parent
    old = (root / "samples" / "kabupaten-contoh-2024.yaml").read_text(encoding="utf-8")
    (tmp_path / "k25.yaml").write_text(old.replace("tahun: 2024", "tahun: 2025"), "utf-8")
    new = all_at("2.5", tmp_path / "p26.yaml")
    new.write_text(
        new.read_text("utf-8").replace("Instansi Uji", "Pemerintah Kabupaten Contoh"), "utf-8"
    )
    result = CliRunner().invoke(
        app, ["trend", str(tmp_path / "k25.yaml"), str(new), "--bahasa", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "Good (Baik)" in result.stdout and "Emerging (Cukup)" in result.stdout


# Each indicator sheet and the pages it is printed on (rendered pages 11-36); every one prints
# its level values as "1,00 s.d. <= 1,50", "> 1,50 s.d. <= 2,50", "> 2,50 s.d. <= 3,50",
# "> 3,50 s.d. <= 4,00", "> 4,00 s.d. 5,00" (the "<=" an underlined "<").
SHEETS = {
    "1": "11-12", "2": "12-13", "3": "13-14", "4": "14-16", "5": "16-17",
    "6": "17-19", "7": "19-21", "8": "21-22", "9": "22-23", "10": "23-24",
    "11": "24-25", "12": "25-26", "13": "26-27", "14": "27-28", "15": "28-29",
    "16": "30-31", "17": "31-32", "18": "32-33", "19": "33-34", "20": "34-36",
}  # fmt: skip
SHEET_EDGES = {
    "1": "Merintis", "1.5": "Merintis", "1.5001": "Membangun", "2.5": "Membangun",
    "2.5001": "Berkembang", "3.5": "Berkembang", "3.5001": "Melembaga", "4": "Melembaga",
    "4.0001": "Unggul", "5": "Unggul",
}  # fmt: skip


@pytest.mark.parametrize("indicator", list(SHEETS), ids=lambda i: f"ind{i}-p{SHEETS[i]}")
def test_each_sheets_level_bands(catalog: Catalog, indicator: str) -> None:
    framework = catalog.frameworks["pemdi-2026"]
    ind = framework.by_id[indicator]
    names = framework.names_of_levels(ind)
    for value, name in SHEET_EDGES.items():
        assert names[framework.level_of(Fraction(value))] == name, (indicator, value)
    titles = [framework.level_title(ind, level) for level in range(1, 6)]
    assert titles == [
        "Merintis (1.00 ≤ x ≤ 1.50)",
        "Membangun (1.50 < x ≤ 2.50)",
        "Berkembang (2.50 < x ≤ 3.50)",
        "Melembaga (3.50 < x ≤ 4.00)",
        "Unggul (4.00 < x ≤ 5.00)",
    ]


def test_ips_has_no_conversion_and_is_refused_as_a_key(tmp_path: Path) -> None:
    """pp. 19-21 print IPS ranges that leave 4,20 and 5,00 in no band and no formula to a
    value (an open point): the value of indicator 7 is written directly."""
    path = file_with({"7": "{ips: 3.0}"}, tmp_path / "a.yaml")
    code, out, err = run("score", str(path))
    assert (code, out) == (3, "")
    assert "indikator 7: kunci 'ips' tidak dikenal" in err


@given(
    numerator=st.integers(min_value=-50_000, max_value=70_000),
    denominator=st.sampled_from([1, 2, 3, 6, 7, 8, 100, 10_000, 210_000]),
)
@settings(max_examples=400, deadline=None)
def test_the_lookup_is_the_first_band_that_holds_the_value(
    catalog: Catalog, numerator: int, denominator: int
) -> None:
    """band_position compares edges in integers (and a kerangka's band_index from the edges
    it keeps); on every shipped kerangka it names the band `Band.holds` names (the
    definition), and below or above the scale the end band."""
    random = Fraction(numerator, denominator * 10_000)
    tiny = Fraction(1, 10**9)
    for framework in catalog.frameworks.values():
        bands = framework.bands
        edges = {
            e + d for band in bands for e in (band.lower, band.upper) for d in (-tiny, 0, tiny)
        }
        for value in (random, *edges):
            holding = [n for n, band in enumerate(bands) if band.holds(value)]
            if holding:
                assert len(holding) == 1
                expected = holding[0]
            else:
                expected = 0 if value <= bands[0].lower else len(bands) - 1
            assert band_position(bands, value) == expected, (framework.id, value)
            assert framework.band_index(value) == expected, (framework.id, value)

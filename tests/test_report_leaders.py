"""Reports leaders read: when the report was made and, in its header, that a kerangka is
provisional; the radar's ring values drawn over the polygons and no two labels of a chart
touching (geometry, measured with a real font when one is installed); decimal levels named;
the workbook printing on A4; every change beside two shown values never contradicting them."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.exact import exact_text, round_half_up
from spbe_cli.renderers import Options
from spbe_cli.renderers.report import FORMATS
from spbe_cli.renderers.report.model import GroupRow, Report, build
from spbe_cli.renderers.report.svg import bars, radar
from tests.report_support import SAMPLES, score_file

SAMPLE = {p.stem.rsplit("-", 1)[-1]: p for p in SAMPLES}  # "2024" -> its sample
MADE = datetime(2026, 5, 4, 13, 5, tzinfo=timezone(timedelta(hours=7)))
SVG = "{http://www.w3.org/2000/svg}"


def report(year: str, old: str | None = None) -> Report:
    baseline = score_file(SAMPLE[old]) if old else None
    return build(score_file(SAMPLE[year]), baseline, made=MADE)


def html(r: Report, language: str = "id") -> str:
    return FORMATS.renderer(".html")(r, Options(language=language)).decode("utf-8")


def markdown(r: Report, language: str = "id") -> str:
    return FORMATS.renderer(".md")(r, Options(language=language)).decode("utf-8")


def book(r: Report, language: str = "id") -> Workbook:
    return load_workbook(io.BytesIO(FORMATS.renderer(".xlsx")(r, Options(language=language))))


# ---------------------------------------------------------------- made, provisional


def _header(page: str) -> str:
    found = re.search(r'<header class="top">(.*?)</header>', page, re.S)
    assert found
    return found.group(1)


def test_the_html_header_says_when_the_report_was_made() -> None:
    header = _header(html(report("2024")))
    assert "<b>Dibuat</b> 2026-05-04 13:05 UTC+07:00" in header
    assert "<b>Made</b> 2026-05-04 13:05 UTC+07:00" in _header(html(report("2024"), "en"))
    assert "**Dibuat:** 2026-05-04 13:05 UTC+07:00" in markdown(report("2024"))
    sheet = book(report("2024"))["Ringkasan"]
    assert ["Dibuat", "2026-05-04 13:05 UTC+07:00"] in [[c.value for c in r[:2]] for r in sheet]


def test_the_cli_stamps_the_time_and_source_date_epoch_pins_it(tmp_path: Path) -> None:
    out = tmp_path / "laporan.html"
    runner = CliRunner()
    args = ["report", str(SAMPLE["2024"]), "-o", str(out)]
    result = runner.invoke(app, args, env={"SOURCE_DATE_EPOCH": "1777900000"})
    assert result.exit_code == 0, result.stderr
    assert "<b>Dibuat</b> 2026-05-04 13:06 UTC" in _header(out.read_text(encoding="utf-8"))
    before = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    result = runner.invoke(app, [*args, "--force"], env={"SOURCE_DATE_EPOCH": ""})
    shown = re.search(r"<b>Dibuat</b> (\S+ \S+) UTC([+-]\d\d:\d\d)?", out.read_text("utf-8"))
    assert shown
    offset = shown.group(2) or "+00:00"
    stamp = datetime.fromisoformat(f"{shown.group(1)}{offset}")
    assert before <= stamp <= datetime.now(timezone.utc)


@pytest.mark.parametrize(
    ("year", "provisional"), [("2019", True), ("2024", False), ("2026", False)]
)
def test_a_provisional_kerangka_is_said_in_the_header_not_in_small_print(
    year: str, provisional: bool
) -> None:
    r = report(year)
    framework = r.framework.id
    header = _header(html(r))
    assert ('class="provisional"' in header) is provisional
    assert (f"Kerangka {framework} masih sementara." in header) is provisional
    if provisional:
        note = re.sub(r"\s+", " ", r.framework.status_note).strip()
        assert note.split(";")[0] in header
        assert f"<b>Framework {framework} is provisional.</b>" in _header(html(r, "en"))
    text = markdown(r)
    heading = text.split("\n## ", 1)[0]  # before the first section
    assert (f"> **Kerangka {framework} masih sementara.**" in heading) is provisional
    banner = book(r)["Ringkasan"]["A2"].value
    assert (banner is not None and banner.startswith(f"Kerangka {framework} masih")) is provisional


# ---------------------------------------------------------------- decimal levels are named


def test_decimal_levels_get_their_level_name_in_every_format() -> None:
    r = report("2026")
    decimal = [i for i in r.indicators if i.level.denominator != 1]
    assert decimal, "the 2026 sample holds decimal values"
    names = r.framework.level_names  # a decimal value belongs to the band that holds it
    for row in decimal:
        expected = names[len([b for b in r.framework.bands[1:] if b.lower <= row.level]) + 1]
        assert row.level_name == expected, (row.id, row.level)
        shown = str(round_half_up(row.level, 2))
        assert re.search(rf"<b>{shown}</b><span class=\"lvl-name\">{expected}</span>", html(r))
        assert f"| {shown} ({expected}) |" in markdown(r)
        sheet = book(r)["Indikator"]
        line = next(x for x in sheet.iter_rows(values_only=True) if x[0] == row.id)
        assert line[6] == expected


# ---------------------------------------------------------------- changes never contradict


def _agrees(old: str, new: str, change: str, exact: Fraction | None = None) -> bool:
    """A change shown beside two values rounded to 2 decimals: the difference of the shown
    values, with their 2 decimals, marked "*" exactly where the exact change differs."""
    change = change.replace("\u2212", "-").replace("\\*", "*").lstrip("+")
    marked = change.endswith("*")
    change = change.rstrip("*")
    if len(change.split(".")[-1]) != 2:
        return False
    shown = Decimal(new) - Decimal(old)
    if exact is not None and marked != (Fraction(shown) != exact):
        return False
    return Decimal(change) == shown


def _exact_changes(r: Report) -> dict[str, Fraction]:
    """The exact changes, computed from the report's own values (not from a renderer)."""
    found = {g.id: g.index - g.old for g in (*r.domains, *r.aspects) if g.old is not None}
    assert r.baseline is not None
    found["index"] = r.index - r.baseline.index
    return found


def test_every_change_in_the_markdown_and_html_agrees_with_the_values_beside_it() -> None:
    r = report("2024", "2023")
    exact = _exact_changes(r)
    text = markdown(r)
    # 2.57 -> 2.74 is +0.17 as shown; the exact +0.1775 beside it
    assert "2.57 (Cukup) → 2.74 (Baik), perubahan +0.17 (tepat +0.1775)" in text
    rows = re.findall(
        r"\| ?\*{0,2}(\w*)\*{0,2} \| [^|]* \| [\d.]+ \| \*{0,2}(\d+\.\d\d)\*{0,2} \| [^|]* \| "
        r"(\d+\.\d\d) \| ([+-]?[\d.]+(?:\\\*)?) \|",
        text,
    )
    assert len(rows) == len(r.domains) + len(r.aspects) + 1
    assert all(
        _agrees(old, new, change, exact[ident or "index"]) for ident, new, old, change in rows
    ), rows
    footnote = next(line for line in text.splitlines() if line.startswith("\\* "))
    for ident, _, _, change in rows:
        if change.endswith("*"):
            label = ident or "Indeks SPBE"
            value = exact[ident or "index"]
            digits = exact_text(value)
            if "/" in digits:  # no finite decimal: 4 decimals, and the digits go on
                digits = f"{'≈'}{'+' if value > 0 else ''}{round_half_up(value, 4)}"
            elif value > 0:
                digits = "+" + digits
            assert f"{label} {digits}" in footnote, (label, footnote)
    page = html(r)
    assert '&rarr; 2.74 (<span class="up">+0.17 (tepat +0.1775)</span>)' in page
    cells = re.findall(
        r'<td class="n">(\d+\.\d\d)</td><td><span class="pill"[^>]*>[^<]*</span></td>'
        r'<td class="n">(\d+\.\d\d)</td><td class="n [a-z]+">([^<]+)</td>',
        page,
    )
    assert len(cells) == len(r.domains) + len(r.aspects) + 1
    assert all(_agrees(old, new, change) for new, old, change in cells), cells
    assert '<p class="note">* Selisih dari nilai yang ditampilkan' in page


def test_the_workbook_states_the_same_changes() -> None:
    r = report("2024", "2023")
    exact = _exact_changes(r)
    sheet = book(r)["Ringkasan"]
    facts = {row[0].value: row[1] for row in sheet.iter_rows(min_row=3, max_row=17)}
    assert facts["Indeks SPBE 2023"].value == pytest.approx(2.57)
    assert facts["Perubahan"].value == pytest.approx(0.17)  # 2.74 - 2.57 as shown
    assert facts["Perubahan"].number_format == '+0.00"*";-0.00"*";0.00"*"'
    assert facts["Perubahan tepat"].value == "+0.1775"
    seen = 0
    for row in sheet.iter_rows(min_row=18):
        values = [c.value for c in row]
        if isinstance(values[3], int | float) and isinstance(values[5], int | float):
            old, new, change = f"{values[5]:.2f}", f"{values[3]:.2f}", f"{values[6]:+.2f}"
            if row[6].number_format.endswith('"*"'):
                change += "*"
            assert _agrees(old, new, change, exact[str(values[0])]), values
            seen += 1
    assert seen == len(r.domains) + len(r.aspects)


# ---------------------------------------------------------------- the charts' geometry


def _font(bold: bool) -> object | None:
    """DejaVu Sans at 100 px (wider than the fonts the report asks for), or None when it is
    not installed."""
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        if Path(folder, name).exists():
            return ImageFont.truetype(str(Path(folder, name)), 100)
    return None


def _width(text: str, size: float, bold: bool) -> float:
    font = _font(bold)
    if font is None:
        return len(text) * size * 0.6
    return float(font.getlength(text)) * size / 100  # type: ignore[attr-defined]


SIZES = {"axis": (14.0, False), "value": (14.5, True), "tick": (12.0, False)}


def _boxes(svg: str) -> tuple[list[tuple[str, tuple[float, float, float, float]]], list[float]]:
    """Every text block's box (a <text> with its <tspan> lines), and the viewBox."""
    root = ET.fromstring(svg)
    view = [float(v) for v in root.attrib["viewBox"].split()]
    found = []
    for text in root.iter(f"{SVG}text"):
        css = text.attrib.get("class", "").split()
        size, bold = next((SIZES[c] for c in css if c in SIZES), (14.0, False))
        spans = list(text.iter(f"{SVG}tspan")) or [text]
        lines = [(s.text or "") for s in spans]
        width = max(_width(line, size, bold) for line in lines)
        x, y = float(text.attrib["x"]), float(text.attrib["y"])
        anchor = text.attrib.get("text-anchor", "start")
        left = {"start": x, "end": x - width}.get(anchor, x - width / 2)
        top = y - size * 0.8
        bottom = y + size * 1.2 * (len(lines) - 1) + size * 0.25
        found.append((" ".join(lines), (left, top, left + width, bottom)))
    return found, view


def _touch(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _stress(base: Report, domains: int, aspects: int) -> Report:
    """Many groups with long names, every index different (a table of one's own)."""
    long = "Layanan Administrasi Pemerintahan Berbasis Elektronik Terpadu Nasional Sekali"
    made = tuple(
        GroupRow(
            f"D{n}",
            long[: 18 + 7 * n],
            Fraction(100, domains),
            Fraction(1) + Fraction(n, 3),
            "B",
            2,
        )
        for n in range(1, domains + 1)
    )
    parts = tuple(
        GroupRow(
            f"A{n}",
            long * (1 + n % 2),
            Fraction(100, aspects),
            Fraction(5) - Fraction(n, 4),
            "B",
            2,
        )
        for n in range(1, aspects + 1)
    )
    return replace(base, domains=made if domains else (), aspects=parts, indicators=())


def _charts() -> list[tuple[str, Report]]:
    reports = [(y, report(y)) for y in ("2019", "2024", "2026")]
    reports.append(("2024 banding", report("2024", "2023")))
    base = report("2024")
    reports += [
        ("8 domains, long names", _stress(base, 8, 12)),
        ("12 domains", _stress(base, 12, 4)),
        ("5 domains", _stress(base, 5, 5)),
        ("12 aspects, no domains", _stress(base, 0, 12)),
        ("3 aspects", _stress(base, 0, 3)),
    ]
    return reports


@pytest.mark.parametrize(("name", "r"), _charts(), ids=[n for n, _ in _charts()])
def test_no_two_labels_of_the_radar_touch_and_all_are_inside_the_drawing(
    name: str, r: Report
) -> None:
    svg = radar(r, "radar", "2023", "2024")
    found, (x0, y0, width, height) = _boxes(svg)
    labels = [(t, b) for t, b in found]
    for n, (text, box) in enumerate(labels):
        assert x0 <= box[0] and box[2] <= x0 + width, (text, box)
        assert y0 <= box[1] and box[3] <= y0 + height, (text, box)
        for other, second in labels[n + 1 :]:
            assert not _touch(box, second), (text, other)


@pytest.mark.parametrize(("name", "r"), _charts(), ids=[n for n, _ in _charts()])
def test_the_radar_draws_its_ring_values_over_the_polygons(name: str, r: Report) -> None:
    svg = radar(r, "radar", "2023", "2024")
    polygon = svg.index('class="current"')
    rings = [m.start() for m in re.finditer(r'class="tick halo ring"', svg)]
    inner = [b for b in r.bands if b.lower > r.scale[0]]
    assert len(rings) == len(inner)
    assert all(at > polygon for at in rings)


@pytest.mark.parametrize(("name", "r"), _charts(), ids=[n for n, _ in _charts()])
def test_no_two_labels_of_the_bar_chart_touch(name: str, r: Report) -> None:
    svg = bars(r, "bars", "2023", "2024")
    found, (x0, _, width, _) = _boxes(svg)
    labels = [(t, b) for t, b in found if t and not re.fullmatch(r"[\d.]+", t)]
    assert len(labels) == len(r.aspects)
    for n, (text, box) in enumerate(labels):
        assert x0 <= box[0] and box[2] <= x0 + width, (text, box)
        for other, second in labels[n + 1 :]:
            assert not _touch(box, second), (text, other)


# ---------------------------------------------------------------- the workbook prints on A4


@pytest.mark.parametrize("old", [None, "2023"])
def test_every_sheet_prints_on_a4_fit_to_width_with_its_header_rows(old: str | None) -> None:
    workbook = book(report("2024", old))
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert str(setup.paperSize) == "9", sheet.title  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        properties = sheet.sheet_properties.pageSetUpPr
        assert properties is not None and properties.fitToPage, sheet.title
        assert sheet.print_area, sheet.title
    assert workbook["Indikator"].print_title_rows == "$1:$1"
    assert workbook["Simulasi"].print_title_rows == "$9:$9"
    last = "K" if old else "I"
    assert workbook["Indikator"].print_area == f"'Indikator'!$A$1:${last}$48"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_workbook_on_a_few_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = tmp_path / "laporan.xlsx"
    path.write_bytes(FORMATS.renderer(".xlsx")(report("2024", "2023"), Options()))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = len(PdfReader(tmp_path / "laporan.pdf").pages)
    assert pages <= 4, pages  # one or two per sheet; 18 before the print settings

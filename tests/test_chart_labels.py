"""The charts name what they compare and keep their labels clear (issue 17, "Charts"): a
same-year `--banding` names the two files, not "2026 / 2026"; the bar chart's legend shows
boxes like its bars; on the history chart no band label lies under the index line or a
point's value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.renderers.report.svg import bars, radar
from tests.conftest import ROOT
from tests.report_support import score_file
from tests.test_report_leaders import _width

TEAM = ROOT / "samples/provinsi-contoh-2026-tim.yaml"
BASE = ROOT / "samples/provinsi-contoh-2026.yaml"
S2019 = ROOT / "samples/kota-contoh-2019.yaml"
S2023 = ROOT / "samples/kabupaten-contoh-2023.yaml"
S2024 = ROOT / "samples/kabupaten-contoh-2024.yaml"


def run(*args: str | Path) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def legends(html: str) -> list[str]:
    return re.findall(r'<g class="legend">(.*?)</g>', html)


def test_a_same_year_baseline_is_named_by_its_file(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    run("report", TEAM, "--banding", BASE, "-o", page)
    html = page.read_text(encoding="utf-8")
    found = legends(html)
    assert len(found) == 2  # radar and bars
    for legend in found:
        names = re.findall(r'class="axis">([^<]*)</text>', legend)
        assert names == [TEAM.name, BASE.name]
    assert f'<th class="n">{BASE.name}</th>' in html  # the old values' column
    markdown = run("report", TEAM, "--banding", BASE, "-o", "-")
    assert f"| {BASE.name} | Perubahan |" in markdown


def test_years_name_a_baseline_of_another_year(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    run("report", S2024, "--banding", S2023, "-o", page)
    for legend in legends(page.read_text(encoding="utf-8")):
        assert re.findall(r'class="axis">([^<]*)</text>', legend) == ["2024", "2023"]


def test_the_bar_legend_shows_boxes_and_the_radar_legend_lines() -> None:
    from spbe_cli.renderers.report.model import build

    r = build(score_file(S2024), score_file(S2023))
    bar_legend = legends(bars(r, "bars", "2023", "2024"))[0]
    assert "<line" not in bar_legend and bar_legend.count('<rect class="key"') == 2
    radar_legend = legends(radar(r, "radar", "2023", "2024"))[0]
    assert radar_legend.count("<line") == 2


def _history_page(tmp_path: Path, *files: Path) -> str:
    renamed = []
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^instansi: .*$", "instansi: Kota Uji", text, flags=re.M)
        target = tmp_path / f"{n}-{path.name}"
        target.write_text(text, encoding="utf-8")
        renamed.append(target)
    out = tmp_path / "riwayat.html"
    run("trend", *renamed, "-o", out)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "files",
    [(S2019, S2023, S2024, BASE), (S2019, S2024), (S2023, S2024, BASE), (S2019, BASE)],
    ids=["four", "two-frameworks", "to-pemdi", "2019-2026"],
)
def test_no_band_label_lies_under_the_index_line(tmp_path: Path, files: tuple[Path, ...]) -> None:
    html = _history_page(tmp_path, *files)
    svg = html.split('<svg class="chart history"', 1)[1].split("</svg>", 1)[0]
    steps = [
        tuple(float(v) for v in found)
        for found in re.findall(
            r'class="index-step" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"', svg
        )
    ]
    points = [
        (float(x), float(y))
        for x, y in re.findall(r'class="point" cx="([\d.]+)" cy="([\d.]+)"', svg)
    ]
    labels = re.findall(r'class="band-label" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<', svg)
    assert labels
    for x, y, text in labels:
        left, base = float(x), float(y)
        box = (left, base - 11, left + _width(text, 11, True), base + 3)
        for x1, y1, x2, y2 in steps:
            for k in range(201):  # every half percent of the stretch
                px, py = x1 + (x2 - x1) * k / 200, y1 + (y2 - y1) * k / 200
                inside = box[0] - 1.5 <= px <= box[2] + 1.5 and box[1] - 1.5 <= py <= box[3] + 1.5
                assert not inside, (text, box, (px, py))
        for px, py in points:
            assert not (box[0] - 5 <= px <= box[2] + 5 and box[1] - 5 <= py <= box[3] + 5), text

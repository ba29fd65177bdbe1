"""The history chart as a person sees it, rendered by headless Chromium: `spbe trend -o` and
`spbe report --riwayat` draw the index line, its points and the shaded bands, and the trend
page prints on A4. Skipped only where Chromium is not installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.renderers.report.svg import TINT
from tests.answerfiles import KAB_2024, KOTA_2019, PROV_2026, SAMPLES, sample_levels, write_answers
from tests.test_report_browser import CHROMIUM, changed_pixels, chromium, count_near, inked

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
runner = CliRunner()
KAB_2023 = SAMPLES / "kabupaten-contoh-2023.yaml"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("riwayat")
    years = {2019: KOTA_2019, 2023: KAB_2023, 2024: KAB_2024, 2026: PROV_2026}
    return [
        write_answers(folder, f"{year}.yaml", year, sample_levels(path), institution="Kota Uji")
        for year, path in years.items()
    ]


def only_history(html: str, hide: str = "") -> str:
    """The page's head (its CSS) with only the history figure in its body (and `hide`, a CSS
    selector, hidden)."""
    head = html.split("<body>", 1)[0]
    figure = re.search(r'<figure class="history">.*?</figure>', html, re.S)
    assert figure is not None, "no history figure"
    css = f"<style>{hide} {{ display: none !important; }}</style>" if hide else ""
    return head.replace("</head>", f"{css}</head>") + (
        f"<body><main>{figure.group(0)}</main></body></html>"
    )


def faint_changes(a: Image.Image, b: Image.Image, threshold: int = 12) -> int:
    """Pixels that differ by more than `threshold` in a channel (band tints are faint)."""
    first, second = a.convert("RGB").tobytes(), b.convert("RGB").tobytes()
    return sum(
        1
        for n in range(0, len(first), 3)
        if max(abs(first[n + k] - second[n + k]) for k in range(3)) > threshold
    )


def shot(tmp_path: Path, name: str, html: str) -> Image.Image:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    image = tmp_path / f"{name}.png"
    chromium(tmp_path, page, "--window-size=1000,900", f"--screenshot={image}")
    return Image.open(image)


def trend_page(tmp_path: Path, files: list[Path]) -> str:
    out = tmp_path / "trend.html"
    result = runner.invoke(app, ["trend", *map(str, files), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out.read_text("utf-8")


def test_the_trend_chart_is_drawn(tmp_path: Path, files: list[Path]) -> None:
    html = trend_page(tmp_path, files)
    full = shot(tmp_path, "full", only_history(html))
    assert inked(full) > 0.05, "the chart looks blank"
    without = shot(tmp_path, "without", only_history(html, ".point, .index-step"))
    assert changed_pixels(full, without) > 1500, "the index line and its points are not drawn"
    no_bands = shot(tmp_path, "no-bands", only_history(html, ".band"))
    assert faint_changes(full, no_bands) > 20000, "the bands are not shaded"
    for tint in TINT:
        assert count_near(full, tint, 6) > 500, tint  # every band colour shows


def test_the_trend_page_prints_on_a4(tmp_path: Path, files: list[Path]) -> None:
    page = tmp_path / "trend.html"
    page.write_text(trend_page(tmp_path, files), encoding="utf-8")
    pdf = tmp_path / "trend.pdf"
    chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 3
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2
    text = reader.pages[0].extract_text()
    assert "Kota Uji" in text and "2.74" in text


def test_the_report_draws_the_history_chart(tmp_path: Path, files: list[Path]) -> None:
    out = tmp_path / "laporan.html"
    result = runner.invoke(
        app, ["report", str(files[2]), "--riwayat", str(files[0].parent), "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    html = out.read_text("utf-8")
    full = shot(tmp_path, "report", only_history(html))
    without = shot(tmp_path, "report-without", only_history(html, ".point, .index-step"))
    assert changed_pixels(full, without) > 1500

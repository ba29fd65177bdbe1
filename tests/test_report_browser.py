"""The HTML report as a person sees it: rendered by headless Chromium, its charts are drawn
(not blank, in their colours) and it prints on few A4 pages.

Skipped only where Chromium is not installed; .ci/run installs Debian's chromium package."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from spbe_cli.renderers import Options
from spbe_cli.renderers.report import FORMATS as REPORT_FORMATS
from spbe_cli.renderers.report.model import Report, build
from spbe_cli.renderers.report.svg import STRONG
from tests.report_support import SAMPLES, score_file, score_levels

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium(tmp_path: Path, page: Path, *args: str) -> None:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{page.stem}-{len(args)}"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )


def only(html: str, figure: str, hide: str = "") -> str:
    """The page with everything but one chart figure hidden (and `hide`, a CSS selector)."""
    css = (
        "<style>main > *:not(.charts) { display: none !important; }"
        f" .charts > figure:not(#{figure}) {{ display: none !important; }}"
        " .charts { grid-template-columns: 1fr !important; }"
        + (f" {hide} {{ display: none !important; }}" if hide else "")
        + "</style>"
    )
    return html.replace("</head>", f"{css}</head>")


def changed_pixels(a: Image.Image, b: Image.Image) -> int:
    first, second = a.convert("RGB").tobytes(), b.convert("RGB").tobytes()
    assert len(first) == len(second)
    return sum(
        1
        for n in range(0, len(first), 3)
        if max(abs(first[n + k] - second[n + k]) for k in range(3)) > 40
    )


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def count_near(image: Image.Image, colour: str, tolerance: int = 24) -> int:
    r0, g0, b0 = rgb(colour)
    data = image.convert("RGB").tobytes()
    return sum(
        1
        for r, g, b in zip(data[0::3], data[1::3], data[2::3], strict=True)
        if abs(r - r0) <= tolerance and abs(g - g0) <= tolerance and abs(b - b0) <= tolerance
    )


def inked(image: Image.Image) -> float:
    """Share of pixels that are not (near) white."""
    pixels = image.convert("L").tobytes()
    return sum(1 for p in pixels if p < 235) / len(pixels)


def report_with_baseline() -> Report:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    levels = {i.indicator.id: i.level for i in new.indicators if i.level is not None}
    lower = {"24", "34", "35", "44"}
    old = score_levels(
        new, {k: max(v - 1, Fraction(1)) if k in lower else v for k, v in levels.items()}
    )
    return build(new, old)


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Report, str]]:
    reports = {
        "banding": report_with_baseline(),
        "pemdi": build(score_file(next(p for p in SAMPLES if "2026" in p.name))),
    }
    return {
        name: (r, REPORT_FORMATS.renderer(".html")(r, Options()).decode("utf-8"))
        for name, r in reports.items()
    }


MARKS = {
    "radar": ("polygon.current", "polygon.old"),  # this year's polygon, the baseline's
    "bars": ("rect.bar", "rect.old"),
}


def screenshot(tmp_path: Path, name: str, html: str) -> Image.Image:
    page = write(tmp_path, f"{name}.html", html)
    shot = tmp_path / f"{name}.png"
    chromium(tmp_path, page, "--window-size=900,1000", f"--screenshot={shot}")
    return Image.open(shot)


@pytest.mark.parametrize("name", ["banding", "pemdi"])
@pytest.mark.parametrize("figure", ["radar", "bars"])
def test_charts_are_drawn(
    tmp_path: Path, pages: dict[str, tuple[Report, str]], name: str, figure: str
) -> None:
    """Each chart has ink, and its data marks are visible: hiding them changes many pixels."""
    report, html = pages[name]
    full = screenshot(tmp_path, "full", only(html, figure))
    assert inked(full) > 0.05, f"{figure} looks blank"
    current, old = MARKS[figure]
    without = screenshot(tmp_path, "without", only(html, figure, current))
    assert changed_pixels(full, without) > 2000, f"{figure}: {current} not drawn"
    if report.compared:
        no_old = screenshot(tmp_path, "no-old", only(html, figure, old))
        assert changed_pixels(full, no_old) > 100, f"{figure}: {old} not drawn"
    if figure == "bars":
        for colour in {STRONG[min(a.band, len(STRONG) - 1)] for a in report.aspects}:
            assert count_near(full, colour, 12) > 500, colour  # bars in their band colours


def test_whole_page_renders_on_a_phone(
    tmp_path: Path, pages: dict[str, tuple[Report, str]]
) -> None:
    page = write(tmp_path, "phone.html", pages["pemdi"][1])
    shot = tmp_path / "phone.png"
    chromium(tmp_path, page, "--window-size=390,1400", f"--screenshot={shot}")
    image = Image.open(shot)
    assert image.width == 390
    assert inked(image) > 0.05
    right_edge = image.crop((image.width - 6, 0, image.width, image.height))
    assert inked(right_edge) < 0.02  # nothing runs off the right side


@pytest.mark.parametrize("name", ["banding", "pemdi"])
def test_prints_on_few_a4_pages(
    tmp_path: Path, pages: dict[str, tuple[Report, str]], name: str
) -> None:
    page = write(tmp_path, f"{name}.html", pages[name][1])
    pdf = tmp_path / f"{name}.pdf"
    chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 4
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4 in points
    text = reader.pages[0].extract_text()
    report = pages[name][0]
    assert report.institution in text

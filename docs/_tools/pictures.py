"""The pictures of the guides, made from the shipped samples so they can be made again:
the terminal table of `spbe score`, a page of the HTML report, the trend chart and a form of
`spbe split` as the spreadsheet program shows it. Needs headless Chromium and LibreOffice
(and pdftoppm); `nox -s docs` runs it before building the site, so it cannot rot.

    python docs/_tools/pictures.py [FOLDER]      # default: docs/img
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPBE_")}
    env.update(COLUMNS="100", LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1777900000")
    env.update(TZ="Asia/Jakarta", NO_COLOR="1")
    return env


def spbe(work: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args],
        capture_output=True,
        text=True,
        cwd=work,
        env=_env(),
        check=False,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"spbe {' '.join(args)}: {done.stderr}")
    return done.stdout


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("pictures.py needs headless Chromium (Debian: apt-get install chromium)")


def screenshot(work: Path, page: Path, out: Path, width: int, height: int) -> None:
    subprocess.run(
        [
            _browser(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={work / ('profile-' + out.stem)}",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def terminal(work: Path, out: Path) -> None:
    """`spbe score` as a terminal shows it: the text in a dark window, monospace."""
    command = "spbe score samples/provinsi-contoh-2026.yaml"
    text = spbe(work, *command.split()[1:])
    page = work / "terminal.html"
    page.write_text(
        "<!doctype html><meta charset=utf-8><style>"
        "body{margin:0;background:#1e1e1e;color:#e8e8e8}"
        "pre{font:14px/1.35 'DejaVu Sans Mono',monospace;margin:0;padding:16px}"
        ".p{color:#8ae234}</style><pre>"
        f"<span class=p>$</span> {html.escape(command)}\n{html.escape(text)}</pre>",
        encoding="utf-8",
    )
    lines = text.count("\n") + 2
    screenshot(work, page, out, 900, int(lines * 19 + 40))


def report_page(work: Path, out: Path) -> None:
    spbe(work, "report", "samples/provinsi-contoh-2026.yaml", "-o", "laporan.html")
    screenshot(work, work / "laporan.html", out, 1100, 1400)


def trend_chart(work: Path, out: Path) -> None:
    history = work / "riwayat"
    history.mkdir()
    for sample in ("kabupaten-contoh-2023.yaml", "kabupaten-contoh-2024.yaml"):
        shutil.copy(SAMPLES / sample, history / sample)
    spbe(work, "trend", "riwayat", "-o", "tren.html")
    screenshot(work, work / "tren.html", out, 1000, 700)


def form(work: Path, out: Path) -> None:
    """A workbook form of `spbe split`, printed by LibreOffice, first page as PNG."""
    spbe(work, "split", "samples/provinsi-contoh-2026-tim.yaml", "-o", "formulir", "-f", "xlsx")
    workbook = sorted((work / "formulir").glob("*.xlsx"))[0]
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{work}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = work / f"{workbook.stem}.pdf"
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            "1",
            "-l",
            "1",
            "-r",
            "80",
            "-png",
            "-singlefile",
            str(pdf),
            str(out.with_suffix("")),
        ],
        check=True,
        capture_output=True,
    )


PICTURES = {
    "skor-terminal.png": terminal,
    "laporan-html.png": report_page,
    "tren.png": trend_chart,
    "formulir-xlsx.png": form,
}


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        shutil.copytree(SAMPLES, work / "samples")
        for name, make in PICTURES.items():
            make(work, folder / name)
            size = (folder / name).stat().st_size
            if size < 2000:
                raise SystemExit(f"{name}: {size} bytes, not a picture")
            print(f"{folder / name}: {size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")

"""The built wheel, installed into a fresh environment and run from outside the checkout:
catches package data (the weight tables) missing from the wheel, which tests of the
checkout cannot see."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.import_support import report
from tests.lhe_pdfs import Traits


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; dependencies come from this environment's
    site-packages through a .pth file (no network needed)."""
    base = tmp_path_factory.mktemp("wheel")
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        base / "dist",
        ROOT,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (base / "dist").glob("spbe-*.whl")
    env_dir = base / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        ).stdout.strip()
    )
    (site / "outer.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        "-q",
        wheel,
    )
    assert done.returncode == 0, done.stderr
    return env_dir


def test_installed_wheel_scores_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "kantor"
    work.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, work / sample.name)
    spbe = installed / "bin" / "spbe"
    where = _run(
        installed / "bin" / "python", "-c", "import spbe_cli; print(spbe_cli.__file__)", cwd=work
    )
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout
    for sample in SAMPLES:
        done = _run(spbe, "score", sample.name, "--format", "json", cwd=work)
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert data["berkas"] == sample.name
        assert data["predikat"] in {"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"}
    table = _run(spbe, "score", SAMPLES[0].name, cwd=work)
    assert table.returncode == 0 and "Predikat" in table.stdout
    listing = _run(spbe, "kerangka", cwd=work)
    assert "spbe-2018" in listing.stdout and "pemdi-2026" in listing.stdout


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (
            ["diff", "kabupaten-contoh-2023.yaml", "kabupaten-contoh-2024.yaml", "-f", "json"],
            '"perbandingan": "kerangka_sama"',
        ),
        (
            ["diff", "kota-contoh-2019.yaml", "kabupaten-contoh-2024.yaml", "-f", "json"],
            '"perbandingan": "pemetaan"',
        ),  # the mapping table ships too
        (
            ["simulate", "kabupaten-contoh-2024.yaml", "--set", "14=5", "-f", "json"],
            '"kontribusi_tepat": "0.025"',
        ),
        (["plan", "kabupaten-contoh-2024.yaml", "--target", "3", "-f", "json"], '"tercapai": true'),
        (["explain", "14", "--tahun", "2024"], "Inovasi Proses Bisnis"),  # criteria ship
        (["rank", "kabupaten-contoh-2023.yaml", "kabupaten-contoh-2024.yaml"], "Peringkat"),
        (["validate", "provinsi-contoh-2026.yaml"], ""),
        (["init", "--tahun", "2026"], "tahun: 2026"),
        (["schema", "--kerangka", "pemdi-2026"], '"$schema"'),
        (["report", "kabupaten-contoh-2024.yaml", "-o", "laporan.md"], ""),
        (["score", "--bahasa", "en", "kabupaten-contoh-2024.yaml"], "Good (Baik)"),
        (["split", "provinsi-contoh-2026-tim.yaml", "-o", "formulir", "-f", "xlsx"], ""),
        (["merge", "provinsi-contoh-2026-tim.yaml", "-o", "gabungan.yaml"], ""),
        (["followup", "provinsi-contoh-2026-tim.yaml", "--tanggal", "2026-07-15"], "R2025-07"),
        (["progress", "provinsi-contoh-2026-tim.yaml", "--tanggal", "2026-07-15"], "BKD"),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else None,
)
def test_every_command_runs_from_the_wheel(
    installed: Path, tmp_path: Path, args: list[str], expect: str
) -> None:
    for sample in SAMPLES:
        shutil.copy(sample, tmp_path / sample.name)
    done = _run(installed / "bin" / "spbe", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert expect in done.stdout


def test_import_and_reports_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    """The commands whose modules and data are loaded only when used: `import` (pdfminer and
    the report layouts), `report` as HTML and as a workbook (openpyxl), then `split`."""
    (tmp_path / "laporan-2023.pdf").write_bytes(report(Traits()))
    spbe = installed / "bin" / "spbe"
    imported = _run(spbe, "import", "laporan-2023.pdf", "-o", "impor.yaml", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    scored = _run(spbe, "score", "impor.yaml", "-f", "json", cwd=tmp_path)
    assert json.loads(scored.stdout)["tahun"] == 2023
    for out in ("laporan.html", "laporan.xlsx"):
        done = _run(spbe, "report", "impor.yaml", "-o", out, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / out).stat().st_size > 1000
    split = _run(spbe, "split", "impor.yaml", "--by", "aspek", "-o", "formulir", cwd=tmp_path)
    assert split.returncode == 0, split.stderr
    names = sorted(p.name for p in (tmp_path / "formulir").iterdir())
    assert [n[:3] for n in names if n[0] == "a"] == [f"a{n}-" for n in range(1, 9)]  # 8 aspects

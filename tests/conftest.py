"""Shared helpers: the shipped tables, a CLI runner, and writing answer files."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import i18n
from spbe_cli.frameworks import Catalog, Framework, load_catalog

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))

SLOW_MODULES = frozenset(
    {
        "test_report_browser",  # headless Chromium
        "test_trend_browser",
        "test_report_libreoffice",  # LibreOffice
        "test_lhe_real",  # the real report PDFs in ../shared
        "test_history_real",
    }
)
SLOW_TESTS = frozenset(
    {
        "test_report_leaders.py::test_libreoffice_prints_the_workbook_on_a_few_pages",
        "test_team_workbook.py::test_a_form_saved_by_a_real_spreadsheet_program_reads_back",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The `slow` mark (left out on the Pythons between the oldest and the newest:
    noxfile.py): whole modules that drive a browser, LibreOffice or the real PDFs, and single
    tests that start LibreOffice. The installed wheel's tests run on every Python."""
    for item in items:
        name = f"{item.path.name}::{getattr(item, 'originalname', item.name)}"
        if item.path.stem in SLOW_MODULES or name in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def _table_cache_of_the_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Runs keep their checked weight tables in a folder of this test session, never in the
    home folder of whoever runs the tests."""
    patch = pytest.MonkeyPatch()
    patch.setenv("SPBE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(autouse=True)
def _indonesian_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts as a user does: no SPBE_BAHASA, so Indonesian."""
    monkeypatch.delenv("SPBE_BAHASA", raising=False)
    i18n.use("id")
    yield
    i18n.use("id")


@pytest.fixture()
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English (SPBE_BAHASA=en), for tests that read what a message says."""
    monkeypatch.setenv("SPBE_BAHASA", "en")
    i18n.use("en")


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def answer_text(
    framework: Framework,
    levels: Mapping[str, object],
    *,
    year: int | None = None,
    institution: str = "Kabupaten Uji",
    extra: str = "",
) -> str:
    """An answer file in the short form, indicators in the order given."""
    lines = [
        f"tahun: {year if year is not None else framework.first_year}",
        f"instansi: {institution}",
        extra.rstrip("\n"),
        "indikator:",
    ]
    for key, level in levels.items():
        quoted = f'"{key}"' if "." in key else key
        lines.append(f"  {quoted}: {level}")
    return "\n".join(line for line in lines if line) + "\n"


def python_output(code: str, env: dict[str, str] | None = None) -> str:
    """What `python -c CODE` (this interpreter, a fresh process) writes to stdout; `env` is
    added to the environment."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=None if env is None else {**os.environ, **env},
    )
    return done.stdout


def all_at(framework: Framework, level: object) -> dict[str, object]:
    return {i.id: level for i in framework.indicators}


WriteAnswers = Callable[..., Path]


@pytest.fixture()
def write(tmp_path: Path) -> WriteAnswers:
    """Write text to a fresh file in tmp_path and return its path."""
    counter = iter(range(10_000))

    def _write(text: str | bytes, name: str | None = None) -> Path:
        path = tmp_path / (name or f"answers-{next(counter)}.yaml")
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


def raises_to_reach(framework: Framework, total: Fraction) -> dict[str, int]:
    """Raises above the scale minimum whose Σ level·weight equals `total` exactly, found by
    dynamic programming over whole weight units. Independent of scoring.py."""
    scale = math.lcm(*(i.weight.denominator for i in framework.indicators))
    units = [(i.id, int(i.weight * scale)) for i in framework.indicators]
    goal = total * scale - sum(u for _, u in units) * framework.level_min
    assert goal.denominator == 1, "target not reachable on whole weight units"
    need = int(goal)
    top = framework.level_max - framework.level_min
    layers: list[dict[int, tuple[int, int]]] = []  # value -> (previous value, raise)
    reachable = {0}
    for _, step in units:
        layer: dict[int, tuple[int, int]] = {}
        for value in reachable:
            for r in range(top + 1):
                candidate = value + r * step
                if candidate <= need and candidate not in layer:
                    layer[candidate] = (value, r)
        layers.append(layer)
        reachable = set(layer)
    assert need in reachable, f"no level set reaches {total}"
    raises: dict[str, int] = {}
    value = need
    for (ind_id, _), layer in zip(reversed(units), reversed(layers), strict=True):
        value, r = layer[value]
        raises[ind_id] = r
    return raises


def levels_reaching(framework: Framework, index: Fraction) -> dict[str, int]:
    raises = raises_to_reach(framework, index * 100)
    return {i.id: framework.level_min + raises.get(i.id, 0) for i in framework.indicators}

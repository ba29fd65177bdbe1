"""The test suite on every Python the project declares, run by `.ci/run` (and by anyone: `nox`).

The versions are the `Programming Language :: Python :: 3.X` classifiers of pyproject.toml, so
declaring a version is what puts it under test. The whole suite runs on the oldest and the
newest; the versions between run it without the tests marked `slow` (browser, LibreOffice,
real report PDFs); the installed wheel's tests run on every version. The dependency floors
(`floors`) run on the oldest Python, where floors break first.

Interpreters are looked up on PATH (`python3.10`…) and, where pyenv is installed, among
pyenv's versions; nothing is downloaded. On CI (`CI` set) a missing interpreter is an error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox

if sys.version_info >= (3, 11):
    import tomllib
else:  # nox itself depends on tomli before 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared_pythons() -> list[str]:
    """The minor versions the classifiers name, oldest first."""
    found = []
    for classifier in PROJECT["classifiers"]:
        match = re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", classifier)
        if match:
            found.append(match[1])
    return sorted(found, key=lambda v: tuple(int(p) for p in v.split(".")))


def floor_constraints() -> list[str]:
    """Each runtime dependency pinned at its declared floor (`name>=X` becomes `name==X`)."""
    pins = []
    for requirement in PROJECT["dependencies"]:
        found = re.match(
            r"\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*>=\s*([0-9][^,;\s]*)([^;]*)(;.*)?",
            requirement,
        )
        if found:
            marker = found[4] or ""
            pins.append(f"{found[1]}=={found[2]}{marker}")
    return pins


def _pyenv_interpreters(versions: list[str]) -> None:
    """Put pyenv's newest X.Y of each declared version on PATH where PATH has no pythonX.Y
    (pyenv's shims do not count: they fail for a version pyenv has not selected)."""
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return
    shims = str(
        Path(subprocess.run([pyenv, "root"], capture_output=True, text=True).stdout.strip())
        / "shims"
    )
    extra = []
    for version in versions:
        found = shutil.which(f"python{version}")
        if found is not None and not found.startswith(shims):  # a shim fails unless selected
            continue
        latest = subprocess.run(
            [pyenv, "latest", version], capture_output=True, text=True, check=False
        )
        if latest.returncode != 0:
            continue
        prefix = subprocess.run(
            [pyenv, "prefix", latest.stdout.strip()], capture_output=True, text=True, check=False
        )
        if prefix.returncode == 0:
            extra.append(str(Path(prefix.stdout.strip()) / "bin"))
    if extra:
        os.environ["PATH"] = os.pathsep.join([*extra, os.environ.get("PATH", "")])


PYTHONS = declared_pythons()
OLDEST, NEWEST = PYTHONS[0], PYTHONS[-1]
_pyenv_interpreters(PYTHONS)

nox.options.sessions = ["tests", "floors", "docs"]
nox.options.download_python = "never"
nox.options.error_on_missing_interpreters = bool(os.environ.get("CI"))
nox.options.reuse_venv = "no"


def _pytest_args(session: nox.Session, version: str) -> list[str]:
    args = ["-q", "-p", "no:cacheprovider"]
    if version not in (OLDEST, NEWEST):
        args += ["-m", "not slow"]
    return [*args, *session.posargs]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The suite on one Python: whole on the oldest and newest, without `slow` between."""
    session.install("-e", ".[test]")
    session.run("python", "--version")
    session.run("pytest", *_pytest_args(session, str(session.python)))


@nox.session(python=OLDEST)
def floors(session: nox.Session) -> None:
    """The whole suite with every runtime dependency at its declared floor, on the oldest
    Python."""
    constraints = Path(session.create_tmp()) / "floors.txt"
    constraints.write_text("\n".join(floor_constraints()) + "\n", encoding="utf-8")
    session.install("-c", str(constraints), "-e", ".[test]")
    session.run(
        "python",
        "-c",
        "import importlib.metadata as m, sys; print('floors on', sys.version.split()[0] + ':',"
        " ', '.join(f'{p} {m.version(p)}' for p in"
        " ('typer', 'pydantic', 'PyYAML', 'rich', 'openpyxl', 'pdfminer.six', 'defusedxml')))",
    )
    # docs/en/commands.md is `--help` as the newest typer allowed writes it (typer 0.26 prints
    # a usage line a little differently); the floor's help is held by the CLI tests.
    reference = "tests/test_docs_site.py::test_the_command_reference_is_what_spbe_prints_now"
    session.run("pytest", "-q", "-p", "no:cacheprovider", "--deselect", reference, *session.posargs)


@nox.session(python=NEWEST)
def install_routes(session: nox.Session) -> None:
    """`pipx install .` and `uv tool install .` as users install CLI tools, each in a
    throw-away home, then `spbe score` on a sample from outside the checkout."""
    session.install("pipx", "uv")
    tmp = Path(session.create_tmp()).resolve()
    sample = ROOT / "samples" / "provinsi-contoh-2026.yaml"
    routes = {
        "pipx": (
            ["pipx", "install", "--force", str(ROOT)],
            {"PIPX_HOME": str(tmp / "pipx"), "PIPX_BIN_DIR": str(tmp / "pipx-bin")},
            tmp / "pipx-bin",
        ),
        "uv": (
            ["uv", "tool", "install", "--force", "--reinstall", str(ROOT)],
            {
                "UV_TOOL_DIR": str(tmp / "uv-tools"),
                "UV_TOOL_BIN_DIR": str(tmp / "uv-bin"),
                "UV_PYTHON_DOWNLOADS": "never",
            },
            tmp / "uv-bin",
        ),
    }
    for name, (command, env, bin_dir) in routes.items():
        session.log(f"route: {name}")
        session.run(*command, env=env)
        session.run(str(bin_dir / "spbe"), "score", str(sample), external=True)


@nox.session(python=NEWEST)
def docs(session: nox.Session) -> None:
    """The pictures made again from the samples (Chromium, LibreOffice), then the site built
    with `mkdocs build --strict`, offline."""
    session.install("-e", ".[docs]")
    session.run("python", "docs/_tools/pictures.py", "docs/img")
    site = str(Path(session.create_tmp()) / "site")
    quiet = {"NO_MKDOCS_2_WARNING": "1"}  # Material's end-of-life notice, on every build
    session.run("mkdocs", "build", "--strict", "--site-dir", site, env=quiet)

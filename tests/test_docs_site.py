"""The documentation site as a reader meets it: a short README, mostly Indonesian, whose two
commands are the ones CI runs; the five guides and the English reference; the command
reference as `spbe` prints it now; every page in the navigation. (`mkdocs build --strict`
itself runs in CI: nox -s docs.)"""

from __future__ import annotations

import importlib.util
import re

import pytest
import yaml

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"
GUIDES = ("koordinator", "opd", "riwayat", "ci", "membaca-indeks")


def _reference_module() -> object:
    spec = importlib.util.spec_from_file_location("reference", DOCS / "_tools" / "reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_is_short_and_mostly_indonesian() -> None:
    lines = README.splitlines()
    assert len(lines) <= 250
    words = re.findall(r"[a-z]+", README.lower())
    indonesian = sum(
        w in {"dan", "yang", "untuk", "dengan", "berkas", "dari", "ini"} for w in words
    )
    english = sum(w in {"and", "the", "for", "with", "file", "from", "this"} for w in words)
    assert indonesian > english


def test_the_readme_commands_are_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install . && spbe score samples/" in README
    assert "pip install -e '.[test]' && pytest" in README
    assert "pip install --quiet -e '.[test]'" in ci and "\npytest\n" in ci


def _nav_pages(entries: object) -> list[str]:
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, list):
        return [page for entry in entries for page in _nav_pages(entry)]
    if isinstance(entries, dict):
        return [page for value in entries.values() for page in _nav_pages(value)]
    return []


def test_every_page_is_in_the_navigation_and_every_guide_is_there() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = _nav_pages(config["nav"])
    pages = sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md") if "_tools" not in p.parts)
    assert sorted(nav) == pages
    for guide in GUIDES:
        assert f"panduan/{guide}.md" in nav
    assert config["theme"]["font"] is False  # no web fonts: the site works offline


@pytest.mark.slow
def test_the_command_reference_is_what_spbe_prints_now() -> None:
    reference = _reference_module()
    page = (DOCS / "en" / "commands.md").read_text(encoding="utf-8")
    assert page == reference.render(), "run: python docs/_tools/reference.py"  # type: ignore[attr-defined]

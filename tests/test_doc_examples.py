"""The documentation runs: every ```console block of README.md and of every page in docs/ is
executed (each `$ ` line in bash, in a folder holding a copy of samples/, one block a
session, the day and time zone pinned) and its output compared with what the page shows;
every ```yaml block that is an answer file is validated; the GitHub Actions and GitLab CI
recipes run their shell steps against a small jawaban/ folder holding a complete file and a
draft; the pre-commit example names a hook that exists and passes on those files. Only what
must vary is normalised: spaces (a run of them counts as one, trailing ones as none: rich
releases pad table columns differently, and CI runs the suite on rich's floor version too),
and a line "..." on a page stands for any number of lines.

`SPBE_DOCS_UPDATE=1 pytest tests/test_doc_examples.py` writes what the commands print now
into the pages (a block whose "..." no longer fits is written out whole): read the diff
before committing it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from spbe_cli import __version__
from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BIN = str(Path(sys.executable).parent)
CONSOLE = re.compile(r"^( *)```console\n(.*?)^\1```", re.S | re.M)
YAML_BLOCK = re.compile(r"^( *)```yaml\n(.*?)^\1```", re.S | re.M)
MARK = "@@doc-step@@"
UPDATE = os.environ.get("SPBE_DOCS_UPDATE") == "1"


class Block(NamedTuple):
    page: Path
    indent: str
    body: str  # as on the page, indent included

    @property
    def text(self) -> str:
        """The block with its indent removed."""
        return "".join(line[len(self.indent) :] for line in self.body.splitlines(keepends=True))

    @property
    def name(self) -> str:
        first = self.text.splitlines()[0] if self.text else ""
        return f"{self.page.relative_to(ROOT)}: {first[2:60]}"


def blocks(pattern: re.Pattern[str]) -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        found += [Block(page, indent, body) for indent, body in pattern.findall(text)]
    return found


def console_blocks() -> list[Block]:
    """Every console block, also those indented under a list item."""
    return blocks(CONSOLE)


def steps(block: str) -> list[tuple[str, list[str]]]:
    """(command, the lines the page shows after it) for each `$ ` line of a block."""
    found: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            found.append((line[2:], []))
        else:
            assert found, f"output before any command: {line!r}"
            found[-1][1].append(line)
    return found


def environment(folder: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SPBE_", "PYTEST", "COV", "NO_COLOR", "TERM"))
    }
    env.update(
        PATH=f"{BIN}:{env.get('PATH', '/usr/bin:/bin')}",
        COLUMNS="100",
        HOME=str(folder),
        LC_ALL="C.UTF-8",
        SOURCE_DATE_EPOCH="1777900000",
        TZ="Asia/Jakarta",
    )
    env.update(extra)
    return env


def session(folder: Path, commands: list[str]) -> list[list[str]]:
    """Run the commands one after another in one bash, each with its stderr on stdout (as a
    terminal shows them), `$?` carried from one to the next; the output of each."""
    script = ["__rc=0"] + [
        f"printf '%s\\n' '{MARK}'; (exit $__rc); {{ {command} ; }} 2>&1; __rc=$?"
        for command in commands
    ]
    done = subprocess.run(
        ["bash", "-c", "\n".join(script)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=environment(folder),
        timeout=300,
    )
    assert done.stderr == "", done.stderr
    parts = done.stdout.split(f"{MARK}\n")
    assert parts[0] == ""
    return [part.splitlines() for part in parts[1:]]


def spaced(line: str) -> str:
    """A line with each run of spaces as one: rich releases pad table columns differently
    (the floors run in CI uses rich 13.8), the words and numbers stay."""
    return re.sub(r" +", " ", line).rstrip()


def matches(shown: list[str], got: list[str]) -> bool:
    """Whether the output agrees with the README, where "..." stands for any lines."""
    shown = [spaced(line) for line in shown]
    got = [spaced(line) for line in got]
    if not shown:
        return not got
    if shown[0] == "...":
        return any(matches(shown[1:], got[n:]) for n in range(len(got) + 1))
    return bool(got) and shown[0] == got[0] and matches(shown[1:], got[1:])


_PAGE_FOLDERS: dict[Path, Path] = {}


def folder_for(block: Block, factory: pytest.TempPathFactory) -> Path:
    """Where a block runs: a fresh folder holding a copy of samples/ for each README block;
    one folder for all the blocks of a guide in docs/, which follows a year step by step (a
    block sees the files the blocks above it wrote, so run a guide's blocks together)."""
    shared = block.page.name != "README.md"
    if shared and block.page in _PAGE_FOLDERS:
        return _PAGE_FOLDERS[block.page]
    where = factory.mktemp("contoh")
    shutil.copytree(ROOT / "samples", where / "samples")
    if "spbe import laporan" in (block.page.read_text(encoding="utf-8") if shared else block.text):
        official_reports(where / "laporan")
    if shared:
        _PAGE_FOLDERS[block.page] = where
    return where


def test_the_pages_have_console_examples() -> None:
    assert len(console_blocks()) >= 10
    assert all(steps(block.text) for block in console_blocks())
    assert {b.page.name for b in console_blocks()} >= {"README.md"}


def _rewrite(block: Block, found: list[tuple[str, list[str]]], outputs: list[list[str]]) -> None:
    """The block on its page with each command's output as printed now (kept where it
    matches, "..." included)."""
    lines = []
    for (command, shown), got in zip(found, outputs, strict=True):
        lines.append(f"$ {command}")
        lines += shown if matches(shown, got) else _elided(shown, got)
    body = "".join(f"{block.indent}{line}".rstrip() + "\n" for line in lines)
    text = block.page.read_text(encoding="utf-8")
    assert block.body in text
    block.page.write_text(text.replace(block.body, body, 1), encoding="utf-8")


def official_reports(folder: Path) -> None:
    """Three report PDFs of one kabupaten (2021-2023) in `laporan/`, made with the layout of
    the real ones (tests/lhe_pdfs.py), for the pages that import reports."""
    from tests.import_support import report
    from tests.lhe_pdfs import Traits

    folder.mkdir()
    for year in (2021, 2022, 2023):
        traits = Traits(year=year).with_levels(year)
        (folder / f"lhe-{year}.pdf").write_bytes(report(traits))


def _elided(shown: list[str], got: list[str]) -> list[str]:
    """What a page shows of new output `got`: all of it, or, where the page left lines out
    ("..."), as many first and last lines as it showed around the gap."""
    if "..." not in shown:
        return got
    head = shown.index("...")
    tail = len(shown) - 1 - max(n for n, line in enumerate(shown) if line == "...")
    if head + tail >= len(got):
        return got
    return [*got[:head], "...", *got[len(got) - tail :]]


@pytest.mark.parametrize("block", console_blocks(), ids=lambda b: b.name)
def test_every_console_example_prints_what_the_page_shows(
    tmp_path_factory: pytest.TempPathFactory, block: Block
) -> None:
    folder = folder_for(block, tmp_path_factory)
    found = steps(block.text)
    outputs = session(folder, [command for command, _ in found])
    if UPDATE:
        _rewrite(block, found, outputs)
        return
    for (command, shown), got in zip(found, outputs, strict=True):
        assert matches(shown, got), (
            f"{block.page.name}\n$ {command}\n--- page\n"
            + "\n".join(shown)
            + "\n--- got\n"
            + "\n".join(got)
        )


def _is_answer_file(loaded: object) -> bool:
    return isinstance(loaded, dict) and "tahun" in loaded and "indikator" in loaded


@pytest.mark.parametrize("block", blocks(YAML_BLOCK), ids=lambda b: b.name)
def test_every_yaml_example_reads_and_answer_files_validate(tmp_path: Path, block: Block) -> None:
    """YAML examples read as YAML; those that are whole answer files pass `spbe validate`
    (drafts allowed: an example may leave indicators out)."""
    loaded = yaml.safe_load(block.text)
    if not _is_answer_file(loaded):
        return
    path = tmp_path / "contoh.yaml"
    path.write_text(block.text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", "validate", "--allow-incomplete", str(path)],
        capture_output=True,
        text=True,
        env=environment(tmp_path),
        check=False,
    )
    assert done.returncode == 0, f"{block.name}\n{done.stderr}"


# ---------------------------------------------------------------- CI recipes


def recipe(first_line: str) -> dict[str, object]:
    for block in blocks(YAML_BLOCK):
        if block.text.startswith(first_line):
            loaded = yaml.safe_load(block.text)
            assert isinstance(loaded, dict)
            return loaded
    raise AssertionError(f"no ```yaml block starting {first_line!r}")


@pytest.fixture()
def jawaban(tmp_path: Path) -> Path:
    """A repository of answer files as the CI recipes expect: last year's complete file and
    this year's draft (four indicators not filled in yet)."""
    folder = tmp_path / "jawaban"
    folder.mkdir()
    text = (ROOT / "samples/kabupaten-contoh-2024.yaml").read_text(encoding="utf-8")
    (folder / "2024.yaml").write_text(text, encoding="utf-8")
    draft = text.replace("tahun: 2024", "tahun: 2025")
    draft = re.sub(r"^  (24|27|29|30):.*\n", "", draft, flags=re.M)
    draft = draft.replace("  47: 2", "  47: 3")
    (folder / "2025.yaml").write_text(draft, encoding="utf-8")
    return tmp_path


def run_step(where: Path, command: str, env: dict[str, str]) -> None:
    done = subprocess.run(
        ["bash", "-e", "-c", command],
        capture_output=True,
        text=True,
        cwd=where,
        env=environment(where, **env),
        timeout=300,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"


def test_the_github_actions_recipe_runs_on_a_draft(jawaban: Path) -> None:
    workflow = recipe("# .github/workflows/spbe.yml")
    env = {k: str(v) for k, v in workflow["env"].items()}  # type: ignore[attr-defined]
    summary = jawaban / "summary.md"
    env["GITHUB_STEP_SUMMARY"] = str(summary)
    ran = 0
    for step in workflow["jobs"]["spbe"]["steps"]:  # type: ignore[index]
        command = step.get("run")
        if command and "pip install" not in command:
            run_step(jawaban, command, env)
            ran += 1
    assert ran >= 3
    text = summary.read_text(encoding="utf-8")
    assert "Perbandingan Indeks SPBE" in text and "2024 → 2025" in text
    assert "Belum diisi" in text or "belum diisi" in text
    assert "Indeks SPBE" in text.split("Perbandingan", 1)[1]


def test_the_gitlab_recipe_runs_on_a_draft(jawaban: Path) -> None:
    pipeline = recipe("# .gitlab-ci.yml")["spbe"]
    env = {k: str(v) for k, v in pipeline["variables"].items()}  # type: ignore[index]
    for command in pipeline["script"]:  # type: ignore[index]
        if "pip install" not in command:
            run_step(jawaban, command, env)
    for name in pipeline["artifacts"]["paths"]:  # type: ignore[index]
        assert (jawaban / name).read_text(encoding="utf-8").strip()


def test_the_pre_commit_example_names_a_hook_that_passes_on_drafts(jawaban: Path) -> None:
    config = recipe("# .pre-commit-config.yaml")
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    repos = config["repos"]
    assert isinstance(repos, list) and len(repos) == 1
    repo: dict[str, Any] = repos[0]
    assert repo["rev"] == f"v{__version__}"  # the tag this release carries
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for used in repo["hooks"]:
        hook = hooks[used["id"]]
        files = re.compile(used.get("files", hook["files"]))
        chosen = [
            str(p.relative_to(jawaban))
            for p in sorted(jawaban.rglob("*"))
            if p.is_file() and files.search(str(p.relative_to(jawaban)))
        ]
        assert chosen == ["jawaban/2024.yaml", "jawaban/2025.yaml"]
        command = " ".join([hook["entry"], *hook.get("args", []), *used.get("args", []), *chosen])
        run_step(jawaban, command, {})


def test_the_version_is_the_changelogs_newest() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)", changelog, re.M)
    assert versions and versions[0] == __version__

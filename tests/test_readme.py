"""The README runs: every ```console block is executed (each `$ ` line in bash, in a folder
holding a copy of samples/, one block a session) and its output compared with what the README
shows; the GitHub Actions and GitLab CI recipes run their shell steps against a small jawaban/
folder holding a complete file and a draft; the pre-commit example names a hook that exists
and passes on those files. Only what must vary is normalised: spaces (a run of them counts as
one, trailing ones as none: rich releases pad table columns differently, and CI runs the suite
on rich's floor version too), and a line "..." in the README stands for any number of lines."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from spbe_cli import __version__
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = str(Path(sys.executable).parent)
CONSOLE = re.compile(r"^( *)```console\n(.*?)^\1```", re.S | re.M)
YAML_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.S | re.M)
MARK = "@@readme-step@@"


def console_blocks() -> list[str]:
    """Every console block, also those indented under a list item (indent removed)."""
    return [
        "".join(line[len(indent) :] for line in body.splitlines(keepends=True))
        for indent, body in CONSOLE.findall(README)
    ]


def steps(block: str) -> list[tuple[str, list[str]]]:
    """(command, the lines the README shows after it) for each `$ ` line of a block."""
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


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path


def test_the_readme_has_console_examples() -> None:
    assert len(console_blocks()) >= 10
    assert all(steps(block) for block in console_blocks())


@pytest.mark.parametrize("block", console_blocks(), ids=lambda b: b.splitlines()[0][2:60])
def test_every_console_example_prints_what_the_readme_shows(folder: Path, block: str) -> None:
    found = steps(block)
    outputs = session(folder, [command for command, _ in found])
    for (command, shown), got in zip(found, outputs, strict=True):
        assert matches(shown, got), (
            f"$ {command}\n--- README\n" + "\n".join(shown) + "\n--- got\n" + "\n".join(got)
        )


# ---------------------------------------------------------------- CI recipes


def recipe(first_line: str) -> dict[str, object]:
    for block in YAML_BLOCK.findall(README):
        if block.startswith(first_line):
            loaded = yaml.safe_load(block)
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

"""The command reference (docs/en/commands.md), generated from the command line itself: the
root's and every command's `--help` in English, as `spbe` prints them at 100 columns, so the
reference cannot drift from `--help` (tests/test_docs_site.py compares the page with a fresh
run). Run it after changing a command: `python docs/_tools/reference.py`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "en" / "commands.md"

INTRO = """# Commands

Every command's `--help`, in English (`--bahasa en` or `SPBE_BAHASA=en`; without them the same
help is in Indonesian). This page is generated from the command line itself by
`docs/_tools/reference.py`, and a test fails when it differs from what `spbe` prints, so it
is always the installed version's help.
"""


def _help(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPBE_")}
    env.update(SPBE_BAHASA="en", COLUMNS="100", NO_COLOR="1", TERM="dumb", LC_ALL="C.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return "\n".join(line.rstrip() for line in done.stdout.strip("\n").splitlines())


def commands() -> list[str]:
    from spbe_cli.cli.app import COMMANDS

    return list(COMMANDS)


def render() -> str:
    parts = [INTRO, "## spbe\n", "```text", _help(), "```\n"]
    for name in commands():
        parts += [f"## spbe {name}\n", "```text", _help(name), "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")

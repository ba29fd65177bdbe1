"""`spbe kerangka` in words and in JSON a script can rely on (every weight, exact), and shell
completion as every typer app has it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

SPBE = str(Path(sys.executable).parent / "spbe")
TABLES = sorted((ROOT / "weights").glob("*.yaml"))
REPR = re.compile(r"[{}]|'\w+':|\b(?:None|True|False|Fraction|Decimal)\b|\(\s*'")
"""What a Python structure printed as text looks like: {'domain': 4}, None, Fraction(...)."""


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("ident", [None, *(t.stem for t in TABLES)])
def test_kerangka_text_is_words_not_python(
    runner: CliRunner, ident: str | None, language: str
) -> None:
    result = runner.invoke(app, ["kerangka", *([ident] if ident else []), "--bahasa", language])
    assert result.exit_code == 0, result.stderr
    found = REPR.search(result.stdout)
    assert found is None, result.stdout[max(0, found.start() - 80) : found.end() + 80]
    for table in TABLES if ident is None else [ROOT / "weights" / f"{ident}.yaml"]:
        data = yaml.safe_load(table.read_text(encoding="utf-8"))
        assert f"{data['kerangka']}: " in result.stdout
        structure = f"{len(data.get('domain') or [])} domain"
        assert structure in result.stdout
        for band in data["predikat"]:  # both edges, each "<" or "≤" as the table states
            edge = "≤" if band.get("dari_termasuk", True) else "<"
            low = f"{band['dari']:.2f}"
            shown = rf"{re.escape(band['nama'])}\)?[^:\n]*: {low} {edge} \w+ [<≤] \d\.\d\d"
            assert re.search(shown, result.stdout), band
        labels = re.findall(r"^  ([^:\d\s][^:]*):", result.stdout, re.M)  # the fields
        assert all(label == label.lower() for label in labels), labels


@pytest.mark.parametrize("table", TABLES, ids=[t.stem for t in TABLES])
def test_kerangka_json_carries_every_weight_exactly(runner: CliRunner, table: Path) -> None:
    data = yaml.safe_load(table.read_text(encoding="utf-8"))  # read independently of spbe
    result = runner.invoke(app, ["kerangka", table.stem, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["kerangka"] == data["kerangka"]
    for key in ("domain", "aspek", "indikator"):
        written = [(str(item["id"]), _weight(item, data)) for item in data.get(key) or []]
        shown = [(item["id"], Fraction(item["bobot_tepat"])) for item in found[key]]
        assert shown == written, key
        assert all(
            item["bobot"] == float(round(Fraction(item["bobot_tepat"]), 2)) for item in found[key]
        )
    assert sum(Fraction(i["bobot_tepat"]) for i in found["indikator"]) == 100


def _weight(item: dict[str, object], table: dict[str, list[dict[str, object]]]) -> Fraction:
    """A weight as the table gives it; an indicator without one shares its aspect's weight
    equally with the aspect's other indicators (spbe-2018 writes only aspect weights)."""
    if "bobot" in item:
        return Fraction(str(item["bobot"]))
    aspect = next(a for a in table["aspek"] if a["id"] == item["aspek"])
    count = sum(1 for i in table["indikator"] if i["aspek"] == item["aspek"])
    return Fraction(str(aspect["bobot"])) / count


def test_kerangka_json_of_all_tables_lists_each_with_its_indicators(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kerangka", "-f", "json"])
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert sorted(f["kerangka"] for f in found) == [t.stem for t in TABLES]
    assert all(len(f["indikator"]) == f["jumlah"]["indikator"] for f in found)


def _complete(words: str, current: int) -> list[str]:
    done = subprocess.run(
        [SPBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "_SPBE_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(current),
        },
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _shown_from_sh(shell: str) -> str:
    """`spbe --show-completion SHELL` started from `sh`, a shell typer cannot write for: the
    shell named is the one written (it used to be ignored, and sh refused)."""
    shown = subprocess.run(
        ["sh", "-c", f'exec "{SPBE}" --show-completion {shell}'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    return shown.stdout


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX sh")
def test_shell_completion_scripts_and_completions() -> None:
    bash = _shown_from_sh("bash")
    assert "_SPBE_COMPLETE=complete_bash" in bash
    assert "complete -o default -F _spbe_completion spbe" in bash
    assert "compdef _spbe_completion spbe" in _shown_from_sh("zsh")
    assert "complete --command spbe" in _shown_from_sh("fish")
    assert _complete("spbe sc", 1) == ["score", "schema"]
    assert "--format" in _complete("spbe score --fo", 2)
    assert "--bahasa" in _complete("spbe diff --ba", 2)
    helped = subprocess.run([SPBE, "--help"], capture_output=True, text=True, timeout=60)
    assert "--install-completion" in helped.stdout and "--show-completion" in helped.stdout

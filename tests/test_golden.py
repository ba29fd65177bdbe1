"""Golden JSON for every shipped sample: any change to a number, a name or the shape of the
output shows up here. Regenerate deliberately with SPBE_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT, SAMPLES

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_sample_json_matches_golden(
    runner: CliRunner, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["score", f"samples/{sample.name}", "--format", "json"])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{sample.stem}.json"
    if os.environ.get("SPBE_UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(golden.read_text(encoding="utf-8"))

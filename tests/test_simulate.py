"""`spbe simulate`: the file scored with overrides, compared with itself as it stands."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
import yaml
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT, SAMPLES, WriteAnswers

SAMPLE = next(s for s in SAMPLES if s.name == "kabupaten-contoh-2024.yaml")


def weights_2020() -> dict[str, Fraction]:
    table = yaml.safe_load((ROOT / "weights" / "spbe-2020.yaml").read_text("utf-8"))
    return {str(i["id"]): Fraction(str(i["bobot"])) for i in table["indikator"]}


def levels_of(path: object) -> dict[str, int]:
    data = yaml.safe_load(SAMPLE.read_text("utf-8"))
    return {str(k): v["level"] if isinstance(v, dict) else v for k, v in data["indikator"].items()}


def test_changes_add_up_to_the_simulated_index(runner: CliRunner) -> None:
    before = levels_of(SAMPLE)
    sets = {"14": 5, "25": 4, "42": 2}
    args = [a for k, v in sets.items() for a in ("--set", f"{k}={v}")]
    result = runner.invoke(app, ["simulate", str(SAMPLE), *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    weights = weights_2020()
    expected = sum(
        (Fraction(v - before[k]) * weights[k] / 100 for k, v in sets.items()), Fraction(0)
    )
    assert Fraction(data["indeks"]["selisih_tepat"]) == expected
    changed = {c["id"]: (c["lama"], c["baru"]) for c in data["indikator"]}
    assert changed == {k: (before[k], v) for k, v in sets.items()}


def test_file_is_not_modified_and_title_says_simulation(
    runner: CliRunner, write: WriteAnswers
) -> None:
    path = write(SAMPLE.read_text("utf-8"))
    before = path.read_bytes()
    result = runner.invoke(app, ["simulate", str(path), "--set", "29=3", "-f", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "### Simulasi Indeks SPBE Pemerintah Kabupaten Contoh 2024: 29=3"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("48=3", "error: --set 48=3: not an indicator of spbe-2020; allowed ids: 1-47"),
        (
            "14=3.5",
            "error: --set 14=3.5: level 3.5 is not an integer; allowed: an integer "
            "from 1 to 5 (spbe-2020)",
        ),
        ("14=6", "error: --set 14=6: level 6 is out of range"),
        ("14=tiga", "error: --set 14=tiga: level 'tiga' is not a number"),
        ("14", "error: --set 14: write it as ID=LEVEL, e.g. --set 14=4"),
    ],
)
def test_bad_override_is_a_usage_error(runner: CliRunner, override: str, message: str) -> None:
    result = runner.invoke(app, ["simulate", str(SAMPLE), "--set", override])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.strip().startswith(message)


@pytest.mark.usefixtures("english")
def test_same_id_twice_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(app, ["simulate", str(SAMPLE), "-s", "14=4", "-s", "14=5"])
    assert result.exit_code == 2
    assert "indicator 14 is set twice" in result.stderr


def test_pemdi_decimal_override(runner: CliRunner) -> None:
    sample = next(s for s in SAMPLES if "2026" in s.name)
    result = runner.invoke(app, ["simulate", str(sample), "--set", "20=3.25", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    change = next(c for c in data["indikator"] if c["id"] == "20")
    assert (change["baru"], Fraction(change["kontribusi_tepat"])) == (
        3.25,
        (Fraction("3.25") - 3) * 15 / 100,
    )


def test_draft_override_fills_a_missing_indicator(runner: CliRunner, write: WriteAnswers) -> None:
    text = SAMPLE.read_text("utf-8").replace("  47: 2", "")
    path = write(text)
    result = runner.invoke(
        app, ["simulate", str(path), "--allow-incomplete", "--set", "47=5", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert Fraction(data["indeks"]["selisih_tepat"]) == Fraction(4 * 3, 100)

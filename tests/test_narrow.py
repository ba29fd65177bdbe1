"""A terminal of 40 columns still shows every name (wrapped under itself, its numbers on the
line below): never a column of "…" in score (with --detail), diff, plan and rank tables."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from spbe_cli import api
from spbe_cli.frameworks import Catalog
from spbe_cli.renderers.plan.view import short_name
from tests.conftest import ROOT

S2023 = str(ROOT / "samples/kabupaten-contoh-2023.yaml")
S2024 = str(ROOT / "samples/kabupaten-contoh-2024.yaml")
S2019 = str(ROOT / "samples/kota-contoh-2019.yaml")
S2026 = str(ROOT / "samples/provinsi-contoh-2026.yaml")


def run(runner: CliRunner, *args: str, columns: int = 40) -> str:
    from spbe_cli.cli import app

    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def check(text: str, names: list[str], columns: int = 40) -> None:
    assert "…" not in text and "..." not in text
    assert max(len(line.rstrip()) for line in text.splitlines()) <= columns
    shown = flat(text)
    missing = [name for name in names if flat(name) not in shown]
    assert not missing, missing


@pytest.mark.parametrize("sample", [S2024, S2026, S2019])
@pytest.mark.parametrize("language", ["id", "en"])
def test_score_detail_shows_every_name(
    runner: CliRunner, catalog: Catalog, sample: str, language: str
) -> None:
    score = api.score_source(sample, catalog)
    names = [g.name for g in (*score.domains, *score.aspects)]
    names += [i.indicator.name for i in score.indicators]
    check(run(runner, "score", sample, "--detail", "--bahasa", language), names)
    check(run(runner, "score", sample, "--bahasa", language), names[: -len(score.indicators)])


@pytest.mark.parametrize(("old", "new"), [(S2023, S2024), (S2019, S2024)])
def test_diff_shows_every_name(runner: CliRunner, catalog: Catalog, old: str, new: str) -> None:
    text = run(runner, "diff", old, new)
    score = api.score_source(new, catalog)
    check(text, [g.name for g in (*score.domains, *score.aspects)])
    for line in run(runner, "diff", old, new, columns=200).splitlines():
        found = re.match(r"^\S+(?: → \S+)?\s{2,}(.+?)\s{2,}", line)
        if found and any(c.isalpha() for c in found.group(1)) and line[:1].isdigit():
            assert flat(found.group(1)) in flat(text), found.group(1)


def test_plan_shows_every_name(runner: CliRunner, catalog: Catalog) -> None:
    text = run(runner, "plan", S2024, "-t", "3.5")
    wide = run(runner, "plan", S2024, "-t", "3.5", "-f", "json", columns=200)
    import json

    steps = json.loads(wide)["langkah"]
    assert len(steps) > 5
    check(text, [short_name(s["nama"]) for s in steps])


def test_rank_shows_every_name(runner: CliRunner, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    text = Path(S2024).read_text(encoding="utf-8")
    names = [
        "Pemerintah Kabupaten Kepulauan Seribu Utara Bagian Barat Daya",
        "Pemerintah Kota Administrasi Jakarta",
        "Kabupaten Contoh",
    ]
    for n, name in enumerate(names):
        body = text.replace("Pemerintah Kabupaten Contoh", name)
        (folder / f"{n}.yaml").write_text(body, encoding="utf-8")
    check(run(runner, "rank", str(folder)), names)
    check(run(runner, "rank", str(folder), "--bahasa", "en"), names)


def test_wide_terminals_keep_the_one_line_table(runner: CliRunner) -> None:
    text = run(runner, "score", S2024, columns=100)
    assert re.search(r"^D1\s+Kebijakan Internal SPBE\s+13\.00\s+2\.70\s+Baik", text, re.M)

"""`-` (standard input) among a batch large enough for workers: read once, in this process,
and in its place in the output, whatever SPBE_WORKERS says (a worker's standard input is
/dev/null)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spbe_cli import batch
from spbe_cli.api import STDIN_NAME
from spbe_cli.cli import app
from tests.answerfiles import SAMPLES

COUNT = batch.PARALLEL_FROM + 6
PLACE = 30


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("stdin")
    text = (SAMPLES / "kabupaten-contoh-2024.yaml").read_text(encoding="utf-8")
    paths = []
    for n in range(COUNT):
        path = folder / f"f{n:03}.yaml"
        path.write_text(text.replace("Contoh", f"Contoh {n}"), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("workers", ["2", ""], ids=["SPBE_WORKERS=2", "default"])
@pytest.mark.parametrize("command", ["score", "rank"])
def test_stdin_in_a_large_batch_is_read_in_its_place(
    files: list[str], command: str, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(batch.ENV, workers)
    stdin = (SAMPLES / "kabupaten-contoh-2024.yaml").read_text(encoding="utf-8")
    stdin = stdin.replace("Contoh", "Dari Masukan Standar")
    args = [command, *files[:PLACE], "-", *files[PLACE:], "-f", "json"]
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == COUNT + 1
    if command == "score":
        assert rows[PLACE]["berkas"] == STDIN_NAME
        assert rows[PLACE]["instansi"].endswith("Dari Masukan Standar")
        assert [r["berkas"] for r in rows[:PLACE]] == files[:PLACE]
    else:
        named = [r["instansi"] for r in rows]
        assert sum(name.endswith("Dari Masukan Standar") for name in named) == 1

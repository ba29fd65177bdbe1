"""The evaluation stages in their order (PermenPANRB 8/2026, as summarised in
../shared/reference/pemdi-2026.md, "Stages": Mandiri, Dokumen, Interviu, then Visitasi when
needed; `akhir` is the final value): an indicator's value is its latest stage present, and
with --tahap S its latest stage at or before S, however the file orders them."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.team_support import run

ORDER = ("mandiri", "dokumen", "interviu", "visitasi", "akhir")  # written here, not imported


def level_of(path: Path, *args: str) -> object:
    result = run("score", path, "--allow-incomplete", "-f", "json", *args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["indikator"]
    return next(r["level"] for r in rows if r["id"] == "1")


@pytest.mark.parametrize(
    ("early", "late"), list(itertools.combinations(ORDER, 2)), ids=lambda s: str(s)
)
def test_the_later_stage_wins_whatever_the_order_written(
    tmp_path: Path, early: str, late: str
) -> None:
    path = tmp_path / "j.yaml"
    # the later stage written first, the earlier one second
    entry = f"level: {{{late}: 4, {early}: 2}}"
    path.write_text(f'tahun: 2026\ninstansi: X\nindikator:\n  "1":\n    {entry}\n')
    assert level_of(path) == 4
    assert level_of(path, "--tahap", late) == 4
    assert level_of(path, "--tahap", early) == 2
    between = ORDER[ORDER.index(early) : ORDER.index(late)]
    for stage in between:
        assert level_of(path, "--tahap", stage) == 2, stage

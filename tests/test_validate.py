"""`spbe validate`: every problem in every file, text on stderr or a JSON list on stdout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.validation import check
from tests.answerfiles import (
    KAB_2024,
    KOTA_2019,
    PROV_2026,
    ROOT,
    catalog,
    raw_weights,
    write_answers,
)

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

runner = CliRunner()
SAMPLES = [str(KOTA_2019), str(KAB_2024), str(PROV_2026)]

BROKEN = """tahun: 2024
instansi: Kabupaten Rusak
warna: biru
indikator:
  "1": 7
  "2": tiga
  "99": 3
"""


def broken(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.yaml"
    levels = "".join(f'  "{i}": 2\n' for i in raw_weights("spbe-2020") if i not in ("1", "2"))
    path.write_text(BROKEN + levels, encoding="utf-8")
    return path


def test_valid_files_exit_0_with_an_ok_line_each_on_stderr() -> None:
    result = runner.invoke(app, ["validate", *SAMPLES])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert f"{KOTA_2019}: ok (spbe-2018)" in lines
    assert f"{KAB_2024}: ok (spbe-2020)" in lines
    assert f"{PROV_2026}: ok (pemdi-2026)" in lines


def test_every_problem_in_every_file_is_reported(tmp_path: Path) -> None:
    bad = broken(tmp_path)
    syntax = tmp_path / "sintaks.yaml"
    syntax.write_text("tahun: 2024\ninstansi: [\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad), str(KAB_2024), str(syntax)])
    assert result.exit_code == 3
    assert result.stdout == ""
    err = result.stderr
    assert f"{bad}:3:1: unknown key 'warna'" in err
    assert f"{bad}:5:8: indikator 1: level 7 is out of range" in err
    assert f"{bad}:6:8: indikator 2: level 'tiga' is not a number" in err
    assert f"{bad}:7:3: indikator 99: not an indicator of spbe-2020" in err
    assert f"{KAB_2024}: ok (spbe-2020)" in err
    assert f"{syntax}:" in err and "not valid YAML" in err
    assert "Traceback" not in err


def test_json_lists_each_file_with_status_and_problems(tmp_path: Path) -> None:
    bad = broken(tmp_path)
    syntax = tmp_path / "sintaks.yaml"
    syntax.write_text("tahun: 2024\ninstansi: [\n", encoding="utf-8")
    result = runner.invoke(
        app, ["validate", str(bad), str(KAB_2024), str(syntax), "--format", "json"]
    )
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert [(d["berkas"], d["status"]) for d in data] == [
        (str(bad), "tidak_valid"),
        (str(KAB_2024), "ok"),
        (str(syntax), "tidak_valid"),
    ]
    assert data[1]["kerangka"] == "spbe-2020" and data[1]["masalah"] == []
    problems = data[0]["masalah"]
    assert {"file": str(bad), "line": 5, "column": 8, "indikator": "1"}.items() <= problems[
        1
    ].items()
    keys = [p.get("kunci") for p in problems if "kunci" in p]
    assert "warna" in keys
    assert all(set(p) >= {"file", "line", "column", "pesan"} for p in problems)
    assert all(("indikator" in p) != ("kunci" in p) for p in problems)
    assert data[2]["masalah"][0]["kunci"] is None  # a YAML syntax error names no key


def test_a_missing_file_is_a_usage_error_but_the_others_are_checked(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "tidak-ada.yaml"), str(KAB_2024)])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert f"{KAB_2024}: ok" in result.stderr
    as_json = runner.invoke(app, ["validate", str(tmp_path / "x.yaml"), "-f", "json"])
    assert as_json.exit_code == 2
    assert json.loads(as_json.stdout)[0]["status"] == "tidak_terbaca"


def test_drafts_are_valid_only_with_allow_incomplete(tmp_path: Path) -> None:
    levels = dict.fromkeys(list(raw_weights("spbe-2020"))[:40], 2)
    draft = write_answers(tmp_path, "draft.yaml", 2024, levels)
    refused = runner.invoke(app, ["validate", str(draft)])
    assert refused.exit_code == 3
    assert "7 of 47 indicators missing: 41-47" in refused.stderr
    allowed = runner.invoke(app, ["validate", str(draft), "--allow-incomplete"])
    assert allowed.exit_code == 0, allowed.output


def test_stdin_and_warnings(tmp_path: Path) -> None:
    text = KAB_2024.read_text("utf-8").replace("tahun: 2024", "tahun: 2025")
    result = runner.invoke(app, ["validate", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert "<stdin>: ok (spbe-2020)" in result.stderr
    copied = text.replace("tahun: 2025", "tahun: 2026")
    result = runner.invoke(app, ["validate", "-"], input=copied)
    assert result.exit_code == 3
    assert "<stdin>:5:11: kerangka spbe-2020 covers 2021-2025, not 2026" in result.stderr
    result = runner.invoke(app, ["validate", "-", "--kerangka", "spbe-2020"], input=copied)
    assert result.exit_code == 0
    assert "warning: scored with kerangka spbe-2020 as --kerangka asks" in result.stderr
    assert "<stdin>: ok (spbe-2020)" in result.stderr


def test_check_never_raises_for_bad_input(tmp_path: Path) -> None:
    folder = check(str(tmp_path), catalog())
    assert folder.unreadable is not None and not folder.ok
    binary = tmp_path / "biner.yaml"
    binary.write_bytes(b"\x00\x01")
    assert check(str(binary), catalog()).problems


def test_the_pre_commit_hook_runs_spbe_validate_on_answer_files() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "spbe-validate")
    assert hook["entry"] == "spbe validate"
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    for name in ("jawaban/2024.yaml", "opd/jawaban/kab-2025.yml"):
        assert pattern.search(name), name
    for name in ("weights/spbe-2020.yaml", ".github/workflows/spbe.yaml", "jawaban/notes.md"):
        assert not pattern.search(name), name

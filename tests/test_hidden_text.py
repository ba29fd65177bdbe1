"""Characters that hide or reorder text (a right-to-left override, zero-width spaces) from an
answer file never reach an output raw: JSON of every command (one writer,
renderers.jsontext.json_document), links in Markdown reports, the YAML `split` and `merge` write
(yamlsafe.quoted); each still reads back as the same text. A name of only such characters is
no name; `init --dari` blames the file that holds one, not an option nobody gave."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from spbe_cli import yamlsafe
from tests.team_support import ROOT, TEAM, run

pytestmark = pytest.mark.usefixtures("english")
RLO, ZWSP, LRI = "\u202e", "\u200b", "\u2066"
MARK = f"a{RLO}b{ZWSP}c{LRI}d"
HIDDEN = (RLO, ZWSP, LRI)
NAME = f"Provinsi {MARK}"
MARK_ESCAPED = json.dumps(MARK)[1:-1]  # the mark as \u escapes inside double quotes


def hostile(folder: Path, name: str = "tim.yaml") -> Path:
    """The team sample with the mark in the instansi, an owner, a recommendation, a
    penjelasan and an evidence link; written with \\u escapes, as YAML allows."""
    text = TEAM.read_text(encoding="utf-8")
    escaped = MARK_ESCAPED
    text = text.replace("instansi: Pemerintah Provinsi Contoh", f'instansi: "Provinsi {escaped}"')
    text = text.replace("pj: Biro Organisasi", f'pj: "Biro {escaped}"')
    text = text.replace(
        "teks: Lakukan reviu kebijakan tata kelola Pemdi", f'teks: "Lakukan reviu {escaped}"'
    )
    text = text.replace(
        "penjelasan: Kebijakan tata kelola Pemdi", f'penjelasan: "Kebijakan {escaped}"'
    ).replace("sudah ditetapkan tetapi belum direviu.", "")
    text = text.replace(
        "- {berkas: bukti/01/pergub-tata-kelola.pdf, level: 1, status: diterima}",
        f'- {{tautan: "https://contoh.go.id/{escaped}", level: 1, status: diterima}}',
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert yamlsafe.load(path, str(path)).data["instansi"] == NAME  # the mark is in the file
    return path


def clean(text: str) -> None:
    found = [f"U+{ord(c):04X}" for c in HIDDEN if c in text]
    assert not found, found


DATED = ("--tanggal", "2026-07-15")


@pytest.mark.parametrize(
    "command",
    [
        ["followup", *DATED],
        ["progress", *DATED],
        ["evidence", "--tanpa-berkas", *DATED],
        ["trend"],
        ["score"],
        ["plan", "-t", "4"],
    ],
    ids=lambda c: c[0],
)
def test_json_of_every_command_escapes_hidden_characters(
    tmp_path: Path, command: list[str]
) -> None:
    path = hostile(tmp_path)
    result = run(command[0], path, *command[1:], "-f", "json")
    assert result.exit_code == 0, result.output
    clean(result.stdout)
    assert "\\u202e" in result.stdout
    found = json.loads(result.stdout)
    assert MARK in json.dumps(found, ensure_ascii=False)  # the same text to a JSON reader


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in [*value.keys(), *value.values()] for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_a_markdown_report_makes_no_link_of_a_hidden_address(tmp_path: Path) -> None:
    path = hostile(tmp_path)
    out = tmp_path / "r.md"
    result = run("report", path, "-o", out, "--tanggal", "2026-07-15")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    clean(text)
    assert "<https://contoh.go.id/" not in text  # no autolink: shown as text, escaped
    assert "https://contoh.go.id/a\\\\u202eb" in text


@pytest.mark.parametrize("fmt", ["yaml", "xlsx"])
def test_split_and_merge_write_hidden_characters_escaped_and_read_back_the_same(
    tmp_path: Path, fmt: str
) -> None:
    path = hostile(tmp_path)
    forms = tmp_path / "f"
    assert run("split", path, "-o", forms, "--format", fmt).exit_code == 0
    for form in forms.iterdir():
        if form.suffix == ".yaml":
            clean(form.read_text(encoding="utf-8"))
    out = tmp_path / "hasil.yaml"
    merged = run("merge", forms, "-o", out)
    assert merged.exit_code == 0, merged.output
    text = out.read_text(encoding="utf-8")
    clean(text)
    original = yaml.safe_load(path.read_text(encoding="utf-8"))
    again = yaml.safe_load(text)  # PyYAML, not spbe
    assert again["instansi"] == NAME
    assert sorted(s for s in _strings(again) if MARK in s) == sorted(
        s for s in _strings(original) if MARK in s
    )


@pytest.mark.parametrize("name", [ZWSP, f"{ZWSP} {RLO}\u2060", "\ufeff\u200d", "\u00ad"])
def test_an_instansi_of_only_invisible_characters_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "j.yaml"
    escaped = json.dumps(name)
    path.write_text(f'tahun: 2026\ninstansi: {escaped}\nindikator:\n  "1": 2\n', encoding="utf-8")
    for command in ("validate", "score"):
        result = run(command, path, "--allow-incomplete")
        assert result.exit_code == 3, result.output
        assert result.stdout == ""
        assert f"{path}:2:11: instansi holds only characters nobody can see" in result.stderr
    visible = f'tahun: 2026\ninstansi: "X{escaped[1:-1]}"\nindikator:\n  "1": 2\n'
    path.write_text(visible, encoding="utf-8")
    assert run("validate", path, "--allow-incomplete").exit_code == 0


def test_init_dari_blames_the_files_instansi_not_an_option_never_given(tmp_path: Path) -> None:
    path = hostile(tmp_path)
    out = tmp_path / "baru.yaml"
    result = run("init", "--tahun", "2027", "--dari", path, "-o", out)
    assert result.exit_code == 3, result.output
    assert not out.exists()
    assert "--instansi holds" not in result.stderr
    line = (
        path.read_text(encoding="utf-8").splitlines().index(f'instansi: "Provinsi {MARK_ESCAPED}"')
    )
    assert result.stderr.startswith(f"{path}:{line + 1}:11: instansi holds control or direction")
    given = run("init", "--tahun", "2027", "--dari", path, "-o", out, "--instansi", "Provinsi X")
    assert given.exit_code == 0, given.output


def test_the_json_schema_escapes_names_from_ones_own_table(tmp_path: Path) -> None:
    weights = tmp_path / "bobot"
    weights.mkdir()
    table = (ROOT / "weights" / "spbe-2020.yaml").read_text(encoding="utf-8")
    first = "nama: Tingkat Kematangan Kebijakan Internal Arsitektur"
    assert first in table
    (weights / "spbe-2020.yaml").write_text(table.replace(first, f"{first} {MARK}"), "utf-8")
    result = run("schema", "--kerangka", "spbe-2020", "--weights", weights)
    assert result.exit_code == 0, result.output
    clean(result.stdout)
    assert MARK in json.dumps(json.loads(result.stdout), ensure_ascii=False)

"""Windows and macOS behaviour that cannot run here, proven by simulation: a Windows code page
on stdout (cp1252, cp437) with and without PYTHONIOENCODING, answer files saved by Notepad
(CRLF, a UTF-8 BOM), evidence paths written with backslashes (and forward slashes read by
Windows' path rules), and owner names that differ only by case on a file system that ignores
case. (Workers without `os.fork` are in tests/test_batch.py; tzdata in tests/test_days.py.)"""

from __future__ import annotations

import contextlib
import io
import json
import ntpath
import os
import posixpath
import subprocess
import sys
from pathlib import Path

import pytest

from spbe_cli import filepaths
from spbe_cli.cli import app
from tests.conftest import ROOT
from tests.team_support import answer_file, run

SAMPLE = ROOT / "samples" / "provinsi-contoh-2026.yaml"
DRAFT = ROOT / "samples" / "provinsi-draf-2026.yaml"
# Ñ and — are in cp1252; ≤ is in cp437 only; Ŋ and 中 are in neither
NAME = "Kabupaten Ñusa — Ŋgaju ≤ 中文"


def _with_name(tmp_path: Path) -> Path:
    path = tmp_path / "kabupaten.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "instansi: Pemerintah Provinsi Contoh", f'instansi: "{NAME}"'
    )
    assert NAME in text
    path.write_text(text, encoding="utf-8")
    return path


def _subprocess(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "spbe_cli", *map(str, args)],
        capture_output=True,
        env=full_env,
        check=False,
    )


def _in_process(encoding: str, *args: str | Path) -> tuple[int, str, str]:
    """A run whose stdout and stderr are what Windows gives a redirected program without
    PYTHONIOENCODING: text streams in the locale's code page, strict errors."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding=encoding, errors="strict", newline="")
    err = io.TextIOWrapper(err_bytes, encoding=encoding, errors="strict", newline="")
    old = sys.argv
    sys.argv = ["spbe", *map(str, args)]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            app()  # the console script's command, without its collector set for a short run
    except SystemExit as stop:
        code = int(stop.code or 0)
    finally:
        sys.argv = old
    out.flush()
    err.flush()
    return code, out_bytes.getvalue().decode(encoding), err_bytes.getvalue().decode(encoding)


# ------------------------------------------------------------ a Windows code page on stdout

EXPECTED_NAME = {
    "cp1252": "Kabupaten Ñusa — ?gaju <= ??",
    "cp437": "Kabupaten Ñusa - ?gaju ≤ ??",
}


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_a_code_page_keeps_every_character_it_has_without_pythonioencoding(
    tmp_path: Path, encoding: str, fmt: str
) -> None:
    code, out, err = _in_process(encoding, "score", _with_name(tmp_path), "-f", fmt)
    assert code == 0, err
    assert EXPECTED_NAME[encoding] in out
    assert "Baik" in out and "2.56" in out
    assert "Traceback" not in err


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_a_code_page_set_by_pythonioencoding(tmp_path: Path, encoding: str) -> None:
    path = _with_name(tmp_path)
    done = _subprocess("score", path, "-f", "csv", env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr
    assert EXPECTED_NAME[encoding] in done.stdout.decode(encoding)
    as_json = _subprocess("score", path, "-f", "json", env={"PYTHONIOENCODING": encoding})
    assert json.loads(as_json.stdout.decode(encoding))["instansi"] == NAME  # escapes: exact


def test_pythonioencoding_utf8_on_a_code_page_machine_gives_everything(tmp_path: Path) -> None:
    done = _subprocess("score", _with_name(tmp_path), env={"PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0
    assert NAME in done.stdout.decode("utf-8")


def test_messages_on_a_code_page_stderr_are_readable(tmp_path: Path) -> None:
    bad = tmp_path / "salah.yaml"
    bad.write_text(f'tahun: 2026\ninstansi: "{NAME}"\nindikator:\n  "99": 3\n', encoding="utf-8")
    code, out, err = _in_process("cp1252", "score", bad)
    assert code == 3 and out == ""
    assert "salah.yaml:4:3:" in err and "99" in err


# ------------------------------------------------------------ files saved by Notepad


@pytest.mark.parametrize(
    ("ending", "bom"), [("\r\n", ""), ("\r\n", "\ufeff"), ("\n", "\ufeff"), ("\r", "")]
)
def test_an_answer_file_saved_by_notepad_scores_as_the_original(
    tmp_path: Path, ending: str, bom: str
) -> None:
    text = DRAFT.read_text(encoding="utf-8")
    saved = tmp_path / "notepad.yaml"
    saved.write_bytes((bom + text.replace("\n", ending)).encode("utf-8"))
    original = tmp_path / "asli.yaml"
    original.write_text(text, encoding="utf-8")
    for bukti in (ROOT / "samples").iterdir():  # the evidence files sit beside it
        if bukti.is_dir():
            (tmp_path / bukti.name).symlink_to(bukti)
    results = []
    for path in (original, saved):
        code, out, err = _in_process("utf-8", "score", path, "-f", "json", "--detail")
        assert code == 0, err
        data = json.loads(out)
        data.pop("berkas")
        results.append(data)
    assert results[0] == results[1]
    # block texts keep their line breaks as "\n", never "\r"
    assert "\r" not in json.dumps(results[1])


# ------------------------------------------------------------ evidence paths across systems


def test_backslash_paths_written_on_windows_are_found_on_linux(tmp_path: Path) -> None:
    (tmp_path / "bukti" / "01").mkdir(parents=True)
    (tmp_path / "bukti" / "01" / "sk.pdf").write_bytes(b"%PDF-1.4\n")
    items = [
        "data_dukung:",
        "  - {berkas: 'bukti\\01\\sk.pdf', level: 1, status: diterima}",
        "  - {berkas: 'bukti\\01\\tidak-ada.pdf', level: 1, status: diterima}",
    ]
    path = tmp_path / "a.yaml"
    levels = {str(n): "1" for n in range(1, 21)}
    path.write_text(answer_file(2026, levels, entry_extra={"1": items}))
    done = run("evidence", path, "-f", "json", "--tanggal", "2026-07-01")
    (first,) = (i for i in json.loads(done.stdout)["indikator"] if i["id"] == "1")
    assert first["berkas_hilang"] == ["bukti\\01\\tidak-ada.pdf"]


@pytest.mark.parametrize(
    ("pathmod", "origin", "destination", "written", "expected"),
    [
        # written on Windows, moved on Linux (a form one folder down)
        (posixpath, "/srv/eval", "/srv/eval/formulir", "bukti\\01\\sk.pdf", "../bukti/01/sk.pdf"),
        # written on Linux, moved on Windows
        (ntpath, "C:\\eval", "C:\\eval\\formulir", "bukti/01/sk.pdf", "../bukti/01/sk.pdf"),
        (ntpath, "C:\\eval\\formulir", "C:\\eval", "../bukti/sk.pdf", "bukti/sk.pdf"),
        # absolute on either system: kept as written
        (posixpath, "/srv/eval", "/srv/lain", "C:\\bukti\\sk.pdf", "C:\\bukti\\sk.pdf"),
        (ntpath, "C:\\eval", "D:\\lain", "/srv/bukti/sk.pdf", "/srv/bukti/sk.pdf"),
        (ntpath, "C:\\eval", "C:\\lain", "\\\\server\\bukti\\sk.pdf", "\\\\server\\bukti\\sk.pdf"),
    ],
)
def test_paths_move_the_same_on_every_system(
    pathmod: object, origin: str, destination: str, written: str, expected: str
) -> None:
    assert filepaths.moved(written, origin, destination, pathmod) == expected  # type: ignore[arg-type]


def test_windows_reads_forward_slash_paths_as_its_own() -> None:
    located = filepaths.located("C:\\eval", "bukti/01/sk.pdf", ntpath)
    assert located == "C:\\eval\\bukti\\01\\sk.pdf"
    on_linux = filepaths.located("/srv/eval", "bukti\\01\\sk.pdf", posixpath)
    assert on_linux == "/srv/eval/bukti/01/sk.pdf"


# ------------------------------------------------------------ names that differ only by case


def test_owners_differing_only_by_case_get_forms_a_case_blind_system_keeps_apart(
    tmp_path: Path,
) -> None:
    owners = {"1": "Diskominfo", "2": "DISKOMINFO", "3": "diskominfo", "4": "Tanpa PJ"}
    source = tmp_path / "a.yaml"
    source.write_text(answer_file(2026, {str(n): "2" for n in range(1, 21)}, owners))
    for fmt in ("yaml", "xlsx"):
        forms = tmp_path / f"formulir-{fmt}"
        done = run("split", source, "--by", "pj", "-o", forms, "-f", fmt)
        assert done.exit_code == 0, done.output
        names = [p.name for p in forms.iterdir()]
        assert len(names) == 5  # three spellings, "Tanpa PJ" and the unassigned
        assert len({n.casefold() for n in names}) == len(names)  # what macOS and Windows see
        merged = tmp_path / f"gabungan-{fmt}.yaml"
        back = run("merge", source, *sorted(forms.iterdir()), "-o", merged)
        assert back.exit_code == 0, back.output
        assert run("diff", source, merged, "--exit-code").exit_code == 0

"""Exit codes end to end, as a shell sees them: the installed `spbe` run in a subprocess where
only a real process shows the behaviour (pipes, signals, closed or full stdout, encodings).

0 done, 1 gate, 2 usage, 3 input, 70 internal (one line naming SPBE_DEBUG), 74 output cannot
be written, 130 Ctrl-C, 141 broken pipe (quietly), 143 SIGTERM while a file is written (no
temporary file left)."""

from __future__ import annotations

import codecs
import errno
import io
import os
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT, SAMPLES

SPBE = str(Path(sys.executable).parent / "spbe")
SAMPLE = str(ROOT / "samples" / "kabupaten-contoh-2024.yaml")
OLD = str(ROOT / "samples" / "kabupaten-contoh-2023.yaml")
LINUX = pytest.mark.skipif(not Path("/proc/self/syscall").exists(), reason="needs Linux /proc")


def spbe(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed spbe run from the repository root, Indonesian as a user gets it."""
    environment = {**os.environ, **(env or {})}
    environment.pop("SPBE_BAHASA", None)
    return subprocess.run([SPBE, *args], capture_output=True, cwd=ROOT, env=environment, timeout=60)


# ---------------------------------------------------------------- 70: a bug


def test_an_unexpected_exception_is_one_line_naming_spbe_debug_and_70(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("spbe_cli.scoring.score", broken)
    monkeypatch.delenv("SPBE_DEBUG", raising=False)
    result = runner.invoke(app, ["score", SAMPLE])
    assert result.exit_code == 70
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("galat: ")
    assert "RuntimeError: boom" in lines[0]
    assert "SPBE_DEBUG=1" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_spbe_debug_prints_the_traceback_and_still_exits_70() -> None:
    code = (
        "import sys, spbe_cli.scoring\n"
        "def broken(*a, **k):\n    raise RuntimeError('boom')\n"
        "spbe_cli.scoring.score = broken\n"
        f"sys.argv = ['spbe', 'score', {SAMPLE!r}]\n"
        "from spbe_cli.console import main\nmain()\n"
    )
    for debug, traceback in (("1", True), ("", False)):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "SPBE_DEBUG": debug},
            timeout=60,
        )
        assert done.returncode == 70
        assert ("Traceback (most recent call last)" in done.stderr) is traceback
        assert "RuntimeError: boom" in done.stderr


# ---------------------------------------------------------------- 141: a broken pipe


def _closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe nobody reads any more (as after `| head -1` has exited)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [SPBE, *args], stdout=write, stderr=subprocess.PIPE, cwd=ROOT, timeout=60
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ["score", SAMPLE],
        ["score", SAMPLE, "-f", "json"],
        ["diff", OLD, SAMPLE],
        ["report", SAMPLE, "-o", "-"],
        ["kerangka"],
        ["--help"],
        ["score", "--help"],
        ["--version"],
    ],
)
def test_a_broken_pipe_exits_141_quietly(args: list[str]) -> None:
    done = _closed_pipe(*args)
    assert done.returncode == 141
    assert done.stderr == b""


def test_head_1_sees_141_and_no_exception_noise(tmp_path: Path) -> None:
    """`spbe ... | head -1` once head has exited (here: after the line echoed first)."""
    files = " ".join(str(s) for s in SAMPLES)
    script = (
        f'{{ echo first; sleep 0.5; {SPBE} score {files} --detail 2>"{tmp_path}/err"; }} '
        '| head -1; echo "${PIPESTATUS[0]}"'
    )
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.stdout.splitlines() == ["first", "141"]
    errors = (tmp_path / "err").read_text(encoding="utf-8")
    assert "Exception ignored" not in errors and "Traceback" not in errors
    assert all(line.startswith("peringatan: ") for line in errors.splitlines())


# ---------------------------------------------------------------- 130: Ctrl-C


@LINUX
def test_ctrl_c_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [SPBE, "score", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        syscall = Path(f"/proc/{process.pid}/syscall")
        while not syscall.read_text().startswith("0 0x0 "):  # read(0, ...): waiting for stdin
            assert time.monotonic() < deadline, "spbe never read standard input"
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 130
    assert (out, err) == (b"", b"")


# ---------------------------------------------------------------- 74: stdout not writable


@pytest.mark.parametrize(
    "args",
    [
        ["score", SAMPLE],
        ["score", SAMPLE, "-f", "json"],
        ["report", SAMPLE, "-o", "-"],
        ["init", "--tahun", "2025", "-o", "-"],
        ["--help"],
        ["--version"],
    ],
)
def test_a_closed_stdout_is_one_line_and_74(args: list[str]) -> None:
    done = subprocess.run(
        [SPBE, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0  # the same command with stdout open works
    command = " ".join(shlex.quote(a) for a in (SPBE, *args))
    closed = subprocess.run(
        ["bash", "-c", f"exec {command} >&-"], capture_output=True, cwd=ROOT, timeout=60
    )
    assert closed.returncode == 74
    assert closed.stderr.decode().splitlines() == [
        "galat: keluaran standar tertutup; arahkan ke berkas atau pipa (mis. > hasil.txt)"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "args",
    [["score", SAMPLE], ["score", SAMPLE, "-f", "json"], ["report", SAMPLE, "-o", "-"], ["--help"]],
)
def test_a_full_disk_is_one_line_and_74(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [SPBE, *args], stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=60
        )
    assert done.returncode == 74
    lines = done.stderr.decode().splitlines()
    assert lines == ["galat: keluaran standar tidak dapat ditulis (ruang disk habis, ENOSPC)"]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize(
    "args",
    [
        ["score", SAMPLE],
        ["score", SAMPLE, "--detail", "--bahasa", "en"],
        ["score", SAMPLE, "-f", "markdown"],
        ["score", "samples/provinsi-contoh-2026.yaml", "-f", "json"],
        ["diff", OLD, SAMPLE],
        ["diff", OLD, SAMPLE, "-f", "markdown"],
        ["plan", SAMPLE, "-t", "3"],
        ["explain", "14", SAMPLE],
        ["rank", "samples"],
        ["kerangka"],
        ["validate", "samples"],
        ["simulate", SAMPLE, "--set", "1=5"],
    ],
)
def test_a_stdout_that_cannot_hold_unicode_gets_what_its_encoding_has(
    encoding: str, args: list[str]
) -> None:
    """Every command on an ASCII or Windows code page stdout: exit 0, output in that encoding
    (the characters it has kept: tests/test_portability.py), nothing it lacks."""
    done = spbe(*args, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr
    for stream in (done.stdout, done.stderr):
        text = stream.decode(encoding)  # strict: a byte outside the encoding fails here
        assert not set(text) & set("→≥≤Σ─│╭")  # only in neither ASCII nor cp1252
    assert (done.stdout + done.stderr).strip()


def test_json_for_an_ascii_stdout_keeps_every_character_as_an_escape(tmp_path: Path) -> None:
    import json

    text = Path(SAMPLE).read_text(encoding="utf-8")
    path = tmp_path / "kab.yaml"
    path.write_text(text.replace("Kabupaten Contoh", "Kabupatén Contoh 𝔸"), encoding="utf-8")
    done = spbe("score", str(path), "-f", "json", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0
    assert done.stdout.isascii()
    assert json.loads(done.stdout)["instansi"] == "Pemerintah Kabupatén Contoh 𝔸"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
@pytest.mark.parametrize("output", ["json", "csv"])
def test_a_long_output_in_an_encoding_with_a_byte_order_mark_has_one(
    tmp_path: Path, encoding: str, output: str
) -> None:
    """Output held back and written in pieces is encoded as one text: the mark Excel looks for
    (utf-8-sig) comes once, at the start, and the text is the UTF-8 run's."""
    for n in range(40):  # well past one 64 KB piece
        (tmp_path / f"k{n:02}.yaml").write_text(
            Path(SAMPLE).read_text(encoding="utf-8"), encoding="utf-8"
        )
    marked = spbe("score", str(tmp_path), "-f", output, env={"PYTHONIOENCODING": encoding})
    plain = spbe("score", str(tmp_path), "-f", output, env={"PYTHONIOENCODING": "utf-8"})
    assert marked.returncode == plain.returncode == 0, marked.stderr
    assert len(plain.stdout) > 3 * 64 * 1024
    text = marked.stdout.decode(encoding)  # the codec takes one leading mark
    assert "\ufeff" not in text and text == plain.stdout.decode("utf-8")
    assert marked.stdout.count(codecs.BOM_UTF8 if encoding == "utf-8-sig" else b"\xff\xfe") == 1


def test_output_in_pieces_fails_as_stdout_only_when_stdout_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A source of pieces that fails (a spool's temporary file) raises its own error, not
    stdout's (exit 74); stdout failing while the pieces are written is stdout's."""
    from spbe_cli.cli.app import write_out
    from spbe_cli.errors import OutputError

    def pieces() -> Iterator[str]:
        yield "abc"
        raise OSError(errno.EIO, "spool")

    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8-sig"))
    with pytest.raises(OSError, match="spool") as raised:
        write_out(pieces())
    assert not isinstance(raised.value, OutputError) and buffer.getvalue() == b"\xef\xbb\xbfabc"
    sys.stdout.close()  # stdout closed as the pieces come: stdout's error
    with pytest.raises(OutputError):
        write_out(iter(["abc", "def"]))


# ---------------------------------------------------------------- 143: SIGTERM while writing


@LINUX
def test_sigterm_while_a_report_is_written_leaves_no_temporary_file(tmp_path: Path) -> None:
    ready, target = tmp_path / "ready", tmp_path / "laporan.html"
    code = (
        "import os, sys, time\n"
        "if hasattr(os, 'O_TMPFILE'):\n"  # a named temporary file, the one SIGTERM must remove
        "    del os.O_TMPFILE\n"
        "real = os.fsync\n"
        "def slow(fd):\n"
        "    real(fd)\n"
        f"    open({str(ready)!r}, 'w').close()\n"
        "    time.sleep(60)\n"
        "os.fsync = slow\n"
        f"sys.argv = ['spbe', 'report', {SAMPLE!r}, '-o', {str(target)!r}]\n"
        "from spbe_cli.console import main\nmain()\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert time.monotonic() < deadline and process.poll() is None, "never wrote"
            time.sleep(0.02)
        assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # mid-write
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 143
    assert b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ready"]


# ---------------------------------------------------------------- what --force may replace


def test_force_never_replaces_a_device_a_fifo_or_a_folder(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.html"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.html"
    folder.mkdir()
    for target in (Path(os.devnull), fifo, folder):
        for force in ([], ["--force"]):
            done = spbe("report", SAMPLE, "-o", str(target), "-f", "html", *force)
            assert done.returncode == 2, (target, force, done.stderr)
            assert b"bukan berkas biasa" in done.stderr or b"not a regular" in done.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert folder.is_dir() and not list(folder.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.html", "pipa.html"]


def test_force_keeps_the_replaced_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "laporan.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    done = spbe("report", SAMPLE, "-o", str(target), "--force")
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("name", ["jawaban.yaml", "jawaban.md"])
def test_an_input_is_never_the_output_even_with_force(tmp_path: Path, name: str) -> None:
    answers = tmp_path / name
    shutil.copy(SAMPLE, answers)
    before = answers.read_bytes()
    for args in (["-o", str(answers)], ["-o", str(answers), "--force"], ["-f", "md"]):
        if args == ["-f", "md"]:
            args = ["-o", str(answers), "--force", "-f", "md"]
        done = spbe("report", str(answers), *args)
        assert done.returncode == 2, done.stderr
    baseline = spbe("report", SAMPLE, "--banding", str(answers), "-o", str(answers), "--force")
    assert baseline.returncode == 2
    assert answers.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_init_dash_o_dash_writes_stdout(tmp_path: Path) -> None:
    done = subprocess.run(
        [SPBE, "init", "--tahun", "2025", "-o", "-"], capture_output=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0
    assert b"tahun: 2025" in done.stdout
    assert list(tmp_path.iterdir()) == []

"""Writes that do not lie, and outputs that appear whole or not at all (issue 16, §3 and §4).

The installed `spbe` runs in a subprocess where only a real process shows the behaviour: a
file size limit (RLIMIT_FSIZE: a write past it fails with EFBIG, as on a full disk, since
Python ignores SIGXFSZ), a pipe whose reader goes away, a closed standard input, SIGKILL in
the middle of a write. Nothing here waits for a time: a child that must be stopped
mid-write tells the test through a pipe and blocks until it is killed."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

SPBE = str(Path(sys.executable).parent / "spbe")
SAMPLE = str(ROOT / "samples" / "kabupaten-contoh-2024.yaml")


def _env(**changed: str | None) -> dict[str, str]:
    """The environment of a run: Indonesian, as a user gets it, with `changed` set (None:
    removed)."""
    environment = {k: v for k, v in os.environ.items() if k != "SPBE_BAHASA"}
    environment["SOURCE_DATE_EPOCH"] = "1777900000"  # a report made twice reads the same
    for key, value in changed.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return environment


# ---------------------------------------------------------------- standard input closed


@pytest.mark.parametrize(
    ("redirect", "says"),
    [
        ("<&-", "- (masukan standar) tertutup"),
        (
            "0>{tmp}/w",
            "- (masukan standar) tidak dapat dibaca (deskriptor berkas tidak sah, EBADF)",
        ),
    ],
)
@pytest.mark.parametrize(
    "args", [["score", "-"], ["score", "-", SAMPLE], ["validate", "-"], ["diff", "-", SAMPLE]]
)
def test_a_closed_or_unreadable_stdin_is_a_usage_error(
    tmp_path: Path, redirect: str, says: str, args: list[str]
) -> None:
    """`-` names standard input; when there is none to read, the command line names an input
    that is not there: exit 2 (as for a file that does not exist), one line, nothing out."""
    command = " ".join([SPBE, *args, redirect.format(tmp=tmp_path)])
    done = subprocess.run(
        ["bash", "-c", f"exec {command}"], capture_output=True, cwd=ROOT, env=_env(), timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("galat: " + says), lines
    assert "input.stdin" not in lines[0]  # the key has words in the catalog


# ---------------------------------------------------------------- SOURCE_DATE_EPOCH


@pytest.mark.parametrize(
    "value", ["253402300800", "99999999999999999999999", "-1", "1.5", "abc", " 5", "²", "１２"]
)
def test_a_source_date_epoch_out_of_range_or_not_digits_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, value: str
) -> None:
    target = tmp_path / "laporan.html"
    for language, words in (("id", "SOURCE_DATE_EPOCH="), ("en", "SOURCE_DATE_EPOCH=")):
        result = runner.invoke(
            app,
            ["report", SAMPLE, "-o", str(target), "--bahasa", language],
            env={"SOURCE_DATE_EPOCH": value},
        )
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and words in lines[0], lines
        assert "253402300799" in lines[0]  # what is allowed
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # never a write


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("253402300799", "9999-12-31 23:59 UTC"),  # the last second a date holds
        ("0", "1970-01-01 00:00 UTC"),
        ("1777900000", "2026-05-04 13:06 UTC"),
    ],
)
def test_a_source_date_epoch_in_range_is_when_the_report_was_made(
    runner: CliRunner, value: str, shown: str
) -> None:
    result = runner.invoke(
        app, ["report", SAMPLE, "-o", "-", "--bahasa", "en"], env={"SOURCE_DATE_EPOCH": value}
    )
    assert result.exit_code == 0, result.output
    assert f"- **Made:** {shown}\n" in result.stdout


def test_an_empty_source_date_epoch_is_now(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["report", SAMPLE, "-o", "-", "--bahasa", "en"], env={"SOURCE_DATE_EPOCH": ""}
    )
    assert result.exit_code == 0, result.output
    assert "- **Made:** " in result.stdout and "- **Made:** 1970" not in result.stdout


# ---------------------------------------------------------------- helpers for real processes


TEAM = str(ROOT / "samples" / "provinsi-contoh-2026-tim.yaml")  # six owners: six forms
LINUX = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs resource limits and pipes")


def _limited(limit: int) -> Callable[[], None]:
    """For preexec_fn: files may not grow past `limit` bytes (a write past it fails with EFBIG,
    as a full disk fails with ENOSPC; Python ignores SIGXFSZ, ignored here too for sure)."""

    def limit_files() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


def _run_limited(
    args: Sequence[str], limit: int, out: Path, cwd: Path = ROOT, **env: str | None
) -> subprocess.CompletedProcess[bytes]:
    """spbe with stdout to the file `out`, files limited to `limit` bytes."""
    with out.open("wb") as stdout:
        return subprocess.run(
            [SPBE, *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=_env(**env),
            preexec_fn=_limited(limit),
            timeout=120,
        )


UNBUFFERED = pytest.mark.parametrize("unbuffered", ["1", None], ids=["unbuffered", "buffered"])


# ---------------------------------------------------------------- §3: stdout never short


@POSIX
@UNBUFFERED
@pytest.mark.parametrize(
    "args",
    [
        ["score", SAMPLE, "-f", "json"],
        ["score", SAMPLE, SAMPLE, SAMPLE, "-f", "json"],  # a batch, spooled then written
        ["score", SAMPLE, "--detail"],
        ["report", SAMPLE, "-o", "-"],
        ["schema"],
        ["--help"],
        ["score", "--help"],
    ],
)
def test_stdout_on_a_full_disk_is_74_with_or_without_pythonunbuffered(
    tmp_path: Path, args: list[str], unbuffered: str | None
) -> None:
    """python/cpython#85393: an unbuffered stdout dropped a short last write, so a run that
    wrote 1,000 of its bytes said it had written them all (exit 0)."""
    whole = tmp_path / "whole"
    done = _run_limited(args, 1 << 30, whole, PYTHONUNBUFFERED=unbuffered)
    assert done.returncode == 0, done.stderr
    assert whole.stat().st_size > 1000  # the output does not fit in the limit below
    out = tmp_path / "out"
    done = _run_limited(args, 1000, out, PYTHONUNBUFFERED=unbuffered)
    assert done.returncode == 74, done.stderr
    errors = [line for line in done.stderr.decode().splitlines() if "peringatan" not in line]
    assert errors == ["galat: keluaran standar tidak dapat ditulis (berkas terlalu besar, EFBIG)"]
    assert out.read_bytes() == whole.read_bytes()[:1000]  # what fitted, then the error


@POSIX
@UNBUFFERED
def test_the_version_on_a_full_disk_is_74_with_or_without_pythonunbuffered(
    tmp_path: Path, unbuffered: str | None
) -> None:
    """`--version` is written by typer's echo, not by spbe's writer: it goes whole too."""
    out = tmp_path / "out"
    done = _run_limited(["--version"], 4, out, PYTHONUNBUFFERED=unbuffered)
    assert done.returncode == 74, done.stderr
    assert done.stderr.decode().splitlines() == [
        "galat: keluaran standar tidak dapat ditulis (berkas terlalu besar, EFBIG)"
    ]
    assert out.read_bytes() == b"spbe"


def _reader_goes_away(args: Sequence[str], **env: str | None) -> tuple[int, bytes]:
    """spbe writing into a pipe whose reader takes one byte and closes it (as `| head -c1`):
    the pipe holds less than the output, so the writer is stopped mid-write, whatever the
    order in which the two processes run."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [SPBE, *args], stdout=write, stderr=subprocess.PIPE, cwd=ROOT, env=_env(**env)
    )
    os.close(write)
    try:
        assert os.read(read, 1)  # blocks until spbe has written
    finally:
        os.close(read)
    _, err = process.communicate(timeout=120)
    return process.returncode, err


@POSIX
@UNBUFFERED
def test_a_reader_that_goes_away_mid_write_is_141_with_or_without_pythonunbuffered(
    unbuffered: str | None,
) -> None:
    args = ["score", *[SAMPLE] * 12, "-f", "json"]  # about 130 KB: more than a pipe holds
    code, err = _reader_goes_away(args, PYTHONUNBUFFERED=unbuffered)
    assert code == 141
    assert err == b""  # quietly: no "Exception ignored"


@POSIX
@UNBUFFERED
@pytest.mark.parametrize("output", ["laporan.html", "laporan.xlsx"])
def test_a_report_file_on_a_full_disk_is_74_and_nothing_is_left(
    tmp_path: Path, output: str, unbuffered: str | None
) -> None:
    done = _run_limited(
        ["report", SAMPLE, "-o", str(tmp_path / output)],
        2000,
        tmp_path.parent / f"{tmp_path.name}.out",
        PYTHONUNBUFFERED=unbuffered,
    )
    assert done.returncode == 74, done.stderr
    assert "berkas terlalu besar, EFBIG" in done.stderr.decode()
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- §3: folders that cannot be made


def _unmakeable(tmp_path: Path) -> list[Path]:
    """Folders that cannot be made, even by root: under a regular file (ENOTDIR), in /proc
    (ENOENT) and in /sys (EPERM)."""
    regular = tmp_path / "berkas"
    regular.write_text("x\n", encoding="utf-8")
    found = [regular / "formulir", regular / "a" / "b"]
    found += [Path(p) / "spbe-uji" for p in ("/proc", "/sys") if Path(p).is_dir()]
    return found


@pytest.mark.parametrize("output_format", ["yaml", "xlsx"])
def test_split_into_a_folder_that_cannot_be_made_is_74(
    runner: CliRunner, tmp_path: Path, output_format: str
) -> None:
    for folder in _unmakeable(tmp_path):
        result = runner.invoke(app, ["split", TEAM, "-o", str(folder), "-f", output_format])
        assert result.exit_code == 74, (folder, result.output)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"galat: folder {folder} tidak dapat"), lines
        assert "tidak ada berkas yang ditulis" in lines[0]
        assert not folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas"]


def test_import_of_several_reports_into_a_folder_that_cannot_be_made_is_74(
    runner: CliRunner, tmp_path: Path
) -> None:
    from dataclasses import replace

    from tests.import_support import report
    from tests.lhe_pdfs import Traits

    sources = tmp_path / "laporan"
    sources.mkdir()
    (sources / "a.pdf").write_bytes(report(Traits()))
    (sources / "b.pdf").write_bytes(report(replace(Traits(), year=2024)))
    for folder in _unmakeable(tmp_path):
        result = runner.invoke(app, ["import", str(sources), "-o", str(folder)])
        assert result.exit_code == 74, (folder, result.output)
        errors = [line for line in result.stderr.splitlines() if line.startswith("galat")]
        assert errors == [line for line in result.stderr.splitlines() if "ditulis" in line]
        assert len(errors) == 1 and f"folder {folder} tidak dapat dibuat" in errors[0]
        assert not folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas", "laporan"]


def test_import_into_a_folder_that_cannot_be_made_still_names_the_bad_reports(
    runner: CliRunner, tmp_path: Path
) -> None:
    from tests.import_support import report
    from tests.lhe_pdfs import Traits

    (tmp_path / "a.pdf").write_bytes(report(Traits()))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\nbukan laporan\n")
    folder = _unmakeable(tmp_path)[0]
    result = runner.invoke(
        app, ["import", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "-o", str(folder)]
    )
    assert result.exit_code == 74
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{tmp_path / 'b.pdf'}:1:1: "), lines
    assert lines[1].startswith(f"galat: folder {folder} tidak dapat dibuat"), lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf", "berkas"]


# ---------------------------------------------------------------- §4: all or nothing


def _form_sizes(tmp_path: Path, output_format: str) -> dict[str, int]:
    """The forms `split` writes with room to spare, by name, and their sizes."""
    folder = tmp_path / f"acuan-{output_format}"
    done = subprocess.run(
        [SPBE, "split", TEAM, "-o", str(folder), "-f", output_format],
        capture_output=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return {p.name: p.stat().st_size for p in folder.iterdir()}


@POSIX
@pytest.mark.parametrize("output_format", ["yaml", "xlsx"])
@pytest.mark.parametrize("place", ["new", "new-parents", "empty", "with-forms"])
def test_split_on_a_full_disk_writes_every_form_or_none(
    tmp_path: Path, output_format: str, place: str
) -> None:
    """The disk fills up at the largest form: before, the forms written first stayed (4 of
    6), in a folder made for them."""
    sizes = _form_sizes(tmp_path, output_format)
    assert len(sizes) == 6
    limit = max(sizes.values()) - 1  # every form but the largest fits
    assert min(sizes.values()) < limit
    work = tmp_path / "kerja"
    work.mkdir()
    folder = work / ("a/b/formulir" if place == "new-parents" else "formulir")
    before: dict[str, bytes] = {}
    force: list[str] = []
    if place in ("empty", "with-forms"):
        folder.mkdir()
    if place == "with-forms":
        (folder / "lama.yaml").write_text("lama\n", encoding="utf-8")
        (folder / "bkd.yaml").write_text("bkd lama\n", encoding="utf-8")
        force = ["--force"]
    if folder.is_dir():
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
    args = ["split", TEAM, "-o", str(folder), "-f", output_format, *force]
    done = _run_limited(args, limit, tmp_path / "stdout")
    assert done.returncode == 74, done.stderr
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and "EFBIG" in lines[0]
    assert "tidak ada berkas yang ditulis" in lines[0] or "tidak ada keluaran" in lines[0]
    if place.startswith("new"):
        assert list(work.iterdir()) == []  # no folder, no parent, no temporary folder
    else:
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_import_of_bad_reports_only_leaves_no_folder(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("bad1.pdf", "bad2.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4\nbukan laporan\n")
    folder = tmp_path / "baru"
    result = runner.invoke(
        app, ["import", str(tmp_path / "bad1.pdf"), str(tmp_path / "bad2.pdf"), "-o", str(folder)]
    )
    assert result.exit_code == 3
    assert "bad1.pdf" in result.stderr and "bad2.pdf" in result.stderr
    assert "2 dari 2 laporan tidak diimpor" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad1.pdf", "bad2.pdf"]


def test_import_of_good_and_bad_reports_writes_the_good_ones_into_a_new_folder(
    runner: CliRunner, tmp_path: Path
) -> None:
    from tests.import_support import report
    from tests.lhe_pdfs import Traits

    (tmp_path / "a.pdf").write_bytes(report(Traits()))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\nbukan laporan\n")
    folder = tmp_path / "x" / "baru"
    result = runner.invoke(
        app, ["import", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "-o", str(folder)]
    )
    assert result.exit_code == 3
    written = list(folder.iterdir())
    assert len(written) == 1 and written[0].read_text(encoding="utf-8").startswith("#")
    assert f"{written[0]}" in result.stderr and "b.pdf" in result.stderr
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["baru"]  # no temporary folder


@pytest.mark.parametrize("force", [False, True])
def test_a_failure_while_names_are_taken_gives_the_new_names_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    """The last step (each file taking its name: a link, or a rename with --force) fails at
    the third file: the names already taken are given back, the file --force would replace
    is untouched (new names are taken first)."""
    from spbe_cli import atomic
    from spbe_cli.errors import OutputError

    if force:
        (tmp_path / "c.yaml").write_text("lama\n", encoding="utf-8")
    name = "replace" if force else "link"
    real, calls = getattr(os, name), []

    def failing(*args: object, **kwargs: object) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(*args, **kwargs)

    monkeypatch.setattr(os, name, failing)
    files = [(f"{n}.yaml", f"{n}\n".encode()) for n in ("a", "b", "c", "d")]
    with pytest.raises(OutputError, match="ENOSPC"):
        atomic.write_files(tmp_path, files, force=force)
    assert len(calls) == 3
    left = [(p.name, p.read_text(encoding="utf-8")) for p in tmp_path.iterdir()]
    assert left == ([("c.yaml", "lama\n")] if force else [])


@pytest.mark.parametrize("force", [False, True])
def test_where_a_file_cannot_be_linked_from_its_descriptor_a_named_one_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    """A sandbox may give O_TMPFILE but refuse linkat through /proc/self/fd: the bytes are
    then written again to a named temporary file, renamed as usual, and nothing is left."""
    from spbe_cli import atomic

    refused: list[int] = []

    def refuse(fd: int, path: Path) -> None:
        refused.append(fd)
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(atomic, "_link_descriptor", refuse)
    target = tmp_path / "laporan.md"
    if force:
        target.write_text("lama\n", encoding="utf-8")
    atomic.write_atomic(target, b"baru\n", force=force)
    assert target.read_bytes() == b"baru\n"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.md"]
    if _has_unnamed_files(tmp_path):
        assert len(refused) == 1


# ---------------------------------------------------------------- §4: killed mid-write


def _killed_mid_write(
    args: Sequence[str], *, named: bool, stopped: Callable[[int], None] = lambda pid: None
) -> int:
    """Run spbe in a child that stops once its first output file is written whole but not
    yet named (at os.fsync): it says so through a pipe and waits on a stdin nobody writes;
    the test then kills it with SIGKILL (nothing of spbe's runs after that). `named`: as on a
    system without O_TMPFILE; `stopped(pid)` looks at it while it waits. The dead child's pid."""
    told, tell = os.pipe()
    code = (
        "import os, sys\n"
        + ("if hasattr(os, 'O_TMPFILE'):\n    del os.O_TMPFILE\n" if named else "")
        + "def stop(fd):\n"
        f"    os.write({tell}, b'!')\n"
        "    os.read(0, 1)\n"
        "os.fsync = stop\n"
        f"sys.argv = ['spbe', *{list(args)!r}]\n"
        "from spbe_cli.console import main\n"
        "main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=[tell],
        cwd=ROOT,
        env=_env(),
    )
    os.close(tell)
    try:
        assert os.read(told, 1) == b"!", process.communicate(timeout=60)[1]  # EOF: it ended
        stopped(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        os.close(told)
        process.kill()
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return process.pid


def _has_unnamed_files(folder: Path) -> bool:
    try:
        os.close(os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600))
    except (AttributeError, OSError):
        return False
    return True


def _write_report(target: Path) -> None:
    """Another run writing into the same folder."""
    done = subprocess.run(
        [SPBE, "report", SAMPLE, "-o", str(target)],
        capture_output=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@LINUX
def test_sigkill_mid_write_leaves_nothing_where_temporary_files_have_no_name(
    tmp_path: Path,
) -> None:
    if not _has_unnamed_files(tmp_path):
        pytest.skip("this file system has no O_TMPFILE")

    def unnamed_file_open(pid: int) -> None:  # the whole report, in a file with no name
        fds = Path(f"/proc/{pid}/fd")
        links = [os.readlink(fd) for fd in fds.iterdir()]
        unnamed = [link for link in links if link.startswith(f"{tmp_path}/#")]
        assert len(unnamed) == 1 and unnamed[0].endswith(" (deleted)"), links
        assert list(tmp_path.iterdir()) == []

    target = tmp_path / "laporan.html"
    _killed_mid_write(["report", SAMPLE, "-o", str(target)], named=False, stopped=unnamed_file_open)
    assert list(tmp_path.iterdir()) == []


@LINUX
@pytest.mark.parametrize(
    "args",
    [
        ["report", SAMPLE, "-o", "{folder}/laporan.html"],
        ["report", SAMPLE, "-o", "{folder}/laporan.html", "--force"],
        ["split", TEAM, "-o", "{folder}/formulir"],  # a new folder, built beside
        ["split", TEAM, "-o", "{folder}/formulir", "-f", "xlsx"],
    ],
)
def test_what_a_sigkilled_run_left_is_removed_by_a_later_write_once_provably_stale(
    tmp_path: Path, args: list[str]
) -> None:
    """Without O_TMPFILE, a run killed mid-write leaves `.NAME.spbe-OWNER-PID-RANDOM.tmp` (a
    file, or a folder of forms). The next write into that folder removes it: its process is
    gone, on this boot and in this pid namespace."""
    from spbe_cli import atomic

    folder = tmp_path / "keluaran"
    folder.mkdir()
    if "--force" in args:
        (folder / "laporan.html").write_text("lama\n", encoding="utf-8")
    pid = _killed_mid_write([a.format(folder=folder) for a in args], named=True)
    left = [p for p in folder.iterdir() if p.name != "laporan.html"]
    assert len(left) == 1 and f"-{pid}-" in left[0].name, left  # what SIGKILL leaves
    assert left[0].name.startswith(".") and left[0].name.endswith(".tmp")
    assert not (folder / "formulir").exists()
    if "--force" in args:
        assert (folder / "laporan.html").read_text(encoding="utf-8") == "lama\n"
    live = folder / atomic._temp_name("hidup.html")  # this test's process: alive
    live.write_text("milik proses yang hidup\n", encoding="utf-8")
    elsewhere = folder / left[0].name.replace(atomic._owner() or "", "0" * 12)  # other boot
    elsewhere.write_text("milik mesin lain\n", encoding="utf-8")
    _write_report(folder / "lain.md")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [live.name, elsewhere.name, "lain.md", *(["laporan.html"] if "--force" in args else [])]
    )


# ---------------------------------------------------------------- the one writing loop


class _Device(io.RawIOBase):
    """A raw device that takes at most `step` bytes a write and holds `room` bytes in all,
    then refuses with ENOSPC; `stuck` takes nothing (and raises nothing) once full."""

    def __init__(self, step: int, room: int, *, stuck: bool = False) -> None:
        self.step, self.room, self.stuck = step, room, stuck
        self.taken = bytearray()
        self.calls = 0

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        self.calls += 1
        left = self.room - len(self.taken)
        if left <= 0 and not self.stuck:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        part = bytes(memoryview(data))[: min(self.step, left)]  # type: ignore[arg-type]
        self.taken += part
        return len(part)


@given(st.binary(max_size=300), st.integers(1, 64))
def test_short_writes_are_continued_until_every_byte_is_taken(data: bytes, step: int) -> None:
    from spbe_cli.atomic import write_stream

    device = _Device(step, room=len(data))
    write_stream(device, data)
    assert bytes(device.taken) == data
    assert device.calls == -(-len(data) // step)  # ceil: each write took all it could


@given(st.binary(min_size=1, max_size=300), st.integers(1, 64), st.data())
def test_a_device_that_fills_up_raises_after_taking_what_fits(
    data: bytes, step: int, more: st.DataObject
) -> None:
    from spbe_cli.atomic import write_stream

    room = more.draw(st.integers(0, len(data) - 1))
    device = _Device(step, room)
    with pytest.raises(OSError, match="No space left"):
        write_stream(device, data)
    assert bytes(device.taken) == data[:room]


def test_a_device_that_takes_nothing_and_says_nothing_is_an_error_not_a_loop() -> None:
    from spbe_cli.atomic import write_stream

    device = _Device(4, room=6, stuck=True)
    with pytest.raises(OSError, match="Input/output error"):
        write_stream(device, b"0123456789")
    assert bytes(device.taken) == b"012345"


@POSIX
def test_a_non_blocking_stdout_takes_everything_however_slowly_it_is_read() -> None:
    """A buffered stream on an O_NONBLOCK pipe (as some CI runners hand stdout over) refuses
    writes and flushes with EAGAIN while the pipe is full: spbe waits, it never gives up."""
    import fcntl
    import threading

    from spbe_cli import atomic

    read_end, write_end = os.pipe()
    flags = fcntl.fcntl(write_end, fcntl.F_GETFL)
    fcntl.fcntl(write_end, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    data = bytes(range(256)) * 8192  # 2 MiB: many times what a pipe holds
    received = bytearray()

    def drain() -> None:
        while chunk := os.read(read_end, 7000):
            received.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    with open(write_end, "wb", buffering=1 << 20) as stream:
        atomic.write_stream(stream, data)
    reader.join()
    os.close(read_end)
    assert bytes(received) == data

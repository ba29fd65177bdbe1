"""Large batches: spread over worker processes, the output is byte for byte what one process
writes; memory stays flat however many files are scored."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import cast

import pytest
from typer.testing import CliRunner

from spbe_cli import batch
from spbe_cli.cli import app
from spbe_cli.frameworks import load_catalog
from tests.answerfiles import SAMPLES

pytestmark = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="workers are forked",
)
COMPLETE = ("kota-contoh-2019", "kabupaten-contoh-2023", "kabupaten-contoh-2024")


def redrawn(folder: Path, count: int, names: tuple[str, ...] = COMPLETE) -> list[str]:
    """`count` answer files: the samples `names` with every short-form level drawn again."""
    rng = random.Random(count)
    texts = [(SAMPLES / f"{name}.yaml").read_text(encoding="utf-8") for name in names]
    paths = []
    for n in range(count):
        text = texts[n % len(texts)]
        low = 0 if "tahun: 2019" in text else 1

        def draw(match: re.Match[str], low: int = low) -> str:
            return match.group(1) + str(rng.randint(low, 5))

        text = re.sub(r'^(  "?[\d.]+"?: )(\d)(?![.\d])', draw, text, flags=re.M)
        path = folder / f"instansi-{n:04}.yaml"
        path.write_text(text.replace("Contoh", f"Contoh {n}"), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(args: list[str], workers: int | str) -> tuple[int, bytes, str]:
    old = os.environ.get(batch.ENV)
    os.environ[batch.ENV] = str(workers)
    try:
        result = CliRunner().invoke(app, args)
    finally:
        if old is None:
            del os.environ[batch.ENV]
        else:
            os.environ[batch.ENV] = old
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return redrawn(tmp_path_factory.mktemp("batch"), 150)


def test_ordered_keeps_order_and_shared_objects() -> None:
    shared = load_catalog().frameworks["spbe-2020"]
    os.environ[batch.ENV] = "2"
    try:
        out = list(batch.ordered(range(200), lambda n: (n * n, shared), shared=[shared]))
    finally:
        del os.environ[batch.ENV]
    assert [value for value, _ in out] == [n * n for n in range(200)]
    assert all(framework is shared for _, framework in out)


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    def work(n: int) -> int:
        if n == 137:
            raise ValueError("file 137")
        return n

    os.environ[batch.ENV] = "2"
    try:
        with pytest.raises(ValueError, match="file 137"):
            list(batch.ordered(range(200), work))
    finally:
        del os.environ[batch.ENV]


def test_small_batches_and_stdin_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.ENV, raising=False)
    assert batch.workers_for(batch.PARALLEL_FROM - 1) == 1
    pid = os.getpid()
    assert set(batch.ordered(range(100), lambda _: os.getpid(), parallel=False)) == {pid}
    monkeypatch.setenv(batch.ENV, "2")

    def slow(_: int) -> int:  # long enough that one worker cannot take every chunk
        time.sleep(0.01)
        return os.getpid()

    pids = set(batch.ordered(range(100), slow))
    assert pid in pids and len(pids) == 2  # two processes: this one and one forked worker


@pytest.mark.parametrize("output_format", ["table", "json", "csv", "markdown"])
def test_parallel_score_is_byte_identical(files: list[str], output_format: str) -> None:
    args = ["score", *files, "-f", output_format, "--fail-under", "3"]
    one = run(args, 1)
    two = run(args, 2)
    assert one == two
    assert one[0] == 1  # some redrawn files are under 3: the gate names them after the data
    assert b"Contoh 149" in one[1]  # the last file is there
    if output_format == "json":
        rows = json.loads(one[1])
        assert [row["berkas"] for row in rows] == files


def test_parallel_problems_are_every_file_in_order(files: list[str], tmp_path: Path) -> None:
    bad = [*files]
    for n in (3, 77, 140):
        path = tmp_path / f"bad-{n}.yaml"
        text = Path(files[n]).read_text(encoding="utf-8")
        path.write_text(text.replace("tahun:", "tahun: duaribu\nx:"), encoding="utf-8")
        bad[n] = str(path)
    one = run(["score", *bad, "-f", "json"], 1)
    two = run(["score", *bad, "-f", "json"], 2)
    assert one == two
    code, stdout, stderr = two
    assert (code, stdout) == (3, b"")
    named = [line.split(":", 1)[0] for line in stderr.splitlines()]
    assert set(named) == {bad[3], bad[77], bad[140]}
    assert named == sorted(named)  # every problem, sorted by file as for a few files


def test_parallel_rank_and_drafts(tmp_path: Path) -> None:
    names = (*COMPLETE, "provinsi-contoh-2026", "provinsi-draf-2026")
    paths = redrawn(tmp_path, 100, names)
    for path in paths[2::5]:  # kabupaten 2024 files made drafts: indicator 5 left out
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(re.sub(r"^  5: .*\n", "", text, flags=re.M), encoding="utf-8")
    for output_format in ("table", "json"):
        args = ["rank", *paths, "-f", output_format, "--allow-incomplete"]
        assert run(args, 1) == run(args, 2)
    args = ["score", *paths, "-f", "csv", "--allow-incomplete"]
    one = run(args, 1)
    assert one == run(args, 2)
    lines = one[2].splitlines()
    assert sum("spbe-2018" in line for line in lines) == 1  # provisional: said once
    assert not any("pemdi-2026" in line for line in lines)  # official: nothing to say
    drafts = [line for line in lines if "instansi-" in line]
    assert [line.split("instansi-")[1][:4] for line in drafts] == [
        f"{n:04}" for n in range(2, 100, 5)
    ]  # one line per draft, in file order


def peak_kib(args: list[str], cwd: Path) -> int:
    """The peak resident memory of one `spbe` run in its own process, in KiB."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    spbe = [sys.executable, "-m", "spbe_cli"]
    env = {**os.environ, batch.ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", probe, *spbe, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env=env,
    )
    return int(done.stdout)


@pytest.fixture(scope="module")
def many_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("many")
    redrawn(folder, 1200)
    yield folder


@pytest.mark.parametrize("command", ["score", "rank"])
def test_memory_does_not_grow_with_the_batch(many_files: Path, command: str) -> None:
    """Eight times the files, (almost) the same memory: each file's score is dropped once
    its part of the output is written (rank keeps a slim score: no indicators)."""
    few = sorted(str(p) for p in many_files.iterdir())[:150]
    small = peak_kib([command, *few, "-f", "json"], many_files)
    large = peak_kib([command, str(many_files), "-f", "json"], many_files)
    per_file = (large - small) / (1200 - 150)
    assert per_file < 8, (small, large)  # KiB per file; a kept full score is ~60 KiB


def test_the_spool_moves_to_disk_and_gives_back_every_character() -> None:
    from spbe_cli.cli.many import Spool

    parts = [f"baris {n} — é 漢\n" for n in range(500)]
    with Spool(limit=1000) as spool:
        for part in parts:
            spool.write(part)
        assert spool.file is not None and not spool.parts  # on disk past the limit
        assert "".join(spool.chunks(size=333)) == "".join(parts)
    with Spool() as small:
        small.write("a\n")
        assert small.file is None and list(small.chunks()) == ["a\n"]
    with Spool() as memory:  # in memory: joined in pieces of at least `size`, the last less
        for part in parts:
            memory.write(part)
        pieces = list(memory.chunks(size=333))
        assert memory.file is None and "".join(pieces) == "".join(parts)
        assert all(len(p) >= 333 for p in pieces[:-1]) and len(pieces) > 1
    with Spool() as empty:
        assert list(empty.chunks()) == [""]


@pytest.mark.parametrize("value", ["²", "0", "-1", "dua", "1.5"])
def test_workers_must_be_a_whole_number(files: list[str], value: str) -> None:
    """SPBE_WORKERS that is not a whole number of at least 1 is a usage error (exit 2), named,
    with nothing on stdout; "²" is a digit to Python but no number of processes."""
    code, stdout, stderr = run(["score", *files[:3], "-f", "json"], value)
    assert (code, stdout) == (2, b"")
    assert f"SPBE_WORKERS={value}" in stderr and "Traceback" not in stderr


def _one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(batch.ENV, "2")
    pid = os.getpid()
    assert set(batch.ordered(range(100), lambda _: os.getpid())) == {pid}


def test_no_fork_means_one_process(monkeypatch: pytest.MonkeyPatch, files: list[str]) -> None:
    """Without os.fork (Windows) the batch runs in this process, with the same output."""
    args = ["score", *files, "-f", "json", "--fail-under", "3"]
    expected = run(args, 1)
    monkeypatch.delattr(os, "fork")
    _one_process(monkeypatch)
    assert run(args, 2) == expected


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_fork_only_on_linux(
    monkeypatch: pytest.MonkeyPatch, files: list[str], platform: str
) -> None:
    """On macOS, where Python's documentation calls fork unsafe, and on Windows, the batch
    runs in this process, with the same output."""
    args = ["score", *files, "-f", "csv"]
    expected = run(args, 1)
    monkeypatch.setattr(sys, "platform", platform)
    _one_process(monkeypatch)
    assert run(args, 2) == expected


def test_no_fork_while_a_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork copies locks other threads may hold: with a thread running, one process."""
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        _one_process(monkeypatch)
    finally:
        stop.set()
        thread.join()


def test_a_batch_started_as_spawn_would_start_it(files: list[str], tmp_path: Path) -> None:
    """A fresh interpreter set up as on macOS (the `spawn` start method, no fork, platform
    darwin) runs a large batch to the same bytes as one process here."""
    args = ["score", *files, "-f", "json"]
    expected = run(args, 1)
    code = (
        "import multiprocessing, os, sys\n"
        "multiprocessing.set_start_method('spawn', force=True)\n"
        "sys.platform = 'darwin'\n"
        "del os.fork\n"
        "from spbe_cli.console import main\n"
        f"sys.argv = ['spbe', *{args!r}]\n"
        "main()\n"
    )
    env = {**os.environ, batch.ENV: "2"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env)
    assert (done.returncode, done.stdout) == (expected[0], expected[1])


def test_workers_follow_the_free_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SPBE_WORKERS, a second process only when a second core is free of load."""
    monkeypatch.delenv(batch.ENV, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    for load, expected in ((0.1, 2), (0.9, 1), (1.0, 1), (2.0, 1), (9.0, 1)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert batch.workers_for(620) == expected, load
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert batch.workers_for(batch.PARALLEL_FROM - 1) == 1  # a small batch: one process


def test_a_batch_left_early_leaves_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """A consumer that stops early (an error, Ctrl-C) ends the workers and reaps them."""
    monkeypatch.setenv(batch.ENV, "2")
    results = cast(Generator[int, None, None], batch.ordered(range(400), lambda n: n))
    assert [next(results) for _ in range(20)] == list(range(20))
    results.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def national(folder: Path, institutions: int) -> None:
    """`institutions` instansi over six years (2020 on spbe-2018, 2021-2025 on spbe-2020)."""
    rng = random.Random(institutions)
    spbe_2018 = [str(n) for n in range(1, 35)] + ['"35.1"', '"35.2"', '"35.3"']
    for n in range(institutions):
        for year in range(2020, 2026):
            ids, low = (spbe_2018, 0) if year == 2020 else ([str(i) for i in range(1, 48)], 1)
            lines = [f"tahun: {year}", f"instansi: Kabupaten Contoh {n}", "indikator:"]
            lines += [f"  {key}: {rng.randint(low, 5)}" for key in ids]
            (folder / f"k{n:04}-{year}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("output_format", ["table", "json"])
def test_trend_memory_stays_flat(tmp_path: Path, output_format: str) -> None:
    """A national trend keeps of each year what it shows (no indicators, no indicator
    changes): eight times the instansi, little more memory per file than a kept slim score."""
    few, many_folder = tmp_path / "few", tmp_path / "many"
    few.mkdir()
    many_folder.mkdir()
    national(few, 25)
    national(many_folder, 200)
    small = peak_kib(["trend", str(few), "-f", output_format], tmp_path)
    large = peak_kib(["trend", str(many_folder), "-f", output_format], tmp_path)
    per_file = (large - small) / ((200 - 25) * 6)
    # KiB per file (the whole JSON document is held before it is written): about 16 on
    # Python 3.11+, 22 on 3.10, whose objects are larger; with every indicator kept, ~45.
    # The bound, 3,600 files within 120 MB, allows up to ~30.
    assert per_file < 25, (small, large)

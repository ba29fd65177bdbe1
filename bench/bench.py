"""Speed of spbe as ratios to the floor it cannot beat, in CPU time and in wall time, measured
side by side in one run, with the machine's load stated.

CPU time (user + system of the measured process and every process it started, from
`getrusage(RUSAGE_CHILDREN)`) is what to compare: another program's work moves the wall clock
and leaves it alone. Wall ratios are shown beside it.

1. Cold start: `spbe score SAMPLE --format json` (a shipped sample, with penjelasan and
   evidence: the full reader and pydantic-core), the same on a file of plain levels,
   `spbe score SAMPLE` (table), `spbe --help` and `spbe score --help` against
   `python -c "import typer, rich.table, pydantic, yaml"`;
   the JSON run once more with SPBE_CACHE=0, as the first run after an install or an upgrade
   is (every other run finds the checked weight tables in its own cache folder, warmed by the
   untimed first run of each case).
2. Batches of 620 files (one call), each against loading the same files with PyYAML's C loader
   and dumping them as JSON: spbe-2020 files (`tahun`, `instansi`, 47 lines `  i: L`), Pemdi
   files (20 indicators: whole numbers, two decimals, quoted fractions) and the shipped samples
   with their levels redrawn; JSON on one process (SPBE_WORKERS=1), the table, `rank`.
3. Workers: the default (processes chosen by the free cores) against SPBE_WORKERS=1, in CPU
   and wall, and SPBE_WORKERS=2 forced.
4. `spbe trend` over 3,600 files (600 instansi over 6 years), JSON and table, with its peak
   memory.
5. Problems: an answer file with 1,000 and with 10,000 unknown indicator ids, read in this
   process until refused: time per problem (linear work keeps it flat).

Runs are interleaved (floor, spbe, floor, spbe, ...) so that machine noise hits both alike;
the ratio of medians is reported. Usage:

    python bench/bench.py [--rounds N] [--files N]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
FLOOR_LOAD = """
import json, sys, yaml
data = []
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as handle:
        data.append(yaml.load(handle, Loader=yaml.CSafeLoader))
sys.stdout.write(json.dumps(data, default=str))
"""
BARE_IMPORT = "import typer, rich.table, pydantic, yaml"


def make_files(folder: Path, count: int) -> list[str]:
    """`count` answer files: the shipped samples with every short-form level redrawn."""
    rng = random.Random(2026)
    texts = [s.read_text(encoding="utf-8") for s in SAMPLES]
    names = []
    for n in range(count):
        text = texts[n % len(texts)]
        low = 0 if "tahun: 2019" in text else 1

        def redraw(match: re.Match[str], low: int = low) -> str:
            return match.group(1) + str(rng.randint(low, 5))

        text = re.sub(r"^(  \"?[\d.]+\"?: )(\d)(?![.\d])", redraw, text, flags=re.M)
        path = folder / f"instansi-{n:03}.yaml"
        path.write_text(text.replace("Contoh", f"Contoh {n}"), encoding="utf-8")
        names.append(str(path))
    return names


def spbe_2020_files(folder: Path, count: int) -> list[str]:
    """`count` spbe-2020 files as most are written: tahun, instansi, 47 lines `  i: L`."""
    rng = random.Random(2020)
    names = []
    for n in range(count):
        lines = ["tahun: 2024", f"instansi: Pemerintah Kabupaten Contoh {n}", "indikator:"]
        lines += [f"  {i}: {rng.randint(1, 5)}" for i in range(1, 48)]
        path = folder / f"spbe-{n:03}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(str(path))
    return names


def pemdi_files(folder: Path, count: int) -> list[str]:
    """`count` pemdi-2026 files: 20 indicators, whole numbers, two decimals and fractions."""
    rng = random.Random(2026)
    names = []
    for n in range(count):
        lines = ["tahun: 2026", f"instansi: Pemerintah Provinsi Contoh {n}", "indikator:"]
        for i in range(1, 21):
            kind = rng.random()
            if kind < 0.4:
                value = str(rng.randint(1, 5))
            elif kind < 0.75:
                value = f"{rng.randint(1, 4)}.{rng.randint(0, 99):02d}"
            else:
                denominator = rng.choice([3, 6, 7])
                value = f'"{rng.randint(denominator, 5 * denominator)}/{denominator}"'
            lines.append(f"  {i}: {value}")
        path = folder / f"pemdi-{n:03}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(str(path))
    return names


def national(folder: Path, institutions: int) -> None:
    """`institutions` instansi over six years: 2020 on spbe-2018, 2021-2025 on spbe-2020."""
    rng = random.Random(7)
    spbe_2018 = [str(i) for i in range(1, 35)] + ['"35.1"', '"35.2"', '"35.3"']
    for n in range(institutions):
        for year in range(2020, 2026):
            ids, low = (spbe_2018, 0) if year == 2020 else ([str(i) for i in range(1, 48)], 1)
            lines = [f"tahun: {year}", f"instansi: Pemerintah Kabupaten Contoh {n}", "indikator:"]
            lines += [f"  {key}: {rng.randint(low, 5)}" for key in ids]
            text = "\n".join(lines) + "\n"
            (folder / f"k{n:03}-{year}.yaml").write_text(text, encoding="utf-8")


class Run(NamedTuple):
    cpu: float  # seconds of CPU (user + system) of the process and every process it started
    wall: float


LOADS: list[float] = []  # the 1-minute load average before each measured run


def run(command: list[str], env: dict[str, str] | None = None) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    LOADS.append(os.getloadavg()[0])
    start = time.perf_counter()
    done = subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**{k: v for k, v in os.environ.items() if k != "SPBE_WORKERS"}, **(env or {})},
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} exited {done.returncode}: {done.stderr[:500]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(cpu, wall)


class Case(NamedTuple):
    name: str
    floor: list[str]
    ours: list[str]
    target: str
    env: dict[str, str] | None = None
    floor_env: dict[str, str] | None = None


class Row(NamedTuple):
    name: str
    floor_cpu: float
    ours_cpu: float
    floor_wall: float
    ours_wall: float
    target: str

    @property
    def cpu_ratio(self) -> float:
        return self.ours_cpu / self.floor_cpu

    @property
    def wall_ratio(self) -> float:
        return self.ours_wall / self.floor_wall


def measure(case: Case, rounds: int) -> Row:
    run(case.floor, case.floor_env), run(case.ours, case.env)  # warm the file cache
    floors, ours = [], []
    for _ in range(rounds):
        floors.append(run(case.floor, case.floor_env))
        ours.append(run(case.ours, case.env))
    return Row(
        case.name,
        statistics.median(r.cpu for r in floors),
        statistics.median(r.cpu for r in ours),
        statistics.median(r.wall for r in floors),
        statistics.median(r.wall for r in ours),
        case.target,
    )


def compile_spbe(python: str) -> None:
    """Byte-compile the spbe package being measured, as `pip install` does for a wheel, so that
    an editable install under PYTHONDONTWRITEBYTECODE=1 is not timed compiling its own
    modules on every run (the dependencies were compiled when pip installed them)."""
    where = subprocess.run(
        [python, "-c", "import spbe_cli, os; print(os.path.dirname(spbe_cli.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", where], check=True)


def unknown_ids(count: int) -> str:
    """A complete spbe-2020 answer file plus `count` indicator ids that do not exist."""
    lines = ["tahun: 2024", "instansi: Kabupaten Uji", "indikator:"]
    lines += [f"  {n}: 3" for n in range(1, 48)]
    lines += [f"  {1000 + n}: 3" for n in range(count)]
    return "\n".join(lines) + "\n"


PER_PROBLEM = """
import statistics, sys, time
from spbe_cli import api
from spbe_cli.answers import ReadOptions
from spbe_cli.errors import InputError
from spbe_cli.frameworks import load_catalog

tables = load_catalog()
path, count, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
times = []
for _ in range(rounds):
    start = time.process_time()
    try:
        api.read(path, tables, ReadOptions())
    except InputError as error:
        assert len(error.problems) == count
    times.append(time.process_time() - start)
print(statistics.median(times) / count)
"""

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def per_problem(python: str, folder: Path, rounds: int) -> list[tuple[int, float]]:
    """Median CPU seconds to refuse a file of 1,000 and of 10,000 unknown ids, per problem
    (in the measured environment)."""
    found = []
    for count in (1_000, 10_000):
        path = folder / f"unknown-{count}.yaml"
        path.write_text(unknown_ids(count), encoding="utf-8")
        command = [python, "-c", PER_PROBLEM, str(path), str(count), str(rounds)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        found.append((count, float(done.stdout)))
    return found


def peak_mb(command: list[str]) -> float:
    """The peak resident memory of one run of `command` (its largest process), in MB."""
    probe = [sys.executable, "-c", PEAK, *command]
    done = subprocess.run(probe, capture_output=True, text=True, check=True)
    return int(done.stdout) / 1024


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - no affinity on this system
        return os.cpu_count() or 1


def batch_cases(python: str, spbe: str, loader: Path, sets: dict[str, list[str]]) -> list[Case]:
    one = {"SPBE_WORKERS": "1"}
    cases = []
    for label, files in sets.items():
        floor = [python, str(loader), *files]
        count = len(files)
        cases += [
            Case(
                f"{count} {label}, JSON, one process",
                floor,
                [spbe, "score", *files, "-f", "json"],
                "<= 1.5x",
                one,
            ),
            Case(
                f"{count} {label}, table, one process",
                floor,
                [spbe, "score", *files],
                "(shown)",  # the JSON floor: a table per file costs the same on any kerangka
                one,
            ),
        ]
    files = sets["spbe-2020 files"]
    floor = [python, str(loader), *files]
    cases.append(
        Case(
            f"rank, {len(files)} spbe-2020 files, JSON, one process",
            floor,
            [spbe, "rank", *files, "-f", "json"],
            "<= 1.5x",
            one,
        )
    )
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--files", type=int, default=620)
    parser.add_argument("--memory-files", type=int, default=6200)
    parser.add_argument("--institutions", type=int, default=600)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    python = args.python
    spbe = shutil.which("spbe", path=str(Path(python).parent))
    if spbe is None:
        raise SystemExit(f"no spbe beside {python}")
    compile_spbe(python)
    bare = [python, "-c", BARE_IMPORT]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SPBE_CACHE_DIR"] = str(folder / "cache")  # not the user's
        problems = per_problem(python, folder, args.rounds)
        many = folder / "many"
        many.mkdir()
        make_files(many, args.memory_files)
        memory = [
            (
                f"spbe {command} {args.memory_files:,} files --format json",
                peak_mb([spbe, command, str(many), "--format", "json"]),
            )
            for command in ("score", "rank")
        ]
        sets: dict[str, list[str]] = {}
        for label, make in (("spbe-2020 files", spbe_2020_files), ("Pemdi files", pemdi_files)):
            sub = folder / label.split()[0]
            sub.mkdir()
            sets[label] = make(sub, args.files)
        sets["samples, levels redrawn"] = sorted(str(p) for p in many.iterdir())[: args.files]
        loader = folder / "floor_load.py"
        loader.write_text(FLOOR_LOAD, encoding="utf-8")
        trend = folder / "trend"
        trend.mkdir()
        national(trend, args.institutions)
        trend_files = sorted(str(p) for p in trend.iterdir())
        memory += [
            (
                f"spbe trend {len(trend_files):,} files -f {f}",
                peak_mb(["env", "SPBE_WORKERS=1", spbe, "trend", str(trend), "-f", f]),
            )
            for f in ("json", "table")
        ]
        sample = str(SAMPLES[0])
        cases = [
            Case(
                "cold start: score SAMPLE --format json",
                bare,
                [spbe, "score", sample, "-f", "json"],
                "<= 1.05x",
            ),
            Case(
                "cold start: score SAMPLE --format json, SPBE_CACHE=0 (a first run)",
                bare,
                [spbe, "score", sample, "-f", "json"],
                "(shown)",
                {"SPBE_CACHE": "0"},
            ),
            Case(
                "cold start: score PLAIN --format json (levels only, as most files)",
                bare,
                [spbe, "score", sets["spbe-2020 files"][0], "-f", "json"],
                "<= 1.05x",
            ),
            Case("cold start: score SAMPLE (table)", bare, [spbe, "score", sample], "<= 1.15x"),
            Case("cold start: spbe --help", bare, [spbe, "--help"], "<= 1.15x"),
            Case("cold start: spbe score --help", bare, [spbe, "score", "--help"], "<= 1.0x"),
            *batch_cases(python, spbe, loader, sets),
            Case(
                f"trend, {len(trend_files):,} files, JSON, one process",
                [python, str(loader), *trend_files],
                ["env", "SPBE_WORKERS=1", spbe, "trend", str(trend), "-f", "json"],
                "<= 2.5x",
            ),
            Case(
                f"trend, {len(trend_files):,} files, table, one process",
                [python, str(loader), *trend_files],
                ["env", "SPBE_WORKERS=1", spbe, "trend", str(trend)],
                "<= 2.5x",
            ),
        ]
        rows = [measure(case, args.rounds) for case in cases]
        files = sets["spbe-2020 files"]
        one = [spbe, "score", *files, "-f", "json"]
        workers = [
            measure(
                Case(
                    f"{len(files)} spbe-2020 files, JSON, default workers vs one process",
                    one,
                    one,
                    "CPU <= 1.15x, wall <= 1.0x",
                    {},
                    {"SPBE_WORKERS": "1"},
                ),
                args.rounds,
            ),
            measure(
                Case(
                    f"{len(files)} spbe-2020 files, JSON, SPBE_WORKERS=2 vs one process",
                    one,
                    one,
                    "(forced)",
                    {"SPBE_WORKERS": "2"},
                    {"SPBE_WORKERS": "1"},
                ),
                args.rounds,
            ),
        ]
    report(python, args, rows, workers, problems, memory)


def report(
    python: str,
    args: argparse.Namespace,
    rows: list[Row],
    workers: list[Row],
    problems: list[tuple[int, float]],
    memory: list[tuple[str, float]],
) -> None:
    version = subprocess.run(
        [python, "-c", "import sys, typer; print(sys.version.split()[0], typer.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    print(
        f"python {version[0]}, typer {version[1]}, {cores()} cores, {args.rounds} rounds; "
        f"load (1-minute average) during the runs: {min(LOADS):.2f} to {max(LOADS):.2f}, "
        f"median {statistics.median(LOADS):.2f}\n"
    )
    print("| case | floor CPU | spbe CPU | CPU ratio | wall ratio | target (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row.name} | {row.floor_cpu * 1000:.0f} ms | {row.ours_cpu * 1000:.0f} ms | "
            f"{row.cpu_ratio:.2f}x | {row.wall_ratio:.2f}x | {row.target} |"
        )
    print("\n| workers | one process CPU | CPU | CPU ratio | wall ratio | target |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in workers:
        print(
            f"| {row.name} | {row.floor_cpu * 1000:.0f} ms | {row.ours_cpu * 1000:.0f} ms | "
            f"{row.cpu_ratio:.2f}x | {row.wall_ratio:.2f}x | {row.target} |"
        )
    print("\n| unknown ids in one file | CPU per problem (median) |\n|---:|---:|")
    for count, seconds in problems:
        print(f"| {count:,} | {seconds * 1e6:.0f} µs |")
    print("\n| run | peak memory | target |\n|---|---:|---:|")
    for name, megabytes in memory:
        print(f"| {name} | {megabytes:.0f} MB | <= 120 MB |")


if __name__ == "__main__":
    main()

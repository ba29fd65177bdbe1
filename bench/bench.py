"""Speed of spbe as ratios to the floor it cannot beat, measured side by side in one run.

1. Cold start: `spbe score SAMPLE --format json` against
   `python -c "import typer, rich.table, pydantic, yaml"` (a bare import of the dependencies).
2. Batch: `spbe score` over 620 answer files (one call, JSON out) against loading the same
   files with PyYAML's C loader and dumping them as JSON.
3. Ranking: `spbe rank` over the same files (JSON out) against the same floor.
4. Problems: an answer file with 1,000 and with 10,000 unknown indicator ids, read in this
   process until refused: time per problem (linear work keeps it flat).

Runs are interleaved (floor, spbe, floor, spbe, ...) so that machine noise hits both alike;
the ratio of medians is reported, with the minimums beside it. Usage:

    python bench/bench.py [--rounds N] [--files N]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} exited {done.returncode}: {done.stderr[:500]}")
    return elapsed


def measure(floor: list[str], ours: list[str], rounds: int) -> tuple[list[float], list[float]]:
    run(floor), run(ours)  # warm the file cache
    floors, times = [], []
    for _ in range(rounds):
        floors.append(run(floor))
        times.append(run(ours))
    return floors, times


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
    start = time.perf_counter()
    try:
        api.read(path, tables, ReadOptions())
    except InputError as error:
        assert len(error.problems) == count
    times.append(time.perf_counter() - start)
print(statistics.median(times) / count)
"""

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def per_problem(python: str, folder: Path, rounds: int) -> list[tuple[int, float]]:
    """Median seconds to refuse a file of 1,000 and of 10,000 unknown ids, per problem (in
    the measured environment)."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--files", type=int, default=620)
    parser.add_argument("--memory-files", type=int, default=6200)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    python = args.python
    spbe = shutil.which("spbe", path=str(Path(python).parent))
    if spbe is None:
        raise SystemExit(f"no spbe beside {python}")
    compile_spbe(python)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        problems = per_problem(python, folder, args.rounds)
        many = folder / "many"
        many.mkdir()
        make_files(many, args.memory_files)
        memory = [
            (command, peak_mb([spbe, command, str(many), "--format", "json"]))
            for command in ("score", "rank")
        ]
        files = sorted(str(p) for p in many.iterdir())[: args.files]
        loader = folder / "floor_load.py"
        loader.write_text(FLOOR_LOAD, encoding="utf-8")
        cases = [
            (
                "cold start, one sample",
                [python, "-c", "import typer, rich.table, pydantic, yaml"],
                [spbe, "score", str(SAMPLES[0]), "--format", "json"],
                1.3,
            ),
            (
                f"{args.files} files in one call, JSON",
                [python, str(loader), *files],
                [spbe, "score", *files, "--format", "json"],
                1.5,
            ),
            (
                f"{args.files} files in one call, JSON, one process (SPBE_WORKERS=1)",
                [python, str(loader), *files],
                ["env", "SPBE_WORKERS=1", spbe, "score", *files, "--format", "json"],
                1.5,
            ),
            (
                f"{args.files} files in one call, table",
                [python, str(loader), *files],
                [spbe, "score", *files],
                1.5,
            ),
            (
                f"rank, {args.files} files",
                [python, str(loader), *files],
                [spbe, "rank", *files, "--format", "json"],
                1.5,
            ),
        ]
        for name, floor, ours, target in cases:
            floors, times = measure(floor, ours, args.rounds)
            ratio = statistics.median(times) / statistics.median(floors)
            rows.append(
                (
                    name,
                    statistics.median(floors),
                    statistics.median(times),
                    ratio,
                    min(times) / min(floors),
                    target,
                )
            )
    version = subprocess.run(
        [python, "-c", "import sys, typer; print(sys.version.split()[0], typer.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    cores = os.cpu_count()
    print(f"python {version[0]}, typer {version[1]}, {cores} cores, {args.rounds} rounds\n")
    print(
        "| case | floor (median) | spbe (median) | ratio of medians | ratio of minimums | target |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, floor_s, ours_s, ratio, ratio_min, target in rows:
        print(
            f"| {name} | {floor_s * 1000:.0f} ms | {ours_s * 1000:.0f} ms | {ratio:.2f}x | "
            f"{ratio_min:.2f}x | <= {target}x |"
        )
    print("\n| unknown ids in one file | time per problem (median) |\n|---:|---:|")
    for count, seconds in problems:
        print(f"| {count:,} | {seconds * 1e6:.0f} µs |")
    print(f"\n| {args.memory_files:,} files | peak memory | target |\n|---|---:|---:|")
    for command, megabytes in memory:
        print(f"| spbe {command} --format json | {megabytes:.0f} MB | <= 120 MB |")


if __name__ == "__main__":
    main()

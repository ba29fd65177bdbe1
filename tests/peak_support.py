"""The peak memory of one spbe command, run in a child process that reports its own peak
resident size when the command ends: VmHWM of /proc/self/status on Linux (getrusage's
ru_maxrss survives exec, so it would report the test process's own peak), else getrusage.
The child's address space is capped, so that a bomb the code under test does not refuse
fails the test (MemoryError) instead of taking the machine's memory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

MB = 1024 * 1024
PEAK = 300 * MB  # what a hostile input may never make spbe reach
_CAP = 1536 * MB  # address space of the child

_CODE = (
    "import resource, sys\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({_CAP}, {_CAP}))\n"
    "from spbe_cli.console import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    if sys.platform == 'darwin':\n"
    "        peak //= 1024\n"
    "    try:\n"
    "        with open('/proc/self/status') as status:\n"
    "            peak = next(int(x.split()[1]) for x in status if x.startswith('VmHWM:'))\n"
    "    except OSError:\n"
    "        pass\n"
    "    sys.stderr.write(f'\\npeak={peak}\\n')\n"
)


def peak_run(*args: str, cwd: Path) -> tuple[int, str, int]:
    """`spbe ARGS` in English: exit code, stderr, peak resident size in bytes."""
    env = {**os.environ, "SPBE_BAHASA": "en"}
    done = subprocess.run(
        [sys.executable, "-c", _CODE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,  # a guard for code that never ends: nothing is asserted about time
    )
    found = re.search(r"\npeak=(\d+)\n", done.stderr)
    assert found is not None, done.stderr[-2000:]
    return done.returncode, done.stderr[: found.start()], int(found[1]) * 1024  # KiB

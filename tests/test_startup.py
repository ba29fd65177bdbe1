"""Start-up: a command loads what it uses and nothing else (each run is a fresh process, so
every module loaded is paid for by every run). Checked by the modules present after a run,
never by time."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLES, python_output

RUN = (
    "import sys, io, contextlib\n"
    "sys.argv = ['spbe', *{args!r}]\n"
    "from spbe_cli.console import main\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    try:\n        main()\n    except SystemExit:\n        pass\n"
    "print('\\n'.join(sorted(sys.modules)))\n"
)


def modules_after(*args: str, env: dict[str, str] | None = None) -> set[str]:
    return set(python_output(RUN.format(args=list(args)), env).split())


def test_root_help_loads_no_command() -> None:
    """`spbe --help` lists every command from the catalog of messages, loading none of them
    (nor the core, the weight tables or pydantic)."""
    loaded = modules_after("--help")
    commands = sorted(
        m for m in loaded if m.startswith("spbe_cli.cli.") and m != "spbe_cli.cli.app"
    )
    assert commands == []
    assert not {"spbe_cli.scoring", "spbe_cli.frameworks", "pydantic_core", "rich"} & loaded


def test_the_score_table_loads_no_rich_layout() -> None:
    """The score table is drawn by renderers/plain.py: of rich, only its character widths."""
    loaded = modules_after("score", str(SAMPLES[1]))
    assert sorted(m for m in loaded if m.split(".")[0] == "rich") == [
        m for m in sorted(loaded) if m in {"rich", "rich.cells"} or m.startswith("rich._")
    ]
    assert "rich.console" not in loaded and "rich.table" not in loaded


def test_a_plain_file_is_scored_without_pydantic_once_the_tables_are_cached(
    tmp_path: Path,
) -> None:
    """The first run checks the weight tables (pydantic-core) and keeps them; the next one
    reads them from the cache, and a plain answer file needs no schema at all. A file that is
    not plain still loads it."""
    env = {"SPBE_CACHE_DIR": str(tmp_path / "cache")}
    plain = tmp_path / "plain.yaml"
    levels = "".join(f"  {n}: {n % 5 + 1}\n" for n in range(1, 48))
    plain.write_text(f"tahun: 2024\ninstansi: Kota Uji\nindikator:\n{levels}", encoding="utf-8")
    assert "pydantic_core" in modules_after("score", str(plain), "-f", "json", env=env)
    for args in (("score", str(plain), "-f", "json"), ("score", str(plain))):
        assert "pydantic_core" not in modules_after(*args, env=env)
    drafted = next(s for s in SAMPLES if "draf" in s.name)
    assert "pydantic_core" in modules_after("score", str(drafted), "-f", "json", env=env)

"""Exit codes are chosen in one place (cli/app.py's boundary): a command raises an error,
`GateFailed` when a gate it was asked for failed (1), or `Reported` when it refused some inputs
and went on with the others, and one rule picks the code for all of them: an invalid input (3)
before a name that cannot be used (2)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from spbe_cli.errors import InputError
from spbe_cli.lhe import NotAReport, read_report
from tests.team_support import ROOT, run

KAB = ROOT / "samples" / "kabupaten-contoh-2024.yaml"
CHOSEN_HERE = {"EXIT_GATE", "EXIT_INPUT", "EXIT_USAGE", "EXIT_OUTPUT", "EXIT_INTERNAL"}


def test_no_command_picks_an_exit_code() -> None:
    found = []
    for path in sorted((ROOT / "src" / "spbe_cli").rglob("*.py")):
        if path.name == "app.py" and path.parent.name == "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            used = isinstance(node, ast.Name) and node.id in CHOSEN_HERE
            exits = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "Exit"
                and bool(node.args)
            )
            if used or exits:
                found.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}")
    assert found == []


@pytest.fixture()
def bad(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.yaml"
    path.write_text("tahun: 2024\ninstansi: X\nindikator:\n  '1': 9\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["validate", "rank"])
def test_the_worst_refusal_decides_the_code(command: str, bad: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "tidak-ada.yaml")
    assert run(command, missing, KAB).exit_code == 2
    assert run(command, bad, KAB).exit_code == 3
    assert run(command, missing, bad, KAB).exit_code == 3
    assert run(command, bad, missing, KAB).exit_code == 3
    assert run(command, KAB).exit_code == 0


def test_import_of_several_reports_ends_as_the_worst(tmp_path: Path) -> None:
    not_a_report = tmp_path / "bukan.pdf"
    not_a_report.write_bytes(b"%PDF-1.4\nnot really\n")
    missing = str(tmp_path / "tidak-ada.pdf")
    out = tmp_path / "hasil"
    assert run("import", missing, missing + "2", "-o", out).exit_code == 2
    both = run("import", missing, not_a_report, "-o", out)
    assert both.exit_code == 3
    assert both.stderr.rstrip().splitlines()[-1].startswith(("peringatan:", "warning:"))


def test_the_core_raises_only_the_projects_errors() -> None:
    """errors.py holds the classes; anything else the core raises on purpose derives from them
    (the report reader's NotAReport is an InputError; a reader's bound passed deep inside a
    parser is a SpbeError its reader turns into an InputError), so it ends as documented."""
    own = []
    shared = ROOT / "src" / "spbe_cli" / "errors.py"
    for path in sorted((ROOT / "src" / "spbe_cli").rglob("*.py")):
        if path == shared:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if any(b.endswith(("Error", "Exception")) for b in bases):
                    own.append((path.name, node.name, bases))
    errors = {"SpbeError", "InputError", "UsageError", "OutputError", "Reported", "GateFailed"}
    assert ("errors.py", "NotAReport", {"InputError"}) in own
    assert all(bases <= errors for _, _, bases in own), own  # internal ones too: never 70
    assert issubclass(NotAReport, InputError)
    with pytest.raises(InputError):
        read_report(b"bukan pdf", "x.pdf")

"""Terminal behaviour: colour only on a terminal and without NO_COLOR; JSON never pays for
rich (a structural guard for the cold-start budget, not a timing test)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from spbe_cli import api
from spbe_cli.cli.common import render_options
from spbe_cli.frameworks import Catalog
from spbe_cli.renderers import Options
from spbe_cli.renderers.score import FORMATS as SCORE_FORMATS
from tests.conftest import SAMPLES


class _Tty:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "color"), [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)]
)
def test_colour_follows_terminal_and_no_color(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], color: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "stdout", _Tty())
    assert render_options().color is color


def test_not_a_terminal_means_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert render_options().color is False  # pytest captures stdout: not a terminal


def test_table_renderer_colours_only_when_asked(catalog: Catalog) -> None:
    result = api.score_source(str(SAMPLES[0]), catalog)
    plain = SCORE_FORMATS.renderer("table")([result], Options(color=False))
    coloured = SCORE_FORMATS.renderer("table")([result], Options(color=True))
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured


def test_json_output_does_not_import_rich() -> None:
    code = (
        "import sys, io, contextlib\n"
        f"sys.argv = ['spbe', 'score', {str(SAMPLES[1])!r}, '--format', 'json']\n"
        "from spbe_cli.console import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main()\n    except SystemExit:\n        pass\n"
        "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

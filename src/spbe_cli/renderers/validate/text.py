"""`spbe validate` as text: every problem at its line and column, then one ok line per valid
file (messages, for stderr)."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.i18n import prefixed, tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.text import visible
from spbe_cli.validation import FileCheck


def render(checks: Sequence[FileCheck], options: Options) -> str:
    lines: list[str] = []
    for check in checks:
        lines += [visible(prefixed("warning", warning)) for warning in check.warnings]
        if check.unreadable is not None:
            lines.append(visible(prefixed("error", check.unreadable)))
        lines += [visible(str(problem)) for problem in check.problems]
        if check.ok:
            ok = tr(options.language, "valid_file", file=check.file, framework=check.framework)
            lines.append(visible(ok))
    return "".join(f"{line}\n" for line in lines)

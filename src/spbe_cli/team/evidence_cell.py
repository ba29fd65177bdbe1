"""data_dukung in one workbook cell, one item per line: a plain text as typed, or (a line
starting with `{`, `"` or `'`) a one-line YAML value: an item with keys such as
`{berkas: "bukti/14/sk.pdf", level: 1, status: diterima}`, or a quoted text. The writer
(team/workbook.py) quotes a plain text that would otherwise be misread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.i18n import t
from spbe_cli.team import yamltext

PARSED_STARTS = ("{", '"', "'")


def cell_text(items: list[Any]) -> str:
    """The items as the cell shows them."""
    lines = []
    for item in items:
        if isinstance(item, Mapping):
            lines.append(yamltext.flow(item))
        elif not item or item != item.strip() or "\n" in item or item.startswith(PARSED_STARTS):
            lines.append(yamltext.text(item))
        else:
            lines.append(item)
    return "\n".join(lines)


def items_of(text: str, name: str) -> tuple[list[Any], str | None]:
    """The items of a cell, and what is wrong with a line (None when nothing is)."""
    found: list[Any] = []
    for n, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith(PARSED_STARTS):
            found.append(stripped)
            continue
        try:
            value = yamlsafe.parse(stripped, name).data
        except InputError as error:
            reason = error.problems[0].message if error.problems else ""
            return found, t("form.evidence_line", n=n, reason=reason)
        if not isinstance(value, dict | str):
            return found, t("form.evidence_line", n=n, reason=t("form.evidence_shape"))
        found.append(value)
    return found, None

"""`spbe evidence --format portal`: the text to paste into the evaluation portal, indicator by
indicator: the level, the penjelasan, and the evidence items by level with their `kode`.

Plain text (the portal's fields take no markup): the penjelasan keeps its lines, control
characters are shown as escapes, items replaced by a re-upload (`diganti`) are left out, and
plain-text items come last.
"""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.evidence import EvidenceCheck, IndicatorEvidence, item_name
from spbe_cli.evidence.cascade import in_cascade
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import heading
from spbe_cli.renderers.evidence.view import level_cell
from spbe_cli.renderers.text import one_line, visible


def _items(row: IndicatorEvidence, language: str) -> list[str]:
    levelled = sorted((i for i in row.items if in_cascade(i)), key=lambda i: i.level or 0)
    plain = [i for i in row.items if not i.structured]
    lines = [f"- {tr(language, 'level')} {i.level}: {one_line(item_name(i))}" for i in levelled]
    lines += [f"- {one_line(i.text)}" for i in plain]
    return lines or ["-"]


def _indicator(row: IndicatorEvidence, language: str) -> list[str]:
    explanation = (row.explanation or "").strip()
    text = [visible(line.rstrip()) for line in explanation.splitlines()] or ["-"]
    return [
        f"== {tr(language, 'evidence_portal_indicator', id=row.indicator.id)}. "
        f"{one_line(row.indicator.name)}",
        f"{tr(language, 'level')}: {level_cell(row.claim)}",
        f"{tr(language, 'explanation')}:",
        *text,
        f"{tr(language, 'evidence')}:",
        *_items(row, language),
        "",
    ]


def render(checks: Sequence[EvidenceCheck], options: Options) -> str:
    language = options.language
    lines: list[str] = []
    for found in checks:
        lines += [f"# {one_line(heading(found.claimed, language))}", ""]
        for row in found.indicators:
            lines += _indicator(row, language)
    return "\n".join(lines)

"""Shared table geometry: which row a (wrapped) label line belongs to."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.lhe.pdftext import Line, Page, Word, group_lines, squeeze


def row_labels(
    page: Page, words: Sequence[Word], anchors: Sequence[Word], reach: float
) -> list[str]:
    """The label of each row, one row per anchor (the row's number in a value column).

    A label may wrap over lines above and below its anchor. Each label line goes to the
    nearest anchor that no drawn rule separates it from, within `reach` points; a line
    that has none (a heading, text after the table) belongs to no row.
    """
    parts: list[list[Line]] = [[] for _ in anchors]
    for line in group_lines(words):
        best: tuple[float, int] | None = None
        for position, anchor in enumerate(anchors):
            distance = abs(line.cy - anchor.cy)
            if distance > reach or page.rule_between(line.cy, anchor.cy, line.x0, line.x1):
                continue
            if best is None or distance < best[0]:
                best = (distance, position)
        if best is not None:
            parts[best[1]].append(line)
    return [squeeze(" ".join(line.text for line in lines)) for lines in parts]


def bands(words: Sequence[Word], tolerance: float) -> list[list[Word]]:
    """Words grouped by height: each group's centres lie within `tolerance` of its first."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.cy, w.x0)):
        if groups and abs(word.cy - groups[-1][0].cy) <= tolerance:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups

"""The report's prose: strengths and weaknesses per aspect, recommendations, stated targets.

Sections are found by their printed headings ("Kekuatan dan Kelemahan", "Rekomendasi",
"Perolehan Nilai Tingkat Kematangan Indikator"); text is returned as printed, each paragraph
on one line with runs of spaces (justified text) squeezed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spbe_cli.lhe.layouts import Layout
from spbe_cli.lhe.model import AspectFinding, Recommendation, Target
from spbe_cli.lhe.numbers import to_decimal
from spbe_cli.lhe.pdftext import Line, Page, group_lines, squeeze

_FINDINGS = "kekuatan dan kelemahan"
_RECOMMENDATIONS = "rekomendasi"
_LEVEL_TABLE = "perolehan nilai tingkat kematangan"
_BLOCK = re.compile(r"^([A-Z])\.\s*(\S.*)$")
_SUBHEADING = re.compile(r"^([A-Z][A-Z ]*[A-Z])\s*:$")
_INDICATOR_TARGET = re.compile(
    r"Target\s+nilai\s+tingkat\s+kematangan\s+untuk\s+setiap\s+indikator\s+adalah\s+"
    r"(minimal\s+)?([0-9])\b(?:\s*\(\s*[a-z]+\s*\))?",
    re.IGNORECASE,
)
_PREDICATE_TARGET = re.compile(
    r"Target\s+penilaian\s*:\s*Predikat\s+(Sangat\s+Baik|Memuaskan|Baik|Cukup|Kurang)\b"
    r"(?:\s*\(\s*indeks\s+minimal\s+([0-9]+(?:[.,][0-9]+)?)\s*\))?",
    re.IGNORECASE,
)


def _lines(pages: list[Page]) -> Iterator[tuple[Page, Line]]:
    for page in pages:
        for line in page.lines:
            yield page, line


def _section(pages: list[Page], heading: str) -> list[tuple[Page, Line]]:
    """The lines after a heading, up to the next of the headings that follow it."""
    out: list[tuple[Page, Line]] = []
    inside = False
    for page, line in _lines(pages):
        text = squeeze(line.text).lower()
        ends = text in (_FINDINGS, _RECOMMENDATIONS) or text.startswith(_LEVEL_TABLE)
        if inside and ends:
            break
        if inside:
            out.append((page, line))
        elif text == heading:
            inside = True
    return out


def read_findings(pages: list[Page], layout: Layout) -> list[AspectFinding]:
    """The blocks "A. <aspect>" of "Kekuatan dan Kelemahan", letters in order A, B, C, …"""
    blocks: list[tuple[str, dict[str, list[str]]]] = []
    part = "summary"
    for _, line in _section(pages, _FINDINGS):
        text = squeeze(line.text)
        block = _BLOCK.match(text)
        if block is not None and ord(block.group(1)) - ord("A") == len(blocks):
            blocks.append((block.group(2), {"summary": [], "strengths": [], "weaknesses": []}))
            part = "summary"
        elif not blocks:
            continue
        elif text.rstrip(":").lower() == "kekuatan":
            part = "strengths"
        elif text.rstrip(":").lower() == "kelemahan":
            part = "weaknesses"
        else:
            blocks[-1][1][part].append(text)
    aspects = layout.aspect_ids
    return [
        AspectFinding(
            aspect=aspects[position] if position < len(aspects) else None,
            label=label,
            summary=squeeze(" ".join(parts["summary"])),
            strengths=squeeze(" ".join(parts["strengths"])),
            weaknesses=squeeze(" ".join(parts["weaknesses"])),
        )
        for position, (label, parts) in enumerate(blocks)
    ]


def read_recommendations(pages: list[Page]) -> list[Recommendation]:
    """Paragraphs of "Rekomendasi": a new one after a blank line or a sub-heading "X:"."""
    paragraphs: list[tuple[str | None, list[str]]] = []
    previous: tuple[Page, Line] | None = None
    for page, line in _section(pages, _RECOMMENDATIONS):
        text = squeeze(line.text)
        sub = _SUBHEADING.match(text)
        if sub is not None:
            paragraphs.append((sub.group(1), []))
        else:
            gap = (
                previous is not None
                and previous[0] is page
                and line.top - previous[1].bottom > 0.8 * line.size
            )
            if not paragraphs or (gap and paragraphs[-1][1]):
                paragraphs.append((None, []))
            paragraphs[-1][1].append(text)
        previous = (page, line)
    return [Recommendation(head, squeeze(" ".join(texts))) for head, texts in paragraphs if texts]


def read_target(pages: list[Page]) -> Target:
    predicate: str | None = None
    index_minimum: Decimal | None = None
    level: int | None = None
    minimum = False
    texts: list[str] = []
    for page, line in _lines(pages):
        text = squeeze(line.text)
        match = _INDICATOR_TARGET.search(text)
        if match is not None and level is None:
            level = int(match.group(2))
            minimum = match.group(1) is not None
            texts.append(match.group(0))
        if predicate is None and re.search(r"Target\s+penilaian", text, re.IGNORECASE):
            note = _note(page, line)
            found = _PREDICATE_TARGET.search(note)
            if found is not None:
                predicate = squeeze(found.group(1))
                if found.group(2) is not None:
                    index_minimum = to_decimal(found.group(2))
                texts.append(squeeze(found.group(0)))
    return Target(predicate, index_minimum, level, minimum, tuple(texts))


def _note(page: Page, line: Line) -> str:
    """The note starting at this line and the lines under it in its own column (the note
    "(indeks minimal 2,6)" may sit below, with other text beside it)."""
    first = next((w for w in line.words if "target" in w.text.lower()), line.words[0])
    left = first.x0 - 3 * line.size
    words = [
        w
        for w in page.words
        if w.x0 >= left and line.top - 0.5 * line.size <= w.top <= line.bottom + 3 * line.size
    ]
    return squeeze(" ".join(line.text for line in group_lines(words)))

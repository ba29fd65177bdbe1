"""The words of a PDF with their positions, and the horizontal rules drawn between table rows.

Library: pdfminer.six. It is pure Python (its one compiled dependency, cryptography, is
only used to decrypt AES files), it is maintained (releases every few months), and it gives
every glyph with its bounding box, which the reader needs: the reports are tables whose
columns are found by position, and their text layer holds clipped overflow text that only
positions can keep apart. pypdf's visitor functions give the start of each text run without
glyph widths; pdfplumber is a layer over pdfminer.six that adds nothing needed here.

Speed: layout analysis (LAParams) is switched off, glyphs are grouped into words and lines
here; the text layer of one real report takes 0.35-0.65 s (pypdf's visitor: 0.34-0.39 s, for
less). Pure Python either way, one core.

Coordinates are in PDF points, measured from the top-left corner of the page: `top` grows
downwards. Only this module and `pdflimits.py` (bounds on pdfminer's work) import pdfminer.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pdfminer.layout import LTChar, LTFigure, LTLine, LTPage, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psparser import PSEOF

from spbe_cli.i18n import t
from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.pdflimits import (
    ALL_GLYPHS,
    CONTENT,
    DECODED,
    DEPTH,
    GLYPHS,
    LIMITS,
    LOOKUPS,
    MAPPINGS,
    PAGES,
    BoundedDevice,
    BoundedDocument,
    BoundedInterpreter,
    Budget,
    LimitReached,
    active,
)

# pdfminer logs what it repairs; without a handler Python would print those lines to stderr.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

# Glyphs that separate words but are not text: bullets, private-use symbol-font bullets.
_BULLETS = frozenset("•●▪◦∙·")
_WORD_GAP = 0.25  # a gap wider than this many font sizes starts a new word
_SAME_LINE = 0.4  # words whose centres differ by less than this many font sizes share a line


@dataclass(frozen=True)
class Word:
    """A run of glyphs without a space or a wide gap, on one baseline."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Line:
    """Words whose vertical centres (nearly) agree, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def cy(self) -> float:
        return sum(w.cy for w in self.words) / len(self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)


@dataclass(frozen=True)
class Rule:
    """A horizontal edge drawn on the page: a line, or the top or bottom of a rectangle."""

    y: float
    x0: float
    x1: float


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def rule_between(self, y_a: float, y_b: float, x0: float, x1: float) -> bool:
        """Whether a rule crossing [x0, x1] lies strictly between the heights y_a and y_b."""
        low, high = min(y_a, y_b), max(y_a, y_b)
        return any(low + 0.5 < r.y < high - 0.5 and r.x0 < x1 and r.x1 > x0 for r in self.rules)


def read_pages(data: bytes, check: Callable[[list[Page]], None] | None = None) -> list[Page]:
    """Every page of the PDF in `data`; NotAReport when it is no readable PDF, or when reading
    it would pass a bound on work (`pdflimits.LIMITS`). `check`, called with the pages read so
    far after each page, may end the reading early by raising NotAReport."""
    if b"%PDF-" not in data[:1024]:
        raise NotAReport(t("lhe.not_pdf"))
    budget = Budget()
    try:
        with active(budget):
            pages: list[Page] = []
            for page in _pages(data, budget):
                pages.append(page)
                if check is not None:
                    check(pages)
            if budget.passed is not None:  # passed inside pdfminer, which went on regardless
                raise LimitReached(budget.passed)
            return pages
    except NotAReport:
        raise
    except Exception as exc:
        raise _not_a_report(exc, budget) from exc


_LIMIT_KEYS = {
    PAGES: "lhe.limit_pages",
    LOOKUPS: "lhe.limit_lookups",
    DECODED: "lhe.limit_decoded",
    CONTENT: "lhe.limit_content",
    DEPTH: "lhe.limit_depth",
    GLYPHS: "lhe.limit_glyphs",
    ALL_GLYPHS: "lhe.limit_all_glyphs",
    MAPPINGS: "lhe.limit_mappings",
}


def _not_a_report(exc: Exception, budget: Budget) -> NotAReport:
    """The one-line reason for an exception raised while reading."""
    if budget.passed is not None:  # whatever pdfminer made of it afterwards
        return NotAReport(t(_LIMIT_KEYS[budget.passed], limit=LIMITS[budget.passed]))
    if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
        return NotAReport(t("lhe.encrypted"))
    if isinstance(exc, PSEOF):
        return NotAReport(t("lhe.cut_short"))
    if isinstance(exc, RecursionError):
        return NotAReport(t("lhe.nesting"))
    # pdfminer raises many types on damaged files; all mean the same
    return NotAReport(t("lhe.unreadable", kind=type(exc).__name__, detail=_one_line(exc)))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:160] + "…") if len(text) > 160 else (text or "no detail")


def _pages(data: bytes, budget: Budget) -> Iterator[Page]:
    document = BoundedDocument(PDFParser(io.BytesIO(data)), budget)
    resources = PDFResourceManager(caching=True)
    device = BoundedDevice(resources, budget)
    interpreter = BoundedInterpreter(resources, device)
    for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
        budget.spend(PAGES)
        interpreter.process_page(pdf_page)
        yield _page(number, device.get_result())


def _page(number: int, layout: LTPage) -> Page:
    top_edge = layout.y1
    chars: list[LTChar] = []
    rules: list[Rule] = []
    _collect(layout, chars, rules, top_edge)
    words = _words(chars, top_edge)
    return Page(
        number=number,
        width=layout.width,
        height=layout.height,
        words=tuple(words),
        lines=tuple(group_lines(words)),
        rules=tuple(sorted(rules, key=lambda r: r.y)),
    )


def _collect(
    container: Iterable[object], chars: list[LTChar], rules: list[Rule], top: float
) -> None:
    for item in container:
        if isinstance(item, LTChar):
            chars.append(item)
        elif isinstance(item, LTFigure):
            _collect(item, chars, rules, top)
        elif isinstance(item, (LTLine, LTRect)) and item.width > 5:
            if item.height < 1.5:
                rules.append(Rule(top - (item.y0 + item.y1) / 2, item.x0, item.x1))
            elif isinstance(item, LTRect):
                rules.append(Rule(top - item.y1, item.x0, item.x1))
                rules.append(Rule(top - item.y0, item.x0, item.x1))


def _is_separator(text: str) -> bool:
    return (
        not text
        or text.isspace()
        or text in _BULLETS
        or all(unicodedata.category(ch) == "Co" for ch in text)  # symbol-font bullets
    )


def _words(chars: list[LTChar], top: float) -> list[Word]:
    """Glyphs in drawing order grouped into words; rotated glyphs (chart labels) are left out."""
    words: list[Word] = []
    run: list[LTChar] = []

    def flush() -> None:
        if run:
            text = unicodedata.normalize("NFKC", "".join(c.get_text() for c in run))
            words.append(
                Word(
                    text=text,
                    x0=min(c.x0 for c in run),
                    x1=max(c.x1 for c in run),
                    top=top - max(c.y1 for c in run),
                    bottom=top - min(c.y0 for c in run),
                    size=max(c.size for c in run),
                )
            )
            run.clear()

    for char in chars:
        text = char.get_text()
        if not char.upright or _is_separator(text):
            flush()
            continue
        if run:
            last = run[-1]
            size = max(last.size, char.size, 1.0)
            if (
                abs(char.y0 - last.y0) > 0.2 * size
                or char.x0 < last.x1 - 0.3 * size
                or char.x0 - last.x1 > _WORD_GAP * size
            ):
                flush()
        run.append(char)
    flush()
    return words


def group_lines(words: Iterable[Word]) -> list[Line]:
    """Words grouped into lines, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.cy, w.x0)):
        if lines:
            current = lines[-1]
            centre = sum(w.cy for w in current) / len(current)
            size = max(word.size, max(w.size for w in current))
            if abs(word.cy - centre) <= _SAME_LINE * size:
                current.append(word)
                continue
        lines.append([word])
    return [Line(tuple(sorted(group, key=lambda w: w.x0))) for group in lines]


_SPACES = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Runs of white space (justified text, line breaks) as one space."""
    return _SPACES.sub(" ", text).strip()

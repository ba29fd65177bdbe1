"""The report's title (kind and year) and its header box: institution, index and predicate."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from spbe_cli.i18n import t
from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.model import Kind
from spbe_cli.lhe.numbers import is_decimal, to_decimal
from spbe_cli.lhe.pdftext import Line, Page, Word, squeeze

# "EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2024", also split over two lines,
# and "PEMANTAUAN DAN EVALUASI SISTEM ... TAHUN 2022" (a monitoring year).
_TITLE = re.compile(
    r"\b(PEMANTAUAN|EVALUASI)(?:\s+DAN\s+EVALUASI)?\s+SISTEM\s+PEMERINTAHAN\s+BERBASIS\s+"
    r"ELEKTRONIK\s+TAHUN\s+(\d{4})\b"
)
# "INDEKS SPBE – PEMERINTAH KOTA BANDAR LAMPUNG": en dash, em dash or hyphen.
_BOX = re.compile(r"^INDEKS\s+SPBE\s*[–—-]\s*(\S.*)$")
_PREDICATE = re.compile(r"^\(\s*(.+?)\s*\)$")
PREDICATES = ("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan")
TITLE_WITHIN = 6  # pages: a report's title is on its third page (cover, contents, title)


def title_within(pages: list[Page]) -> None:
    """NotAReport when the first TITLE_WITHIN pages hold no report title: a long document
    that is no report is refused after its first pages, not read to the end."""
    if len(pages) == TITLE_WITHIN and not any(
        _TITLE.search(" ".join(line.text for line in page.lines)) for page in pages
    ):
        raise NotAReport(t("lhe.no_title_within", pages=TITLE_WITHIN))


def read_title(pages: list[Page]) -> tuple[Kind, int]:
    """The kind and year of the first title; every title of the report must name that year."""
    found: list[tuple[Kind, int]] = []
    for page in pages:
        for match in _TITLE.finditer(" ".join(line.text for line in page.lines)):
            kind: Kind = "pemantauan" if match.group(1) == "PEMANTAUAN" else "evaluasi"
            found.append((kind, int(match.group(2))))
    if not found:
        raise NotAReport(t("lhe.no_title"))
    years = sorted({year for _, year in found})
    if len(years) > 1:
        raise NotAReport(t("lhe.title_years", years=", ".join(map(str, years))))
    return found[0]


@dataclass(frozen=True)
class HeaderBox:
    name: str  # as printed, capitals: "PEMERINTAH KOTA BANDAR LAMPUNG"
    index: Decimal
    index_text: str
    predicate: str


def read_header_box(pages: list[Page]) -> HeaderBox:
    for page in pages:
        for position, line in enumerate(page.lines):
            match = _BOX.match(line.text)
            if match is not None:
                return _box(page, position, line)
    raise NotAReport(t("lhe.no_box"))


def _box(page: Page, position: int, line: Line) -> HeaderBox:
    size = line.size
    value = _nearest(
        [w for w in page.words if is_decimal(w.text) and w.x0 > line.words[0].x1],
        line,
        reach=3 * size,
    )
    if value is None:
        raise NotAReport(t("lhe.box_no_index", page=page.number))
    predicate = _predicate(page, value)
    if predicate is None:
        raise NotAReport(t("lhe.box_no_predicate", page=page.number))
    text, predicate_x0 = predicate
    edge = min(value.x0, predicate_x0) - 0.5 * size  # the name ends left of value and predicate
    name_words = [w for w in line.words if w.x1 <= edge]
    # The name may wrap inside the box: following lines in capitals, left of the value.
    for below in page.lines[position + 1 :]:
        if below.top - line.bottom > 1.5 * size:
            break
        more = [w for w in below.words if w.x1 <= edge]
        joined = " ".join(w.text for w in more)
        if not more or more[0].x0 > line.x0 + 4 * size or not joined.isupper():
            break
        name_words.extend(more)
    box = _BOX.match(" ".join(w.text for w in name_words))
    if box is None:
        raise NotAReport(t("lhe.box_unreadable", page=page.number, text=repr(line.text)))
    canonical = {p.lower(): p for p in PREDICATES}.get(squeeze(text).lower())
    if canonical is None:
        raise NotAReport(t("lhe.box_predicate", page=page.number, text=repr(text)))
    return HeaderBox(
        name=squeeze(box.group(1)),
        index=to_decimal(value.text),
        index_text=value.text,
        predicate=canonical,
    )


def _nearest(words: list[Word], line: Line, reach: float) -> Word | None:
    near = [w for w in words if abs(w.cy - line.cy) <= reach]
    return min(near, key=lambda w: (abs(w.cy - line.cy), w.x0), default=None)


def _predicate(page: Page, value: Word) -> tuple[str, float] | None:
    """The "(Baik)" under or beside the index value: the nearest parenthesised text in the
    value's box, with its left edge."""
    size = value.size
    candidates: list[tuple[float, str, float]] = []
    for line in page.lines:
        if abs(line.cy - value.cy) > 3 * size:
            continue
        words = [
            w for w in line.words if value.x0 - 3 * size <= w.x0 and w.x1 <= value.x1 + 8 * size
        ]
        match = _PREDICATE.match(" ".join(w.text for w in words))
        if words and match is not None:
            candidates.append((abs(line.cy - value.cy), match.group(1), words[0].x0))
    if not candidates:
        return None
    _, text, x0 = min(candidates)
    return text, x0


# Abbreviations of the header box, spelled out as the running text does.
_EXPANSIONS = {"KAB.": "Kabupaten", "KAB": "Kabupaten", "PROV.": "Provinsi", "KOT.": "Kota"}
_SMALL_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "pada", "atas", "dengan"})
_WORD = re.compile(r"[^\W_][\w.'/-]*")


def running_name(printed: str, pages: list[Page]) -> str:
    """The institution as the running text writes it, from the capitals of the header box.

    First the whole name in the running text in other than capitals ("Pemerintah Kota Bandar
    Lampung"), then with abbreviations spelled out (KAB. -> Kabupaten); else word by word, each
    word as the running text spells it, an acronym kept in capitals, other words capitalised.
    """
    text = " ".join(page.text for page in pages)
    words = printed.split()
    spelled = [_EXPANSIONS.get(w.upper(), w) for w in words]
    for candidate in (words, spelled):
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in candidate) + r"(?!\w)"
        found = Counter(
            squeeze(m.group(0))
            for m in re.finditer(pattern, text, re.IGNORECASE)
            if not m.group(0).isupper()
        )
        if found:  # the most capitalised spelling, then the most frequent
            return max(found, key=lambda s: (sum(w[:1].isupper() for w in s.split()), found[s]))
    spellings: dict[str, Counter[str]] = {}
    for token in _WORD.findall(text):
        spellings.setdefault(token.lower(), Counter())[token] += 1
    out: list[str] = []
    for position, (word, expanded) in enumerate(zip(words, spelled, strict=True)):
        if expanded != word:
            out.append(expanded)
            continue
        seen = spellings.get(word.lower(), Counter())
        titled = [s for s, _ in seen.most_common() if s[:1].isupper() and not s.isupper()]
        if titled:
            out.append(titled[0])
        elif position > 0 and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word.isupper() and len(word) <= 3:
            out.append(word)  # an acronym: DKI
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)

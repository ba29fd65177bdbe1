"""Bounds on the work of reading a PDF, so that a hostile file is refused after a fixed amount
of work, whatever it holds: pages, object look-ups, decompressed bytes, content interpreted,
forms drawn inside forms, glyphs (on a page, and on all pages) and entries of fonts'
character maps.

pdfminer.six has no such bounds: an object that refers to itself (`6 0 obj 6 0 R endobj` as a
page's /Resources) makes it loop forever, a 1 MiB stream inflates to gigabytes, a character
map of one line maps four billion codes. Each bound is far above what a real report needs
(the five real reports, 7 to 13 pages, use at most 13 % of any, most under 1 %; `LIMITS`).

How: `Budget` counts, and raises `LimitReached` once a count passes its limit (and again at
every later count, so that a library `except` cannot swallow it for good). The counts are
taken where pdfminer does the work: the document's object look-up (`BoundedDocument`), the
interpreter and the device this package creates (`BoundedInterpreter`, `BoundedDevice`), and,
as pdfminer's stream decoders and character maps are module functions and classes it calls
by name, bounded replacements installed once in `pdfminer.pdftypes` and on `FileUnicodeMap`
and `FileCMap` (spbe is the only user of pdfminer in its process). They count only while a
budget is active (`active(budget)`), else they behave as pdfminer's own.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from io import BytesIO
from typing import Any

from pdfminer import cmapdb, pdftypes
from pdfminer.converter import PDFPageAggregator
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFParser

from spbe_cli.errors import SpbeError

PAGES = "pages"
LOOKUPS = "lookups"
DECODED = "decoded"
CONTENT = "content"
DEPTH = "depth"
GLYPHS = "glyphs"
ALL_GLYPHS = "all_glyphs"
MAPPINGS = "mappings"

# What the five real reports use at most is in brackets; the first 6 pages of the regulations
# in ../shared/reference/official/ (read until refused as no report) stay within three times
# these. A bomb refused at these bounds peaks under 80 MB.
LIMITS: dict[str, int] = {
    PAGES: 100,  # pages read [13]
    LOOKUPS: 100_000,  # object look-ups, repeated ones included [186]
    DECODED: 32 * 1024 * 1024,  # bytes decompressed from all streams together [170 KB]
    CONTENT: 4 * 1024 * 1024,  # bytes of content interpreted, forms each time drawn [167 KB]
    DEPTH: 16,  # forms drawn inside forms [0]
    GLYPHS: 50_000,  # glyphs drawn on one page (pdfminer: about 1.5 KB each) [3,998]
    ALL_GLYPHS: 300_000,  # glyphs drawn on all pages, kept as words [19,323]
    MAPPINGS: 200_000,  # entries of fonts' character maps, all fonts together [251]
}

_STEP = 256 * 1024  # bytes inflated at a time


class LimitReached(SpbeError):
    """A bound of `LIMITS` was passed: `what` names it, `limit` is its value (caught by
    pdftext.read_pages, which says it as a NotAReport)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.limit = LIMITS[what]
        super().__init__(f"{what} > {self.limit}")


class Budget:
    """What one reading has used of each limit."""

    def __init__(self) -> None:
        self.used = dict.fromkeys(LIMITS, 0)
        self.passed: str | None = None  # the first limit passed, kept

    def spend(self, what: str, amount: int = 1) -> None:
        if self.passed is not None:
            raise LimitReached(self.passed)
        self.used[what] += amount
        if self.used[what] > LIMITS[what]:
            self.passed = what
            raise LimitReached(what)

    def exceed(self, what: str) -> None:
        """Passed, whatever was counted (a depth, not a sum)."""
        self.passed = self.passed or what
        raise LimitReached(self.passed)

    def room(self, what: str, amount: int) -> None:
        """Refuse before work whose result may be `amount` large (nothing is spent)."""
        if self.used[what] + amount > LIMITS[what]:
            self.spend(what, amount)


_active: list[Budget] = []


@contextmanager
def active(budget: Budget) -> Iterator[Budget]:
    """Count pdfminer's work against `budget` while the block runs."""
    _active.append(budget)
    try:
        yield budget
    finally:
        _active.remove(budget)


def _spend(what: str, amount: int) -> None:
    if _active:
        _active[-1].spend(what, amount)


def _room(what: str, amount: int) -> None:
    if _active:
        _active[-1].room(what, amount)


# ---------------------------------------------------------------- documents, pages, glyphs


class BoundedDocument(PDFDocument):
    """A PDFDocument that counts every object look-up (a reference resolved, a page found)."""

    def __init__(self, parser: PDFParser, budget: Budget) -> None:
        self.budget = budget
        super().__init__(parser)

    def getobj(self, objid: int) -> object:
        self.budget.spend(LOOKUPS)
        return super().getobj(objid)


class BoundedDevice(PDFPageAggregator):
    """The page aggregator, counting the glyphs of each page."""

    def __init__(self, resources: Any, budget: Budget) -> None:
        super().__init__(resources, laparams=None)
        self.budget = budget

    def begin_page(self, page: Any, ctm: Any) -> None:
        self.budget.used[GLYPHS] = 0
        super().begin_page(page, ctm)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.budget.spend(GLYPHS)
        self.budget.spend(ALL_GLYPHS)
        return float(super().render_char(*args, **kwargs))


class BoundedInterpreter(PDFPageInterpreter):
    """The page interpreter, counting the content it interprets and how deep forms nest."""

    depth = 0

    def dup(self) -> PDFPageInterpreter:  # pdfminer makes one for each form it draws
        copy = BoundedInterpreter(self.rsrcmgr, self.device)
        copy.depth = self.depth + 1
        if copy.depth > LIMITS[DEPTH] and _active:
            _active[-1].exceed(DEPTH)
        return copy

    def execute(self, streams: Sequence[object]) -> None:
        for stream in streams:
            found = pdftypes.resolve1(stream)
            if isinstance(found, pdftypes.PDFStream):
                _spend(CONTENT, len(found.get_data()))
        super().execute(streams)


# ---------------------------------------------------------------- stream decoders


def _inflate(inflater: Any, data: bytes) -> bytes:
    """`data` fed to a zlib decompressor, its output counted as it comes."""
    out: list[bytes] = []
    piece = inflater.decompress(data, _STEP)
    while True:
        _spend(DECODED, len(piece))
        out.append(piece)
        if not inflater.unconsumed_tail and (len(piece) < _STEP or inflater.eof):
            return b"".join(out)
        piece = inflater.decompress(inflater.unconsumed_tail, _STEP)


def _decompress(data: bytes) -> bytes:
    """zlib.decompress, counted."""
    inflater = zlib.decompressobj()
    out = _inflate(inflater, data)
    if not inflater.eof:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's decompress_corrupted (a stream whose checksum is wrong: what inflates before
    its last bytes), counted, and linear (pdfminer's joins byte by byte)."""
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    for start in range(0, len(data), 4096):
        chunk = data[start : start + 4096]
        saved = inflater.copy()
        try:
            out.append(_inflate(inflater, chunk))
            continue
        except zlib.error:
            inflater = saved
        for offset in range(len(chunk)):
            try:
                out.append(_inflate(inflater, chunk[offset : offset + 1]))
            except zlib.error:
                if start + offset < len(data) - 3:
                    raise
                return b"".join(out)
    return b"".join(out)


class _Zlib:
    """What pdfminer.pdftypes uses of the zlib module."""

    error = zlib.error
    decompress = staticmethod(_decompress)
    decompressobj = staticmethod(zlib.decompressobj)


def _lzwdecode(data: bytes) -> bytes:
    out: list[bytes] = []
    for piece in LZWDecoder(BytesIO(data)).run():
        _spend(DECODED, len(piece))
        out.append(piece)
    return b"".join(out)


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 32000-1, 7.4.5), counted."""
    out = bytearray()
    position = 0
    while position < len(data):
        length = data[position]
        if length == 128:
            break
        if length < 128:
            piece = data[position + 1 : position + length + 2]
            position += length + 2
        else:
            piece = data[position + 1 : position + 2] * (257 - length)
            position += 2
        _spend(DECODED, len(piece))
        out += piece
    return bytes(out)


def _at_most(decode: Callable[..., bytes], ratio: Callable[[bytes, Any], int]) -> Any:
    """A decoder whose output is at most `ratio(data, params)` bytes: refused beforehand when
    that would pass the limit, its output counted after."""

    def bounded(data: bytes, *args: Any) -> bytes:
        _room(DECODED, ratio(data, args[0] if args else None))
        out = decode(data, *args)
        _spend(DECODED, len(out))
        return out

    return bounded


def _ccitt_most(data: bytes, params: Any) -> int:
    # A row takes at least one bit; each is `Columns` bits wide. Never met in a real report's
    # text layer (pdfminer decodes no image), so this coarse bound refuses nothing needed.
    columns = pdftypes.resolve1(params.get("Columns", 1728)) if isinstance(params, dict) else 1728
    return len(data) * 8 * ((int(columns) + 7) // 8) if isinstance(columns, int) else 0


def _add(original: Callable[..., None]) -> Callable[..., None]:
    def counted(self: Any, *args: Any) -> None:
        _spend(MAPPINGS, 1)
        original(self, *args)

    return counted


def _install() -> None:
    names = vars(pdftypes)
    names["zlib"] = _Zlib
    names["decompress_corrupted"] = _decompress_corrupted
    names["lzwdecode"] = _lzwdecode
    names["rldecode"] = _rldecode
    names["ascii85decode"] = _at_most(names["ascii85decode"], lambda data, _: 4 * len(data) + 4)
    names["asciihexdecode"] = _at_most(names["asciihexdecode"], lambda data, _: len(data) + 1)
    names["ccittfaxdecode"] = _at_most(names["ccittfaxdecode"], _ccitt_most)
    for cls, method in (
        (cmapdb.FileUnicodeMap, "add_cid2unichr"),
        (cmapdb.FileCMap, "add_code2cid"),
    ):
        setattr(cls, method, _add(getattr(cls, method)))


_install()

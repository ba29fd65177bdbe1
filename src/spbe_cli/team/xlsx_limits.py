"""Bounds on the work of reading a form workbook (`spbe merge`), checked before openpyxl builds
it: every part of the zip is read once, streamed, and its XML parsed with defusedxml (no DTD
entities: no XXE, no billion laughs, no quadratic blow-up), each problem named with the
workbook and the sheet, cell or part.

What is bounded: the parts (how many, and their sizes once decompressed: the sizes the zip
declares, then the bytes actually read), Excel's own limits (32,767 characters a cell,
1,048,576 rows, 16,384 columns), the XML elements together with the cells merged ranges and
hyperlink ranges cover (openpyxl makes an object for each), and every style and shared-string
index a cell or row names (openpyxl raises IndexError on one that does not exist). A form spbe
writes uses a small part of each.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from spbe_cli.errors import InputError, Problem, SpbeError
from spbe_cli.i18n import t
from spbe_cli.team.layout import MAX_CELL

MAX_PARTS = 1_000  # files in the zip (a form: 11)
MAX_UNZIPPED = 16 * 1024 * 1024  # bytes, all parts decompressed together (a form: < 100 KB)
MAX_ROWS = 1_048_576  # Excel's
MAX_COLUMNS = 16_384  # Excel's (XFD)
# XML elements of all parts, plus the cells merged ranges and hyperlink ranges cover: openpyxl
# makes an object of each (a cell takes about 560 bytes), and builds some parts as whole trees.
MAX_ELEMENTS = 250_000  # (a form of the whole 2020 kerangka: 2,478)

_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
_CHUNK = 64 * 1024
# What a damaged part raises: bad XML, a bad zip entry, an unknown compression, a password.
_DAMAGED = (
    ParseError,
    ValueError,
    zipfile.BadZipFile,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


class _Refused(SpbeError):
    """A bound passed deep in the scan (`check` turns it into the InputError)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def check(data: bytes, name: str) -> None:
    """InputError (naming `name` and where) unless the workbook in `data` stays within the
    bounds; otherwise nothing: openpyxl may then read it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InputError([Problem(name, 1, 1, t("form.not_a_workbook", file=name))]) from None
    try:
        _Scan(archive, infos, name).run()
    except _Refused as refused:
        raise InputError([refused.problem]) from None


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


@dataclass
class _Sheet:
    title: str
    cell: str | None = None  # the cell being read
    kind: str = "n"  # its type attribute
    value: str | None = None
    length: int = 0  # characters of its inline text so far (rich text: several runs)


@dataclass
class _Scan:
    archive: zipfile.ZipFile
    infos: list[zipfile.ZipInfo]
    name: str
    left: int = MAX_UNZIPPED
    elements: int = 0
    styles: int = 1  # cell formats (cellXfs); openpyxl has one when a workbook names none
    differential: int = 0  # dxfs
    strings: int = 0  # shared strings
    titles: dict[str, str] = field(default_factory=dict)  # worksheet part -> sheet title

    def count(self, elements: int) -> None:
        self.elements += elements
        if self.elements > MAX_ELEMENTS:
            raise self.refuse(t("form.limit_elements", limit=MAX_ELEMENTS))

    def refuse(self, message: str, row: int = 1, column: int = 1) -> _Refused:
        return _Refused(Problem(self.name, row, column, message))

    def run(self) -> None:
        if len(self.infos) > MAX_PARTS:
            raise self.refuse(t("form.limit_parts", limit=MAX_PARTS))
        declared = sum(info.file_size for info in self.infos)
        if declared > MAX_UNZIPPED:
            raise self.refuse(t("form.limit_unzipped", limit=MAX_UNZIPPED))
        by_name = {info.filename: info for info in self.infos}
        self.titles = self._titles(by_name)
        first = ("xl/styles.xml", "xl/sharedStrings.xml")
        for info in [by_name[n] for n in first if n in by_name] + [
            info for info in self.infos if info.filename not in first
        ]:
            self._part(info)

    # ------------------------------------------------------------ reading parts

    def _stream(self, info: zipfile.ZipInfo) -> IO[bytes]:
        return io.BufferedReader(_Counted(self, info), _CHUNK)

    def _events(self, info: zipfile.ZipInfo) -> Iterator[tuple[str, str, Any]]:
        """(start|end, local tag name, element) of an XML part; ended elements are dropped
        from their parent, so memory stays flat however long the part."""
        stack: list[Any] = []
        try:
            with self._stream(info) as source:
                for event, element in iterparse(source, events=("start", "end")):
                    tag = element.tag.rpartition("}")[2]
                    if event == "start":
                        self.count(1)
                        stack.append(element)
                        yield "start", tag, element
                        continue
                    stack.pop()
                    yield "end", tag, element
                    if stack:
                        stack[-1].remove(element)
        except DefusedXmlException:
            message = t("form.xml_forbidden", part=self.part_name(info))
            raise self.refuse(message) from None
        except _DAMAGED as error:
            raise self.damaged(info, error) from None

    def damaged(self, info: zipfile.ZipInfo, error: Exception) -> _Refused:
        detail = " ".join(str(error).split())[:160] or type(error).__name__
        return self.refuse(t("form.xml_bad", part=self.part_name(info), detail=detail))

    def part_name(self, info: zipfile.ZipInfo) -> str:
        """A part's path, and its sheet's title for a worksheet."""
        title = self.titles.get(info.filename)
        sheet = f" ({t('form.sheet', sheet=title)})" if title is not None else ""
        return info.filename + sheet

    def _part(self, info: zipfile.ZipInfo) -> None:
        try:
            self._read(info)
        except _DAMAGED as error:
            raise self.damaged(info, error) from None

    def _read(self, info: zipfile.ZipInfo) -> None:
        path = info.filename
        if path in self.titles:
            self._worksheet(info, _Sheet(self.titles[path]))
        elif path == "xl/styles.xml":
            self._stylesheet(info)
        elif path == "xl/sharedStrings.xml":
            self._shared_strings(info)
        elif path.endswith((".xml", ".rels", ".vml")):
            for _ in self._events(info):
                pass
        else:
            with self._stream(info) as source:
                while source.read(_CHUNK):
                    pass

    def _titles(self, by_name: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
        """Worksheet part -> its sheet's title (xl/workbook.xml and its relationships)."""
        targets: dict[str, str] = {}
        if "xl/_rels/workbook.xml.rels" in by_name:
            for event, tag, element in self._events(by_name["xl/_rels/workbook.xml.rels"]):
                if event == "start" and tag == "Relationship":
                    target = str(element.get("Target", ""))
                    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                    targets[str(element.get("Id", ""))] = str(PurePosixPath(path))
        titles: dict[str, str] = {}
        if "xl/workbook.xml" in by_name:
            for event, tag, element in self._events(by_name["xl/workbook.xml"]):
                if event == "start" and tag == "sheet":
                    rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), "")
                    if rid in targets:
                        titles[targets[rid]] = str(element.get("name", ""))
        return titles

    def _stylesheet(self, info: zipfile.ZipInfo) -> None:
        formats = differential = 0
        parents: list[str] = []
        for event, tag, _ in self._events(info):
            if event == "start":
                formats += tag == "xf" and parents[-1:] == ["cellXfs"]
                differential += tag == "dxf" and parents[-1:] == ["dxfs"]
                parents.append(tag)
            else:
                parents.pop()
        self.styles, self.differential = max(formats, 1), differential

    def _shared_strings(self, info: zipfile.ZipInfo) -> None:
        length = 0
        for event, tag, element in self._events(info):
            if event == "end" and tag == "t":
                length += len(element.text or "")
            elif event == "end" and tag == "si":
                if length > MAX_CELL:
                    where = t("form.shared_string", part=info.filename, n=self.strings)
                    raise self.refuse(t("form.limit_cell", where=where, limit=MAX_CELL))
                self.strings += 1
                length = 0

    # ------------------------------------------------------------ worksheets

    def _where(self, sheet: _Sheet, ref: str) -> str:
        return t("form.cell", sheet=sheet.title, cell=ref)

    def _cell(self, sheet: _Sheet, ref: str) -> tuple[int, int]:
        """Row and column of a cell reference within Excel's limits."""
        found = _REF.match(ref)
        row = int(found[2]) if found else 0
        column = _column_number(found[1]) if found else 0
        if not (1 <= row <= MAX_ROWS and 1 <= column <= MAX_COLUMNS):
            message = t(
                "form.limit_ref",
                where=t("form.sheet", sheet=sheet.title),
                ref=ref[:40],
                rows=MAX_ROWS,
                columns=MAX_COLUMNS,
            )
            raise self.refuse(message)
        return row, column

    def _index(self, sheet: _Sheet, ref: str, value: Any, count: int, key: str) -> None:
        """A style or shared-string index that must be below `count`."""
        text = str(value).strip()
        if not text.isdigit() or int(text) >= count:
            row, column = self._cell(sheet, ref)
            message = t(key, where=self._where(sheet, ref), index=text[:20], count=count)
            raise self.refuse(message, row, column)

    def _range(self, sheet: _Sheet, ref: str) -> None:
        first, _, last = ref.partition(":")
        top, left = self._cell(sheet, first)
        bottom, right = self._cell(sheet, last or first)
        self.count((abs(bottom - top) + 1) * (abs(right - left) + 1))

    def _worksheet(self, info: zipfile.ZipInfo, sheet: _Sheet) -> None:
        for event, tag, element in self._events(info):
            if event == "start":
                self._opened(sheet, tag, element)
            else:
                self._closed(sheet, tag, element)

    def _opened(self, sheet: _Sheet, tag: str, element: Any) -> None:
        if tag == "c":
            ref = str(element.get("r", "A1"))
            self._cell(sheet, ref)
            sheet.cell, sheet.kind, sheet.value = ref, str(element.get("t", "n")), None
            sheet.length = 0
            if element.get("s") is not None:
                self._index(sheet, ref, element.get("s"), self.styles, "form.bad_style")
        elif tag == "row":
            ref = f"A{element.get('r', '1')}"
            self._cell(sheet, ref)
            if element.get("s") is not None:
                self._index(sheet, ref, element.get("s"), self.styles, "form.bad_style")
        elif tag == "col":
            for key in ("min", "max"):
                number = str(element.get(key, "1"))
                if not number.isdigit() or not 1 <= int(number) <= MAX_COLUMNS:
                    self._cell(sheet, f"{number[:10]}?")  # refused, naming Excel's limits
            if element.get("style") is not None:
                self._index(sheet, "A1", element.get("style"), self.styles, "form.bad_style")
        elif tag in ("mergeCell", "hyperlink"):
            self._range(sheet, str(element.get("ref", "A1")))
        elif tag == "cfRule" and element.get("dxfId") is not None:
            self._index(sheet, "A1", element.get("dxfId"), self.differential, "form.bad_style")

    def _closed(self, sheet: _Sheet, tag: str, element: Any) -> None:
        if tag in ("v", "t", "f") and sheet.cell is not None:
            text = element.text or ""
            sheet.length += len(text) if tag == "t" else 0
            if max(len(text), sheet.length) > MAX_CELL:
                row, column = self._cell(sheet, sheet.cell)
                where = self._where(sheet, sheet.cell)
                raise self.refuse(t("form.limit_cell", where=where, limit=MAX_CELL), row, column)
            if tag == "v":
                sheet.value = text
        elif tag == "c" and sheet.cell is not None:
            if sheet.kind == "s" and sheet.value is not None:
                ref = sheet.cell
                self._index(sheet, ref, sheet.value, self.strings, "form.bad_string")
            sheet.cell = None


class _Counted(io.RawIOBase):
    """A part's bytes as they are decompressed, counted against what the zip declares and
    against what is left of MAX_UNZIPPED."""

    def __init__(self, scan: _Scan, info: zipfile.ZipInfo) -> None:
        super().__init__()
        self.scan = scan
        self.info = info
        self.raw = scan.archive.open(info)
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(min(len(buffer), _CHUNK))
        self.count += len(data)
        self.scan.left -= len(data)
        if self.count > self.info.file_size:
            raise self.scan.refuse(t("form.limit_declared", part=self.info.filename))
        if self.scan.left < 0:
            message = t("form.limit_unzipped", limit=MAX_UNZIPPED)
            raise self.scan.refuse(message)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()

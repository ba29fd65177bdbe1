"""A small spreadsheet formula evaluator for the subset the xlsx report writes: numbers, cell
references and ranges (optionally on another sheet), + - * / and unary minus, parentheses,
SUM, SUMPRODUCT, ROUND and LOOKUP.

Written for the tests, independent of the renderer. Two arithmetics:
* exact: every number is a Fraction (constants read from their decimal text) - the formulas
  must give the core's exact values;
* float: IEEE doubles like a spreadsheet, with ROUND working as Excel's and LibreOffice's do
  (on the value's 15 significant digits, halves away from zero) - the predicate must still be
  right despite binary noise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from openpyxl.utils.cell import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook

Value = Any  # Fraction | float | str | list[Value] (a range)

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
      | (?P<ref>(?:(?:'[^']+'|[A-Za-z_][\w.]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
      | (?P<func>[A-Z][A-Z0-9.]*)\(
      | (?P<string>"(?:[^"]|"")*")
      | (?P<op>[-+*/(),])
    )""",
    re.VERBOSE,
)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def tokens(formula: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    at = 0
    text = formula.rstrip()
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None:
            raise ValueError(f"cannot read formula at {text[at:]!r}")
        kind = match.lastgroup
        assert kind is not None
        out.append((kind, match.group(kind)))
        at = match.end()
    return out


@dataclass
class Evaluator:
    book: Workbook
    exact: bool = True
    overrides: Mapping[tuple[str, str], Value] = field(default_factory=dict)
    _memo: dict[tuple[str, str], Value] = field(default_factory=dict)

    # ------------------------------------------------------------ cells

    def cell(self, sheet: str, ref: str) -> Value:
        key = (sheet, ref.replace("$", ""))
        if key in self.overrides:
            return self.number(self.overrides[key])
        if key not in self._memo:
            raw = self.book[sheet][key[1]].value
            if isinstance(raw, str) and raw.startswith("="):
                self._memo[key] = self.formula(raw[1:], sheet)
            else:
                self._memo[key] = self.number(raw)
        return self._memo[key]

    def number(self, raw: Value) -> Value:
        if isinstance(raw, bool) or raw is None:
            return Fraction(0) if self.exact else 0.0  # empty cells count as 0
        if isinstance(raw, int | float | Fraction | Decimal):
            return Fraction(str(raw)) if self.exact else float(raw)
        return raw

    def range(self, sheet: str, ref: str) -> list[Value]:
        start, _, end = ref.replace("$", "").partition(":")
        c0, r0 = _split(start)
        c1, r1 = _split(end or start)
        return [
            self.cell(sheet, f"{get_column_letter(c)}{r}")
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
        ]

    # ------------------------------------------------------------ formulas

    def formula(self, text: str, sheet: str) -> Value:
        parser = _Parser(tokens(text), self, sheet)
        value = parser.expression()
        if parser.at != len(parser.items):
            raise ValueError(f"trailing input in {text!r}")
        return value

    def round(self, value: Value, places: Value) -> Value:
        digits = int(places)
        if self.exact:
            scaled = abs(value) * 10**digits
            units = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)
            return Fraction(units if value >= 0 else -units, 10**digits)
        decimal = Decimal(format(value, ".15g"))  # what the spreadsheet rounds
        return float(decimal.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def _split(ref: str) -> tuple[int, int]:
    match = _CELL.fullmatch(ref)
    assert match, ref
    return column_index_from_string(match.group(1)), int(match.group(2))


class _Parser:
    def __init__(self, items: list[tuple[str, str]], ev: Evaluator, sheet: str) -> None:
        self.items, self.ev, self.sheet, self.at = items, ev, sheet, 0

    def peek(self) -> tuple[str, str] | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> tuple[str, str]:
        item = self.items[self.at]
        self.at += 1
        return item

    def expect(self, op: str) -> None:
        kind, text = self.take()
        if (kind, text) != ("op", op):
            raise ValueError(f"expected {op!r}, got {text!r}")

    def expression(self) -> Value:
        value = self.term()
        while (item := self.peek()) and item[0] == "op" and item[1] in "+-":
            op = self.take()[1]
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self) -> Value:
        value = self.unary()
        while (item := self.peek()) and item[0] == "op" and item[1] in "*/":
            op = self.take()[1]
            right = self.unary()
            value = value * right if op == "*" else value / right
        return value

    def unary(self) -> Value:
        item = self.peek()
        if item == ("op", "-"):
            self.take()
            return -self.unary()
        if item == ("op", "+"):
            self.take()
            return self.unary()
        return self.atom()

    def atom(self) -> Value:
        kind, text = self.take()
        if kind == "number":
            return Fraction(text) if self.ev.exact else float(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            sheet, ref = self.sheet, text
            if "!" in text:
                sheet, ref = text.rsplit("!", 1)
                sheet = sheet.strip("'").replace("''", "'")
            return self.ev.range(sheet, ref) if ":" in ref else self.ev.cell(sheet, ref)
        if kind == "func":
            return self.call(text)
        if (kind, text) == ("op", "("):
            value = self.expression()
            self.expect(")")
            return value
        raise ValueError(f"unexpected {text!r}")

    def call(self, name: str) -> Value:
        args: list[Value] = []
        if self.peek() != ("op", ")"):
            args.append(self.expression())
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expression())
        self.expect(")")
        function = FUNCTIONS.get(name)
        if function is None:
            raise ValueError(f"function {name} is not in the evaluated subset")
        return function(self.ev, args)


def _flat(args: list[Value]) -> Iterator[Value]:
    for arg in args:
        if isinstance(arg, list):
            yield from arg
        else:
            yield arg


def _sum(ev: Evaluator, args: list[Value]) -> Value:
    zero: Value = Fraction(0) if ev.exact else 0.0
    return sum((v for v in _flat(args) if not isinstance(v, str)), zero)


def _sumproduct(ev: Evaluator, args: list[Value]) -> Value:
    first, second = args
    assert isinstance(first, list) and isinstance(second, list) and len(first) == len(second)
    zero: Value = Fraction(0) if ev.exact else 0.0
    return sum((a * b for a, b in zip(first, second, strict=True)), zero)


def _round(ev: Evaluator, args: list[Value]) -> Value:
    value, places = args
    return ev.round(value, places)


def _lookup(ev: Evaluator, args: list[Value]) -> Value:
    """LOOKUP(value, ascending vector, result vector): the result beside the largest entry
    not above value."""
    value, keys, results = args
    found = None
    for key, result in zip(keys, results, strict=True):
        if key <= value:
            found = result
    if found is None:
        raise ValueError("#N/A")
    return found


FUNCTIONS: dict[str, Callable[[Evaluator, list[Value]], Value]] = {
    "SUM": _sum,
    "SUMPRODUCT": _sumproduct,
    "ROUND": _round,
    "LOOKUP": _lookup,
}

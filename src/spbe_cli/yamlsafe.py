"""Reading YAML that may be hostile, as the person who wrote it meant it, keeping enough to
point at any problem.

The text is composed into nodes by libyaml (the C parser) when it is available, then turned
into plain values here, not by PyYAML's constructor:

- no tag is honoured but `!!str` (so no object is built and `!!int abc` cannot crash);
- an alias is refused (so an alias bomb costs nothing); duplicate keys are reported (PyYAML
  silently keeps the last one); mapping keys keep their literal text ("35.1" and 35.1 are the
  same key, 35.10 is not);
- a plain number is read only in the form YAML 1.1 (PyYAML) and YAML 1.2 (editors, JSON
  Schema tools) read alike: `2024`, `-3`, `3.75`. Forms the two read differently, or that
  people rarely mean (`03750` is octal 2024 to PyYAML, `2_024`, `0x7E8`, `1:30` is 90,
  `1e3`), are refused with the advice to write plain digits; decimals become exact Decimals
  read from their text, never binary floats;
- text may not hold characters YAML forbids (U+FFFE, U+FFFF, lone surrogates) or control
  characters, even written as escapes.

The common answer file (`tahun`, `instansi`, `kerangka`, then one `id: value` line per
indicator) is read from its lines by plainyaml.py, its values typed by the same function; its
nodes are composed only when a problem needs a position.

Files may be UTF-8 (with or without a byte-order mark), or UTF-16 or UTF-32 (as Notepad's
"Unicode" saves them); line ends may be LF, CRLF or CR. Positions are counted in characters
and lines as an editor shows them. Positions of values are looked up in the kept node tree
only when a problem has to be reported.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.i18n import oserror, t
from spbe_cli.plainyaml import plain_data

MAX_BYTES = 1024 * 1024
"""Largest file read, in bytes (1 MiB); a complete answer file with long penjelasan is ~50 KiB."""
MAX_DEPTH = 16
"""Deepest nesting accepted; an answer file needs 6 (an evidence item's keys)."""
MAX_NUMBER_CHARS = 32
"""Longest number read (a level, year or score has a few digits; 5000 digits is an attack)."""

_CORE = "tag:yaml.org,2002:"
_PLAIN = "spbe:plain"  # a plain scalar, typed here only if it is a value
_STR, _SEQ, _MAP = _CORE + "str", _CORE + "seq", _CORE + "map"


class _DeferringResolver(yaml.resolver.BaseResolver):
    """Leaves plain scalars unresolved while composing; `_plain_value` types them later."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _Loader(CParser, yaml.constructor.BaseConstructor, _DeferringResolver):
        """libyaml's parser and composer, with the deferring resolver."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.constructor.BaseConstructor.__init__(self)
            _DeferringResolver.__init__(self)

else:  # pragma: no cover - PyYAML built without libyaml: the same, in pure Python

    class _Loader(  # type: ignore[no-redef]
        yaml.reader.Reader,
        yaml.scanner.Scanner,
        yaml.parser.Parser,
        yaml.composer.Composer,
        yaml.constructor.BaseConstructor,
        _DeferringResolver,
    ):
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.BaseConstructor.__init__(self)
            _DeferringResolver.__init__(self)


def _compose(text: str) -> yaml.Node | None:
    """The single document's node tree (what yaml.compose does, with our loader)."""
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


# ---------------------------------------------------------------- plain scalars

NULLS = frozenset({"", "~", "null", "Null", "NULL"})
TRUE = frozenset({"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
FALSE = frozenset({"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})
"""YAML 1.1 booleans, as PyYAML reads them (YAML 1.2 keeps `yes`/`on` as text). No value of
an answer file is a boolean, so reading them as booleans only sharpens the message."""
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]*|\.[0-9]+")
"""A decimal both YAML versions read alike (PyYAML reads "-.5" as text: a sign needs a digit
before the point)."""
_NUMBERISH = (
    r"[-+]?(?:[1-9][0-9_]*(?::[0-5]?[0-9])+"  # sexagesimal 1:30 (08:30 is text to both)
    r"|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"  # and its float form, 0:30.5
    r"|0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+"  # binary, octal, hex (0X1 is text to both)
    r"|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"  # underscores, leading zeros, 1e3
    r"|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?"  # a digit first: `._` is text to both
    r"|\.(?:inf|Inf|INF|nan|NaN|NAN))"
)
"""Anything YAML 1.1 or 1.2 reads as a number (or infinity / not-a-number): a sign, a digit or
a point first (the pattern is compiled on first use: most files never need it)."""
_NUMBER_FIRST = frozenset("+-.0123456789")


def _numberish(text: str) -> bool:
    return text[:1] in _NUMBER_FIRST and re.fullmatch(_NUMBERISH, text) is not None


_SEXAGESIMAL = re.compile(r"[0-9]+:[0-9]+")


def _unsigned_int(text: str) -> bool:
    """Plain ASCII digits without a leading zero (or "0"), short enough: what _plain_value
    reads as an int, told without a regular expression."""
    return (
        text.isdigit()
        and text.isascii()
        and len(text) <= MAX_NUMBER_CHARS
        and (text[0] != "0" or len(text) == 1)
    )


def _plain_value(text: str, *, own_line: bool = True) -> tuple[Any, str | None]:
    """A plain scalar's value, or (None, the reason it is refused). `1:30` on a line of its
    own is a key and a value missing the space after the colon; after a key on its line
    (`tahun: 1:30`) it is YAML 1.1's base-60 number, to be written in plain digits."""
    if text in NULLS:
        return None, None
    if text in TRUE:
        return True, None
    if text in FALSE:
        return False, None
    if len(text) > MAX_NUMBER_CHARS and _numberish(text):
        return None, t("yaml.number_long", count=len(text), limit=MAX_NUMBER_CHARS)
    if _INT.fullmatch(text):
        return int(text), None
    if _DECIMAL.fullmatch(text):
        return Decimal(text), None
    if own_line and _SEXAGESIMAL.fullmatch(text):
        key, value = text.split(":", 1)
        return None, t("yaml.no_space_after_colon", text=text, key=key, value=value)
    if _numberish(text):
        return None, t("yaml.number_form", text=text)
    return text, None  # text, dates included (they stay the text written)


def _typed(text: str) -> tuple[Any, bool]:
    """A plain scalar after a key on its line, as the converter types it: (value, accepted)."""
    if _unsigned_int(text):
        return int(text), True
    value, refusal = _plain_value(text, own_line=False)
    return value, refusal is None


# ---------------------------------------------------------------- the parsed document


Pair = tuple[yaml.Node, yaml.Node]


@dataclass(frozen=True)
class Document:
    """A parsed YAML file: its plain value and the node tree used to find positions."""

    name: str
    data: Any
    root: yaml.Node | None  # None when read by plainyaml.py: composed from `text` on first use
    problems: tuple[Problem, ...] = ()  # found while reading but not fatal: duplicate keys
    text: str = field(default="", compare=False, repr=False)
    _keys: dict[int, dict[str, Pair]] = field(default_factory=dict, compare=False, repr=False)
    _tree: list[yaml.Node] = field(default_factory=list, compare=False, repr=False)

    def tree(self) -> yaml.Node:
        """The node tree, composed from the text the first time it is needed."""
        if self.root is not None:
            return self.root
        if not self._tree:
            try:
                composed = _compose(self.text)
            except yaml.YAMLError as error:  # plainyaml and libyaml disagree: libyaml's word
                raise InputError([_syntax_problem(self.text, self.name, error)]) from None
            assert composed is not None  # plainyaml read a mapping from this text
            self._tree.append(composed)
        return self._tree[0]

    def children(self, node: yaml.MappingNode) -> dict[str, Pair]:
        """A mapping node's (key node, value node) by key text, the first of duplicates; built
        once per mapping, so reporting n problems costs O(n), not O(n²)."""
        found = self._keys.get(id(node))
        if found is None:
            found = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    found.setdefault(k.value, (k, v))
            self._keys[id(node)] = found
        return found

    def node(self, path: Iterable[str | int]) -> tuple[yaml.Node, yaml.Node | None]:
        """The node at `path` and its key node (None for a list item or the root). A path that
        does not exist gives the deepest mapping or list that does."""
        node: yaml.Node = self.tree()
        key_node: yaml.Node | None = None
        for part in path:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                pair = self.children(node).get(str(part)) if isinstance(part, str) else None
                if pair is not None:
                    key_node, child = pair
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(part, int)
                and 0 <= part < len(node.value)
            ):
                key_node, child = None, node.value[part]
            if child is None:
                key_node = None
                break
            node = child
        return node, key_node

    def position(self, path: Iterable[str | int], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at `path`, or of its key when `key` is set."""
        node, key_node = self.node(path)
        mark = (key_node if key and key_node is not None else node).start_mark
        return mark.line + 1, mark.column + 1

    def problem(
        self, path: Iterable[str | int], message: str, *, key: bool = False, subject: str = ""
    ) -> Problem:
        line, column = self.position(path, key=key)
        return Problem(self.name, line, column, message, subject)

    def quoted(self, path: Iterable[str | int]) -> bool:
        """Whether the scalar at `path` was written in quotes (or with !!str)."""
        node, _ = self.node(path)
        return isinstance(node, yaml.ScalarNode) and node.tag == _STR


# ---------------------------------------------------------------- bytes to text


_READ = os.O_RDONLY | getattr(os, "O_BINARY", 0)
"""Windows: the bytes as they are (without O_BINARY, CRLF is read as LF and Ctrl-Z ends it)."""


def read_bytes(path: Path, name: str, limit: int = MAX_BYTES) -> bytes:
    """Up to `limit` + 1 bytes of a file, or a UsageError (exit 2) when it is not a file."""
    try:
        descriptor = os.open(path, _READ)  # a folder opens; reading it is refused
        try:
            return bounded_read(descriptor, limit + 1)
        finally:
            os.close(descriptor)
    except IsADirectoryError:
        raise UsageError(t("file.is_folder", name=name)) from None
    except FileNotFoundError:
        raise UsageError(t("file.missing", name=name)) from None
    except PermissionError:
        raise UsageError(t("file.no_permission", name=name)) from None
    except OSError as error:
        raise UsageError(t("file.unreadable", name=name, reason=oserror.reason(error))) from None


_FIRST_READ = 64 * 1024


def bounded_read(descriptor: int, size: int) -> bytes:
    """Up to `size` bytes of an open file, to its end: what `open(...).read(size)` gives,
    in two system calls for a small file (a buffered file object also asks the file's size,
    whether it is a terminal and where it stands, and would set `size` bytes of memory aside
    first). A pipe may give less than asked at each read: reading goes on to the end. After
    the first 64 KB, each read asks as much as has come, so a big file takes few reads and
    no memory is set aside beyond twice what it holds."""
    first = os.read(descriptor, min(size, _FIRST_READ))
    if not first:
        return first
    pieces, got = [first], len(first)
    while got < size:
        piece = os.read(descriptor, min(size - got, max(got, _FIRST_READ)))
        if not piece:
            break
        pieces.append(piece)
        got += len(piece)
    return first if len(pieces) == 1 else b"".join(pieces)


def read_text(path: Path, name: str) -> str:
    """The file's text, refusing what cannot be a YAML file (exit 3) or is not a file (2)."""
    return decode(read_bytes(path, name), name)


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _encoding(raw: bytes) -> tuple[str, int]:
    """The encoding YAML 1.2 (§5.2) detects from the first bytes, and the length of the
    byte-order mark: a mark, else the pattern of NUL bytes around the first ASCII character."""
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return encoding, len(mark)
    head = raw[:4]
    if len(head) == 4 and head[:3] == b"\x00\x00\x00" and head[3]:
        return "utf-32-be", 0
    if len(head) == 4 and head[0] and head[1:] == b"\x00\x00\x00":
        return "utf-32-le", 0
    if len(head) >= 2 and head[0] == 0 and head[1]:
        return "utf-16-be", 0
    if len(head) >= 2 and head[0] and head[1] == 0:
        return "utf-16-le", 0
    return "utf-8", 0


def decode(raw: bytes, name: str) -> str:
    """Text from bytes, line ends made LF, or an InputError saying why these bytes are not a
    YAML file."""
    if len(raw) > MAX_BYTES:
        raise InputError([Problem(name, 1, 1, t("file.too_large", size=MAX_BYTES // 1024**2))])
    encoding, skip = _encoding(raw)
    try:
        text = raw[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        line, column = _byte_position(raw, skip + error.start, encoding)
        if encoding == "utf-8":
            bad = raw[skip + error.start : skip + error.start + 1].hex()
            message = t("file.not_utf8", byte=bad)
        else:
            message = t("file.bad_encoding", encoding=encoding.upper())
        raise InputError([Problem(name, line, column, message)]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        line, column = _line_column(text, nul)
        raise InputError([Problem(name, line, column, t("file.binary"))])
    if not text.strip():
        raise InputError([Problem(name, 1, 1, t("file.empty"))])
    return text


def _byte_position(raw: bytes, offset: int, encoding: str) -> tuple[int, int]:
    """Line and column of a byte offset where decoding failed (the text before it decodes)."""
    before = raw[:offset].decode(encoding, errors="replace")
    before = before.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _line_column(before, len(before))


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---------------------------------------------------------------- text to values


def parse(text: str, name: str, *, shortcut: bool = True) -> Document:
    """Compose and convert YAML text (LF line ends); every problem found is raised together.

    The common answer file is read from its lines (plainyaml.py) unless `shortcut` is off; a
    test holds the two ways equal."""
    bad = _forbidden(text)
    if bad is not None:
        line, column = _line_column(text, bad)
        raise InputError([Problem(name, line, column, _forbidden_message(text[bad]))])
    data = plain_data(text, _typed) if shortcut else None
    if data is not None:
        return Document(name, data, None, text=text)
    try:
        root = _compose(text)
    except yaml.YAMLError as error:
        raise InputError([_syntax_problem(text, name, error)]) from None
    if root is None:
        raise InputError([Problem(name, 1, 1, t("yaml.only_comments"))])
    problems: list[Problem] = []
    # An alias needs an anchor (&name): without "&" in the text there is nothing to track.
    converter = _Converter(name, problems, anchors="&" in text)
    data = converter.value(root, 1)
    if converter.aliased:
        line, column = _first_alias(text)
        problems.append(Problem(name, line, column, t("yaml.alias")))
    if problems:  # hostile or unreadable content: refused outright
        raise InputError(problems + converter.duplicates)
    return Document(name, data, root, tuple(converter.duplicates))


def load(path: Path, name: str | None = None) -> Document:
    """Read, check and parse one YAML file (duplicate keys are left in `problems`)."""
    shown = name if name is not None else str(path)
    return parse(read_text(path, shown), shown)


_FORBIDDEN = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
"""Characters YAML does not allow in a file (C0/C1 controls but tab and line ends, lone
surrogates, U+FFFE, U+FFFF). Compiled on first use: an ASCII text, as most files are, is
searched for the ASCII ones only, a pattern much quicker to compile."""
_FORBIDDEN_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _forbidden(text: str) -> int | None:
    found = _FORBIDDEN_ASCII.search(text) if text.isascii() else re.search(_FORBIDDEN, text)
    return None if found is None else found.start()


def _forbidden_message(char: str) -> str:
    return t("yaml.forbidden_char", code=f"U+{ord(char):04X}")


_TAB_INDENT = r"(?m)^[ ]*\t"
_GLUED = r"^[ ]*(?:- +)?([^\s#'\"\[\]{}:,-][^\s:#]*):([^\s/:#][^\s#]*)[ ]*(?:[ ]#.*)?$"
"""A line that is a key and a value with no space after the colon (`1:3`), as people type it
(these two, for problems only, are compiled on first use: re's own cache)."""


def _syntax_problem(text: str, name: str, error: yaml.YAMLError) -> Problem:
    """One readable problem for a text libyaml could not parse, on the line to fix."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        line, column = mark.line + 1, mark.column + 1
    else:
        position = getattr(error, "position", None)
        line, column = _line_column(text, position) if isinstance(position, int) else (1, 1)
    lines = text.split("\n")
    tab = re.search(_TAB_INDENT, text)
    if tab is not None and _line_column(text, tab.start())[0] <= line:
        line, column = _line_column(text, tab.end() - 1)
        return Problem(name, line, column, t("yaml.tab"))
    for number in range(max(line - 2, 1), min(line, len(lines)) + 1):  # the first, at or above
        glued = re.match(_GLUED, lines[number - 1])
        if glued:
            key, value = glued.groups()
            where = lines[number - 1].index(":") + 1
            message = t("yaml.no_space_after_colon", text=f"{key}:{value}", key=key, value=value)
            return Problem(name, number, where, message)
    return Problem(name, line, column, _syntax_message(error))


_SYNTAX = (  # what libyaml says -> what to tell a person
    ("mapping values are not allowed", "yaml.colon_in_value"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),
    ("expected <block end>", "yaml.indentation"),
    ("did not find expected key", "yaml.indentation"),
    ("did not find expected '-' indicator", "yaml.indentation"),
    ("expected ',' or ']'", "yaml.unclosed_bracket"),
    ("expected ',' or '}'", "yaml.unclosed_bracket"),
    ("found undefined alias", "yaml.alias"),
    ("but found another document", "yaml.two_documents"),
    ("found unknown escape character", "yaml.escape"),
    ("maximum nesting depth", "yaml.nesting"),
    ("found invalid Unicode character escape code", "yaml.escape_code"),
    ("found character that cannot start any token", "yaml.bad_start"),
)


def _syntax_message(error: yaml.YAMLError) -> str:
    said = (
        " ".join(
            str(part)
            for part in (getattr(error, "context", None), getattr(error, "problem", None))
            if part
        )
        or str(error).splitlines()[0]
    )
    for needle, key in _SYNTAX:
        if needle in said:
            return t(key)
    return t("yaml.invalid", detail=said)


def _first_alias(text: str) -> tuple[int, int]:
    """Where the first alias is: composed nodes only know where the anchored value stands."""
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent) and mark is not None:
            return mark.line + 1, mark.column + 1
    return 1, 1


class _Converter:
    """Turns composed nodes into plain values (dict, list, str, int, Decimal, bool, None)."""

    def __init__(self, name: str, problems: list[Problem], *, anchors: bool = True) -> None:
        self.name = name
        self.problems = problems
        self.anchors = anchors
        self.seen: set[int] = set()
        self.aliased = False  # reported once, at the first alias, by parse()
        self.duplicates: list[Problem] = []  # the first value is kept; reported with the rest

    def fail(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.name, mark.line + 1, mark.column + 1, message))

    def value(self, node: yaml.Node, depth: int, key: str = "", own_line: bool = True) -> Any:
        if self.anchors:
            if id(node) in self.seen:  # the same node twice: an alias
                self.aliased = True
                return None
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.fail(node, t("yaml.too_deep", limit=MAX_DEPTH))
            return None
        tag = node.tag
        if isinstance(node, yaml.ScalarNode) and tag in (_PLAIN, _STR):
            if tag == _STR:
                bad = _forbidden(node.value)  # written as an escape ("\\e", "\\uFFFF")
                if bad is not None:
                    self.fail(node, _forbidden_message(node.value[bad]))
                return node.value
            text = node.value
            if _unsigned_int(text):  # the common case, read as _plain_value reads it
                return int(text)
            value, refusal = _plain_value(text, own_line=own_line)
            if refusal is not None:
                self.fail(node, refusal)
            return value
        if isinstance(node, yaml.MappingNode) and tag == _MAP:
            return self.mapping(node, depth, key)
        if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            return [self.value(item, depth + 1, own_line=False) for item in node.value]
        shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
        self.fail(node, t("yaml.tag", tag=shown))
        return None

    def mapping(self, node: yaml.MappingNode, depth: int, parent: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, t("yaml.complex_key"))
                continue
            key = key_node.value
            if key in first_line:
                mark = key_node.start_mark
                self.duplicates.append(
                    Problem(
                        self.name,
                        mark.line + 1,
                        mark.column + 1,
                        t("yaml.duplicate_key", key=key, line=first_line[key]),
                        # names the indicator for answer files' `indikator` mapping
                        f"indikator {key}" if parent == "indikator" and depth == 2 else key,
                    )
                )
                continue
            first_line[key] = key_node.start_mark.line + 1
            own_line = value_node.start_mark.line != key_node.start_mark.line
            result[key] = self.value(value_node, depth + 1, key, own_line)
        return result


_ESCAPED_WHEN_WRITTEN = "[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
"""Characters JSON leaves raw that a YAML scalar may not hold raw (DEL, C1 controls and NEL,
line and paragraph separators, lone surrogates, the BOM, non-characters); compiled when a
file is first written."""


def quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar on one line, for every file spbe writes (`init`,
    `import`, `split`, `merge`): JSON's escapes, which YAML shares, a \\u escape for each
    character that would reorder or hide text in an editor (renderers.text.json_safe: bidi
    overrides such as U+202E, zero-width characters) and for each character YAML may not
    hold raw. What this module refuses even escaped (controls, U+FFFE,
    U+FFFF) is still refused when the file is read back, never written silently as something
    else."""
    import json  # only for writers

    from spbe_cli.renderers.text import json_safe  # bidi and zero-width too, as in JSON

    body = json_safe(json.dumps(text, ensure_ascii=False))
    return re.sub(_ESCAPED_WHEN_WRITTEN, lambda m: f"\\u{ord(m.group()):04x}", body)

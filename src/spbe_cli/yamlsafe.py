"""Reading YAML that may be hostile, keeping enough to point at any problem.

The text is composed into nodes by libyaml (the C parser) when it is available, then turned
into plain values here, not by PyYAML's constructor: no tag beyond the YAML core schema is
honoured, an alias is refused (so an alias bomb costs nothing), duplicate keys are reported
(PyYAML silently keeps the last one), floats become exact Decimals read from their text, and
mapping keys keep their literal text ("35.1" and 35.1 are the same key, 35.10 is not).
Positions are looked up in the kept node tree only when a problem has to be reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.errors import InputError, Problem, UsageError

MAX_BYTES = 1024 * 1024
"""Largest file read, in bytes (1 MiB); a complete answer file with long penjelasan is ~50 KiB."""
MAX_DEPTH = 16
"""Deepest nesting accepted; an answer file needs 4 levels."""
MAX_NUMBER_CHARS = 32
"""Longest number read (a level, year or score has a few digits; 5000 digits is an attack)."""
MAX_EXPONENT = 20
"""Largest power of ten a number may reach (1.0e+999999999 would take forever to make exact)."""

_CORE = "tag:yaml.org,2002:"
_PLAIN = "spbe:plain"  # a plain scalar whose type is decided only if it is a value
_STR, _SEQ, _MAP = _CORE + "str", _CORE + "seq", _CORE + "map"


class _DeferringResolver(yaml.resolver.BaseResolver):
    """Leaves plain scalars unresolved while composing: mapping keys keep their text anyway,
    and values are resolved afterwards by `_implicit_tag` with PyYAML's own YAML 1.1 rules."""

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


_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers


def _implicit_tag(value: str) -> str:
    """The tag PyYAML's safe loader gives a plain scalar (yaml.resolver.Resolver.resolve)."""
    resolvers = _IMPLICIT.get(value[0] if value else "", []) + _IMPLICIT.get(None, [])
    for tag, pattern in resolvers:
        if pattern.match(value):
            return str(tag)
    return _STR


_INT_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_DECIMAL_INT = re.compile(r"[-+]?(0|[1-9][0-9_]*)")
_TRUE = frozenset({"yes", "true", "on"})
_KINDS = {
    _CORE + kind: kind
    for kind in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "value")
}


@dataclass(frozen=True)
class Document:
    """A parsed YAML file: its plain value and the node tree used to find positions."""

    name: str
    data: Any
    root: yaml.Node
    problems: tuple[Problem, ...] = ()  # found while reading but not fatal: duplicate keys

    def position(self, path: Iterable[str | int], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at `path`, or of its key when `key` is set.

        A path that does not exist points at the deepest mapping or list that does.
        """
        node: yaml.Node = self.root
        key_node: yaml.Node | None = None
        for part in path:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == part:
                        key_node, child = k, v
                        break
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
        mark = (key_node if key and key_node is not None else node).start_mark
        return mark.line + 1, mark.column + 1

    def problem(
        self, path: Iterable[str | int], message: str, *, key: bool = False, subject: str = ""
    ) -> Problem:
        line, column = self.position(path, key=key)
        return Problem(self.name, line, column, message, subject)


def read_text(path: Path, name: str) -> str:
    """The file's text, refusing what cannot be an answer file (exit 3) or is not a file (2)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory, not a YAML file") from None
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except PermissionError:
        raise UsageError(f"{name}: permission denied") from None
    except OSError as error:
        raise UsageError(f"{name}: cannot be read ({error.strerror})") from None
    return decode(raw, name)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text from bytes, or an InputError saying why these bytes are not an answer file."""

    def fail(offset: int, message: str) -> InputError:
        line = raw.count(b"\n", 0, offset) + 1
        column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
        return InputError([Problem(name, line, column, message)])

    if len(raw) > MAX_BYTES:
        raise fail(
            0, f"file is larger than {MAX_BYTES // 1024 // 1024} MiB; answer files are small"
        )
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise fail(nul, "file holds binary data (a NUL byte); an answer file is UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex()
        raise fail(error.start, f"byte 0x{bad} is not UTF-8; save the file as UTF-8 text") from None
    if not text.strip():
        raise fail(0, "file is empty; expected a YAML mapping (an answer file starts with tahun)")
    return text


def parse(text: str, name: str) -> Document:
    """Compose and convert YAML text; every problem found is raised together."""
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise InputError([Problem(name, line, column, f"not valid YAML: {what}")]) from None
    except yaml.YAMLError as error:
        position = getattr(error, "position", None)
        line, column = _line_column(text, position) if position is not None else (1, 1)
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError([Problem(name, line, column, f"not valid YAML: {detail}")]) from None
    if root is None:
        raise InputError([Problem(name, 1, 1, "file holds only comments; nothing to read")])
    problems: list[Problem] = []
    # An alias needs an anchor (&name): without "&" in the text there is nothing to track.
    converter = _Converter(name, problems, anchors="&" in text)
    data = converter.value(root, 1)
    if converter.aliased:
        line, column = _first_alias(text)
        problems.append(
            Problem(
                name, line, column, "aliases (*name) are not allowed; write the value out in full"
            )
        )
    if problems:  # hostile or unreadable content: refused outright
        raise InputError(problems + converter.duplicates)
    return Document(name, data, root, tuple(converter.duplicates))


def _first_alias(text: str) -> tuple[int, int]:
    """Where the first alias is: composed nodes only know where the anchored value stands."""
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent) and mark is not None:
            return mark.line + 1, mark.column + 1
    return 1, 1


def load(path: Path, name: str | None = None) -> Document:
    """Read, check and parse one YAML file (duplicate keys are left in `problems`)."""
    shown = name if name is not None else str(path)
    return parse(read_text(path, shown), shown)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


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

    def value(self, node: yaml.Node, depth: int, key: str = "") -> Any:
        if self.anchors:
            if id(node) in self.seen:  # the same node twice: an alias
                self.aliased = True
                return None
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.fail(node, f"nested more than {MAX_DEPTH} levels deep; answer files need 4")
            return None
        tag = node.tag
        if tag == _PLAIN:
            tag = node.tag = _implicit_tag(node.value)
        kind = _KINDS.get(tag)
        if kind is None:
            return self.bad_tag(node)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, kind)
        if isinstance(node, yaml.MappingNode) and kind == "map":
            return self.mapping(node, depth, key)
        if isinstance(node, yaml.SequenceNode) and kind == "seq":
            return [self.value(item, depth + 1) for item in node.value]
        return self.bad_tag(node)

    def bad_tag(self, node: yaml.Node) -> None:
        tag = "!!" + node.tag[len(_CORE) :] if node.tag.startswith(_CORE) else node.tag
        self.fail(node, f"tag {tag} is not allowed; only plain YAML values are read")

    def mapping(self, node: yaml.MappingNode, depth: int, parent: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, "a key must be plain text, not a list or mapping")
                continue
            key = key_node.value
            if key in first_line:
                mark = key_node.start_mark
                self.duplicates.append(
                    Problem(
                        self.name,
                        mark.line + 1,
                        mark.column + 1,
                        f"duplicate key '{key}' (first at line {first_line[key]}); "
                        "each key may appear once",
                        # names the indicator for answer files' `indikator` mapping
                        f"indikator {key}" if parent == "indikator" and depth == 2 else key,
                    )
                )
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.value(value_node, depth + 1, key)
        return result

    def scalar(self, node: yaml.ScalarNode, kind: str) -> Any:
        text: str = node.value
        if kind == "str":
            return text
        if kind == "null":
            return None
        if kind == "bool":
            return text.lower() in _TRUE
        if kind in ("int", "float") and len(text) > MAX_NUMBER_CHARS:
            self.fail(
                node,
                f"number of {len(text)} characters; years, levels and scores "
                f"have at most {MAX_NUMBER_CHARS}",
            )
            return None
        if kind == "int":
            if _DECIMAL_INT.fullmatch(text):
                return int(text.replace("_", ""))
            return _INT_CONSTRUCTOR.construct_yaml_int(node)
        if kind == "float":
            try:
                number = Decimal(text.replace("_", ""))
            except InvalidOperation:
                return text
            if number.is_finite() and abs(number.adjusted()) > MAX_EXPONENT:
                self.fail(node, f"number {text} is out of range; write it in plain digits")
                return None
            return number if number.is_finite() else text
        return text  # timestamp, merge (<<) and value (=): kept as the text written

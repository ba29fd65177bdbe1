"""Mapping tables (pemetaan) between two kerangka: loaded, validated and looked up here.

A table is a YAML file `<dari>_<ke>.yaml` in the `pemetaan/` subfolder of a weights folder
(the package's `weights/pemetaan/`, or `pemetaan/` inside a `--weights DIR`). It pairs the
domains, aspects and indicators of an older kerangka with those of a newer one. Every id of
both kerangka appears exactly once; an entry with one side empty says the other side has no
counterpart. How well each pairing is established is data too (`keyakinan`). A table is used
in either direction. A table whose indicator pairings are all `dugaan` (guessed: no source ties
them) is used only when asked (`--termasuk-dugaan`); otherwise only the index and predikat
are compared across it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from pydantic_core import SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, Problem
from spbe_cli.folders import regular_files
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.frameworks.catalog import shipped_folder
from spbe_cli.i18n import t
from spbe_cli.schemas import optional, record, required, schema_problems

FOLDER = "pemetaan"
Confidence = Literal["primer", "sebagian", "dugaan"]
CONFIDENCE: tuple[Confidence, ...] = ("primer", "sebagian", "dugaan")
SECTIONS = ("domain", "aspek", "indikator")

_NAME = cs.str_schema(strict=True, min_length=1)
_TEXT = cs.str_schema(strict=True)
_IDS = cs.list_schema(_NAME, strict=True)
_LINKS = cs.list_schema(
    record(
        {
            "lama": required(_IDS),
            "baru": required(_IDS),
            "keyakinan": required(cs.literal_schema(list(CONFIDENCE))),
            "catatan": optional(_TEXT),
        }
    ),
    strict=True,
)
TABLE = SchemaValidator(
    record(
        {
            "dari": required(_NAME),
            "ke": required(_NAME),
            "nama": required(_NAME),
            "sumber": optional(cs.list_schema(_TEXT, strict=True)),
            "catatan": optional(_TEXT),
            "domain": optional(_LINKS),
            "aspek": optional(_LINKS),
            "indikator": required(_LINKS),
        }
    )
)


@dataclass(frozen=True)
class Link:
    """One entry: these old ids correspond to these new ids (one side empty: no counterpart)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    confidence: Confidence
    note: str = ""


@dataclass(frozen=True)
class Crosswalk:
    """A checked mapping table, oriented from `old` to `new` kerangka."""

    old: str
    new: str
    name: str
    sources: tuple[str, ...]
    note: str
    domains: tuple[Link, ...]
    aspects: tuple[Link, ...]
    indicators: tuple[Link, ...]
    origin: str
    reversed: bool = False  # True when the file is written from `new` to `old`

    @property
    def guesses_only(self) -> bool:
        """Whether no pairing of indicators rests on a source: every entry that pairs ids on
        both sides says `dugaan`. Such a table is compared row by row only on request."""
        return all(link.confidence == "dugaan" for link in self.indicators if link.old and link.new)

    @property
    def table_id(self) -> str:
        """The table's name as written: `dari_ke`, whichever way it is read."""
        first, second = (self.new, self.old) if self.reversed else (self.old, self.new)
        return f"{first}_{second}"

    def flipped(self) -> Crosswalk:
        """The same table read in the other direction."""

        def swap(links: tuple[Link, ...]) -> tuple[Link, ...]:
            return tuple(replace(link, old=link.new, new=link.old) for link in links)

        return replace(
            self,
            old=self.new,
            new=self.old,
            domains=swap(self.domains),
            aspects=swap(self.aspects),
            indicators=swap(self.indicators),
            reversed=not self.reversed,
        )


def _groups(framework: Framework, section: str) -> list[str]:
    if section == "domain":
        return [d.id for d in framework.domains]
    if section == "aspek":
        return [a.id for a in framework.aspects]
    return [i.id for i in framework.indicators]


def build(document: yamlsafe.Document, catalog: Catalog, origin: str) -> Crosswalk:
    """Validate a parsed mapping table against the two kerangka it names (InputError)."""
    if document.problems:  # duplicate keys
        raise InputError(list(document.problems))
    if not isinstance(document.data, dict):
        raise InputError([document.problem([], "a mapping table (pemetaan) is a YAML mapping")])
    try:
        table: dict[str, Any] = TABLE.validate_python(document.data)
    except ValidationError as error:
        raise InputError(schema_problems(document, error)) from None
    problems = list(_check(table, document, catalog))
    if problems:
        raise InputError(problems)

    def links(section: str) -> tuple[Link, ...]:
        return tuple(
            Link(tuple(e["lama"]), tuple(e["baru"]), e["keyakinan"], e.get("catatan", ""))
            for e in table.get(section, ())
        )

    return Crosswalk(
        old=table["dari"],
        new=table["ke"],
        name=table["nama"],
        sources=tuple(table.get("sumber", ())),
        note=" ".join(table.get("catatan", "").split()),
        domains=links("domain"),
        aspects=links("aspek"),
        indicators=links("indikator"),
        origin=origin,
    )


def _check(table: dict[str, Any], doc: yamlsafe.Document, catalog: Catalog) -> Iterable[Problem]:
    sides: dict[str, Framework] = {}
    for key in ("dari", "ke"):
        framework = catalog.get(table[key])
        if framework is None:
            known = ", ".join(catalog.frameworks)
            yield doc.problem([key], t("pemetaan.unknown", key=key, name=table[key], known=known))
        else:
            sides[key] = framework
    if table["dari"] == table["ke"]:
        yield doc.problem(["ke"], t("pemetaan.same"))
        return
    if len(sides) < 2:
        return
    for section in SECTIONS:
        entries = table.get(section)
        if entries is not None:
            for side, framework in (("lama", sides["dari"]), ("baru", sides["ke"])):
                yield from _check_side(doc, section, entries, side, framework)
            for n, entry in enumerate(entries):
                if not entry["lama"] and not entry["baru"]:
                    yield doc.problem([section, n], t("pemetaan.empty", section=section, n=n + 1))


def _check_side(
    doc: yamlsafe.Document,
    section: str,
    entries: list[dict[str, Any]],
    side: str,
    framework: Framework,
) -> Iterable[Problem]:
    """Each id of one side is the kerangka's and appears once; every id of it appears."""
    allowed = _groups(framework, section)
    seen: dict[str, int] = {}
    for n, entry in enumerate(entries):
        for k, item in enumerate(entry[side]):
            where: list[str | int] = [section, n, side, k]
            if item not in allowed:
                message = t(
                    "pemetaan.not_in", section=section, id=item, framework=framework.id, side=side
                )
                yield doc.problem(where, message)
            elif item in seen:
                message = t(
                    "pemetaan.twice", section=section, id=item, side=side, entry=seen[item] + 1
                )
                yield doc.problem(where, message)
            seen.setdefault(item, n)
    absent = [i for i in allowed if i not in seen]
    if absent:
        message = t(
            "pemetaan.absent",
            section=section,
            framework=framework.id,
            side=side,
            ids=", ".join(absent),
        )
        yield doc.problem([section], message)


def _sources(extra: Sequence[Path]) -> list[tuple[str, str, str]]:
    """(name, text, origin) of every mapping table: shipped ones, then each extra folder's."""
    found: list[tuple[str, str, str]] = []
    folder = shipped_folder().joinpath(FOLDER)
    if folder.is_dir():
        found += sorted(
            (f"weights/{FOLDER}/{entry.name}", entry.read_text(encoding="utf-8"), "bawaan")
            for entry in folder.iterdir()
            if entry.name.endswith(".yaml")
        )
    for base in extra:
        if not (base / FOLDER).is_dir():
            continue
        for path in regular_files(base / FOLDER, (".yaml",)):
            found.append((str(path), yamlsafe.read_text(path, str(path)), str(path)))
    return found


def _pair(name: str) -> tuple[str, str] | None:
    stem = Path(name).stem
    old, sep, new = stem.partition("_")
    return (old, new) if sep and old and new else None


def find(catalog: Catalog, old: str, new: str, extra: Sequence[Path] = ()) -> Crosswalk | None:
    """The mapping table between kerangka `old` and `new`, oriented old -> new, or None.

    Only the table for this pair is read and checked; a later folder wins over an earlier one
    and over the shipped table.
    """
    chosen: tuple[str, str, str] | None = None
    for source in _sources(extra):
        pair = _pair(source[0])
        if pair in ((old, new), (new, old)):
            chosen = source
    if chosen is None:
        return None
    return _orient(_load(chosen, catalog), old)


def _orient(crosswalk: Crosswalk, old: str) -> Crosswalk:
    return crosswalk if crosswalk.old == old else crosswalk.flipped()


def _load(source: tuple[str, str, str], catalog: Catalog) -> Crosswalk:
    name, text, origin = source
    crosswalk = build(yamlsafe.parse(text, name), catalog, origin)
    if _pair(name) != (crosswalk.old, crosswalk.new):
        expected = f"{crosswalk.old}_{crosswalk.new}.yaml"
        raise InputError([Problem(name, 1, 1, t("pemetaan.file_name", expected=expected))])
    return crosswalk


def load_all(catalog: Catalog, extra: Sequence[Path] = ()) -> list[Crosswalk]:
    """Every mapping table, each checked (InputError with every problem in every file)."""
    tables: list[Crosswalk] = []
    problems: list[Problem] = []
    for source in _sources(extra):
        try:
            tables.append(_load(source, catalog))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return tables

"""From a table file to a ready Framework: schema, checks, then the exact model (or, for a text
that passed them before, straight from the cache of checked tables)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.frameworks.bandrows import bands
from spbe_cli.frameworks.criteria import FileCriteria, InlineCriteria
from spbe_cli.frameworks.model import (
    Aspect,
    Conversion,
    CriteriaSource,
    Domain,
    Framework,
    Indicator,
    LevelScale,
    OpenPoint,
    YearRule,
)
from spbe_cli.frameworks.tablecache import TableCache
from spbe_cli.i18n import t
from spbe_cli.yamlsafe import Document


def from_text(
    text: str, name: str, origin: str, criteria: FileCriteria | None, cache: TableCache
) -> Framework:
    """The ready Framework of a table file's text (InputError with every problem otherwise):
    from `cache` when this exact text passed every check before, else read and checked, and
    then kept in `cache`."""
    table = cache.get(text)
    if table is not None:
        try:
            inline = _inline(table)
            if inline is None or criteria is None:  # else the long way, which words the problem
                return _ready(table, origin, inline or criteria)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, ZeroDivisionError):
            pass  # a cache file changed by hand: read the table the long way
    table = _checked(yamlsafe.parse(text, name), criteria)
    cache.put(text, table)
    return _ready(table, origin, _inline(table) or criteria)


def build(document: Document, origin: str, criteria: FileCriteria | None = None) -> Framework:
    """Validate a parsed table file and return the ready Framework (InputError otherwise).

    `criteria` is the table's criteria file (kriteria/<id>.yaml beside it), read on first use.
    """
    table = _checked(document, criteria)
    return _ready(table, origin, _inline(table) or criteria)


def _checked(document: Document, criteria: FileCriteria | None) -> dict[str, Any]:
    """The table as its schema returns it, once it has passed every check."""
    # Here, not at the top: a run whose tables are all in the cache never loads pydantic-core
    # (nor the checks).
    from pydantic_core import ValidationError

    from spbe_cli.frameworks import checks
    from spbe_cli.frameworks.table_schema import TABLE
    from spbe_cli.schemas import schema_problems

    if document.problems:
        raise InputError(list(document.problems))
    if not isinstance(document.data, dict):
        raise InputError([document.problem([], t("table.not_mapping"))])
    try:
        table: dict[str, Any] = TABLE.validate_python(document.data)
    except ValidationError as error:
        raise InputError(schema_problems(document, error)) from None
    problems = checks.problems(table, document)
    if _inline(table) is not None and criteria is not None:
        problems.append(document.problem([], t("table.criteria_twice", file=criteria.name)))
    if problems:
        raise InputError(problems)
    return table


def _inline(table: dict[str, Any]) -> CriteriaSource | None:
    """Criteria written in the table itself (tables of your own may do so)."""
    by_indicator = {i["id"]: i["kriteria"] for i in table["indikator"] if "kriteria" in i}
    note = table.get("keterangan_kriteria")
    if not by_indicator and note is None:
        return None
    return InlineCriteria(
        note["sifat"] if note else "",
        " ".join((note or {}).get("catatan", "").split()),
        by_indicator,
    )


def _rule(r: dict[str, Any]) -> YearRule:
    return YearRule(
        r.get("predikat_dari", "tepat"), r.get("terverifikasi", False), r.get("catatan", "")
    )


def _conversion(rule: dict[str, Any] | None) -> Conversion | None:
    if rule is None:
        return None
    return Conversion(
        source=rule["sumber"],
        name=rule["nama"],
        low=rule["skala"][0],
        high=rule["skala"][1],
        offset=rule["rumus"]["tetap"],
        factor=rule["rumus"]["kali"],
        confidence=rule["keyakinan"],
        places=rule.get("desimal"),
        note=" ".join(rule.get("catatan", "").split()),
    )


def _indicators(table: dict[str, Any]) -> tuple[Indicator, ...]:
    aspects = {a["id"]: a for a in table["aspek"]}
    counts = {a: sum(1 for i in table["indikator"] if i["aspek"] == a) for a in aspects}

    def weight(item: dict[str, Any]) -> Fraction:
        aspect = aspects[item["aspek"]]
        given: Fraction | None = item.get("bobot")
        return given if given is not None else aspect["bobot"] / counts[item["aspek"]]

    return tuple(
        Indicator(
            id=i["id"],
            name=i["nama"],
            aspect=i["aspek"],
            domain=aspects[i["aspek"]].get("domain"),
            weight=weight(i),
            note=i.get("catatan", ""),
            conversion=_conversion(i.get("konversi")),
        )
        for i in table["indikator"]
    )


def _ready(table: dict[str, Any], origin: str, criteria: CriteriaSource | None) -> Framework:
    level = table["level"]
    names = table.get("nama_indeks", {})
    return Framework(
        id=table["kerangka"],
        name=table["nama"],
        index_names={k: v for k, v in names.items() if v},
        regulation=table["regulasi"],
        sources=tuple(table.get("sumber", ())),
        status=table["status"],
        status_note=" ".join(table.get("catatan_status", "").split()),
        first_year=table["tahun_mulai"],
        last_year=table.get("tahun_sampai"),
        scale=LevelScale(
            level["min"],
            level["maks"],
            level.get("desimal", 0),
            level.get("pecahan", False),
            level.get("nama", {}),
        ),
        bands=bands(table),
        default_rule=_rule(table.get("aturan_bawaan", {})),
        year_rules={y: _rule(r) for y, r in table.get("aturan_tahun", {}).items()},
        domains=tuple(
            Domain(d["id"], d["nama"], d["bobot"], d.get("level_nama", {}))
            for d in table.get("domain", ())
        ),
        aspects=tuple(
            Aspect(a["id"], a["nama"], a["bobot"], a.get("domain")) for a in table["aspek"]
        ),
        indicators=_indicators(table),
        origin=origin,
        criteria_source=criteria,
        open_points=tuple(
            OpenPoint(p["halaman"], " ".join(p["catatan"].split()))
            for p in table.get("belum_pasti", ())
        ),
    )

"""The rules a weight table must satisfy beyond its schema, one small function per rule.

Each check takes the validated table (plain data) and the parsed document (for positions) and
yields a Problem per breach. build.py runs them all and reports every problem together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

from spbe_cli.errors import Problem
from spbe_cli.exact import display, exact_text
from spbe_cli.frameworks.bandrows import bands
from spbe_cli.frameworks.model import HUNDRED
from spbe_cli.i18n import t
from spbe_cli.vocabulary import ENTRY_KEYS
from spbe_cli.yamlsafe import Document

Table = dict[str, Any]
Check = Callable[[Table, Document], Iterable[Problem]]
ZERO = Fraction(0)
SECTIONS = ("domain", "aspek", "indikator")


def _items(table: Table, section: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = table.get(section, [])
    return items


def ids_are_unique(table: Table, doc: Document) -> Iterable[Problem]:
    for section in SECTIONS:
        seen: set[str] = set()
        for n, item in enumerate(_items(table, section)):
            if item["id"] in seen:
                yield doc.problem(
                    [section, n, "id"], t("table.id_twice", section=section, id=item["id"])
                )
            seen.add(item["id"])


def scale_rises(table: Table, doc: Document) -> Iterable[Problem]:
    if table["level"]["min"] >= table["level"]["maks"]:
        yield doc.problem(["level"], t("table.scale_order"))


def named_levels_are_on_the_scale(table: Table, doc: Document) -> Iterable[Problem]:
    low, high = table["level"]["min"], table["level"]["maks"]
    named: list[tuple[list[str | int], dict[int, str]]] = [
        (["level", "nama"], table["level"].get("nama", {}))
    ]
    named += [
        (["domain", n, "level_nama"], d.get("level_nama", {}))
        for n, d in enumerate(_items(table, "domain"))
    ]
    named += [
        (["indikator", n, "kriteria"], i.get("kriteria", {}))
        for n, i in enumerate(_items(table, "indikator"))
    ]
    for path, names in named:
        for level in names:
            if not low <= level <= high:
                yield doc.problem(path, t("table.level_off_scale", level=level, low=low, high=high))


def conversion_keys_are_free(table: Table, doc: Document) -> Iterable[Problem]:
    """A source key is used by one indicator only and is not a key of an answer entry."""
    owner: dict[str, str] = {}
    for n, ind in enumerate(_items(table, "indikator")):
        rule = ind.get("konversi")
        if rule is None:
            continue
        source = rule["sumber"]
        path: list[str | int] = ["indikator", n, "konversi", "sumber"]
        if source in ENTRY_KEYS:
            yield doc.problem(path, t("table.source_is_answer_key", source=source))
        elif source in owner:
            yield doc.problem(path, t("table.source_taken", source=source, owner=owner[source]))
        owner.setdefault(source, ind["id"])


def conversions_stay_on_the_scale(table: Table, doc: Document) -> Iterable[Problem]:
    """Every score of a conversion's scale gives a value on the level scale (the rule is linear,
    so checking the two ends suffices)."""
    low, high = table["level"]["min"], table["level"]["maks"]
    for n, ind in enumerate(_items(table, "indikator")):
        rule = ind.get("konversi")
        if rule is None:
            continue
        path: list[str | int] = ["indikator", n, "konversi"]
        first, last = rule["skala"]
        factor = rule["rumus"]["kali"]
        if not first < last or factor <= 0:
            yield doc.problem(path, t("table.conversion_shape"))
            continue
        ends = [rule["rumus"]["tetap"] + factor * end for end in (first, last)]
        if not (low <= ends[0] and ends[1] <= high):
            yield doc.problem(
                [*path, "rumus"],
                t(
                    "table.conversion_range",
                    first=display(first),
                    last=display(last),
                    start=exact_text(ends[0]),
                    end=exact_text(ends[1]),
                    low=low,
                    high=high,
                ),
            )


def years_are_ordered(table: Table, doc: Document) -> Iterable[Problem]:
    first, last = table["tahun_mulai"], table.get("tahun_sampai")
    if last is not None and last < first:
        yield doc.problem(["tahun_sampai"], t("table.years_order"))
    for year in table.get("aturan_tahun", {}):
        if year < first or (last is not None and year > last):
            yield doc.problem(["aturan_tahun"], t("table.rule_year", year=year))


def bands_cover_the_scale(table: Table, doc: Document) -> Iterable[Problem]:
    """The bands run from the scale's bottom to its top, each edge in exactly one band: no
    gap (1,50 in neither) and no overlap (1,50 in both)."""
    low, high = table["level"]["min"], table["level"]["maks"]
    rows = bands(table)
    if rows[0].lower != low or not rows[0].lower_in:
        yield doc.problem(["predikat", 0, "dari"], t("table.band_floor", low=low))
    if rows[-1].upper != high or not rows[-1].upper_in:
        yield doc.problem(["predikat", len(rows) - 1], t("table.band_top", high=high))
    for n, band in enumerate(rows):
        if not band.lower < band.upper:
            yield doc.problem(["predikat", n], t("table.band_order"))
        if n == 0:
            continue
        before = rows[n - 1]
        if before.upper != band.lower:
            key = "table.band_gap" if before.upper < band.lower else "table.band_overlap"
            yield doc.problem(["predikat", n, "dari"], t(key, name=band.name))
        elif before.upper_in == band.lower_in:
            key = "table.band_overlap" if band.lower_in else "table.band_gap"
            yield doc.problem(["predikat", n, "dari"], t(key, name=band.name))
    if len({b.name for b in rows}) != len(rows):
        yield doc.problem(["predikat"], t("table.band_names"))


def band_levels_name_the_scale(table: Table, doc: Document) -> Iterable[Problem]:
    """Bands that name levels (`level`) do so for every band, one per level, lowest first."""
    given = [b.get("level") for b in table["predikat"]]
    if all(level is None for level in given):
        return
    low, high = table["level"]["min"], table["level"]["maks"]
    if given != list(range(low, high + 1)):
        yield doc.problem(["predikat"], t("table.band_levels", low=low, high=high))


def groups_are_known(table: Table, doc: Document) -> Iterable[Problem]:
    """Each aspect belongs to a known domain (when there are domains), each indicator to a
    known aspect."""
    domain_ids = [d["id"] for d in _items(table, "domain")]
    for n, aspect in enumerate(_items(table, "aspek")):
        if domain_ids and aspect.get("domain") not in domain_ids:
            yield doc.problem(
                ["aspek", n],
                t("table.aspect_domain", id=aspect["id"], allowed=", ".join(domain_ids)),
            )
        if not domain_ids and "domain" in aspect:
            yield doc.problem(["aspek", n, "domain"], t("table.no_domains"))
    aspect_ids = [a["id"] for a in _items(table, "aspek")]
    for n, ind in enumerate(_items(table, "indikator")):
        if ind["aspek"] not in aspect_ids:
            yield doc.problem(
                ["indikator", n, "aspek"],
                t("table.indicator_aspect", id=ind["id"], allowed=", ".join(aspect_ids)),
            )


def indicator_weights_fill_their_aspect(table: Table, doc: Document) -> Iterable[Problem]:
    indicators = _items(table, "indikator")
    for n, aspect in enumerate(_items(table, "aspek")):
        members = [i for i in indicators if i["aspek"] == aspect["id"]]
        given = [i["bobot"] for i in members if "bobot" in i]
        if not members:
            yield doc.problem(["aspek", n], t("table.aspect_empty", id=aspect["id"]))
        elif given and len(given) != len(members):
            yield doc.problem(["aspek", n], t("table.weights_all_or_none", id=aspect["id"]))
        elif given and sum(given, ZERO) != aspect["bobot"]:
            yield doc.problem(
                ["aspek", n, "bobot"],
                t(
                    "table.aspect_sum",
                    id=aspect["id"],
                    weight=display(aspect["bobot"]),
                    total=display(sum(given, ZERO)),
                ),
            )


def aspect_weights_fill_their_domain(table: Table, doc: Document) -> Iterable[Problem]:
    aspects = _items(table, "aspek")
    for n, domain in enumerate(_items(table, "domain")):
        total = sum((a["bobot"] for a in aspects if a.get("domain") == domain["id"]), ZERO)
        if total != domain["bobot"]:
            yield doc.problem(
                ["domain", n, "bobot"],
                t(
                    "table.domain_sum",
                    id=domain["id"],
                    weight=display(domain["bobot"]),
                    total=display(total),
                ),
            )


def weights_are_positive(table: Table, doc: Document) -> Iterable[Problem]:
    for section in SECTIONS:
        for n, item in enumerate(_items(table, section)):
            if item.get("bobot", 1) <= 0:
                yield doc.problem([section, n, "bobot"], t("table.weight_positive", id=item["id"]))


def aspects_make_a_hundred(table: Table, doc: Document) -> Iterable[Problem]:
    total = sum((a["bobot"] for a in _items(table, "aspek")), ZERO)
    if total != HUNDRED:
        yield doc.problem(["aspek"], t("table.total", total=display(total)))


CHECKS: tuple[Check, ...] = (
    ids_are_unique,
    scale_rises,
    named_levels_are_on_the_scale,
    conversion_keys_are_free,
    conversions_stay_on_the_scale,
    years_are_ordered,
    bands_cover_the_scale,
    band_levels_name_the_scale,
    groups_are_known,
    indicator_weights_fill_their_aspect,
    aspect_weights_fill_their_domain,
    weights_are_positive,
    aspects_make_a_hundred,
)


def problems(table: Table, doc: Document) -> list[Problem]:
    """Every breach of every rule, in rule order."""
    return [problem for check in CHECKS for problem in check(table, doc)]

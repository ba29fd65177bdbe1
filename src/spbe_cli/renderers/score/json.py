"""`--format json`: one object per answer file (an array for several), written with json.dumps.

Numbers are rounded half-up to 2 decimals; `indeks_tepat` keeps the exact value as text (a
finite decimal, or "p/q" when there is none).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple

from spbe_cli.answers import EvidenceItem
from spbe_cli.conversions import Source
from spbe_cli.exact import exact_text
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import level_value as level_value  # re-exported
from spbe_cli.renderers.common import num, tier
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.score import Placed, joined
from spbe_cli.renderers.targets import index_object, index_target_of
from spbe_cli.renderers.text import json_safe
from spbe_cli.scoring import Score, predicate, predicate_basis_value


def score_object(score: Score, *, indicators: bool = True) -> dict[str, Any]:
    """The JSON object of one scored file (`indikator` last, so compact() can append it)."""
    framework = score.framework
    result: dict[str, Any] = {
        "berkas": score.file,
        "instansi": score.institution,
        "tahun": score.year,
        "kerangka": framework.id,
        "status_kerangka": framework.status,
        "indeks": num(score.index),
        "indeks_tepat": exact_text(score.index),
        "predikat": score.predicate,
        "tingkat": tier(framework, score.predicate),
        "dasar_predikat": score.basis,
        "domain": [
            {
                "id": d.id,
                "nama": d.name,
                "bobot": num(d.weight),
                "indeks": num(d.index),
                "indeks_tepat": exact_text(d.index),
                **_band_fields(score, d.index),
            }
            for d in score.domains
        ],
        "aspek": [
            {
                "id": a.id,
                "nama": a.name,
                "domain": a.domain,
                "bobot": num(a.weight),
                "indeks": num(a.index),
                "indeks_tepat": exact_text(a.index),
                **_band_fields(score, a.index),
            }
            for a in score.aspects
        ],
    }
    if not score.complete and score.index_max is not None:
        result["belum_diisi"] = list(score.missing)
        result["indeks_min"] = num(score.index)
        result["indeks_maks"] = num(score.index_max)
        result["indeks_min_tepat"] = exact_text(score.index)
        result["indeks_maks_tepat"] = exact_text(score.index_max)
        result["predikat_min"] = score.predicate
        result["predikat_maks"] = score.predicate_max
        result["tingkat_min"] = tier(framework, score.predicate)
        result["tingkat_maks"] = tier(framework, score.predicate_max)
    target = index_object(index_target_of(score))
    if target is not None:
        result["target"] = target
    if indicators:
        result["indikator"] = [
            {
                **_indicator_fields(s.indicator),
                "level": None if s.level is None else level_value(s.level),
                "level_tepat": None if s.level is None else exact_text(s.level),
                "penjelasan": s.explanation,
                "data_dukung": [evidence_value(e) for e in s.evidence],
                **source_field(s.source),
                **target_field(s.target),
            }
            for s in score.indicators
        ]
    return result


def _band_fields(score: Score, value: Fraction) -> dict[str, Any]:
    """An aspect's band: `predikat` and `tingkat` by the same bands and basis as the index
    (PermenPANRB 8/2026 gives aspects no predikat of their own, p. 38: a guide)."""
    name = predicate(score.framework, score.year, value)
    return {"predikat": name, "tingkat": tier(score.framework, name)}


def target_field(target: Fraction | None) -> dict[str, Any]:
    """`target`, only for an indicator that has one."""
    return {} if target is None else {"target": level_value(target)}


def evidence_value(item: EvidenceItem) -> str | dict[str, Any]:
    """An evidence item as the answer file writes it: a plain text, or its keys (dates as
    YYYY-MM-DD, absent keys left out)."""
    if not item.structured:
        return item.text
    found: dict[str, Any] = {item.kind: item.text, "level": item.level, "status": item.status}
    optional = {
        "kode": item.code,
        "tanggal": item.dated.isoformat() if item.dated else None,
        "berlaku_sampai": item.valid_until.isoformat() if item.valid_until else None,
        "catatan": item.note,
    }
    found.update({key: value for key, value in optional.items() if value is not None})
    return found


def source_field(source: Source | None) -> dict[str, Any]:
    """`konversi`, only for a value converted from another agency's score: the source key, the
    score as written (a JSON number with its written digits) and the exact converted value."""
    if source is None:
        return {}
    score = source.score
    written = score.numerator if score.denominator == 1 else float(score)
    return {
        "konversi": {"sumber": source.key, "skor": written, "nilai_tepat": exact_text(source.exact)}
    }


@lru_cache(maxsize=512)
def _indicator_fields(indicator: Indicator) -> dict[str, Any]:
    """The part of an indicator's JSON that comes from the weight table (same in every file)."""
    return {
        "id": indicator.id,
        "nama": indicator.name,
        "aspek": indicator.aspect,
        "bobot": num(indicator.weight),
    }


@lru_cache(maxsize=512)
def _indicator_prefix(indicator: Indicator) -> str:
    """_indicator_fields as JSON text, open for the fields that follow."""
    return _dumps(_indicator_fields(indicator))[:-1] + ', "level": '


@lru_cache(maxsize=4096)
def _level_only(numerator: int, denominator: int) -> str:
    """What follows an indicator's `"level": ` when it has a level and nothing else beside
    it, as compact() writes it (the common case, written once per level value)."""
    level = Fraction(numerator, denominator)
    return (
        f"{level_value(level)!r}, "
        f'"level_tepat": "{exact_text(level)}", "penjelasan": null, "data_dukung": []}}'
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_string = json.encoder.encode_basestring  # a str as `_dumps` writes it


class _Skeleton(NamedTuple):
    """What compact() writes the same way in every file of one kerangka."""

    framework: str  # `, "kerangka": ..., "status_kerangka": ..., "indeks": `
    bands: tuple[str, ...]  # `"predikat": ..., "tingkat": ...` of each band, lowest first
    domains: tuple[str, ...]  # each one's object up to `"indeks": `
    aspects: tuple[str, ...]
    ids: tuple[tuple[str, ...], tuple[str, ...]]  # the domains' and the aspects' ids, in order


@lru_cache(maxsize=16)
def _skeleton(framework: Framework) -> _Skeleton:
    def opening(fields: dict[str, Any]) -> str:
        return _dumps({**fields, "indeks": 0})[: -len("0}")]

    bands = tuple(
        _dumps({"predikat": b.name, "tingkat": tier(framework, b.name)})[1:-1]
        for b in framework.bands
    )
    domains = tuple(
        opening({"id": d.id, "nama": d.name, "bobot": num(d.weight)}) for d in framework.domains
    )
    aspects = tuple(
        opening({"id": a.id, "nama": a.name, "domain": a.domain, "bobot": num(a.weight)})
        for a in framework.aspects
    )
    head = opening({"kerangka": framework.id, "status_kerangka": framework.status})
    ids = (tuple(d.id for d in framework.domains), tuple(a.id for a in framework.aspects))
    return _Skeleton(", " + head[1:], bands, domains, aspects, ids)


def _head(score: Score) -> str:
    """`_dumps(score_object(score, indicators=False))` without its closing brace, written
    around the values from the kerangka's skeleton."""
    skeleton = _skeleton(score.framework)
    if (
        score.missing  # drafts and targets add fields: written the long way
        or score.target_index is not None
        or score.target_predicate is not None
        or tuple([d.id for d in score.domains]) != skeleton.ids[0]
        or tuple([a.id for a in score.aspects]) != skeleton.ids[1]
    ):
        return _dumps(score_object(score, indicators=False))[:-1]

    def value(index: Fraction) -> str:
        basis = predicate_basis_value(score.framework, score.year, index)
        band = skeleton.bands[score.framework.band_index(basis)]  # as predicate() finds it
        return f'{num(index)!r}, "indeks_tepat": "{exact_text(index)}", {band}'

    domains = zip(skeleton.domains, score.domains, strict=True)
    aspects = zip(skeleton.aspects, score.aspects, strict=True)
    return (
        f'{{"berkas": {_string(score.file)}, "instansi": {_string(score.institution)}, '
        f'"tahun": {score.year!r}{skeleton.framework}{value(score.index)}, '
        f'"dasar_predikat": {_string(score.basis)}, '
        f'"domain": [{", ".join(f"{o}{value(d.index)}}}" for o, d in domains)}], '
        f'"aspek": [{", ".join(f"{o}{value(a.index)}}}" for o, a in aspects)}]'
    )


def compact(score: Score) -> str:
    """Exactly `_dumps(score_object(score))`, without encoding the weight-table text of every
    indicator again for every file (a test holds the two equal)."""
    entries = []
    for item in score.indicators:
        level = item.level
        if (
            level is not None
            and item.explanation is None
            and not item.evidence
            and item.source is None
            and item.target is None
        ):
            entries.append(_plain_entry(item.indicator, level.numerator, level.denominator))
            continue
        shown = "null" if level is None else repr(level_value(level))
        exact = "null" if level is None else f'"{exact_text(level)}"'
        explanation = "null" if item.explanation is None else _dumps(item.explanation)
        evidence = _dumps([evidence_value(e) for e in item.evidence]) if item.evidence else "[]"
        source = "" if item.source is None else ", " + _dumps(source_field(item.source))[1:-1]
        if item.target is not None:
            source += ", " + _dumps(target_field(item.target))[1:-1]
        entries.append(
            f"{_indicator_prefix(item.indicator)}{shown}, "
            f'"level_tepat": {exact}, "penjelasan": {explanation}, '
            f'"data_dukung": {evidence}{source}}}'
        )
    return f'{_head(score)}, "indikator": [{", ".join(entries)}]}}'


_ENTRIES: dict[tuple[Indicator, int, int], str] = {}
"""Each indicator's whole JSON entry per level value it was given (a level and nothing else
beside it: the common case), written once; emptied when full (620 Pemdi files meet about
4,000 pairs; the limit keeps it near 2 MB whatever the values)."""


def _plain_entry(indicator: Indicator, numerator: int, denominator: int) -> str:
    key = (indicator, numerator, denominator)
    entry = _ENTRIES.get(key)
    if entry is None:
        if len(_ENTRIES) >= 8_192:
            _ENTRIES.clear()
        entry = _ENTRIES[key] = _indicator_prefix(indicator) + _level_only(numerator, denominator)
    return entry


def item(placed: Placed, options: Options) -> str:
    """One file: an indented object. Several: an array with one compact object per line."""
    if placed.total == 1:
        return json_document(score_object(placed.score), options.ascii)
    opening = "[\n" if placed.first else ",\n"
    closing = "\n]\n" if placed.last else ""
    return json_safe(opening + compact(placed.score) + closing, options.ascii)


def render(scores: Sequence[Score], options: Options) -> str:
    return joined(item, scores, options)

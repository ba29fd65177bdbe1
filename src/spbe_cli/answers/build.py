"""The validated model of an answer file, built from data the checks found valid."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from spbe_cli import conversions
from spbe_cli.answers.model import Answer, Answers, EvidenceItem, Recommendation
from spbe_cli.answers.stages import pick
from spbe_cli.exact import to_fraction
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t


def answers_of(
    file: str,
    model: dict[str, Any],
    framework: Framework,
    sources: Mapping[str, conversions.Source],
    missing: tuple[str, ...],
    stage: str | None,
) -> Answers:
    found: dict[str, Answer] = {}
    for indicator in framework.indicators:
        entry = model["indikator"].get(indicator.id)
        answer = _answer(indicator.id, entry, sources.get(indicator.id), stage)
        if answer is not None:
            found[indicator.id] = answer
    target = model.get("target_indeks")
    return Answers(
        file=file,
        institution=model["instansi"],
        year=model["tahun"],
        framework=framework,
        levels=found,
        missing=missing,
        warnings=_stage_warnings(file, found.values()),
        recommendations=tuple(_recommendation(r) for r in model.get("rekomendasi", ())),
        target_index=None if target is None else to_fraction(target),
        target_predicate=model.get("target_predikat"),
    )


def _answer(
    indicator: str, entry: Any, source: conversions.Source | None, stage: str | None
) -> Answer | None:
    if entry is None:
        return None
    if not isinstance(entry, dict):
        return Answer(to_fraction(entry))
    level = entry["level"]
    chosen = pick(level, stage)
    if chosen is None:
        return None  # not yet at the stage asked for: not filled in
    value, used = chosen
    owner = entry.get("pj")
    target = entry.get("target")
    return Answer(
        level=to_fraction(value),
        explanation=entry.get("penjelasan"),
        evidence=tuple(_item(i) for i in entry.get("data_dukung", ())),
        source=source,
        stages={k: to_fraction(v) for k, v in level.items()} if isinstance(level, dict) else {},
        stage=used,
        owner=owner,
        target=None if target is None else to_fraction(target),
        recommendations=tuple(
            _recommendation(r, indicator=indicator, owner=owner)
            for r in entry.get("rekomendasi", ())
        ),
    )


def _item(item: str | dict[str, Any]) -> EvidenceItem:
    if isinstance(item, str):
        return EvidenceItem(item)
    kind: Literal["berkas", "tautan"] = "berkas" if "berkas" in item else "tautan"
    return EvidenceItem(
        text=item[kind],
        kind=kind,
        level=item["level"],
        code=item.get("kode"),
        status=item.get("status", "draf"),
        dated=item.get("tanggal"),
        valid_until=item.get("berlaku_sampai"),
        note=item.get("catatan"),
    )


def _recommendation(
    item: dict[str, Any], *, indicator: str | None = None, owner: str | None = None
) -> Recommendation:
    return Recommendation(
        text=item["teks"],
        id=item.get("id"),
        source=item.get("sumber"),
        follow_up=item.get("tindak_lanjut"),
        status=item.get("status", "belum"),
        due=item.get("tenggat"),
        indicator=indicator if indicator is not None else item.get("indikator"),
        aspect=item.get("aspek"),
        owner=item.get("pj", owner),
    )


def _stage_warnings(file: str, found: Iterable[Answer]) -> tuple[str, ...]:
    """One warning when indicators are scored from different stages (a value converted from
    another agency's score has no stages: it is left out)."""
    counts: dict[str, int] = {}
    staged = False
    for answer in found:
        if answer.source is not None:
            continue
        staged = staged or answer.stage is not None
        label = answer.stage or t("stage.none")
        counts[label] = counts.get(label, 0) + 1
    if not staged or len(counts) < 2:
        return ()
    listed = ", ".join(f"{name} ({count})" for name, count in counts.items())
    return (t("stage.mixed", file=file, stages=listed),)

"""What an answer file is checked for against its kerangka, beyond its schema: indicator ids,
values on the kerangka's scale (per stage too), evidence items and targets, and the ids and
aspects recommendations name."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from spbe_cli import levels
from spbe_cli.answers.model import STAGES, ReadOptions
from spbe_cli.answers.stages import pick
from spbe_cli.errors import Problem
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t, t_count
from spbe_cli.ids import id_ranges
from spbe_cli.names import invisible
from spbe_cli.yamlsafe import Document

Path = list[str | int]


def check_entries(
    doc: Document,
    entries: dict[str, Any],
    framework: Framework,
    catalog: Catalog,
    problems: list[Problem],
    options: ReadOptions,
) -> list[str]:
    """Unknown ids and values the kerangka does not allow; returns the ids not filled in (at
    the stage asked for)."""
    unknown = [key for key in entries if key not in framework.by_id]
    other = _other_framework(entries, framework, catalog) if unknown else None
    if other is not None:
        message = t_count(
            "answers.other_kerangka",
            len(unknown),
            other=other.id,
            framework=framework.id,
            year=doc.data.get("tahun"),
        )
        problems.append(doc.problem(["indikator"], message, key=True, subject="indikator"))
        return []
    allowed_ids = id_ranges(framework.by_id)
    for key in unknown:
        split = [i for i in framework.by_id if i.startswith(f"{key}.")]
        hint = t("answers.split_hint", ids=", ".join(split)) if split else ""
        message = t(
            "answers.unknown_indicator",
            id=key,
            framework=framework.id,
            hint=hint,
            allowed=allowed_ids,
        )
        path: Path = ["indikator", key]
        problems.append(doc.problem(path, message, key=True, subject=f"indikator {key}"))
    filled: set[str] = set()
    for key, entry in entries.items():
        if key in framework.by_id:
            _check_entry(doc, key, entry, framework, problems)
            if _filled(entry, options.stage):
                filled.add(key)
    return [i for i in framework.by_id if i not in filled]


def _filled(entry: Any, stage: str | None) -> bool:
    value = entry.get("level") if isinstance(entry, dict) else entry
    if not isinstance(value, dict) or not value or any(key not in STAGES for key in value):
        return True  # a plain value, an empty mapping or an unknown stage (reported on its own)
    return pick(value, stage) is not None


def _number(value: Any) -> int | Decimal | Fraction | None:
    """A value the schema accepts as a number (a quoted fraction read as one), else None."""
    if isinstance(value, str):
        return levels.fraction_text(value)
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        return None  # its shape is reported by the model
    return value


def _value_problem(
    doc: Document, path: Path, subject: str, value: Any, framework: Framework
) -> Problem | None:
    number = _number(value)
    found = levels.problem(framework, number) if number is not None else None
    if not found:
        return None
    message = t(
        "answers.value_problem", subject=subject, problem=found, allowed=levels.allowed(framework)
    )
    return doc.problem(path, message, subject=subject)


def _check_entry(
    doc: Document, key: str, entry: Any, framework: Framework, problems: list[Problem]
) -> None:
    subject = f"indikator {key}"
    if not isinstance(entry, dict):
        found = _value_problem(doc, ["indikator", key], subject, entry, framework)
        problems.extend([found] if found else [])
        return
    level = entry.get("level")
    values: Mapping[str, Any] = level if isinstance(level, dict) else {"": level}
    if isinstance(level, dict) and not level:
        problems.append(doc.problem(["indikator", key, "level"], t("stage.empty", subject=subject)))
    for stage, value in values.items():
        path: Path = ["indikator", key, "level", *([stage] if stage else [])]
        found = _value_problem(doc, path, subject, value, framework)
        problems.extend([found] if found else [])
    if "target" in entry:
        found = _value_problem(
            doc, ["indikator", key, "target"], subject, entry["target"], framework
        )
        problems.extend([found] if found else [])
    evidence = entry.get("data_dukung")
    if isinstance(evidence, list):
        _check_items(doc, key, evidence, framework, problems)


def _check_items(
    doc: Document, key: str, items: list[Any], framework: Framework, problems: list[Problem]
) -> None:
    subject = f"indikator {key}"
    low, high = framework.level_min, framework.level_max
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        path: Path = ["indikator", key, "data_dukung", n]
        where = f"{subject}: data_dukung {n + 1}"
        if ("berkas" in item) == ("tautan" in item):
            problems.append(
                doc.problem(path, t("evidence.file_or_link", where=where), subject=subject)
            )
        level = item.get("level")
        if isinstance(level, int) and not isinstance(level, bool) and not low <= level <= high:
            message = t("evidence.level_range", where=where, level=level, low=low, high=high)
            problems.append(doc.problem([*path, "level"], message, subject=subject))


def _other_framework(
    entries: Mapping[str, Any], framework: Framework, catalog: Catalog
) -> Framework | None:
    """Another kerangka whose ids hold every id of the file, when this one does not."""
    ids = set(entries)
    for other in catalog.ordered():
        if other is not framework and ids <= set(other.by_id):
            return other
    return None


def check_top(
    doc: Document, model: dict[str, Any], framework: Framework, problems: list[Problem]
) -> None:
    """The instansi, the year's targets and the top-level recommendations, against the
    kerangka."""
    if isinstance(model.get("instansi"), str) and invisible(model["instansi"]):
        message = t("answers.instansi_invisible")
        problems.append(doc.problem(["instansi"], message, subject="instansi"))
    if "target_indeks" in model:
        value = Fraction(model["target_indeks"])
        if not framework.level_min <= value <= framework.level_max:
            message = t(
                "answers.target_index_range",
                value=levels.shown(model["target_indeks"]),
                low=framework.level_min,
                high=framework.level_max,
            )
            problems.append(doc.problem(["target_indeks"], message, subject="target_indeks"))
    named = model.get("target_predikat")
    if named is not None and named not in [b.name for b in framework.bands]:
        names = ", ".join(b.name for b in framework.bands)
        message = t("answers.target_predicate", name=named, framework=framework.id, names=names)
        problems.append(doc.problem(["target_predikat"], message, subject="target_predikat"))
    aspects = [a.id for a in framework.aspects]
    for n, item in enumerate(model.get("rekomendasi", ())):
        path: Path = ["rekomendasi", n]
        if "indikator" in item and "aspek" in item:
            problems.append(
                doc.problem(path, t("recommendation.both", n=n + 1), subject="rekomendasi")
            )
        indicator, aspect = item.get("indikator"), item.get("aspek")
        if indicator is not None and indicator not in framework.by_id:
            message = t(
                "recommendation.unknown_indicator", n=n + 1, id=indicator, framework=framework.id
            )
            problems.append(doc.problem([*path, "indikator"], message, subject="rekomendasi"))
        if aspect is not None and aspect not in aspects:
            message = t(
                "recommendation.unknown_aspect", n=n + 1, id=aspect, allowed=", ".join(aspects)
            )
            problems.append(doc.problem([*path, "aspek"], message, subject="rekomendasi"))

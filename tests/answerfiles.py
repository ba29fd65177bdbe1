"""Helpers for the tests of diff, gates, validate, init and schema: answer files written from
level tables, weights read independently of spbe, and a search for level sets that hit an
exact index."""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.frameworks import Catalog, load_catalog

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
KOTA_2019 = SAMPLES / "kota-contoh-2019.yaml"
KAB_2024 = SAMPLES / "kabupaten-contoh-2024.yaml"
PROV_2026 = SAMPLES / "provinsi-contoh-2026.yaml"
WEIGHTS = ROOT / "weights"

Level = int | Fraction | str


def catalog() -> Catalog:
    return load_catalog()


def raw_table(framework_id: str) -> dict[str, Any]:
    with (WEIGHTS / f"{framework_id}.yaml").open(encoding="utf-8") as handle:
        table: dict[str, Any] = yaml.safe_load(handle)
    return table


def raw_weights(framework_id: str) -> dict[str, Fraction]:
    """Each indicator's weight read straight from the table file (not through spbe): its own
    bobot, or its aspect's bobot shared equally. Decimal text becomes an exact Fraction."""
    table = raw_table(framework_id)
    aspects = {a["id"]: Fraction(str(a["bobot"])) for a in table["aspek"]}
    counts = {a: sum(1 for i in table["indikator"] if i["aspek"] == a) for a in aspects}
    return {
        str(i["id"]): Fraction(str(i["bobot"]))
        if "bobot" in i
        else aspects[i["aspek"]] / counts[i["aspek"]]
        for i in table["indikator"]
    }


def raw_members(framework_id: str, section: str) -> dict[str, list[str]]:
    """Indicator ids of each aspect ("aspek") or domain ("domain"), from the table file."""
    table = raw_table(framework_id)
    aspect_domain = {a["id"]: a.get("domain") for a in table["aspek"]}
    groups: dict[str, list[str]] = {}
    for i in table["indikator"]:
        group = i["aspek"] if section == "aspek" else aspect_domain[i["aspek"]]
        groups.setdefault(group, []).append(str(i["id"]))
    return groups


def index_of(levels: Mapping[str, Fraction], weights: Mapping[str, Fraction]) -> Fraction:
    """Σ level × bobot / Σ bobot over the given ids: the index of the whole or of a group."""
    total = sum((weights[i] for i in levels), Fraction(0))
    return sum((levels[i] * weights[i] for i in levels), Fraction(0)) / total


def level_text(level: Level) -> str:
    if isinstance(level, Fraction):
        if level.denominator == 1:
            return str(level.numerator)
        return f"{float(level):.2f}" if (level * 100).denominator == 1 else str(level)
    return str(level)


def answer_text(
    year: int,
    levels: Mapping[str, Level],
    *,
    institution: str = "Instansi Uji",
    framework: str | None = None,
) -> str:
    lines = [f"tahun: {year}", f"instansi: {institution}"]
    if framework is not None:
        lines.append(f"kerangka: {framework}")
    lines.append("indikator:")
    lines += [f'  "{key}": {level_text(value)}' for key, value in levels.items()]
    return "\n".join(lines) + "\n"


def write_answers(
    folder: Path,
    name: str,
    year: int,
    levels: Mapping[str, Level],
    **options: Any,
) -> Path:
    path = folder / name
    path.write_text(answer_text(year, levels, **options), encoding="utf-8")
    return path


def levels_for_index(framework_id: str, target: Fraction, low: int, high: int) -> dict[str, int]:
    """Integer levels whose exact index is `target`, found by a small search over the sums
    Σ level × bobot that stay reachable (an AssertionError if there is none)."""
    weights = raw_weights(framework_id)
    ids = list(weights)
    unit = math.lcm(*(w.denominator for w in weights.values()))
    scaled = [int(weights[i] * unit) for i in ids]
    goal = target * 100 * unit
    assert goal.denominator == 1, "target is not a reachable multiple of the weights"
    wanted = int(goal)
    rest = [sum(scaled[k:]) for k in range(len(scaled) + 1)]
    layers: list[dict[int, tuple[int, int]]] = [{0: (0, 0)}]
    for k, weight in enumerate(scaled):
        reached: dict[int, tuple[int, int]] = {}
        for before in layers[-1]:
            for level in range(low, high + 1):
                now = before + level * weight
                if low * rest[k + 1] <= wanted - now <= high * rest[k + 1]:
                    reached.setdefault(now, (before, level))
        layers.append(reached)
    assert wanted in layers[-1], f"no levels give an index of {target}"
    chosen: dict[str, int] = {}
    total = wanted
    for k in range(len(scaled), 0, -1):
        total, level = layers[k][total]
        chosen[ids[k - 1]] = level
    return {i: chosen[i] for i in ids}


def sample_levels(path: Path) -> dict[str, Fraction]:
    """The levels of a sample file, read with PyYAML (not through spbe)."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    levels = {}
    for key, value in data["indikator"].items():
        level = value["level"] if isinstance(value, dict) else value
        levels[str(key)] = Fraction(str(level))
    return levels


def shown(value: Fraction) -> str:
    """A non-negative value rounded half-up to 2 decimals, as spbe displays it."""
    hundredths = math.floor(value * 100 + Fraction(1, 2))
    return f"{hundredths // 100}.{hundredths % 100:02d}"

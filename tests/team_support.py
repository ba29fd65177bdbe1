"""Helpers for the team tests: the CLI, the team sample, answer files built from levels and
owners, and a reading of answer files independent of spbe (PyYAML)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner, Result

from spbe_cli.cli import app
from spbe_cli.frameworks import load_catalog

ROOT = Path(__file__).resolve().parent.parent
TEAM = ROOT / "samples" / "provinsi-contoh-2026-tim.yaml"
CATALOG = load_catalog()
runner = CliRunner()


def run(*args: str | Path) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def plain(path: Path) -> dict[str, Any]:
    """An answer file read with PyYAML, not with spbe."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def value(entry: Any) -> Any:
    """An entry's value as scored: the plain value, or the last stage given."""
    level = entry.get("level") if isinstance(entry, dict) else entry
    if isinstance(level, dict):
        order = ("mandiri", "dokumen", "interviu", "visitasi", "akhir")
        level = [level[s] for s in order if s in level][-1]
    if isinstance(level, str):
        top, bottom = level.split("/")
        return Fraction(int(top), int(bottom))
    return Fraction(str(level))


def levels_of(path: Path) -> dict[str, Fraction]:
    return {str(k): value(v) for k, v in plain(path)["indikator"].items()}


def owners_of(path: Path) -> dict[str, str | None]:
    entries = plain(path)["indikator"]
    return {str(k): v.get("pj") if isinstance(v, dict) else None for k, v in entries.items()}


def answer_file(
    year: int,
    levels: Mapping[str, str],
    owners: Mapping[str, str | None] | None = None,
    *,
    extra: Sequence[str] = (),
    entry_extra: Mapping[str, Sequence[str]] | None = None,
    head: Sequence[str] = (),
) -> str:
    """An answer file: each indicator with its level (as written) and pj when given."""
    lines = [f"tahun: {year}", "instansi: Instansi Uji", *head, "indikator:"]
    for key, level in levels.items():
        owner = (owners or {}).get(key)
        more = (entry_extra or {}).get(key, ())
        lines.append(f'  "{key}":')
        lines.append(f"    level: {level}")
        if owner is not None:
            lines.append(f"    pj: {owner}")
        lines += [f"    {line}" for line in more]
    lines += list(extra)
    return "\n".join(lines) + "\n"

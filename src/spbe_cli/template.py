"""A new answer file for `spbe init`: complete and valid, every indicator at the lowest level,
with each indicator's name, aspect, weight and level names in comments."""

from __future__ import annotations

import json
import re
import unicodedata

from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.frameworks import Aspect, Framework, Indicator
from spbe_cli.i18n import index_name

PLACEHOLDER = "Nama Instansi"
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters a YAML file cannot hold as they are (YAML 1.1 printable set)."""


def schema_file(framework: Framework) -> str:
    """The file name `spbe init` points editors at, written by `spbe schema --kerangka K`."""
    return f"{framework.id}.schema.json"


def institution_text(name: str) -> str:
    """The instansi as one line of text: whitespace collapsed, no control characters."""
    text = " ".join(name.split())
    if not text:
        raise UsageError("--instansi is empty; give the institution's name")
    if _UNPRINTABLE.search(text) or any(unicodedata.category(ch) == "Cf" for ch in text):
        raise UsageError("--instansi holds control characters; give the name as plain text")
    return text


def _line(text: str) -> str:
    return " ".join(text.split())


def _levels(framework: Framework, indicator: Indicator) -> str:
    low, high = framework.level_min, framework.level_max
    scale = f"level {low}-{high}"
    if framework.decimals:
        scale += f", boleh {framework.decimals} desimal"
    names = framework.names_of_levels(indicator)
    if names:
        scale += ": " + ", ".join(f"{level} {_line(name)}" for level, name in sorted(names.items()))
    return scale


def _indicator(framework: Framework, indicator: Indicator, aspect: Aspect) -> list[str]:
    lines = [
        "",
        f"  # {indicator.id}. {_line(indicator.name)}",
        f"  # aspek {aspect.id}, bobot {display(indicator.weight)}%; "
        + _levels(framework, indicator),
    ]
    lines += [f"  #   {level}: {_line(text)}" for level, text in sorted(indicator.criteria.items())]
    if indicator.note:
        lines.append(f"  # catatan: {_line(indicator.note)}")
    lines += [
        f'  "{indicator.id}":',
        f"    level: {framework.level_min}",
        "    penjelasan:",
        "    data_dukung: []",
    ]
    return lines


def answer_file(framework: Framework, year: int, institution: str | None = None) -> str:
    """The text of a complete answer file for `year` under `framework`."""
    name = institution_text(institution) if institution is not None else PLACEHOLDER
    instansi = json.dumps(name, ensure_ascii=False)
    if institution is None:
        instansi += "  # ganti dengan nama instansi"
    index = index_name(framework.id, "id")
    count = len(framework.indicators)
    lines = [
        f"# yaml-language-server: $schema={schema_file(framework)}",
        f"# Berkas jawaban {index} tahun {year}, kerangka {framework.id}",
        f"# ({_line(framework.regulation)}).",
        f"# Dibuat oleh `spbe init`: {count} indikator, semuanya pada level terendah "
        f"({framework.level_min}).",
        "# Ganti level tiap indikator, isi penjelasan dan data_dukung (boleh dihapus), lalu",
        "# periksa dengan `spbe validate` dan hitung dengan `spbe score`.",
        f"# Skema untuk editor: spbe schema --kerangka {framework.id} > {schema_file(framework)}",
        f"tahun: {year}",
        f"instansi: {instansi}",
        f"kerangka: {framework.id}",
        "indikator:",
    ]
    aspects = {a.id: a for a in framework.aspects}
    domains = {d.id: d for d in framework.domains}
    shown_domain: str | None = None
    shown_aspect: str | None = None
    for indicator in framework.indicators:
        aspect = aspects[indicator.aspect]
        if indicator.domain is not None and indicator.domain != shown_domain:
            domain = domains[indicator.domain]
            shown_domain = domain.id
            heading = f"Domain {domain.id} {_line(domain.name)} (bobot {display(domain.weight)}%)"
            lines += ["", f"  # ==== {heading}"]
        if aspect.id != shown_aspect:
            shown_aspect = aspect.id
            heading = f"Aspek {aspect.id} {_line(aspect.name)} (bobot {display(aspect.weight)}%)"
            lines += ["", f"  # ---- {heading}"]
        lines += _indicator(framework, indicator, aspect)
    return "\n".join(lines) + "\n"

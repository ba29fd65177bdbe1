"""Whole answer files written from raw data (`spbe merge`, `spbe split` YAML forms): the header
keys in their usual order, then each indicator under a comment naming it, with its aspect,
weight, levels and criteria (the same comments `spbe init` writes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spbe_cli.answers.keys import ENTRY_KEYS, ITEM_KEYS
from spbe_cli.frameworks import Framework
from spbe_cli.renderers.text import visible
from spbe_cli.team import yamltext
from spbe_cli.template import commented_indicators, schema_file

HEADER_KEYS = ("tahun", "instansi", "kerangka", "target_indeks", "target_predikat", "rekomendasi")
RECOMMENDATION_ORDER = (
    "id",
    "teks",
    "sumber",
    "indikator",
    "aspek",
    "pj",
    "status",
    "tindak_lanjut",
    "tenggat",
)


def header(data: Mapping[str, Any]) -> dict[str, Any]:
    """The top-level keys other than `indikator`, in their usual order (those present)."""
    found = {key: data[key] for key in HEADER_KEYS if key in data and data[key] is not None}
    if "rekomendasi" in found:
        found["rekomendasi"] = [ordered(r, RECOMMENDATION_ORDER) for r in found["rekomendasi"]]
    return found


def ordered(value: Any, keys: tuple[str, ...]) -> Any:
    """A mapping with `keys` in their order first (the keys of the schema), others after."""
    if not isinstance(value, Mapping):
        return value
    rank = {key: n for n, key in enumerate(keys)}
    return dict(sorted(value.items(), key=lambda pair: rank.get(pair[0], -1)))


def tidy(entry: Any) -> Any:
    """An indicator's entry with its keys, its evidence items' and its recommendations' keys
    in the order of the schema (a source score such as `sdi` where `level` would be)."""
    if not isinstance(entry, Mapping):
        return entry
    found = ordered(entry, ENTRY_KEYS)
    if isinstance(found.get("data_dukung"), list):
        found["data_dukung"] = [ordered(i, ITEM_KEYS) for i in found["data_dukung"]]
    if isinstance(found.get("rekomendasi"), list):
        found["rekomendasi"] = [ordered(r, RECOMMENDATION_ORDER) for r in found["rekomendasi"]]
    return found


def answer_text(
    framework: Framework,
    data: Mapping[str, Any],
    language: str,
    *,
    intro: Sequence[str] = (),
    placeholders: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The file: a schema line, `intro` as comments, the header, then every indicator of
    `data["indikator"]` in the kerangka's order (and `placeholders`: lines standing for
    indicators not filled in yet)."""
    entries: Mapping[str, Any] = data.get("indikator") or {}
    body = {key: yamltext.entry(key, tidy(value)) for key, value in entries.items()}
    body.update({k: list(v) for k, v in (placeholders or {}).items()})
    lines = [f"# yaml-language-server: $schema={schema_file(framework)}"]
    lines += [f"# {visible(line)}".rstrip() for text in intro for line in text.split("\n")]
    lines += yamltext.block(header(data), 0)
    known = [i.id for i in framework.indicators]
    unknown = [key for key in entries if key not in framework.by_id]
    if not entries:
        lines.append("indikator: {}")
    else:
        lines.append("indikator:")
    lines += commented_indicators(framework, language, {k: body[k] for k in known if k in body})
    for key in unknown:  # not in the kerangka: kept as written, for validate to report
        lines += ["", *body[key]]
    return "\n".join(lines) + "\n"

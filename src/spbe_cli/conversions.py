"""Indicator values taken from another agency's evaluation (pemdi-2026 §5).

An answer file may give the source score instead of the value, under the source's key:

```yaml
indikator:
  5: {sdi: 68.75}   # Satu Data Indonesia score; the table's rule gives 1 + 68.75/25 = 3.75
  6: {sjig: 3.2}
```
The rule is data in the weight table (`konversi`: value = tetap + kali × skor, kept exact
unless the table gives `desimal` places to round to). The exact converted value is kept
beside the level used for scoring.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from spbe_cli.errors import Problem
from spbe_cli.exact import exact_text, round_half_up, to_fraction
from spbe_cli.frameworks import Conversion, Framework, Indicator
from spbe_cli.i18n import t
from spbe_cli.vocabulary import describe
from spbe_cli.yamlsafe import Document


class Source(NamedTuple):
    """A value converted from another agency's score."""

    key: str  # e.g. "sdi"
    score: Fraction  # as written in the answer file
    exact: Fraction  # the rule applied exactly, before its rounding


def sources(framework: Framework) -> Mapping[str, str]:
    """Each source key of the kerangka, with the indicator it converts to."""
    return {i.conversion.source: i.id for i in framework.indicators if i.conversion is not None}


def converted_level(conversion: Conversion, score: Fraction) -> Decimal | Fraction:
    """The level a score gives: the rule applied exactly (rounded half-up only where the
    table gives `desimal`)."""
    value = conversion.value(score)
    if conversion.places is None:
        return value
    return round_half_up(value, conversion.places)


def scale_text(conversion: Conversion) -> str:
    """The allowed scores, in words."""
    low, high = exact_text(conversion.low), exact_text(conversion.high)
    return t("conversion.scale", low=low, high=high, name=conversion.name)


def apply(
    doc: Document, data: dict[str, Any], framework: Framework, problems: list[Problem]
) -> tuple[dict[str, Any], dict[str, Source]]:
    """The answer data with each source score replaced by the level it gives (the parsed file
    itself is left as it is), and the sources used. Problems are appended, each at its place."""
    entries = data.get("indikator")
    owners = sources(framework)
    if not owners or not isinstance(entries, dict):
        return data, {}
    used: dict[str, Source] = {}
    converted = dict(entries)
    for indicator_id, entry in entries.items():
        given = [k for k in entry if k in owners] if isinstance(entry, dict) else []
        indicator = framework.by_id.get(indicator_id)
        if not given or indicator is None:
            continue  # nothing to convert, or an unknown indicator (reported elsewhere)
        kept = {k: v for k, v in entry.items() if k not in given}
        converted[indicator_id] = kept
        found = _refusal(indicator, entry, given, owners)
        if found is not None:
            message, key, at_key = found
            subject = f"indikator {indicator_id}"
            path: list[str | int] = ["indikator", indicator_id, key]
            problems.append(doc.problem(path, f"{subject}: {message}", key=at_key, subject=subject))
            kept.setdefault("level", framework.level_min)  # nothing more to say about it
            continue
        conversion = indicator.conversion
        assert conversion is not None  # _refusal checked that the key belongs here
        key = given[0]
        score = to_fraction(entry[key])
        kept["level"] = converted_level(conversion, score)
        used[indicator_id] = Source(key, score, conversion.value(score))
    return {**data, "indikator": converted}, used


def _refusal(
    indicator: Indicator, entry: dict[str, Any], given: list[str], owners: Mapping[str, str]
) -> tuple[str, str, bool] | None:
    """What is wrong with the source score in this entry: (message, key, point at the key)."""
    own = indicator.conversion.source if indicator.conversion else None
    for key in given:
        if key != own:
            allowed = "level" if own is None else t("conversion.level_or", source=own)
            message = t("conversion.other_source", key=key, owner=owners[key], allowed=allowed)
            return message, key, True
    key = given[0]
    if "level" in entry:
        return t("conversion.both", key=key), key, True
    assert indicator.conversion is not None
    value = entry[key]
    allowed = scale_text(indicator.conversion)
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return t("conversion.shape", key=key, got=describe(value), allowed=allowed), key, False
    if not indicator.conversion.low <= value <= indicator.conversion.high:
        return t("conversion.range", key=key, value=value, allowed=allowed), key, False
    return None

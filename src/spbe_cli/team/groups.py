"""Who gets which indicators: an answer file cut into groups by owner (pj), aspect or domain,
each with a file name that is safe on every system and unique among the forms.

Indicators without an owner (or not filled in yet, when cutting by owner) go to a group of
their own. A top-level recommendation goes to the group of its own `pj` / `aspek`, else of the
indicator it names, else to that group too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from spbe_cli.frameworks import Framework
from spbe_cli.names import slug

By = Literal["pj", "aspek", "domain"]
BY: tuple[By, ...] = ("pj", "aspek", "domain")
NONE_SLUG = {"pj": "tanpa-pj", "aspek": "tanpa-aspek", "domain": "tanpa-domain"}


@dataclass
class Group:
    """One form: its key (the owner, aspect or domain id; None for the unassigned), what it is
    called, its file stem, its indicators and the positions of its top-level recommendations."""

    key: str | None
    label: str
    slug: str = ""
    ids: list[str] = field(default_factory=list)
    top: list[int] = field(default_factory=list)


def _key(framework: Framework, by: By, indicator_id: str, entry: Any) -> str | None:
    indicator = framework.by_id[indicator_id]
    if by == "aspek":
        return indicator.aspect
    if by == "domain":
        return indicator.domain
    owner = entry.get("pj") if isinstance(entry, Mapping) else None
    return owner if isinstance(owner, str) and owner.strip() else None


def _top_key(
    framework: Framework, by: By, recommendation: Mapping[str, Any], entries: Mapping[str, Any]
) -> str | None:
    own = recommendation.get(by if by != "domain" else "aspek")
    indicator = str(recommendation.get("indikator"))
    if by == "pj":
        if own is None and indicator in entries:
            return _key(framework, by, indicator, entries[indicator])
        return own if isinstance(own, str) else None
    aspects = {a.id: a for a in framework.aspects}
    if own is None and indicator in framework.by_id:
        own = framework.by_id[indicator].aspect
    if by == "aspek" or own is None:
        return own if isinstance(own, str) else None
    return aspects[own].domain if own in aspects else None


def groups(framework: Framework, data: Mapping[str, Any], by: By) -> list[Group]:
    """The groups of an answer file (raw data, already validated), in the order of their first
    indicator in the kerangka, the unassigned group last; each with a unique file stem."""
    entries: Mapping[str, Any] = data.get("indikator") or {}
    found: dict[str | None, Group] = {}
    names = {a.id: a.name for a in framework.aspects} | {d.id: d.name for d in framework.domains}
    for indicator in framework.indicators:
        key = _key(framework, by, indicator.id, entries.get(indicator.id))
        if key not in found:
            label = key if by == "pj" or key is None else f"{key} {names[key]}"
            found[key] = Group(key, label or "")
        found[key].ids.append(indicator.id)
    for n, recommendation in enumerate(data.get("rekomendasi") or ()):
        key = _top_key(framework, by, recommendation, entries)
        found.setdefault(key, Group(key, key or "")).top.append(n)
    ordered = [g for k, g in found.items() if k is not None]
    if None in found:
        ordered.append(found[None])
    used: set[str] = set()
    for group in ordered:
        stem = NONE_SLUG[by] if group.key is None else slug(group.label, "formulir")
        unique, n = stem, 2
        while unique in used:
            unique, n = f"{stem}-{n}", n + 1
        used.add(unique)
        group.slug = unique
    return ordered

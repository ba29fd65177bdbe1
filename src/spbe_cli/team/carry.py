"""`spbe init --dari FILE`: next year's answer file started from this year's.

Within one kerangka every indicator carries its pj, its level (as the `mandiri` stage: the
self-assessment starting point), penjelasan and evidence items (status back to `draf`, the
assessor's note dropped), its target when still ahead (above the level), and its open
recommendations (`belum`, `proses`); at the top, the open recommendations and the targets the
index has not reached.

Across a kerangka change only what the mapping table (crosswalk.py) ties with `primer`
confidence to one indicator of the new kerangka moves: the pj (when the old indicators agree)
and the open recommendations, rewritten to the new id (a top-level one naming an aspect moves
the same way through the aspect table). Levels, penjelasan, evidence and targets stay behind:
they were judged against the old kerangka's criteria. Everything not carried is listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from spbe_cli.answers import Answer, Answers, EvidenceItem, Recommendation
from spbe_cli.crosswalk import Crosswalk, Link
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges
from spbe_cli.scoring import score
from spbe_cli.team import yamltext
from spbe_cli.team.answertext import RECOMMENDATION_ORDER, ordered, tidy
from spbe_cli.team.paths import moved
from spbe_cli.team.targets import index_target


@dataclass
class Carried:
    """What the new file starts with (raw data) and what was left behind (sentences)."""

    header: dict[str, Any] = field(default_factory=dict)  # target_indeks, ..., rekomendasi
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    left: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


def _item(item: EvidenceItem, origin: str, destination: str) -> str | dict[str, Any]:
    if not item.structured:
        return item.text
    text = moved(item.text, origin, destination) if item.kind == "berkas" else item.text
    found: dict[str, Any] = {item.kind: text, "level": item.level}
    if item.code:
        found["kode"] = item.code
    found["status"] = "draf"
    if item.dated:
        found["tanggal"] = item.dated.isoformat()
    if item.valid_until:
        found["berlaku_sampai"] = item.valid_until.isoformat()
    return found


def _recommendation(rec: Recommendation, owner: str | None, *, top: bool) -> dict[str, Any]:
    """An open recommendation as written in the new file (its pj only where it is its own)."""
    found: dict[str, Any] = {"id": rec.id, "teks": rec.text, "sumber": rec.source}
    if top:
        found |= {"indikator": rec.indicator, "aspek": rec.aspect}
    found |= {"pj": rec.owner if rec.owner != owner else None, "status": rec.status}
    found |= {
        "tindak_lanjut": rec.follow_up,
        "tenggat": rec.due.isoformat() if rec.due else None,
    }
    kept: dict[str, Any] = ordered(
        {k: v for k, v in found.items() if v is not None}, RECOMMENDATION_ORDER
    )
    return kept


def _open(recs: Iterable[Recommendation], carried: Carried) -> list[Recommendation]:
    listed = list(recs)
    found = [r for r in listed if r.status != "selesai"]
    if len(found) < len(listed):
        carried.count("closed", len(listed) - len(found))
    return found


def _open_target(framework: Framework, answer: Answer) -> Fraction | None:
    """The indicator's target while its value does not meet it yet (Framework.target_met: a
    whole target names its band on pemdi-2026), else None."""
    if answer.target is None or framework.target_met(answer.level, answer.target):
        return None
    return answer.target


def _same(old: Answers, origin: str, destination: str, carried: Carried) -> None:
    reached: list[str] = []
    for indicator_id, answer in old.levels.items():
        entry: dict[str, Any] = {"level": {"mandiri": yamltext.number(answer.level)}}
        carried.count("level")
        if answer.explanation:
            entry["penjelasan"] = answer.explanation
        if answer.evidence:
            entry["data_dukung"] = [_item(i, origin, destination) for i in answer.evidence]
            carried.count("evidence", len(answer.evidence))
        if answer.owner:
            entry["pj"] = answer.owner
            carried.count("pj")
        open_target = _open_target(old.framework, answer)
        if open_target is not None:
            entry["target"] = yamltext.number(open_target)
            carried.count("target")
        elif answer.target is not None:
            reached.append(indicator_id)
        recs = _open(answer.recommendations, carried)
        if recs:
            entry["rekomendasi"] = [_recommendation(r, answer.owner, top=False) for r in recs]
            carried.count("recommendation", len(recs))
        carried.entries[indicator_id] = entry
    if reached:
        carried.left.append(t("carry.targets_reached", ids=id_ranges(reached)))
    target = index_target(score(old))
    if target is not None and old.target_index is not None:
        if target.index_reached:
            carried.left.append(t("carry.target_reached", key="target_indeks"))
        else:
            carried.header["target_indeks"] = yamltext.number(old.target_index)
    if target is not None and old.target_predicate is not None:
        if target.predicate_reached:
            carried.left.append(t("carry.target_reached", key="target_predikat"))
        else:
            carried.header["target_predikat"] = old.target_predicate
    top = _open(old.recommendations, carried)
    if top:
        carried.header["rekomendasi"] = [_recommendation(r, None, top=True) for r in top]
        carried.count("recommendation", len(top))


def _single_primer(links: Iterable[Link]) -> dict[str, str]:
    """Old id -> new id, for the links of `primer` confidence that end in one id."""
    return {
        old: link.new[0]
        for link in links
        if link.confidence == "primer" and len(link.new) == 1
        for old in link.old
    }


def _across(old: Answers, crosswalk: Crosswalk | None, carried: Carried) -> None:
    mapped = _single_primer(crosswalk.indicators) if crosswalk is not None else {}
    aspects = _single_primer(crosswalk.aspects) if crosswalk is not None else {}
    confidence = {
        o: link.confidence for link in (crosswalk.indicators if crosswalk else ()) for o in link.old
    }
    owners: dict[str, set[str]] = {}
    left: list[str] = []
    for indicator_id, answer in old.levels.items():
        new_id = mapped.get(indicator_id)
        recs = _open(answer.recommendations, carried)
        if new_id is None:
            if answer.owner or recs:
                left.append(f"{indicator_id} ({confidence.get(indicator_id, '-')})")
            continue
        entry = carried.entries.setdefault(new_id, {})
        if answer.owner:
            owners.setdefault(new_id, set()).add(answer.owner)
        for rec in recs:
            entry.setdefault("rekomendasi", []).append(_recommendation(rec, None, top=False))
            carried.count("recommendation")
    for new_id, names in owners.items():
        entry = carried.entries[new_id]
        if len(names) == 1:
            entry["pj"] = owner = next(iter(names))
            carried.count("pj")
            for rec in entry.get("rekomendasi", ()):
                if rec.get("pj") == owner:  # the indicator's own pj: not repeated
                    del rec["pj"]
        else:
            carried.left.append(
                t("carry.owners_differ", id=new_id, owners=", ".join(sorted(names)))
            )
    if left:
        carried.left.append(t("carry.not_primer", ids=", ".join(left)))
    _across_top(old, mapped, aspects, carried)
    carried.left.append(t("carry.levels_stay", framework=old.framework.id))


def _across_top(
    old: Answers, mapped: Mapping[str, str], aspects: Mapping[str, str], carried: Carried
) -> None:
    found, left = [], []
    for rec in _open(old.recommendations, carried):
        raw = _recommendation(rec, None, top=True)
        if rec.indicator is not None:
            if rec.indicator not in mapped:
                left.append(rec.id or rec.text[:40])
                continue
            raw["indikator"] = mapped[rec.indicator]
        if rec.aspect is not None:
            if rec.aspect not in aspects:
                left.append(rec.id or rec.text[:40])
                continue
            raw["aspek"] = aspects[rec.aspect]
        found.append(raw)
    if found:
        carried.header["rekomendasi"] = found
        carried.count("recommendation", len(found))
    if left:
        carried.left.append(t("carry.top_not_mapped", ids=", ".join(left)))
    if old.target_index is not None or old.target_predicate is not None:
        carried.left.append(t("carry.index_target_stays", framework=old.framework.id))


def carry(
    old: Answers,
    framework: Framework,
    crosswalk: Crosswalk | None,
    origin: str,
    destination: str,
) -> Carried:
    """What next year's file in kerangka `framework` takes from `old` (see the module doc);
    evidence paths written in folder `origin` are rewritten for `destination`."""
    carried = Carried()
    if old.framework.id == framework.id:
        _same(old, origin, destination, carried)
    else:
        if crosswalk is None:
            carried.left.append(t("carry.no_table", old=old.framework.id, new=framework.id))
        _across(old, crosswalk, carried)
    return carried


def entry_lines(framework: Framework, carried: Carried) -> dict[str, list[str]]:
    """Each carried indicator's lines for the new file; one without a level starts at the
    lowest, as `spbe init` writes it."""
    found = {}
    for indicator_id, entry in carried.entries.items():
        if entry:
            full = entry if "level" in entry else {"level": framework.level_min, **entry}
            found[indicator_id] = yamltext.entry(indicator_id, tidy(full))
    return found


def header_lines(carried: Carried) -> list[str]:
    order = ("target_indeks", "target_predikat", "rekomendasi")
    return yamltext.block({k: carried.header[k] for k in order if k in carried.header}, 0)

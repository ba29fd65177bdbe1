"""Property tests: the scorer against an independent Fraction computation made straight
from the weight-table YAML (PyYAML's own loader, no spbe code), on random answer files."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.answers import read_answers
from spbe_cli.frameworks import Catalog, load_catalog
from spbe_cli.scoring import Score, score
from tests.conftest import ROOT, answer_text

CATALOG: Catalog = load_catalog()
IDS = ("spbe-2018", "spbe-2020", "pemdi-2026")


def independent(framework_id: str, levels: dict[str, Fraction]) -> dict[str, Any]:
    """Index, aspect and domain indices computed from the raw table, by the regulation text:
    aspect = Σ NI·BI / BA; domain = Σ NA·BA / BD; index = Σ ND·BD / 100 (or Σ NA·BA / 100)."""
    table = yaml.safe_load((ROOT / "weights" / f"{framework_id}.yaml").read_text("utf-8"))

    def exact(value: object) -> Fraction:
        return Fraction(str(value))  # 1.3 -> "1.3" -> 13/10, exactly as written

    aspect_weight = {a["id"]: exact(a["bobot"]) for a in table["aspek"]}
    members: dict[str, list[dict[str, Any]]] = {a: [] for a in aspect_weight}
    for ind in table["indikator"]:
        members[ind["aspek"]].append(ind)
    aspect_index = {}
    for aspect, inds in members.items():
        weights = [
            exact(i["bobot"]) if "bobot" in i else aspect_weight[aspect] / len(inds) for i in inds
        ]
        total = sum(
            (levels[str(i["id"])] * w for i, w in zip(inds, weights, strict=True)), Fraction(0)
        )
        aspect_index[aspect] = total / aspect_weight[aspect]
    domain_index = {}
    for domain in table.get("domain", []):
        parts = [a for a in table["aspek"] if a["domain"] == domain["id"]]
        total = sum((aspect_index[a["id"]] * exact(a["bobot"]) for a in parts), Fraction(0))
        domain_index[domain["id"]] = total / exact(domain["bobot"])
    index = sum((aspect_index[a] * w for a, w in aspect_weight.items()), Fraction(0)) / 100
    return {"index": index, "aspects": aspect_index, "domains": domain_index}


@st.composite
def answer_levels(draw: st.DrawFn, framework_id: str) -> dict[str, Fraction]:
    framework = CATALOG.get(framework_id)
    assert framework is not None
    unit = 10**framework.scale.decimals
    low, high = framework.level_min * unit, framework.level_max * unit
    return {i.id: Fraction(draw(st.integers(low, high)), unit) for i in framework.indicators}


def shown(level: Fraction) -> str:
    return (
        str(level.numerator)
        if level.denominator == 1
        else str(Decimal(level.numerator) / Decimal(level.denominator))
    )


def run(framework_id: str, levels: dict[str, Fraction], order: list[str] | None = None) -> Score:
    framework = CATALOG.get(framework_id)
    assert framework is not None
    keys = order if order is not None else list(levels)
    text = answer_text(framework, {k: shown(levels[k]) for k in keys})
    return score(read_answers(yamlsafe.parse(text, "acak.yaml"), CATALOG))


@pytest.mark.parametrize("framework_id", IDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_agrees_with_independent_computation(framework_id: str, data: st.DataObject) -> None:
    levels = data.draw(answer_levels(framework_id))
    result = run(framework_id, levels)
    expected = independent(framework_id, levels)
    assert result.index == expected["index"]
    assert {a.id: a.index for a in result.aspects} == expected["aspects"]
    assert {d.id: d.index for d in result.domains} == expected["domains"]


@pytest.mark.parametrize("framework_id", IDS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_bounds_and_monotonic(framework_id: str, data: st.DataObject) -> None:
    framework = CATALOG.get(framework_id)
    assert framework is not None
    levels = data.draw(answer_levels(framework_id))
    result = run(framework_id, levels)
    assert framework.level_min <= result.index <= framework.level_max
    for group in (*result.aspects, *result.domains):
        assert framework.level_min <= group.index <= framework.level_max
    raised_id = data.draw(st.sampled_from([i.id for i in framework.indicators]))
    step = Fraction(1, 10**framework.scale.decimals)
    if levels[raised_id] + step <= framework.level_max:
        raised = run(framework_id, {**levels, raised_id: levels[raised_id] + step})
        weight = framework.by_id[raised_id].weight
        assert raised.index == result.index + step * weight / 100  # strictly up, by exactly this
        names = [b.name for b in framework.bands]
        assert names.index(raised.predicate) >= names.index(result.predicate)


@pytest.mark.parametrize("framework_id", IDS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_order_of_answers_does_not_matter(framework_id: str, data: st.DataObject) -> None:
    levels = data.draw(answer_levels(framework_id))
    order = data.draw(st.permutations(list(levels)))
    assert run(framework_id, levels, order).index == run(framework_id, levels).index

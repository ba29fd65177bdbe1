"""The fast paths for the common case give exactly what the general path gives: the same
`Answers` (or the same problems) for plain answer files and files that are almost plain, the
same score and the same JSON text. Each is compared with the general path run on the same
input, never with numbers taken from the code."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spbe_cli import scoring, yamlsafe
from spbe_cli.answers import Answer, Answers, EvidenceItem, ReadOptions, read_answers
from spbe_cli.answers import read as read_module
from spbe_cli.answers.plain import plain_answers
from spbe_cli.errors import InputError
from spbe_cli.exact import display, round_half_up
from spbe_cli.frameworks import Catalog
from spbe_cli.renderers.common import num
from spbe_cli.renderers.jsontext import indented
from spbe_cli.renderers.score import json as score_json

YEARS = ["1999", "2101", '"2024"', "true", "2024.0", "null"]
NAMES = [" Kota Uji", "Kota Uji ", "", "Kota\u00a0Uji\u2003", "\u3000", "[a]", "7"]
KERANGKA = ["spbe-2018", "spbe-2020", "pemdi-2026", "tidak-ada", "5", "''"]
VALUES = ["0", "1", "3", "5", "6", "-1", "2.5", "3.00", '"3"', '"7/6"', "true", "~", "{level: 3}"]
EXTRA = ["target_indeks: 3", "lain: 1", "rekomendasi: []"]


def usually(common: object, others: list[str]) -> st.SearchStrategy[Any]:
    """`common` four times in five, else one of `others`."""
    pick = st.sampled_from([True, True, True, True, False])
    return pick.flatmap(lambda keep: st.just(common) if keep else st.sampled_from(others))


@st.composite
def answer_texts(draw: st.DrawFn) -> str:
    """An answer file that is plain, or one step away from it in one place or several."""
    year = draw(usually(draw(st.sampled_from(["2019", "2024", "2026"])), YEARS))
    lines = [f"tahun: {year}"]
    name = draw(usually("Kota Uji", NAMES))
    lines.append(f"instansi: {json.dumps(name, ensure_ascii=False)}")
    kerangka = draw(usually(None, KERANGKA))
    if kerangka is not None:
        lines.append(f"kerangka: {kerangka}")
    lines.append(draw(usually("", EXTRA)))
    count = draw(usually({"2019": 37, "2024": 47, "2026": 20}.get(year, 47), ["44", "51"]))
    count = int(count)
    ids = [str(n) for n in range(1, count + 1)]
    if draw(st.booleans()):
        ids = draw(st.permutations(ids))
    mode = draw(st.sampled_from(["plain", "one off", "one off", "any"]))
    odd = draw(st.sampled_from(ids))
    lines.append("indikator:")
    for key in ids:
        value = str(draw(st.integers(1, 5)))
        if mode == "any" or (mode == "one off" and key == odd):
            value = draw(st.sampled_from(VALUES))
        lines.append(f"  {key}: {value}")
    if draw(st.integers(0, 9)) == 0:
        lines.append(f"  {ids[0]}: 2")  # a duplicate key
    return "\n".join(line for line in lines if line) + "\n"


def _outcome(doc: yamlsafe.Document, catalog: Catalog, options: ReadOptions) -> Any:
    try:
        return read_answers(doc, catalog, options)
    except InputError as error:
        return [str(p) for p in error.problems]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=answer_texts(), allow_missing=st.booleans(), forced=st.sampled_from([None, "pemdi"]))
def test_plain_files_read_as_the_general_path_reads_them(
    catalog: Catalog, text: str, allow_missing: bool, forced: str | None
) -> None:
    try:
        doc = yamlsafe.parse(text, "uji.yaml")
    except InputError:
        return  # refused before any answer is read
    framework = catalog.get("pemdi-2026") if forced else None
    options = ReadOptions(allow_missing=allow_missing, framework=framework)
    fast = _outcome(doc, catalog, options)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(read_module, "plain_answers", lambda *_: None)
        general = _outcome(doc, catalog, options)
        # and from libyaml's nodes, not plainyaml's lines: the same problems at the same places
        composed = _outcome(yamlsafe.parse(text, "uji.yaml", shortcut=False), catalog, options)
    assert fast == general == composed
    if isinstance(fast, Answers):
        fast_score, general_score = scoring.score(fast), scoring.score(general)
        assert fast_score == general_score
        assert score_json.compact(fast_score) == json.dumps(
            score_json.score_object(general_score), ensure_ascii=False
        )


NAMES_IN_JSON = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from('\u202e\x7f"\\'),
    min_size=1,
    max_size=12,
)


@st.composite
def scored_files(draw: st.DrawFn, catalog: Catalog) -> scoring.Score:
    """A score of any shipped kerangka in any year it covers (2023 bands the index rounded),
    its levels all one value a hair from a band's edge, or each drawn on its own; some files
    drafts, some with an explanation, evidence or a target beside levels."""
    framework = draw(st.sampled_from(sorted(catalog.frameworks.values(), key=lambda f: f.id)))
    years = [framework.first_year, *framework.year_rules]
    year = draw(st.sampled_from(sorted(set(years))))
    low, high = framework.level_min, framework.level_max
    edges = sorted({b.lower for b in framework.bands} | {b.upper for b in framework.bands})
    near = draw(st.sampled_from(edges)) + Fraction(draw(st.integers(-60, 60)), 10_000)
    near = min(max(near, Fraction(low)), Fraction(high))
    drawn = st.fractions(low, high, max_denominator=draw(st.sampled_from([1, 6, 100, 10_000])))
    same = draw(st.booleans())
    beside = draw(st.booleans())  # some levels with something beside them, written the long way
    ids = [i.id for i in framework.indicators]
    missing = tuple(i for i in ids if draw(st.integers(0, 9)) == 0) if draw(st.booleans()) else ()

    def answer() -> Answer:
        level = near if same else draw(drawn)
        extra = draw(st.sampled_from(["explained", "evidence", "target", "none"])) if beside else ""
        if extra == "explained":
            return Answer(level, explanation=draw(NAMES_IN_JSON))
        if extra == "evidence":
            return Answer(level, evidence=(EvidenceItem(draw(NAMES_IN_JSON)),))
        if extra == "target":
            return Answer(level, target=Fraction(draw(st.integers(low, high))))
        return Answer(level)

    answers = Answers(
        file=draw(NAMES_IN_JSON),
        institution=draw(NAMES_IN_JSON),
        year=year,
        framework=framework,
        levels={i: answer() for i in ids if i not in missing},
        missing=missing,
    )
    return scoring.score(answers)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_batch_json_is_what_json_dumps_writes(catalog: Catalog, data: st.DataObject) -> None:
    """compact() writes each file from its kerangka's skeleton: the same text as json.dumps of
    the object, at the bands' edges too, on either basis, with any names."""
    found = data.draw(scored_files(catalog))
    expected = json.dumps(score_json.score_object(found), ensure_ascii=False)
    assert score_json.compact(found) == expected


def test_the_fast_path_takes_plain_files_and_leaves_the_rest(catalog: Catalog) -> None:
    lines = ["tahun: 2024", "instansi: Kota Uji", "indikator:"]
    entries = {str(n): 1 + n % 5 for n in range(1, 48)}
    lines += [f"  {key}: {value}" for key, value in entries.items()]
    doc = yamlsafe.parse("\n".join(lines) + "\n", "uji.yaml")
    framework = catalog.for_year(2024)
    assert framework is not None
    found = plain_answers(doc.name, doc.data, framework, ReadOptions())
    assert found is not None
    assert {key: answer.level for key, answer in found.levels.items()} == entries
    for changed in ({"tahun": True}, {"instansi": " Kota Uji"}, {"target_indeks": 3}):
        assert plain_answers(doc.name, {**doc.data, **changed}, framework, ReadOptions()) is None
    nested = {**doc.data, "indikator": {**entries, "1": {"level": 3}}}
    assert plain_answers(doc.name, nested, framework, ReadOptions()) is None


@given(
    numerator=st.integers(-(10**30), 10**30),
    denominator=st.integers(1, 10**12),
)
def test_json_numbers_are_the_rounded_decimal(numerator: int, denominator: int) -> None:
    """`num` in integers gives the float of the half-up rounded Decimal, digit for digit."""
    value = Fraction(numerator, denominator)
    assert repr(num(value)) == repr(float(round_half_up(value, 2)))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(
        st.characters(codec="utf-8", exclude_categories=["Cs"])
        | st.sampled_from('\u202e\x7f\x00"\\')
    ),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(value=JSON_VALUES)
def test_indented_json_is_what_json_dumps_writes(value: Any) -> None:
    assert indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


@given(
    numerator=st.integers(-(10**20), 10**20),
    denominator=st.integers(1, 10**12),
    places=st.integers(0, 6),
)
def test_displayed_values_are_the_rounded_decimal(
    numerator: int, denominator: int, places: int
) -> None:
    """`display` in integers writes the half-up rounded Decimal, digit for digit (within the
    Decimal context's 28 digits, beyond which the Decimal itself is rounded)."""
    value = Fraction(numerator, denominator)
    assert display(value, places) == f"{round_half_up(value, places):.{places}f}"


@given(text=st.text(st.sampled_from("0123456789٣-+._ ae"), max_size=40) | st.integers().map(str))
def test_plain_digits_read_as_the_general_rule_reads_them(text: str) -> None:
    """The shortcut for plain digits takes only what _plain_value reads as that int."""
    if yamlsafe._unsigned_int(text):
        assert yamlsafe._plain_value(text) == (int(text), None)
    elif text.isascii() and text.isdigit() and len(text) <= yamlsafe.MAX_NUMBER_CHARS:
        assert yamlsafe._plain_value(text)[1] is not None  # 007: a number form refused

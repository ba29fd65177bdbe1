"""The cascade (issue 10) against an independent reading of its rule, and the index the
evidence supports against weights read straight from the tables (not through spbe)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Literal, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.answers import EvidenceItem, ReadOptions, read_answers
from spbe_cli.answers.model import EvidenceStatus
from spbe_cli.evidence import check, gap_lines, passed, supported_level
from spbe_cli.evidence.cascade import accepted, ready
from spbe_cli.evidence.check import IndicatorEvidence
from spbe_cli.frameworks import load_catalog
from tests.answerfiles import raw_table, raw_weights

CATALOG = load_catalog()
DAY = date(2026, 9, 1)
KINDS: list[Literal["berkas", "tautan", "teks"]] = ["berkas", "tautan", "teks"]
STATUSES: list[EvidenceStatus] = list(get_args(EvidenceStatus))
FRAMEWORKS = ("pemdi-2026", "spbe-2020", "spbe-2018")
TABLES = {f: raw_table(f) for f in FRAMEWORKS}  # read once: the tables are large
WEIGHTS = {f: raw_weights(f) for f in FRAMEWORKS}


# ---------------------------------------------------------------- the rule, read independently


def brute_force(
    items: list[EvidenceItem], low: int, high: int, day: date, ready: bool, present: set[str]
) -> int:
    """The issue's sentence, top down: the highest L such that every level from the lowest up
    to L is met; a level is met with at least one item, every item (replaced ones left out)
    counting; the lowest level also without items. Nothing met: the lowest level."""
    good = {"diterima", "diunggah"} if ready else {"diterima"}

    def counts(item: EvidenceItem) -> bool:
        valid = item.valid_until is None or day <= item.valid_until
        here = not ready or item.kind != "berkas" or item.text in present
        return item.status in good and valid and here

    def met(level: int) -> bool:
        mine = [i for i in items if i.level == level and i.status != "diganti"]
        if not mine:
            return level == low
        return all(counts(i) for i in mine)

    for top in range(high, low - 1, -1):
        if all(met(level) for level in range(low, top + 1)):
            return top
    return low


@st.composite
def items_strategy(draw: st.DrawFn, low: int, high: int) -> list[EvidenceItem]:
    count = draw(st.integers(0, 7))
    found = []
    for n in range(count):
        kind: Literal["berkas", "tautan", "teks"] = draw(st.sampled_from(KINDS))
        if kind == "teks":
            found.append(EvidenceItem(f"catatan-{n}.pdf"))
            continue
        offset = draw(st.none() | st.integers(-2, 2))
        found.append(
            EvidenceItem(
                text=f"bukti/{n}.pdf" if kind == "berkas" else f"https://contoh.go.id/{n}",
                kind=kind,
                level=draw(st.integers(low, high)),
                status=draw(st.sampled_from(STATUSES)),
                valid_until=None if offset is None else DAY + timedelta(days=offset),
            )
        )
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_supported_level_is_the_rule(data: st.DataObject) -> None:
    low, high = data.draw(st.sampled_from([(1, 5), (0, 5)]))
    items = data.draw(items_strategy(low, high))
    present = {i.text for i in items if i.kind == "berkas" and data.draw(st.booleans())}
    assert supported_level(items, low, high, accepted(DAY)) == brute_force(
        items, low, high, DAY, False, present
    )
    there = ready(DAY, lambda i: i.kind != "berkas" or i.text in present)
    got = supported_level(items, low, high, there)
    assert got == brute_force(items, low, high, DAY, True, present)


def test_the_lowest_level_is_the_floor_and_a_failed_level_stops_the_cascade() -> None:
    ok: EvidenceStatus = "diterima"
    assert supported_level([], 1, 5, lambda i: True) == 1
    assert supported_level([], 0, 5, lambda i: True) == 0
    items = [EvidenceItem("a", "tautan", 1, status="ditolak")]
    items += [EvidenceItem(f"b{n}", "tautan", n, status=ok) for n in (2, 3, 4, 5)]
    assert supported_level(items, 1, 5, lambda i: i.status == ok) == 1  # never below 1
    gap = [EvidenceItem(f"c{n}", "tautan", n, status=ok) for n in (1, 2, 4, 5)]
    assert supported_level(gap, 1, 5, lambda i: i.status == ok) == 2  # level 3 has no item
    replaced = [*gap, EvidenceItem("d", "tautan", 3, status="diganti")]
    assert supported_level(replaced, 1, 5, lambda i: i.status == ok) == 2  # diganti is ignored
    only_replaced = [EvidenceItem("e", "tautan", 1, status="diganti")]
    assert supported_level(only_replaced, 1, 5, lambda i: False) == 1


# ---------------------------------------------------------------- whole files


@dataclass(frozen=True)
class Entry:
    claim: str  # as written in the file
    items: tuple[EvidenceItem, ...]


def item_yaml(item: EvidenceItem) -> str:
    if not item.structured:
        return f'      - "{item.text}"'
    parts = [f'{item.kind}: "{item.text}"', f"level: {item.level}", f"status: {item.status}"]
    if item.valid_until is not None:
        parts.append(f"berlaku_sampai: {item.valid_until.isoformat()}")
    return "      - {" + ", ".join(parts) + "}"


def file_text(framework_id: str, entries: dict[str, Entry], converted: str = "") -> str:
    table = TABLES[framework_id]
    lines = [f"tahun: {table['tahun_mulai']}", "instansi: Uji", "indikator:"]
    for indicator in WEIGHTS[framework_id]:
        entry = entries.get(indicator)
        if indicator == "5" and converted:
            lines.append(f'  "5": {{sdi: {converted}}}')
        elif entry is None:
            lines.append(f'  "{indicator}": {table["level"]["min"]}')
        else:
            lines.append(f'  "{indicator}":\n    level: {entry.claim}\n    data_dukung:')
            lines += [item_yaml(i) for i in entry.items] or ["      []"]
    return "\n".join(lines).replace("data_dukung:\n      []", "data_dukung: []") + "\n"


def claims(framework_id: str) -> st.SearchStrategy[str]:
    low, high = TABLES[framework_id]["level"]["min"], TABLES[framework_id]["level"]["maks"]
    whole = st.integers(low, high).map(str)
    if framework_id != "pemdi-2026":
        return whole
    quarters = st.integers(4 * low, 4 * high).map(lambda q: str(Fraction(q, 4).__float__()))
    return whole | quarters


@dataclass(frozen=True)
class WholeFile:
    """A drawn file: its kerangka, the indicators written with items, the files present."""

    framework_id: str
    entries: dict[str, Entry]
    present: set[str]

    @property
    def low(self) -> int:
        low: int = TABLES[self.framework_id]["level"]["min"]
        return low

    @property
    def high(self) -> int:
        high: int = TABLES[self.framework_id]["level"]["maks"]
        return high


def draw_whole_file(data: st.DataObject) -> WholeFile:
    framework_id = data.draw(st.sampled_from(FRAMEWORKS))
    low, high = TABLES[framework_id]["level"]["min"], TABLES[framework_id]["level"]["maks"]
    chosen = data.draw(
        st.lists(st.sampled_from(list(WEIGHTS[framework_id])), max_size=4, unique=True)
    )
    if framework_id == "pemdi-2026":
        chosen = [c for c in chosen if c not in ("5", "6")]  # those convert from a score
    entries = {
        key: Entry(data.draw(claims(framework_id)), tuple(data.draw(items_strategy(low, high))))
        for key in chosen
    }
    present = {
        i.text
        for e in entries.values()
        for i in e.items
        if i.kind == "berkas" and data.draw(st.booleans())
    }
    return WholeFile(framework_id, entries, present)


# PermenPANRB 8/2026, every indicator sheet (pp. 11-36, rendered page): level k holds the
# values above the previous top up to and including its own top.
PEMDI_TOPS = {
    1: Fraction("1.5"),
    2: Fraction("2.5"),
    3: Fraction("3.5"),
    4: Fraction(4),
    5: Fraction(5),
}


def needed_by_the_page(framework_id: str, claim: Fraction) -> int:
    """The level whose evidence a claim needs: its band's level on pemdi-2026 (3.75 is
    Melembaga, 4), its whole part on a whole scale."""
    if framework_id != "pemdi-2026":
        return int(claim)
    return min(k for k, top in PEMDI_TOPS.items() if claim <= top)


def top_by_the_page(framework_id: str, level: int) -> Fraction:
    """The highest value evidence through `level` supports: the band's top on pemdi-2026."""
    return PEMDI_TOPS[level] if framework_id == "pemdi-2026" else Fraction(level)


def check_row_against_the_rule(
    row: IndicatorEvidence, drawn: WholeFile
) -> tuple[Fraction, Fraction]:
    """Assert one indicator's claim, levels, gap and missing files against brute_force; return
    the values it counts in the supported and in the ready index."""
    low, high, present = drawn.low, drawn.high, drawn.present
    entry = drawn.entries.get(row.indicator.id)
    items = list(entry.items) if entry else []
    claim = Fraction(entry.claim) if entry else Fraction(low)
    bukti = brute_force(items, low, high, DAY, False, present)
    siap = brute_force(items, low, high, DAY, True, present)
    assert (row.claim, row.accepted, row.ready) == (claim, Fraction(bukti), Fraction(siap))
    needed = needed_by_the_page(drawn.framework_id, claim)
    assert row.gap == (needed > siap)
    berkas = [i.text for i in items if i.kind == "berkas" and i.status != "diganti"]
    assert set(row.missing_files) == {p for p in berkas if p not in present}
    return (
        min(claim, top_by_the_page(drawn.framework_id, bukti)),
        min(claim, top_by_the_page(drawn.framework_id, siap)),
    )


def weighted_index(values: Mapping[str, Fraction], weights: Mapping[str, Fraction]) -> Fraction:
    return sum((values[k] * weights[k] for k in weights), Fraction(0)) / 100


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_levels_and_indices_of_a_whole_file(data: st.DataObject) -> None:
    drawn = draw_whole_file(data)
    answers = read_answers(
        yamlsafe.parse(file_text(drawn.framework_id, drawn.entries), "j.yaml"),
        CATALOG,
        ReadOptions(),
    )
    found = check(answers, DAY, lambda path: path in drawn.present)
    accepted_values, ready_values = {}, {}
    for row in found.indicators:
        counted = check_row_against_the_rule(row, drawn)
        accepted_values[row.indicator.id], ready_values[row.indicator.id] = counted
    weights = WEIGHTS[drawn.framework_id]
    total = sum(weights.values(), Fraction(0))
    assert total == 100
    assert found.supported.index == weighted_index(accepted_values, weights)
    assert found.ready.index == weighted_index(ready_values, weights)
    claimed = {k: Fraction(e.claim) for k, e in drawn.entries.items()}
    claimed_or_lowest = {k: claimed.get(k, Fraction(drawn.low)) for k in weights}
    assert found.claimed.index == weighted_index(claimed_or_lowest, weights)


def test_a_claim_needs_its_bands_level_and_counts_at_most_the_supported_bands_top() -> None:
    """The cap under bands: 3.75 is Melembaga (3,50 < x <= 4,00), so it needs the evidence of
    level 4; evidence through level 3 supports values up to 3,50 (Berkembang's top), through
    level 2 up to 2,50. 3.50 is Berkembang and needs level 3 only."""
    ok: EvidenceStatus = "diterima"
    three = tuple(EvidenceItem(f"l{n}", "tautan", n, status=ok) for n in (1, 2, 3))
    four = (*three, EvidenceItem("l4", "tautan", 4, status=ok))
    two = three[:2]
    entries = {
        "1": Entry("3.75", three),
        "2": Entry("3.75", four),
        "3": Entry("3.75", two),
        "4": Entry("3.5", three),
    }
    found = check(
        read_answers(yamlsafe.parse(file_text("pemdi-2026", entries), "j.yaml"), CATALOG), DAY
    )
    rows = {r.indicator.id: r for r in found.indicators}
    assert (rows["1"].gap, rows["1"].counted(rows["1"].accepted)) == (True, Fraction("3.5"))
    assert (rows["2"].gap, rows["2"].counted(rows["2"].accepted)) == (False, Fraction("3.75"))
    assert (rows["3"].gap, rows["3"].counted(rows["3"].accepted)) == (True, Fraction("2.5"))
    assert (rows["4"].gap, rows["4"].counted(rows["4"].accepted)) == (False, Fraction("3.5"))
    weights = WEIGHTS["pemdi-2026"]
    lost = Fraction("0.25") * weights["1"] + Fraction("1.25") * weights["3"]
    assert found.claimed.index - found.supported.index == lost / 100


def test_a_converted_value_needs_no_item() -> None:
    text = file_text("pemdi-2026", {}, converted="68.75")
    found = check(read_answers(yamlsafe.parse(text, "j.yaml"), CATALOG), DAY)
    five = next(r for r in found.indicators if r.indicator.id == "5")
    assert five.converted and five.claim == Fraction("3.75")
    assert (five.accepted, five.ready, five.gap) == (Fraction("3.75"), Fraction("3.75"), False)
    assert found.supported.index == found.claimed.index


@pytest.mark.parametrize(
    ("offset", "valid"),
    [(-1, False), (0, True), (1, True)],
    ids=["expired the day before", "valid on its last day", "valid until tomorrow"],
)
def test_an_item_is_valid_on_its_berlaku_sampai_day_itself(offset: int, valid: bool) -> None:
    until = DAY + timedelta(days=offset)
    items = (
        EvidenceItem("a", "tautan", 1, status="diterima"),
        EvidenceItem("b", "tautan", 2, status="diterima", valid_until=until),
    )
    text = file_text("spbe-2020", {"1": Entry("2", items)})
    found = check(read_answers(yamlsafe.parse(text, "j.yaml"), CATALOG), DAY)
    row = found.indicators[0]
    level = Fraction(2 if valid else 1)
    assert (row.accepted, row.ready) == (level, level)
    assert [i.text for i in row.expired] == ([] if valid else ["b"])
    assert passed([found]) == valid
    assert (gap_lines([found]) == []) == valid  # one rule: the lines say what `passed` says

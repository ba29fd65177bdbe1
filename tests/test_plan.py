"""`spbe plan`: the greedy plan is as short as any plan can be (checked by exhaustive search)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli import api
from spbe_cli.answers import Answer, Answers
from spbe_cli.cli import app
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Framework, load_catalog
from spbe_cli.planning import Target, level_of, parse_target, plan
from spbe_cli.scoring import score
from spbe_cli.simulation import with_levels
from tests.tables import answer_text, build_table, pemdi_entries

CATALOG = load_catalog()
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
runner = CliRunner()
PEMDI_BANDS = (
    "[{nama: Kurang, dari: 1}, {nama: Cukup, dari: 1.5}, {nama: Baik, dari: 2.5}, "
    "{nama: Sangat Baik, dari: 3.5}, {nama: Memuaskan, dari: 4}]"
)


# ---------------------------------------------------------------- an independent model


def index_of(framework: Framework, levels: dict[str, Fraction]) -> Fraction:
    return sum((levels[i.id] * i.weight for i in framework.indicators), Fraction(0)) / 100


def basis(value: Fraction, rounded: bool) -> Fraction:
    """Half-up to 2 decimals by integer arithmetic (not the code under test)."""
    if not rounded:
        return value
    hundredths = value * 100
    return Fraction(
        (2 * hundredths.numerator + hundredths.denominator) // (2 * hundredths.denominator), 100
    )


def ladder(start: Fraction, cap: int) -> list[Fraction]:
    """Every value one indicator can reach with 0, 1, 2, ... steps of +1 capped at `cap`."""
    values = [start]
    while values[-1] < cap:
        values.append(min(values[-1] + 1, Fraction(cap)))
    return values


def fewest_steps(
    framework: Framework,
    levels: dict[str, Fraction],
    target: Fraction,
    *,
    cap: int,
    held: Sequence[str] = (),
    rounded: bool = False,
) -> int | None:
    """The fewest steps of any plan that reaches the target, by trying every plan."""
    ids = [i.id for i in framework.indicators]
    choices = [[levels[i]] if i in held else ladder(levels[i], cap) for i in ids]
    best: int | None = None
    for values in itertools.product(*(range(len(c)) for c in choices)):
        chosen = {i: choices[n][k] for n, (i, k) in enumerate(zip(ids, values, strict=True))}
        if basis(index_of(framework, chosen), rounded) >= target:
            steps = sum(values)
            best = steps if best is None else min(best, steps)
    return best


def answers_for(framework: Framework, levels: dict[str, Fraction], year: int = 2030) -> Answers:
    return Answers(
        "uji.yaml", "Uji", year, framework, {i: Answer(v) for i, v in levels.items()}, ()
    )


# ---------------------------------------------------------------- small random tables


SCALES = {  # low, decimals, predicate bands
    "1-5": (1, 0, "[{nama: Kurang, dari: 1}, {nama: Cukup, dari: 1.8}, {nama: Baik, dari: 2.6}]"),
    "0-5": (0, 0, "[{nama: Kurang, dari: 0}, {nama: Cukup, dari: 1.8}, {nama: Baik, dari: 2.6}]"),
    "1-5, 2 desimal": (1, 2, PEMDI_BANDS),
}
Case = tuple[Framework, dict[str, Fraction], Target, int, list[str], bool]


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """A one-aspect table of 1-4 indicators with random weights, levels, cap, exclusions and
    target, on a whole or decimal scale, in a year that compares exact or rounded values."""
    count = draw(st.integers(1, 4))
    cuts = draw(st.lists(st.integers(1, 9999), min_size=count - 1, max_size=count - 1, unique=True))
    bounds = [0, *sorted(cuts), 10000]
    weights = [f"{(b - a) // 100}.{(b - a) % 100:02d}" for a, b in itertools.pairwise(bounds)]
    low, decimals, bands = SCALES[draw(st.sampled_from(sorted(SCALES)))]
    rounded = draw(st.booleans())
    framework = build_table(
        weights,
        low=low,
        decimals=decimals,
        bands=bands,
        basis="dibulatkan" if rounded else "tepat",
    )
    values = st.integers(low * 100, 500).map(lambda n: Fraction(n, 100))
    if not decimals:
        values = st.integers(low, 5).map(Fraction)
    levels = {i.id: draw(values) for i in framework.indicators}
    ids = [i.id for i in framework.indicators]
    held = draw(st.lists(st.sampled_from(ids), unique=True, max_size=count))
    if draw(st.booleans()):
        band = draw(st.sampled_from(framework.bands))
        target = Target(band.lower, band.name)
    else:
        target = Target(Fraction(draw(st.integers(low * 100, 500)), 100))
    return framework, levels, target, draw(st.integers(low, 5)), held, rounded


@settings(max_examples=1000, deadline=None)
@given(cases())
def test_greedy_plan_is_as_short_as_the_shortest_plan(case: Case) -> None:
    framework, levels, target, cap, held, rounded = case
    result = plan(answers_for(framework, levels), target, cap=cap, exclude=held)
    fewest = fewest_steps(framework, levels, target.value, cap=cap, held=held, rounded=rounded)
    assert result.reached == (fewest is not None)
    if fewest is None:
        assert result.moves == ()
        return
    assert result.steps == fewest  # so no plan with one step fewer reaches the target
    final = dict(levels)
    for move in result.moves:
        assert move.indicator.id not in held
        assert final[move.indicator.id] == move.start
        assert move.end <= cap
        assert move.end in ladder(move.start, cap)
        final[move.indicator.id] = move.end
    assert index_of(framework, final) == result.index
    assert basis(result.index, rounded) >= target.value
    assert result.predicate == score(answers_for(framework, final)).predicate


# ---------------------------------------------------------------- a floor (--min-level)


def floor_ladder(start: Fraction, floor: int, cap: int) -> tuple[list[Fraction], int]:
    """The values an indicator below the floor takes: up by 1 but cut at the floor, then up by
    1 to the cap; and the position of the floor in it (fewer steps do not meet the floor)."""
    values = [start]
    while values[-1] < floor:
        values.append(min(values[-1] + 1, Fraction(floor)))
    at = len(values) - 1
    while values[-1] < cap:
        values.append(min(values[-1] + 1, Fraction(cap)))
    return values, at


def fewest_with_floor(
    framework: Framework,
    levels: dict[str, Fraction],
    target: Fraction | None,
    *,
    floor: int,
    cap: int,
    held: Sequence[str] = (),
    rounded: bool = False,
) -> int | None:
    """The fewest steps of any plan that lifts every movable indicator to the floor and (when
    given) reaches the target, by trying every such plan."""
    ids = [i.id for i in framework.indicators]
    options: list[list[tuple[Fraction, int]]] = []
    for i in ids:
        if i in held:
            options.append([(levels[i], 0)])
        elif levels[i] < floor:
            values, at = floor_ladder(levels[i], floor, cap)
            options.append([(v, k) for k, v in enumerate(values) if k >= at])
        else:
            options.append([(v, k) for k, v in enumerate(ladder(levels[i], cap))])
    best: int | None = None
    for chosen in itertools.product(*options):
        final = {i: v for i, (v, _) in zip(ids, chosen, strict=True)}
        if target is None or basis(index_of(framework, final), rounded) >= target:
            steps = sum(k for _, k in chosen)
            best = steps if best is None else min(best, steps)
    return best


@settings(max_examples=700, deadline=None)
@given(cases(), st.data())
def test_floor_then_greedy_is_as_short_as_the_shortest_plan(
    case: Case, data: st.DataObject
) -> None:
    framework, levels, target, cap, held, rounded = case
    floor = data.draw(st.integers(framework.level_min, cap))
    wanted = target if data.draw(st.booleans()) else None
    result = plan(answers_for(framework, levels), wanted, cap=cap, exclude=held, floor=floor)
    fewest = fewest_with_floor(
        framework,
        levels,
        None if wanted is None else wanted.value,
        floor=floor,
        cap=cap,
        held=held,
        rounded=rounded,
    )
    assert result.reached == (fewest is not None)
    final = dict(levels)
    lifted = [m for m in result.moves if m.purpose == "level_minimal"]
    assert result.moves[: len(lifted)] == tuple(lifted)  # the floor first
    for move in result.moves:
        assert move.indicator.id not in held and final[move.indicator.id] == move.start
        final[move.indicator.id] = move.end
    for move in lifted:
        assert move.start < floor and move.end == floor
    assert all(final[i] >= floor for i in final if i not in held)
    assert sorted(result.below_floor) == sorted(i for i in held if levels[i] < floor)
    assert index_of(framework, final) == result.index
    if fewest is None:  # the target is out of reach: the floor alone is planned
        assert all(m.purpose == "level_minimal" for m in result.moves)
        return
    assert result.steps == fewest
    if wanted is not None:
        assert basis(result.index, rounded) >= wanted.value


def test_a_floor_lifts_to_exactly_the_floor_in_steps() -> None:
    framework = build_table(["50", "30", "20"], decimals=2, bands=PEMDI_BANDS)
    levels = {"1": Fraction("2.4"), "2": Fraction(1), "3": Fraction("3.5")}
    result = plan(answers_for(framework, levels), None, floor=3)
    moves = [(m.indicator.id, m.start, m.end, m.steps, m.purpose) for m in result.moves]
    assert moves == [  # the larger lift first: 2 x 30% before 0.60 x 50%
        ("2", Fraction(1), Fraction(3), 2, "level_minimal"),
        ("1", Fraction("2.4"), Fraction(3), 1, "level_minimal"),  # 2.40 -> 3.00 is one step
    ]
    assert result.reached and result.target is None


def test_decimal_values_rise_by_one_and_stop_at_the_top() -> None:
    framework = build_table(["60", "40"], decimals=2, bands=PEMDI_BANDS)
    levels = {"1": Fraction("3.75"), "2": Fraction(1)}
    result = plan(answers_for(framework, levels), Target(Fraction(5)))
    moves = {m.indicator.id: (m.start, m.end, m.steps) for m in result.moves}
    assert moves == {"1": (Fraction("3.75"), Fraction(5), 2), "2": (Fraction(1), Fraction(5), 4)}


def test_ties_go_to_the_lower_level_then_to_table_order() -> None:
    framework = build_table(["25", "25", "25", "25"])
    levels = {"1": Fraction(3), "2": Fraction(2), "3": Fraction(2), "4": Fraction(4)}
    start = index_of(framework, levels)
    result = plan(answers_for(framework, levels), Target(start + Fraction(1, 2)))
    assert [(m.indicator.id, str(m.start), str(m.end)) for m in result.moves] == [
        ("2", "2", "3"),
        ("3", "2", "3"),
    ]


def test_heavier_steps_come_first() -> None:
    framework = build_table(["10", "30", "60"])
    levels = {i.id: Fraction(1) for i in framework.indicators}
    result = plan(answers_for(framework, levels), Target(Fraction("3.5")))
    assert [(m.indicator.id, str(m.end)) for m in result.moves] == [("3", "5"), ("2", "2")]


def test_a_year_that_rounds_reaches_the_target_sooner() -> None:
    # 3.495 is shown 3.50: below 3.5 on the exact basis, at it when the year rounds.
    levels = {"1": Fraction(3), "2": Fraction(4)}
    target = Target(Fraction("3.5"))
    for rule, steps in (("tepat", 1), ("dibulatkan", 0)):
        framework = build_table(["50.5", "49.5"], basis=rule)
        assert index_of(framework, levels) == Fraction("3.495")
        result = plan(answers_for(framework, levels), target)
        assert result.reached and result.steps == steps
        assert (
            fewest_steps(framework, levels, target.value, cap=5, rounded=rule != "tepat") == steps
        )


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("wanted", ["Baik", "Sangat Baik", "Memuaskan", "3.3"])
def test_sample_plans_reach_and_one_step_fewer_never_does(sample: str, wanted: str) -> None:
    answers = api.read(str(SAMPLES / sample), CATALOG)
    framework = answers.framework
    target = parse_target(framework, wanted)
    result = plan(answers, target, include_external=True)
    rounded = framework.rule(answers.year).basis == "dibulatkan"
    if not result.reached:
        return
    final = score(with_levels(answers, {m.indicator.id: m.end for m in result.moves}))
    assert final.index == result.index
    assert basis(final.index, rounded) >= target.value
    # Upper bound for any plan of k - 1 steps: the k - 1 largest single-step gains, each
    # indicator offering one gain per step it can still take.
    gains = sorted(
        (
            (b - a) * i.weight / 100
            for i in framework.indicators
            for a, b in itertools.pairwise(ladder(answers.levels[i.id].level, framework.level_max))
        ),
        reverse=True,
    )
    fewer = result.steps - 1
    if fewer >= 0:
        best = result.current.index + sum(gains[:fewer], Fraction(0))
        assert basis(best, rounded) < target.value


def test_target_already_met_is_an_empty_plan() -> None:
    answers = api.read(str(SAMPLES / "kabupaten-contoh-2024.yaml"), CATALOG)
    result = plan(answers, parse_target(answers.framework, "cukup"))
    assert result.reached and result.moves == () and result.index == result.current.index


def test_targets_are_predicates_or_numbers_on_the_scale() -> None:
    framework = CATALOG.frameworks["spbe-2020"]
    assert parse_target(framework, "sangat-baik") == Target(Fraction("3.5"), "Sangat Baik")
    assert parse_target(framework, "3,25") == Target(Fraction("3.25"))
    for bad in ("Hebat", "6", "-1", "abc"):
        with pytest.raises(UsageError):
            parse_target(framework, bad)


# ---------------------------------------------------------------- the command


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "jawaban.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cli_json_plan(tmp_path: Path) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, "--target", "Sangat Baik", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tercapai"] is True
    assert data["predikat"] == "Sangat Baik"
    assert data["jumlah_langkah"] == sum(s["jumlah_langkah"] for s in data["langkah"])
    first = data["langkah"][0]
    assert set(first) >= {"id", "nama", "dari", "ke", "tambahan", "indeks", "predikat", "kriteria"}
    total = sum((Fraction(s["tambahan_tepat"]) for s in data["langkah"]), Fraction(0))
    answers = api.read(sample, CATALOG)
    assert score(answers).index + total == Fraction(data["indeks_tepat"])


def test_cli_already_met_exits_0_with_an_empty_plan() -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, "-t", "Baik", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["langkah"] == []


def test_cli_unreachable_exits_1(tmp_path: Path) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, "-t", "Memuaskan", "--max-level", "4"])
    assert result.exit_code == 1
    assert "tidak tercapai" in result.stdout
    assert "target tidak tercapai: paling tinggi 4.00" in result.stderr


def test_cli_kecuali_and_max_level(tmp_path: Path) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    args = ["plan", sample, "-t", "3.2", "-f", "json", "--kecuali", "47,43", "--kecuali", "45"]
    data = json.loads(runner.invoke(app, [*args, "--max-level", "4"]).stdout)
    moved = {s["id"] for s in data["langkah"]}
    assert not moved & {"43", "45", "47"}
    assert all(s["ke"] <= 4 for s in data["langkah"])
    assert {"id": "45", "alasan": "kecuali"} in data["tidak_direncanakan"]


def test_cli_external_indicators_are_left_out_unless_asked(tmp_path: Path) -> None:
    path = write(tmp_path, answer_text(2026, pemdi_entries(i5="{sdi: 25}", i6="{sjig: 1}")))
    plain = json.loads(runner.invoke(app, ["plan", path, "-t", "Memuaskan", "-f", "json"]).stdout)
    assert not {s["id"] for s in plain["langkah"]} & {"5", "6"}
    assert {"id": "5", "alasan": "eksternal"} in plain["tidak_direncanakan"]
    args = ["plan", path, "-t", "Memuaskan", "-f", "json", "--termasuk-eksternal"]
    included = json.loads(runner.invoke(app, args).stdout)
    assert "5" in {s["id"] for s in included["langkah"]}
    assert included["jumlah_langkah"] <= plain["jumlah_langkah"]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-t", "Hebat"], "not a predikat of spbe-2020"),
        (["-t", "Baik", "--kecuali", "48"], "allowed ids: 1-47"),
        (["-t", "Baik", "--max-level", "6"], "--max-level 6: outside the scale 1-5"),
        (["-t", "Baik", "-f", "xml"], "'xml' is not one of"),
    ],
)
def test_cli_usage_errors_exit_2(options: list[str], message: str) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, *options])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_cli_min_level_alone_and_with_a_target() -> None:
    sample = str(SAMPLES / "provinsi-contoh-2026-tim.yaml")
    floor = json.loads(
        runner.invoke(app, ["plan", sample, "--min-level", "3", "-f", "json"]).stdout
    )
    assert floor["target"] is None and floor["level_minimal"] == 3 and floor["tercapai"]
    answers = api.read(sample, CATALOG)
    # below level 3's band: at or under 2,50 (Berkembang is 2,50 < x <= 3,50 on every sheet,
    # pp. 11-36); indicator 7's 2.6 is already in it
    below = {
        i: a.level
        for i, a in answers.levels.items()
        if a.level <= Fraction("2.5") and answers.framework.by_id[i].conversion is None
    }
    assert {s["id"] for s in floor["langkah"]} == set(below)
    assert all(s["tujuan"] == "level_minimal" and s["ke"] == 3 for s in floor["langkah"])
    assert floor["jumlah_langkah"] == len(below)  # every one of them is within one step of 3
    both = runner.invoke(app, ["plan", sample, "--min-level", "3", "-t", "3.2", "-f", "json"])
    data = json.loads(both.stdout)
    purposes = [s["tujuan"] for s in data["langkah"]]
    assert purposes == sorted(purposes, key=lambda p: p != "level_minimal")
    assert "target" in purposes and Fraction(data["indeks_tepat"]) >= Fraction("3.2")
    kept = ["plan", sample, "--min-level", "3", "--kecuali", "1", "-f", "json"]
    held = json.loads(runner.invoke(app, kept).stdout)
    assert held["di_bawah_level_minimal"] == ["1"]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([], "give --target, --min-level or both"),
        (["--min-level", "6"], "--min-level 6: outside the scale 1-5"),
        (["--min-level", "4", "--max-level", "3"], "--max-level 3 is below --min-level 4"),
    ],
)
def test_cli_floor_usage_errors(options: list[str], message: str) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, *options])
    assert result.exit_code == 2 and message in result.stderr


def test_cli_invalid_file_exits_3_with_nothing_on_stdout(tmp_path: Path) -> None:
    path = write(tmp_path, "tahun: 2024\ninstansi: X\nindikator: {1: 9}\n")
    result = runner.invoke(app, ["plan", path, "-t", "Baik"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert all(line.startswith(path) for line in result.stderr.splitlines())


@pytest.mark.parametrize("output", ["table", "markdown"])
def test_cli_text_formats_show_steps_and_criteria(output: str) -> None:
    sample = str(SAMPLES / "kabupaten-contoh-2024.yaml")
    result = runner.invoke(app, ["plan", sample, "-t", "3.0", "-f", output])
    assert result.exit_code == 0
    assert "9 langkah naik level" in result.stdout
    assert "level 4 Kolaborasi" in result.stdout
    assert "Urutan: tambahan terbesar dulu" in result.stdout


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("1", 1),
        ("1.49", 1),
        ("1.5", 1),
        ("1.6", 2),
        ("2.2", 2),
        ("2.5", 2),
        ("3.2", 3),
        ("3.5", 3),
        ("3.75", 4),
        ("4", 4),
        ("4.5", 5),
        ("5", 5),
    ],
)
def test_a_decimal_value_meets_the_level_whose_band_holds_it(value: str, level: int) -> None:
    # Every indicator sheet of PermenPANRB 8/2026 (pp. 11-36, rendered page) prints the level
    # bands with the upper edge included: "> 3,50 s.d. <= 4,00" Melembaga (4), "> 4,00 s.d.
    # 5,00" Unggul (5); SDI 75 converts to 4.00, and the SDI sheet (p. 17) puts 75 in level 4.
    assert level_of(CATALOG.frameworks["pemdi-2026"], Fraction(value)) == level


def test_whole_scales_use_the_value_itself() -> None:
    for framework_id in ("spbe-2018", "spbe-2020"):
        framework = CATALOG.frameworks[framework_id]
        for value in range(framework.level_min, framework.level_max + 1):
            assert level_of(framework, Fraction(value)) == value


def test_a_rise_inside_one_level_band_says_so(tmp_path: Path) -> None:
    entries = {str(n): "5" for n in range(1, 21)}
    entries["20"] = "4.5"  # 4.50 is already in level 5 (Unggul, 4,00 < x <= 5,00)
    path = write(tmp_path, answer_text(2026, entries))
    result = runner.invoke(app, ["plan", path, "-t", "5", "-f", "markdown"])
    assert result.exit_code == 0
    assert "nilai naik di dalam rentang level 5 Unggul (4.00 &lt; x ≤ 5.00)" in result.stdout
    data = json.loads(runner.invoke(app, ["plan", path, "-t", "5", "-f", "json"]).stdout)
    assert data["langkah"][0]["kriteria"] == []

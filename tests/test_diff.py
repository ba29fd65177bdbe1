"""spbe diff: the comparison core, the mapping table, the renderers and the command."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli import crosswalk, yamlsafe
from spbe_cli.answers import ReadOptions, read_answers
from spbe_cli.api import score_source
from spbe_cli.cli import app
from spbe_cli.diff import Comparison, compare
from spbe_cli.errors import InputError
from spbe_cli.renderers import Options
from spbe_cli.renderers.diff import FORMATS as DIFF_FORMATS
from spbe_cli.scoring import Score, score
from tests.answerfiles import (
    KAB_2024,
    KOTA_2019,
    PROV_2026,
    catalog,
    index_of,
    raw_members,
    raw_weights,
    sample_levels,
    write_answers,
)

runner = CliRunner()
CATALOG = catalog()


def score_levels(year: int, levels: dict[str, Fraction], framework: str | None = None) -> Score:
    lines = [f"tahun: {year}", "instansi: Uji"]
    if framework:
        lines.append(f"kerangka: {framework}")
    lines.append("indikator:")
    lines += [f'  "{k}": {v if v.denominator == 1 else float(v)}' for k, v in levels.items()]
    doc = yamlsafe.parse("\n".join(lines) + "\n", f"uji-{year}.yaml")
    return score(read_answers(doc, CATALOG, ReadOptions(allow_missing=True)))


def changed_2024() -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """The 2024 sample and a 2023 copy with a few levels moved both ways."""
    new = sample_levels(KAB_2024)
    old = dict(new)
    old.update({"2": Fraction(2), "9": Fraction(3), "14": Fraction(2), "44": Fraction(2)})
    old.update({"13": Fraction(1), "21": Fraction(1), "32": Fraction(2)})
    return old, new


# ---------------------------------------------------------------- same kerangka


def test_same_kerangka_lists_only_changed_indicators_with_exact_contributions() -> None:
    old, new = changed_2024()
    result = compare(score_levels(2023, old), score_levels(2024, new))
    weights = raw_weights("spbe-2020")
    assert result.kind == "kerangka_sama"
    assert {c.id for c in result.indicators} == {i for i in new if new[i] != old[i]}
    for change in result.indicators:
        assert (change.old, change.new) == (old[change.id], new[change.id])
        assert change.contribution == (new[change.id] - old[change.id]) * weights[change.id] / 100
    assert result.index_delta == index_of(new, weights) - index_of(old, weights)
    assert sum(c.contribution or 0 for c in result.indicators) == result.index_delta


def test_gains_and_regressions_are_apart_and_sorted_by_contribution() -> None:
    old, new = changed_2024()
    result = compare(score_levels(2023, old), score_levels(2024, new))
    gains = [c.contribution for c in result.gains]
    losses = [c.contribution for c in result.regressions]
    assert [c.id for c in result.gains][:2] == ["44", "14"]  # +2 × 3.00 and +2 × 2.50
    assert all(g is not None and g > 0 for g in gains)
    assert gains == sorted(gains, reverse=True)  # type: ignore[type-var]
    assert [c.id for c in result.regressions] == ["9"]
    assert losses == sorted(losses)  # type: ignore[type-var]
    assert result.indicators == result.gains + result.regressions


@pytest.mark.parametrize("section", ["domain", "aspek"])
def test_group_deltas_match_an_independent_weighted_mean(section: str) -> None:
    old, new = changed_2024()
    result = compare(score_levels(2023, old), score_levels(2024, new))
    weights = raw_weights("spbe-2020")
    groups = result.domains if section == "domain" else result.aspects
    members = raw_members("spbe-2020", section)
    assert [g.id for g in groups] == list(members)
    for group in groups:
        ids = members[group.id]
        assert group.old == index_of({i: old[i] for i in ids}, weights)
        assert group.new == index_of({i: new[i] for i in ids}, weights)


def test_identical_files_have_no_changes() -> None:
    levels = sample_levels(KAB_2024)
    result = compare(score_levels(2023, levels), score_levels(2024, levels))
    assert result.indicators == ()
    assert not result.changed
    assert result.index_delta == 0
    assert result.predicate_step == 0


LEVELS_2020 = st.fixed_dictionaries(
    {i: st.integers(1, 5).map(Fraction) for i in raw_weights("spbe-2020")}
)
LEVELS_2018 = st.fixed_dictionaries(
    {i: st.integers(0, 5).map(Fraction) for i in raw_weights("spbe-2018")}
)
LEVELS_PEMDI = st.fixed_dictionaries(
    {i: st.integers(100, 500).map(lambda n: Fraction(n, 100)) for i in raw_weights("pemdi-2026")}
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        [("spbe-2020", 2024, LEVELS_2020), ("spbe-2018", 2019, LEVELS_2018),
         ("pemdi-2026", 2026, LEVELS_PEMDI)]
    ).flatmap(lambda case: st.tuples(st.just(case[:2]), case[2], case[2]))
)  # fmt: skip
def test_contributions_add_up_exactly_to_the_index_change(
    case: tuple[tuple[str, int], dict[str, Fraction], dict[str, Fraction]],
) -> None:
    (framework, year), old, new = case
    weights = raw_weights(framework)
    result = compare(score_levels(year, old), score_levels(year, new))
    expected = (index_of(new, weights) - index_of(old, weights)) if old else Fraction(0)
    assert result.index_delta == expected
    assert sum((c.contribution or Fraction(0) for c in result.indicators), Fraction(0)) == expected
    for change in result.indicators:
        assert change.contribution == (new[change.id] - old[change.id]) * weights[change.id] / 100


def test_drafts_count_unfilled_at_the_lowest_level_and_are_not_regressions() -> None:
    new = sample_levels(KAB_2024)
    old = dict(new)
    draft = {k: v for k, v in new.items() if k not in ("21", "40")}  # 21 was 2, 40 was 3
    old["45"] = Fraction(1)  # and 45 went up from 1 to the sample's level
    result = compare(score_levels(2023, old), score_levels(2024, draft))
    unfilled = {c.id: c for c in result.unfilled}
    assert set(unfilled) == {"21", "40"}
    assert unfilled["21"].new == 1 and unfilled["21"].unfilled == ("baru",)
    assert result.regressions == ()
    assert [c.id for c in result.gains] == ["45"]
    assert sum(c.contribution or 0 for c in result.indicators) == result.index_delta


# ---------------------------------------------------------------- across kerangka


def cross(reverse: bool = False) -> Comparison:
    old = score_source(str(KOTA_2019), CATALOG)
    new = score_source(str(KAB_2024), CATALOG)
    table = crosswalk.find(CATALOG, "spbe-2018", "spbe-2020")
    assert table is not None
    return compare(new, old, table) if reverse else compare(old, new, table)


@pytest.fixture(scope="module")
def crossed() -> Comparison:
    """The 2019 sample (spbe-2018) against the 2024 one (spbe-2020), through the shipped table."""
    return cross()


def test_cross_kerangka_goes_through_the_mapping_table(crossed: Comparison) -> None:
    assert crossed.kind == "pemetaan"
    assert crossed.index_delta == crossed.new.index - crossed.old.index
    assert all(c.contribution is None for c in crossed.indicators)


def test_cross_kerangka_names_every_indicator_of_both_kerangka_once(crossed: Comparison) -> None:
    old_ids = [i for c in crossed.indicators for i in c.old_ids]
    new_ids = [i for c in crossed.indicators for i in c.new_ids]
    assert sorted(old_ids) == sorted(raw_weights("spbe-2018"))  # every id exactly once
    assert sorted(new_ids) == sorted(raw_weights("spbe-2020"))


def test_cross_kerangka_compares_a_group_by_its_average_level(crossed: Comparison) -> None:
    old_levels, new_levels = sample_levels(KOTA_2019), sample_levels(KAB_2024)
    group = next(c for c in crossed.indicators if c.old_ids == ("35.1", "35.2", "35.3"))
    assert group.new_ids == ("45", "46", "47")
    assert group.old == sum(old_levels[f"35.{n}"] for n in (1, 2, 3)) / 3
    assert group.new == sum(new_levels[str(n)] for n in (45, 46, 47)) / 3


def test_cross_kerangka_shows_new_indicators_and_paired_domains(crossed: Comparison) -> None:
    only_new = {c.new_ids[0] for c in crossed.unmatched if c.old is None}
    assert {str(n) for n in range(21, 32)} <= only_new  # domain Manajemen is new in 59/2020
    layanan = next(c for c in crossed.domains if c.new_ids == ("D4",))
    assert layanan.old_ids == ("D3",)
    assert layanan.confidence == "primer"


def test_cross_kerangka_reads_the_table_backwards_too() -> None:
    forward, backward = cross(), cross(reverse=True)
    assert backward.kind == "pemetaan"
    assert backward.index_delta == -forward.index_delta
    pairs = {(c.old_ids, c.new_ids): c.delta for c in forward.indicators if c.matched}
    for change in backward.indicators:
        if change.matched:
            assert change.delta == -(pairs[(change.new_ids, change.old_ids)] or 0)


def test_without_a_mapping_table_only_index_and_predikat_are_compared() -> None:
    old = score_source(str(KOTA_2019), CATALOG)
    new = score_source(str(PROV_2026), CATALOG)
    assert crosswalk.find(CATALOG, "spbe-2018", "pemdi-2026") is None
    result = compare(old, new)
    assert result.kind == "indeks_saja" and result.withheld is None
    assert (result.indicators, result.domains, result.aspects) == ((), (), ())
    assert result.index_delta == new.index - old.index


def test_a_table_of_guesses_only_is_used_only_when_asked() -> None:
    old = score_source(str(KAB_2024), CATALOG)
    new = score_source(str(PROV_2026), CATALOG)
    table = crosswalk.find(CATALOG, "spbe-2020", "pemdi-2026")
    assert table is not None and table.guesses_only
    plain = compare(old, new, table)
    assert plain.kind == "indeks_saja" and plain.crosswalk is None
    assert plain.withheld is table
    assert (plain.indicators, plain.domains, plain.aspects) == ((), (), ())
    asked = compare(old, new, table, guesses=True)
    assert asked.kind == "pemetaan" and asked.withheld is None
    assert asked.index_delta == plain.index_delta == new.index - old.index
    paired = [c for c in asked.indicators if c.matched]
    assert paired and all(c.confidence == "dugaan" for c in paired)
    backwards = compare(new, old, table)  # read the other way, still withheld
    assert backwards.kind == "indeks_saja" and backwards.withheld is not None
    assert backwards.withheld.old == "pemdi-2026"
    # the 2018 table pairs indicators on sources: compared row by row without asking
    older = crosswalk.find(CATALOG, "spbe-2018", "spbe-2020")
    assert older is not None and not older.guesses_only


def test_a_table_for_other_kerangka_is_refused() -> None:
    table = crosswalk.find(CATALOG, "spbe-2018", "spbe-2020")
    old = score_source(str(KAB_2024), CATALOG)
    new = score_source(str(PROV_2026), CATALOG)
    with pytest.raises(ValueError, match="does not join"):
        compare(old, new, table)


# ---------------------------------------------------------------- the mapping tables


def test_shipped_tables_are_valid_and_the_catalog_ignores_their_folder() -> None:
    tables = crosswalk.load_all(CATALOG)
    assert [(t.old, t.new) for t in tables] == [
        ("spbe-2018", "spbe-2020"),
        ("spbe-2020", "pemdi-2026"),
    ]
    assert sorted(CATALOG.frameworks) == ["pemdi-2026", "spbe-2018", "spbe-2020"]
    assert (Path(crosswalk.__file__).parent / "weights" / "pemetaan").is_dir()


def test_every_pairing_says_how_well_it_is_established() -> None:
    for table in crosswalk.load_all(CATALOG):
        for link in (*table.domains, *table.aspects, *table.indicators):
            assert link.confidence in crosswalk.CONFIDENCE
            assert link.note


def test_no_source_ties_spbe_2020_to_pemdi_2026_indicators() -> None:
    """The reference material ties the two indices as a whole (PermenPANRB 8/2026 Pasal 11)
    and says Pemdi has no domains; nothing pairs an indicator or an aspect."""
    table = crosswalk.find(CATALOG, "spbe-2020", "pemdi-2026")
    assert table is not None
    assert {link.confidence for link in (*table.aspects, *table.indicators)} == {"dugaan"}
    assert [(link.old, link.new, link.confidence) for link in table.domains] == [
        (("D1", "D2", "D3", "D4"), (), "primer")
    ]
    assert all("[primer" in source for source in table.sources)


BAD_TABLE = """dari: spbe-2018
ke: spbe-2020
nama: salah
indikator:
  - {lama: ["1", "1"], baru: ["99"], keyakinan: dugaan}
  - {lama: [], baru: [], keyakinan: pasti}
"""


def test_a_bad_table_reports_every_problem_with_its_position(tmp_path: Path) -> None:
    folder = tmp_path / "pemetaan"
    folder.mkdir()
    (folder / "spbe-2018_spbe-2020.yaml").write_text(BAD_TABLE, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        crosswalk.find(CATALOG, "spbe-2018", "spbe-2020", [tmp_path])
    assert any("keyakinan" in str(p) for p in caught.value.problems)  # 'pasti' is not allowed
    (folder / "spbe-2018_spbe-2020.yaml").write_text(
        BAD_TABLE.replace("pasti", "dugaan"), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        crosswalk.find(CATALOG, "spbe-2018", "spbe-2020", [tmp_path])
    messages = [str(p) for p in caught.value.problems]
    assert any(":5:" in m and "indikator 99 tidak ada di spbe-2020" in m for m in messages)
    assert any("indikator 1 (lama) sudah ada di entri" in m for m in messages)
    assert any("tidak ada di sisi lama" in m for m in messages)
    assert any("kedua sisi kosong" in m for m in messages)


def test_a_duplicate_key_in_a_table_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "pemetaan"
    folder.mkdir()
    text = BAD_TABLE.replace("nama: salah\n", "nama: salah\nnama: lagi\n")
    (folder / "spbe-2018_spbe-2020.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="kunci 'nama' ganda"):
        crosswalk.find(CATALOG, "spbe-2018", "spbe-2020", [tmp_path])


def test_a_table_must_be_named_after_its_kerangka(tmp_path: Path) -> None:
    folder = tmp_path / "pemetaan"
    folder.mkdir()
    shipped = crosswalk.load_all(CATALOG)[0]
    text = (Path(crosswalk.__file__).parent / "weights" / "pemetaan").joinpath(
        f"{shipped.table_id}.yaml"
    )
    (folder / "spbe-2020_spbe-2018.yaml").write_text(text.read_text("utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match=r"harus bernama spbe-2018_spbe-2020\.yaml"):
        crosswalk.find(CATALOG, "spbe-2018", "spbe-2020", [tmp_path])


# ---------------------------------------------------------------- renderers


def test_every_diff_format_is_registered_and_renders() -> None:
    result = cross()
    for name in DIFF_FORMATS.names:
        text = DIFF_FORMATS.renderer(name)(result, Options())
        assert "spbe-2018" in text and "spbe-2020" in text


def test_json_has_the_documented_shape() -> None:
    old, new = changed_2024()
    result = compare(score_levels(2023, old), score_levels(2024, new))
    data = json.loads(DIFF_FORMATS.renderer("json")(result, Options()))
    assert data["perbandingan"] == "kerangka_sama"
    assert set(data["indeks"]) >= {"lama", "baru", "selisih"}
    assert Fraction(data["indeks"]["selisih_tepat"]) == result.index_delta
    assert data["predikat"] == {"lama": "Cukup", "baru": "Baik", "arah": "naik"}
    first = data["indikator"][0]
    assert {"id", "nama", "lama", "baru", "selisih", "kontribusi"} <= set(first)
    assert (first["id"], first["lama"], first["baru"], first["selisih"]) == ("44", 2, 4, 2)
    assert first["kontribusi"] == 0.06 and first["arah"] == "naik"
    assert [d["id"] for d in data["domain"]] == ["D1", "D2", "D3", "D4"]
    assert {"id", "nama", "lama", "baru", "selisih"} <= set(data["aspek"][0])


def test_table_tells_the_story_and_honours_no_color() -> None:
    old, new = changed_2024()
    result = compare(score_levels(2023, old), score_levels(2024, new))
    plain = DIFF_FORMATS.renderer("table")(result, Options(width=120))
    assert "\x1b[" not in plain
    assert plain.index("Naik: 6 indikator") < plain.index("Turun: 1 indikator")
    assert "+0.1775" in plain  # the index change, equal to the summed contributions
    assert "Kerangka sama (spbe-2020)" in plain
    coloured = DIFF_FORMATS.renderer("table")(result, Options(width=120, color=True))
    assert "\x1b[" in coloured


def test_markdown_is_a_github_table() -> None:
    text = DIFF_FORMATS.renderer("markdown")(cross(), Options())
    lines = text.splitlines()
    assert lines[0].startswith("### Perbandingan")
    assert "| spbe-2018 | spbe-2020 | Indikator | Lama | Baru | Selisih | Keyakinan |" in lines
    assert "<details><summary>Tanpa padanan di spbe-2020: 15 indikator spbe-2018</summary>" in text
    table_rows = [line for line in lines if line.startswith("|")]
    assert all(line.endswith("|") for line in table_rows)


# ---------------------------------------------------------------- the command


def files_2023_2024(tmp_path: Path) -> tuple[Path, Path]:
    old, new = changed_2024()
    return (
        write_answers(tmp_path, "2023.yaml", 2023, old),
        write_answers(tmp_path, "2024.yaml", 2024, new),
    )


def test_cli_exit_code_option(tmp_path: Path) -> None:
    old, new = files_2023_2024(tmp_path)
    same = runner.invoke(app, ["diff", str(new), str(new), "--exit-code"])
    assert same.exit_code == 0, same.output
    assert "Tidak ada level indikator yang berubah" in same.stdout
    differ = runner.invoke(app, ["diff", str(old), str(new), "--exit-code"])
    assert differ.exit_code == 1
    assert "Naik" in differ.stdout  # the report still goes to stdout
    assert "7 indikator berbeda levelnya" in differ.stderr
    plain = runner.invoke(app, ["diff", str(old), str(new)])
    assert plain.exit_code == 0


def test_cli_fail_on_regression(tmp_path: Path) -> None:
    old, new = files_2023_2024(tmp_path)
    down = runner.invoke(app, ["diff", str(old), str(new), "--fail-on-regression"])
    assert down.exit_code == 1
    assert "1 indikator turun" in down.stderr and "9 (3 → 2)" in down.stderr
    fixed = sample_levels(KAB_2024)
    fixed["9"] = Fraction(3)
    better = write_answers(tmp_path, "2024b.yaml", 2024, fixed)
    up = runner.invoke(app, ["diff", str(old), str(better), "--fail-on-regression"])
    assert up.exit_code == 0, up.output


def test_cli_json_and_markdown(tmp_path: Path) -> None:
    old, new = files_2023_2024(tmp_path)
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["indeks"]["selisih"] == 0.1775
    markdown = runner.invoke(app, ["diff", str(old), str(new), "-f", "markdown"])
    assert markdown.stdout.startswith("### Perbandingan Indeks SPBE Instansi Uji: 2023 → 2024")


def diff_json(*args: str | Path) -> dict[str, Any]:
    """`spbe diff ... -f json`, which must succeed, read back as JSON."""
    result = runner.invoke(app, ["diff", *map(str, args), "-f", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_cli_cross_kerangka_says_which_comparison_it_made() -> None:
    data = diff_json(KOTA_2019, KAB_2024)
    assert data["perbandingan"] == "pemetaan"
    assert "tabel pemetaan spbe-2018_spbe-2020" in data["keterangan"]
    assert data["pemetaan"]["tabel"] == "spbe-2018_spbe-2020"
    row = next(r for r in data["indikator"] if r["id_lama"] == ["25"])
    assert row["id_baru"] == ["37"] and row["keyakinan"] == "sebagian"
    assert row["kontribusi"] is None
    assert data["pemetaan"]["hanya_dugaan"] is False and data["pemetaan"]["dibandingkan"]


def test_cli_a_table_of_guesses_only_is_named_but_not_used_unasked() -> None:
    data = diff_json(KAB_2024, PROV_2026)
    assert data["perbandingan"] == "indeks_saja" and data["indikator"] == []
    assert "hanya memasangkan indikator dengan dugaan" in data["keterangan"]
    assert "--termasuk-dugaan" in data["keterangan"]
    assert data["pemetaan"]["tabel"] == "spbe-2020_pemdi-2026"
    assert data["pemetaan"]["hanya_dugaan"] and not data["pemetaan"]["dibandingkan"]


def test_cli_a_table_of_guesses_only_is_used_when_asked() -> None:
    data = diff_json(KAB_2024, PROV_2026, "--termasuk-dugaan")
    assert data["perbandingan"] == "pemetaan" and data["pemetaan"]["dibandingkan"]
    assert {r["keyakinan"] for r in data["indikator"] if r["id_lama"] and r["id_baru"]} == {
        "dugaan"
    }
    assert "dibandingkan atas permintaan (--termasuk-dugaan)" in data["keterangan"]


def test_cli_without_a_table_says_there_is_none() -> None:
    data = diff_json(KOTA_2019, PROV_2026)
    assert data["perbandingan"] == "indeks_saja" and data["pemetaan"] is None
    assert "tidak ada tabel pemetaan" in data["keterangan"]


def test_cli_bad_input_exits_3_with_nothing_on_stdout(tmp_path: Path) -> None:
    old, _ = files_2023_2024(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("tahun: 2024\ninstansi: X\nindikator:\n  '1': 9\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(bad)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "bad.yaml:4:" in result.stderr and "Traceback" not in result.stderr


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    old, new = files_2023_2024(tmp_path)
    both_stdin = runner.invoke(app, ["diff", "-", "-"])
    assert both_stdin.exit_code == 2 and both_stdin.stdout == ""
    wrong = runner.invoke(app, ["diff", str(old), str(new), "--format", "csv"])
    assert wrong.exit_code == 2 and wrong.stdout == ""
    missing = runner.invoke(app, ["diff", str(old), str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and missing.stdout == ""


def test_cli_reads_one_side_from_stdin_and_warns_on_reversed_years(tmp_path: Path) -> None:
    old, new = files_2023_2024(tmp_path)
    result = runner.invoke(app, ["diff", "-", str(old)], input=new.read_text("utf-8"))
    assert result.exit_code == 0, result.output
    assert "lebih baru dari" in result.stderr
    assert "Turun: 6 indikator" in result.stdout


def test_cli_drafts_need_allow_incomplete(tmp_path: Path) -> None:
    old, _ = files_2023_2024(tmp_path)
    levels = {k: v for k, v in sample_levels(KAB_2024).items() if k != "21"}
    draft = write_answers(tmp_path, "draft.yaml", 2024, levels)
    refused = runner.invoke(app, ["diff", str(old), str(draft)])
    assert refused.exit_code == 3 and refused.stdout == ""
    allowed = runner.invoke(app, ["diff", str(old), str(draft), "--allow-incomplete"])
    assert allowed.exit_code == 0, allowed.output
    assert "Belum diisi (dihitung level terendah): 1 indikator" in allowed.stdout
    assert "draft.yaml: draf, 1 indikator belum diisi (21)" in allowed.stderr


def test_a_table_of_your_own_in_a_weights_folder_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "pemetaan"
    folder.mkdir()
    old_ids = [i for i in raw_weights("spbe-2020") if i not in ("23", "44")]
    new_ids = [i for i in raw_weights("pemdi-2026") if i != "5"]
    table = "\n".join(
        [
            "dari: spbe-2020",
            "ke: pemdi-2026",
            "nama: uji",
            "indikator:",
            '  - {lama: ["23", "44"], baru: ["5"], keyakinan: dugaan, catatan: data}',
            f"  - {{lama: {json.dumps(old_ids)}, baru: [], keyakinan: dugaan}}",
            f"  - {{lama: [], baru: {json.dumps(new_ids)}, keyakinan: dugaan}}",
        ]
    )
    (folder / "spbe-2020_pemdi-2026.yaml").write_text(table + "\n", encoding="utf-8")
    args = ["diff", str(KAB_2024), str(PROV_2026), "-f", "json", "--weights", str(tmp_path)]
    plain = json.loads(runner.invoke(app, args).stdout)  # guesses only: not used unasked
    assert plain["perbandingan"] == "indeks_saja" and plain["pemetaan"]["nama"] == "uji"
    result = runner.invoke(app, [*args, "--termasuk-dugaan"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (
        data["perbandingan"] == "pemetaan" and data["pemetaan"]["tabel"] == "spbe-2020_pemdi-2026"
    )
    assert data["pemetaan"]["nama"] == "uji"  # the folder's table, not the shipped one
    row = next(r for r in data["indikator"] if r["id_baru"] == ["5"] and r["id_lama"])
    old, new = sample_levels(KAB_2024), sample_levels(PROV_2026)
    weights = raw_weights("spbe-2020")
    expected_old = index_of({i: old[i] for i in ("23", "44")}, weights)
    assert Fraction(row["lama_tepat"]) == expected_old
    assert Fraction(row["baru_tepat"]) == new["5"]
    assert data["domain"] == [] and data["aspek"] == []

"""`spbe merge`: forms back into one answer file. Split then merge scores exactly as the
original (YAML and workbooks, random levels and owners); conflicts are refused with both places
named and nothing written; identical duplicates are fine; a base file gives the rest."""

from __future__ import annotations

import datetime
import json
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spbe_cli import api
from spbe_cli.answers import ReadOptions
from spbe_cli.scoring import score
from spbe_cli.team.merging import canonical, differing
from tests.team_support import (
    CATALOG,
    TEAM,
    answer_file,
    levels_of,
    owners_of,
    plain,
    run,
    value,
)

pytestmark = pytest.mark.usefixtures("english")
DRAFT = ReadOptions(allow_missing=True)


def scored(path: Path) -> tuple[Fraction, tuple[tuple[str, Fraction | None], ...], tuple[str, ...]]:
    result = score(api.read(str(path), CATALOG, DRAFT))
    return result.index, tuple((i.indicator.id, i.level) for i in result.indicators), result.missing


def test_split_then_merge_gives_back_the_team_sample(tmp_path: Path) -> None:
    for fmt in ("yaml", "xlsx"):
        forms, out = tmp_path / fmt, tmp_path / f"{fmt}.yaml"
        assert run("split", TEAM, "-o", forms, "--format", fmt).exit_code == 0
        result = run("merge", forms, "-o", out)
        assert result.exit_code == 0, result.output
        assert scored(out) == scored(TEAM)
        assert levels_of(out) == levels_of(TEAM)  # read by PyYAML, not by spbe
        assert owners_of(out) == owners_of(TEAM)
        original, merged = plain(TEAM), plain(out)
        assert len(merged["indikator"]) == len(original["indikator"])
        for key, entry in original["indikator"].items():
            again = merged["indikator"][str(key)]
            assert meaning(again, tmp_path) == meaning(entry, TEAM.parent), key
        assert _rec_ids(merged) == _rec_ids(original)
        assert (merged["target_indeks"], merged["target_predikat"]) == (3.0, "Baik")


def meaning(entry: Any, folder: Path) -> dict[str, Any]:
    """An entry as PyYAML reads it, compared by what it says (independent of spbe): the value
    as a fraction, empty fields left out, each local evidence file as the file it names."""
    fields = dict(entry) if isinstance(entry, dict) else {"level": entry}
    found = {k: v for k, v in fields.items() if v not in (None, "", [])}
    found["level"] = value(fields)
    items = []
    for item in found.get("data_dukung", []):
        if isinstance(item, dict) and "berkas" in item:
            item = {**item, "berkas": (folder / item["berkas"]).resolve()}
        items.append(item)
    if items:
        found["data_dukung"] = items
    return found


def _rec_ids(data: dict[str, Any]) -> list[str]:
    return sorted(r["id"] for r in data["rekomendasi"])


PEMDI = CATALOG.frameworks["pemdi-2026"]
SPBE = CATALOG.frameworks["spbe-2020"]
pemdi_value = st.one_of(
    st.integers(100, 500).map(lambda n: f"{n // 100}.{n % 100:02d}"),
    st.integers(1, 5).map(str),
    st.sampled_from(['"7/6"', '"9/4"', '"13/3"', "3.7500", "1.1667"]),
)
owner = st.one_of(st.none(), st.sampled_from(["Bappeda", "BKD", "Diskominfo", "Biro Hukum"]))
text = st.one_of(
    st.sampled_from(["Perbup 12-2024.pdf", '=SUM("a")', " spasi di tepi ", "baris\nkedua"]),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
).filter(lambda x: x.strip() != "")
day = st.dates(datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)).map(str)
status = st.sampled_from(["draf", "diunggah", "diterima", "revisi", "ditolak", "diganti"])
place = st.sampled_from(["bukti/01/sk.pdf", "bukti/dua kata.pdf", "/arsip/x.pdf", "../luar.pdf"])


@st.composite
def item(draw: st.DrawFn) -> Any:
    """An evidence item: a plain text, or a file or link for a level with optional fields."""
    if draw(st.booleans()):
        return draw(text)
    found: dict[str, Any] = (
        {"berkas": draw(place)} if draw(st.booleans()) else {"tautan": "https://x.go.id/a"}
    )
    found["level"] = draw(st.integers(1, 5))
    optional = {"kode": text, "status": status, "tanggal": day, "berlaku_sampai": day}
    for key, values in {**optional, "catatan": text}.items():
        if draw(st.booleans()):
            found[key] = draw(values)
    return found


follow_up = st.fixed_dictionaries(
    {"teks": text},
    optional={"status": st.sampled_from(["belum", "proses", "selesai"]), "tindak_lanjut": text,
              "tenggat": day, "id": st.sampled_from(["R1", "R-2"])},
)  # fmt: skip
Case = tuple[int, dict[str, str], dict[str, str | None], dict[str, list[str]]]


@st.composite
def files(draw: st.DrawFn) -> Case:
    framework = draw(st.sampled_from([PEMDI, SPBE]))
    value = pemdi_value if framework is PEMDI else st.integers(1, 5).map(str)
    ids = [i.id for i in framework.indicators]
    dropped = set(draw(st.lists(st.sampled_from(ids), max_size=3)))  # a draft
    levels = {i: draw(value) for i in ids if i not in dropped}
    owners = {i: draw(owner) for i in levels}
    extra: dict[str, list[str]] = {}
    for i in draw(st.lists(st.sampled_from(sorted(levels)), max_size=4, unique=True)):
        items = draw(st.lists(item(), min_size=1, max_size=4))
        recs = draw(st.lists(follow_up, max_size=2))
        # JSON is YAML: the file written independently of spbe's writer
        extra[i] = [f"data_dukung: {json.dumps(items, ensure_ascii=False)}"]
        extra[i] += [f"rekomendasi: {json.dumps(recs, ensure_ascii=False)}"] if recs else []
    return framework.first_year, levels, owners, extra


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(files(), st.sampled_from(["pj", "aspek"]), st.sampled_from(["yaml", "xlsx"]))
def test_split_then_merge_scores_exactly_like_the_original(
    tmp_path: Path, case: Case, by: str, fmt: str
) -> None:
    """Levels, owners, evidence items and follow-ups come back, whatever their text."""
    year, levels, owners, extra = case
    work = tmp_path / f"c{len(list(tmp_path.iterdir()))}"
    work.mkdir()
    source = work / "asal.yaml"
    source.write_text(answer_file(year, levels, owners, entry_extra=extra), encoding="utf-8")
    assert run("split", source, "--by", by, "-o", work / "f", "--format", fmt).exit_code == 0
    merged = run("merge", work / "f", "-o", work / "hasil.yaml")
    assert merged.exit_code == 0, merged.output
    assert scored(work / "hasil.yaml") == scored(source)
    assert levels_of(work / "hasil.yaml") == levels_of(source)
    assert owners_of(work / "hasil.yaml") == owners_of(source)
    original, back = plain(source)["indikator"], plain(work / "hasil.yaml")["indikator"]
    for key in extra:
        assert not differing(_dated(original[key]), _dated(back[key])), key


def _dated(value: Any) -> Any:
    """Days as their text: PyYAML reads a quoted day as text, a plain one as a date."""
    if isinstance(value, dict):
        return {k: _dated(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dated(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


def _two_forms(tmp_path: Path) -> Path:
    forms = tmp_path / "f"
    assert run("split", TEAM, "-o", forms).exit_code == 0
    return forms


def test_a_conflict_names_both_places_and_writes_nothing(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    bkd = forms / "bkd.yaml"
    # BKD also answers indicator 4 (Bappeda's), differently
    text = bkd.read_text(encoding="utf-8") + '  "4":\n    level: 3\n    pj: BKD\n'
    bkd.write_text(text, encoding="utf-8")
    out = tmp_path / "hasil.yaml"
    result = run("merge", forms, "-o", out)
    assert result.exit_code == 3
    assert not out.exists()
    line = next(x for x in result.output.splitlines() if "conflict" in x)
    bappeda_line = _line_of(forms / "bappeda.yaml", '  "4":')
    bkd_line = _line_of(bkd, '  "4":')
    assert f"{forms / 'bappeda.yaml'}:{bappeda_line}:3" in line
    assert f"{bkd}:{bkd_line}:3" in line
    assert "level, pj" in line


def _line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_identical_duplicates_are_fine_and_spelling_does_not_matter(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    copy = forms / "salinan.yaml"
    shutil.copy(forms / "bappeda.yaml", copy)
    text = copy.read_text(encoding="utf-8").replace("level: 3.20", "level: 3.2")
    copy.write_text(text, encoding="utf-8")
    out = tmp_path / "hasil.yaml"
    assert run("merge", forms, "-o", out).exit_code == 0
    assert scored(out) == scored(TEAM)
    assert canonical(3) == canonical({"level": 3, "penjelasan": None, "data_dukung": []})
    assert not differing({"level": "7/6"}, {"level": "7/6"})
    assert differing({"level": "7/6"}, {"level": 1.1667}) == ["level"]


def test_merge_never_overwrites_without_force(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    out = tmp_path / "hasil.yaml"
    out.write_text("lama\n")
    result = run("merge", forms, "-o", out)
    assert result.exit_code == 2 and out.read_text() == "lama\n"
    assert run("merge", forms, "-o", out, "--force").exit_code == 0
    assert scored(out) == scored(TEAM)
    assert run("merge", forms, "-o", forms / "bkd.yaml", "--force").exit_code == 2  # an input


def test_the_base_gives_what_the_forms_do_not_hold(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    kept = forms / "bkd.yaml"
    for form in forms.iterdir():
        if form != kept:
            form.unlink()
    text = kept.read_text(encoding="utf-8").replace("level: 3\n", "level: 4\n")
    kept.write_text(text, encoding="utf-8")
    out = tmp_path / "hasil.yaml"
    result = run("merge", kept, "--dasar", TEAM, "-o", out)
    assert result.exit_code == 0, result.output
    expected = {**levels_of(TEAM), "3": Fraction(4)}
    assert levels_of(out) == expected
    assert plain(out)["rekomendasi"] == plain(TEAM)["rekomendasi"]
    alone = run("merge", kept, "-o", tmp_path / "sendiri.yaml")
    assert alone.exit_code == 0
    assert "warning: " in alone.output  # a draft: 19 indicators missing
    assert list(plain(tmp_path / "sendiri.yaml")["indikator"]) == ["3"]


def test_forms_of_another_file_or_year_conflict(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    bkd = forms / "bkd.yaml"
    bkd.write_text(bkd.read_text(encoding="utf-8").replace("tahun: 2026", "tahun: 2027"))
    result = run("merge", forms, "-o", tmp_path / "x.yaml")
    assert result.exit_code == 3 and "the file header" in result.output and "tahun" in result.output


def test_top_level_recommendations_conflict_by_id(tmp_path: Path) -> None:
    forms = _two_forms(tmp_path)
    extra = "rekomendasi:\n  - {id: R2025-07, teks: Lain, status: selesai}\n"
    bkd = forms / "bkd.yaml"
    bkd.write_text(bkd.read_text(encoding="utf-8").replace("indikator:", extra + "indikator:"))
    result = run("merge", forms, "-o", tmp_path / "x.yaml")
    assert result.exit_code == 3 and "recommendation 'R2025-07'" in result.output

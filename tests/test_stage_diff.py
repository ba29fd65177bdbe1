"""`spbe diff FILE@mandiri FILE@akhir`: a file holding the self-assessment and the final result
shows where the claims fell, per indicator, per aspect and domain, and in index points, all
checked against weights read straight from the table file."""

from __future__ import annotations

import json
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.answers.stages import stage_ref
from spbe_cli.cli import app
from tests.answerfiles import index_of, raw_members, raw_weights

runner = CliRunner()
WEIGHTS = raw_weights("spbe-2020")
MEMBERS = {section: raw_members("spbe-2020", section) for section in ("aspek", "domain")}


def staged_file(folder: Path, claims: dict[str, tuple[int, int]], name: str = "j.yaml") -> Path:
    """A spbe-2020 file: each indicator `level: {mandiri: a, akhir: b}`."""
    lines = ["tahun: 2024", "instansi: Kabupaten Uji", "indikator:"]
    lines += [f'  "{k}":\n    level: {{mandiri: {a}, akhir: {b}}}' for k, (a, b) in claims.items()]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def diff_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["diff", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j.yaml@mandiri", ("j.yaml", "mandiri")),
        ("a@b.yaml@akhir", ("a@b.yaml", "akhir")),
        ("j.yaml@final", ("j.yaml@final", None)),  # not a stage name: a path
        ("@akhir", ("@akhir", None)),
        ("j.yaml", ("j.yaml", None)),
        ("-@dokumen", ("-", "dokumen")),
    ],
)
def test_stage_ref(text: str, expected: tuple[str, str | None]) -> None:
    assert stage_ref(text) == expected


def test_an_existing_path_with_at_is_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.yaml@akhir").write_text("", encoding="utf-8")
    assert stage_ref("x.yaml@akhir") == ("x.yaml@akhir", None)


@settings(max_examples=25, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(list(WEIGHTS)),
        st.tuples(st.integers(1, 5), st.integers(1, 5)),
        min_size=len(WEIGHTS),
        max_size=len(WEIGHTS),
    )
)
def test_where_the_claims_fell(claims: dict[str, tuple[int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(staged_file(Path(folder), claims))
        data = diff_json(f"{path}@mandiri", f"{path}@akhir")
    mandiri = {k: Fraction(a) for k, (a, _) in claims.items()}
    akhir = {k: Fraction(b) for k, (_, b) in claims.items()}
    assert Fraction(data["indeks"]["lama_tepat"]) == index_of(mandiri, WEIGHTS)
    assert Fraction(data["indeks"]["selisih_tepat"]) == index_of(akhir, WEIGHTS) - index_of(
        mandiri, WEIGHTS
    )
    for section in ("aspek", "domain"):
        members = MEMBERS[section]
        for row in data[section]:
            ids = members[row["id"]]
            old = index_of({i: mandiri[i] for i in ids}, WEIGHTS)
            new = index_of({i: akhir[i] for i in ids}, WEIGHTS)
            assert (Fraction(row["lama_tepat"]), Fraction(row["baru_tepat"])) == (old, new)
    fell = {k for k, (a, b) in claims.items() if b < a}
    rows = {r["id"]: r for r in data["indikator"]}
    assert {k for k, r in rows.items() if r["arah"] == "turun"} == fell
    for key in fell:
        points = (akhir[key] - mandiri[key]) * WEIGHTS[key] / 100
        assert Fraction(rows[key]["kontribusi_tepat"]) == points
    assert (data["lama"]["berkas"], data["baru"]["berkas"]) == (f"{path}@mandiri", f"{path}@akhir")


def test_the_table_names_the_stages_and_regressions_can_fail(tmp_path: Path) -> None:
    claims = dict.fromkeys(WEIGHTS, (3, 3))
    claims["14"] = (4, 2)
    path = staged_file(tmp_path, claims)
    table = runner.invoke(app, ["diff", f"{path}@mandiri", f"{path}@akhir"])
    assert table.exit_code == 0, table.output
    assert "Indeks SPBE Kabupaten Uji 2024: tahap mandiri → akhir" in table.stdout
    markdown = runner.invoke(app, ["diff", f"{path}@mandiri", f"{path}@akhir", "-f", "markdown"])
    assert "| | mandiri | akhir | Selisih |" in markdown.stdout
    gate = ["diff", f"{path}@mandiri", f"{path}@akhir", "--fail-on-regression"]
    assert runner.invoke(app, gate).exit_code == 1


def test_a_side_without_a_stage_uses_tahap_or_the_latest(tmp_path: Path) -> None:
    claims = dict.fromkeys(WEIGHTS, (3, 2))
    path = str(staged_file(tmp_path, claims))
    explicit = diff_json(f"{path}@mandiri", f"{path}@akhir")
    latest = diff_json(f"{path}@mandiri", path)
    assert explicit["indeks"] == latest["indeks"]
    assert latest["baru"]["berkas"] == path
    same = diff_json(f"{path}@mandiri", path, "--tahap", "mandiri")
    assert same["indeks"]["selisih_tepat"] == "0"
    title = runner.invoke(app, ["diff", f"{path}@mandiri", path, "--bahasa", "en"]).stdout
    assert "stage mandiri → latest" in title


@pytest.mark.usefixtures("english")
def test_a_stage_not_reached_is_a_draft_side(tmp_path: Path) -> None:
    lines = ["tahun: 2024", "instansi: Uji", "indikator:"]
    lines += [f'  "{k}": {{level: {{akhir: 2}}}}' for k in WEIGHTS]
    path = tmp_path / "j.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused = runner.invoke(app, ["diff", f"{path}@mandiri", f"{path}@akhir"])
    assert refused.exit_code == 3 and "--allow-incomplete" in refused.stderr
    drafted = runner.invoke(
        app, ["diff", f"{path}@mandiri", f"{path}@akhir", "--allow-incomplete", "-f", "json"]
    )
    assert drafted.exit_code == 0, drafted.output
    assert json.loads(drafted.stdout)["lama"]["belum_diisi"] == list(WEIGHTS)


def stage_values(path: Path, stage: str) -> dict[str, Fraction]:
    """The sample's values at a stage, read with PyYAML; converted ones by their rule (SDI:
    1 + skor/25; SJIG: the score itself), as pemdi-2026 §5 gives them."""
    data = yaml.safe_load(path.read_text("utf-8"))["indikator"]
    values = {}
    for key, entry in data.items():
        if "sdi" in entry:
            values[str(key)] = 1 + Fraction(str(entry["sdi"])) / 25
        elif "sjig" in entry:
            values[str(key)] = Fraction(str(entry["sjig"]))
        else:
            values[str(key)] = Fraction(str(entry["level"][stage]))
    return values


def test_the_sample_shows_where_the_self_assessment_fell() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "provinsi-draf-2026.yaml"
    data = diff_json(f"{sample}@mandiri", f"{sample}@dokumen")
    weights = raw_weights("pemdi-2026")
    mandiri, dokumen = stage_values(sample, "mandiri"), stage_values(sample, "dokumen")
    assert Fraction(data["indeks"]["lama_tepat"]) == index_of(mandiri, weights)
    assert Fraction(data["indeks"]["baru_tepat"]) == index_of(dokumen, weights)
    fell = {r["id"] for r in data["indikator"] if r["arah"] == "turun"}
    assert fell == {k for k in weights if dokumen[k] < mandiri[k]} != set()

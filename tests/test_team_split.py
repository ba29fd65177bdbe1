"""`spbe split`: one form per owner, aspect or domain, each with the file's header and only its
group's indicators; safe unique names; a folder of forms never overwritten by accident; evidence
paths still pointing at the same files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spbe_cli import names
from spbe_cli.team.groups import groups
from tests.team_support import CATALOG, TEAM, answer_file, owners_of, plain, run

pytestmark = pytest.mark.usefixtures("english")


def slug(name: str) -> str:
    return names.slug(name, "formulir")


def test_one_yaml_form_per_owner_with_only_its_indicators(tmp_path: Path) -> None:
    forms = tmp_path / "formulir"
    result = run("split", TEAM, "--by", "pj", "-o", forms)
    assert result.exit_code == 0, result.output
    owners = owners_of(TEAM)
    expected = {
        slug(o): sorted(k for k, v in owners.items() if v == o) for o in owners.values() if o
    }
    assert sorted(p.stem for p in forms.iterdir()) == sorted(expected)
    source = plain(TEAM)
    for stem, ids in expected.items():
        form = forms / f"{stem}.yaml"
        data = plain(form)
        assert sorted(str(k) for k in data["indikator"]) == ids
        for key in ("tahun", "instansi", "target_indeks", "target_predikat"):
            assert str(data[key]) == str(source[key])
        for key, entry in data["indikator"].items():
            assert entry["pj"] == owners[str(key)]
        valid = run("validate", "--allow-incomplete", form)
        assert valid.exit_code == 0, valid.output
    # the top-level recommendations go to their own pj's form
    assert [r["id"] for r in plain(forms / "diskominfo.yaml")["rekomendasi"]] == ["R2025-07"]
    assert [r["id"] for r in plain(forms / "biro-organisasi.yaml")["rekomendasi"]] == ["R2025-08"]


def test_yaml_forms_carry_names_levels_and_criteria_as_comments(tmp_path: Path) -> None:
    run("split", TEAM, "-o", tmp_path)
    text = (tmp_path / "bkd.yaml").read_text(encoding="utf-8")
    framework = CATALOG.frameworks["pemdi-2026"]
    indicator = framework.by_id["3"]
    assert f"  # 3. {indicator.name}" in text
    assert "1 Merintis, 2 Membangun, 3 Berkembang, 4 Melembaga, 5 Unggul" in text
    for level, criteria in framework.criteria_of(indicator).items():
        assert f"  #   {level}: {' '.join(criteria.split())}" in text
    assert "# Form pj BKD: 1 indicator from provinsi-contoh-2026-tim.yaml" in text


def test_indicators_without_an_owner_get_a_form_of_their_own(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    levels = {str(n): "2" for n in range(1, 21)}
    source.write_text(answer_file(2026, levels, {"1": "Bappeda", "2": "Bappeda"}))
    assert run("split", source, "-o", tmp_path / "f").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "f").iterdir()) == ["bappeda.yaml", "tanpa-pj.yaml"]
    rest = plain(tmp_path / "f" / "tanpa-pj.yaml")["indikator"]
    assert sorted(rest, key=int) == [str(n) for n in range(3, 21)]


def test_file_names_are_safe_and_unique() -> None:
    assert slug("Dinas Kominfo & Statistik") == "dinas-kominfo-statistik"
    assert slug("Badan Keuangan / Aset (BPKAD)") == "badan-keuangan-aset-bpkad"
    assert slug("Sekretariat Daerah É") == "sekretariat-daerah-e"
    assert slug("CON") == "formulir-con"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("人事") == "formulir"
    assert names.slug("人事", "instansi") == "instansi"  # what `import` calls a file
    assert len(slug("Badan " * 40)) <= names.MAX_SLUG
    framework = CATALOG.frameworks["pemdi-2026"]
    owners = ["Dinas A", "dinas-a", "DINAS A!", "人事", "人事部"]
    entries = {str(n): {"level": 2, "pj": owners[n % len(owners)]} for n in range(1, 21)}
    found = groups(framework, {"indikator": entries}, "pj")
    # each owner's first indicator: 1 dinas-a, 2 DINAS A!, 3 人事, 4 人事部, 5 Dinas A
    stems = [g.slug for g in found]
    assert stems == ["dinas-a", "dinas-a-2", "formulir", "formulir-2", "dinas-a-3"]


def test_by_aspect_and_by_domain(tmp_path: Path) -> None:
    assert run("split", TEAM, "--by", "aspek", "-o", tmp_path / "a").exit_code == 0
    framework = CATALOG.frameworks["pemdi-2026"]
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    # one form per aspect, and one for the recommendation about no aspect (R2025-08)
    assert len(names) == len(framework.aspects) + 1 and "tanpa-aspek.yaml" in names
    assert [r["id"] for r in plain(tmp_path / "a" / "tanpa-aspek.yaml")["rekomendasi"]] == [
        "R2025-08"
    ]
    a1 = plain(next((tmp_path / "a").glob("a1-*.yaml")))
    assert sorted(str(k) for k in a1["indikator"]) == ["1", "2"]
    result = run("split", TEAM, "--by", "domain", "-o", tmp_path / "d")
    assert result.exit_code == 2 and "pemdi-2026 has no domains" in result.output
    sample_2024 = TEAM.parent / "kabupaten-contoh-2024.yaml"
    assert run("split", sample_2024, "--by", "domain", "-o", tmp_path / "d").exit_code == 0
    assert len(list((tmp_path / "d").iterdir())) == 4


def test_a_folder_with_forms_is_refused_without_force(tmp_path: Path) -> None:
    assert run("split", TEAM, "-o", tmp_path).exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    again = run("split", TEAM, "-o", tmp_path, "--format", "xlsx")
    assert again.exit_code == 2 and "already holds 6 forms" in again.output
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    (tmp_path / "lama.yaml").write_text("tahun: 2026\n")
    forced = run("split", TEAM, "-o", tmp_path, "--force")
    assert forced.exit_code == 0
    assert "also holds forms not written now" in forced.output and "lama.yaml" in forced.output
    (tmp_path / "berkas").write_text("x")
    assert run("split", TEAM, "-o", tmp_path / "berkas").exit_code == 2


def test_relative_evidence_paths_still_point_at_the_same_files(tmp_path: Path) -> None:
    home = tmp_path / "kantor"
    (home / "bukti").mkdir(parents=True)
    (home / "bukti" / "sk.pdf").write_bytes(b"%PDF")
    levels = {str(n): "2" for n in range(1, 21)}
    item = "data_dukung: [{berkas: bukti/sk.pdf, level: 1}, {berkas: /abs/x.pdf, level: 1}]"
    source = home / "jawaban.yaml"
    source.write_text(answer_file(2026, levels, {"1": "Bappeda"}, entry_extra={"1": [item]}))
    forms = tmp_path / "keluar" / "formulir"
    assert run("split", source, "-o", forms).exit_code == 0
    items = plain(forms / "bappeda.yaml")["indikator"]["1"]["data_dukung"]
    assert items[0]["berkas"] == "../../kantor/bukti/sk.pdf"
    assert os.path.samefile(forms / items[0]["berkas"], home / "bukti" / "sk.pdf")
    assert items[1]["berkas"] == "/abs/x.pdf"
    merged = tmp_path / "hasil" / "gabungan.yaml"
    merged.parent.mkdir()
    assert run("merge", forms, "-o", merged).exit_code == 0
    back = plain(merged)["indikator"]["1"]["data_dukung"]
    assert back[0]["berkas"] == "../kantor/bukti/sk.pdf"
    assert os.path.samefile(merged.parent / back[0]["berkas"], home / "bukti" / "sk.pdf")

"""Forms returned to another folder (saved from e-mail, at another depth) still point at the
same evidence files when merged, YAML and workbooks alike: each form records where its paths
start, and `spbe merge` reads them from there, not from where the form now is. Where that
cannot be known (the original folder is gone and the answer file is not found from the form),
merge says so, naming the form and the item."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.team_support import answer_file, plain, run

pytestmark = pytest.mark.usefixtures("english")
ITEMS = '[{berkas: bukti/01/sk.pdf, level: 1}, {berkas: "/arsip/pergub.pdf", level: 2}]'


def office(root: Path) -> Path:
    """The coordinator's folder: an answer file and the evidence file it points at."""
    repo = root / "kantor" / "spbe"
    (repo / "bukti" / "01").mkdir(parents=True)
    (repo / "bukti" / "01" / "sk.pdf").write_bytes(b"%PDF-1.4")
    source = repo / "jawaban.yaml"
    levels = {str(n): "2" for n in range(1, 21)}
    source.write_text(
        answer_file(2026, levels, {"1": "Bappeda"}, entry_extra={"1": [f"data_dukung: {ITEMS}"]}),
        encoding="utf-8",
    )
    return repo


def split(repo: Path, fmt: str) -> Path:
    forms = repo / f"formulir-{fmt}"
    result = run("split", repo / "jawaban.yaml", "-o", forms, "--format", fmt)
    assert result.exit_code == 0, result.output
    return forms / f"bappeda.{'yaml' if fmt == 'yaml' else 'xlsx'}"


def merged_items(form: Path, out: Path) -> tuple[list[dict[str, object]], str]:
    out.parent.mkdir(parents=True, exist_ok=True)
    result = run("merge", form, "-o", out)
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = plain(out)["indikator"]["1"]["data_dukung"]
    return items, result.output


@pytest.mark.parametrize("fmt", ["yaml", "xlsx"])
def test_a_form_saved_at_another_depth_points_at_the_same_files(tmp_path: Path, fmt: str) -> None:
    repo = office(tmp_path)
    form = split(repo, fmt)
    returned = tmp_path / "unduhan" / "email" / "2026-07" / form.name  # deeper, elsewhere
    returned.parent.mkdir(parents=True)
    shutil.copy(form, returned)
    out = tmp_path / "hasil" / "gabungan.yaml"
    items, output = merged_items(returned, out)
    assert os.path.samefile(out.parent / str(items[0]["berkas"]), repo / "bukti/01/sk.pdf")
    assert items[1]["berkas"] == "/arsip/pergub.pdf"  # an absolute path stays as written
    assert "cannot be found" not in output
    shallow = tmp_path / form.name  # and shallower
    shutil.copy(form, shallow)
    items, _ = merged_items(shallow, repo / "gabungan.yaml")
    assert items[0]["berkas"] == "bukti/01/sk.pdf"


@pytest.mark.parametrize("fmt", ["yaml", "xlsx"])
def test_the_whole_folder_moved_keeps_its_paths(tmp_path: Path, fmt: str) -> None:
    """A copy of the coordinator's folder elsewhere (a clone, a CI run): the original folder
    is not there, the answer file is found from the form as it was at the split."""
    repo = office(tmp_path / "lama")
    form = split(repo, fmt)
    clone = tmp_path / "baru" / "salinan"
    shutil.move(repo, clone)
    shutil.rmtree(tmp_path / "lama")
    moved_form = clone / form.parent.name / form.name
    items, output = merged_items(moved_form, clone / "gabungan.yaml")
    assert items[0]["berkas"] == "bukti/01/sk.pdf"
    assert os.path.isfile(clone / "bukti/01/sk.pdf") and "cannot be found" not in output


@pytest.mark.parametrize("fmt", ["yaml", "xlsx"])
def test_where_it_cannot_be_known_merge_names_form_and_item(tmp_path: Path, fmt: str) -> None:
    repo = office(tmp_path / "lama")
    form = split(repo, fmt)
    elsewhere = tmp_path / "laptop" / "unduhan" / form.name
    elsewhere.parent.mkdir(parents=True)
    shutil.copy(form, elsewhere)
    shutil.rmtree(tmp_path / "lama")  # the original folder is gone
    out = tmp_path / "laptop" / "gabungan.yaml"
    items, output = merged_items(elsewhere, out)
    warnings = [line for line in output.splitlines() if "evidence item" in line]
    assert len(warnings) == 1, output  # the relative path only: the absolute one is known
    assert warnings[0].startswith(f"warning: {elsewhere}: indicator 1, evidence item 1: file ")
    assert str(repo) in warnings[0] and "cannot be found" in warnings[0]
    assert items[1]["berkas"] == "/arsip/pergub.pdf"


def test_a_yaml_form_says_where_its_paths_start(tmp_path: Path) -> None:
    repo = office(tmp_path)
    form = split(repo, "yaml")
    text = form.read_text(encoding="utf-8")
    assert "# The file paths in this form start from the form's folder" in text
    marker = next(line for line in text.splitlines() if line.startswith("# spbe-formulir: "))
    assert str(repo) in marker or repr(str(repo))[1:-1] in marker
    assert plain(form)["indikator"]["1"]["data_dukung"][0]["berkas"] == (
        "../bukti/01/sk.pdf"  # the YAML form is an answer file of its own where it was written
    )


def test_a_yaml_file_that_is_no_split_form_reads_its_paths_from_its_folder(
    tmp_path: Path,
) -> None:
    """Any answer file merged as a form (written by hand, or by an older spbe): its relative
    paths start from its own folder, as everywhere else."""
    repo = office(tmp_path)
    items, output = merged_items(repo / "jawaban.yaml", tmp_path / "hasil" / "x.yaml")
    assert items[0]["berkas"] == "../kantor/spbe/bukti/01/sk.pdf"
    assert "cannot be found" not in output


def test_a_form_read_from_a_pipe_is_not_opened_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A named pipe read once as the form is not opened again for its record (that would wait
    for a second writer forever): its paths start from its folder."""
    from spbe_cli.team import paths

    fifo = tmp_path / "formulir.yaml"
    os.mkfifo(fifo)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("opened again")

    monkeypatch.setattr(paths, "open", refuse, raising=False)
    assert paths.yaml_record(str(fifo)) is None
    regular = tmp_path / "biasa.yaml"
    regular.write_text("# spbe-formulir: {}\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="opened again"):
        paths.yaml_record(str(regular))

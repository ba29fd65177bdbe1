"""`spbe split`: one form per group of an answer file, as YAML (an answer file holding only the
group's indicators, with names, levels and criteria as comments) or as a workbook
(team/workbook.py).

Every form carries the file's header (tahun, instansi, kerangka, targets), so that forms merged
without the coordinator's file still make a whole file. Relative evidence paths start from the
forms' folder in a YAML form (rewritten: the form is an answer file of its own) and from the
answer file's folder in a workbook (as the answer file writes them); each form records where
they start, so that `spbe merge` finds the same files wherever the form is returned
(team/paths.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any, cast

from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t, tr, tr_count
from spbe_cli.team import yamltext
from spbe_cli.team.answertext import answer_text, header
from spbe_cli.team.form import Form
from spbe_cli.team.groups import By, Group, groups
from spbe_cli.team.paths import base_record, folder_of, moved_entry, record_line

SUFFIX = {"yaml": ".yaml", "xlsx": ".xlsx"}


def forms(
    framework: Framework,
    data: Mapping[str, Any],
    by: By,
    cut: list[Group],
    source: str,
    origin: str,
    destination: str,
    record: Mapping[str, str | None] | None = None,
) -> list[Form]:
    """The forms of `data` (raw, validated) for the groups `cut`; evidence paths written in
    folder `origin` are rewritten for `destination` (`record`: where they start, kept in each
    form)."""
    entries: Mapping[str, Any] = data.get("indikator") or {}
    top = list(data.get("rekomendasi") or ())
    head = {k: v for k, v in header(data).items() if k != "rekomendasi"}
    found = []
    for group in cut:
        held = {
            i: moved_entry(entries[i], origin, destination) if i in entries else None
            for i in group.ids
        }
        found.append(
            Form(framework, by, group, head, held, tuple(top[n] for n in group.top), source, record)
        )
    return found


def yaml_form(form: Form, language: str) -> str:
    """A form as YAML: an answer file with the group's indicators only (valid with
    --allow-incomplete); indicators not filled in yet stand as comments to fill in."""
    framework = form.framework
    data: dict[str, Any] = dict(form.header)
    if form.top:
        data["rekomendasi"] = list(form.top)
    data["indikator"] = form.filled
    placeholders = {
        i: [f"  # {yamltext.key_text(i)}: {framework.level_min}  # {tr(language, 'form_unfilled')}"]
        for i, entry in form.entries.items()
        if entry is None
    }
    intro = tr(
        language,
        "form_intro",
        title=form.title(language),
        indicators=tr_count(language, "n_indicators", len(form.entries)),
        source=PurePath(form.source).name,
        index=framework.index_name(language),
        year=form.header.get("tahun", ""),
    )
    lines = [intro]
    if form.record is not None:
        lines += [tr(language, "form_paths_yaml"), record_line(form.record).removeprefix("# ")]
    return answer_text(framework, data, language, intro=lines, placeholders=placeholders)


def existing_forms(folder: Path) -> list[Path]:
    """The forms already in a folder (YAML files and workbooks), resolved; none when the
    folder does not exist yet (UsageError when it is not a folder)."""
    if not folder.exists():
        return []
    if not folder.is_dir():
        raise UsageError(t("split.not_a_folder", folder=folder))
    suffixes = (".yaml", ".yml", ".xlsx")
    return sorted(p.resolve() for p in folder.iterdir() if p.suffix.lower() in suffixes)


def split(
    framework: Framework,
    data: Mapping[str, Any],
    by: str,
    source: str,
    folder: Path,
    output_format: str = "yaml",
) -> list[Form]:
    """Every form of an answer file (raw data, validated), for a form folder: relative
    evidence paths from the forms' folder in YAML, from the answer file's in a workbook."""
    chosen = cast(By, by)
    cut = groups(framework, data, chosen)
    origin, destination = folder_of(source), os.path.abspath(folder)
    base = origin if output_format == "xlsx" else destination
    record = base_record(source, destination, base)
    return forms(framework, data, chosen, cut, source, origin, base, record)


def render(form: Form, output_format: str, language: str) -> bytes:
    """A form's file: YAML text, or a workbook (openpyxl loaded only then)."""
    if output_format == "xlsx":
        from spbe_cli.team.workbook import workbook_form

        return workbook_form(form, language)
    return yaml_form(form, language).encode("utf-8")

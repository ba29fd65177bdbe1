"""`spbe merge`: forms (YAML, workbooks or both) back into one answer file.

Without a base file the forms are the whole file; with `--dasar FILE` the base gives
everything the forms do not hold and each form's indicators replace the base's. The same
indicator (or top-level recommendation, matched by `id`, else by its text) in two forms with
different content is a conflict: every conflict is reported with both places, and nothing is
written. Content is compared by meaning, not by spelling: `3` and `{level: 3}` are the same,
so are 3.5 and 3.50, an absent status and its default, `penjelasan:` and no penjelasan.
Evidence paths are compared after they are rewritten for the output's folder: a relative path
is read from where its form says its paths start (team/paths.py), wherever the form is now;
where that cannot be known, a warning names the form and the item.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePath
from typing import Any

from spbe_cli import api, levels
from spbe_cli.answers import Answers, ReadOptions, read_answers
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.exact import to_fraction
from spbe_cli.folders import regular_files
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t, tr, tr_count
from spbe_cli.names import text_key
from spbe_cli.team.answertext import HEADER_KEYS, answer_text
from spbe_cli.team.held import Held, Place
from spbe_cli.team.paths import folder_of, moved_entry, origin_of, relative_paths, yaml_record

FORM_SUFFIXES = (".yaml", ".yml", ".xlsx")
IDENTITY = ("tahun", "instansi", "kerangka")  # must agree across every input
READ = ReadOptions(allow_missing=True, draft_option=False)


def expand(sources: Iterable[str]) -> list[str]:
    """The forms named: a folder stands for its YAML files and workbooks (not the lock files
    Excel leaves, `~$name.xlsx`, nor hidden files), sorted by name."""
    found: list[str] = []
    for source in sources:
        path = Path(source)
        if source and source != api.STDIN and path.is_dir():
            files = [
                str(p)
                for p in regular_files(path, FORM_SUFFIXES)
                if not p.name.startswith(("~$", "."))
            ]
            if not files:
                raise UsageError(t("merge.empty_folder", folder=source))
            found.extend(files)
        else:
            found.append(source)
    return found


def is_workbook(source: str) -> bool:
    return source.lower().endswith(".xlsx")


def read_yaml(source: str, catalog: Catalog) -> tuple[Held, Answers]:
    """A YAML form (or the base file), validated as an answer file that may be partial."""
    doc = api.document(source)
    answers = read_answers(doc, catalog, READ)
    data = doc.data
    entries = dict(data.get("indikator") or {})
    places = {k: Place(source, *doc.position(["indikator", k], key=True)) for k in entries}
    top = [
        (dict(rec), Place(source, *doc.position(["rekomendasi", n])))
        for n, rec in enumerate(data.get("rekomendasi") or ())
    ]
    header = {k: data[k] for k in HEADER_KEYS if k in data and k != "rekomendasi"}
    record = yaml_record(source)
    origin = origin_of(source, record) if record is not None else None
    return Held(source, header, entries, places, top, Place(source, 1, 1), origin), answers


# ---------------------------------------------------------------- comparing by meaning


def _number(value: Any) -> Any:
    if isinstance(value, str):
        return levels.fraction_text(value) or value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return to_fraction(value)
    return value


def _item(item: Any) -> Any:
    if not isinstance(item, Mapping):
        return item
    found = {k: v for k, v in item.items() if v is not None}
    found.setdefault("status", "draf")
    return found


def recommendation(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A recommendation by meaning: its text as it is matched (top_key), status `belum` when
    absent."""
    found = {k: v for k, v in rec.items() if v is not None}
    found.setdefault("status", "belum")
    if isinstance(found.get("teks"), str):
        found["teks"] = text_key(found["teks"])
    return found


def canonical(entry: Any) -> dict[str, Any]:
    """An indicator's entry by meaning (see the module doc)."""
    fields: Mapping[str, Any] = entry if isinstance(entry, Mapping) else {"level": entry}
    found: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None or value == [] or value == "":
            continue
        if key == "level" and isinstance(value, Mapping):
            found[key] = {stage: _number(v) for stage, v in value.items()}
        elif key == "data_dukung":
            found[key] = [_item(i) for i in value]
        elif key == "rekomendasi":
            found[key] = [recommendation(r) for r in value]
        else:
            found[key] = _number(value)
    return found


def differing(a: Any, b: Any) -> list[str]:
    """The keys whose content differs between two entries (empty: the same)."""
    one, two = canonical(a), canonical(b)
    return [k for k in dict.fromkeys([*one, *two]) if one.get(k) != two.get(k)]


def top_key(rec: Mapping[str, Any]) -> tuple[str, str]:
    """How a top-level recommendation is matched: by its id, else by its text as `diff` matches
    it (names.text_key: case and spacing do not matter)."""
    found = rec.get("id")
    return ("id", str(found)) if found else ("teks", text_key(str(rec.get("teks", ""))))


def differing_recommendation(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    """The fields whose content differs between two versions of one recommendation."""
    one, two = recommendation(a), recommendation(b)
    return [k for k in dict.fromkeys([*one, *two]) if one.get(k) != two.get(k)]


# ---------------------------------------------------------------- merging


@dataclass(frozen=True)
class Merged:
    data: dict[str, Any]
    framework: Framework
    forms: int
    replaced: tuple[str, ...]  # indicators the forms gave
    warnings: tuple[str, ...] = ()  # evidence paths read from a folder that is a guess


def _conflict(subject: str, first: Place, second: Place, keys: Sequence[str]) -> Problem:
    message = t(
        "merge.conflict",
        subject=subject,
        first=str(first),
        second=str(second),
        keys=", ".join(keys),
    )
    return Problem(first.file, first.line, first.column, message, subject)


def _identity_problems(inputs: Sequence[Held]) -> list[Problem]:
    problems: list[Problem] = []
    first = inputs[0]
    for other in inputs[1:]:
        keys = [k for k in IDENTITY if first.header.get(k) != other.header.get(k)]
        keys += [
            k
            for k in ("target_indeks", "target_predikat")
            if k in first.header
            and k in other.header
            and _number(first.header[k]) != _number(other.header[k])
        ]
        if keys:
            a = first.header_place or Place(first.file, 1, 1)
            b = other.header_place or Place(other.file, 1, 1)
            problems.append(_conflict(t("merge.header"), a, b, keys))
    return problems


def _moved(held: Held, destination: str, warnings: list[str] | None = None) -> Held:
    """The input with its relative evidence paths written for `destination`: read from where
    its paths start; when that is a guess, each such path named in `warnings`."""
    origin = held.origin.folder if held.origin is not None else folder_of(held.file)
    if held.origin is not None and not held.origin.known and warnings is not None:
        for key, entry in held.entries.items():
            warnings += [
                t(
                    "merge.path_unknown",
                    form=held.file,
                    id=key,
                    n=n,
                    path=path,
                    folder=origin,
                    origin=held.origin.recorded,
                )
                for n, path in relative_paths(entry)
            ]
    entries = {k: moved_entry(v, origin, destination) for k, v in held.entries.items()}
    return Held(held.file, held.header, entries, held.places, held.top, held.header_place)


def merge(forms: Sequence[Held], base: Held | None, framework: Framework, output: str) -> Merged:
    """The merged raw data (InputError with every conflict, nothing merged)."""
    destination = folder_of(output)
    warnings: list[str] = []
    forms = [_moved(f, destination, warnings) for f in forms]
    problems = _identity_problems([*([base] if base else []), *forms])
    entries = _indicator_entries(forms, problems)
    tops = _top_recommendations(forms, problems)
    if problems:
        raise InputError(problems)
    header = dict((base or forms[0]).header)
    if base is None:
        for form in forms[1:]:
            header = {**form.header, **header}
    moved_base = _moved(base, destination) if base is not None else None
    merged_entries = dict(moved_base.entries) if moved_base is not None else {}
    merged_entries.update({k: v for k, (v, _) in entries.items()})
    order = [i.id for i in framework.indicators]
    data: dict[str, Any] = dict(header)
    top = _top(base, tops)
    if top:
        data["rekomendasi"] = top
    data["indikator"] = {k: merged_entries[k] for k in order if k in merged_entries}
    replaced = tuple(k for k in order if k in entries)
    return Merged(data, framework, len(forms), replaced, tuple(warnings))


def _indicator_entries(
    forms: Sequence[Held], problems: list[Problem]
) -> dict[str, tuple[Any, Place]]:
    """Each indicator's entry and where it came from, the first form holding it; a second
    form's different entry is a conflict (added to `problems`)."""
    entries: dict[str, tuple[Any, Place]] = {}
    for form in forms:
        for key, entry in form.entries.items():
            place = form.places[key]
            if key not in entries:
                entries[key] = (entry, place)
                continue
            keys = differing(entries[key][0], entry)
            if keys:
                problems.append(_conflict(f"indikator {key}", entries[key][1], place, keys))
    return entries


def _top_recommendations(
    forms: Sequence[Held], problems: list[Problem]
) -> dict[tuple[str, str], tuple[dict[str, Any], Place]]:
    """The forms' top-level recommendations by id (or text); two different versions of one
    are a conflict (added to `problems`)."""
    tops: dict[tuple[str, str], tuple[dict[str, Any], Place]] = {}
    for form in forms:
        for rec, place in form.top:
            match = top_key(rec)
            if match not in tops:
                tops[match] = (rec, place)
            elif keys := differing_recommendation(tops[match][0], rec):
                subject = t("merge.top_recommendation", key=match[1])
                problems.append(_conflict(subject, tops[match][1], place, keys))
    return tops


def _top(
    base: Held | None, tops: Mapping[tuple[str, str], tuple[dict[str, Any], Place]]
) -> list[dict[str, Any]]:
    """The base's top-level recommendations, each replaced by a form's version, then the
    forms' new ones."""
    found: list[dict[str, Any]] = []
    used: set[tuple[str, str]] = set()
    for rec, _ in base.top if base is not None else ():
        key = top_key(rec)
        found.append(tops[key][0] if key in tops else rec)
        used.add(key)
    found += [rec for key, (rec, _) in tops.items() if key not in used]
    return found


def check_output(text: str, name: str, catalog: Catalog) -> Answers:
    """The merged file read back as any answer file is (a safety net: every input was read)."""
    from spbe_cli import yamlsafe

    return read_answers(yamlsafe.parse(text, name), catalog, READ)


@dataclass(frozen=True)
class Inputs:
    forms: list[Held]
    base: Held | None
    framework: Framework


def sources(forms: Sequence[str], base: str | None) -> list[str]:
    """The forms to read: folders expanded, each file once, the base file left out."""
    found: list[str] = []
    seen: set[str] = set()
    for source in expand(forms):
        key = os.path.abspath(source) if source != api.STDIN else source
        if key in seen or (base is not None and key == os.path.abspath(base)):
            continue
        seen.add(key)
        found.append(source)
    return found


def read_inputs(forms: Sequence[str], base: str | None, catalog: Catalog) -> Inputs:
    """Every form and the base, each validated; every problem in every input together."""
    held: list[Held] = []
    frameworks: list[Framework] = []
    problems: list[Problem] = []
    for source in forms:
        try:
            if is_workbook(source):
                from spbe_cli.team.workbook_read import read_workbook

                form, framework = read_workbook(source, catalog)
            else:
                form, answers = read_yaml(source, catalog)
                framework = answers.framework
        except InputError as error:
            problems.extend(error.problems)
            continue
        held.append(form)
        frameworks.append(framework)
    base_held = None
    if base is not None:
        try:
            base_held, answers = read_yaml(base, catalog)
            frameworks.insert(0, answers.framework)
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return Inputs(held, base_held, frameworks[0])


def text(merged: Merged, language: str, forms: Sequence[str], base: str | None) -> str:
    intro = tr(
        language,
        "merge_intro",
        forms=tr_count(language, "n_forms", len(forms)),
        base=tr(language, "merge_base", file=PurePath(base).name) if base else "",
    )
    return answer_text(merged.framework, merged.data, language, intro=[intro])

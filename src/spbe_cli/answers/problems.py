"""Schema errors of an answer file, in words: each at its line and column, naming the key or
indicator and what is allowed there."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from pydantic_core import ErrorDetails

from spbe_cli import levels
from spbe_cli.answers.model import STAGES
from spbe_cli.answers.schema import (
    ENTRY_KEYS,
    ITEM_KEYS,
    RECOMMENDATION_KEYS,
    TOP_KEYS,
    TOP_RECOMMENDATION_KEYS,
    UNION_TAGS,
    YEARS,
)
from spbe_cli.errors import Problem
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.schemas import describe, pydantic_message
from spbe_cli.yamlsafe import Document

Path = list[str | int]


def translate_all(
    doc: Document, errors: Sequence[ErrorDetails], framework: Framework | None
) -> list[Problem]:
    """Every schema error as a Problem, except a required key reported missing beside a
    misspelt one whose nearest allowed key it is (`levl: 3`): that is one problem, said once."""
    misspelt = set()
    for error in errors:
        path = _path(error)
        if error["type"] == "extra_forbidden" and path:
            near = _nearest(path, str(path[-1]), framework)
            if near is not None:
                misspelt.add((*path[:-1], near))
    return [
        translate(doc, error, framework)
        for error in errors
        if not (error["type"] == "missing" and tuple(_path(error)) in misspelt)
    ]


def _path(error: ErrorDetails) -> Path:
    return [p for p in error["loc"] if p not in UNION_TAGS and isinstance(p, str | int)]


def translate(doc: Document, error: ErrorDetails, framework: Framework | None) -> Problem:
    """One schema error as a Problem at its place."""
    path = _path(error)
    kind = error["type"]
    field = str(path[-1]) if path else ""
    subject = subject_of(path)
    if kind == "extra_forbidden":
        return doc.problem(path, _unknown_key(path, field, framework), key=True, subject=subject)
    if kind == "missing":
        message = t("answers.missing_key", key=field)
        if len(path) > 1:
            message = f"{where(path[:-1], subject)}: {message}"
        return doc.problem(path[:-1], message, subject=subject)
    if kind in ("level", "date", "item_level", "fix"):  # "fix": the message says what to write
        if kind == "level" and framework is not None:
            allowed = levels.allowed(framework)
        else:
            allowed = t("level.any_number") if kind == "level" else ""
        message = (
            error["msg"] if not allowed else f"{error['msg']}; " + t("set.allowed", allowed=allowed)
        )
        return doc.problem(path, f"{where(path, subject)}: {message}", subject=subject)
    return doc.problem(path, _wrong_value(doc, path, subject, error), subject=subject)


def subject_of(path: Sequence[str | int]) -> str:
    """What a problem names: "indikator 14", or the top-level key."""
    if len(path) >= 2 and path[0] == "indikator":
        return f"indikator {path[1]}"
    return str(path[0]) if path else ""


def where(path: Sequence[str | int], subject: str) -> str:
    """The place in words: "indikator 14: data_dukung 2 status", "tahun"."""
    if subject.startswith("indikator") and len(path) > 2 and list(path[2:]) != ["level"]:
        return f"{subject}: {_words(path[2:])}"
    if subject.startswith("indikator"):
        return subject
    return _words(path) or t("answers.whole_file")


def _words(path: Sequence[str | int]) -> str:
    """Keys as written, list positions counted from 1 as people count them."""
    return " ".join(str(p + 1) if isinstance(p, int) else p for p in path)


def _allowed_keys(path: Sequence[str | int], framework: Framework | None) -> tuple[str, ...]:
    """The keys allowed where an unknown one was found, from the path leading to it."""
    inner = [p for p in path[:-1] if isinstance(p, str)]
    if path and path[0] == "indikator":
        if "data_dukung" in inner:
            return ITEM_KEYS
        if "rekomendasi" in inner:
            return RECOMMENDATION_KEYS
        if "level" in inner:
            return STAGES
        return ENTRY_KEYS
    if "rekomendasi" in inner:
        return TOP_RECOMMENDATION_KEYS
    return TOP_KEYS


def _allowed_text(path: Sequence[str | int], framework: Framework | None) -> str:
    """The allowed keys in words (an indicator whose value comes from another index names it)."""
    keys = _allowed_keys(path, framework)
    if keys is ENTRY_KEYS and framework is not None and len(path) > 1:
        indicator = framework.by_id.get(str(path[1]))
        if indicator is not None and indicator.conversion is not None:
            return t("answers.entry_keys_source", source=indicator.conversion.source)
    return ", ".join(keys)


def _unknown_key(path: Sequence[str | int], field: str, framework: Framework | None) -> str:
    allowed = _allowed_text(path, framework)
    if len(path) > 3 and path[0] == "indikator":
        place = where(path[:-1], subject_of(path))
        message = t("answers.unknown_key_in", place=place, key=field, allowed=allowed)
    elif len(path) >= 2 and path[0] == "indikator":
        message = t("answers.unknown_entry_key", id=path[1], key=field, allowed=allowed)
    elif len(path) > 1:
        place = where(path[:-1], "")
        message = t("answers.unknown_key_in", place=place, key=field, allowed=allowed)
    else:
        message = t("answers.unknown_key", key=field, allowed=allowed)
    near = _nearest(path, field, framework)
    return message + t("answers.nearest_key", key=near) if near is not None else message


def _nearest(path: Sequence[str | int], field: str, framework: Framework | None) -> str | None:
    """The allowed key an unknown one most likely misspells ("mandir" -> "mandiri")."""
    found = difflib.get_close_matches(field.casefold(), _allowed_keys(path, framework), n=1)
    return found[0] if found else None


_EXPECTED = {
    "int_type": "answers.expected_year",
    "greater_than_equal": "answers.expected_year_range",
    "less_than_equal": "answers.expected_year_range",
    "string_type": "answers.expected_text",
    "string_too_short": "answers.expected_name",
    "dict_type": "answers.expected_mapping",
    "list_type": "answers.expected_list",
    "model_type": "answers.expected_entry",
}
_EXPECTED_HERE = {  # the same kinds, in places where a more precise word helps
    ("indikator", "dict_type"): "answers.expected_indicators",
    ("data_dukung", "list_type"): "answers.expected_evidence",
    ("rekomendasi", "list_type"): "answers.expected_recommendations",
    ("indikator", "model_type"): "answers.expected_entry",
}


def _wrong_value(doc: Document, path: Path, subject: str, error: ErrorDetails) -> str:
    place = where(path, subject)
    given = error.get("input")
    if isinstance(given, str) and doc.quoted(path) and levels.plain_number(given) is not None:
        return t("answers.quoted_number", where=place, value=given.strip())
    kind = error["type"]
    last = str(path[-1]) if path else ""
    key = _EXPECTED_HERE.get((last, kind)) or _EXPECTED_HERE.get(
        (str(path[0]), kind) if path else ("", "")
    )
    key = key or _EXPECTED.get(kind)
    if key is None or (kind == "int_type" and last != "tahun"):
        return f"{place}: {pydantic_message(error)}"
    expected = t(key, low=YEARS[0], high=YEARS[1])
    return t("answers.got_expected", where=place, got=describe(given), expected=expected)

"""The words people read, in Indonesian (the default) or English.

Two catalogs, each key mapped to (Indonesian, English) with the same {fields}:
`labels.py` for what outputs show (table headers, report sentences) and `messages.py` for
what spbe says on stderr (problems, warnings, usage errors) and its `--help` texts.

The language of a run is set once by the command line (`--bahasa`, else SPBE_BAHASA, else
Indonesian) with `use()`; `t()` reads it. Renderers get it explicitly in their options and
call `tr(language, key)`. What is data stays as written in either language: JSON and CSV keys
and values, kerangka ids, and the official names of domains, aspects, indicators and levels.
A predicate is shown in English with its official name beside it: "Good (Baik)".
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from spbe_cli.i18n.labels import LABELS
from spbe_cli.i18n.messages import MESSAGES

DEFAULT = "id"
LANGUAGES = ("id", "en")
ENV = "SPBE_BAHASA"

_state = {"language": DEFAULT}


def normalize(value: str | None) -> str | None:
    """A language code as given ("EN", " id "), or None when it is not one of LANGUAGES."""
    if value is None:
        return None
    code = value.strip().casefold()
    return code if code in LANGUAGES else None


def from_environment() -> str:
    """SPBE_BAHASA when it names a language, else Indonesian."""
    return normalize(os.environ.get(ENV)) or DEFAULT


def use(language: str) -> None:
    """Set the language of this run (the command line calls this once, before any work)."""
    _state["language"] = normalize(language) or DEFAULT


def current() -> str:
    return _state["language"]


def _pick(texts: tuple[str, str], language: str) -> str:
    return texts[1] if language == "en" else texts[0]


def t(key: str, /, **fields: object) -> str:
    """A message (messages.py) in the language of this run, its fields filled."""
    text = _pick(MESSAGES[key], _state["language"])
    return text.format(**fields) if fields else text


def t_count(key: str, count: int, /, **fields: object) -> str:
    """A counted message: the "_one" key for 1 ("1 indicator" / "3 indicators")."""
    return t(f"{key}_one" if count == 1 else key, count=count, **fields)


def tr(language: str, key: str, /, **fields: object) -> str:
    """A label (labels.py) in `language`, its fields filled."""
    text = _pick(LABELS[key], language)
    return text.format(**fields) if fields else text


def tr_count(language: str, key: str, count: int, /, **fields: object) -> str:
    """A counted label: "3 indikator", "1 indicator", "3 indicators"."""
    return tr(language, f"{key}_one" if count == 1 else key, count=count, **fields)


PREFIXES = {"error": ("galat", "error"), "warning": ("peringatan", "warning")}
"""The first word of every message line on stderr, fixed per language for log scanners."""


def prefixed(kind: str, text: str) -> str:
    """A message line: "galat: ..." / "error: ...", "peringatan: ..." / "warning: ..."."""
    return f"{_pick(PREFIXES[kind], _state['language'])}: {text}"


TERMS_EN: Mapping[str, str] = {
    # keyakinan of a pemetaan row and of a konversi rule, status words of answer files
    "primer": "primary",
    "sebagian": "partial",
    "dugaan": "presumed",
    "tinggi": "high",
    "sedang": "medium",
    "rendah": "low",
}


def glossed(name: str, english: str | None, language: str) -> str:
    """A data word as shown: as written in Indonesian, "English (Indonesian)" in English when
    an English name is known."""
    if language == "en" and english:
        return f"{english} ({name})"
    return name


def term_label(name: str, language: str) -> str:
    """A data word other than a predicate (a keyakinan): "partial (sebagian)"."""
    return glossed(name, TERMS_EN.get(name), language)

"""What the readers share that needs no schema library (so that a plain answer file is read
without loading pydantic-core): the keys of an indicator's entry, and how a value read from a
file is described in a message."""

from __future__ import annotations

from spbe_cli.i18n import t

ENTRY_KEYS = ("level", "penjelasan", "data_dukung")
"""The keys of an indicator's entry in an answer file (a conversion's source key, such as
`sdi`, must be none of them)."""


def describe(value: object) -> str:
    """A value read from a file, described for a message: "'tiga'", "the boolean true"."""
    if isinstance(value, bool):
        return t("value.boolean", value=str(value).lower())
    if value is None:
        return t("value.nothing")
    if isinstance(value, dict):
        return t("value.mapping")
    if isinstance(value, list):
        return t("value.list")
    if isinstance(value, str):
        return f"'{value}'" if value.strip() else t("value.empty_text")
    return str(value)

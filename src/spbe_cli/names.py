"""Names and free text people type, one rule each: how two of them are compared (`text_key`;
`band_key` for a predikat typed on a command line), whether one shows anything (`invisible`),
and how one becomes a file name (`slug`)."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 48
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})  # a private-use or new glyph shows
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)


def text_key(text: str) -> str:
    """Text as compared everywhere (a recommendation's teks, an instansi's name): case and
    runs of whitespace, line breaks included, do not matter."""
    return " ".join(text.split()).casefold()


def band_key(name: str) -> str:
    """A predikat name as typed on a command line (`--fail-below`, `plan -t`): text_key, and
    a hyphen or underscore counts as a space ("Sangat-Baik", "sangat_baik")."""
    return text_key(name.replace("-", " ").replace("_", " "))


def invisible(text: str) -> bool:
    """Whether `text` holds nothing a person can see: only spaces, line breaks, controls and
    format characters (zero-width spaces, direction marks and overrides, the BOM)."""
    return all(unicodedata.category(ch) in _UNSEEN for ch in text)


def slug(text: str, empty: str) -> str:
    """A file stem safe on every system: ASCII letters and digits joined by '-', lower case,
    at most MAX_SLUG characters; `empty` when nothing is left, and `empty` before a name
    Windows reserves (`con` becomes `formulir-con`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:MAX_SLUG].strip("-")
    if not found:
        return empty
    return f"{empty}-{found}" if found in _RESERVED else found

"""Where a form workbook keeps what: shared by the writer (team/workbook.py) and the reader
(team/workbook_read.py). No openpyxl here.

The form sheet has one row per indicator from FIRST_ROW: the indicator's id, name, aspect and
weight, then under a header cell `Level` one column per stage the group's values use (one
plain column when they use none), the source score for indicators converted from another
agency's index, the target, pj and penjelasan, then the criteria of each level. A second
sheet lists the recommendations, `tindak_lanjut` and `status` editable. A third holds the
evidence items (data dukung), one per row from FIRST_EVIDENCE_ROW, every cell editable
(EVIDENCE_COLUMNS): rows may be added, and are read in order wherever they stand. A very
hidden sheet `spbe` keeps what the reader needs: the header as YAML text, the layout, the row
of each indicator and recommendation, where the evidence paths start from (team/paths.py),
and the text of cells a workbook cannot show as written.

Format 1 (spbe before the evidence sheet) kept the evidence as one-line YAML in a cell of the
form sheet; such workbooks are refused with a message to split again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spbe_cli import yamlsafe
from spbe_cli.answers import STAGES
from spbe_cli.errors import InputError, Problem
from spbe_cli.i18n import t
from spbe_cli.team import yamltext

META_SHEET = "spbe"
FORMAT = "spbe-formulir 2"
OLD_FORMATS = ("spbe-formulir 1",)
FIRST_ROW = 7  # the first indicator row; row 5 holds the group headers, row 6 the columns
HEAD_ROW = 5
FIRST_REC_ROW = 4  # the recommendations sheet: headers in row 3
FIXED = ("id", "nama", "aspek", "bobot")
FIELDS_AFTER = ("target", "pj", "penjelasan")
REC_COLUMNS = (
    "no",
    "indikator",
    "aspek",
    "id",
    "teks",
    "sumber",
    "pj",
    "tenggat",
    "tindak_lanjut",
    "status",
)
FIRST_EVIDENCE_ROW = 4  # the evidence sheet: headers in row 3
EVIDENCE_COLUMNS = (
    "indikator",
    "jenis",  # berkas, tautan or teks (a plain text item)
    "isi",  # the path, the link or the text
    "level",
    "kode",
    "status",
    "tanggal",
    "berlaku_sampai",
    "catatan",
)
EVIDENCE_KINDS = ("berkas", "tautan", "teks")
MAX_CELL = 32767  # the most characters a spreadsheet cell holds


def column(n: int) -> str:
    """The letters of the n-th column (1 = A)."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Layout:
    """The columns of a form sheet: level columns (stage names; "" for a plain value), whether
    a source-score column follows them, and the sheets' titles."""

    levels: tuple[str, ...]
    source: bool
    form_sheet: str
    rec_sheet: str
    criteria: tuple[int, ...]  # the levels whose criteria columns close the row
    evidence_sheet: str

    def columns(self) -> dict[str, str]:
        """Field -> column letters: id, nama, aspek, bobot, level:<stage>, sumber, target,
        pj, penjelasan, kriteria:<level>."""
        names = [*FIXED, *(f"level:{s}" for s in self.levels)]
        names += ["sumber"] if self.source else []
        names += [*FIELDS_AFTER, *(f"kriteria:{n}" for n in self.criteria)]
        return {name: column(n) for n, name in enumerate(names, start=1)}

    def to_json(self) -> str:
        return json.dumps(
            {
                "level": list(self.levels),
                "sumber": self.source,
                "lembar": [self.form_sheet, self.rec_sheet, self.evidence_sheet],
                "kriteria": list(self.criteria),
            },
            ensure_ascii=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Layout:
        data = json.loads(text)
        levels = tuple(str(s) for s in data["level"])
        if any(s not in ("", *STAGES) for s in levels) or len(set(levels)) != len(levels):
            raise ValueError("level columns")
        form_sheet, rec_sheet, evidence_sheet = (str(s) for s in data["lembar"])
        criteria = tuple(int(n) for n in data["kriteria"])
        return cls(levels, bool(data["sumber"]), form_sheet, rec_sheet, criteria, evidence_sheet)

    def evidence_columns(self) -> dict[str, str]:
        """Evidence field -> column letters."""
        return {name: column(n) for n, name in enumerate(EVIDENCE_COLUMNS, start=1)}


def level_columns(entries: Mapping[str, Any]) -> tuple[str, ...]:
    """The level columns a group's entries need: "" for plain values (and for indicators not
    filled in yet), then the stages used, in their order."""
    plain = False
    stages: set[str] = set()
    for entry in entries.values():
        value = entry.get("level") if isinstance(entry, Mapping) else entry
        if isinstance(value, Mapping):
            stages.update(value)
        elif value is not None or entry is None or "level" in entry:
            plain = True
    found = ([""] if plain or not stages else []) + [s for s in STAGES if s in stages]
    return tuple(found)


def header_text(header: Mapping[str, Any]) -> str:
    """The header kept as YAML text: read back with yamlsafe, its values come back exact."""
    return "\n".join(yamltext.block(header, 0)) + "\n"


def header_of(text: str, name: str) -> dict[str, Any]:
    data = yamlsafe.parse(text, name).data
    if not isinstance(data, dict):
        raise InputError([Problem(name, 1, 1, t("form.not_a_form", file=name))])
    return data


def record(kind: str, value: Any) -> tuple[str, str]:
    """A row of the `spbe` sheet: its kind, and its value as ASCII JSON."""
    return kind, json.dumps(value, ensure_ascii=True)

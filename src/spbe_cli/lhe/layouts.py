"""What differs between the report layouts of each kerangka, as data.

A layout names the kerangka, the evaluation years whose reports use it, the indicator id of
each printed row of the table "Perolehan Nilai Tingkat Kematangan Indikator" (in order), the
id of each printed row of the summary "Nama Indeks | Nilai" (in order: the index, then each
domain followed by its aspects) and the level scale. A new layout (Pemdi 2026: 20
indicators, 7 aspects, no domains) is one more entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

INDEX_ID = "indeks"


@dataclass(frozen=True)
class Layout:
    framework: str
    years: range
    row_ids: tuple[str, ...]
    summary_ids: tuple[str, ...]
    level_min: int
    level_max: int

    @property
    def domain_ids(self) -> tuple[str, ...]:
        return tuple(i for i in self.summary_ids if i.startswith("D"))

    @property
    def aspect_ids(self) -> tuple[str, ...]:
        return tuple(i for i in self.summary_ids if i.startswith("A"))


def _numbered(count: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(1, count + 1))


SPBE_2020 = Layout(
    framework="spbe-2020",
    years=range(2021, 2026),
    row_ids=_numbered(47),
    summary_ids=(INDEX_ID, "D1", "A1", "D2", "A2", "A3", "A4", "D3", "A5", "A6", "D4", "A7", "A8"),
    level_min=1,
    level_max=5,
)

# The 2020 report prints indicator 35 (Layanan Publik Instansi Pemerintah) as rows 35, 36
# and 37, one per public service: rows 35.1-35.3 of the kerangka.
SPBE_2018 = Layout(
    framework="spbe-2018",
    years=range(2018, 2021),
    row_ids=(*_numbered(34), "35.1", "35.2", "35.3"),
    summary_ids=(INDEX_ID, "D1", "A1", "A2", "D2", "A3", "A4", "A5", "D3", "A6", "A7"),
    level_min=0,
    level_max=5,
)

LAYOUTS = (SPBE_2018, SPBE_2020)


def layout_for_year(year: int) -> Layout | None:
    return next((layout for layout in LAYOUTS if year in layout.years), None)

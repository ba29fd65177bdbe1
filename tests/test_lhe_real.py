"""The five real reports in ../shared/lhe (beside the repository; skipped when absent).

Every expected value below was read by eye on the rendered pages (pdftoppm), not taken from
the reader. The prose is only checked for its shape: the reports' text stays out of the
repository. Last, the check that ../shared/lhe/README.md describes: each printed domain and
aspect value (and the index) reproduces from the printed levels with the weights of
weights/<kerangka>.yaml, exactly, rounded half-up to two decimals.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from spbe_cli.lhe import Reading, Target, read_report

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "lhe"

pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason=f"the real reports are not here ({SHARED}): they live beside the repository",
)

COLUMNS = ("Nasional", "Kementerian", "LPNK", "Lembaga Lain", "Provinsi", "Kabupaten", "Kota")
COLUMNS_2022 = tuple("Lembaga Lainnya" if c == "Lembaga Lain" else c for c in COLUMNS)
ASPECTS_2020 = (
    "Kebijakan Internal Tata Kelola SPBE",
    "Perencanaan Strategis SPBE",
    "Teknologi Informasi dan Komunikasi",
    "Penyelenggara SPBE",
    "Penerapan Manajemen SPBE",
    "Pelaksanaan Audit TIK",
    "Layanan Administrasi Pemerintahan Berbasis Elektronik",
    "Layanan Publik Berbasis Elektronik",
)
ASPECTS_2018 = (
    "Kebijakan Internal Tata Kelola SPBE",
    "Kebijakan Internal Layanan SPBE",
    "Kelembagaan",
    "Strategi dan Perencanaan",
    "Teknologi Informasi dan Komunikasi",
    "Layanan Administrasi Pemerintahan Berbasis Elektronik",
    "Layanan Publik Berbasis Elektronik",
)
BANDAR_LAMPUNG = "Pemerintah Kota Bandar Lampung"


def summary_2020(values: str, audit: str = "Audit TIK") -> tuple[tuple[str, str, str], ...]:
    """The summary rows of a spbe-2020 report: (id, printed label, printed value)."""
    labels = (
        ("indeks", "SPBE"),
        ("D1", "Domain Kebijakan SPBE"),
        ("A1", "Kebijakan Internal Tata Kelola SPBE"),
        ("D2", "Domain Tata Kelola SPBE"),
        ("A2", "Perencanaan Strategis SPBE"),
        ("A3", "Teknologi Informasi dan Komunikasi"),
        ("A4", "Penyelenggara SPBE"),
        ("D3", "Domain Manajemen SPBE"),
        ("A5", "Penerapan Manajemen SPBE"),
        ("A6", audit),
        ("D4", "Domain Layanan SPBE"),
        ("A7", "Layanan Administrasi Pemerintahan Berbasis Elektronik"),
        ("A8", "Layanan Publik Berbasis Elektronik"),
    )
    return tuple((i, label, v) for (i, label), v in zip(labels, values.split(), strict=True))


def summary_2018(values: str) -> tuple[tuple[str, str, str], ...]:
    labels = (
        ("indeks", "SPBE"),
        ("D1", "Domain Kebijakan Internal SPBE"),
        ("A1", "Kebijakan Internal Tata Kelola SPBE"),
        ("A2", "Kebijakan Internal Layanan SPBE"),
        ("D2", "Domain Tata Kelola SPBE"),
        ("A3", "Kelembagaan"),
        ("A4", "Strategi dan Perencanaan"),
        ("A5", "Teknologi Informasi dan Komunikasi"),
        ("D3", "Domain Layanan SPBE"),
        ("A6", "Layanan Administrasi Pemerintahan Berbasis Elektronik"),
        ("A7", "Layanan Publik Berbasis Elektronik"),
    )
    return tuple((i, label, v) for (i, label), v in zip(labels, values.split(), strict=True))


@dataclass(frozen=True)
class Printed:
    file: str
    sha256: str
    pages: int
    year: int
    kind: str
    framework: str
    institution: str
    institution_printed: str
    predicate: str
    summary: tuple[tuple[str, str, str], ...]
    levels: str  # the level column of the report's year, rows in order, groups of ten
    target: Target
    findings: tuple[str, ...]  # the aspect of each block "A. …", in order
    recommendation_headings: tuple[str | None, ...]
    other_years: dict[int, str] = field(default_factory=dict)
    average_columns: tuple[str, ...] = ()
    averages: tuple[tuple[str, str], ...] = ()  # (row label, the row's values as printed)


BASELINE_TARGET = Target(
    predicate="Baik",
    index_minimum=Decimal("2.6"),
    indicator_level=3,
    indicator_level_is_minimum=False,
    texts=(
        "Target penilaian: Predikat Baik (indeks minimal 2,6)",
        "Target nilai tingkat kematangan untuk setiap indikator adalah 3 (tiga)",
    ),
)
LEVELS_2021 = "1111111111 1111111111 1111111111 1111131111 3312111"

REPORTS = (
    Printed(
        file="bandarlampung-2021.pdf",
        sha256="758d3a937e34b4f61ae424f4fdb4382872f8cc54a2cecf818a0150b54611bd40",
        pages=9,
        year=2021,
        kind="evaluasi",
        framework="spbe-2020",
        institution=BANDAR_LAMPUNG,
        institution_printed="PEMERINTAH KOTA BANDAR LAMPUNG",
        predicate="Kurang",
        summary=summary_2020(
            "1,20 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,44 1,40 1,50",
            audit="Pelaksanaan Audit TIK",
        ),
        levels=LEVELS_2021,
        target=BASELINE_TARGET,
        findings=ASPECTS_2020,
        recommendation_headings=(None, None, None, None, None),
        average_columns=COLUMNS,
        averages=(
            ("SPBE", "2,24 2,84 2,77 2,10 2,46 2,11 2,29"),
            ("Domain Kebijakan", "2,21 2,68 2,81 1,89 2,26 2,13 2,23"),
            ("Kebijakan Internal Terkait Tata Kelola", "2,21 2,68 2,81 1,89 2,26 2,13 2,23"),
            ("Domain Tata Kelola", "1,89 2,61 2,56 1,83 2,14 1,73 1,91"),
            ("Perencanaan Strategis", "1,77 2,36 2,47 1,80 1,91 1,62 1,78"),
            ("Teknologi Informasi dan Komunikasi", "2,00 2,86 2,71 1,86 2,36 1,82 1,99"),
            ("Penyelenggaraan SPBE", "1,93 2,59 2,46 1,82 2,16 1,78 2,02"),
            ("Domain Manajemen", "1,23 1,50 1,39 1,25 1,31 1,17 1,26"),
            ("Penerapan Manajemen SPBE", "1,26 1,53 1,37 1,25 1,35 1,20 1,29"),
            ("Audit TIK", "1,17 1,43 1,44 1,23 1,22 1,11 1,17"),
            ("Domain Layanan SPBE", "2,81 3,49 3,37 2,62 3,10 2,66 2,88"),
            ("Administrasi Pemerintahan", "2,86 3,50 3,48 2,86 3,14 2,71 2,88"),
            ("Layanan Publik", "2,74 3,49 3,21 2,26 3,04 2,59 2,88"),
        ),
    ),
    Printed(
        file="bandarlampung-2022.pdf",
        sha256="e3c3603810a872d3170bb7c76faec7d725ea58918073ea375c919209e800a69c",
        pages=7,
        year=2022,
        kind="pemantauan",
        framework="spbe-2020",
        institution=BANDAR_LAMPUNG,  # the prose never names it: from the header box's capitals
        institution_printed="PEMERINTAH KOTA BANDAR LAMPUNG",
        predicate="Kurang",
        summary=summary_2020("1,50 2,00 2,00 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,82 1,70 2,00"),
        levels="2233222211 1111111111 1111111111 1111321113 3414111",
        other_years={2021: LEVELS_2021},
        target=BASELINE_TARGET,
        findings=(),
        recommendation_headings=(),
        average_columns=COLUMNS_2022,
        averages=(
            ("SPBE", "2,35 3,14 2,92 2,33 2,74 2,17 2,50"),
            ("Domain Kebijakan", "2,39 3,08 2,88 2,39 2,69 2,23 2,61"),
            ("Kebijakan Internal Tata Kelola SPBE", "2,39 3,08 2,88 2,39 2,69 2,23 2,61"),
            ("Domain Tata Kelola", "1,85 2,86 2,59 1,94 2,27 1,64 1,98"),
            ("Perencanaan Strategis", "1,70 2,63 2,33 1,90 2,00 1,53 1,70"),
            ("Teknologi Informasi dan Komunikasi", "1,92 2,93 2,77 2,04 2,40 1,68 2,11"),
            ("Penyelenggaraan SPBE", "2,02 3,16 2,75 1,83 2,57 1,78 2,28"),
            ("Domain Manajemen", "1,32 2,01 1,64 1,36 1,51 1,21 1,36"),
            ("Penerapan Manajemen SPBE", "1,35 2,14 1,62 1,37 1,55 1,23 1,41"),
            ("Audit TIK", "1,24 1,66 1,69 1,34 1,38 1,15 1,23"),
            ("Domain Layanan SPBE", "2,97 3,72 3,58 2,86 3,45 2,79 3,18"),
            # The report prints this one national value with a dot.
            ("Administrasi Pemerintahan Berbasis Elektronik", "3.03 3,71 3,58 3,07 3,46 2,85 3,23"),
            ("Layanan Publik Berbasis Elektronik", "2,89 3,74 3,58 2,55 3,44 2,71 3,09"),
        ),
    ),
    Printed(
        file="bandarlampung-2023.pdf",
        sha256="5a6db625bcab27b0d9ea4ec83df67c2e50b1719122fcf078e1ec6aef7c28b1ac",
        pages=11,
        year=2023,
        kind="evaluasi",
        framework="spbe-2020",
        institution=BANDAR_LAMPUNG,
        institution_printed="PEMERINTAH KOTA BANDAR LAMPUNG",
        predicate="Cukup",
        summary=summary_2020("2,15 1,40 1,40 1,70 1,25 1,75 2,50 1,00 1,00 1,00 3,04 3,50 2,33"),
        levels="1121121113 1112123123 1111111111 1444444314 3434111",
        target=Target(
            predicate="Baik",
            index_minimum=Decimal("2.6"),
            indicator_level=3,
            indicator_level_is_minimum=True,
            texts=(
                "Target penilaian: Predikat Baik (indeks minimal 2,6)",
                "Target nilai tingkat kematangan untuk setiap indikator adalah minimal 3 (tiga)",
            ),
        ),
        findings=ASPECTS_2020,
        recommendation_headings=("RINGKASAN", "KEUNGGULAN", "KELEMAHAN", "SARAN PERBAIKAN"),
        average_columns=COLUMNS,
        averages=(
            ("SPBE", "2,79 3,66 3,40 2,95 3,01 2,59 2,50"),
            ("Domain Kebijakan", "2,91 3,63 3,47 3,06 3,17 2,72 3,20"),
            ("Kebijakan Internal Tata Kelola SPBE", "2,91 3,63 3,47 3,06 3,17 2,72 3,20"),
            ("Domain Tata Kelola", "2,27 3,42 3,02 2,66 2,56 2,01 2,54"),
            ("Perencanaan Strategis", "2,10 3,18 2,92 2,63 2,31 1,86 2,26"),
            ("Teknologi Informasi dan Komunikasi", "2,37 3,57 3,20 2,68 2,72 2,09 2,70"),
            ("Penyelenggaraan SPBE", "2,43 3,62 2,88 2,68 2,72 2,18 2,79"),
            ("Domain Manajemen", "1,65 2,53 2,31 1,98 1,81 1,45 1,82"),
            ("Penerapan Manajemen SPBE", "1,68 2,53 2,32 2,03 1,79 1,49 1,85"),
            ("Audit TIK", "1,57 1,55 2,29 1,85 1,86 1,35 1,73"),
            ("Domain Layanan SPBE", "3,45 4,21 3,99 3,43 3,64 3,28 3,67"),
            ("Administrasi Pemerintahan Berbasis Elektronik", "3,45 4,16 3,95 3,56 3,64 3,30 3,61"),
            ("Layanan Publik Berbasis Elektronik", "3,45 4,30 4,06 3,24 3,65 3,27 3,77"),
        ),
    ),
    Printed(
        file="bandarlampung-2024.pdf",
        sha256="0c0a8f79e677aecda142707e6fac130e6f007fcc796ac30b3a50b61d8c66e6dc",
        pages=13,
        year=2024,
        kind="evaluasi",
        framework="spbe-2020",
        institution=BANDAR_LAMPUNG,
        institution_printed="PEMERINTAH KOTA BANDAR LAMPUNG",
        predicate="Baik",
        summary=summary_2020("2,98 2,90 2,90 2,40 1,50 2,75 3,50 2,55 2,50 2,67 3,48 3,90 2,83"),
        levels="3233333333 1122323334 3333311334 1444454335 3434222",
        target=Target(  # 2024 prints no predicate target and no table of averages
            indicator_level=3,
            indicator_level_is_minimum=True,
            texts=(
                "Target nilai tingkat kematangan untuk setiap indikator adalah minimal 3 (tiga)",
            ),
        ),
        findings=ASPECTS_2020,
        recommendation_headings=(None,),
    ),
    Printed(
        file="kabmadiun-2020.pdf",
        sha256="c7e818a67a561a9960d0bb6f84cdbaeb9fa6857fb32a48876eb0332111a436fe",
        pages=8,
        year=2020,
        kind="evaluasi",
        framework="spbe-2018",
        institution="Pemerintah Kabupaten Madiun",  # the box: KAB.; the prose: Kabupaten Madiun
        institution_printed="PEMERINTAH KAB. MADIUN",
        predicate="Baik",
        summary=summary_2018("3,30 3,18 3,00 3,30 3,14 3,00 3,50 3,00 3,42 3,57 3,17"),
        levels="3333333343 3343334334 3333334443 4423343",
        target=BASELINE_TARGET,
        findings=ASPECTS_2018,
        recommendation_headings=(None,),
        average_columns=COLUMNS,
        averages=(
            ("SPBE", "2.26 3.19 3.14 2.37 2.56 2.04 2.43"),
            ("Domain Kebijakan", "2.07 2.94 2.92 2.14 2.94 1.86 2.18"),
            ("Kebijakan Tata Kelola", "2.01 2.75 2.99 2.15 2.42 1.79 2.18"),
            ("Kebijakan Layanan", "2.11 3.07 2.87 2.13 2.50 1.91 2.18"),
            ("Domain Tata Kelola", "1.95 2.87 2.97 2.32 2.87 1.70 2.08"),
            ("Kelembagaan", "1.88 2.90 2.93 2.28 2.04 1.64 2.02"),
            ("Strategi & Perencanaan", "1.97 2.66 2.98 2.25 2.44 1.74 2.10"),
            ("Teknologi Informasi dan Komunikasi", "1.98 2.99 3.00 2.40 2.29 1.72 2.12"),
            ("Domain Layanan SPBE", "2.48 3.43 3.29 2.47 3.43 2.26 2.69"),
            ("Administrasi Pemerintahan", "2.62 3.52 3.40 2.62 2.82 2.42 2.80"),
            ("Layanan Publik", "2.23 3.28 3.09 2.20 2.58 1.98 2.49"),
        ),
    ),
)
BY_FILE = {p.file: p for p in REPORTS}
FILES = list(BY_FILE)


@functools.cache
def reading(file: str) -> Reading:
    path = SHARED / file
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return read_report(path.read_bytes(), file)


def printed_decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def row_ids(framework: str) -> list[str]:
    if framework == "spbe-2018":
        return [*(str(n) for n in range(1, 35)), "35.1", "35.2", "35.3"]
    return [str(n) for n in range(1, 48)]


def levels_of(printed: str, framework: str) -> dict[str, int]:
    digits = printed.replace(" ", "")
    return dict(zip(row_ids(framework), map(int, digits), strict=True))


@pytest.mark.parametrize("file", FILES)
def test_identity(file: str) -> None:
    got, want = reading(file), BY_FILE[file]
    assert got.source_name == file
    assert got.sha256 == want.sha256 == hashlib.sha256((SHARED / file).read_bytes()).hexdigest()
    assert (got.pages, got.year, got.kind, got.framework) == (
        want.pages,
        want.year,
        want.kind,
        want.framework,
    )
    assert got.institution == want.institution
    assert got.institution_printed == want.institution_printed


@pytest.mark.parametrize("file", FILES)
def test_index_predicate_and_summary(file: str) -> None:
    got, want = reading(file), BY_FILE[file]
    assert got.predicate == want.predicate
    rows = [got.index, *got.domains.values(), *got.aspects.values()]
    by_id = {(v.id, v.label, v.text) for v in rows}
    assert by_id == set(want.summary)
    for value in rows:
        assert value.value == printed_decimal(value.text)
        assert value.value.as_tuple().exponent == -2  # as printed: two decimals
    assert list(got.domains) == [i for i, _, _ in want.summary if i.startswith("D")]
    assert list(got.aspects) == [i for i, _, _ in want.summary if i.startswith("A")]


@pytest.mark.parametrize("file", FILES)
def test_levels(file: str) -> None:
    got, want = reading(file), BY_FILE[file]
    assert dict(got.levels) == levels_of(want.levels, want.framework)
    assert list(got.levels) == row_ids(want.framework)  # every id once, in order
    assert {y: dict(levels) for y, levels in got.other_years.items()} == {
        y: levels_of(text, want.framework) for y, text in want.other_years.items()
    }


def test_the_2022_report_repeats_the_2021_levels() -> None:
    assert dict(reading("bandarlampung-2022.pdf").other_years[2021]) == dict(
        reading("bandarlampung-2021.pdf").levels
    )


@pytest.mark.parametrize("file", FILES)
def test_averages(file: str) -> None:
    got, want = reading(file), BY_FILE[file]
    assert [row.label for row in got.averages] == [label for label, _ in want.averages]
    summary_ids = [i for i, _, _ in want.summary]
    for row, (_, values) in zip(got.averages, want.averages, strict=True):
        assert [name for name, _ in row.values] == list(want.average_columns)
        assert [value for _, value in row.values] == [printed_decimal(v) for v in values.split()]
    assert [row.id for row in got.averages] == (summary_ids if want.averages else [])


@pytest.mark.parametrize("file", FILES)
def test_target(file: str) -> None:
    assert reading(file).target == BY_FILE[file].target


@pytest.mark.parametrize("file", FILES)
def test_findings_and_recommendations(file: str) -> None:
    got, want = reading(file), BY_FILE[file]
    assert [f.label for f in got.findings] == list(want.findings)
    assert [f.aspect for f in got.findings] == [f"A{n}" for n in range(1, len(want.findings) + 1)]
    assert [r.heading for r in got.recommendations] == list(want.recommendation_headings)
    texts = [t for f in got.findings for t in (f.summary, f.strengths, f.weaknesses)]
    texts += [r.text for r in got.recommendations]
    for text in texts:
        assert len(text) > 40
        assert "  " not in text and "\n" not in text and text == text.strip()
        assert "\uf0b7" not in text and "•" not in text  # bullets are no text
    short_name = want.institution.split()[-1]  # Lampung, Madiun
    assert all(short_name.lower() in f.summary.lower() for f in got.findings)


# --- the arithmetic check of ../shared/lhe/README.md, independent of the project's code ------


def exact(value: object) -> Fraction:
    """A weight from YAML: a float such as 2.75 reads back as the decimal text written."""
    return Fraction(str(value))


def half_up(value: Fraction) -> Decimal:
    hundredths = (value * 100 + Fraction(1, 2)).__floor__()
    return (Decimal(hundredths) / 100).quantize(Decimal("0.01"))


def recompute(framework: str, levels: dict[str, int]) -> dict[str, Decimal]:
    data = yaml.safe_load((ROOT / "weights" / f"{framework}.yaml").read_text(encoding="utf-8"))
    aspect_weight = {a["id"]: exact(a["bobot"]) for a in data["aspek"]}
    domain_of = {a["id"]: a["domain"] for a in data["aspek"]}
    per_aspect = Counter(i["aspek"] for i in data["indikator"])
    weight = {
        i["id"]: exact(i["bobot"])
        if "bobot" in i
        else aspect_weight[i["aspek"]] / per_aspect[i["aspek"]]
        for i in data["indikator"]
    }
    groups: dict[str, list[str]] = {"indeks": list(weight)}
    for indicator in data["indikator"]:
        aspect = indicator["aspek"]
        groups.setdefault(aspect, []).append(indicator["id"])
        groups.setdefault(domain_of[aspect], []).append(indicator["id"])
    assert sum(weight.values(), Fraction(0)) == 100
    return {
        group: half_up(
            sum((weight[i] * levels[i] for i in ids), Fraction(0))
            / sum((weight[i] for i in ids), Fraction(0))
        )
        for group, ids in groups.items()
    }


@pytest.mark.parametrize("file", FILES)
def test_printed_values_reproduce_from_the_printed_levels(file: str) -> None:
    got = reading(file)
    expected = recompute(got.framework, dict(got.levels))
    printed = {v.id: v.value for v in (got.index, *got.domains.values(), *got.aspects.values())}
    assert printed == expected

"""The words people read, in Indonesian (the default) or English.

Only labels and sentences change with the language. What is data stays as written: JSON and CSV
keys (they are the contract), kerangka ids, and the official names of domains, aspects,
indicators and levels, which have no official English version. Predicate names are translated
with the official Indonesian name kept beside them: "Good (Baik)".

How a renderer uses it (the language arrives as `Options.language`)::

    from spbe_cli.i18n import predicate_label, tr
    tr(options.language, "weight")                      # "Bobot" / "Weight"
    tr(options.language, "year_of", year=2024)         # "tahun 2024" / "year 2024"
    predicate_label("Baik", options.language)           # "Baik" / "Good (Baik)"

A command adds a text by adding its key to both tables below (a test checks that both have the
same keys and the same {fields}). Keys are shared: reuse one before adding another.
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT = "id"
LANGUAGES = ("id", "en")

PREDICATES_EN: Mapping[str, str] = {
    "Kurang": "Poor",
    "Cukup": "Fair",
    "Baik": "Good",
    "Sangat Baik": "Very Good",
    "Memuaskan": "Excellent",
}

TEXTS: Mapping[str, Mapping[str, str]] = {
    "id": {
        "index": "Indeks",
        "index_spbe": "Indeks SPBE",
        "index_pemdi": "Indeks Pemdi",
        "predicate": "Predikat",
        "weight": "Bobot",
        "weight_pct": "Bobot (%)",
        "level": "Level",
        "level_name": "Nama level",
        "domain": "Domain",
        "aspect": "Aspek",
        "aspects": "Aspek",
        "domains": "Domain",
        "indicator": "Indikator",
        "indicators": "Indikator",
        "explanation": "Penjelasan",
        "evidence": "Data dukung",
        "institution": "Instansi",
        "year": "Tahun",
        "framework": "Kerangka",
        "regulation": "Regulasi",
        "change": "Perubahan",
        "exact_index": "Indeks tepat",
        "domain_aspect": "Domain / Aspek",
        "domain_aspect_indicator": "Domain / Aspek / Indikator",
        "index_level": "Indeks / Level",
        "year_of": "tahun {year}",
        "heading": "{index} {institution} — tahun {year} ({framework})",
        "status_official": "resmi",
        "status_provisional": "sementara",
        "basis_exact": "indeks tepat",
        "basis_rounded": "indeks dibulatkan 2 desimal",
        "footer": (
            "Kerangka {framework} ({regulation}; tabel {status}); predikat tahun {year} dari "
            "{basis}."
        ),
        "draft": (
            "Belum diisi {count} indikator ({ids}); indeks antara {low} ({low_predicate}) dan "
            "{high} ({high_predicate})"
        ),
        "report_title": "Laporan {index} {year}",
        "radar_title": "Indeks per {groups}",
        "bars_title": "Indeks aspek terhadap pita predikat",
        "comparison": "Dibandingkan dengan {year}",
        "comparison_same": (
            "Pembanding: {file} ({institution}, tahun {year}, kerangka {framework}); "
            "perubahan dihitung per indikator, aspek dan domain."
        ),
        "comparison_other": (
            "Pembanding: {file} ({institution}, tahun {year}) memakai kerangka {old_framework}, "
            "bukan {framework}: hanya indeks dan predikat yang dibandingkan; indikator, aspek "
            "dan domain kedua kerangka tidak sebanding."
        ),
        "no_evidence": "Tidak ada data dukung yang dicantumkan.",
        "evidence_for": "Indikator {id}",
        "generated_by": "Dibuat dengan spbe {version} dari {file}.",
        "level_scale": "Skala level {low}-{high}",
        "simulation": "Simulasi",
        "summary": "Ringkasan",
        "simulation_help": (
            "Ubah angka di kolom Level (sel berwarna): indeks, indeks domain dan aspek, dan "
            "predikat di lembar ini dihitung ulang oleh rumus."
        ),
        "simulation_basis": (
            "Predikat dari {basis} (dibandingkan setelah dibulatkan {places} desimal "
            "untuk menghapus galat pecahan biner spreadsheet)."
        ),
        "reported": "Dalam laporan",
        "initial_level": "Level laporan",
        "lower_bound": "Batas bawah",
        "written": "Laporan ditulis: {path}",
    },
    "en": {
        "index": "Index",
        "index_spbe": "SPBE Index",
        "index_pemdi": "Digital Government Index (Pemdi)",
        "predicate": "Rating",
        "weight": "Weight",
        "weight_pct": "Weight (%)",
        "level": "Level",
        "level_name": "Level name",
        "domain": "Domain",
        "aspect": "Aspect",
        "aspects": "Aspects",
        "domains": "Domains",
        "indicator": "Indicator",
        "indicators": "Indicators",
        "explanation": "Explanation",
        "evidence": "Supporting evidence",
        "institution": "Institution",
        "year": "Year",
        "framework": "Framework",
        "regulation": "Regulation",
        "change": "Change",
        "exact_index": "Exact index",
        "domain_aspect": "Domain / Aspect",
        "domain_aspect_indicator": "Domain / Aspect / Indicator",
        "index_level": "Index / Level",
        "year_of": "year {year}",
        "heading": "{index} {institution} — year {year} ({framework})",
        "status_official": "official",
        "status_provisional": "provisional",
        "basis_exact": "the exact index",
        "basis_rounded": "the index rounded to 2 decimals",
        "footer": (
            "Framework {framework} ({regulation}; {status} table); year {year} rating from {basis}."
        ),
        "draft": (
            "{count} indicators not filled in ({ids}); index between {low} ({low_predicate}) "
            "and {high} ({high_predicate})"
        ),
        "report_title": "{index} Report {year}",
        "radar_title": "Index by {groups}",
        "bars_title": "Aspect indices against the rating bands",
        "comparison": "Compared with {year}",
        "comparison_same": (
            "Baseline: {file} ({institution}, year {year}, framework {framework}); changes are "
            "computed per indicator, aspect and domain."
        ),
        "comparison_other": (
            "Baseline: {file} ({institution}, year {year}) uses framework {old_framework}, not "
            "{framework}: only the index and rating are compared; the indicators, aspects and "
            "domains of the two frameworks are not comparable."
        ),
        "no_evidence": "No supporting evidence listed.",
        "evidence_for": "Indicator {id}",
        "generated_by": "Made with spbe {version} from {file}.",
        "level_scale": "Level scale {low}-{high}",
        "simulation": "Simulation",
        "summary": "Summary",
        "simulation_help": (
            "Change the numbers in the Level column (shaded cells): the index, the domain and "
            "aspect indices and the rating on this sheet are recalculated by formulas."
        ),
        "simulation_basis": (
            "Rating from {basis} (compared after rounding to {places} decimals to remove the "
            "spreadsheet's binary fraction noise)."
        ),
        "reported": "In the report",
        "initial_level": "Reported level",
        "lower_bound": "Lower bound",
        "written": "Report written: {path}",
    },
}


def tr(language: str, key: str, **fields: object) -> str:
    """The text for `key` in `language` (Indonesian for an unknown language), fields filled."""
    table = TEXTS.get(language, TEXTS[DEFAULT])
    text = table[key]
    return text.format(**fields) if fields else text


def predicate_label(name: str, language: str) -> str:
    """A predicate as shown: "Baik" in Indonesian, "Good (Baik)" in English. A name the table
    does not know (a custom kerangka) is shown as written."""
    english = PREDICATES_EN.get(name)
    if language == "en" and english is not None:
        return f"{english} ({name})"
    return name


def index_name(framework_id: str, language: str) -> str:
    """ "Indeks SPBE" or "Indeks Pemdi" (and their English names), from the kerangka id."""
    return tr(language, "index_pemdi" if framework_id.startswith("pemdi") else "index_spbe")

"""The words people read, in Indonesian (the default) or English.

Only labels and sentences change with the language. What is data stays as written: JSON and CSV
keys and values (they are the contract), kerangka ids, and the official names of domains, aspects,
indicators and levels, which have no official English version. Predicate names are translated
with the official Indonesian name kept beside them: "Good (Baik)", and so are the keyakinan
words of pemetaan and konversi tables: "partial (sebagian)".

How a renderer uses it (the language arrives as `Options.language`)::

    from spbe_cli.i18n import predicate_label, term_label, tr, tr_count
    tr(options.language, "weight")                      # "Bobot" / "Weight"
    tr(options.language, "year_of", year=2024)         # "tahun 2024" / "year 2024"
    predicate_label("Baik", options.language)           # "Baik" / "Good (Baik)"
    term_label("sebagian", options.language)            # "sebagian" / "partial (sebagian)"
    tr_count(options.language, "n_indicators", 1)       # "1 indikator" / "1 indicator"

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

TERMS_EN: Mapping[str, str] = {
    # keyakinan of a pemetaan row (spbe diff) and of a konversi rule (spbe explain)
    "primer": "primary",
    "sebagian": "partial",
    "dugaan": "presumed",
    "tinggi": "high",
    "sedang": "medium",
    "rendah": "low",
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
        "aspect_indicator": "Aspek / Indikator",
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
        # counted nouns: tr_count picks the "_one" key for 1 (English singular)
        "n_indicators": "{count} indikator",
        "n_indicators_one": "{count} indikator",
        "n_pairs": "{count} pasangan",
        "n_pairs_one": "{count} pasangan",
        "n_framework_indicators": "{count} indikator {framework}",
        "n_framework_indicators_one": "{count} indikator {framework}",
        "n_level_steps": "{count} langkah naik level",
        "n_level_steps_one": "{count} langkah naik level",
        # spbe diff and spbe simulate
        "old": "Lama",
        "new": "Baru",
        "delta": "Selisih",
        "contribution": "Kontribusi",
        "confidence": "Keyakinan",
        "diff_title": "Perbandingan {index} {institution}: {old_year} → {new_year}",
        "diff_title_two": (
            "Perbandingan {index}: {old_institution} {old_year} → {new_institution} {new_year}"
        ),
        "diff_files": "lama: {old_file} ({old_framework}); baru: {new_file} ({new_framework})",
        "diff_same": (
            "Kerangka sama ({framework}): setiap indikator dibandingkan langsung; kontribusi = "
            "selisih level × bobot / 100, dan jumlah kontribusi sama dengan selisih indeks."
        ),
        "diff_mapped": (
            "Lintas kerangka {old} → {new}: indeks dan predikat dibandingkan langsung; "
            "domain, aspek dan indikator hanya melalui tabel pemetaan {table} "
            "(keyakinan tiap baris: primer, sebagian atau dugaan); kontribusi tidak dihitung "
            "lintas kerangka.{bands}"
        ),
        "diff_index_only": (
            "Lintas kerangka {old} → {new}: hanya indeks dan predikat yang dibandingkan; "
            "tidak ada tabel pemetaan untuk kedua kerangka ini, jadi domain, aspek dan indikator "
            "tidak dibandingkan.{bands}"
        ),
        "diff_bands": " Pita predikat kedua kerangka berbeda.",
        "move_naik": "naik",
        "move_turun": "turun",
        "move_tetap": "tetap",
        "move_berubah": "berubah",
        "diff_draft_old": (
            "Berkas lama belum lengkap: {indicators} belum diisi ({ids}), dihitung pada level "
            "terendah."
        ),
        "diff_draft_new": (
            "Berkas baru belum lengkap: {indicators} belum diisi ({ids}), dihitung pada level "
            "terendah."
        ),
        "section_naik": "Naik",
        "section_turun": "Turun",
        "section_belum_diisi": "Belum diisi (dihitung level terendah)",
        "section_tetap": "Tetap",
        "section_hanya_lama": "Tanpa padanan di {new}",
        "section_hanya_baru": "Baru di {new}, tanpa padanan di {old}",
        "section_total": ", kontribusi {total}",
        "no_level_changed": "Tidak ada level indikator yang berubah.",
        "formerly": "dulu: {name}",
        "simulate_title": (
            "Simulasi {index} {institution} {year}: {changes} (berkas {file} tidak diubah)"
        ),
        "as_is": "Saat ini",
        # spbe plan
        "from": "Dari",
        "to": "Ke",
        "gain": "Tambahan",
        "plan_heading": "Rencana {heading}",
        "plan_target_predicate": "{predicate} (indeks >= {value}, dari {basis})",
        "plan_target_index": "indeks >= {value} (dari {basis})",
        "plan_now": "Sekarang {index} ({predicate}); target {target}",
        "plan_unreachable": (
            "{now} tidak tercapai: paling tinggi {best} ({best_predicate}) dengan setiap "
            "langkah yang boleh"
        ),
        "plan_met": "{now} sudah tercapai: tidak ada langkah yang perlu",
        "plan_steps": "{now}: {steps} pada {indicators} -> {index} ({predicate})",
        "plan_held": "Tidak direncanakan: {reasons}",
        "plan_held_external": (
            "{ids} (nilai dari indeks instansi lain; sertakan dengan --termasuk-eksternal)"
        ),
        "plan_cap": "Level paling tinggi: {cap}",
        "plan_within": "nilai naik di dalam rentang level {level} {name} ({span})",
        "plan_needs": "Yang dibutuhkan",
        "plan_order": (
            "Urutan: tambahan terbesar dulu, lalu level awal terendah, lalu urutan indikator di "
            "tabel."
        ),
        # spbe explain (field labels are shown in lower case)
        "note": "Catatan",
        "conversion": "Konversi",
        "current": "Sekarang",
        "next": "Berikutnya",
        "explain_weight": (
            "{weight} persen dari indeks; naik satu level menambah indeks {per_level}"
        ),
        "explain_conversion": (
            "{source}: {name}, skor {low}-{high}; nilai = {formula}, {rounding}; "
            "keyakinan {confidence}. {note}"
        ),
        "source_score": "skor {source}",
        "rounding": "dibulatkan setengah ke atas ke {places} desimal",
        "exact_value": "{shown} (tepat {exact})",
        "generic_criteria": "Kriteria generik, bukan teks resmi: {note}",
        "level_names_unknown": "(nama level resmi {framework} tidak diketahui)",
        "explain_file": "Berkas {file} (tahun {year})",
        "not_filled": "belum diisi",
        "value_of": "nilai {value}",
        "from_score": "dari skor {source} {score}",
        "same_range": "tetap di rentang level yang sama",
        "explain_gain": "+{gain}: indeks {index} -> {after} ({predicate})",
        "at_top": "sudah di level tertinggi",
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
        "aspect_indicator": "Aspect / Indicator",
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
        "n_indicators": "{count} indicators",
        "n_indicators_one": "{count} indicator",
        "n_pairs": "{count} pairs",
        "n_pairs_one": "{count} pair",
        "n_framework_indicators": "{count} {framework} indicators",
        "n_framework_indicators_one": "{count} {framework} indicator",
        "n_level_steps": "{count} level steps up",
        "n_level_steps_one": "{count} level step up",
        "old": "Old",
        "new": "New",
        "delta": "Change",
        "contribution": "Contribution",
        "confidence": "Confidence",
        "diff_title": "{index} comparison, {institution}: {old_year} → {new_year}",
        "diff_title_two": (
            "{index} comparison: {old_institution} {old_year} → {new_institution} {new_year}"
        ),
        "diff_files": "old: {old_file} ({old_framework}); new: {new_file} ({new_framework})",
        "diff_same": (
            "Same framework ({framework}): every indicator is compared directly; contribution = "
            "level change × weight / 100, and the contributions add up to the index change."
        ),
        "diff_mapped": (
            "Across frameworks {old} → {new}: the index and rating are compared directly; "
            "domains, aspects and indicators only through the mapping table (pemetaan) {table} "
            "(confidence of each row: primary, partial or presumed); contributions are not "
            "computed across frameworks.{bands}"
        ),
        "diff_index_only": (
            "Across frameworks {old} → {new}: only the index and rating are compared; there is "
            "no mapping table (pemetaan) for these two frameworks, so domains, aspects and "
            "indicators are not compared.{bands}"
        ),
        "diff_bands": " The rating bands of the two frameworks differ.",
        "move_naik": "up",
        "move_turun": "down",
        "move_tetap": "unchanged",
        "move_berubah": "changed",
        "diff_draft_old": (
            "The old file is incomplete: {indicators} not filled in ({ids}), counted at the "
            "lowest level."
        ),
        "diff_draft_new": (
            "The new file is incomplete: {indicators} not filled in ({ids}), counted at the "
            "lowest level."
        ),
        "section_naik": "Up",
        "section_turun": "Down",
        "section_belum_diisi": "Not filled in (counted at the lowest level)",
        "section_tetap": "Unchanged",
        "section_hanya_lama": "No counterpart in {new}",
        "section_hanya_baru": "New in {new}, no counterpart in {old}",
        "section_total": ", contribution {total}",
        "no_level_changed": "No indicator level changed.",
        "formerly": "formerly: {name}",
        "simulate_title": (
            "{index} simulation, {institution} {year}: {changes} (file {file} not modified)"
        ),
        "as_is": "Current",
        "from": "From",
        "to": "To",
        "gain": "Gain",
        "plan_heading": "Plan for {heading}",
        "plan_target_predicate": "{predicate} (index >= {value}, from {basis})",
        "plan_target_index": "index >= {value} (from {basis})",
        "plan_now": "Now {index} ({predicate}); target {target}",
        "plan_unreachable": (
            "{now} cannot be reached: at most {best} ({best_predicate}) with every allowed step"
        ),
        "plan_met": "{now} already reached: no steps needed",
        "plan_steps": "{now}: {steps} on {indicators} -> {index} ({predicate})",
        "plan_held": "Not planned: {reasons}",
        "plan_held_external": (
            "{ids} (value comes from another agency's index; include with --termasuk-eksternal)"
        ),
        "plan_cap": "Highest level allowed: {cap}",
        "plan_within": "value rises within the range of level {level} {name} ({span})",
        "plan_needs": "What each step needs",
        "plan_order": (
            "Order: largest gain first, then lowest starting level, then the order of the "
            "indicators in the table."
        ),
        "note": "Note",
        "conversion": "Conversion",
        "current": "Current",
        "next": "Next",
        "explain_weight": (
            "{weight} percent of the index; one level up adds {per_level} to the index"
        ),
        "explain_conversion": (
            "{source}: {name}, score {low}-{high}; value = {formula}, {rounding}; "
            "confidence {confidence}. {note}"
        ),
        "source_score": "{source} score",
        "rounding": "rounded half up to {places} decimals",
        "exact_value": "{shown} (exact {exact})",
        "generic_criteria": "Generic criteria, not official text: {note}",
        "level_names_unknown": "(the official level names of {framework} are not known)",
        "explain_file": "File {file} (year {year})",
        "not_filled": "not filled in yet",
        "value_of": "value {value}",
        "from_score": "from {source} score {score}",
        "same_range": "stays within the same level range",
        "explain_gain": "+{gain}: index {index} -> {after} ({predicate})",
        "at_top": "already at the highest level",
    },
}


def tr(language: str, key: str, **fields: object) -> str:
    """The text for `key` in `language` (Indonesian for an unknown language), fields filled."""
    table = TEXTS.get(language, TEXTS[DEFAULT])
    text = table[key]
    return text.format(**fields) if fields else text


def tr_count(language: str, key: str, count: int, **fields: object) -> str:
    """A counted noun: "3 indikator", "1 indicator", "3 indicators" (the "_one" key for 1)."""
    return tr(language, f"{key}_one" if count == 1 else key, count=count, **fields)


def _glossed(name: str, english: str | None, language: str) -> str:
    if language == "en" and english is not None:
        return f"{english} ({name})"
    return name


def predicate_label(name: str, language: str) -> str:
    """A predicate as shown: "Baik" in Indonesian, "Good (Baik)" in English. A name the table
    does not know (a custom kerangka) is shown as written."""
    return _glossed(name, PREDICATES_EN.get(name), language)


def term_label(name: str, language: str) -> str:
    """A data word other than a predicate (a keyakinan), the same way: "partial (sebagian)"."""
    return _glossed(name, TERMS_EN.get(name), language)


def index_name(framework_id: str, language: str) -> str:
    """ "Indeks SPBE" or "Indeks Pemdi" (and their English names), from the kerangka id."""
    return tr(language, "index_pemdi" if framework_id.startswith("pemdi") else "index_spbe")

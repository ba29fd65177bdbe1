"""Labels and sentences of the outputs (tables, reports, Markdown), Indonesian then English.

Each key maps to (Indonesian, English); both have the same {fields} (a test checks it).
"""

from __future__ import annotations

from spbe_cli.i18n.areas import AREAS

LABELS: dict[str, tuple[str, str]] = {
    # spbe validate, spbe kerangka
    "valid_file": ("{file}: sah ({framework})", "{file}: ok ({framework})"),
    "years": ("tahun", "years"),
    "status": ("status", "status"),
    "levels": ("level", "levels"),
    "structure": ("struktur", "structure"),
    "file": ("berkas", "file"),
    "source": ("sumber", "source"),
    "kerangka_counts": (
        "{domains} domain, {aspects} aspek, {indicators} indikator",
        "{domains} domains, {aspects} aspects, {indicators} indicators",
    ),
    "kerangka_decimals": (
        ', paling banyak {places} desimal atau pecahan "7/6"',
        ', up to {places} decimals or a fraction "7/6"',
    ),
    "kerangka_rule": ("predikat dari {basis} ({verified})", "rating from {basis} ({verified})"),
    "verified": ("terverifikasi", "verified"),
    "not_verified": ("belum terverifikasi", "not verified"),
    # spbe init (comments of the answer file it writes)
    "init_scale": ("level {low}-{high}", "level {low}-{high}"),
    "init_decimals": (
        ', boleh {places} desimal atau pecahan "7/6"',
        ', up to {places} decimals or a fraction "7/6"',
    ),
    "init_where": ("aspek {aspect}, bobot {weight}%", "aspect {aspect}, weight {weight}%"),
    "init_note": ("catatan", "note"),
    "init_placeholder": ("Nama Instansi", "Institution Name"),
    "init_replace": ("ganti dengan nama instansi", "replace with the institution's name"),
    "init_intro": (
        "Berkas jawaban {index} tahun {year}, kerangka {framework}\n({regulation}).\n"
        "Dibuat oleh `spbe init`: {count} indikator, semuanya pada level terendah ({low}).\n"
        "Ganti level tiap indikator, isi penjelasan dan data_dukung (boleh dihapus), lalu\n"
        "periksa dengan `spbe validate` dan hitung dengan `spbe score`.",
        "Answer file of the {index}, year {year}, kerangka {framework}\n({regulation}).\n"
        "Written by `spbe init`: {count} indicators, all at the lowest level ({low}).\n"
        "Set each indicator's level, fill in penjelasan and data_dukung (or delete them),\n"
        "then check with `spbe validate` and score with `spbe score`.",
    ),
    "init_schema": (
        "Skema untuk editor: spbe schema --kerangka {framework} > {schema}",
        "Schema for editors: spbe schema --kerangka {framework} > {schema}",
    ),
    "init_domain": (
        "Domain {id} {name} (bobot {weight}%)",
        "Domain {id} {name} (weight {weight}%)",
    ),
    "init_aspect": ("Aspek {id} {name} (bobot {weight}%)", "Aspect {id} {name} (weight {weight}%)"),
    "index": (
        "Indeks",
        "Index",
    ),
    "index_spbe": (
        "Indeks SPBE",
        "SPBE Index",
    ),
    "index_pemdi": (
        "Indeks Pemdi",
        "Digital Government Index (Pemdi)",
    ),
    "predicate": (
        "Predikat",
        "Rating",
    ),
    "weight": (
        "Bobot",
        "Weight",
    ),
    "weight_pct": (
        "Bobot (%)",
        "Weight (%)",
    ),
    "level": (
        "Level",
        "Level",
    ),
    "level_name": (
        "Nama level",
        "Level name",
    ),
    "domain": (
        "Domain",
        "Domain",
    ),
    "aspect": (
        "Aspek",
        "Aspect",
    ),
    "aspects": (
        "Aspek",
        "Aspects",
    ),
    "domains": (
        "Domain",
        "Domains",
    ),
    "indicator": (
        "Indikator",
        "Indicator",
    ),
    "indicators": (
        "Indikator",
        "Indicators",
    ),
    "explanation": (
        "Penjelasan",
        "Explanation",
    ),
    "evidence": (
        "Data dukung",
        "Supporting evidence",
    ),
    "institution": (
        "Instansi",
        "Institution",
    ),
    "year": (
        "Tahun",
        "Year",
    ),
    "framework": (
        "Kerangka",
        "Framework",
    ),
    "regulation": (
        "Regulasi",
        "Regulation",
    ),
    "change": (
        "Perubahan",
        "Change",
    ),
    "exact_index": (
        "Indeks tepat",
        "Exact index",
    ),
    "domain_aspect": (
        "Domain / Aspek",
        "Domain / Aspect",
    ),
    "domain_aspect_indicator": (
        "Domain / Aspek / Indikator",
        "Domain / Aspect / Indicator",
    ),
    "aspect_indicator": (
        "Aspek / Indikator",
        "Aspect / Indicator",
    ),
    "index_level": (
        "Indeks / Level",
        "Index / Level",
    ),
    "year_of": (
        "tahun {year}",
        "year {year}",
    ),
    "heading": (
        "{index} {institution} — tahun {year} ({framework})",
        "{index} {institution} — year {year} ({framework})",
    ),
    "status_official": (
        "resmi",
        "official",
    ),
    "status_provisional": (
        "sementara",
        "provisional",
    ),
    "basis_exact": (
        "indeks tepat",
        "the exact index",
    ),
    "basis_rounded": (
        "indeks dibulatkan 2 desimal",
        "the index rounded to 2 decimals",
    ),
    "footer": (
        "Kerangka {framework} ({regulation}; tabel {status}); predikat tahun {year} dari {basis}.",
        "Framework {framework} ({regulation}; {status} table); year {year} rating from {basis}.",
    ),
    "draft": (
        "Belum diisi {count} indikator ({ids}); indeks antara {low} ({low_predicate}) dan {high} ({high_predicate})",
        "{count} indicators not filled in ({ids}); index between {low}, {low_predicate}, and {high}, {high_predicate}",
    ),
    "report_title": (
        "Laporan {index} {year}",
        "{index} Report {year}",
    ),
    "radar_title": (
        "Indeks per {groups}",
        "Index by {groups}",
    ),
    "bars_title": (
        "Indeks aspek terhadap rentang predikat",
        "Aspect indices against the rating bands",
    ),
    "comparison": (
        "Dibandingkan dengan {year}",
        "Compared with {year}",
    ),
    "comparison_same": (
        "Pembanding: {file} ({institution}, tahun {year}, kerangka {framework}); perubahan dihitung per indikator, aspek dan domain.",
        "Baseline: {file} ({institution}, year {year}, framework {framework}); changes are computed per indicator, aspect and domain.",
    ),
    "comparison_other": (
        "Pembanding: {file} ({institution}, tahun {year}) memakai kerangka {old_framework}, bukan {framework}: hanya indeks dan predikat yang dibandingkan; indikator, aspek dan domain kedua kerangka tidak sebanding.",
        "Baseline: {file} ({institution}, year {year}) uses framework {old_framework}, not {framework}: only the index and rating are compared; the indicators, aspects and domains of the two frameworks are not comparable.",
    ),
    "no_evidence": (
        "Tidak ada data dukung yang dicantumkan.",
        "No supporting evidence listed.",
    ),
    "evidence_for": (
        "Indikator {id}",
        "Indicator {id}",
    ),
    "generated_by": (
        "Dibuat dengan spbe {version} dari {file}.",
        "Made with spbe {version} from {file}.",
    ),
    "level_scale": (
        "Skala level {low}-{high}",
        "Level scale {low}-{high}",
    ),
    "simulation": (
        "Simulasi",
        "Simulation",
    ),
    "summary": (
        "Ringkasan",
        "Summary",
    ),
    "simulation_help": (
        "Ubah angka di kolom Level (sel berwarna): indeks, indeks domain dan aspek, dan predikat di lembar ini dihitung ulang oleh rumus.",
        "Change the numbers in the Level column (shaded cells): the index, the domain and aspect indices and the rating on this sheet are recalculated by formulas.",
    ),
    "simulation_basis": (
        "Predikat dari {basis} (dibandingkan setelah dibulatkan {places} desimal untuk menghapus galat pecahan biner spreadsheet).",
        "Rating from {basis} (compared after rounding to {places} decimals to remove the spreadsheet's binary fraction noise).",
    ),
    "reported": (
        "Dalam laporan",
        "In the report",
    ),
    "initial_level": (
        "Level laporan",
        "Reported level",
    ),
    "lower_bound": (
        "Batas bawah",
        "Lower bound",
    ),
    "written": (
        "Laporan ditulis: {path}",
        "Report written: {path}",
    ),
    "n_indicators": (
        "{count} indikator",
        "{count} indicators",
    ),
    "n_indicators_one": (
        "{count} indikator",
        "{count} indicator",
    ),
    "n_pairs": (
        "{count} pasangan",
        "{count} pairs",
    ),
    "n_pairs_one": (
        "{count} pasangan",
        "{count} pair",
    ),
    "n_framework_indicators": (
        "{count} indikator {framework}",
        "{count} {framework} indicators",
    ),
    "n_framework_indicators_one": (
        "{count} indikator {framework}",
        "{count} {framework} indicator",
    ),
    "n_level_steps": (
        "{count} langkah naik level",
        "{count} level steps up",
    ),
    "n_level_steps_one": (
        "{count} langkah naik level",
        "{count} level step up",
    ),
    "old": (
        "Lama",
        "Old",
    ),
    "new": (
        "Baru",
        "New",
    ),
    "delta": (
        "Selisih",
        "Change",
    ),
    "contribution": (
        "Kontribusi",
        "Contribution",
    ),
    "confidence": (
        "Keyakinan",
        "Confidence",
    ),
    "diff_title": (
        "Perbandingan {index} {institution}: {old_year} → {new_year}",
        "{index} comparison, {institution}: {old_year} → {new_year}",
    ),
    "diff_title_two": (
        "Perbandingan {index}: {old_institution} {old_year} → {new_institution} {new_year}",
        "{index} comparison: {old_institution} {old_year} → {new_institution} {new_year}",
    ),
    "diff_files": (
        "lama: {old_file} ({old_framework}); baru: {new_file} ({new_framework})",
        "old: {old_file} ({old_framework}); new: {new_file} ({new_framework})",
    ),
    "diff_same": (
        "Kerangka sama ({framework}): setiap indikator dibandingkan langsung; kontribusi = selisih level × bobot / 100, dan jumlah kontribusi sama dengan selisih indeks.",
        "Same framework ({framework}): every indicator is compared directly; contribution = level change × weight / 100, and the contributions add up to the index change.",
    ),
    "diff_mapped": (
        "Lintas kerangka {old} → {new}: indeks dan predikat dibandingkan langsung; domain, aspek dan indikator hanya melalui tabel pemetaan {table} (keyakinan tiap baris: primer, sebagian atau dugaan); kontribusi tidak dihitung lintas kerangka.{bands}",
        "Across frameworks {old} → {new}: the index and rating are compared directly; domains, aspects and indicators only through the mapping table (pemetaan) {table} (confidence of each row: primary, partial or presumed); contributions are not computed across frameworks.{bands}",
    ),
    "diff_index_only": (
        "Lintas kerangka {old} → {new}: hanya indeks dan predikat yang dibandingkan; tidak ada tabel pemetaan untuk kedua kerangka ini, jadi domain, aspek dan indikator tidak dibandingkan.{bands}",
        "Across frameworks {old} → {new}: only the index and rating are compared; there is no mapping table (pemetaan) for these two frameworks, so domains, aspects and indicators are not compared.{bands}",
    ),
    "diff_bands": (
        " Rentang predikat kedua kerangka berbeda.",
        " The rating bands of the two frameworks differ.",
    ),
    "move_naik": (
        "naik",
        "up",
    ),
    "move_turun": (
        "turun",
        "down",
    ),
    "move_tetap": (
        "tetap",
        "unchanged",
    ),
    "move_berubah": (
        "berubah",
        "changed",
    ),
    "diff_draft_old": (
        "Berkas lama belum lengkap: {indicators} belum diisi ({ids}), dihitung pada level terendah.",
        "The old file is incomplete: {indicators} not filled in ({ids}), counted at the lowest level.",
    ),
    "diff_draft_new": (
        "Berkas baru belum lengkap: {indicators} belum diisi ({ids}), dihitung pada level terendah.",
        "The new file is incomplete: {indicators} not filled in ({ids}), counted at the lowest level.",
    ),
    "section_naik": (
        "Naik",
        "Up",
    ),
    "section_turun": (
        "Turun",
        "Down",
    ),
    "section_belum_diisi": (
        "Belum diisi (dihitung level terendah)",
        "Not filled in (counted at the lowest level)",
    ),
    "section_tetap": (
        "Tetap",
        "Unchanged",
    ),
    "section_hanya_lama": (
        "Tanpa padanan di {new}",
        "No counterpart in {new}",
    ),
    "section_hanya_baru": (
        "Baru di {new}, tanpa padanan di {old}",
        "New in {new}, no counterpart in {old}",
    ),
    "section_total": (
        ", kontribusi {total}",
        ", contribution {total}",
    ),
    "no_level_changed": (
        "Tidak ada level indikator yang berubah.",
        "No indicator level changed.",
    ),
    "formerly": (
        "dulu: {name}",
        "formerly: {name}",
    ),
    "simulate_title": (
        "Simulasi {index} {institution} {year}: {changes} (berkas {file} tidak diubah)",
        "{index} simulation, {institution} {year}: {changes} (file {file} not modified)",
    ),
    "as_is": (
        "Saat ini",
        "Current",
    ),
    "from": (
        "Dari",
        "From",
    ),
    "to": (
        "Ke",
        "To",
    ),
    "gain": (
        "Tambahan",
        "Gain",
    ),
    "plan_heading": (
        "Rencana {heading}",
        "Plan for {heading}",
    ),
    "plan_target_predicate": (
        "{predicate} (indeks {value}, dari {basis})",
        "{predicate} (index {value}, from {basis})",
    ),
    "plan_target_index": (
        "indeks {value} (dari {basis})",
        "index {value} (from {basis})",
    ),
    "plan_now": (
        "Sekarang {index}, {predicate}; target {target}",
        "Now {index}, {predicate}; target {target}",
    ),
    "plan_unreachable": (
        "{now} tidak tercapai: paling tinggi {best}, {best_predicate}, dengan setiap langkah yang boleh",
        "{now} cannot be reached: at most {best}, {best_predicate}, with every allowed step",
    ),
    "plan_met": (
        "{now} sudah tercapai: tidak ada langkah yang perlu",
        "{now} already reached: no steps needed",
    ),
    "plan_steps": (
        "{now}: {steps} pada {indicators} -> {index}, {predicate}",
        "{now}: {steps} on {indicators} -> {index}, {predicate}",
    ),
    "plan_held": (
        "Tidak direncanakan: {reasons}",
        "Not planned: {reasons}",
    ),
    "plan_held_external": (
        "{ids} (nilai dari indeks instansi lain; sertakan dengan --termasuk-eksternal)",
        "{ids} (value comes from another agency's index; include with --termasuk-eksternal)",
    ),
    "plan_cap": (
        "Level paling tinggi: {cap}",
        "Highest level allowed: {cap}",
    ),
    "plan_within": (
        "nilai naik di dalam rentang level {level} {name} ({span})",
        "value rises within the range of level {level} {name} ({span})",
    ),
    "plan_needs": (
        "Yang dibutuhkan",
        "What each step needs",
    ),
    "plan_order": (
        "Urutan: tambahan terbesar dulu, lalu level awal terendah, lalu urutan indikator di tabel.",
        "Order: largest gain first, then lowest starting level, then the order of the indicators in the table.",
    ),
    "note": (
        "Catatan",
        "Note",
    ),
    "conversion": (
        "Konversi",
        "Conversion",
    ),
    "current": (
        "Sekarang",
        "Current",
    ),
    "next": (
        "Berikutnya",
        "Next",
    ),
    "explain_weight": (
        "{weight} persen dari indeks; naik satu level menambah indeks {per_level}",
        "{weight} percent of the index; one level up adds {per_level} to the index",
    ),
    "explain_conversion": (
        "{source}: {name}, skor {low}-{high}; nilai = {formula}, {rounding}; keyakinan {confidence}. {note}",
        "{source}: {name}, score {low}-{high}; value = {formula}, {rounding}; confidence {confidence}. {note}",
    ),
    "source_score": (
        "skor {source}",
        "{source} score",
    ),
    "rounding": (
        "dibulatkan setengah ke atas ke {places} desimal",
        "rounded half up to {places} decimals",
    ),
    "exact_value": (
        "{shown} (tepat {exact})",
        "{shown} (exact {exact})",
    ),
    "generic_criteria": (
        "Kriteria generik, bukan teks resmi: {note}",
        "Generic criteria, not official text: {note}",
    ),
    "level_names_unknown": (
        "(nama level resmi {framework} tidak diketahui)",
        "(the official level names of {framework} are not known)",
    ),
    "explain_file": (
        "Berkas {file} (tahun {year})",
        "File {file} (year {year})",
    ),
    "not_filled": (
        "belum diisi",
        "not filled in yet",
    ),
    "value_of": (
        "nilai {value}",
        "value {value}",
    ),
    "from_score": (
        "dari skor {source} {score}",
        "from {source} score {score}",
    ),
    "same_range": (
        "tetap di rentang level yang sama",
        "stays within the same level range",
    ),
    "explain_gain": (
        "+{gain}: indeks {index} -> {after}, {predicate}",
        "+{gain}: index {index} -> {after}, {predicate}",
    ),
    "at_top": (
        "sudah di level tertinggi",
        "already at the highest level",
    ),
}
CORE = dict(LABELS)  # before the areas: an area never redefines a key of these

for _area in AREAS:
    LABELS.update(_area.LABELS)

"""Messages and labels of one area of spbe (history), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
History: `spbe import` (official report PDFs to answer files), `spbe trend` (one instansi over
the years), the mapping across the change to Indeks Pemdi, and the history chart of a report.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- reading official report PDFs (lhe/): why a PDF is not read as a report
    "lhe.where_averages": ("halaman {page}, tabel rata-rata", "page {page}, table of averages"),
    "lhe.averages_columns": (
        "{where}: baris {row} tidak punya kolom baris pertama",
        "{where}: row {row} does not have the columns of the first row",
    ),
    "lhe.level_years": (
        "tabel indikator: kolom level untuk {years}, bukan untuk tahun laporan {year}",
        "indicator table: the level columns are for {years}, not for the report's year {year}",
    ),
    "lhe.level_range": (
        "tabel indikator, halaman {page}, baris {row}: level {level} untuk {year} di luar {low}-{high}",
        "indicator table, page {page}, row {row}: level {level} for {year} is outside {low}-{high}",
    ),
    "lhe.no_levels": (
        "tidak ada tabel indikator (kepala 'No | Indikator')",
        "no indicator table (a header 'No | Indikator')",
    ),
    "lhe.level_columns": (
        "tabel indikator, halaman {page}: baris {first}-{last} punya {count} kolom level, seharusnya {expected}",
        "indicator table, page {page}: rows {first}-{last} have {count} level columns, expected {expected}",
    ),
    "lhe.level_rows": (
        "tabel indikator: {count} baris, seharusnya {expected} ({framework}); baris {missing} tidak ditemukan",
        "indicator table: {count} rows, expected {expected} ({framework}); row {missing} not found",
    ),
    "lhe.no_pages": ("PDF tidak punya halaman", "the PDF has no pages"),
    "lhe.no_text": (
        "PDF tidak punya lapisan teks (laporan hasil pindaian?)",
        "the PDF has no text layer (a scanned report?)",
    ),
    "lhe.layout": (
        "tata letak laporan tidak terduga ({kind}: {detail})",
        "unexpected report layout ({kind}: {detail})",
    ),
    "lhe.year": (
        "laporan tahun {year}: pembaca ini mengenal tata letak {first}-{last}",
        "a report of {year}: this reader knows the layouts of {first}-{last}",
    ),
    "lhe.box_summary": (
        "kotak judul mencetak indeks {box}, tabel ringkasan {summary}",
        "the header box prints the index {box}, the summary table {summary}",
    ),
    "lhe.rows_framework": (
        "tabel indikator: barisnya bukan baris {framework}",
        "indicator table: the rows are not those of {framework}",
    ),
    "lhe.not_pdf": ("bukan berkas PDF (tidak diawali %PDF)", "not a PDF file (no %PDF header)"),
    "lhe.encrypted": (
        "PDF terenkripsi dan tidak terbuka tanpa kata sandi",
        "the PDF is encrypted and does not open without a password",
    ),
    "lhe.cut_short": (
        "PDF tidak terbaca: berakhir terlalu cepat (terpotong?)",
        "unreadable PDF: it ends too early (cut short?)",
    ),
    "lhe.nesting": (
        "PDF tidak terbaca (objeknya bersarang tanpa akhir)",
        "unreadable PDF (its objects nest without end)",
    ),
    "lhe.unreadable": ("PDF tidak terbaca ({kind}: {detail})", "unreadable PDF ({kind}: {detail})"),
    "lhe.no_title": (
        "tidak ada judul '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <tahun>'",
        "no title '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <year>'",
    ),
    "lhe.title_years": (
        "judul-judulnya menyebut tahun yang berbeda: {years}",
        "the titles name different years: {years}",
    ),
    "lhe.no_box": (
        "tidak ada kotak judul 'INDEKS SPBE – <instansi>' dengan indeks dan predikatnya",
        "no header box 'INDEKS SPBE – <instansi>' with the index and its predicate",
    ),
    "lhe.box_no_index": (
        "halaman {page}: kotak judul tidak mencetak nilai indeks",
        "page {page}: the header box prints no index value",
    ),
    "lhe.box_no_predicate": (
        "halaman {page}: kotak judul tidak mencetak predikat '(…)'",
        "page {page}: the header box prints no predicate '(…)'",
    ),
    "lhe.box_unreadable": (
        "halaman {page}: kotak judul tidak terbaca {text}",
        "page {page}: unreadable header box {text}",
    ),
    "lhe.box_predicate": (
        "halaman {page}: predikat {text} di kotak judul tidak dikenal",
        "page {page}: unknown predicate {text} in the header box",
    ),
    "lhe.no_summary": (
        "tidak ada tabel ringkasan 'Nama Indeks | Nilai'",
        "no summary table 'Nama Indeks | Nilai'",
    ),
    "lhe.where_summary": (
        "halaman {page}, tabel ringkasan 'Nama Indeks | Nilai'",
        "page {page}, summary table 'Nama Indeks | Nilai'",
    ),
    "lhe.summary_no_label": (
        "{where}: baris {row} ({value}) tanpa label",
        "{where}: row {row} ({value}) has no label",
    ),
    "lhe.the_index": ("indeks", "the index"),
    "lhe.summary_order": (
        "{where}: baris {row} {label} tidak di tempat baris {framework} meletakkan {expected}",
        "{where}: row {row} {label} is not where the rows of {framework} put {expected}",
    ),
    "lhe.summary_count": (
        "{where}: {count} nilai, seharusnya {expected}",
        "{where}: {count} values, expected {expected}",
    ),
    "lhe.summary_numbers": (
        "{where}: lebih dari satu angka per baris",
        "{where}: more than one number per row",
    ),
    "lhe.summary_first": (
        "halaman {page}: baris pertama tabel ringkasan tanpa label",
        "page {page}: the first row of the summary table has no label",
    ),
    # ---- shared options
    "help.opt.termasuk_dugaan": (
        "Lintas kerangka: bandingkan juga melalui tabel pemetaan yang semua padanan "
        "indikatornya dugaan (tanpa sumber); tanpa opsi ini hanya indeks dan predikat.",
        "Across frameworks: also compare through a mapping table whose indicator pairings are "
        "all presumed (no source); without it only the index and rating are compared.",
    ),
    # ---- spbe import
    "help.import": (
        "Impor laporan hasil evaluasi resmi (PDF KemenPANRB) menjadi berkas jawaban yang "
        "diperiksa: level setiap indikator harus menghasilkan setiap nilai yang tercetak.",
        "Import official evaluation reports (KemenPANRB PDFs) as checked answer files: every "
        "indicator's level must give every value the report prints.",
    ),
    "help.import.reports": (
        "Laporan PDF, atau folder berisi laporan (*.pdf).",
        "Report PDFs, or folders of them (*.pdf).",
    ),
    "help.import.output": (
        "Berkas jawaban yang ditulis (satu laporan), atau folder: <instansi>-<tahun>.yaml per "
        "laporan (wajib untuk beberapa laporan); tanpa -o atau -: stdout. Tidak menimpa tanpa "
        "--force.",
        "Answer file to write (one report), or a folder: <instansi>-<tahun>.yaml per report "
        "(required for several); without -o or with -: stdout. Never overwritten without "
        "--force.",
    ),
    "help.import.tahun": (
        "Impor kolom level tahun sebelumnya yang juga dicetak laporan (laporan 2022 memuat "
        "2021); level itu tidak dapat diperiksa terhadap nilai tercetak.",
        "Import an earlier year's level column the report also prints (the 2022 report holds "
        "2021); those levels cannot be checked against printed values.",
    ),
    "help.import.instansi": (
        "Nama instansi yang ditulis, menggantikan nama dari laporan.",
        "Institution name to write instead of the report's.",
    ),
    "file.empty_folder_of": (
        "{folder}: folder ini tidak berisi berkas {kinds}",
        "{folder}: this folder holds no {kinds} files",
    ),
    "import.not_a_report": (
        "bukan laporan hasil evaluasi SPBE KemenPANRB yang dapat dibaca: {reason}",
        "not a readable KemenPANRB SPBE evaluation report: {reason}",
    ),
    "import.too_large": (
        "{name}: berkas lebih dari {size} MB; laporan resmi jauh lebih kecil",
        "{name}: the file is larger than {size} MB; official reports are far smaller",
    ),
    "import.unknown_kerangka": (
        "laporan ini memakai kerangka {framework}, yang tidak ada di tabel bobot yang dimuat",
        "this report uses kerangka {framework}, which the loaded weight tables do not hold",
    ),
    "import.no_column": (
        "laporan {year} tidak mencetak level tahun {asked}; kolom level yang ada: {years}",
        "the {year} report prints no levels for {asked}; its level columns: {years}",
    ),
    "import.value_unknown": (
        "nilai tercetak {id} ({label}) tidak ada di kerangka; tidak ada yang ditulis",
        "printed value {id} ({label}) is not in the kerangka; nothing written",
    ),
    "import.value_differs": (
        "{id} {label}: laporan mencetak {printed}, level yang dibaca memberi {computed} "
        "(tepat {exact}); tidak ada yang ditulis",
        "{id} {label}: the report prints {printed}, the levels read give {computed} "
        "(exactly {exact}); nothing written",
    ),
    "import.predicate_differs": (
        "predikat: laporan mencetak {printed}, level yang dibaca memberi {computed} (indeks tepat "
        "{exact}); tidak ada yang ditulis",
        "predikat: the report prints {printed}, the levels read give {computed} (exact index "
        "{exact}); nothing written",
    ),
    "import.several_need_folder": (
        "{count} laporan perlu -o FOLDER (satu berkas jawaban per laporan)",
        "{count} reports need -o DIR (one answer file per report)",
    ),
    "import.output_not_folder": (
        "{path} bukan folder; beberapa laporan perlu -o FOLDER",
        "{path} is not a folder; several reports need -o DIR",
    ),
    "import.same_output": (
        "{path} sudah ditulis dari {other} dalam perintah ini (instansi dan tahun sama); "
        "berkas itu tidak ditimpa",
        "{path} was already written from {other} in this run (same instansi and year); it is "
        "not overwritten",
    ),
    "import.written": (
        "{path}: ditulis dari {source}; setiap nilai tercetak terbukti dari levelnya",
        "{path}: written from {source}; its levels give every printed value",
    ),
    "import.written_unchecked": (
        "{path}: ditulis dari {source}; level tahun {year} tidak diperiksa (laporan tidak "
        "mencetak nilai tahun itu)",
        "{path}: written from {source}; the {year} levels are not checked (the report prints no "
        "values for that year)",
    ),
    "import.left_out": (
        "{count} dari {total} laporan tidak diimpor",
        "{count} of {total} reports not imported",
    ),
    # ---- spbe trend
    "help.trend": (
        "Riwayat satu instansi dari tahun ke tahun: indeks, predikat, domain atau aspek per "
        "tahun dan selisihnya dari tahun sebelumnya; -o HASIL.html menggambar grafiknya.",
        "One instansi over the years: index, predikat, domains or aspects per year and the "
        "change from the year before; -o OUT.html draws its chart.",
    ),
    "help.trend.output": (
        "Tulis halaman HTML mandiri dengan grafik garis indeks (rentang predikat, nilai tiap "
        "tahun) alih-alih keluaran di stdout; tidak menimpa tanpa --force.",
        "Write a self-contained HTML page with a line chart of the index (rating bands, each "
        "year's value) instead of stdout output; never overwritten without --force.",
    ),
    "help.trend.domain": (
        "Grafik HTML: gambar juga garis tiap domain (atau aspek bila kerangka tanpa domain).",
        "HTML chart: also draw a line per domain (or aspect for a kerangka without domains).",
    ),
    "trend.same_year": (
        "{institution} tahun {year} juga ada di {other}; satu berkas per instansi per tahun",
        "{institution} {year} is also in {other}; one file per instansi and year",
    ),
    "trend.output_type": (
        "{path}: -o menulis halaman HTML; nama berkas harus berakhiran {allowed}",
        "{path}: -o writes an HTML page; the file name must end in {allowed}",
    ),
    # ---- spbe report --riwayat
    "help.report.riwayat": (
        "Berkas jawaban tahun-tahun lain instansi ini (atau folder): laporan HTML memuat "
        "grafik riwayat seperti `spbe trend -o`, Excel lembar Riwayat, Markdown tabelnya; "
        "berkas instansi lain dilewati.",
        "Answer files of this instansi's other years (or folders): the HTML report shows the "
        "history chart of `spbe trend -o`, Excel a History sheet, Markdown its tables; files "
        "of other instansi are left out.",
    ),
    "report.riwayat_other": (
        "--riwayat: {count} berkas bukan milik {institution}, dilewati",
        "--riwayat: {count} files are not of {institution}, left out",
    ),
}


LABELS: dict[str, tuple[str, str]] = {
    # ---- spbe trend
    "trend_title": (
        "Riwayat {index} {institution}, {years}",
        "{index} history, {institution}, {years}",
    ),
    "trend_change": (
        "Tahun {old} → {new}: {sentence}",
        "Years {old} → {new}: {sentence}",
    ),
    "trend_groups": (
        "{groups} ({framework}, tahun {years})",
        "{groups} ({framework}, years {years})",
    ),
    "trend_chart": (
        "{index} per tahun, dengan rentang predikat",
        "{index} by year, with the rating bands",
    ),
    "trend_chart_note": (
        "Rentang predikat diarsir; titik berwarna menurut predikat tahunnya.",
        "The rating bands are shaded; each point is coloured by its year's rating.",
    ),
    "trend_chart_note_change": (
        "Rentang predikat tiap kerangka diarsir pada tahun-tahun kerangka itu; garis putus-putus: "
        "pergantian kerangka (indeks dibandingkan apa adanya).",
        "Each framework's rating bands are shaded over its years; dashed: a change of "
        "framework (the indices are compared as they are).",
    ),
    "report_history": ("Riwayat", "History"),
    "trend_years": ("Indeks per tahun", "Index by year"),
    "trend_generated": (
        "Dibuat oleh spbe {version} dari {files}.",
        "Generated by spbe {version} from {files}.",
    ),
    "trend_written": (
        "Halaman riwayat ditulis: {path} ({count} instansi)",
        "History page written: {path} ({count} instansi)",
    ),
    # ---- spbe import: the comment header of an imported answer file
    "import_origin": (
        "Diimpor dengan `spbe import` dari laporan resmi KemenPANRB; ubah level hanya dengan "
        "dasar.",
        "Imported with `spbe import` from an official KemenPANRB report; change levels only on "
        "evidence.",
    ),
    "import_source": ("Sumber: {file} ({pages} halaman)", "Source: {file} ({pages} pages)"),
    "import_kind_evaluasi": (
        "Laporan Hasil Evaluasi SPBE tahun {year}, kerangka {framework}; kotak judul: {printed}",
        "Laporan Hasil Evaluasi (evaluation report) SPBE {year}, kerangka {framework}; header "
        "box: {printed}",
    ),
    "import_kind_pemantauan": (
        "Laporan Hasil Pemantauan SPBE tahun {year}, kerangka {framework}; kotak judul: {printed}",
        "Laporan Hasil Pemantauan (monitoring report) SPBE {year}, kerangka {framework}; header "
        "box: {printed}",
    ),
    "import_unchecked": (
        "Level tahun {year} dari kolom sebelumnya laporan {report}: TIDAK diperiksa terhadap "
        "nilai tercetak (laporan hanya mencetak indeks, domain dan aspek tahun {report}); "
        "nilai, target dan rekomendasi laporan itu milik tahun {report} dan tidak disalin.",
        "Levels of {year} from the earlier column of the {report} report: NOT checked against "
        "printed values (the report prints the index, domains and aspects of {report} only); "
        "that report's values, targets and recommendations belong to {report} and are not "
        "copied.",
    ),
    "import_printed": (
        "Nilai tercetak; level di bawah menghasilkan setiap nilai ini (dibulatkan setengah ke "
        "atas pada desimal tercetak):",
        "Printed values; the levels below give each of them (rounded half-up to the printed "
        "decimals):",
    ),
    "import_averages": (
        "Rata-rata tercetak ({columns}):",
        "Printed averages ({columns}):",
    ),
    "import_target_printed": ("Target tercetak:", "Printed targets:"),
    "import_target_floor": (
        "`target: {level}` pada {count} indikator yang levelnya di bawah {level} (yang lain "
        "sudah memenuhinya)",
        "`target: {level}` on the {count} indicators whose level is below {level} (the others "
        "meet it already)",
    ),
    "import_from_rekomendasi": (
        "dari bagian Rekomendasi laporan",
        "from the report's Rekomendasi (recommendations) section",
    ),
    "import_from_kelemahan": (
        "kelemahan per aspek, dari bagian Kekuatan dan Kelemahan laporan",
        "weaknesses per aspect, from the report's Kekuatan dan Kelemahan (strengths and "
        "weaknesses) section",
    ),
    # ---- spbe diff across a mapping table of guesses only
    "diff_guesses_withheld": (
        "Lintas kerangka {old} → {new}: hanya indeks dan predikat yang dibandingkan; tabel "
        "pemetaan {table} hanya memasangkan indikator dengan dugaan (tanpa sumber), jadi domain, "
        "aspek dan indikator tidak dibandingkan (--termasuk-dugaan untuk membandingkannya).{bands}",
        "Across frameworks {old} → {new}: only the index and rating are compared; the mapping "
        "table (pemetaan) {table} pairs indicators by presumption only (no source), so domains, "
        "aspects and indicators are not compared (--termasuk-dugaan compares them).{bands}",
    ),
    "diff_guesses_included": (
        " Setiap padanan indikator pada tabel ini dugaan (tanpa sumber), dibandingkan atas "
        "permintaan (--termasuk-dugaan): baca selisihnya sebagai petunjuk arah saja.",
        " Every indicator pairing in this table is presumed (no source), compared on request "
        "(--termasuk-dugaan): read its changes as a hint of direction only.",
    ),
}

"""Messages and labels of one area of spbe (forms: the sheets of `spbe split --format xlsx`
people fill in, evidence paths of forms that moved, `spbe init --pj`), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- reading the evidence sheet of a form workbook
    "form.old_format": (
        "{file} ditulis oleh spbe versi lama ({format}: data dukung sebagai YAML di dalam sel) "
        "dan tidak dibaca lagi; pecah lagi berkas jawaban dengan spbe split --format xlsx dan "
        "isi formulir baru (atau gabungkan formulir ini dengan spbe versi yang menulisnya)",
        "{file} was written by an older spbe ({format}: evidence as YAML inside a cell) and is "
        "no longer read; split the answer file again with spbe split --format xlsx and fill in "
        "the new form (or merge this form with the spbe version that wrote it)",
    ),
    "form.evidence_indicator": (
        "indikator '{value}' tidak ada di formulir ini; boleh: {allowed}",
        "indicator '{value}' is not in this form; allowed: {allowed}",
    ),
    "form.evidence_no_indicator": (
        "butir data dukung tanpa indikator; isi kolom {column} dengan id indikatornya",
        "an evidence item without an indicator; fill in column {column} with its id",
    ),
    "form.evidence_kind": (
        "jenis '{value}' tidak dikenal; boleh: {allowed}",
        "kind '{value}' is unknown; allowed: {allowed}",
    ),
    "form.evidence_empty": (
        "butir data dukung tanpa berkas, tautan atau teks; isi kolom {column} atau kosongkan "
        "barisnya",
        "an evidence item without a file, link or text; fill in column {column} or empty the row",
    ),
    "form.evidence_no_level": (
        "{kind} perlu level yang didukungnya ({low}-{high}); isi kolom {column}, atau pilih "
        "jenis teks untuk keterangan tanpa level",
        "a {kind} needs the level it supports ({low}-{high}); fill in column {column}, or "
        "choose kind teks for a note without a level",
    ),
    "form.evidence_level": (
        "level {value} bukan bilangan bulat {low}-{high}",
        "level {value} is not a whole number {low}-{high}",
    ),
    "form.evidence_text_fields": (
        "butir jenis teks tidak punya level, kode, status, tanggal atau catatan; pilih jenis "
        "berkas atau tautan",
        "an item of kind teks has no level, code, status, date or note; choose kind berkas or "
        "tautan",
    ),
    "form.not_whole": (
        "level {value} bukan bilangan bulat",
        "level {value} is not a whole number",
    ),
    "form.evidence_status": (
        "status '{value}' tidak dikenal; boleh: {allowed}",
        "status '{value}' is unknown; allowed: {allowed}",
    ),
    "form.not_a_day": (
        "'{value}' bukan tanggal; ketik tanggal seperti 2026-06-30",
        "'{value}' is not a date; type a date such as 2026-06-30",
    ),
    # ---- spbe merge: forms that moved
    "merge.path_unknown": (
        "{form}: indikator {id}, data dukung {n}: berkas {path} dibaca dari {folder}, tetapi "
        "formulir ini sudah dipindah dan folder asalnya ({origin}) tidak ditemukan; periksa "
        "bahwa path ini menunjuk berkas yang benar",
        "{form}: indicator {id}, evidence item {n}: file {path} is read from {folder}, but this "
        "form was moved and its original folder ({origin}) cannot be found; check that the "
        "path points at the right file",
    ),
    # ---- spbe init --pj
    "help.init.pj": (
        'Penanggung jawab indikator: NAMA=ID,ID-ID (misalnya --pj "Diskominfo=9-14,18"); '
        "boleh diulang, satu untuk setiap pj; --pj @BERKAS membaca satu baris NAMA=ID,ID-ID per "
        "pj dari berkas. Indikator itu ditulis dengan pj: NAMA, siap untuk spbe split --by pj.",
        'The owner of indicators: NAME=ID,ID-ID (e.g. --pj "Diskominfo=9-14,18"); may be '
        "repeated, once per owner; --pj @FILE reads one line NAME=ID,ID-ID per owner from a "
        "file. Those indicators are written with pj: NAME, ready for spbe split --by pj.",
    ),
    "init.pj_format": (
        '--pj {value}: tulis NAMA=ID,ID-ID, misalnya --pj "Diskominfo=1,2,3" atau --pj '
        '"Bappeda=4-7"',
        '--pj {value}: write NAME=ID,ID-ID, e.g. --pj "Diskominfo=1,2,3" or --pj "Bappeda=4-7"',
    ),
    "init.pj_unknown": (
        "--pj {value}: indikator {id} tidak ada di {framework}; ada: {allowed}",
        "--pj {value}: indicator {id} is not in {framework}; there are: {allowed}",
    ),
    "init.pj_twice": (
        "--pj: indikator {id} diberikan kepada {first} dan {second}; satu indikator satu pj",
        "--pj: indicator {id} is given to {first} and to {second}; one owner per indicator",
    ),
    "init.pj_file": (
        "--pj @{file}: berkas tidak ada atau tidak dapat dibaca sebagai teks UTF-8",
        "--pj @{file}: the file is not there or cannot be read as UTF-8 text",
    ),
    "init.pj_file_size": (
        "berkas pj lebih dari {limit} byte; tulis satu baris NAMA=ID,ID-ID per pj",
        "a file of owners larger than {limit} bytes; write one line NAME=ID,ID-ID per owner",
    ),
    "init.pj_dari": (
        "--pj tidak dipakai bersama --dari (pj dibawa dari berkas tahun lalu); ubah pj di "
        "berkas yang ditulis",
        "--pj does not go with --dari (the owners come from last year's file); change pj in "
        "the file written",
    ),
}
LABELS: dict[str, tuple[str, str]] = {
    # ---- the form sheet's headers
    "form_col_target": ("Target", "Target level"),
    "form_col_pj": ("PJ", "Owner (pj)"),
    "form_col_explanation": ("Penjelasan", "Explanation"),
    # ---- the evidence sheet
    "form_evidence_sheet": ("Data dukung", "Evidence"),
    "form_evidence_title": (
        "Data dukung {title}: satu butir per baris",
        "Evidence {title}: one item per row",
    ),
    "form_evidence_help": (
        "Isi sel kuning; baris kosong di bawah boleh diisi dan baris boleh ditambah. Jenis: "
        "berkas (letak dari folder {file}, misalnya bukti/03/sk.pdf) atau tautan (https://...), "
        "masing-masing dengan level yang didukungnya; teks untuk keterangan tanpa level.",
        "Fill in the yellow cells; the empty rows below may be filled in and rows added. Kind: "
        "berkas (a file, from the folder of {file}, e.g. bukti/03/sk.pdf) or tautan (a link, "
        "https://...), each with the level it supports; teks for a note without a level.",
    ),
    "form_evidence_indikator": ("Indikator", "Indicator"),
    "form_evidence_jenis": ("Jenis", "Kind"),
    "form_evidence_isi": ("Berkas, tautan atau teks", "File, link or text"),
    "form_evidence_kode": ("Kode", "Code"),
    "form_evidence_tanggal": ("Tanggal", "Date"),
    "form_evidence_berlaku_sampai": ("Berlaku sampai", "Valid until"),
    "form_evidence_catatan": ("Catatan penilai", "Assessor's note"),
    "form_date_error": (
        "tanggal antara {first} dan {last}",
        "a date between {first} and {last}",
    ),
    # ---- the recommendations sheet's headers
    "form_rec_no": ("No", "No."),
    "form_rec_indikator": ("Indikator", "Indicator"),
    "form_rec_aspek": ("Aspek", "Aspect"),
    "form_rec_teks": ("Rekomendasi", "Recommendation"),
    "form_rec_sumber": ("Sumber", "Source"),
    "form_rec_pj": ("PJ", "Owner (pj)"),
    "form_rec_tenggat": ("Tenggat", "Due"),
    "form_rec_tindak_lanjut": ("Tindak lanjut", "Follow-up"),
    # ---- YAML forms
    "form_paths_yaml": (
        "Path berkas di formulir ini dihitung dari folder formulir; baris berikut memberi tahu\n"
        "spbe merge folder asalnya bila formulir dipindah (jangan diubah).",
        "The file paths in this form start from the form's folder; the next line tells\n"
        "spbe merge where that was when the form is moved (do not change it).",
    ),
    # ---- spbe init: team work
    "init_entry_pj": (
        "penanggung jawab (boleh); spbe split --by pj membuat formulir per pj",
        "the owner (optional); spbe split --by pj makes a form per owner",
    ),
    "init_entry_target": (
        "target level tahun ini (boleh); lihat akhir berkas",
        "this year's target level (optional); see the end of the file",
    ),
    "init_team": (
        "Kerja tim: setiap indikator boleh punya pj (penanggung jawab) dan target level, dan\n"
        "berkas boleh punya target_indeks atau target_predikat, misalnya:\n"
        '  "{id}":\n'
        "    level: {low}\n"
        "    pj: Diskominfo\n"
        "    target: {target}\n"
        'spbe init --pj "Diskominfo={id}" menulis pj-nya; spbe split --by pj -o formulir\n'
        "membuat satu formulir per pj, spbe merge formulir -o hasil.yaml menggabungkannya.",
        "Team work: each indicator may have a pj (its owner) and a target level, and the file\n"
        "a target_indeks or target_predikat, for example:\n"
        '  "{id}":\n'
        "    level: {low}\n"
        "    pj: Diskominfo\n"
        "    target: {target}\n"
        'spbe init --pj "Diskominfo={id}" writes the owners; spbe split --by pj -o forms\n'
        "makes one form per owner, spbe merge forms -o merged.yaml merges them back.",
    ),
    "init_targets": (
        "target_indeks:      # target indeks tahun ini, {low}-{high} (boleh)\n"
        "target_predikat:    # atau predikatnya: {names} (boleh)",
        "target_indeks:      # this year's target index, {low}-{high} (optional)\n"
        "target_predikat:    # or its predikat: {names} (optional)",
    ),
}

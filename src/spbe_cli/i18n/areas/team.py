"""Messages and labels of one area of spbe (team), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- spbe split
    "help.split": (
        "Pecah berkas jawaban menjadi formulir per penanggung jawab (pj), aspek atau domain, "
        "dalam YAML atau sebagai buku kerja Excel; gabungkan kembali dengan spbe merge.",
        "Split an answer file into forms per owner (pj), aspect or domain, in YAML or as Excel "
        "workbooks; merge them back with spbe merge.",
    ),
    "help.split.output": (
        "Folder formulir (dibuat bila belum ada).",
        "Folder for the forms (created when missing).",
    ),
    "help.split.by": (
        "Kelompokkan indikator menurut pj, aspek atau domain.",
        "Group indicators by owner (pj), aspect or domain.",
    ),
    "help.split.format": (
        "yaml (berkas jawaban sebagian) atau xlsx (buku kerja untuk diisi).",
        "yaml (partial answer files) or xlsx (workbooks to fill in).",
    ),
    "help.split.force": (
        "Tulis juga ke folder yang sudah berisi formulir (formulir bernama sama ditimpa).",
        "Write into a folder that already holds forms (forms of the same name are replaced).",
    ),
    "split.no_domains": (
        "--by domain: {framework} tidak punya domain; pakai --by aspek atau --by pj",
        "--by domain: {framework} has no domains; use --by aspek or --by pj",
    ),
    "split.not_a_folder": (
        "{folder} ada tetapi bukan folder",
        "{folder} exists but is not a folder",
    ),
    "split.folder_has_forms": (
        "{folder} sudah berisi {count} formulir (.yaml/.xlsx); pakai folder lain atau --force",
        "{folder} already holds {count} forms (.yaml/.xlsx); use another folder or --force",
    ),
    "split.written": (
        "{count} formulir (per {by}) ditulis ke {folder}:",
        "{count} forms (per {by}) written to {folder}:",
    ),
    "split.stale": (
        "{folder} juga berisi formulir yang tidak ditulis sekarang (spbe merge {folder} akan "
        "membacanya): {names}",
        "{folder} also holds forms not written now (spbe merge {folder} would read them): {names}",
    ),
    "form.cell_too_long": (
        "sel {cell}: teks lebih dari {limit} karakter tidak muat di satu sel; pakai --format yaml",
        "cell {cell}: a text longer than {limit} characters does not fit a cell; use --format yaml",
    ),
    # ---- reading a form workbook
    "form.not_a_workbook": (
        "{file} bukan buku kerja xlsx yang dapat dibaca",
        "{file} is not a readable xlsx workbook",
    ),
    "form.not_a_form": (
        "{file} bukan formulir yang ditulis spbe split (lembar tersembunyi 'spbe' tidak ada "
        "atau rusak)",
        "{file} is not a form written by spbe split (its hidden sheet 'spbe' is missing or "
        "damaged)",
    ),
    "form.cell": ("lembar {sheet} sel {cell}", "sheet {sheet} cell {cell}"),
    "form.cell_formula": (
        "berisi rumus; ketik nilainya sendiri",
        "holds a formula; type the value itself",
    ),
    "form.cell_boolean": (
        "berisi TRUE/FALSE, bukan angka",
        "holds TRUE/FALSE, not a number",
    ),
    "form.cell_date": (
        "berisi tanggal (Excel mengubah 7/6 yang diketik menjadi tanggal); ketik '7/6 dengan "
        "tanda petik di depan, atau angka desimal",
        "holds a date (Excel turns a typed 7/6 into a date); type '7/6 with a leading "
        "apostrophe, or a decimal number",
    ),
    "form.row_moved": (
        "baris ini seharusnya indikator {id}; jangan pindahkan baris formulir",
        "this row should be indicator {id}; do not move the form's rows",
    ),
    "form.plain_and_stages": (
        "beri nilai tanpa tahap atau nilai per tahap, jangan keduanya",
        "give a value without stage or values per stage, not both",
    ),
    "form.no_level": (
        "indikator {id} punya isian tetapi levelnya kosong; isi levelnya",
        "indicator {id} has entries but no level; fill in its level",
    ),
    "form.status": (
        "status '{value}' tidak dikenal; boleh: {allowed}",
        "status '{value}' is unknown; allowed: {allowed}",
    ),
    "form.score_fraction": (
        "skor sumber harus angka desimal, bukan pecahan",
        "a source score must be a decimal number, not a fraction",
    ),
    "form.score_range": (
        "skor {value} di luar rentang {low} sampai {high}",
        "score {value} is outside {low} to {high}",
    ),
    # ---- spbe merge
    "help.merge": (
        "Gabungkan formulir (YAML, xlsx atau keduanya) menjadi satu berkas jawaban; indikator "
        "yang sama dengan isi berbeda di dua formulir adalah konflik (keluar 3, tidak ada yang "
        "ditulis).",
        "Merge forms (YAML, xlsx or both) into one answer file; the same indicator with "
        "different content in two forms is a conflict (exit 3, nothing written).",
    ),
    "help.merge.forms": (
        "Formulir .yaml/.yml/.xlsx, atau folder berisi formulir.",
        "Forms (.yaml/.yml/.xlsx), or folders holding them.",
    ),
    "help.merge.output": (
        "Berkas jawaban hasil gabungan (- untuk stdout).",
        "The merged answer file (- for stdout).",
    ),
    "help.merge.dasar": (
        "Berkas koordinator: memberi semua yang tidak ada di formulir; indikator formulir "
        "menggantikan miliknya.",
        "The coordinator's file: gives everything the forms do not hold; the forms' indicators "
        "replace its own.",
    ),
    "merge.empty_folder": (
        "{folder} tidak berisi formulir .yaml, .yml atau .xlsx",
        "{folder} holds no .yaml, .yml or .xlsx forms",
    ),
    "merge.conflict": (
        "konflik {subject}: {first} dan {second} berbeda ({keys}); samakan salah satunya",
        "conflict in {subject}: {first} and {second} differ ({keys}); make one agree",
    ),
    "merge.header": ("kepala berkas", "the file header"),
    "merge.top_recommendation": ("rekomendasi '{key}'", "recommendation '{key}'"),
    "merge.written": (
        "{path}: {forms} digabung, {indicators} dari formulir, {total} terisi",
        "{path}: {forms} merged, {indicators} from the forms, {total} filled in",
    ),
    # ---- spbe followup, spbe progress
    "help.followup": (
        "Daftar rekomendasi dengan pj, status, tenggat dan keterlambatannya; dengan "
        "--fail-on-overdue keluar 1 bila ada yang terlambat.",
        "List recommendations with their owner, status, due date and lateness; with "
        "--fail-on-overdue exit 1 when any is late.",
    ),
    "help.followup.fail_on_overdue": (
        "Keluar 1 bila ada rekomendasi terbuka yang lewat tenggat pada --tanggal.",
        "Exit 1 when an open recommendation is past its due date on --tanggal.",
    ),
    "followup.late": (
        "{count} rekomendasi terlambat pada {day}: {ids}",
        "{count} recommendations late on {day}: {ids}",
    ),
    "followup.late_one": (
        "{count} rekomendasi terlambat pada {day}: {ids}",
        "{count} recommendation late on {day}: {ids}",
    ),
    "help.plan.min_level": (
        "Naikkan dulu setiap indikator di bawah level ini sampai level ini (--target boleh "
        "tidak diberikan).",
        "First lift every indicator below this level up to it (--target may then be left out).",
    ),
    "plan.nothing": (
        "beri --target, --min-level atau keduanya",
        "give --target, --min-level or both",
    ),
    "plan.floor_off_scale": (
        "--min-level {floor}: di luar skala {low}-{high} {framework}",
        "--min-level {floor}: outside the scale {low}-{high} of {framework}",
    ),
    "plan.cap_below_floor": (
        "--max-level {cap} di bawah --min-level {floor}",
        "--max-level {cap} is below --min-level {floor}",
    ),
    # ---- spbe init --dari
    "help.init.dari": (
        "Mulai dari berkas tahun lalu: pj, target yang belum tercapai, rekomendasi terbuka, dan "
        "dalam kerangka yang sama level (tahap mandiri), penjelasan dan data dukung (status "
        "draf).",
        "Start from last year's file: pj, targets still ahead, open recommendations and, within "
        "one kerangka, levels (as the mandiri stage), penjelasan and evidence (status draf).",
    ),
    "init.carried": (
        "dibawa dari {file}: pj {pj} indikator, level {level} (tahap mandiri), target {target}, "
        "rekomendasi terbuka {recommendation}",
        "carried from {file}: indicators with a pj {pj}, levels {level} (mandiri stage), "
        "targets {target}, open recommendations {recommendation}",
    ),
    "carry.targets_reached": (
        "target indikator yang sudah tercapai tidak dibawa: {ids}",
        "indicator targets already reached are not carried: {ids}",
    ),
    "carry.target_reached": (
        "{key} sudah tercapai; tidak dibawa",
        "{key} was reached; not carried",
    ),
    "carry.owners_differ": (
        "indikator {id}: pj lama berbeda ({owners}); pj tidak dibawa",
        "indicator {id}: the old owners differ ({owners}); no pj carried",
    ),
    "carry.not_primer": (
        "tidak dibawa (pemetaan tidak primer ke satu indikator): {ids}",
        "not carried (no primer mapping to one indicator): {ids}",
    ),
    "carry.levels_stay": (
        "level, penjelasan, data dukung dan target tetap di {framework} (dinilai dengan "
        "kriterianya); tidak dibawa",
        "levels, penjelasan, evidence and targets stay with {framework} (judged by its "
        "criteria); not carried",
    ),
    "carry.top_not_mapped": (
        "rekomendasi tidak dibawa (indikator/aspeknya tidak dipetakan primer): {ids}",
        "recommendations not carried (their indicator/aspect has no primer mapping): {ids}",
    ),
    "carry.index_target_stays": (
        "target_indeks/target_predikat {framework} tidak dibawa ke kerangka baru",
        "target_indeks/target_predikat of {framework} are not carried to the new kerangka",
    ),
    "carry.no_table": (
        "tidak ada tabel pemetaan {old} -> {new}: indikator tidak dibawa",
        "no mapping table {old} -> {new}: no indicator carried",
    ),
    "help.progress": (
        "Kemajuan per pj: indikator terisi, mencapai target, bukti diterima, rekomendasi "
        "terbuka dan terlambat; indeks terhadap target tahun ini.",
        "Progress per owner: indicators filled in, at target, evidence accepted, "
        "recommendations open and late; the index against the year's targets.",
    ),
}
LABELS: dict[str, tuple[str, str]] = {
    "form_none_pj": ("tanpa pj", "no owner (pj)"),
    "form_none_aspek": ("tanpa aspek", "no aspect"),
    "form_none_domain": ("tanpa domain", "no domain"),
    "form_unfilled": (
        "belum diisi: hapus tanda # di depan lalu isi levelnya",
        "not filled in yet: remove the # in front and fill in its level",
    ),
    "form_intro": (
        "Formulir {title}: {indicators} dari {source} ({index} {year}).\n"
        "Isi level, penjelasan dan data dukung, lalu kembalikan berkas ini kepada koordinator,\n"
        "yang menggabungkannya dengan spbe merge. Periksa dengan: spbe validate --allow-incomplete",
        "Form {title}: {indicators} from {source} ({index} {year}).\n"
        "Fill in the levels, penjelasan and data dukung, then return this file to the\n"
        "coordinator, who merges it with spbe merge. Check with: spbe validate --allow-incomplete",
    ),
    "form_sheet": ("Formulir", "Form"),
    "form_rec_sheet": ("Rekomendasi", "Recommendations"),
    "form_invalid_title": ("Nilai tidak sah", "Value not allowed"),
    "form_title": ("Formulir {index} {year}: {institution}", "Form {index} {year}: {institution}"),
    "form_help": (
        "Isi sel kuning. Level: {allowed}. Data dukung diisi di lembar {sheet}. Sel lain dikunci.",
        "Fill in the yellow cells. Level: {allowed}. The evidence goes on sheet {sheet}. Other "
        "cells are locked.",
    ),
    "form_source_score": ("Skor sumber", "Source score"),
    "form_value": ("Nilai", "Value"),
    "form_criteria": ("Kriteria per level", "Criteria per level"),
    "form_rec_title": (
        "Rekomendasi {title}: isi Tindak lanjut dan Status",
        "Recommendations {title}: fill in Follow-up and Status",
    ),
    "form_no_recommendations": ("Tidak ada rekomendasi.", "No recommendations."),
    "merge_intro": (
        "Digabung dari {forms}{base} dengan spbe merge.",
        "Merged from {forms}{base} with spbe merge.",
    ),
    "merge_base": (" ke berkas dasar {file}", " into the base file {file}"),
    "n_forms": ("{count} formulir", "{count} forms"),
    "n_forms_one": ("{count} formulir", "{count} form"),
    "owner": ("pj", "owner (pj)"),
    "due": ("tenggat", "due"),
    "late": ("terlambat", "late"),
    "followup_text": ("rekomendasi", "recommendation"),
    "followup_done": ("tindak lanjut", "follow-up"),
    "followup_summary": (
        "Rekomendasi per {day}: {count}, terbuka {open}, terlambat {late}",
        "Recommendations on {day}: {count}, open {open}, late {late}",
    ),
    "progress_heading": ("Kemajuan {heading}, per {day}", "Progress of {heading}, on {day}"),
    "progress_index": (
        "Indeks {index}, {predicate}; tanpa target",
        "Index {index}, {predicate}; no target",
    ),
    "progress_indicators": ("indikator", "indicators"),
    "progress_filled": ("terisi", "filled in"),
    "progress_at_target": ("capai target", "at target"),
    "progress_evidence": ("bukti diterima", "evidence accepted"),
    "progress_open": ("rek. terbuka", "recs open"),
    "progress_status": ("keadaan", "state"),
    "progress_targets": ("Target per indikator", "Targets per indicator"),
    "target_level": ("target", "target level"),
    "target_reached": ("tercapai", "reached"),
    "target_not_reached": ("belum tercapai", "not reached"),
    "target_unfilled": ("belum diisi", "not filled in"),
    "target_short": ("perlu naik {gap}", "short by {gap}"),
    "target_index": ("indeks {value}", "index {value}"),
    "target_predicate": ("predikat {name}", "predicate {name}"),
    "target_line": (
        "Target {targets}; realisasi {index}, {predicate}: {status}",
        "Target {targets}; realised {index}, {predicate}: {status}",
    ),
    "followup_where_short": ("ind./aspek", "ind./aspect"),
    "report_targets": ("Target dan realisasi", "Targets and realisation"),
    "report_followups": ("Rekomendasi yang belum selesai", "Recommendations still open"),
    "report_followups_note": (
        "{count} rekomendasi belum selesai per {day}; yang terlambat ditandai.",
        "{count} recommendations still open on {day}; late ones are marked.",
    ),
    "report_team_sheet": ("Target & tindak lanjut", "Targets & follow-ups"),
    "diff_closed": ("Rekomendasi selesai ({count})", "Recommendations closed ({count})"),
    "plan_floor": (
        "setiap indikator minimal level {floor}",
        "every indicator at least level {floor}",
    ),
    "plan_floor_then": ("{floor}, lalu {target}", "{floor}, then {target}"),
    "plan_below_floor": (
        "{ids} tetap di bawah level {floor}",
        "{ids} stay below level {floor}",
    ),
    "plan_for": ("untuk", "for"),
    "plan_for_level_minimal": ("level min.", "min. level"),
    "plan_for_target": ("target", "the target"),
    "init_intro_dari": (
        "Berkas jawaban {index} tahun {year}, kerangka {framework}\n({regulation}).\n"
        "Dibuat oleh `spbe init --dari {file}`: {count} indikator; yang dibawa dari berkas itu\n"
        "tertulis di bawah (level sebagai tahap mandiri), yang lain pada level terendah ({low}).\n"
        "Perbarui level, penjelasan dan data_dukung, lalu periksa dengan `spbe validate`.",
        "Answer file of the {index}, year {year}, kerangka {framework}\n({regulation}).\n"
        "Written by `spbe init --dari {file}`: {count} indicators; what came from that file is\n"
        "below (levels as the mandiri stage), the others at the lowest level ({low}).\n"
        "Update levels, penjelasan and data_dukung, then check with `spbe validate`.",
    ),
}
